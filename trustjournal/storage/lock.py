"""One process per journal: an exclusive lock on a file beside it."""

from __future__ import annotations

import os
from pathlib import Path

from trustjournal.paths import lock_path
from trustjournal.storage.errors import JournalLockedError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# The locks this process holds, by journal file. Code that would read a journal's bytes
# directly asks here first: closing any descriptor of a file drops every POSIX lock the
# process holds on it, SQLite's included, so an open journal is never read that way.
_HELD: dict[Path, ProcessLock] = {}


def held_here(journal_file: Path) -> ProcessLock | None:
    """This process's lock on journal_file, if it holds one (the journal is open or
    being converted here)."""
    return _HELD.get(Path(journal_file).resolve())


class ProcessLock:
    """Held while a journal is open; the OS releases it if the process dies."""

    def __init__(self, journal_file: Path) -> None:
        self.journal_file = Path(journal_file).resolve()
        self.path = lock_path(journal_file)
        self._fd: int | None = None
        # Set by open_journal: whether the open journal was opened with a key.
        self.keyed: bool | None = None
        # False while a locked window keeps the lock with the journal closed, so no other
        # process opens it meanwhile; open_journal in this process takes it over again.
        self.in_use = True

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise JournalLockedError(
                "This journal is already open in another TrustJournal window or command. "
                "Close that one first, or switch to it."
            )
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        _HELD[self.journal_file] = self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
            if _HELD.get(self.journal_file) is self:
                del _HELD[self.journal_file]
            self.keyed = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def kept_lock(journal_file: Path) -> ProcessLock | None:
    """The lock this process keeps on a closed journal (see Journal.close(keep_lock))."""
    lock = held_here(journal_file)
    return lock if lock is not None and not lock.in_use else None


def release_kept(journal_file: Path) -> None:
    """Let go of a lock kept on a closed journal (the window closes while locked)."""
    lock = kept_lock(journal_file)
    if lock is not None:
        lock.release()


def check_not_open_elsewhere(journal_file: Path) -> None:
    """Raise JournalLockedError if another process has the journal open (so the window
    can say so before asking for a passphrase). Opening still takes the lock for real."""
    if held_here(journal_file) is not None:
        return
    probe = ProcessLock(Path(journal_file))
    probe.acquire()
    probe.release()
