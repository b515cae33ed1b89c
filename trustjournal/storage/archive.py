"""The backups folder of a journal: listing it, making backups, and rotating them.

Backups live in `backups/` beside the journal (0700; every file 0600). Each one is made
with SQLite's online backup API (copies.py), checked row for row against the journal as
it was at that moment, flushed, and only then given its name (core/rotation.py says
which). Backups of an encrypted journal are encrypted with the journal's key, which the
journal's gateway applies without handing it out.

Restoring one is restore.py; telling a damaged journal is damage.py; copying what can
still be read out of a damaged journal is salvage.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.rotation import (
    DAMAGED,
    OTHER,
    SETTING,
    Rotation,
    Stamp,
    automatic_due,
    backup_name,
    kind_for,
    kind_for_automatic,
    kind_label,
    parse_backup_name,
    rotation_from_setting,
    to_delete,
)
from trustjournal.paths import BACKUP_DIR, ensure_private_dir
from trustjournal.storage import migrate
from trustjournal.storage.copies import (
    JOURNAL_ID,
    Keying,
    copy_database,
    is_keyed,
    read_facts,
    read_only,
)
from trustjournal.storage.database import DriverDatabaseError
from trustjournal.storage.errors import JournalDamagedError, JournalError, damaged_message
from trustjournal.storage.files import PLAIN_HEADER, fsync_dir, read_header

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal

NOTHING_CHANGED = "Nothing has been changed."


@lazy_dataclass(frozen=True)
class BackupInfo:
    """One file in the backups folder, as its name and size describe it."""

    path: Path
    kind: str
    taken: dt.datetime  # local time
    size: int  # bytes (with a damaged file's write-ahead log)
    revision: str | None  # the journal format (Alembic revision) it was made with
    encrypted: bool
    entries: int | None = None  # known when it was just made, or after add_entry_counts

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    @property
    def restorable(self) -> bool:
        return self.kind != DAMAGED


def backups_folder(journal_file: Path) -> Path:
    """The journal's backups folder (created private if missing)."""
    return ensure_private_dir(Path(journal_file).parent / BACKUP_DIR)


# -- listing ---------------------------------------------------------------------------


def list_backups(journal_file: Path) -> list[BackupInfo]:
    """Every backup of the journal, newest first. Reads names, sizes and 16 header bytes;
    opens nothing, so it is quick and needs no key (entries stays None)."""
    folder = Path(journal_file).parent / BACKUP_DIR
    if not folder.is_dir():
        return []
    found = []
    order: dict[Path, tuple[dt.datetime, int, int, str]] = {}
    for path in folder.glob("*.db"):
        try:
            if not path.is_file():
                continue
            stat = path.stat()
            size = stat.st_size
            wal = path.with_name(path.name + "-wal")
            if wal.exists():
                size += wal.stat().st_size
        except OSError:
            continue
        parsed = parse_backup_name(path.name)
        if parsed is None:
            kind, revision, n = OTHER, None, 1
            taken = dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
        else:
            kind, taken, revision, n = parsed.kind, parsed.taken, parsed.revision, parsed.n
        encrypted = read_header(path) != PLAIN_HEADER
        found.append(BackupInfo(path, kind, taken, size, revision, encrypted))
        order[path] = (taken, n, stat.st_mtime_ns, path.name)  # same second: the later
    found.sort(key=lambda b: order[b.path], reverse=True)
    return found


def add_entry_counts(backups: list[BackupInfo], keying: Keying) -> list[BackupInfo]:
    """The same list with `entries` filled in where the file opens (keyed like the
    journal: its gateway, or None for a plain one); read-only, one small query each."""
    keyed = is_keyed(keying)
    counted = []
    for info in backups:
        if info.entries is None and info.restorable and info.encrypted == keyed:
            with contextlib.suppress(DriverDatabaseError, OSError), \
                    read_only(info.path, keying) as conn:
                info = replace(info, entries=read_facts(conn)[1])
        counted.append(info)
    return counted


def counted_backups(journal: Journal) -> list[BackupInfo]:
    """The open journal's backups, newest first, with their entry counts (the ones made
    with its key or, for a plain journal, the plain ones)."""
    return add_entry_counts(list_backups(journal.path), _gateway_of(journal))


