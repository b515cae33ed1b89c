"""TrustJournal: a private, offline journal for working through trust issues."""

__version__ = "0.1.0"
APP_NAME = "TrustJournal"
# Reverse-DNS id: the desktop file, the icon and the AppStream component are named after it.
APP_ID = "io.github.trustjournal.TrustJournal"
