"""Errors the storage layer raises; their messages are safe to show (no entry text)."""

from pathlib import Path


class JournalError(Exception):
    """Something is wrong with a journal; str(error) is a message for the user."""


class NotAJournalError(JournalError):
    """The file exists but is not a TrustJournal journal (or its first page is damaged)."""


class JournalDamagedError(JournalError):
    """The file is a journal but fails its integrity check."""


class NoJournalError(JournalError):
    """There is no journal in the folder at all, and the command does not create one."""


class NotAFolderError(JournalError):
    """The journal's folder, or one above it, is a file: nothing can be kept there.
    `path` is that file (left as it is)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class JournalMissingError(JournalDamagedError):
    """The journal file is gone, but its key file or backups show a journal lived here."""


class JournalLockedError(JournalError):
    """Another TrustJournal process has this journal open."""


class JournalInUseError(JournalError):
    """Another program (not TrustJournal: it takes no lock) has the journal file open,
    so it is neither replaced nor removed now."""


class JournalNewerError(JournalError):
    """The journal was written by a newer TrustJournal than this one."""


class EntryNotFoundError(JournalError):
    """No entry with that id."""


class TrackerNotFoundError(EntryNotFoundError):
    """No tracker record (urge, promise, intention, worry) with that id."""


class PassphraseError(JournalError):
    """The passphrase or recovery key does not unlock this journal."""


class PassphraseRefusedError(JournalError):
    """A new passphrase that cannot be used (for instance an empty one)."""


class KeyFileError(JournalError):
    """The key-slot file of an encrypted journal is missing, damaged or not this journal's."""


class Interrupted(JournalError):
    """A long read (a check, a backup) was stopped on purpose, from another thread
    (Journal.interrupt); nothing was changed and the journal is as it was."""


class BackupError(JournalError):
    """A backup could not be made, or a file cannot be restored; nothing was changed."""


class BackupCheckError(BackupError):
    """A new backup did not match the journal when checked, so it was not kept."""


class NotABackupError(BackupError):
    """The file to restore is not a TrustJournal journal or backup."""


class ForeignBackupError(BackupError):
    """The backup belongs to another journal (another id, or another key)."""


class BackupNewerError(BackupError):
    """The backup was written by a newer TrustJournal than this one."""


class BackupDamagedError(BackupError):
    """The backup itself fails its integrity check."""


def damaged_message(path: Path) -> str:
    """What to say about a journal file that fails SQLite's check."""
    return (
        f"{path.name} is damaged (SQLite's check failed). It has not been changed; "
        "restore a backup or open it read-only to export what is readable."
    )
