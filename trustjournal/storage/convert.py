"""Plain ↔ encrypted, done so that an interruption at any point leaves a working journal.

Each conversion holds the journal's process lock throughout and goes through named
stages; `fail_at=<stage>` raises a RuntimeError right after that stage completes (tests
use it to simulate an interruption there).

encrypt_journal — ENCRYPT_STAGES:
  backup   a copy of the plain journal in backups/ (before-encrypt-….db)
  export   sqlcipher_export() into notes.db.convert, keyed with a new random key
  verify   the copy reopened: integrity checks, same rows in every table, then fsync
  keys     the key file written (an older key file is set aside in backups/ first)
  swap     os.replace(notes.db.convert → notes.db); the old plain file is overwritten
  backups  every other plain SQLite file in the folder converted, salvaged or (agreed
           to beforehand) overwritten and removed: see plaintext.py

  Until `swap` the journal is the untouched plain file and opens as before (a plain
  header wins over a key file). From `swap` on it is encrypted and its key file is
  already in place, so the passphrase opens it; plain backups left by an interruption
  are encrypted the next time the journal is opened (finish_pending).

decrypt_journal — DECRYPT_STAGES:
  backup   an (encrypted) copy in backups/ (before-decrypt-….db)
  export   sqlcipher_export() into a plain notes.db.convert
  verify   as above
  swap     os.replace(notes.db.convert → notes.db)
  backups  encrypted copies that this key (or a key it retired) opens are re-written
           plain
  keys     the key file removed — last, so no encrypted file is left without it. If a
           backup could not be converted, the key file is kept (moved to backups/)
           instead, and the result names the backups that still need it.

  Until `swap` the journal is the untouched encrypted file with its key file. After it
  the journal is plain and opens without a passphrase; calling decrypt_journal again
  finishes the remaining stages. A plain leftover of an interrupted run is removed
  (overwritten first) by the next conversion or the next encrypted open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Collection, Iterable
from dataclasses import field
from pathlib import Path
from typing import Any

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.paths import (
    BACKUP_DIR,
    SIDE_SUFFIXES,
    building_path,
    ensure_private_dir,
    keys_path,
)
from trustjournal.storage.copies import backup_to, fingerprint
from trustjournal.storage.database import (
    APPLICATION_ID,
    DriverDatabaseError,
    connect_file,
    create_private_file,
    key_opens,
)
from trustjournal.storage.errors import (
    JournalDamagedError,
    JournalError,
    KeyFileError,
    NotAJournalError,
)
from trustjournal.storage.files import (
    PLAIN_HEADER,
    fsync_dir,
    fsync_file,
    open_for_wipe,
    read_header,
    remove_wiped,
    wipe_and_close,
)
from trustjournal.storage.gateway import Gateway
from trustjournal.storage.keyslots import (
    check_new_passphrase,
    new_key,
    new_key_file,
    open_retired,
    read_key_file,
    set_passphrase,
    set_recovery,
    write_key_file,
)
from trustjournal.storage.lock import ProcessLock
from trustjournal.storage.plaintext import (
    SweepReport,
    find_plain,
    refuse_without_consent,
    sweep,
)

ENCRYPT_STAGES = ("backup", "export", "verify", "keys", "swap", "backups")
DECRYPT_STAGES = ("backup", "export", "verify", "swap", "backups", "keys")
TARGET = "tj_convert_target"


def convert_path(path: Path) -> Path:
    """Where a conversion writes the new file: beside the old one, same folder."""
    return path.with_name(path.name + ".convert")


def is_plain_file(path: Path) -> bool:
    return read_header(path) == PLAIN_HEADER


def _reach(stage: str, fail_at: str | None) -> None:
    if stage == fail_at:
        raise RuntimeError(f"conversion stopped after the {stage!r} stage (fail_at)")


def _check_stage(fail_at: str | None, stages: tuple[str, ...]) -> None:
    if fail_at is not None and fail_at not in stages:
        raise ValueError(f"fail_at must be one of {', '.join(stages)}")


# -- copying and checking --------------------------------------------------------------


def _key_text(key: bytes | None) -> str:
    return "" if key is None else f"x'{key.hex()}'"


def export_copy(conn: Any, target: Path, target_key: bytes | None) -> None:
    """Write the whole database behind conn into a new file, keyed or plain."""
    if target.exists():
        remove_wiped(target)
    # Made private before SQLite opens it (SQLite gives its side files the same mode).
    create_private_file(target)
    conn.execute(f"ATTACH DATABASE ? AS {TARGET} KEY ?", (str(target), _key_text(target_key)))
    try:
        conn.execute(f"SELECT sqlcipher_export('{TARGET}')")
        # sqlcipher_export copies schema and rows, not these two header fields.
        for pragma in ("user_version", "application_id"):
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA {TARGET}.{pragma} = {value}")
    finally:
        conn.execute(f"DETACH DATABASE {TARGET}")


def verify_copy(target: Path, key: bytes | None, expected: dict[str, tuple[int, int]]) -> None:
    """Reopen the new file on its own and compare it with the original; then flush it."""
    try:
        conn = connect_file(target, key)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if key is not None:
                problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            same = problems == ["ok"] and fingerprint(conn) == expected
        finally:
            conn.close()
    except DriverDatabaseError:
        same = False
    if not same:
        raise JournalError(
            translate("StorageConvert",
                "The converted copy did not match the journal, so it was not used. "
                "The journal has not been changed.")
        )
    fsync_file(target)


def _check_source(conn: Any, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except DriverDatabaseError as exc:
        raise JournalDamagedError(
            translate("StorageConvert",
                "{name} could not be read, so it was not converted. It has not been "
                "changed.").format(
                name=path.name)
        ) from exc
    if app_id != APPLICATION_ID:
        raise NotAJournalError(translate("StorageConvert",
            "{name} is not a TrustJournal journal; nothing was changed.").format(
            name=path.name))
    if problems != ["ok"]:
        raise JournalDamagedError(
            translate("StorageConvert",
                "{name} fails its integrity check, so it was not converted. It has "
                "not been changed; run “trustjournal check” and restore a backup if "
                "needed.").format(
                name=path.name)
        )


def _unused_name(folder: Path, stem: str, suffix: str) -> Path:
    """stem-YYYYmmdd-HHMMSS.suffix, with -2, -3… when one is already taken this second."""
    base = f"{stem}-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}"
    candidate, n = folder / f"{base}{suffix}", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}-{n}{suffix}"
    return candidate


def _backup(path: Path, key: bytes | None, kind: str) -> Path:
    folder = ensure_private_dir(path.parent / BACKUP_DIR)
    gateway = Gateway(path, key)
    try:
        target = backup_to(gateway, _unused_name(folder, f"before-{kind}", ".db"))
    finally:
        gateway.close()
    fsync_file(target)
    fsync_dir(folder)
    return target


def settle_wal(path: Path, key: bytes | None) -> None:
    """Fold a write-ahead log left beside a closed journal into it, and overwrite the
    log's old bytes once SQLite has deleted it (SQLite removes a log without clearing
    it, and a plain journal's log holds its words). Nothing else may have it open."""
    wal = path.with_name(path.name + "-wal")
    rollback = path.with_name(path.name + "-journal")  # a hot one, from an old crash
    if not wal.exists() and not rollback.exists():
        return
    handles = [open_for_wipe(side) for side in (wal, rollback) if side.exists()]
    try:
        conn = connect_file(path, key)
        try:
            # Pages SQLite frees from here on are zeroed, not merely unlinked.
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
        finally:
            conn.close()  # the last connection: SQLite checkpoints and deletes the log
        if rollback.exists():
            # SQLite read the file and did not roll this back, so it is not hot: none of
            # it belongs to the journal any more, and it may hold its old words.
            remove_wiped(rollback)
    except DriverDatabaseError:
        pass  # _release_wal then refuses, naming the log; nothing was changed
    finally:
        for handle in handles:
            wipe_and_close(handle)


