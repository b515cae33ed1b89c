"""One journal session: probe, unlock, open, lock, convert and close, for the window's
gate and for the command line alike (headless, no Qt).

A session is about one journal file. Unlocking keeps the journal's raw key inside the
session (name-mangled, never returned); every step that needs it — opening, restoring
a backup, saving a readable copy, re-keying, converting — is a method here, so neither
the GUI nor the CLI ever holds key bytes. Each method is the same sequence of storage
calls the gate and the CLI used to make themselves, with the same messages.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.storage.errors import JournalError, JournalLockedError, JournalMissingError

if TYPE_CHECKING:
    from trustjournal.storage.archive import BackupInfo
    from trustjournal.storage.convert import DecryptLeft, EncryptResult
    from trustjournal.storage.journal import Journal
    from trustjournal.storage.plaintext import PlainFile
    from trustjournal.storage.rekey import Progress, RekeyResult
    from trustjournal.storage.restore import RestoreResult
    from trustjournal.storage.salvage import SalvageReport

NEW, PLAIN, ENCRYPTED, DAMAGED = "new", "plain", "encrypted", "damaged"
LOCKED, NEWER = "locked", "newer"


@lazy_dataclass(frozen=True)
class Probe:
    """What is at a journal's path; `reason` says why for DAMAGED, LOCKED and NEWER."""

    kind: str
    reason: str | None = None


