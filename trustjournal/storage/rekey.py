"""Re-keying: a new random journal key each time the passphrase or recovery key changes.

Rewrapping the old key for a new passphrase is not enough: a saved copy of the old key
file plus the old passphrase (or old recovery key) would still unwrap the same key, and
so read every entry written afterwards. A re-key therefore writes the whole journal
again under a new key, in these stages (`fail_at` names one, as in convert.py):

  export   sqlcipher_export() from the journal (old key) into notes.db.convert (new key)
  verify   the copy reopened with the new key: integrity checks, same rows, fsync
  keys     the new key file written as notes.keys.next (atomically): new passphrase
           slot, new recovery slot, the new file's salt, and the old key kept sealed
           under the new one while backups still need it
  swap     os.replace(notes.db.convert → notes.db)
  commit   os.replace(notes.keys.next → notes.keys)
  backups  backups under the old key re-encrypted with the new one; the old key is
           dropped from the key file once no backup needs it

Until `swap` the journal and notes.keys are untouched; after it, the journal's salt is
the one notes.keys.next records. settle_rekey, run before a journal's key file is read,
finishes or undoes an interrupted re-key by comparing the two: there is always exactly
one key file that opens the journal.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import field
from pathlib import Path

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.paths import keys_path
from trustjournal.storage.convert import (
    _check_file,
    _copy_checked,
    _reach,
    _swap,
    clear_leftovers,
    convert_file,
    convert_path,
    reencrypt_backups,
    settle_wal,
)
from trustjournal.storage.database import key_opens
from trustjournal.storage.errors import JournalError, JournalLockedError, KeyFileError
from trustjournal.storage.files import PLAIN_HEADER, fsync_dir, read_header, remove_wiped
from trustjournal.storage.keyslots import (
    check_new_passphrase,
    new_key,
    new_key_file,
    open_retired,
    read_key_file,
    set_passphrase,
    set_recovery,
    set_retired,
    write_key_file,
)
from trustjournal.storage.lock import ProcessLock, held_here, kept_lock

REKEY_STAGES = ("export", "verify", "keys", "swap", "commit", "backups")
# progress(step, steps, what): the GUI shows it; the work cannot be cancelled halfway.
Progress = Callable[[int, int, str], None]


@lazy_dataclass
class RekeyResult:
    """The new recovery key (shown once) and the backups still under an old key."""

    recovery: str
    left: list[tuple[Path, str]] = field(default_factory=list)  # backup, why
    seconds: float = 0.0


def next_keys_path(journal_file: Path) -> Path:
    """Where a re-key writes the new key file before the journal is swapped."""
    keys = keys_path(Path(journal_file))
    return keys.with_name(keys.name + ".next")


def rekey_journal(journal_file: Path, old_key: bytes, passphrase: str, *,
                  progress: Progress | None = None, fail_at: str | None = None
                  ) -> RekeyResult:
    """Write the journal under a new random key, with passphrase in the new passphrase
    slot and a new recovery key (returned). The journal must be closed everywhere."""
    if fail_at is not None and fail_at not in REKEY_STAGES:
        raise ValueError(f"fail_at must be one of {', '.join(REKEY_STAGES)}")
    check_new_passphrase(passphrase)
    path = Path(journal_file)
    started = time.monotonic()
    step = _stepper(progress)
    # A locked window keeps the journal's lock with the journal closed: use that one.
    kept = kept_lock(path)
    lock = kept or ProcessLock(path)
    if kept is None:
        lock.acquire()
    temp = convert_path(path)
    try:
        _settle_locked(path)
        keyfile = read_key_file(keys_path(path), path.name)
        if not keyfile.holds(old_key):
            raise KeyFileError(translate("StorageRekey",
                "That key does not belong to this journal; nothing has been changed."))
        if read_header(path) == PLAIN_HEADER:
            raise JournalError(translate("StorageRekey",
                "{name} is not encrypted; nothing has been changed.").format(
                name=path.name))
        clear_leftovers(path)
        step("Checking the journal")
        settle_wal(path, old_key)
        _check_file(path, old_key)

        key = new_key()
        fresh = new_key_file(key)
        set_passphrase(fresh, key, passphrase)
        recovery = set_recovery(fresh, key)
        retired = [old_key, *open_retired(keyfile, old_key)]
        set_retired(fresh, key, retired)
        step("Writing the journal under a new key")
        _copy_checked(path, temp, old_key, key, fail_at)

        fresh.db_salt = read_header(temp).hex()
        write_key_file(next_keys_path(path), fresh)
        _reach("keys", fail_at)
        step("Putting the new journal in place")
        _swap(path, temp, wipe_old=False)
        _reach("swap", fail_at)
        os.replace(next_keys_path(path), keys_path(path))
        fsync_dir(path.parent)
        _reach("commit", fail_at)

        step("Re-encrypting the backups")
        left = reencrypt_backups(path, retired, key)
        _drop_unneeded(path, key)
        _reach("backups", fail_at)
        step("Done")
    except BaseException:
        with contextlib.suppress(OSError, JournalError):
            _settle_locked(path)
        with contextlib.suppress(OSError):
            if temp.exists():
                remove_wiped(temp)
        raise
    finally:
        if kept is None:
            lock.release()
    return RekeyResult(recovery, left, time.monotonic() - started)


def _stepper(progress: Progress | None) -> Callable[[str], None]:
    count = [0]

    def step(what: str) -> None:
        count[0] += 1
        if progress is not None:
            progress(count[0], 5, what)

    return step


def settle_rekey(journal_file: Path) -> None:
    """Finish or undo a re-key that was interrupted (see the module notes). Writes only
    when one was; skipped while any process, this one included, has the journal open."""
    path = Path(journal_file)
    if not next_keys_path(path).exists() or held_here(path) is not None:
        return
    lock = ProcessLock(path)
    try:
        lock.acquire()
    except JournalLockedError:
        return  # the re-key may be running there right now
    try:
        _settle_locked(path)
    finally:
        lock.release()


def _settle_locked(path: Path) -> None:
    pending = next_keys_path(path)
    if not pending.exists():
        return
    salt = read_header(path).hex()
    try:
        fresh = read_key_file(pending, path.name)
    except KeyFileError:
        fresh = None
    if fresh is not None and fresh.db_salt == salt:
        os.replace(pending, keys_path(path))  # the journal is already the new file
    else:
        try:
            current = read_key_file(keys_path(path), path.name)
        except KeyFileError:
            current = None
        if current is None or current.db_salt not in (None, salt):
            # Neither key file is known to fit: remove nothing that might be the key.
            return
        pending.unlink()  # the swap never happened: notes.keys still opens the journal
        with contextlib.suppress(OSError):
            convert_path(path).unlink(missing_ok=True)
    fsync_dir(path.parent)


def drop_unneeded_retired(journal_file: Path, key: bytes) -> None:
    """Remove from the key file the old keys no remaining backup needs."""
    path = Path(journal_file)
    _drop_unneeded(path, key)


def _drop_unneeded(path: Path, key: bytes) -> None:
    keyfile = read_key_file(keys_path(path), path.name)
    if not keyfile.retired:
        return
    old_keys = open_retired(keyfile, key)
    folder = path.parent / "backups"
    encrypted = [p for p in folder.glob("*.db") if p.is_file()
                 and read_header(p) not in (b"", PLAIN_HEADER)] if folder.is_dir() else []
    # A backup the current key does not open may need an old key; one that no key
    # opens (damaged at its start) might need any of them, so all are kept for it.
    strangers = [p for p in encrypted if not key_opens(p, key)]
    needed = [k for k in old_keys if any(key_opens(p, k) for p in strangers)]
    if any(not any(key_opens(p, k) for k in old_keys) for p in strangers):
        needed = old_keys
    if needed != old_keys:
        set_retired(keyfile, key, needed)
        write_key_file(keys_path(path), keyfile)


def remove_old_backups(journal_file: Path, key: bytes, backups: list[Path]) -> list[Path]:
    """Remove backups a re-key could not re-encrypt (the person agreed), then drop the
    old keys no remaining backup needs. A backup the current key opens is never removed
    here. Returns what was removed."""
    path = Path(journal_file)
    folder = (path.parent / "backups").resolve()
    removed = []
    for backup in backups:
        backup = Path(backup)
        if backup.resolve().parent != folder or not backup.is_file() or key_opens(backup, key):
            continue
        for side in ("", "-wal", "-journal", "-shm"):
            Path(str(backup) + side).unlink(missing_ok=True)
        removed.append(backup)
    if removed:
        fsync_dir(folder)
    _drop_unneeded(path, key)
    return removed


def finish_pending(path: Path, key: bytes) -> None:
    """After an encrypted journal opens: tidy what interrupted work left behind (plain
    leftovers are overwritten and removed, plain backups encrypted, backups still under
    a retired key re-encrypted). Best effort; never stops the journal opening."""
    from trustjournal.storage.database import DriverDatabaseError
    from trustjournal.storage.plaintext import sweep

    with contextlib.suppress(OSError, JournalError, DriverDatabaseError):
        clear_leftovers(path)
        sweep(path, key, remove_leftovers=True, convert=convert_file)
    with contextlib.suppress(OSError, JournalError, DriverDatabaseError):
        keyfile = read_key_file(keys_path(path), path.name)
        if keyfile.retired:
            reencrypt_backups(path, open_retired(keyfile, key), key)
            drop_unneeded_retired(path, key)
