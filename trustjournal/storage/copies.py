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
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.storage import migrate
from trustjournal.storage.database import (
    DriverDatabaseError,
    connect_file,
    create_private_file,
    key_pragma,
    silence_cipher_log,
)
from trustjournal.storage.errors import BackupCheckError, BackupError, Interrupted
from trustjournal.storage.files import fsync_dir, fsync_file, remove_wiped

if TYPE_CHECKING:
    from trustjournal.storage.gateway import Gateway

# A raw key (storage-internal work on a closed journal), None (plain), or the gateway
# of an open journal, which keys a connection without showing its key.
Keying = Union[bytes, None, "Gateway"]

JOURNAL_ID = "journal_id"  # the settings key that tells one journal's backups from another's

# Pages copied per step of SQLite's online backup (4 MiB at the journal's page size):
# between steps, the copy looks whether it was asked to stop.
STEP_PAGES = 1024
# The stop check of the copy being made on this thread (None: it cannot be stopped).
_copying = threading.local()
STOPPED = QT_TRANSLATE_NOOP(  # shown with translate("StorageCopies", STOPPED)
    "StorageCopies", "The backup was stopped before it was finished; nothing was kept or "
    "changed.")

CHECK_FAILED = (
    "The backup copy did not match the journal when it was checked, so it was not kept. "
    "Your journal has not been changed."
)


@lazy_dataclass(frozen=True)
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
    # A copy of an open journal stops when the journal is interrupted (see
    # Gateway.interrupt): between steps of the page copy, and inside SQLite's reads.
    stop = keying.stop_check() if _is_gateway(keying) else None
    try:
        with _interruptible(keying, source):
            began = not source.in_transaction
            if began:
                source.execute("BEGIN")
            try:
                facts = read_facts(source)
                expected = fingerprint(source, stop) if compare_rows else None
                dest = connect_keyed(partial, keying)
                _copying.stop = stop
                try:
                    _copy_pages(source, dest)
                    # A backup is a plain rollback-journal file: it stands alone, no WAL.
                    dest.execute("PRAGMA journal_mode=DELETE")
                finally:
                    _copying.stop = None
                    dest.close()
            finally:
                if began and source.in_transaction:
                    source.execute("COMMIT")
        _stop_if_asked(stop)
        check_copy(partial, keying, expected)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except DriverDatabaseError as exc:
        partial.unlink(missing_ok=True)
        if str(exc) == "interrupted":
            raise Interrupted(translate("StorageCopies", STOPPED)) from None
        # SQLite's own words ("database or disk is full"); they never quote the journal.
        raise BackupError(
            translate("StorageCopies",
                "The backup could not be made: {exc}. Your journal has not been "
                "changed.").format(
                exc=exc)
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return CopyFacts(target, *facts)


def _copy_pages(source: Any, dest: Any) -> None:
    """SQLite's online backup (tests wrap this to spoil a copy): in steps when the copy
    can be stopped, looking between steps whether it was asked to."""
    stop = getattr(_copying, "stop", None)
    if stop is None:
        source.backup(dest)
        return

    def step(_status: int, _remaining: int, _total: int) -> None:
        _stop_if_asked(stop)  # raising here makes the driver abandon the backup

    source.backup(dest, pages=STEP_PAGES, progress=step)


def _stop_if_asked(stop: Callable[[], bool] | None) -> None:
    if stop is not None and stop():
        raise Interrupted(translate("StorageCopies", STOPPED))


def _is_gateway(keying: Keying) -> bool:
    return keying is not None and not isinstance(keying, bytes)


@contextlib.contextmanager
def _interruptible(keying: Keying, conn: Any) -> Iterator[Any]:
    """Let the journal's interrupt() reach `conn` while the block runs (a gateway's
    copies only; a key or a plain file has no one to interrupt it)."""
    if _is_gateway(keying):
        with keying.interruptible(conn):  # type: ignore[union-attr]
            yield conn
    else:
        yield conn


def fingerprint(conn: Any, stop: Callable[[], bool] | None = None
                ) -> dict[str, tuple[int, int]]:
    """Row count and an order-free checksum of every table (FTS shadow tables too),
    plus the header fields a copy must keep. Raises Interrupted once `stop()` says so
    (it is asked every few thousand rows)."""
    import hashlib  # here: OpenSSL behind it is slow to load, and opening needs none of it

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
            if not count % 4096:
                _stop_if_asked(stop)
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
    stop = keying.stop_check() if _is_gateway(keying) else None
    try:
        conn = connect_keyed(path, keying)
        try:
            with _interruptible(keying, conn):
                conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
                problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
                if is_keyed(keying):
                    problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
                good = problems == ["ok"] and (
                    expected is None or fingerprint(conn, stop) == expected)
        finally:
            conn.close()
    except DriverDatabaseError as exc:
        if str(exc) == "interrupted":
            raise Interrupted(translate("StorageCopies", STOPPED)) from None
        good = False
    if not good:
        raise BackupCheckError(CHECK_FAILED)
