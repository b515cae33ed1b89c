"""Storage: the only package that imports SQLAlchemy, Alembic or sqlcipher3.

The errors are light and imported eagerly; the Journal loads on first use. Its everyday
path (open, read, write, check, close) is plain SQL on sqlcipher3 through the gateway;
SQLAlchemy, which takes longer to import than a whole Qt window takes to appear, loads
only to create or upgrade a journal.
"""

from typing import TYPE_CHECKING, Any

from trustjournal.storage.errors import (
    EntryNotFoundError,
    Interrupted,
    JournalDamagedError,
    JournalError,
    JournalLockedError,
    JournalMissingError,
    JournalNewerError,
    KeyFileError,
    NoJournalError,
    NotAFolderError,
    NotAJournalError,
    PassphraseError,
    PassphraseRefusedError,
)

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal, open_journal

__all__ = [
    "EntryNotFoundError",
    "Interrupted",
    "Journal",
    "JournalDamagedError",
    "JournalError",
    "JournalLockedError",
    "JournalMissingError",
    "JournalNewerError",
    "KeyFileError",
    "NoJournalError",
    "NotAFolderError",
    "NotAJournalError",
    "PassphraseError",
    "PassphraseRefusedError",
    "open_journal",
]


def __getattr__(name: str) -> Any:
    if name in ("Journal", "open_journal"):
        from trustjournal.storage import journal

        return getattr(journal, name)
    raise AttributeError(name)
