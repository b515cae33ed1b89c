"""The gateway: the one object through which storage reaches an open journal file.

It owns the sqlcipher3 connections, their pragmas, the read and write transactions and
the key. Reads run on pooled connections in deferred transactions (in WAL mode they
never wait for a writer); every write runs on the one writer connection, starting with
BEGIN IMMEDIATE so two writers never deadlock halfway. The raw key stays inside this
object: storage modules that need a connection of their own (backups, checks, copies)
ask the gateway for one instead of asking for the key.

SQLAlchemy is not imported here; `sa_engine()` builds an engine on demand for schema
work (create, upgrade, checks against the declared schema). `autocommit()` and
`pragma()` give the writer outside any transaction (open checks, checkpoints,
per-connection limits).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2

from trustjournal.core.i18n import translate
from trustjournal.storage.database import _disk_error, _is_disk_trouble, _raw_connect, key_pragma
from trustjournal.storage.errors import (
    Interrupted,
    JournalDamagedError,
    JournalError,
    damaged_message,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

Cursor = Any  # a sqlcipher3 cursor; the driver ships no type hints

_POOL_SIZE = 4


def is_interrupt(exc: BaseException) -> bool:
    """Whether a driver error is SQLite saying interrupt() stopped the statement."""
    return isinstance(exc, dbapi2.OperationalError) and str(exc) == "interrupted"


class WriterBusy(Exception):
    """Gateway.write(wait=False) found this process writing already."""


@contextmanager
def _holding(lock: threading.Lock) -> Iterator[None]:
    """Release `lock` (already acquired) when the block ends."""
    try:
        yield
    finally:
        lock.release()


def _begin_at_once(cur: Cursor) -> None:
    """BEGIN IMMEDIATE without waiting out the busy timeout for another process's write
    (it fails with "database is locked" instead); the connection's timeout is put back."""
    timeout = cur.execute("PRAGMA busy_timeout").fetchone()[0]
    cur.execute("PRAGMA busy_timeout=0")
    try:
        cur.execute("BEGIN IMMEDIATE")
    finally:
        cur.execute(f"PRAGMA busy_timeout={int(timeout)}")


def _stopped() -> Interrupted:
    return Interrupted(translate(
        "StorageGateway", "The check was stopped; nothing was changed."))


