"""Writes trustjournal/storage/new_schema.py from a journal built by Alembic's migrations.

A new journal is made from that module's statements in one transaction, without loading
SQLAlchemy or Alembic (see storage/create.py). After adding a migration, refresh it:

    python -m tests.storage.schema_script_tool

tests/storage/test_new_schema.py fails until the module says what the migrations build.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from trustjournal.storage import migrate
from trustjournal.storage.copies import JOURNAL_ID
from trustjournal.storage.database import connect_file

MODULE = Path(migrate.__file__).with_name("new_schema.py")
# The tables FTS5 makes for each of its virtual tables, by suffix.
_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
_HEADER = '''\
# ruff: noqa: E501 (generated: one statement per line, as SQLite keeps it)
"""The schema and first rows of a new journal at the newest revision, as statements.

Generated from a journal built by Alembic's migrations, by
tests/storage/schema_script_tool.py: do not edit by hand. storage/create.py runs these
in one transaction so that making a journal loads neither SQLAlchemy nor Alembic; it
uses them only while REVISION is migrate.HEAD, and tests/storage/test_new_schema.py
checks that a journal made from them is the one the migrations make.
"""

'''


def build_with_alembic(path: Path, key: bytes | None = None) -> None:
    """A new journal at path made the long way, through every migration."""
    from trustjournal.storage.create import build_journal_file

    build_journal_file(path, key, use_script=False)


def statements(conn: Any) -> list[str]:
    """What makes a journal like the one open on conn: every schema object in the order
    SQLite lists it (the order they were made), then the rows the migrations wrote;
    the revision stamp and the journal's own id are left to the caller."""
    master = conn.execute(
        "SELECT type, name, sql FROM sqlite_schema ORDER BY rowid").fetchall()
    virtual = [name for kind, name, sql in master
               if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    shadows = {f"{name}{suffix}" for name in virtual for suffix in _SHADOW_SUFFIXES}
    out = [sql for _, name, sql in master if sql and name not in shadows]
    for kind, name, _ in master:
        if kind != "table" or name in shadows or name in virtual:
            continue
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        quoted = " || ', ' || ".join(f'quote("{c}")' for c in columns)
        where = {"alembic_version": "0", "settings": f"key != '{JOURNAL_ID}'"}.get(name, "1")
        for (values,) in conn.execute(
                f'SELECT {quoted} FROM "{name}" WHERE {where} ORDER BY rowid'):
            names = ", ".join(f'"{c}"' for c in columns)
            out.append(f'INSERT INTO "{name}" ({names}) VALUES ({values})')
    for name in virtual:
        # FTS5 settings go in through the table's own command, as the migrations set them.
        for k, v in conn.execute(f'SELECT k, quote(v) FROM "{name}_config" '
                                 "WHERE k != 'version' ORDER BY k"):
            out.append(f'INSERT INTO "{name}" ("{name}", rank) VALUES (\'{k}\', {v})')
    return out


def render(conn: Any) -> str:
    """The text of new_schema.py for the journal open on conn."""
    lines = [_HEADER, f"REVISION = {migrate.current_revision(conn.cursor())!r}\n\n",
             "STATEMENTS = (\n"]
    lines.extend(f"    {sql!r},\n" for sql in statements(conn))
    lines.append(")\n")
    return "".join(lines)


def rendered_from_migrations() -> str:
    """new_schema.py as the migrations of this tree would have it now."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.db"
        build_with_alembic(path)
        conn = connect_file(path, None)
        try:
            return render(conn)
        finally:
            conn.close()


def main() -> int:
    MODULE.write_text(rendered_from_migrations(), encoding="utf-8")
    print(f"wrote {MODULE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
