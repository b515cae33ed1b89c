"""Where things live on disk. The one module that decides paths."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "TRUSTJOURNAL_HOME"
# Neutral names: nothing on disk says "diary" or what the file is about.
JOURNAL_FILE = "notes.db"
BACKUP_DIR = "backups"
DRAFTS_DIR = "drafts"
# Work in progress (exports being written): private, and emptied when the journal opens.
SCRATCH_DIR = "tmp"
KEYS_SUFFIX = ".keys"
LOCK_SUFFIX = ".lock"
# SQLite's companions of a journal file (WAL mode; a rollback journal if ever made).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
CONVERT_SUFFIX = ".convert"


def default_data_dir() -> Path:
    """The user data folder from platformdirs (imported late: it is only needed here)."""
    from platformdirs import user_data_path

    return user_data_path("TrustJournal", appauthor=False, roaming=False)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins, then $TRUSTJOURNAL_HOME, then the platform's user data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def journal_path(folder: Path) -> Path:
    return folder / JOURNAL_FILE


def keys_path(journal_file: Path) -> Path:
    """The key-slot file of an encrypted journal: beside it, same stem (notes.keys)."""
    return journal_file.with_suffix(KEYS_SUFFIX)


def ensure_private_dir(folder: Path) -> Path:
    """Create a folder readable by the user only (0700); tighten it if it exists."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def building_path(journal_file: Path) -> Path:
    """Where a new journal file is built before it takes the journal's name (hidden,
    same folder): by a creation, and by a first import (storage/fill.py)."""
    return journal_file.with_name(f".{journal_file.name}.new")


def lock_path(journal_file: Path) -> Path:
    """The one-process lock file beside the journal (notes.db.lock)."""
    return journal_file.with_name(journal_file.name + LOCK_SUFFIX)


def scratch_dir(folder: Path) -> Path:
    """The data folder's private area for work in progress (not created here)."""
    return folder / SCRATCH_DIR


def private_dirs(folder: Path) -> tuple[Path, ...]:
    """The folders inside a data folder that belong to the journal."""
    return (folder / BACKUP_DIR, folder / DRAFTS_DIR, scratch_dir(folder))


def journal_files(journal_file: Path) -> tuple[Path, ...]:
    """Every file the journal keeps beside itself, present or not: the database, SQLite's
    side files, the lock, the key slots and a conversion in progress."""
    name = journal_file.name
    return (
        journal_file,
        *(journal_file.with_name(name + suffix) for suffix in SIDE_SUFFIXES),
        lock_path(journal_file),
        keys_path(journal_file),
        journal_file.with_name(name + CONVERT_SUFFIX),
    )
