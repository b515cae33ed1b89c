"""Copying rows, one by one where need be, out of a database that may be damaged.

Used to save what can still be read of a damaged journal (salvage.py) and of a damaged
plain copy beside an encrypted journal (plaintext.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trustjournal.storage.database import DriverDatabaseError, connect_file

_NOT_COPIED = ("alembic_version", "kept_figures")


def tables(conn: Any) -> dict[str, list[str]]:
    """Ordinary tables and their columns; not SQLite's own, Alembic's, the search index
    (it is rebuilt from the entries as they are inserted) or the kept Progress figures
    (0009): the copy may lack rows they were read from, and a kept row copied after the
    entries would outlive the triggers that remove it."""
    rows = conn.execute("SELECT name, sql FROM sqlite_schema WHERE type='table'").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    tables: dict[str, list[str]] = {}
    for name, _sql in rows:
        if name.startswith("sqlite_") or name in _NOT_COPIED or name in virtual:
            continue
        if any(name.startswith(v + "_") for v in virtual):
            continue
        quoted = name.replace('"', '""')
        tables[name] = [r[1] for r in conn.execute(f'PRAGMA table_info("{quoted}")')]
    return tables


def copy_rows(source: Any, source_tables: dict[str, list[str]], target: Path,
               key: bytes | None) -> tuple[dict[str, int], int]:
    dest = connect_file(target, key)
    copied: dict[str, int] = {}
    unreadable = 0
    try:
        dest.execute("PRAGMA foreign_keys=OFF")
        dest.execute("BEGIN IMMEDIATE")
        for table, columns in tables(dest).items():
            common = [c for c in columns if c in source_tables.get(table, ())]
            if not common:
                continue
            names = ", ".join('"' + c.replace('"', '""') + '"' for c in common)
            quoted = table.replace('"', '""')
            insert = (f'INSERT OR IGNORE INTO "{quoted}" ({names}) '
                      f"VALUES ({', '.join('?' * len(common))})")
            count = 0
            rows, errors = readable_rows(source, quoted, names)
            unreadable += errors
            for row in rows:
                try:
                    count += dest.execute(insert, row).rowcount
                except DriverDatabaseError:
                    unreadable += 1
            copied[table] = count
        dest.execute("COMMIT")
        # Rows whose parent row could not be read (a tag link to a lost entry) go too.
        orphans = dest.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            dest.execute("BEGIN IMMEDIATE")
            for table, rowid, _parent, _fk in orphans:
                quoted = table.replace('"', '""')
                dest.execute(f'DELETE FROM "{quoted}" WHERE rowid = ?', (rowid,))
                copied[table] -= 1
            dest.execute("COMMIT")
        dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dest.close()
    return copied, unreadable


SALVAGE_CHUNK = 256
SALVAGE_REACH = 100_000  # how far past damage to look for rows when the end is unknown


def readable_rows(conn: Any, table: str, columns: str) -> tuple[list[tuple], int]:  # type: ignore[type-arg]
    """Every row that can be read, by rowid: in chunks while the table reads cleanly,
    one rowid at a time across a damaged stretch. Returns rows and read failures."""

    def one(sql: str, *args: object) -> Any:
        try:
            return conn.execute(sql, args).fetchone()
        except DriverDatabaseError:
            return None

    rows: list[tuple] = []  # type: ignore[type-arg]
    errors = 0
    last = one(f'SELECT max(rowid) FROM "{table}"')
    end = last[0] if last else None
    first = one(f'SELECT min(rowid) FROM "{table}"')
    pos = (first[0] - 1) if first and first[0] is not None else 0
    chunk_sql = (f'SELECT rowid, {columns} FROM "{table}" WHERE rowid > ? '
                 f"ORDER BY rowid LIMIT {SALVAGE_CHUNK}")
    stop: int | None = None  # how far to step through damage
    while True:
        try:
            chunk = conn.execute(chunk_sql, (pos,)).fetchall()
        except DriverDatabaseError:
            errors += 1
            if stop is None:
                stop = end if end is not None else pos + SALVAGE_REACH
            if stop <= pos:
                break
            window = min(stop, pos + SALVAGE_CHUNK)
            for rowid in range(pos + 1, window + 1):
                try:
                    row = conn.execute(
                        f'SELECT {columns} FROM "{table}" WHERE rowid = ?', (rowid,)
                    ).fetchone()
                except DriverDatabaseError:
                    errors += 1
                    continue
                if row is not None:
                    rows.append(tuple(row))
            pos = window
            if pos >= stop:
                break
            continue
        if not chunk:
            break
        rows.extend(tuple(r[1:]) for r in chunk)
        pos = chunk[-1][0]
    return rows, errors


__all__ = ["copy_rows", "readable_rows", "tables"]
