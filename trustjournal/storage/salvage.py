"""A readable copy of a damaged journal: every row that can still be read, in a new
journal in another folder. The damaged file is only read, through a copy of it."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.paths import JOURNAL_FILE, ensure_private_dir, keys_path
from trustjournal.storage.copies import remove_copy
from trustjournal.storage.damage import looks_like_ours, recorded_salt
from trustjournal.storage.database import DriverDatabaseError, connect_file, create_private_file
from trustjournal.storage.errors import BackupError, JournalDamagedError, JournalError
from trustjournal.storage.files import PLAIN_HEADER, read_header, remove_wiped
from trustjournal.storage.restore import journal_held
from trustjournal.storage.rowcopy import copy_rows, tables


@lazy_dataclass(frozen=True)
class SalvageReport:
    """What save_readable_copy wrote."""

    journal_file: Path  # the new journal
    entries: int  # entries in it
    unreadable: int  # places in the damaged file that could not be read
    tables: dict[str, int]  # rows copied, by table


def save_readable_copy(journal_file: Path, folder: Path, key: bytes | None = None
                       ) -> SalvageReport:
    """Copy every row that can still be read from a damaged journal into a new journal
    in `folder` (an encrypted one keeps its key: its key file is copied along). The
    damaged file is only read, through a copy of it. Leaves nothing behind on failure."""
    path = Path(journal_file)
    folder = Path(folder)
    target = folder / JOURNAL_FILE
    if folder.resolve() == path.parent.resolve():
        raise BackupError(translate("StorageSalvage",
            "Choose another folder than the journal's own."))
    if (target.exists() and target.stat().st_size > 0) or keys_path(target).exists():
        raise BackupError(translate("StorageSalvage",
            "There is already a journal in {folder}; choose an empty folder.").format(
            folder=folder))
    with journal_held(path):
        source_copy = _readable_source(path, key)
        try:
            return _salvage(path, source_copy, target, key)
        finally:
            for side in ("", "-wal", "-shm", "-journal"):
                leftover = source_copy.with_name(source_copy.name + side)
                if leftover.exists():
                    remove_wiped(leftover)


def _readable_source(path: Path, key: bytes | None) -> Path:
    """A private copy of the damaged file (and its log) to read from; first bytes that
    are known (the plain header, the salt recorded in the key file) are put back."""
    copy = path.with_name(path.name + ".salvage")
    for side in ("", "-wal"):
        src, dst = path.with_name(path.name + side), copy.with_name(copy.name + side)
        if dst.exists():
            remove_wiped(dst)
        if src.exists():
            create_private_file(dst)
            shutil.copyfile(src, dst)
    header = read_header(copy, 100)
    start = None
    if key is None and header[:16] != PLAIN_HEADER and looks_like_ours(header):
        start = PLAIN_HEADER
    elif key is not None and (salt := recorded_salt(path)) and header[:16].hex() != salt:
        start = bytes.fromhex(salt)
    if start is not None:
        with open(copy, "r+b") as handle:
            handle.write(start)
    return copy


def _salvage(path: Path, source_copy: Path, target: Path, key: bytes | None) -> SalvageReport:
    from trustjournal.storage.journal import open_journal
    from trustjournal.storage.keyslots import read_key_file, write_key_file

    source = connect_file(source_copy, key)
    try:
        try:
            source.execute("PRAGMA cell_size_check=ON")
            source.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            source_tables = tables(source)
        except DriverDatabaseError:
            raise JournalDamagedError(
                translate("StorageSalvage",
                    "Nothing could be read from {name}: even its list of contents is "
                    "damaged. Restoring a backup is the way back.").format(
                    name=path.name)
            ) from None
        ensure_private_dir(target.parent)
        made = [target, *(target.with_name(target.name + s) for s in ("-wal", "-shm", ".lock"))]
        keys = keys_path(target)
        try:
            if key is not None:
                keyfile = read_key_file(keys_path(path), path.name)
                keyfile.db_salt = None
                write_key_file(keys, keyfile)
                made.append(keys)
            open_journal(target, create=True, key=key).close()
            if key is not None:
                keyfile.db_salt = read_header(target).hex()
                write_key_file(keys, keyfile)
            copied, unreadable = copy_rows(source, source_tables, target, key)
            journal = open_journal(target, create=False, key=key)
            try:
                entries = journal.count_entries() + journal.count_entries(trashed=True)
                if journal.integrity_problems():
                    raise JournalError(translate("StorageSalvage",
                        "The readable copy did not pass its own check."))
            finally:
                journal.close()
        except BaseException:
            for created in made:
                with contextlib.suppress(OSError):
                    remove_copy(created, key)
            raise
    finally:
        source.close()
    return SalvageReport(target, entries, unreadable, copied)


__all__ = ["SalvageReport", "save_readable_copy"]
