"""Storage: the only package that imports SQLAlchemy, Alembic or sqlcipher3."""

from trustjournal.storage.errors import (
    JournalDamagedError,
    JournalError,
    JournalLockedError,
    JournalNewerError,
    NotAJournalError,
)
from trustjournal.storage.journal import Journal, open_journal

__all__ = [
    "Journal",
    "JournalDamagedError",
    "JournalError",
    "JournalLockedError",
    "JournalNewerError",
    "NotAJournalError",
    "open_journal",
]
