"""Engines for journal files: the SQLite library, pragmas and transactions.

Every journal file is opened through sqlcipher3 only (never the stdlib sqlite3), so one
SQLite library owns the file's POSIX locks in this process.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2

from trustjournal.core.i18n import translate
from trustjournal.storage.errors import JournalError, NotAJournalError

if TYPE_CHECKING:
    # SQLAlchemy is loaded only for schema work (create, upgrade): see create_journal_engine.
    from sqlalchemy import Engine

# 'TJRN' in ASCII, written to the SQLite header so our files can be told apart.
APPLICATION_ID = 0x544A524E

# Per-connection settings; none of them writes to the file. (WAL mode is persistent and
# is switched on by open_journal only after the file is known to be ours.)
PRAGMAS = (
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA cell_size_check=ON",
)

READ_OPTION = "tj_read"  # kept for callers that mark reads; reads are the default now
WRITE_OPTION = "tj_write"
DriverDatabaseError = dbapi2.DatabaseError

_quiet = False


def key_pragma(key: bytes) -> str:
    """The statement that gives SQLCipher a raw 256-bit key (no passphrase derivation)."""
    if len(key) != 32:
        raise ValueError("a journal key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def silence_cipher_log() -> None:
    """SQLCipher prints its own lines to stderr when a key does not fit; we report
    failures ourselves, in words, so its log is switched off (a process-wide setting)."""
    global _quiet
    if not _quiet:
        conn = dbapi2.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _quiet = True


def connect_file(path: Path, key: bytes | None) -> Any:
    """A bare sqlcipher3 connection (autocommit) with the key given first, not checked."""
    silence_cipher_log()
    conn = dbapi2.connect(str(path), check_same_thread=False, isolation_level=None)
    if key is not None:
        try:
            conn.execute(key_pragma(key))
        except BaseException:
            conn.close()
            raise
    return conn


def key_opens(path: Path, key: bytes) -> bool:
    """Whether `key` reads the database file at path (a wrong key and a damaged first page
    both say no)."""
    try:
        conn = connect_file(path, key)
    except DriverDatabaseError:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except DriverDatabaseError:
        return False
    finally:
        conn.close()
    return True


def _raw_connect(path: Path, key: bytes | None) -> Any:
    conn = connect_file(path, key)
    try:
        cur = conn.cursor()
        # The first real read: a wrong key or a damaged first page fails here.
        cur.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        if not cur.execute("PRAGMA cipher_version").fetchone():
            raise NotAJournalError(translate("StorageDatabase",
                "The encryption library is not loaded; refusing to open."))
        for pragma in PRAGMAS:
            cur.execute(pragma)
        cur.close()
    except dbapi2.OperationalError as exc:
        conn.close()
        if _is_disk_trouble(exc):
            raise _disk_error(path) from exc
        raise NotAJournalError(
            translate("StorageDatabase",
                "{name} could not be read as a journal (it is not a database, is "
                "damaged, or needs a different passphrase).").format(
                name=path.name)
        ) from exc
    except dbapi2.DatabaseError as exc:
        conn.close()
        raise NotAJournalError(
            translate("StorageDatabase",
                "{name} could not be read as a journal (it is not a database, is "
                "damaged, or needs a different passphrase).").format(
                name=path.name)
        ) from exc
    except BaseException:
        conn.close()
        raise
    return conn


_DISK_TROUBLE = ("disk i/o error", "database or disk is full", "disk is full")
LOW_SPACE_BYTES = 4 * 1024 * 1024


def _is_disk_trouble(exc: BaseException) -> bool:
    return any(words in str(exc).lower() for words in _DISK_TROUBLE)


def _disk_error(path: Path) -> JournalError:
    """A healthy journal on a disk that cannot be written is not called damaged."""
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = None
    if free is not None and free < LOW_SPACE_BYTES:
        return JournalError(
            translate("StorageDatabase",
                "The disk holding {name} is full, so it cannot be opened just now. "
                "Free some space and try again; nothing has been changed.").format(
                name=path.name)
        )
    return JournalError(
        translate("StorageDatabase",
            "{name} could not be opened: the disk reported an input/output problem. "
            "Nothing has been changed; check the disk and try again.").format(
            name=path.name)
    )


def create_journal_engine(path: Path, key: bytes | None = None) -> Engine:
    """One engine per open journal, created explicitly; statements never logged.
    Only schema work (create, upgrade, checks against the declared schema) needs one."""
    from sqlalchemy import create_engine, event, pool

    engine = create_engine(
        f"sqlite:///{path}",
        module=dbapi2,
        creator=lambda: _raw_connect(path, key),
        poolclass=pool.QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,
    )
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Only connections marked as writers (see writer()) take the write lock, up front,
        # so two writers never deadlock halfway through. Everything else (reads, checks)
        # is a deferred transaction: in WAL mode it never holds up a save.
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, marked so that its transactions begin with BEGIN IMMEDIATE.
    Every transaction that writes goes through it."""
    return engine.execution_options(**{WRITE_OPTION: True})


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only, failing if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def file_is_empty(path: Path) -> bool:
    return path.stat().st_size == 0
