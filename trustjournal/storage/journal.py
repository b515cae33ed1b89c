"""The Journal API that the GUI and the CLI call. Returns core values, never rows.

A Journal is composed of stores, each reaching the file through the one gateway:
`entries`, `revisions`, `exercises`, `stats`, `settings`, and `trackers` and
`own_exercises` (their calls are in storage/tracker_calls.py). Its own methods are thin
delegations kept so callers need not know which store does what. Nothing on the
everyday path (open, read, write, search, export, check, close) imports SQLAlchemy or
Alembic; they load only to create or upgrade a journal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2

from trustjournal.core.entries import (
    Change,
    Entry,
    EntryKind,
    EntrySummary,
    TimelineCursor,
    TimelinePage,
)
from trustjournal.core.i18n import translate
from trustjournal.paths import (
    SIDE_SUFFIXES,
    building_path,
    ensure_private_dir,
    keys_path,
    lock_path,
)
from trustjournal.storage import migrate, scratch
from trustjournal.storage.database import APPLICATION_ID
from trustjournal.storage.entries import EntryStore
from trustjournal.storage.errors import (
    Interrupted,
    JournalDamagedError,
    JournalError,
    NotAJournalError,
    damaged_message,
)
from trustjournal.storage.gateway import Gateway, is_interrupt
from trustjournal.storage.lock import ProcessLock, kept_lock
from trustjournal.storage.on_this_day import entries_on_this_day
from trustjournal.storage.plaintext import clear_orphans
from trustjournal.storage.presence import journal_exists, require_journal
from trustjournal.storage.revisions import RevisionStore
from trustjournal.storage.rows import utc_now
from trustjournal.storage.search import search_entries
from trustjournal.storage.settings import SettingsStore
from trustjournal.storage.tracker_calls import TrackerCalls

if TYPE_CHECKING:
    from collections.abc import Callable

    from trustjournal.core.entry_values import (
        EntryEdit,
        RecoverySnapshot,
        Revision,
        SearchHit,
        TagCount,
    )
    from trustjournal.core.exercises import Metric
    from trustjournal.core.progress.data import ProgressData
    from trustjournal.core.records import EntryRecord, EntryText, ExportFilter, Progress
    from trustjournal.core.trackers import TrackerSet
    from trustjournal.storage.archive import BackupInfo
    from trustjournal.storage.exercise_store import DraftInfo, ExerciseStore
    from trustjournal.storage.stats import StatsStore
    from trustjournal.storage.transfer import Finish, TransferStore


def _weakly(method: Callable[[str], Any]) -> Callable[[str], Any]:
    """`method`, called only while its journal lives. A store holding the bound method
    itself would keep the journal in a reference cycle until a full collection, and with
    it whatever the journal had read."""
    ref = weakref.WeakMethod(method)

    def call(reason: str) -> Any:
        bound = ref()
        if bound is None:
            raise JournalError(translate("StorageJournal", "The journal is closed."))
        return bound(reason)

    return call


class Journal(TrackerCalls):
    """An open journal file. Create with open_journal(); close when done."""

    def __init__(self, path: Path, gateway: Gateway, lock: ProcessLock) -> None:
        self.path = path
        self._gateway = gateway
        self._lock = lock
        self.entries = EntryStore(gateway, _weakly(self._backup_before))
        self.revisions = RevisionStore(gateway)
        self.settings = SettingsStore(gateway)

    # Made on first use: their core modules (exercise definitions, the Progress series)
    # take longer to import than opening a journal, and a command that lists or adds
    # entries needs neither.
    @cached_property
    def transfer(self) -> TransferStore:
        """Export and import (made on first use: a search or a list needs neither)."""
        from trustjournal.storage.transfer import TransferStore

        return TransferStore(self._gateway, self.path, _weakly(self._backup_as))

    @cached_property
    def exercises(self) -> ExerciseStore:
        """Structured entries and drafts."""
        from trustjournal.storage.exercise_store import ExerciseStore

        return ExerciseStore(self._gateway)

    @cached_property
    def stats(self) -> StatsStore:
        """The Progress page's figures."""
        from trustjournal.storage.stats import StatsStore

        return StatsStore(self._gateway)

    # -- lifecycle -------------------------------------------------------------------

    def close(self, *, keep_lock: bool = False) -> None:
        """Checkpoint the WAL into the file, then let go of the file and the lock.

        keep_lock=True closes the file but keeps the one-process lock, so no other process
        can open the journal while this one is locked; open_journal here takes it back.
        """
        if self._gateway.closed:
            return
        for figures in ("stats", "_kept_tracker_data"):  # made only if Progress was read
            kept = self.__dict__.get(figures)
            if kept is not None:
                kept.keep_for_next_time()
        try:
            self._gateway.pragma("wal_checkpoint(TRUNCATE)")
        except (dbapi2.DatabaseError, JournalError):
            pass  # a damaged or full file: closing still lets go of it
        finally:
            self._gateway.close()
            # The kept figures can hold a victory's words. The journal object can live on
            # in a reference cycle (its entry store calls back into it) until a full
            # collection; what it kept need not.
            for figures in ("stats", "_kept_tracker_data"):
                self.__dict__.pop(figures, None)
            if keep_lock:
                self._lock.in_use = False
            else:
                self._lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._gateway.closed

    def _backup_as(self, reason: str) -> BackupInfo:
        """A backup into the journal's backups folder, named for why it was taken."""
        from trustjournal.storage.archive import make_backup

        return make_backup(self, reason)

    def _backup_before(self, reason: str) -> None:
        try:
            self._backup_as(reason)
        except JournalError as exc:
            raise JournalError(translate("StorageJournal",
                "A backup could not be made first, so nothing was deleted: {exc}").format(
                exc=exc)) from exc

    # -- entries (EntryStore) --------------------------------------------------------

    def create_entry(
        self,
        *,
        title: str = "",
        body: str = "",
        tags: Iterable[str] = (),
        starred: bool = False,
        local_date: dt.date | None = None,
        kind: EntryKind = EntryKind.FREE,
        entry_uuid: str | None = None,
        created_utc: dt.datetime | None = None,
    ) -> tuple[Entry, Change]:
        """Add an entry in one transaction; returns it and what changed."""
        return self.entries.create(
            title=title, body=body, tags=tags, starred=starred, local_date=local_date,
            kind=kind, entry_uuid=entry_uuid, created_utc=created_utc)

    def update_entry(self, entry_uuid: str, edit: EntryEdit) -> tuple[Entry, Change]:
        """Apply an edit (see EntryStore.update)."""
        return self.entries.update(entry_uuid, edit)

    def entry_ids_starting(self, prefix: str, limit: int = 2) -> list[str]:
        """UUIDs of entries (live or in the trash) that start with `prefix`, in order."""
        return self.entries.ids_starting(prefix, limit)

    def get_entry(self, entry_uuid: str) -> Entry:
        """One entry, live or trashed."""
        return self.entries.get(entry_uuid)

    def trash_entry(self, entry_uuid: str) -> Change:
        """Move to the trash (restorable)."""
        return self.entries.trash(entry_uuid)

    def restore_entry(self, entry_uuid: str) -> Change:
        """Bring an entry back from the trash."""
        return self.entries.restore(entry_uuid)

    def purge_entry(self, entry_uuid: str) -> Change:
        """Delete a trashed entry for good, after a checked backup."""
        return self.entries.purge(entry_uuid)

    def empty_trash(self) -> Change:
        """Delete every trashed entry for good, after a checked backup."""
        return self.entries.empty_trash()

    def timeline_page(
        self,
        after: TimelineCursor | None = None,
        limit: int = 200,
        *,
        trashed: bool = False,
        tag: str | None = None,
    ) -> TimelinePage:
        """Entries newest first, one page at a time."""
        return self.entries.timeline_page(after, limit, trashed=trashed, tag=tag)

    def iter_entries(
        self, *, trashed: bool = False, tag: str | None = None
    ) -> Iterator[EntrySummary]:
        """Every entry newest first, fetched page by page."""
        return self.entries.iter_all(trashed=trashed, tag=tag)

    def summaries(self, uuids: Iterable[str]) -> dict[str, EntrySummary]:
        """Current summaries of the given entries (missing ones are left out)."""
        return self.entries.summaries(uuids)

    def count_entries(self, *, trashed: bool = False) -> int:
        """How many entries are live (or in the trash)."""
        return self.entries.count(trashed=trashed)

    def tag_counts(self) -> list[TagCount]:
        """Tags on live entries, most used first."""
        return self.entries.tag_counts()

    def search(
        self,
        query: str,
        *,
        tags: Sequence[str] = (),
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        limit: int = 100,
    ) -> list[SearchHit]:
        """Full-text search over titles and bodies of live entries, best matches first."""
        with self._gateway.read() as cur:
            return search_entries(cur, query, tags, date_from, date_to, limit)

    def on_this_day(self, day: dt.date, limit: int = 5) -> list[EntrySummary]:
        """Entries from day's month and day in earlier years, newest year first."""
        with self._gateway.read() as cur:
            return entries_on_this_day(cur, day, limit)

    # -- history and recovery (RevisionStore) ----------------------------------------

    def history(self, entry_uuid: str) -> list[Revision]:
        """The entry's earlier versions, newest first."""
        return self.revisions.history(entry_uuid)

    def revision(self, entry_uuid: str, revision_id: int) -> Revision:
        """One earlier version of the entry."""
        return self.revisions.revision(entry_uuid, revision_id)

    def restore_revision(self, entry_uuid: str, revision_id: int) -> tuple[Entry, Change]:
        """Bring back an earlier version (itself undoable)."""
        return self.revisions.restore_revision(entry_uuid, revision_id)

    def save_recovery(self, snapshot: RecoverySnapshot) -> None:
        """Keep the editor's unsaved text."""
        self.revisions.save_recovery(snapshot)

    def recovered(self) -> list[RecoverySnapshot]:
        """Unsaved text left by an editor that did not get to save, newest first."""
        return self.revisions.recovered()

    def clear_recovery(self, entry_uuid: str) -> None:
        """Drop the entry's unsaved-text snapshot."""
        self.revisions.clear_recovery(entry_uuid)

    def set_aside_recovery(self, entry_uuid: str) -> Change:
        """Keep a snapshot as a revision (or a trashed entry) and drop it."""
        return self.revisions.set_aside_recovery(entry_uuid)

    # -- exercises (ExerciseStore) ---------------------------------------------------

    def save_exercise_entry(
        self,
        *,
        exercise_id: str,
        exercise_version: int,
        title: str,
        body: str,
        answers: Mapping[str, Any],
        metrics: Sequence[Metric],
        kind: EntryKind = EntryKind.EXERCISE,
        local_date: dt.date | None = None,
        entry_uuid: str | None = None,
        tags: Iterable[str] = (),
    ) -> tuple[Entry, Change]:
        """Create (or replace) a finished exercise with its metrics, in one transaction."""
        return self.exercises.save_entry(
            exercise_id=exercise_id, exercise_version=exercise_version, title=title,
            body=body, answers=answers, metrics=metrics, kind=kind, local_date=local_date,
            entry_uuid=entry_uuid, tags=tags)

    def exercise_answers(self, entry_uuid: str) -> dict[str, Any] | None:
        """The answers saved with an exercise entry, or None."""
        return self.exercises.answers(entry_uuid)

    def entry_metrics(self, entry_uuid: str) -> list[Metric]:
        """The metric rows of one entry, in the order they were saved."""
        return self.exercises.metrics(entry_uuid)

    def last_done(self) -> dict[str, dt.date]:
        """For each exercise id: the latest day it was completed."""
        return self.exercises.last_done()

    def latest_answers(self, exercise_id: str, before: dt.date) -> dict[str, Any] | None:
        """The answers of the newest live entry of an exercise dated before `before`."""
        return self.exercises.latest_answers(exercise_id, before)

    def awaiting_follow_up(self, exercise_id: str, follow_up_id: str
                           ) -> list[tuple[str, dt.date, str, dict[str, Any]]]:
        """Entries of an exercise that no follow-up entry follows yet, newest first."""
        return self.exercises.awaiting_follow_up(exercise_id, follow_up_id)

    def checkin_on(self, day: dt.date) -> Entry | None:
        """The day's check-in (the newest if several)."""
        return self.exercises.checkin_on(day)

    def save_draft(
        self, exercise_id: str, exercise_version: int, state: Mapping[str, Any]
    ) -> Change:
        """Keep an exercise in progress."""
        return self.exercises.save_draft(exercise_id, exercise_version, state)

    def load_draft(self, exercise_id: str) -> dict[str, Any] | None:
        """The saved state of an exercise in progress, or None."""
        return self.exercises.load_draft(exercise_id)

    def drafts(self) -> list[DraftInfo]:
        """Exercises in progress, most recently touched first."""
        return self.exercises.drafts()

    def discard_draft(self, exercise_id: str) -> Change:
        """Forget an exercise in progress."""
        return self.exercises.discard_draft(exercise_id)

    # -- Progress (StatsStore) -------------------------------------------------------

    def progress_data(self, start: dt.date | None = None,
                      end: dt.date | None = None) -> ProgressData:
        """The Progress page's aggregates over live entries dated start..end."""
        return self.stats.progress_data(start, end)

    # -- settings (SettingsStore) ----------------------------------------------------

    # -- export and import (TransferStore) -------------------------------------------

    def export_count(self, flt: ExportFilter) -> int:
        """How many entries an export with this filter writes."""
        return self.transfer.export_count(flt)

    def iter_records(self, flt: ExportFilter, batch: int | None = None
                     ) -> Iterator[EntryRecord]:
        """The entries an export writes, streamed from one read cursor (`batch` rows at a
        time; the store's own size when None)."""
        if batch is None:
            return self.transfer.iter_records(flt)
        return self.transfer.iter_records(flt, batch)

    def iter_texts(self, flt: ExportFilter) -> Iterator[EntryText]:
        """The entries an export writes, as EntryTexts (kind, title, body, day, tags,
        star, trash; nothing else is read), streamed like iter_records."""
        return self.transfer.iter_texts(flt)

    def known_uuids(self, uuids: Iterable[str]) -> set[str]:
        """Which of `uuids` the journal holds (live or in the trash)."""
        return self.transfer.known_uuids(uuids)

    def import_records(self, records: Iterable[EntryRecord], progress: Progress | None = None,
                       *, on_new: Callable[[EntryRecord], None] | None = None,
                       finish: Finish | None = None, trackers: TrackerSet | None = None
                       ) -> tuple[int, int, Change]:
        """Add the records (and tracker records) whose uuid is new, all or nothing (see
        TransferStore)."""
        return self.transfer.import_records(records, progress, on_new=on_new, finish=finish,
                                            trackers=trackers)

    def get_setting(self, key: str, default: object = None) -> object:
        """A journal-wide setting, or default."""
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: object) -> None:
        """Keep a journal-wide setting."""
        self.settings.set(key, value)

    # -- health ----------------------------------------------------------------------

    def integrity_problems(self, quick: bool = False) -> list[str]:
        """SQLite's own check of every page and index; an empty list means healthy.

        The page checks run as a read, so saves go on meanwhile. The full check then
        compares the search index with the entries: FTS5 offers that only as a write
        statement, so that last step alone waits for, and briefly holds, the write lock.
        Once damage is found, no Progress figures are kept in the file any more.
        """
        problems = self._integrity_problems(quick)
        if problems:
            from trustjournal.storage.stats import hold_kept_figures

            hold_kept_figures(self._gateway)
        return problems

    def _integrity_problems(self, quick: bool) -> list[str]:
        pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
        stopped = self._gateway.stop_check()
        with self._gateway.read(fresh=True) as cur:
            try:
                result = [row[0] for row in cur.execute(pragma)]
            except dbapi2.DatabaseError as exc:  # damage bad enough to stop the check itself
                # interrupt(): stopped on purpose, not damage, even when it landed in
                # one of SQLite's own statements and failed with that one's error.
                if is_interrupt(exc) or stopped():
                    raise Interrupted(translate(
                    "StorageJournal", "The check was stopped; nothing was changed.")) from exc
                return [translate("StorageJournal", "the check could not finish: {error}").format(
                    error=exc)]
        if result == ["ok"] and not quick:
            try:
                with self._gateway.write() as cur:
                    try:
                        cur.execute("INSERT INTO entries_fts(entries_fts, rank) "
                                    "VALUES('integrity-check', 1)")
                    except dbapi2.OperationalError as exc:
                        if "locked" in str(exc) or "busy" in str(exc):
                            raise
                        result = ["the search index does not match the entries"]
                    except dbapi2.DatabaseError:
                        result = ["the search index does not match the entries"]
            except JournalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                raise JournalError(
                    translate("StorageJournal",
                        "The search index could not be checked just now (the journal "
                        "was busy); try again.")
                ) from exc
        return [] if result == ["ok"] else result

    def interrupt(self) -> None:
        """Stop a running integrity check or backup of this journal promptly, from any
        thread (the window closing or locking meanwhile): it raises Interrupted, and
        the journal stays as it was. Saves are never interrupted."""
        if not self._gateway.closed:
            self._gateway.interrupt()

    def sqlite_pragma(self, name: str) -> object:
        """Read (or set) one pragma on the connection that writes (for checks and tests)."""
        return self._gateway.pragma(name)

    def backup(self, target: Path) -> Path:
        """A consistent copy made with SQLite's online backup API."""
        from trustjournal.storage.copies import backup_to

        return backup_to(self._gateway, target)


