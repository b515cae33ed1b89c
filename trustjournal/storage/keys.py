"""Encrypted journals: unlocking, opening, re-keying and converting, inside storage.

Functions here take or return the raw key, so only storage calls them; the GUI and the
CLI go through the journal session (session.py), which keeps the key to itself.

The journal's SQLCipher key is 32 random bytes that never touch the disk unwrapped; the
key-slot file beside the journal (paths.keys_path: notes.keys) holds it sealed once for
the passphrase and once for the recovery key (see keyslots.py for the format).

Importing this module is light: is_encrypted needs only the standard library, and the
rest import argon2 and cryptography on first use, so start-up and plain journals never
load them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from trustjournal.core.i18n import translate
from trustjournal.paths import ensure_private_dir, keys_path, lock_path
from trustjournal.storage.errors import (
    JournalDamagedError,
    JournalError,
    KeyFileError,
    NotAJournalError,
    PassphraseError,
)
from trustjournal.storage.files import PLAIN_HEADER, read_header
from trustjournal.storage.lock import held_here, kept_lock

if TYPE_CHECKING:
    from collections.abc import Collection

    from trustjournal.storage.convert import DecryptLeft, EncryptResult
    from trustjournal.storage.journal import Journal
    from trustjournal.storage.keyslots import KeyFile
    from trustjournal.storage.plaintext import PlainFile
    from trustjournal.storage.rekey import Progress as RekeyProgress
    from trustjournal.storage.rekey import RekeyResult



def is_encrypted(journal_file: Path) -> bool:
    """Whether the journal needs a key: its file is not plain SQLite (or, while it is
    still empty, a key file is beside it). Reads the first 16 bytes only; never writes.

    A damaged plain file also counts as "not plain"; check_key_file (or unlock) then
    says clearly that the key file is missing, in words that cover both cases.

    Safe to call while the journal is open in this process: it then answers from the
    open journal instead of reading the file (see lock.held_here).
    """
    journal_file = Path(journal_file)
    held = held_here(journal_file)
    if held is not None and held.keyed is not None:
        return held.keyed
    header = read_header(journal_file)
    if header == PLAIN_HEADER:
        return False
    if header:
        return True
    return keys_path(journal_file).exists()


def check_key_file(journal_file: Path) -> None:
    """Raise KeyFileError if the key file is missing, damaged or clearly another journal's.

    Cheap (no key derivation): lets a caller explain the problem before asking for a
    passphrase.
    """
    journal_file = Path(journal_file)
    keyfile = _read(journal_file)
    if _salt_differs(journal_file, keyfile):
        raise _foreign(journal_file)


def create_encrypted(journal_file: Path, passphrase: str) -> tuple[Journal, str]:
    """Create a new encrypted journal and open it; returns it and the recovery key.

    The key file is written before the database so that no encrypted file ever exists
    without the key that opens it, and under the journal's lock, which open_journal
    then takes over: a creation that fails removes it before letting go of the lock.
    """
    from trustjournal.storage.create import let_go_after_failure, missing_folders
    from trustjournal.storage.journal import open_journal, take_lock
    from trustjournal.storage.keyslots import (
        check_new_passphrase,
        new_key,
        new_key_file,
        set_passphrase,
        set_recovery,
        write_key_file,
    )

    check_new_passphrase(passphrase)
    path = Path(journal_file)
    keys = keys_path(path)
    _refuse_taken(path)
    made = missing_folders(path)  # taken away again, when empty, if nothing is made
    ensure_private_dir(path.parent)
    new_lock_file = not os.path.lexists(lock_path(path))
    try:
        # One this process keeps (see lock.kept_lock) is taken over, as open_journal does.
        lock = kept_lock(path) or take_lock(path)
        lock.in_use = True
    except BaseException:
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    # What this call makes, listed as open_journal lists what it makes (files first,
    # then folders): the key file only from the moment it may be written.
    made = [*([lock.path] if new_lock_file else []), *made]
    try:
        _refuse_taken(path)  # asked again under the lock: nothing appeared meanwhile
        key = new_key()
        keyfile = new_key_file(key)
        set_passphrase(keyfile, key, passphrase)
        recovery = set_recovery(keyfile, key)
        made.insert(0, keys)
        write_key_file(keys, keyfile)
        lock.in_use = False  # kept for open_journal, which takes it over
        journal = open_journal(path, create=True, key=key, also_made=made)
    except BaseException:
        if lock.held:  # not taken over by open_journal, or it stopped as it returned
            # A journal built and then stopped (a Ctrl-C as open_journal returned) stays
            # with its key file; with none in place, what this call made goes.
            let_go_after_failure(lock, path, made)
        raise
    try:
        keyfile.db_salt = read_header(path).hex()
        write_key_file(keys, keyfile)
    except BaseException:
        journal.close()
        raise
    return journal, recovery


def _refuse_taken(path: Path) -> None:
    """Refuse to make a journal where one, its key file or its backups already are."""
    from trustjournal.storage.presence import journal_exists

    keys = keys_path(path)
    if os.path.lexists(path):
        raise JournalError(translate("StorageKeys",
            "There is already a journal at {path}; nothing has been changed.").format(
            path=path))
    if keys.exists():
        raise KeyFileError(
            translate("StorageKeys",
                "There is already a key file ({name}) in {parent}, without a journal."
                " Move it somewhere else if you want to start a new journal here; "
                "nothing has been changed.").format(
                name=keys.name, parent=path.parent)
        )
    journal_exists(path)  # refuses a folder whose journal file went missing (backups)


def unlock(journal_file: Path, passphrase: str) -> bytes:
    """The journal key for this passphrase; PassphraseError if it is wrong. Never writes."""
    from trustjournal.storage.keyslots import open_passphrase

    return _open_slot(Path(journal_file), open_passphrase, passphrase)


def unlock_with_recovery(journal_file: Path, recovery_key: str) -> bytes:
    """The journal key for this recovery key; PassphraseError if it is wrong. Never writes."""
    from trustjournal.storage.keyslots import open_recovery

    return _open_slot(Path(journal_file), open_recovery, recovery_key)


def _open_slot(journal_file: Path, opener: Callable[[KeyFile, str], bytes], secret: str
               ) -> bytes:
    keyfile = _read(journal_file)
    try:
        return opener(keyfile, secret)
    except PassphraseError:
        if _salt_differs(journal_file, keyfile):
            raise _foreign(journal_file) from None
        raise


def open_encrypted(journal_file: Path, key: bytes, *, verify: bool = True) -> Journal:
    """Open an encrypted journal with its key (from unlock); like open_journal otherwise.

    A key that does not open the file is reported as a key file of another journal or
    as damage, never as a new file; nothing is written to a file that failed to open.
    """
    from trustjournal.storage.journal import open_journal
    from trustjournal.storage.rekey import finish_pending

    path = Path(journal_file)
    keyfile = _read(path)
    if not keyfile.holds(key):
        raise KeyFileError(
            translate("StorageKeys",
                "That key does not belong to this journal's key file; nothing has "
                "been changed.")
        )
    if held_here(path) is None and read_header(path) == PLAIN_HEADER:
        raise JournalError(translate("StorageKeys",
            "{name} is not encrypted; open it without a passphrase.").format(
            name=path.name))
    try:
        journal = open_journal(path, create=False, key=key, verify=verify)
    except NotAJournalError:
        from trustjournal.storage.database import key_opens

        if key_opens(path, key):
            raise
        if keyfile.db_salt is None or _salt_differs(path, keyfile):
            raise _foreign(path) from None
        # The key file is this journal's and unwraps the right key: the file is damaged.
        raise JournalDamagedError(
            translate("StorageKeys",
                "{name} is damaged: its key is right, but its first page cannot be "
                "read. It has not been changed; restore a backup.").format(
                name=path.name)
        ) from None
    finish_pending(path, key)
    return journal


def change_passphrase(journal_file: Path, key: bytes, new_passphrase: str, *,
                      progress: RekeyProgress | None = None) -> RekeyResult:
    """Re-key the journal (a new random key, see rekey.py) under a new passphrase; the
    recovery key is new too (result.recovery): the old one could not open the new key.
    The journal must be closed; JournalLockedError if it is open anywhere."""
    from trustjournal.storage.rekey import rekey_journal

    with _sqlite_trouble(translate(
        "StorageKeys", "The journal could not be changed: SQLite reported “{error}” "
        "(a full disk, for example). Your journal is whole; try again once the cause "
        "is fixed.")):
        return rekey_journal(Path(journal_file), key, new_passphrase, progress=progress)


def new_recovery_key(journal_file: Path, key: bytes, passphrase: str, *,
                     progress: RekeyProgress | None = None) -> RekeyResult:
    """Re-key the journal with a new recovery key (result.recovery); the passphrase
    stays the same words. The old recovery key, even with a saved copy of the old key
    file, no longer opens anything written from now on."""
    import hmac  # here: with OpenSSL behind it, it is slow to load for every start

    from trustjournal.storage.keyslots import open_passphrase
    from trustjournal.storage.rekey import rekey_journal

    path = Path(journal_file)
    if not hmac.compare_digest(open_passphrase(_read(path), passphrase), key):
        raise KeyFileError(translate("StorageKeys",
            "That passphrase does not belong to this key; nothing has been changed."))
    with _sqlite_trouble(translate(
        "StorageKeys", "The journal could not be given a new recovery key: "
        "SQLite reported “{error}” "
        "(a full disk, for example). Your journal is whole; try again once the cause "
        "is fixed.")):
        return rekey_journal(path, key, passphrase, progress=progress)


def remove_old_backups(journal_file: Path, key: bytes, backups: list[Path]) -> list[Path]:
    """Remove backups that a re-key left under an old key (after asking the person);
    the old key leaves the key file with the last of them. Returns what was removed."""
    from trustjournal.storage.rekey import remove_old_backups as run

    return run(Path(journal_file), key, backups)


def encrypt_journal(journal_file: Path, passphrase: str, *, remove: Collection[Path] = (),
                    fail_at: str | None = None) -> EncryptResult:
    """Encrypt a plain journal that is not open anywhere; the result has the recovery
    key and what became of the other plain files in its folder.

    Backup, new file, verify, key file, atomic swap, then no plain file left: see
    convert.py for the stages that fail_at (tests only) can name. Plain files that can
    only be removed (plain_files_to_remove) must be listed in `remove`, after asking.
    """
    from trustjournal.storage.convert import encrypt_journal as run

    with _sqlite_trouble(translate(
        "StorageKeys", "The journal could not be encrypted: SQLite reported “{error}” "
        "(a full disk, for example). Your journal is whole; try again once the cause "
        "is fixed.")):
        return run(Path(journal_file), passphrase, remove=remove, fail_at=fail_at)


def plain_files_to_remove(journal_file: Path) -> list[PlainFile]:
    """The plain files beside a journal that encrypting it would overwrite and remove
    (nothing in them can be kept encrypted); ask before passing them to encrypt."""
    from trustjournal.storage.plaintext import needs_consent

    return needs_consent(Path(journal_file))


def decrypt_journal(journal_file: Path, key: bytes, *, fail_at: str | None = None
                    ) -> DecryptLeft:
    """Remove the encryption of a journal that is not open anywhere (see convert.py);
    the result names the backups still encrypted and where their key file was kept."""
    from trustjournal.storage.convert import decrypt_journal as run

    with _sqlite_trouble(translate(
        "StorageKeys", "The journal could not be decrypted: SQLite reported “{error}” "
        "(a full disk, for example). Your journal is whole; try again once the cause "
        "is fixed.")):
        return run(Path(journal_file), key, fail_at=fail_at)


# -- helpers ---------------------------------------------------------------------------


@contextlib.contextmanager
def _sqlite_trouble(message: str) -> Iterator[None]:
    """SQLite's own errors (a full disk, an I/O error) as `message` (a sentence with an
    {error} placeholder), not a traceback. Every stage of these operations is atomic, so
    the journal is whole either way."""
    from trustjournal.storage.database import DriverDatabaseError

    try:
        yield
    except DriverDatabaseError as exc:
        raise JournalError(message.format(error=exc)) from None


def _read(journal_file: Path) -> KeyFile:
    from trustjournal.storage.keyslots import read_key_file
    from trustjournal.storage.rekey import settle_rekey

    settle_rekey(journal_file)  # an interrupted re-key leaves one key file that fits
    return read_key_file(keys_path(journal_file), journal_file.name)


def _salt_differs(journal_file: Path, keyfile: KeyFile) -> bool:
    """True when the key file recorded a different journal file (SQLCipher's salt is the
    first 16 bytes of an encrypted file and stays the same for its whole life)."""
    if keyfile.db_salt is None or held_here(journal_file) is not None:
        return False  # open here: its key works, and its bytes are not to be read
    header = read_header(journal_file)
    if not header or header == PLAIN_HEADER:
        return False
    return header.hex() != keyfile.db_salt


def _foreign(journal_file: Path) -> KeyFileError:
    keys = keys_path(journal_file)
    return KeyFileError(
        translate("StorageKeys",
            "The key file {name} does not belong to {name2}: it was made for another "
            "journal (or the start of {name2} is damaged). Put back the key file that"
            " was made with this journal. Nothing has been changed.").format(
            name=keys.name, name2=journal_file.name)
    )


__all__ = [
    "change_passphrase",
    "check_key_file",
    "create_encrypted",
    "decrypt_journal",
    "encrypt_journal",
    "is_encrypted",
    "new_recovery_key",
    "open_encrypted",
    "plain_files_to_remove",
    "remove_old_backups",
    "unlock",
    "unlock_with_recovery",
]
