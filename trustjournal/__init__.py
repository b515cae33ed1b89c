"""TrustJournal: a private, offline journal for working through trust issues."""

__version__ = "0.1.0"
APP_NAME = "TrustJournal"