def open_journal(
    path: Path, *, create: bool = True, key: bytes | None = None, verify: bool = True,
    also_made: Sequence[Path] = (),
) -> Journal:
    """Open (or create) the journal at path: lock, check, migrate with a backup first.

    A new journal is made only where nothing of one is (no journal file, key file or
    backups), and only with create=True; a key file beside it is allowed when it holds
    key (written just now by the caller that creates an encrypted journal). Nothing is
    created, locked or tightened before that is known. A file that fails to open, an
    empty one included, is never re-created, reset or overwritten. verify=False skips
    the page-by-page quick_check (it reads the whole file); the window runs it in the
    background instead, and a migration always checks first. also_made: what a caller
    that hands over the lock it took (kept, see keys.create_encrypted) made for the new
    journal; a creation that fails takes it away again under that lock.
    """
    path = Path(path)
    # Judged before the folder is touched: a missing journal file beside its backups
    # raises here, and so does "no journal here" when not creating.
    present = _present(path, key)
    if not present and not create:
        require_journal(path)
    # What this call makes for a new journal, so that a creation that fails (a full
    # disk) takes it away again: the folders missing now, deepest first, and the lock
    # file, after what the caller made (also_made). Nothing that was there before is
    # ever in it.
    made: list[Path] = list(also_made)
    if not present:
        from trustjournal.storage.create import missing_folders

        made += missing_folders(path)
    ensure_private_dir(path.parent)
    lock = kept_lock(path)
    if lock is None:
        if not present and not os.path.lexists(lock_path(path)):
            made.insert(0, lock_path(path))
        lock = take_lock(path)
    lock.in_use = True
    # With the lock held no other process exports from this journal: whatever an export
    # killed mid-way left (in the scratch area and beside its target) can go now.
    with contextlib.suppress(OSError):  # never a reason not to open
        scratch.clean_leftovers(path)
    gateway: Gateway | None = None
    try:
        if not _present(path, key):  # asked again under the lock
            if not create:
                require_journal(path)
            from trustjournal.storage.create import build_journal_file

            build_journal_file(path, key)
        elif not os.access(path, os.R_OK | os.W_OK):
            raise JournalError(
                translate("StorageJournal",
                    "{name} cannot be read and written by you; check its permissions.").format(
                    name=path.name)
            )
        elif path.stat().st_size == 0:
            raise JournalDamagedError(
                translate("StorageJournal",
                    "{name} is empty: its contents were lost outside TrustJournal. It"
                    " has not been changed; restore a backup.").format(
                    name=path.name)
            )
        gateway = Gateway(path, key)
        previous = _check_and_prepare(gateway, path, verify)
        if previous is not None:
            if previous != "empty":
                backups = ensure_private_dir(path.parent / "backups")
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                from trustjournal.storage.copies import backup_to

                backup_to(gateway, backups / f"before-upgrade-{previous}-{stamp}.db")
            try:
                # Only here, an upgrade, does SQLAlchemy (and Alembic) load.
                migrate.upgrade(gateway.sa_engine())  # one transaction: all of it, or none
            except Exception as exc:
                raise JournalError(
                    translate("StorageJournal",
                        "{name} could not be brought up to date for this version of "
                        "TrustJournal, so the change was rolled back and the journal "
                        "is as it was (a backup was made first, in the backups "
                        "folder). Please report this; the reason was {name2}.").format(
                        name=path.name, name2=type(exc).__name__)
                ) from exc
    except dbapi2.OperationalError as exc:
        _abandon(gateway, lock, path, made)
        raise JournalError(translate("StorageJournal",
            "{name} could not be opened ({exc}).").format(
            name=path.name, exc=exc)) from exc
    except dbapi2.DatabaseError as exc:
        _abandon(gateway, lock, path, made)
        raise JournalDamagedError(
            translate("StorageJournal",
                "{name} could not be read: it looks damaged. It has not been changed.").format(
                name=path.name)
        ) from exc
    except BaseException:
        _abandon(gateway, lock, path, made)
        raise
    lock.keyed = key is not None
    assert gateway is not None
    return Journal(path, gateway, lock)


