"""Copies of a journal made with SQLite's online backup API, checked before they count.

A copy is written to `<name>.partial` beside its final name, reopened on its own
connection and checked (integrity, and optionally every row against the journal as it
was when copied), flushed to the disk, and only then renamed into place. A copy that
fails any step is removed; the journal itself is only read.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.storage import migrate
from trustjournal.storage.database import (
    DriverDatabaseError,
    connect_file,
    create_private_file,
    engine_key,
)
from trustjournal.storage.errors import BackupCheckError, BackupError
from trustjournal.storage.files import fsync_dir, fsync_file

if TYPE_CHECKING:
    from sqlalchemy import Engine

JOURNAL_ID = "journal_id"  # the settings key that tells one journal's backups from another's

CHECK_FAILED = (
    "The backup copy did not match the journal when it was checked, so it was not kept. "
    "Your journal has not been changed."
)


@dataclass(frozen=True)
class CopyFacts:
    """What a copy holds, read from the journal in the same moment it was copied."""

    path: Path
    revision: str | None
    entries: int | None
    journal_id: str | None


def backup_to(engine: Engine, target: Path, *, compare_rows: bool = False) -> Path:
    """Write a consistent copy of the open journal to target (0600), then verify it.

    The copy of an encrypted journal is encrypted with the same key: SQLCipher's backup
    refuses to copy between a keyed and an unkeyed file, so the target is keyed first.
    compare_rows also checks every row of every table against the journal.
    """
    with engine.connect() as conn:
        source = conn.connection.driver_connection
        return copy_database(source, target, engine_key(engine), compare_rows=compare_rows).path


def copy_database(source: Any, target: Path, key: bytes | None, *,
                  compare_rows: bool = False) -> CopyFacts:
    """Copy the database behind a sqlcipher3 connection to target, checked (see above).

    Reading the facts, the rows to compare and the pages happens in one read
    transaction, so all of them describe the same moment even while others write.
    """
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        began = not source.in_transaction
        if began:
            source.execute("BEGIN")
        try:
            facts = read_facts(source)
            expected = _fingerprint(source) if compare_rows else None
            dest = connect_file(partial, key)
            try:
                _copy_pages(source, dest)
                # A backup is a plain rollback-journal file: it stands alone, no WAL.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            if began and source.in_transaction:
                source.execute("COMMIT")
        check_copy(partial, key, expected)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except DriverDatabaseError as exc:
        partial.unlink(missing_ok=True)
        # SQLite's own words ("database or disk is full"); they never quote the journal.
        raise BackupError(
            f"The backup could not be made: {exc}. Your journal has not been changed."
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return CopyFacts(target, *facts)


def _copy_pages(source: Any, dest: Any) -> None:
    """SQLite's online backup, all pages in one step (tests wrap this to spoil a copy)."""
    source.backup(dest)


def _fingerprint(conn: Any) -> dict[str, tuple[int, int]]:
    # convert.py imports this module, so its row fingerprint is fetched when needed.
    from trustjournal.storage.convert import fingerprint

    return fingerprint(conn)


def read_facts(conn: Any) -> tuple[str | None, int | None, str | None]:
    """Schema revision, number of entries (trash included) and journal id, as far as the
    file has them."""
    cur = conn.cursor()
    try:
        revision = migrate.current_revision(cur)
        tables = {r[0] for r in cur.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
        entries = (
            cur.execute("SELECT count(*) FROM entries").fetchone()[0]
            if "entries" in tables else None
        )
        journal_id = None
        if "settings" in tables:
            row = cur.execute("SELECT value FROM settings WHERE key = ?", (JOURNAL_ID,)).fetchone()
            if row is not None:
                try:
                    value = json.loads(row[0])
                except ValueError:
                    value = None
                journal_id = value if isinstance(value, str) else None
    finally:
        cur.close()
    return revision, entries, journal_id


def check_copy(path: Path, key: bytes | None, expected: dict[str, tuple[int, int]] | None
               ) -> None:
    """Reopen a copy on its own: it must open with the key, pass SQLite's integrity check
    (and SQLCipher's page check when encrypted) and, if given, hold exactly `expected`."""
    try:
        conn = connect_file(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if key is not None:
                problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            good = problems == ["ok"] and (expected is None or _fingerprint(conn) == expected)
        finally:
            conn.close()
    except DriverDatabaseError:
        good = False
    if not good:
        raise BackupCheckError(CHECK_FAILED)