class JournalSession:
    """One journal file, from the first look at it until it is closed."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.journal: Journal | None = None
        self.__key: bytes | None = None

    @classmethod
    def around(cls, journal: Journal) -> JournalSession:
        """A session for a journal that is already open (it keeps the journal's key, so
        the journal can be restored, re-keyed or opened again after it closes)."""
        session = cls(journal.path)
        session.journal = journal
        session.__key = journal._gateway.key_for_session()
        return session

    def __repr__(self) -> str:  # never the key
        return f"JournalSession({str(self.path)!r}, unlocked={self.unlocked})"

    @property
    def unlocked(self) -> bool:
        """Whether the session holds the journal's key (an encrypted journal)."""
        return self.__key is not None

    # -- looking ---------------------------------------------------------------------

    def probe(self) -> Probe:
        """Nothing yet (NEW), a PLAIN or ENCRYPTED journal, a DAMAGED one, one open in
        another process (LOCKED) or one a newer TrustJournal wrote (NEWER, known for a
        plain journal; an encrypted one says so once unlocked). Cheap; writes nothing."""
        from trustjournal.storage.damage import damage_suspected
        from trustjournal.storage.keys import check_key_file, is_encrypted
        from trustjournal.storage.lock import check_not_open_elsewhere
        from trustjournal.storage.presence import journal_exists

        path = self.path
        try:
            if not journal_exists(path):
                return Probe(NEW)  # nothing of a journal here: the first run
        except JournalMissingError as exc:  # its key file or backups are here
            return Probe(DAMAGED, str(exc))
        try:
            check_not_open_elsewhere(path)  # said at once, not after a passphrase
        except JournalLockedError as exc:
            return Probe(LOCKED, str(exc))
        reason = damage_suspected(path)  # cheap: size, first bytes, key file and backups
        if reason:
            return Probe(DAMAGED, reason)
        if is_encrypted(path):
            check_key_file(path)  # a missing or damaged key file is said before any prompt
            return Probe(ENCRYPTED)
        newer = _newer_than_this_app(path)
        if newer:
            return Probe(NEWER, newer)
        return Probe(PLAIN)

    def damage(self) -> str | None:
        """Why the file looks damaged (damage.damage_suspected), or None."""
        from trustjournal.storage.damage import damage_suspected

        return damage_suspected(self.path)

    def needs_key(self) -> bool:
        """Whether opening or restoring this journal needs its passphrase (a plain
        journal with damaged first bytes does not)."""
        from trustjournal.storage.damage import journal_needs_key

        return journal_needs_key(self.path)

    def is_encrypted(self) -> bool:
        """Whether the journal file is encrypted (keys.is_encrypted)."""
        from trustjournal.storage.keys import is_encrypted

        return is_encrypted(self.path)

    def check_key_file(self) -> None:
        """KeyFileError if the key file is missing, damaged or another journal's."""
        from trustjournal.storage.keys import check_key_file

        check_key_file(self.path)

    def backups(self, *, counted: bool = False) -> list[BackupInfo]:
        """The journal's backups, newest first; counted: with entry counts where this
        session can open them (plain ones, or ones under the key it holds)."""
        from trustjournal.storage.archive import add_entry_counts, list_backups

        found = list_backups(self.path)
        return add_entry_counts(found, self.__key) if counted else found

    # -- unlocking -------------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Unwrap the key with the passphrase and keep it; PassphraseError if wrong."""
        from trustjournal.storage.keys import unlock

        self.__key = unlock(self.path, passphrase)

    def unlock_with_recovery(self, recovery_key: str) -> None:
        """Unwrap the key with the recovery key and keep it; PassphraseError if wrong."""
        from trustjournal.storage.keys import unlock_with_recovery

        self.__key = unlock_with_recovery(self.path, recovery_key)

    def unlock_damaged(self, passphrase: str) -> None:
        """Unwrap the key of a damaged journal (its first bytes may no longer match the
        key file; a restore proves the key on the backup instead)."""
        from trustjournal.storage.damage import unlock_damaged

        self.__key = unlock_damaged(self.path, passphrase)

    def check_passphrase(self, passphrase: str) -> None:
        """PassphraseError (or another JournalError) unless the passphrase opens the key
        file; keeps nothing."""
        from trustjournal.storage.keys import unlock

        unlock(self.path, passphrase)

    # -- opening and closing ---------------------------------------------------------

    def open(self, *, create: bool = False, verify: bool = True) -> Journal:
        """Open the journal: with the key this session holds, else as a plain journal
        (create=True makes a new plain one where nothing of a journal is)."""
        from trustjournal.storage.journal import open_journal
        from trustjournal.storage.keys import open_encrypted

        if self.__key is not None:
            self.journal = open_encrypted(self.path, self.__key, verify=verify)
        elif self.is_encrypted():
            # Refused before open_journal, which would let go of a lock kept by lock().
            raise JournalError(translate("StorageSession",
                "{name} is encrypted: unlock it with its passphrase first. Nothing "
                "has been changed.").format(
                name=self.path.name))
        else:
            self.journal = open_journal(self.path, create=create, verify=verify)
        return self.journal

    def create(self, passphrase: str | None) -> tuple[Journal, str | None]:
        """Make a new journal (encrypted when given a passphrase) and open it; returns it
        and the recovery key to show once (None for a plain one)."""
        if passphrase is None:
            return self.open(create=True, verify=False), None
        from trustjournal.storage.keys import create_encrypted

        journal, recovery = create_encrypted(self.path, passphrase)
        self.journal = journal
        self.__key = journal._gateway.key_for_session()
        return journal, recovery

    def lock(self) -> None:
        """Close the journal but keep this process's lock on it (no other process opens
        it meanwhile), and forget the key: opening again needs the passphrase."""
        journal, self.journal = self.journal, None
        self.__key = None
        if journal is not None:
            journal.close(keep_lock=True)

    def release(self) -> None:
        """Let go of a lock kept by lock() (the window closes while locked)."""
        from trustjournal.storage.lock import release_kept

        release_kept(self.path)

    def close(self) -> None:
        """Close the journal and its lock. The key stays, so the closed journal can be
        restored, re-keyed or converted and opened again; forget() drops it."""
        journal, self.journal = self.journal, None
        if journal is not None:
            journal.close()

    def forget(self) -> None:
        """Drop the key this session holds."""
        self.__key = None

    # -- damaged journals ------------------------------------------------------------

    def restore_latest(self) -> RestoreResult:
        """Restore the newest good backup into the closed journal (restore.py)."""
        from trustjournal.storage.restore import restore_latest

        return restore_latest(self.path, self.__key)

    def restore_backup(self, backup: Path) -> RestoreResult:
        """Restore this backup into the closed journal (restore.py)."""
        from trustjournal.storage.restore import restore_backup

        return restore_backup(self.path, Path(backup), self.__key)

    def save_readable_copy(self, folder: Path) -> SalvageReport:
        """Copy what can still be read of a damaged journal into a new journal in
        folder (salvage.py); the damaged file is only read."""
        from trustjournal.storage.salvage import save_readable_copy

        return save_readable_copy(self.path, Path(folder), self.__key)

    # -- re-keying and converting (the journal closed) -------------------------------

    def change_passphrase(self, new_passphrase: str, *,
                          progress: Progress | None = None) -> RekeyResult:
        """Re-key under a new passphrase (keys.change_passphrase); the session then
        holds the new key."""
        from trustjournal.storage.keys import change_passphrase

        result = change_passphrase(self.path, self._held_key(), new_passphrase,
                                   progress=progress)
        self.unlock(new_passphrase)
        return result

    def new_recovery_key(self, passphrase: str, *,
                         progress: Progress | None = None) -> RekeyResult:
        """Re-key with a new recovery key (keys.new_recovery_key); the session then
        holds the new key."""
        from trustjournal.storage.keys import new_recovery_key

        result = new_recovery_key(self.path, self._held_key(), passphrase, progress=progress)
        self.unlock(passphrase)
        return result

    def remove_old_backups(self, backups: list[Path]) -> list[Path]:
        """Remove backups a re-key left under an old key (after asking the person)."""
        from trustjournal.storage.keys import remove_old_backups

        return remove_old_backups(self.path, self._held_key(), backups)

    def plain_files_to_remove(self) -> list[PlainFile]:
        """Plain files beside the journal that encrypting would overwrite and remove."""
        from trustjournal.storage.keys import plain_files_to_remove

        return plain_files_to_remove(self.path)

    def encrypt(self, passphrase: str, *, remove: Collection[Path] = ()) -> EncryptResult:
        """Encrypt the plain journal (keys.encrypt_journal); the session then holds the
        new key."""
        from trustjournal.storage.keys import encrypt_journal

        result = encrypt_journal(self.path, passphrase, remove=remove)
        self.unlock(passphrase)
        return result

    def decrypt(self) -> DecryptLeft:
        """Remove the encryption (keys.decrypt_journal); the session holds no key after."""
        from trustjournal.storage.keys import decrypt_journal

        left = decrypt_journal(self.path, self._held_key())
        self.__key = None
        return left

    def _held_key(self) -> bytes:
        if self.__key is None:
            raise JournalError(translate("StorageSession",
                "The journal is not unlocked; nothing has been changed."))
        return self.__key


def _newer_than_this_app(path: Path) -> str | None:
    """The message for a plain journal a newer TrustJournal wrote, read without writing;
    None otherwise (and when the file does not read: opening says why)."""
    from trustjournal.storage import migrate
    from trustjournal.storage.copies import read_only
    from trustjournal.storage.database import DriverDatabaseError
    from trustjournal.storage.errors import JournalNewerError

    try:
        with read_only(path, None) as conn:
            cur = conn.cursor()
            try:
                if migrate.current_revision(cur) in (None, migrate.HEAD):
                    return None
                migrate.needs_upgrade(cur)
            finally:
                cur.close()
    except JournalNewerError as exc:
        return str(exc)
    except (DriverDatabaseError, OSError):
        return None
    return None


__all__ = ["DAMAGED", "ENCRYPTED", "LOCKED", "NEW", "NEWER", "PLAIN", "JournalSession",
           "Probe"]