def _building_left(path: Path) -> bool:
    """Whether a new journal file (or its SQLite side files) is being built beside the
    journal, or was left there (names only: the everyday open loads nothing more)."""
    temp = str(building_path(path))
    return any(os.path.lexists(temp + side) for side in ("", *SIDE_SUFFIXES))


def take_lock(path: Path) -> ProcessLock:
    """Take the journal's lock (JournalLockedError if another window or command holds
    it), then remove what interrupted work left beside the journal."""
    lock = ProcessLock(path)
    lock.acquire()
    try:
        # Only now is it sure that no process is still writing a copy or a conversion.
        clear_orphans(path)
        # Nor filling a new file for a first import (storage/fill.py): one killed
        # part-way left it, with the entries it had read so far.
        if _building_left(path):
            from trustjournal.storage.create import remove_building

            with contextlib.suppress(OSError):  # never a reason not to open
                remove_building(path)
    except BaseException:
        lock.release()  # a clean-up that failed must not leave the journal "in use"
        raise
    return lock


def _present(path: Path, key: bytes | None) -> bool:
    """Whether the journal file is there; raises JournalMissingError if it is not but a
    journal's key file (another key's) or backups are."""
    return journal_exists(path, own_key_file=key is not None and _key_file_holds(path, key))


def _key_file_holds(path: Path, key: bytes) -> bool:
    # Not a circle: keyslots loads the cryptography libraries, which only an encrypted
    # journal needs, so a plain journal opens without them.
    from trustjournal.storage.keyslots import read_key_file

    if not keys_path(path).exists():
        return False
    try:
        return read_key_file(keys_path(path), path.name).holds(key)
    except JournalError:
        return False