class Gateway:
    """Connections, transactions and the key of one open journal file."""

    def __init__(self, path: Path, key: bytes | None) -> None:
        self.path = Path(path)
        self.__key = key
        self._pool: list[Any] = []
        self._pool_lock = threading.Lock()
        self._writer: Any = None
        self._write_lock = threading.Lock()
        self._writing: int | None = None  # thread id inside write(), to catch nesting
        self._engine: Engine | None = None
        self._closed = False
        self._watcher: Callable[[str], None] | None = None
        # Reading connections in use, which interrupt() may stop (guarded by _pool_lock,
        # which also keeps a connection from closing while it is being interrupted).
        self._busy: set[Any] = set()
        self._interrupts = 0  # how often interrupt() was called: long copies poll it

    # -- facts ----------------------------------------------------------------------

    @property
    def encrypted(self) -> bool:
        """Whether the file is opened with a key."""
        return self.__key is not None

    @property
    def closed(self) -> bool:
        return self._closed

    # -- connections ----------------------------------------------------------------

    def connect(self, path: Path | None = None) -> Any:
        """A new checked connection (key first, then pragmas) to this journal's file, or
        to `path` — a copy keyed like this journal (a backup, a converted file). The
        caller closes it."""
        self._require_open()
        return _raw_connect(Path(path) if path is not None else self.path, self.__key)

    def key_onto(self, conn: Any) -> None:
        """Give `conn` (a fresh connection to a copy of this journal) the journal's key,
        so the copy is encrypted alike; nothing for a plain journal."""
        if self.__key is not None:
            conn.execute(key_pragma(self.__key))

    def attach_sql(self, schema: str) -> str:
        """The KEY clause for `ATTACH … AS schema` of a file keyed like this journal."""
        if self.__key is None:
            return "KEY ''"
        return f"KEY \"x'{self.__key.hex()}'\""

    def key_for_session(self) -> bytes | None:
        """The raw key, for storage/session.py only: a session built around an open
        journal keeps it to open the journal again (after a restore, a lock). Nothing
        outside storage may call this (tests/test_layers.py checks gui/ and the CLI)."""
        return self.__key

    def holds_key(self, key: bytes | None) -> bool:
        """Whether the journal is opened with exactly `key` (None: plain)."""
        return self.__key == key

    def _take(self) -> Any:
        with self._pool_lock:
            conn = self._pool.pop() if self._pool else None
        if conn is None:
            conn = self.connect()
        self._watch_over(conn)
        return conn

    def _watch_over(self, conn: Any) -> None:
        # Set (or cleared) each time a connection is handed out: one C call.
        conn.set_trace_callback(self._watcher)

    def _give_back(self, conn: Any) -> None:
        with self._pool_lock:
            if not self._closed and len(self._pool) < _POOL_SIZE:
                self._pool.append(conn)
                return
        conn.close()

    # -- stopping long reads --------------------------------------------------------

    def interrupt(self) -> None:
        """Stop the reads running now on other threads (an integrity check, the copy of
        a backup) promptly: they raise Interrupted. Writes are never interrupted, so the
        journal stays as it was. Safe to call from any thread, and when nothing runs."""
        with self._pool_lock:
            self._interrupts += 1
            for conn in self._busy:
                conn.interrupt()

    def stop_check(self) -> Callable[[], bool]:
        """A check that turns True once interrupt() is called after this moment; work
        that runs long outside SQLite (copying pages step by step) polls it."""
        start = self._interrupts
        return lambda: self._interrupts != start

    @contextmanager
    def interruptible(self, conn: Any) -> Iterator[Any]:
        """Let interrupt() reach `conn` (a reading connection of this journal or of a
        copy of it) while the block runs. The caller closes it after the block."""
        with self._pool_lock:
            self._busy.add(conn)
        try:
            yield conn
        finally:
            with self._pool_lock:
                self._busy.discard(conn)

    # -- transactions ---------------------------------------------------------------

    @contextmanager
    def read(self, *, fresh: bool = False, interruptible: bool = True) -> Iterator[Cursor]:
        """A cursor inside a deferred read transaction (one consistent snapshot).

        interruptible=False keeps interrupt() away from it: for the reads a write
        depends on (an import's duplicate check), which must not fail because a lock
        or a close waits for the checks and copies to stop.

        fresh=True reads on a new connection, closed afterwards: for integrity checks,
        because FTS5's own check trusts the view of its index a connection cached, and
        a pooled connection's view can predate a save made on the writer (it then
        reports damage that is not there).
        """
        self._require_open()
        conn = self.connect() if fresh else self._take()
        if fresh:
            self._watch_over(conn)
        # Back to the pool afterwards, unless the driver failed (the connection may be
        # in any state then); a caller's own exception (entry not found) is no reason.
        reusable = not fresh
        with self._mapped_read_errors(self.stop_check() if interruptible else None):
            try:
                with self.interruptible(conn) if interruptible else nullcontext():
                    cur = conn.cursor()
                    cur.execute("BEGIN")
                    try:
                        yield cur
                    finally:
                        if conn.in_transaction:
                            conn.rollback()  # a read changes nothing; ending it frees it
                        cur.close()
            except dbapi2.Error:
                reusable = False
                raise
            finally:
                if reusable:
                    self._give_back(conn)
                else:
                    conn.close()

    @contextmanager
    def _mapped_read_errors(self, stopped: Callable[[], bool] | None = None
                            ) -> Iterator[None]:
        # An interrupt can land inside SQLite's own statements (FTS5 reading its config
        # while a statement sets up the index's table); those fail with their own error,
        # not "interrupted". So once interrupt() was asked, a failed read is the stop,
        # never damage (`stopped`: the read's stop_check, None when not interruptible).
        was_stopped = stopped if stopped is not None else (lambda: False)
        try:
            yield
        except dbapi2.OperationalError as exc:
            if _is_disk_trouble(exc):
                raise _disk_error(self.path) from exc
            if is_interrupt(exc) or was_stopped():
                raise _stopped() from exc
            raise JournalError(translate("StorageGateway",
                "The journal could not be read just now: {exc}").format(
                exc=exc)) from exc
        except (dbapi2.IntegrityError, dbapi2.ProgrammingError, dbapi2.InterfaceError):
            raise  # a mistake in the statement, not a judgement on the file
        except dbapi2.DatabaseError as exc:
            if was_stopped():
                raise _stopped() from exc
            # A page that no longer reads ("malformed"): damage.
            raise JournalDamagedError(damaged_message(self.path)) from exc

    @contextmanager
    def write(self, *, wait: bool = True) -> Iterator[Cursor]:
        """A cursor inside BEGIN IMMEDIATE; committed when the block ends, rolled back if
        it raises. One writer at a time in this process; writes do not nest.

        wait=False raises WriterBusy at once if this process is writing already, and
        JournalError if another process is: for writes that may be skipped (kept
        figures), which must not hold up their thread behind an import or a save."""
        self._require_open()
        me = threading.get_ident()
        if self._writing == me:
            raise RuntimeError("a write transaction is already open on this thread")
        if not self._write_lock.acquire(blocking=wait):
            raise WriterBusy("the journal's writer is busy")
        with _holding(self._write_lock):
            self._writing = me
            try:
                if self._writer is None:
                    self._writer = self.connect()
                conn = self._writer
                self._watch_over(conn)
                cur = conn.cursor()
                try:
                    if wait:
                        cur.execute("BEGIN IMMEDIATE")
                    else:
                        _begin_at_once(cur)
                    try:
                        yield cur
                    except BaseException:
                        if conn.in_transaction:
                            conn.rollback()
                        raise
                    conn.commit()
                finally:
                    if conn.in_transaction:
                        conn.rollback()
                    cur.close()
            except dbapi2.OperationalError as exc:
                # SQLite's own words ("database or disk is full", "attempt to write a
                # readonly database"); they never contain entry text.
                raise JournalError(translate("StorageGateway",
                    "The journal could not be saved: {exc}").format(
                    exc=exc)) from exc
            except (dbapi2.IntegrityError, dbapi2.ProgrammingError, dbapi2.InterfaceError):
                raise  # a mistake in the statement (a duplicate uuid), not damage
            except dbapi2.DatabaseError as exc:
                raise JournalDamagedError(damaged_message(self.path)) from exc
            finally:
                self._writing = None

    @contextmanager
    def autocommit(self) -> Iterator[Cursor]:
        """A cursor on the writer connection outside any transaction, holding this
        process's write lock: for what SQLite refuses inside one (a WAL checkpoint, the
        journal mode) and for per-connection limits, which must sit on the connection
        that writes. Each statement stands alone; errors are the driver's own."""
        self._require_open()
        if self._writing == threading.get_ident():
            raise RuntimeError("a write transaction is already open on this thread")
        with self._write_lock:
            if self._writer is None:
                self._writer = self.connect()
            cur = self._writer.cursor()
            try:
                yield cur
            finally:
                cur.close()

    def pragma(self, name: str) -> object:
        """Run `PRAGMA name` through autocommit(); returns the first value, or None."""
        with self.autocommit() as cur:
            row = cur.execute(f"PRAGMA {name}").fetchone()
        return None if row is None else row[0]

    @contextmanager
    def watch(self, callback: Callable[[str], None]) -> Iterator[None]:
        """Call `callback` with every statement run on this gateway's connections while
        the block runs (for tests and diagnostics; the text may hold entry words, so it
        is never logged)."""
        self._watcher = callback
        try:
            yield
        finally:
            self._watcher = None

    def sa_engine(self) -> Engine:
        """A SQLAlchemy engine over this gateway's connections, made on first use, for
        schema work only (create, upgrade, checks against the declared schema)."""
        self._require_open()
        if self._engine is None:
            from trustjournal.storage.database import create_journal_engine

            self._engine = create_journal_engine(self.path, self.__key)
        return self._engine

    # -- closing --------------------------------------------------------------------

    def close(self) -> None:
        """Close every connection. The gateway cannot be used afterwards."""
        with self._pool_lock:
            self._closed = True
            pool, self._pool = self._pool, []
        for conn in pool:
            conn.close()
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _require_open(self) -> None:
        if self._closed:
            raise JournalError(translate("StorageGateway", "The journal is closed."))
