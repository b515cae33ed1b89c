"""Restoring a backup into a journal that is closed (and not open anywhere).

Restoring never loses the journal as it is: a journal that opens is first backed up
(`before-restore-…`); one that cannot be read is moved aside unchanged (`damaged-…`).
The backup is copied beside the journal, proven, and swapped in with one rename.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.rotation import DAMAGED, OTHER, kind_for, parse_backup_name
from trustjournal.paths import BACKUP_DIR, ensure_private_dir, keys_path
from trustjournal.storage import migrate
from trustjournal.storage.archive import (
    BackupInfo,
    backups_folder,
    copy_to_folder,
    list_backups,
    unused_path,
)
from trustjournal.storage.copies import (
    check_copy,
    fingerprint,
    read_facts,
    read_only,
    remove_copy,
)
from trustjournal.storage.damage import damage_suspected, looks_like_ours
from trustjournal.storage.database import APPLICATION_ID, DriverDatabaseError, create_private_file
from trustjournal.storage.errors import (
    BackupDamagedError,
    BackupError,
    BackupNewerError,
    ForeignBackupError,
    JournalDamagedError,
    JournalError,
    NotABackupError,
)
from trustjournal.storage.files import (
    PLAIN_HEADER,
    fsync_dir,
    fsync_file,
    read_header,
    remove_wiped,
)
from trustjournal.storage.lock import ProcessLock, held_here


@lazy_dataclass(frozen=True)
class RestoreResult:
    """What a restore did, for the message after it."""

    restored: BackupInfo
    before: BackupInfo | None  # the journal as it was, backed up first
    damaged_copy: Path | None  # the unreadable journal, moved aside unchanged
    skipped: tuple[tuple[BackupInfo, str], ...] = ()  # newer backups that could not be used



def check_backup(journal_file: Path, backup: Path, key: bytes | None) -> BackupInfo:
    """Whether backup can be restored into this journal: a TrustJournal file, healthy,
    not newer than this app, this journal's (same key; same journal id). Raises a
    BackupError with a message for the person otherwise. Only reads."""
    return _check_backup(Path(journal_file), Path(backup), key)[0]


def restore_backup(journal_file: Path, backup: Path, key: bytes | None = None
                   ) -> RestoreResult:
    """Replace the journal (closed, not open anywhere) with a backup; see the module
    notes. key is the journal's key when it is encrypted."""
    path = Path(journal_file)
    if not Path(backup).is_file():  # said before the folder is locked or touched
        raise BackupError(translate("StorageRestore",
            "There is no backup at {backup}. Nothing has been changed.").format(
            backup=backup))
    with journal_held(path):
        return _restore(path, _check_backup(path, Path(backup), key), key)


def restore_latest(journal_file: Path, key: bytes | None = None) -> RestoreResult:
    """Restore the newest backup that passes check_backup; the ones passed over are in
    the result's `skipped`, with the reason."""
    path = Path(journal_file)
    skipped: list[tuple[BackupInfo, str]] = []
    if not any(info.restorable for info in list_backups(path)):
        # Said before the folder is locked or touched: nothing here to restore from.
        raise BackupError(translate("StorageRestore",
            "There are no backups of this journal yet. Nothing has been changed."))
    with journal_held(path):
        for info in list_backups(path):
            if not info.restorable:
                continue
            try:
                checked = _check_backup(path, info.path, key)
            except BackupError as exc:
                skipped.append((info, str(exc)))
                continue
            return replace(_restore(path, checked, key), skipped=tuple(skipped))
    if skipped:
        raise BackupError(
            translate("StorageRestore",
                "None of the backups could be restored. The newest said: {skipped}").format(
                skipped=skipped[0][1])
        )
    raise BackupError(translate("StorageRestore",
        "There are no backups of this journal yet. Nothing has been changed."))


@contextlib.contextmanager
def journal_held(path: Path) -> Iterator[None]:
    """Hold the journal's process lock while its files are replaced or read."""
    held = held_here(path)
    if held is not None:
        if held.in_use:
            raise JournalError(translate("StorageRestore",
                "The journal is open; close it first. Nothing has been changed."))
        yield  # kept by a locked window in this process: still ours
        return
    ensure_private_dir(path.parent)
    lock = ProcessLock(path)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


Checked = tuple[BackupInfo, dict[str, tuple[int, int]]]