def _check_and_prepare(gateway: Gateway, path: Path, verify: bool) -> str | None:
    """Refuse files that are not ours or are damaged; only then switch on WAL mode.

    Runs in autocommit mode: nothing is written to a file before it is known to be a
    healthy journal. The connection is the gateway's writer, which stays open while the
    journal is: the write-ahead log is not folded in and removed between two saves.
    """
    with gateway.autocommit() as cur:
        app_id = cur.execute("PRAGMA application_id").fetchone()[0]
        tables = cur.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        if tables == 0 and app_id == 0:
            # New journals are made under another name (create.py): an empty database
            # here was put here by something else, and is not written into.
            raise NotAJournalError(
                translate("StorageJournal",
                    "{name} is an empty database, not a TrustJournal journal. It has "
                    "not been changed.").format(
                    name=path.name)
            )
        if app_id != APPLICATION_ID:
            raise NotAJournalError(
                translate("StorageJournal",
                    "{name} is a database, but not a TrustJournal journal. It has not"
                    " been changed.").format(
                    name=path.name)
            )
        previous = migrate.needs_upgrade(cur)
        if verify or previous not in (None, "empty"):
            problems = [r[0] for r in cur.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise JournalDamagedError(damaged_message(path))
        cur.execute("PRAGMA journal_mode=WAL")
    return previous


def _abandon(gateway: Gateway | None, lock: ProcessLock, path: Path,
             made: list[Path]) -> None:
    """Let go of a journal that failed to open. When no journal is in place (a creation
    that failed, a full disk), what was made for it goes too, before the lock does."""
    from trustjournal.storage.create import let_go_after_failure

    if gateway is not None:
        gateway.close()
    # A kept lock too: a journal that fails to open is not held on to.
    let_go_after_failure(lock, path, made)


__all__ = ["Journal", "damaged_message", "open_journal", "utc_now"]
