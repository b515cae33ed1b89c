"""A new journal file, made all at once.

The journal is built and brought up to the current schema under a temporary name, then
linked into place. So the journal's own name never holds a half-made file, and an empty
or unreadable file under that name is always damage, never "a journal not set up yet".
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from trustjournal.core.i18n import translate
from trustjournal.paths import BACKUP_DIR, SIDE_SUFFIXES, building_path, keys_path
from trustjournal.storage import migrate
from trustjournal.storage.copies import JOURNAL_ID
from trustjournal.storage.database import (
    APPLICATION_ID,
    LOW_SPACE_BYTES,
    _raw_connect,
    create_journal_engine,
    create_private_file,
    writer,
)
from trustjournal.storage.errors import JournalError
from trustjournal.storage.files import fsync_dir, fsync_file

if TYPE_CHECKING:
    from trustjournal.storage.lock import ProcessLock


def build_journal_file(journal_file: Path, key: bytes | None, *,
                       use_script: bool = True) -> None:
    """Make a new, empty, migrated journal at journal_file (keyed with key, if given).
    The caller holds the journal's lock and has made sure nothing is there.

    The schema comes from new_schema's statements when they are for the newest
    revision (no SQLAlchemy or Alembic loaded); otherwise, or with use_script=False,
    from running every migration."""
    path = Path(journal_file)
    temp = build_unlinked(path, key, use_script=use_script)
    try:
        _link_into_place(temp, path)
    finally:
        _remove(temp)
    fsync_dir(path.parent)


def build_unlinked(journal_file: Path, key: bytes | None, *,
                   use_script: bool = True) -> Path:
    """Build a new, empty, migrated journal file at building_path(journal_file), flushed
    to the disk but not linked into place; returns its path. Whatever an earlier build
    left there goes first. On failure nothing is left. The caller holds the lock."""
    path = Path(journal_file)
    temp = building_path(path)
    # Left by a creation or a first import that stopped early: under the lock no process
    # is still building it, and the journal's own file never depended on it.
    _remove(temp)
    try:
        create_private_file(temp)
        journal_id = json.dumps(secrets.token_hex(16))
        if use_script and _script_is_current():
            _build_from_script(temp, key, journal_id)
        else:
            _build_with_migrations(temp, key, journal_id)
        if any(os.path.exists(f"{temp}{side}") for side in SIDE_SUFFIXES[:1]):
            raise JournalError(translate("StorageCreate",
                "The new journal could not be finished; nothing was made."))
        fsync_file(temp)
    except BaseException as exc:
        _remove(temp)
        if isinstance(exc, Exception) and _no_room(exc, path):
            raise JournalError(translate(
                "StorageCreate", "There is not enough room on the disk for a new journal "
                "in {folder}, so nothing was made. Free some space and try again.").format(
                folder=path.parent)) from exc
        raise
    return temp


def _no_room(error: Exception, path: Path) -> bool:
    """Whether building a new journal failed for want of space: SQLite's or the
    system's own words for it, or (when it only said it could not finish) a disk with
    next to nothing left."""
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    words = str(error).lower()
    if "disk is full" in words:
        return True
    if not isinstance(error, JournalError):
        return False
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def remove_building(journal_file: Path) -> bool:
    """Remove what a creation or first import stopped part-way left at
    building_path(journal_file) (and its SQLite side files); True if anything was there.
    Only under the journal's lock, so no process is still building it."""
    temp = building_path(Path(journal_file))
    found = any(os.path.lexists(name) for name in
                (str(temp), *(f"{temp}{side}" for side in SIDE_SUFFIXES)))
    if found:
        _remove(temp)
        fsync_dir(temp.parent)
    return found


def _script_is_current() -> bool:
    from trustjournal.storage import new_schema

    return new_schema.REVISION == migrate.HEAD


def _build_from_script(temp: Path, key: bytes | None, journal_id: str) -> None:
    """The schema at HEAD in one transaction on a bare connection, stamped as Alembic
    stamps it (tests/storage/test_new_schema.py: the same file as the migrations make)."""
    from trustjournal.storage import new_schema

    conn = _raw_connect(temp, key)
    try:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for sql in new_schema.STATEMENTS:
                conn.execute(sql)
            conn.execute("INSERT INTO alembic_version (version_num) VALUES (?)",
                         (new_schema.REVISION,))
            conn.execute(_JOURNAL_ID_ROW, (JOURNAL_ID, journal_id))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()  # the last connection's close folds the WAL into the file


def _build_with_migrations(temp: Path, key: bytes | None, journal_id: str) -> None:
    engine = create_journal_engine(temp, key)
    try:
        raw = engine.raw_connection()
        try:
            cur = raw.driver_connection.cursor()  # type: ignore[union-attr]
            cur.execute(f"PRAGMA application_id={APPLICATION_ID}")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()
        finally:
            raw.close()
        migrate.upgrade(engine)
        # Born with the id its backups carry, so a first backup need not write it
        # into the journal (on a full disk that write would outlive a failed backup).
        with writer(engine).begin() as conn:
            conn.exec_driver_sql(_JOURNAL_ID_ROW, (JOURNAL_ID, journal_id))
    finally:
        engine.dispose()  # the last connection's close folds the WAL into the file