def _check_backup(path: Path, backup: Path, key: bytes | None) -> Checked:
    name = backup.name
    if not backup.is_file():
        raise BackupError(translate("StorageRestore",
            "There is no backup at {backup}. Nothing has been changed.").format(
            backup=backup))
    if path.exists() and backup.resolve() == path.resolve():
        raise BackupError(translate("StorageRestore",
            "That is the journal itself, not a backup. Nothing has been changed."))
    header = read_header(backup, 100)
    plain = header[:16] == PLAIN_HEADER
    if plain and key is not None:
        raise BackupError(
            translate("StorageRestore",
                "{name} is not encrypted, but your journal is: restoring it would "
                "remove the encryption, so it was not restored. Nothing has been changed.").format(
                name=name)
        )
    if not plain and key is None:
        if looks_like_ours(header):
            raise BackupDamagedError(translate("StorageRestore",
                "{name} is damaged: its first bytes are wrong. Nothing has been changed.").format(
                name=name))
        raise NotABackupError(
            translate("StorageRestore",
                "{name} is not a TrustJournal backup this journal can use: it is "
                "encrypted, or not a journal at all. Nothing has been changed.").format(
                name=name)
        )
    try:
        revision, entries, journal_id, expected = _inspect(backup, key, plain)
    except DriverDatabaseError:
        raise NotABackupError(translate("StorageRestore",
            "{name} cannot be read. Nothing has been changed.").format(
            name=name)) from None
    _check_belongs(path, backup, key, journal_id)
    parsed = parse_backup_name(name)
    kind, taken = (parsed.kind, parsed.taken) if parsed else (OTHER, _mtime(backup))
    info = BackupInfo(backup, kind, taken, backup.stat().st_size, revision,
                      key is not None, entries)
    return info, expected


def _inspect(backup: Path, key: bytes | None, plain: bool
             ) -> tuple[str | None, int | None, str | None, dict[str, tuple[int, int]]]:
    name = backup.name
    with read_only(backup, key) as conn:
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except DriverDatabaseError:
            if plain:
                raise NotABackupError(
                    translate("StorageRestore",
                        "{name} could not be read as a journal: it is damaged, or not"
                        " a TrustJournal backup. Nothing has been changed.").format(
                        name=name)
                ) from None
            raise ForeignBackupError(
                translate("StorageRestore",
                    "{name} cannot be opened with this journal's key: it belongs to "
                    "another journal, or it is damaged. Nothing has been changed.").format(
                    name=name)
            ) from None
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotABackupError(
                translate("StorageRestore",
                    "{name} is a database, but not a TrustJournal journal or backup. "
                    "Nothing has been changed.").format(
                    name=name)
            )
        try:
            revision, entries, journal_id = read_facts(conn)
        except DriverDatabaseError:
            raise BackupDamagedError(translate("StorageRestore",
                "{name} is damaged. Nothing has been changed.").format(
                name=name)) from None
        if revision is not None and revision not in migrate.known_revisions():
            raise BackupNewerError(
                translate("StorageRestore",
                    "{name} was made by a newer version of TrustJournal than this "
                    "one. Please update the app to restore it. Nothing has been changed.").format(
                    name=name)
            )
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if key is not None:
                problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            expected = fingerprint(conn) if problems == ["ok"] else None
        except DriverDatabaseError:
            expected = None
        if expected is None:
            raise BackupDamagedError(
                translate("StorageRestore",
                    "{name} is damaged (it fails SQLite's integrity check), so it "
                    "cannot be restored. Nothing has been changed.").format(
                    name=name)
            )
    return revision, entries, journal_id, expected


def _check_belongs(path: Path, backup: Path, key: bytes | None, backup_id: str | None) -> None:
    """The backup must carry this journal's id. An encrypted one already proved it by
    opening with this journal's key; a plain one is compared with the journal, or with
    the other backups when the journal cannot be read."""
    known = _known_ids(path, key, exclude=backup)
    if not known:
        return
    if backup_id is not None and backup_id not in known:
        raise ForeignBackupError(
            translate("StorageRestore",
                "{name} is a backup of another journal, not of this one. "
                "Nothing has been changed.").format(
                name=backup.name)
        )
    inside = backup.resolve().parent == (path.parent / BACKUP_DIR).resolve()
    if backup_id is None and key is None and not inside:
        raise ForeignBackupError(
            translate("StorageRestore",
                "{name} carries no journal id (it is older than that), and it is not "
                "in this journal's backups folder, so TrustJournal cannot tell "
                "whether it belongs to this journal. Put it in {value} to restore it "
                "anyway. Nothing has been changed.").format(
                name=backup.name, value=path.parent / BACKUP_DIR)
        )