# -- making ----------------------------------------------------------------------------


def make_backup(journal: Journal, reason: str, *, now: dt.datetime | None = None) -> BackupInfo:
    """A checked backup of the open journal; reason is daily/weekly/monthly/manual or one
    word for a "before" backup ("import" → before-import-…). JournalDamagedError if the
    journal fails its quick check (nothing is written then); BackupCheckError if the copy
    does not match the journal (no file is left)."""
    kind = kind_for(reason)
    _refuse_damaged(journal)
    return _make_backup(journal, kind, now)


def _refuse_damaged(journal: Journal) -> None:
    """SQLite's quick check first, before anything is written to the journal: a damaged
    one is never copied over a good backup's place, nor given a journal id."""
    if journal.integrity_problems(quick=True):
        raise JournalDamagedError(damaged_message(journal.path))


def _make_backup(journal: Journal, kind: str, now: dt.datetime | None) -> BackupInfo:
    folder = backups_folder(journal.path)
    _ensure_journal_id(journal)
    gateway = _gateway_of(journal)
    source = gateway.connect()
    try:
        return copy_to_folder(source, folder, kind, gateway, now)
    finally:
        source.close()


def copy_to_folder(source: Any, folder: Path, kind: str, keying: Keying,
                   now: dt.datetime | None) -> BackupInfo:
    """A checked copy of the database behind `source`, named as a backup of `kind`."""
    taken = (now or dt.datetime.now()).replace(microsecond=0)
    cur = source.cursor()
    try:
        revision = migrate.current_revision(cur)
    finally:
        cur.close()
    target = unused_path(folder, kind, taken, revision)
    facts = copy_database(source, target, keying, compare_rows=True)
    return BackupInfo(target, kind, taken, target.stat().st_size, revision,
                      is_keyed(keying), facts.entries)


def rotate_backups(journal_file: Path, rotation: Rotation,
                   now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups the rotation no longer keeps (core.rotation.to_delete)."""
    now = now or dt.datetime.now()
    backups = list_backups(journal_file)
    doomed = set(to_delete([Stamp(b.name, b.kind, b.taken) for b in backups], now, rotation))
    removed = []
    for info in backups:
        if info.name in doomed:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
                removed.append(info.path)
    if removed:
        fsync_dir(removed[0].parent)
    return removed


def daily_backup_if_due(journal: Journal, *, now: dt.datetime | None = None
                        ) -> BackupInfo | None:
    """The automatic backup: at most one per calendar day, then rotation by the journal's
    setting. None when today's exists already, or the journal has no entries yet."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    stamps = [Stamp(b.name, b.kind, b.taken) for b in list_backups(journal.path)]
    if not automatic_due(stamps, now):
        return None
    _refuse_damaged(journal)
    if journal.count_entries() + journal.count_entries(trashed=True) == 0:
        return None
    info = _make_backup(journal, kind_for_automatic(stamps, now), now)
    rotate_backups(journal.path, rotation_from_setting(journal.get_setting(SETTING)), now)
    return info


# -- helpers ---------------------------------------------------------------------------


def _gateway_of(journal: Journal) -> Any:
    gateway = journal._gateway  # storage-internal: backups copy through the journal's gateway
    if gateway is None or gateway.closed:
        raise JournalError(translate("StorageArchive", "The journal is closed."))
    return gateway


def _ensure_journal_id(journal: Journal) -> None:
    """Give the journal an id (kept in its settings, so every copy carries it), which
    tells its backups from another journal's."""
    if not isinstance(journal.get_setting(JOURNAL_ID), str):
        journal.set_setting(JOURNAL_ID, secrets.token_hex(16))


def unused_path(folder: Path, kind: str, taken: dt.datetime, revision: str | None) -> Path:
    """A name for a backup of `kind` taken then that no file in folder has yet."""
    n = 1
    while True:
        candidate = folder / backup_name(kind, taken, revision, n)
        if not candidate.exists():
            return candidate
        n += 1


__all__ = [
    "BackupInfo",
    "Rotation",
    "add_entry_counts",
    "backups_folder",
    "counted_backups",
    "daily_backup_if_due",
    "list_backups",
    "make_backup",
    "rotate_backups",
]