_JOURNAL_ID_ROW = "INSERT INTO settings(key, value) VALUES (?, ?)"


def missing_folders(journal_file: Path) -> list[Path]:
    """The journal's folder and those above it that do not exist yet, deepest first:
    what opening it would create (see discard_unused_journal)."""
    missing = []
    folder = Path(journal_file).parent
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def side_files_left(path: Path) -> bool:
    """Whether any of SQLite's side files (log, shared memory, rollback journal) is
    beside path. With every connection of this process closed, one left there means
    another program still has the file open (or a close could not finish writing)."""
    return any(os.path.lexists(f"{path}{side}") for side in SIDE_SUFFIXES)


def remove_made(made: list[Path], lock: ProcessLock) -> None:
    """After a creation that failed with no journal put in place: let go of the lock and
    remove what the creation itself made, `made` as open_journal listed it: the files
    (the lock file if it made one, a key file) while the lock is still held, so none is
    another process's by then; then the folders, deepest first, each only if empty.
    Nothing that was there before is in that list, so nothing of that goes."""
    folders = [item for item in made if item.is_dir() and not item.is_symlink()]
    try:
        for item in made:
            if item not in folders and item != lock.path:
                with contextlib.suppress(OSError):
                    item.unlink()
    finally:
        _release_removing(lock, lock.path in made)
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty: whatever else is there stays


def let_go_after_failure(lock: ProcessLock, path: Path, made: list[Path]) -> None:
    """Let go of the lock after opening or making the journal at path failed. When no
    journal is in place (a creation that failed), what was made for it (`made`, see
    remove_made) goes too, before the lock does; a journal that is there stays."""
    if not made or os.path.lexists(path):
        lock.release()
    else:
        remove_made(made, lock)


def _release_removing(lock: ProcessLock, remove: bool) -> None:
    """Let go of the lock, removing its lock file first when `remove`: while still
    locked, so it is never another process's lock file (on Windows, where an open file
    cannot be removed, just after)."""
    try:
        if remove and os.name == "posix":
            with contextlib.suppress(OSError):
                lock.path.unlink()
    finally:
        lock.release()
    if remove and os.name != "posix":  # pragma: no cover - Windows: not while it is open
        with contextlib.suppress(OSError):
            lock.path.unlink()


# Where anything a person wrote or brought in is kept: a journal with a row in any of
# them is never discarded as unused.
WRITTEN_TABLES = ("entries", "revisions", "recovery", "drafts", "urges", "promises",
                  "intentions", "worries", "user_exercises")


def discard_unused_journal(journal_file: Path, made_folders: list[Path]) -> bool:
    """Remove a plain journal this process has just made and closed, when it holds
    nothing anyone wrote (a first import whose file turned out bad), with the lock file
    and the empty folders of `made_folders`; True if it was removed. Under the journal's
    lock, and only after looking: a journal with a row in any of WRITTEN_TABLES (an
    entry, a tracker record…), a key file or backups is left as it is, so nothing anyone
    wrote can go; so is one another program has open (SQLite's files beside it), which
    is not deleted from under that program."""
    from trustjournal.storage.copies import read_only
    from trustjournal.storage.lock import ProcessLock

    path = Path(journal_file)
    if not path.exists() or keys_path(path).exists() or any(
            (path.parent / BACKUP_DIR).glob("*")):
        return False
    lock = ProcessLock(path)
    lock.acquire()
    removed = False
    try:
        if side_files_left(path):
            return False  # another program has it open: it is that program's now
        with read_only(path, None) as conn:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table'")}
            if {"entries", "revisions"} - tables:
                return False  # not the journal this process made: leave it
            used = sum(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                       for name in WRITTEN_TABLES if name in tables)
        if used:
            return False
        _remove(path)
        removed = True
    finally:
        _release_removing(lock, removed)
    for folder in [path.parent / BACKUP_DIR, *made_folders]:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty: whatever else is there stays
    if path.parent.exists():
        fsync_dir(path.parent)
    return True


def _link_into_place(temp: Path, path: Path) -> None:
    try:
        os.link(temp, path)  # fails, rather than replaces, if something appeared there
    except FileExistsError:
        raise JournalError(
            translate("StorageCreate",
                "A file named {name} appeared while the new journal was being made; "
                "it was left as it is.").format(
                name=path.name)
        ) from None
    except OSError:
        # File systems without hard links (some USB sticks): the lock keeps other
        # TrustJournal processes out, so only a check right before the rename is left.
        if os.path.lexists(path):
            raise JournalError(
                translate("StorageCreate",
                    "A file named {name} appeared while the new journal was being "
                    "made; it was left as it is.").format(
                    name=path.name)
            ) from None
        os.rename(temp, path)


def _remove(temp: Path) -> None:
    for name in (str(temp), *(f"{temp}{side}" for side in SIDE_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
