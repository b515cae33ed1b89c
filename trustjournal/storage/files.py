"""Small file operations that survive a crash: fsync, atomic replace, private files."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

CHUNK = 1 << 20
# How every plain SQLite file begins; an encrypted one begins with its random salt.
PLAIN_HEADER = b"SQLite format 3\x00"


def fsync_file(path: Path) -> None:
    """Flush a file's data to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make renames and removals in a folder durable (POSIX only; Windows has no need)."""
    if os.name != "posix":  # pragma: no cover - Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace path with data all at once: a crash leaves either the old or the new file.

    The temporary file lives in the same folder (so the rename is atomic), is private
    to the user from the start, and is flushed before the rename and the folder after.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def read_header(path: Path, size: int = 16) -> bytes:
    """The first bytes of a file (empty if it is missing, a file standing in for one of
    its folders included: opening then says so); never writes."""
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except (FileNotFoundError, NotADirectoryError):
        return b""


def open_for_wipe(path: Path) -> int | None:
    """A descriptor kept across a replace, so the old contents can be overwritten after.

    None on Windows, where a file that is open cannot be replaced or removed.
    """
    if os.name != "posix":  # pragma: no cover - Windows
        return None
    try:
        return os.open(path, os.O_RDWR)
    except OSError:
        return None


def wipe_and_close(fd: int | None) -> None:
    """Overwrite a file that no longer has a name with zeros, then let it go.

    Best effort against plain text lingering in the freed blocks: it does not reach
    copies a journaling, copy-on-write or flash file system keeps elsewhere. A file
    that still has another name (a hard link) is left alone.
    """
    if fd is None:
        return
    try:
        info = os.fstat(fd)
        if info.st_nlink == 0:
            zeros = bytes(CHUNK)
            os.lseek(fd, 0, os.SEEK_SET)
            left = info.st_size
            while left > 0:
                left -= os.write(fd, zeros[: min(CHUNK, left)])
            os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_wiped(path: Path) -> None:
    """Remove a file, overwriting it first (for leftovers that may hold plain text)."""
    fd = open_for_wipe(path)
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    finally:
        wipe_and_close(fd)
