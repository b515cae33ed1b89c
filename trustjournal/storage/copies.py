"""Copies of a journal made with SQLite's online backup API, checked before they count.

A copy is written to `<name>.partial` beside its final name, reopened on its own
connection and checked (integrity, and optionally every row against the journal as it
was when copied), flushed to the disk, and only then renamed into place. A copy that
fails any step is removed; the journal itself is only read.

Copies of an encrypted journal carry its key. Code that works on an open journal hands
its gateway (which keeps the key to itself) wherever a key is asked for here; code that
works on a closed journal (restore, convert) hands the key it unwrapped from the key
file. Either way the key stays inside storage.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from trustjournal.storage import migrate
from trustjournal.storage.database import (
    DriverDatabaseError,
    connect_file,
    create_private_file,
    key_pragma,
    silence_cipher_log,
)
from trustjournal.storage.errors import BackupCheckError, BackupError
from trustjournal.storage.files import fsync_dir, fsync_file, remove_wiped

if TYPE_CHECKING:
    from trustjournal.storage.gateway import Gateway

# A raw key (storage-internal work on a closed journal), None (plain), or the gateway
# of an open journal, which keys a connection without showing its key.
Keying = Union[bytes, None, "Gateway"]

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


def is_keyed(keying: Keying) -> bool:
    """Whether files keyed this way are encrypted."""
    if keying is None or isinstance(keying, bytes):
        return keying is not None
    return keying.encrypted


def key_onto(conn: Any, keying: Keying) -> None:
    """Give a fresh connection the key as its first statement (nothing when plain)."""
    if isinstance(keying, bytes):
        conn.execute(key_pragma(keying))
    elif keying is not None:
        keying.key_onto(conn)


def connect_keyed(path: Path, keying: Keying) -> Any:
    """A bare sqlcipher3 connection to path, keyed first, not checked (like connect_file)."""
    conn = connect_file(path, None)
    try:
        key_onto(conn, keying)
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def read_only(path: Path, keying: Keying) -> Iterator[Any]:
    """A read-only sqlcipher3 connection: it never writes to the file, not even a
    checkpoint when it closes. On a journal in WAL mode SQLite still makes an empty log
    and an index beside it; those it made are removed again afterwards."""
    silence_cipher_log()
    from sqlcipher3 import dbapi2

    path = Path(path)
    sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    existed = [side.exists() for side in sides]
    uri = path.resolve().as_uri() + "?mode=ro"  # SQLite reads percent-escapes in URIs
    conn = dbapi2.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        key_onto(conn, keying)
        yield conn
    finally:
        conn.close()
        wal, shm = sides
        if not existed[0] and wal.exists() and wal.stat().st_size == 0:
            wal.unlink(missing_ok=True)
            if not existed[1]:
                shm.unlink(missing_ok=True)


def remove_copy(path: Path, keying: Keying) -> None:
    """Remove a file of ours; one that may hold plain text is overwritten first."""
    if is_keyed(keying):
        path.unlink(missing_ok=True)
    else:
        remove_wiped(path)


def backup_to(gateway: Gateway, target: Path, *, compare_rows: bool = False) -> Path:
    """Write a consistent copy of the open journal to target (0600), then verify it.

    The copy of an encrypted journal is encrypted with the same key: SQLCipher's backup
    refuses to copy between a keyed and an unkeyed file, so the target is keyed first.
    compare_rows also checks every row of every table against the journal.
    """
    return copy_open(gateway, target, compare_rows=compare_rows).path


def copy_open(gateway: Gateway, target: Path, *, compare_rows: bool = False) -> CopyFacts:
    """backup_to, returning what the copy holds."""
    source = gateway.connect()
    try:
        return copy_database(source, target, gateway, compare_rows=compare_rows)
    finally:
        source.close()


def copy_database(source: Any, target: Path, keying: Keying, *,
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
            expected = fingerprint(source) if compare_rows else None
            dest = connect_keyed(partial, keying)
            try:
                _copy_pages(source, dest)
                # A backup is a plain rollback-journal file: it stands alone, no WAL.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            if began and source.in_transaction:
                source.execute("COMMIT")
        check_copy(partial, keying, expected)
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


def fingerprint(conn: Any) -> dict[str, tuple[int, int]]:
    """Row count and an order-free checksum of every table (FTS shadow tables too),
    plus the header fields a copy must keep."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    result: dict[str, tuple[int, int]] = {}
    for name in names:
        count = total = 0
        quoted = name.replace('"', '""')
        for row in conn.execute(f'SELECT * FROM "{quoted}"'):
            digest = hashlib.sha256(repr(tuple(row)).encode("utf-8", "surrogatepass")).digest()
            total = (total + int.from_bytes(digest[:16], "big")) % (1 << 128)
            count += 1
        result[name] = (count, total)
    for pragma in ("user_version", "application_id"):
        result[f"pragma {pragma}"] = (conn.execute(f"PRAGMA {pragma}").fetchone()[0], 0)
    return result


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


def check_copy(path: Path, keying: Keying,
               expected: dict[str, tuple[int, int]] | None) -> None:
    """Reopen a copy on its own: it must open with the key, pass SQLite's integrity check
    (and SQLCipher's page check when encrypted) and, if given, hold exactly `expected`."""
    try:
        conn = connect_keyed(path, keying)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if is_keyed(keying):
                problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            good = problems == ["ok"] and (expected is None or fingerprint(conn) == expected)
        finally:
            conn.close()
    except DriverDatabaseError:
        good = False
    if not good:
        raise BackupCheckError(CHECK_FAILED)