def _release_wal(path: Path) -> None:
    """No connection is open: make sure no WAL content is left that belongs to the old
    file (it must not be replayed into the new one), then drop the side files."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    rollback = path.with_name(path.name + "-journal")
    for log in (wal, rollback):
        if log.exists() and log.stat().st_size > 0:
            raise JournalError(
                translate("StorageConvert",
                    "{name} still has unsaved changes in {name2}; it was not "
                    "converted. Open and close it once, then try again. It has not "
                    "been changed.").format(
                    name=path.name, name2=log.name)
            )
    for side in (wal, shm, rollback):
        side.unlink(missing_ok=True)


def _swap(path: Path, new: Path, wipe_old: bool) -> None:
    _release_wal(path)
    old = open_for_wipe(path) if wipe_old else None
    try:
        os.replace(new, path)
        fsync_dir(path.parent)
    finally:
        wipe_and_close(old)


def convert_file(src: Path, src_key: bytes | None, dst_key: bytes | None) -> None:
    """Re-write one stand-alone file (a backup) keyed or plain, checked, then swapped."""
    tmp = convert_path(src)
    conn = connect_file(src, src_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        expected = fingerprint(conn)
        export_copy(conn, tmp, dst_key)
    finally:
        conn.close()
    try:
        verify_copy(tmp, dst_key, expected)
        _swap(src, tmp, wipe_old=src_key is None)
    except BaseException:
        remove_wiped(tmp)
        raise


@lazy_dataclass
class DecryptLeft:
    """Encrypted backups a decryption could not convert, and where their key was kept."""

    backups: list[tuple[Path, str]] = field(default_factory=list)  # file, why
    kept_keys: Path | None = None


def decrypt_backups(path: Path, keys: Iterable[bytes]) -> list[tuple[Path, str]]:
    """Re-write plain every encrypted file in backups/ that one of keys opens; returns
    the encrypted files that are left, each with the reason."""
    folder = path.parent / BACKUP_DIR
    if not folder.is_dir():
        return []
    keys = list(keys)
    left = []
    for backup in sorted(p for p in folder.glob("*.db") if p.is_file()):
        header = read_header(backup)
        if not header or header == PLAIN_HEADER:
            continue
        why = "this journal's key does not open it (another journal's, or damaged)"
        for key in keys:
            if not key_opens(backup, key):
                continue
            try:
                convert_file(backup, key, None)
            except (DriverDatabaseError, JournalError, OSError) as exc:
                why = ("it is damaged, so it could not be re-written"
                       if isinstance(exc, DriverDatabaseError | JournalError)
                       else f"it could not be re-written ({exc.strerror or exc})")
            break
        if read_header(backup) != PLAIN_HEADER:
            left.append((backup, why))
    return left


def reencrypt_backups(path: Path, old_keys: Iterable[bytes], key: bytes
                      ) -> list[tuple[Path, str]]:
    """Re-write under key every encrypted backup that one of old_keys opens; returns
    those left (each with the reason): they still need their old key."""
    folder = path.parent / BACKUP_DIR
    if not folder.is_dir():
        return []
    old_keys = [k for k in old_keys if k != key]
    left = []
    for backup in sorted(p for p in folder.glob("*.db") if p.is_file()):
        header = read_header(backup)
        if not header or header == PLAIN_HEADER:
            continue
        for old in old_keys:
            if not key_opens(backup, old):
                continue
            try:
                convert_file(backup, old, key)
            except (DriverDatabaseError, JournalError, OSError):
                left.append((backup, "it is damaged, so it could not be re-encrypted"))
            break
    return left


def clear_leftovers(path: Path) -> None:
    """Remove what an interrupted conversion may have left (overwriting it first), and
    what a creation or first import killed part-way left of its new file (see
    storage/fill.py): it is no copy of the journal to encrypt, nor to salvage from."""
    building = building_path(path)
    candidates = [convert_path(path), *path.parent.glob(f".{keys_path(path).name}.*.tmp"),
                  building, *(Path(f"{building}{side}") for side in SIDE_SUFFIXES)]
    folder = path.parent / BACKUP_DIR
    if folder.is_dir():
        candidates += folder.glob("*.convert")
    for leftover in candidates:
        with contextlib.suppress(OSError):
            remove_wiped(leftover)


# -- the two conversions ---------------------------------------------------------------


@lazy_dataclass
class EncryptResult:
    """The recovery key (shown once) and what happened to the other plain files."""

    recovery: str
    files: SweepReport

    def lines(self, folder: Path) -> list[str]:
        return self.files.lines(folder)


def encrypt_journal(path: Path, passphrase: str, *, remove: Collection[Path] = (),
                    fail_at: str | None = None) -> EncryptResult:
    """Encrypt a plain journal in place (see the module notes). Plain files beside it
    that cannot be kept encrypted (plaintext.needs_consent) are overwritten and removed
    only if listed in `remove`; otherwise nothing is done (PlainFilesError)."""
    _check_stage(fail_at, ENCRYPT_STAGES)
    check_new_passphrase(passphrase)
    path = Path(path)
    if not path.exists():
        raise JournalError(translate("StorageConvert",
            "There is no journal at {path}.").format(
            path=path))
    keys = keys_path(path)
    temp = convert_path(path)
    # The lock first: the file's bytes are read only once no one else has it open.
    lock = ProcessLock(path)
    lock.acquire()
    try:
        if not is_plain_file(path):
            raise JournalError(translate("StorageConvert",
                "{name} is already encrypted (or is not a plain journal).").format(
                name=path.name))
        refuse_without_consent(path, remove)  # before anything, leftovers included
        clear_leftovers(path)
        settle_wal(path, None)
        _check_file(path, None)
        _backup(path, None, "encrypt")
        _reach("backup", fail_at)

        key = new_key()
        keyfile = new_key_file(key)
        set_passphrase(keyfile, key, passphrase)
        recovery = set_recovery(keyfile, key)
        _copy_checked(path, temp, None, key, fail_at)

        keyfile.db_salt = read_header(temp).hex()
        if keys.exists():
            # Left by an interrupted decrypt: it may still open older encrypted backups.
            folder = ensure_private_dir(path.parent / BACKUP_DIR)
            os.replace(keys, _unused_name(folder, "before-encrypt", ".keys"))
        write_key_file(keys, keyfile)
        _reach("keys", fail_at)

        _swap(path, temp, wipe_old=True)
        _reach("swap", fail_at)

        files = sweep(path, key, remove, convert=convert_file)
        _reach("backups", fail_at)
    except BaseException:
        with contextlib.suppress(OSError):
            remove_wiped(temp)
        raise
    finally:
        lock.release()
    still = [p for p in find_plain(path)]
    if files.left or still:
        shown = [f.shown(path.parent) for f in files.left] or [str(p) for p in still]
        raise JournalError(
            "The journal itself is encrypted now, but these files beside it are still "
            "plain, readable data: " + "; ".join(shown) + ". Run encrypt's clean-up again "
            "by opening the journal, or move them somewhere safe and remove them."
        )
    return EncryptResult(recovery, files)


def _check_file(path: Path, key: bytes | None) -> None:
    """The journal to convert opens and passes its integrity check."""
    source = connect_file(path, key)
    try:
        _check_source(source, path)
    finally:
        source.close()


def _copy_checked(path: Path, temp: Path, source_key: bytes | None,
                  target_key: bytes | None, fail_at: str | None) -> None:
    """Export the journal to temp under target_key, then prove the copy holds every row."""
    source = connect_file(path, source_key)
    try:
        expected = fingerprint(source)
        export_copy(source, temp, target_key)
    finally:
        source.close()
    _reach("export", fail_at)
    verify_copy(temp, target_key, expected)
    _reach("verify", fail_at)


def decrypt_journal(path: Path, key: bytes, *, fail_at: str | None = None) -> DecryptLeft:
    """Remove encryption from a journal in place (see the module notes); returns the
    backups that are still encrypted (and where their key file was kept), if any."""
    _check_stage(fail_at, DECRYPT_STAGES)
    path = Path(path)
    if not path.exists():
        raise JournalError(translate("StorageConvert",
            "There is no journal at {path}.").format(
            path=path))
    keys = keys_path(path)
    temp = convert_path(path)
    lock = ProcessLock(path)
    lock.acquire()
    try:
        if is_plain_file(path) and not keys.exists():
            raise JournalError(translate("StorageConvert",
                "{name} is not encrypted; there is nothing to remove.").format(
                name=path.name))
        keyfile = read_key_file(keys, path.name)
        if not keyfile.holds(key):
            raise KeyFileError(
                translate("StorageConvert",
                    "That key does not belong to this journal; nothing has been "
                    "changed.")
            )
        clear_leftovers(path)
        if not is_plain_file(path):  # else an earlier run got past the swap: finish it
            settle_wal(path, key)
            _check_file(path, key)
            _backup(path, key, "decrypt")
            _reach("backup", fail_at)

            _copy_checked(path, temp, key, None, fail_at)

            _swap(path, temp, wipe_old=False)
            _reach("swap", fail_at)

        left = DecryptLeft(decrypt_backups(path, [key, *open_retired(keyfile, key)]))
        _reach("backups", fail_at)

        if left.backups:
            # Still needed: kept with the backups it opens, not beside a plain journal.
            folder = ensure_private_dir(path.parent / BACKUP_DIR)
            left.kept_keys = _unused_name(folder, "before-decrypt", ".keys")
            os.replace(keys, left.kept_keys)
            fsync_dir(folder)
        else:
            keys.unlink(missing_ok=True)
        fsync_dir(path.parent)
        _reach("keys", fail_at)
    except BaseException:
        with contextlib.suppress(OSError):
            remove_wiped(temp)
        raise
    finally:
        lock.release()
    return left
