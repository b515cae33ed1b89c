"""One process per journal: an exclusive lock that a deleted file cannot undo.

Two locks are held while a journal is open:

- a flock on the journal's folder (POSIX). A folder cannot be deleted or replaced while
  the journal is in it, so no clean-up tool or user deleting a file can hand the journal
  to a second process. It is never an fcntl lock, and never on the database file:
  closing any descriptor of a file drops every POSIX lock the process holds on it,
  SQLite's included. Journals that share a folder in one process share its lock.
- a lock file beside the journal ("notes.db.lock", holding the process id). It keeps two
  journals of one folder apart, and it is the only lock on Windows, where a folder
  cannot be locked.
"""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

from trustjournal.core.i18n import translate
from trustjournal.paths import lock_path
from trustjournal.storage.errors import JournalError, JournalLockedError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # msvcrt locks bytes from the file's current position, and the lock file is written
    # (the holder's pid) after it is locked: both calls go back to byte 0 first, so the
    # byte unlocked is the byte locked.
    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
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


LOCKED_MESSAGE = (
    "This journal is already open in another TrustJournal window or command. "
    "Close that one first, or switch to it."
)

# The locks this process holds, by journal file. Code that would read a journal's bytes
# directly asks here first: closing any descriptor of a file drops every POSIX lock the
# process holds on it, SQLite's included, so an open journal is never read that way.
_HELD: dict[Path, ProcessLock] = {}
# Folder locks of this process: (device, inode) -> [descriptor, journals using it].
_FOLDERS: dict[tuple[int, int], list[int]] = {}
# Journals open on worker threads (the window) take and drop locks concurrently.
_GUARD = threading.RLock()


def held_here(journal_file: Path) -> ProcessLock | None:
    """This process's lock on journal_file, if it holds one (the journal is open or
    being converted here)."""
    return _HELD.get(Path(journal_file).resolve())


def _lock_folder(folder: Path) -> tuple[int, int] | None:
    """Take (or share, within this process) the flock on folder; None where folders
    cannot be locked (Windows, some network file systems): the lock file guards alone."""
    if os.name != "posix":  # pragma: no cover - Windows
        return None
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    info = os.fstat(fd)
    ident = (info.st_dev, info.st_ino)
    shared = _FOLDERS.get(ident)
    if shared is not None:
        os.close(fd)
        shared[1] += 1
        return ident
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise JournalLockedError(LOCKED_MESSAGE) from None
    except OSError:
        os.close(fd)
        return None
    _FOLDERS[ident] = [fd, 1]
    return ident


def _unlock_folder(ident: tuple[int, int] | None) -> None:
    if ident is None:
        return
    shared = _FOLDERS.get(ident)
    if shared is None:
        return
    shared[1] -= 1
    if shared[1] <= 0:
        del _FOLDERS[ident]
        os.close(shared[0])  # closing the only descriptor lets go of the flock


def _open_lock_file(path: Path) -> int:
    """The lock file's descriptor. A symlink is never followed (the process id would be
    written into whatever it points at); with the folder locked, whatever stands in the
    lock file's place was left by no running TrustJournal and is replaced."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(path, flags, 0o600)
    except OSError as exc:
        if exc.errno not in (errno.ELOOP, errno.EISDIR, errno.EACCES, errno.EPERM):
            raise
    if path.is_dir() and not path.is_symlink():
        raise JournalError(
            translate("StorageLock",
                "{name} beside the journal is a folder, so the journal cannot be "
                "locked against a second window. Move that folder away and try again;"
                " nothing has been changed.").format(
                name=path.name)
        )
    path.unlink(missing_ok=True)
    return os.open(path, flags | os.O_EXCL, 0o600)


class ProcessLock:
    """Held while a journal is open; the OS releases it if the process dies."""

    def __init__(self, journal_file: Path) -> None:
        self.journal_file = Path(journal_file).resolve()
        self.path = lock_path(journal_file)
        self._fd: int | None = None
        self._folder: tuple[int, int] | None = None
        # Set by open_journal: whether the open journal was opened with a key.
        self.keyed: bool | None = None
        # False while a locked window keeps the lock with the journal closed, so no other
        # process opens it meanwhile; open_journal in this process takes it over again.
        self.in_use = True

    def acquire(self) -> None:
        with _GUARD:
            if self.journal_file in _HELD:
                # Held here already: refused without touching the lock file, which may
                # have been deleted or replaced since.
                raise JournalLockedError(LOCKED_MESSAGE)
            folder = _lock_folder(self.journal_file.parent)
            try:
                fd = self._lock_file()
            except BaseException:
                _unlock_folder(folder)
                raise
            try:
                os.ftruncate(fd, 0)
                os.write(fd, str(os.getpid()).encode())
            except OSError:
                pass  # the process id is only a hint for people; the locks are what count
            self._fd, self._folder = fd, folder
            _HELD[self.journal_file] = self

    def _lock_file(self) -> int:
        """Lock the file at self.path, and make sure it is still the one at that name
        once locked: one deleted or replaced in between locks nothing."""
        for _attempt in range(20):
            fd = _open_lock_file(self.path)
            if not _try_lock(fd):
                os.close(fd)
                raise JournalLockedError(LOCKED_MESSAGE)
            try:
                same = os.path.samestat(os.fstat(fd), os.lstat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                return fd
            os.close(fd)
        raise JournalLockedError(LOCKED_MESSAGE)  # it keeps changing under us: not ours

    def release(self) -> None:
        with _GUARD:
            if self._fd is None:
                return
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None
                _unlock_folder(self._folder)
                self._folder = None
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