def _known_ids(path: Path, key: bytes | None, exclude: Path) -> set[str]:
    if path.exists() and damage_suspected(path) is None:
        with contextlib.suppress(DriverDatabaseError), read_only(path, key) as conn:
            journal_id = read_facts(conn)[2]
            if journal_id:
                return {journal_id}
    ids = set()
    candidates = [b for b in list_backups(path)
                  if b.restorable and b.encrypted == (key is not None) and b.path != exclude]
    for info in candidates[:5]:
        with contextlib.suppress(DriverDatabaseError), read_only(info.path, key) as conn:
            journal_id = read_facts(conn)[2]
            if journal_id:
                ids.add(journal_id)
    return ids


def _restore(path: Path, checked: Checked, key: bytes | None) -> RestoreResult:
    info, expected = checked
    folder = backups_folder(path)
    temp = path.with_name(path.name + ".restore")
    if temp.exists():
        remove_wiped(temp)
    # 1. The new journal file, copied and proven before the journal is touched.
    create_private_file(temp)
    try:
        with open(info.path, "rb") as src, open(temp, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
        check_copy(temp, key, expected)
        # 2. The journal as it is: backed up if it can be read, else moved aside whole.
        before = damaged = None
        if path.exists():
            if _readable(path, key):
                before = _backup_current(path, key, folder)
            else:
                damaged = _move_aside(path, folder)
        # 3. Its write-ahead log is in `before` (or moved aside): it must not be replayed
        # into the restored file.
        for side in ("-wal", "-shm"):
            leftover = path.with_name(path.name + side)
            if leftover.exists():
                remove_copy(leftover, key)
        # 4. The swap. The key file forgets the old file's salt first, so a crash
        # between the two steps never leaves a key file that looks like another journal's.
        if key is not None:
            _set_salt(path, None)
        os.replace(temp, path)
        fsync_dir(path.parent)
        if key is not None:
            _set_salt(path, read_header(path).hex())
    except BaseException:
        with contextlib.suppress(OSError):
            remove_copy(temp, key)
        raise
    # 5. Checked once more where it now lives.
    try:
        check_copy(path, key, expected)
    except JournalError:
        kept = before.path if before else damaged
        raise JournalDamagedError(
            "The restored journal did not pass its check. The journal as it was before is "
            f"kept in {kept}." if kept else "The restored journal did not pass its check."
        ) from None
    return RestoreResult(info, before, damaged)


def _readable(path: Path, key: bytes | None) -> bool:
    """Whether the journal opens and passes its integrity check (read-only)."""
    if path.stat().st_size == 0 or damage_suspected(path) is not None:
        return False
    try:
        with read_only(path, key) as conn:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return False
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except DriverDatabaseError:
        return False
    return problems == ["ok"]


def _backup_current(path: Path, key: bytes | None, folder: Path) -> BackupInfo:
    with read_only(path, key) as conn:
        return copy_to_folder(conn, folder, kind_for("restore"), key, None)


def _move_aside(path: Path, folder: Path) -> Path:
    """Move an unreadable journal (and its write-ahead log) into backups/ unchanged."""
    target = unused_path(folder, DAMAGED, dt.datetime.now().replace(microsecond=0), None)
    _move(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        _move(wal, target.with_name(target.name + "-wal"))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    fsync_dir(folder)
    fsync_dir(path.parent)
    return target


def _move(source: Path, target: Path) -> None:
    try:
        os.rename(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        # backups/ on another file system: a flushed copy; the original is replaced later.
        create_private_file(target)
        shutil.copyfile(source, target)
        fsync_file(target)


def _set_salt(path: Path, salt: str | None) -> None:
    from trustjournal.storage.keyslots import read_key_file, write_key_file

    keys = keys_path(path)
    if keys.exists():
        keyfile = read_key_file(keys, path.name)
        keyfile.db_salt = salt
        write_key_file(keys, keyfile)


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


__all__ = ["RestoreResult", "check_backup", "journal_held", "restore_backup", "restore_latest"]
