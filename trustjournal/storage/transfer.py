"""Whole entries in and out, for export and import, in plain SQL over the gateway.

Mixed into Journal for now. Export streams `EntryRecord`s from one read transaction (one
consistent moment, never the whole journal in memory). Import inserts records in bulk in
one write transaction, so it lands whole or not at all: batches of many-row statements
written by a thread of their own while the next batch is prepared (storage/import_writer),
indexed for search by one statement per 10,000 rows instead of by the insert trigger per
row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.entries import Change, EntryKind
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.records import (
    Cancelled,
    EntryRecord,
    EntryText,
    ExportFilter,
    MetricRecord,
    Progress,
    RevisionRecord,
)
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tag, clean_tags, clean_title, preview, word_count
from trustjournal.paths import BACKUP_DIR
from trustjournal.storage.errors import JournalError
from trustjournal.storage.import_writer import (
    Batch,
    Writer,
    restore_index_buffer,
    restore_page_cache,
    widen_index_buffer,
    widen_page_cache,
)
from trustjournal.storage.rows import (
    INDEX_RANGE,
    answers_json,
    chunks,
    db_date,
    db_time,
    index_new_rows,
    marks,
    read_date,
    read_time,
    suspend_index_trigger,
    utc_now,
)
from trustjournal.storage.tracker_import import (
    TrackerPlan,
    check_tracker_set,
    plan_tracker_import,
    write_tracker_plan,
)

BATCH = 500
# New records per batch of an import's writes: one entries statement takes 2,000 rows
# (15 values each, under SQLite's 32,766), and few batches mean few hand-overs to the
# writer thread.
WRITE_BATCH = 2000
# New rows per statement that fills the search index. FTS5 writes out what it has gathered
# in memory as a new segment whenever a statement touching it begins, so indexing each
# batch on its own made 50 small segments at 100 k entries and merged them again and
# again; at 10,000 rows a statement the 16 MB buffer (import_writer.widen_index_buffer)
# decides instead: about a tenth less CPU for the whole import, the same index.
INDEX_EVERY = 10_000
if TYPE_CHECKING:
    from trustjournal.core.trackers import TrackerSet
    from trustjournal.storage.gateway import Gateway

Cursor = Any  # a sqlcipher3 cursor (the driver ships no type hints)
# Tag ids ride along with their entry (ids are digits, so the comma is safe).
_TAG_IDS = "(SELECT group_concat(tag_id) FROM entry_tags WHERE entry_id = e.id)"
_ENTRY_COLUMNS = (
    "e.id, e.uuid, e.kind, e.title, e.body, e.local_date, e.created_utc, e.updated_utc, "
    "e.starred, e.deleted_utc, e.exercise_id, e.exercise_version, e.answers_json, "
    + _TAG_IDS
)
# What EntryText needs, id and uuid first as in _ENTRY_COLUMNS (the walk reads both).
_TEXT_COLUMNS = (
    "e.id, e.uuid, e.kind, e.title, e.body, e.local_date, e.starred, "
    "e.deleted_utc IS NOT NULL, e.exercise_id, " + _TAG_IDS
)
_ORDER = " ORDER BY e.local_date, e.created_utc, e.id"

# finish(records read) runs inside the import's transaction once every record is in;
# raising there (a cancel, a file changed meanwhile) rolls the whole import back.
Finish = Callable[[int], None]


def _where(cur: Cursor, flt: ExportFilter) -> tuple[str, list[Any]]:
    """The WHERE clause of a filter and its values, except `exclude` (the callers')."""
    terms: list[str] = []
    values: list[Any] = []
    if not flt.include_trash:
        terms.append("e.deleted_utc IS NULL")
    if flt.start is not None:
        terms.append("e.local_date >= ?")
        values.append(db_date(flt.start))
    if flt.end is not None:
        terms.append("e.local_date <= ?")
        values.append(db_date(flt.end))
    if flt.kinds:
        terms.append(f"e.kind IN ({marks(len(flt.kinds))})")
        values.extend(flt.kinds)
    if flt.exercise_ids:
        # Narrows the exercise entries only; free entries and check-ins follow `kinds`.
        terms.append(f"(e.kind != ? OR e.exercise_id IN ({marks(len(flt.exercise_ids))}))")
        values.extend((str(EntryKind.EXERCISE), *flt.exercise_ids))
    if flt.tags:
        # Matched in Python: casefold() is case-insensitive beyond ASCII, NOCASE is not.
        wanted = {clean_tag(t).casefold() for t in flt.tags}
        ids = [i for i, name in cur.execute("SELECT id, name FROM tags")
               if name.casefold() in wanted]
        if ids:
            terms.append("e.id IN (SELECT entry_id FROM entry_tags WHERE tag_id IN "
                         f"({marks(len(ids))}))")
            values.extend(ids)
        else:
            terms.append("0")
    return (" WHERE " + " AND ".join(terms) if terms else ""), values


def _records(side: Cursor, rows: list[tuple[Any, ...]], tag_names: dict[int, str],
             revisions: bool) -> Iterator[EntryRecord]:
    """Whole records for a batch of entry rows, in the rows' order."""
    if not rows:
        return
    ids = [r[0] for r in rows]
    where = f"entry_id IN ({marks(len(ids))})"
    metrics: dict[int, list[MetricRecord]] = {}
    for entry_id, name, value, label in side.execute(
        f"SELECT entry_id, name, value, label FROM metrics WHERE {where} ORDER BY id", ids
    ):
        metrics.setdefault(entry_id, []).append(MetricRecord(name, value, label))
    history: dict[int, list[RevisionRecord]] = {}
    if revisions:
        for row in side.execute(
            "SELECT entry_id, saved_utc, replaced_utc, kind, title, body, local_date, "
            "tags_json, starred, exercise_version, answers_json, metrics_json FROM revisions "
            f"WHERE {where} ORDER BY saved_utc, id", ids
        ):
            history.setdefault(row[0], []).append(_revision_record(row))
    no_metrics: tuple[MetricRecord, ...] = ()
    no_revisions: tuple[RevisionRecord, ...] = ()
    for (entry_id, uuid, kind, title, body, day, created, updated, starred, deleted,
         exercise_id, exercise_version, answers, tag_ids) in rows:
        tags = _tags(tag_ids, tag_names)
        found = metrics.get(entry_id)
        earlier = history.get(entry_id)
        # Positional, in EntryRecord's field order (uuid … revisions): an export builds
        # one per entry, and keywords cost more than the rest of the record's making.
        yield EntryRecord(
            uuid, kind, title, body, read_date(day),
            read_time(created), read_time(updated),  # type: ignore[arg-type]
            tags, bool(starred), read_time(deleted), exercise_id, exercise_version,
            None if answers is None else json.loads(answers),
            no_metrics if found is None else tuple(found),
            no_revisions if earlier is None else tuple(earlier),
        )


def _tags(tag_ids: str | None, tag_names: dict[int, str]) -> tuple[str, ...]:
    """An entry's tag names, in the order every export lists them, from its tag ids."""
    if not tag_ids:
        return ()
    if "," not in tag_ids:
        return (tag_names[int(tag_ids)],)
    return tuple(sorted((tag_names[int(t)] for t in tag_ids.split(",")), key=str.casefold))


def _texts(rows: list[tuple[Any, ...]], tag_names: dict[int, str],
           tag_sets: dict[str, tuple[str, ...]]) -> Iterator[EntryText]:
    """EntryTexts for a batch of _TEXT_COLUMNS rows: no second query, no parsing but
    the day. Entries share few sets of tags, so each set's names are sorted once and
    kept in `tag_sets` (by the ids as the row lists them) for the rest of the walk."""
    for _, _, kind, title, body, day, starred, in_trash, exercise_id, tag_ids in rows:
        tags = tag_sets.get(tag_ids) if tag_ids else ()
        if tags is None:
            tags = tag_sets[tag_ids] = _tags(tag_ids, tag_names)
        yield EntryText(kind, title, body, read_date(day), tags, bool(starred),
                        bool(in_trash), exercise_id)


def _revision_record(row: tuple[Any, ...]) -> RevisionRecord:
    (_, saved, replaced, kind, title, body, day, tags_json, starred, exercise_version,
     answers, metrics_json) = row
    metrics = () if metrics_json is None else tuple(
        MetricRecord(name, value, label) for name, value, label in json.loads(metrics_json)
    )
    return RevisionRecord(
        saved_utc=read_time(saved),  # type: ignore[arg-type]
        replaced_utc=read_time(replaced),  # type: ignore[arg-type]
        kind=kind,
        title=title,
        body=body,
        local_date=read_date(day),
        tags=tuple(json.loads(tags_json)),
        starred=bool(starred),
        exercise_version=exercise_version,
        answers=None if answers is None else json.loads(answers),
        metrics=metrics,
    )


class TransferStore:
    """Export and import, on the journal's gateway. `backup(reason)` makes a checked
    backup of the open journal (the journal passes its own), used before an import."""

    def __init__(self, gateway: Gateway, path: Path, backup: Callable[[str], Any]) -> None:
        self._gateway = gateway
        self.path = path
        self._backup = backup

    # -- export ----------------------------------------------------------------------

    def export_count(self, flt: ExportFilter) -> int:
        """How many entries `iter_records(flt)` yields."""
        with self._gateway.read() as cur:
            where, values = _where(cur, flt)
            total = cur.execute(f"SELECT count(*) FROM entries e{where}", values).fetchone()[0]
            joiner = " AND " if where else " WHERE "
            for chunk in chunks(flt.exclude):
                total -= cur.execute(
                    f"SELECT count(*) FROM entries e{where}{joiner}e.uuid IN "
                    f"({marks(len(chunk))})", [*values, *chunk]
                ).fetchone()[0]
        return int(total)

    def iter_records(self, flt: ExportFilter, batch: int = BATCH) -> Iterator[EntryRecord]:
        """The filtered entries as whole records, oldest first, read `batch` at a time.

        One read transaction for the whole walk, so the export is one consistent moment.
        """
        with self._gateway.read() as cur:
            side = cur.connection.cursor()
            try:
                tag_names = dict(cur.execute("SELECT id, name FROM tags").fetchall())
                for part in self._rows(cur, side, flt, _ENTRY_COLUMNS, batch):
                    yield from _records(side, part, tag_names, flt.include_revisions)
            finally:
                side.close()

    def iter_texts(self, flt: ExportFilter, batch: int = BATCH) -> Iterator[EntryText]:
        """What `iter_records(flt)` yields, in the same order and from one read
        transaction too, cut to the shown part (EntryText): no metrics, answers,
        revisions or times are read, so a readable export of every entry costs little
        more than reading its text."""
        with self._gateway.read() as cur:
            side = cur.connection.cursor()
            try:
                tag_names = dict(cur.execute("SELECT id, name FROM tags").fetchall())
                tag_sets: dict[str, tuple[str, ...]] = {}
                for part in self._rows(cur, side, flt, _TEXT_COLUMNS, batch):
                    yield from _texts(part, tag_names, tag_sets)
            finally:
                side.close()

    def _rows(self, cur: Cursor, side: Cursor, flt: ExportFilter, columns: str,
              batch: int) -> Iterator[list[tuple[Any, ...]]]:
        """Batches of the filtered entries' rows (`columns`, starting with id and uuid)
        in export order."""
        size = max(1, batch)
        where, values = _where(cur, flt)
        if flt.include_trash:
            parts = self._sorted_by_id(cur, side, where, values, size, columns)
        else:
            # Live entries come off the timeline index in this order: no sort, and one
            # cursor streams them.
            cur.execute(f"SELECT {columns} FROM entries e{where}{_ORDER}", values)
            parts = iter(lambda: cur.fetchmany(size), [])
        for part in parts:
            if flt.exclude:
                part = [r for r in part if r[1] not in flt.exclude]
            yield part

    @staticmethod
    def _sorted_by_id(cur: Cursor, side: Cursor, where: str, values: list[Any],
                      size: int, columns: str) -> Iterator[list[tuple[Any, ...]]]:
        """Rows of live and trashed entries in export order. No index gives that order,
        so only the ids are sorted (under 4 MB at 100 k), never whole bodies."""
        ids = [i for (i,) in cur.execute(f"SELECT e.id FROM entries e{where}{_ORDER}", values)]
        for start in range(0, len(ids), size):
            part = ids[start:start + size]
            found = {r[0]: r for r in side.execute(
                f"SELECT {columns} FROM entries e WHERE e.id IN ({marks(len(part))})",
                part)}
            # Inside one snapshot every id is there; never invent a row.
            yield [found[i] for i in part if i in found]

    def known_uuids(self, uuids: Iterable[str], *, interruptible: bool = True) -> set[str]:
        """Which of these entry ids the journal already holds (trash included).
        interruptible=False: Gateway.interrupt() does not stop it (the import's own
        check, which must not fail because a lock or a close stops the reads)."""
        found: set[str] = set()
        with self._gateway.read(interruptible=interruptible) as cur:
            for chunk in chunks(uuids):
                found.update(u for (u,) in cur.execute(
                    f"SELECT uuid FROM entries WHERE uuid IN ({marks(len(chunk))})", chunk))
        return found

    # -- import ----------------------------------------------------------------------

    def import_records(
        self, records: Iterable[EntryRecord], progress: Progress | None = None, *,
        on_new: Callable[[EntryRecord], None] | None = None, finish: Finish | None = None,
        trackers: TrackerSet | None = None,
    ) -> tuple[int, int, Change]:
        """Add records whose uuid is new, in one transaction; returns (added, skipped,
        change) of the entries. `records` is read once, as it comes. A backup is made
        first when the journal holds anything and the import brings something new.
        progress(done, None) returning False raises Cancelled and nothing is kept;
        on_new(record) is told of each record that will be added; finish (see Finish)
        ends the transaction's work.

        `trackers` land in the same transaction (see storage/tracker_import.py): checked
        whole before anything is read or written, new uuids only; a contradiction with
        the journal raises JournalError and nothing of the import is kept.
        """
        if trackers is not None:
            if trackers.empty:
                trackers = None
            else:
                check_tracker_set(trackers)
        pending = chunks(records)
        skipped = done = 0
        # Up to the first chunk with a new entry nothing needs writing (a second import
        # of the same file reads through here): no backup, no write transaction.
        first: list[EntryRecord] | None = None
        for chunk in pending:
            known = self.known_uuids((r.uuid for r in chunk), interruptible=False)
            if any(r.uuid not in known for r in chunk):
                first = chunk
                break
            skipped += len(chunk)
            done += len(chunk)
            if progress is not None and not progress(done, None):
                raise Cancelled()
        if first is None and (trackers is None or self._nothing_new(trackers)):
            if finish is not None:
                finish(done)
            return 0, skipped, Change()
        made = self._backup_for_import() if self._has_anything() else None
        batches = chain([first], pending) if first is not None else iter(())
        try:
            added, more_skipped, trash, exercises, plan = self._insert_all(
                batches, done, progress, on_new, finish, trackers)
        except BaseException:
            # Nothing was imported, so the journal is as the backup has it: a backup of
            # an import that did not happen would only be clutter.
            if made is not None:
                _discard(*made)
            raise
        skipped += more_skipped
        change = Change(trackers=plan.trackers, exercises=bool(plan.exercises))
        if not added:
            return 0, skipped, change
        change |= Change(entries=frozenset(added), order=True, tags=True, trash=trash,
                         exercises=exercises)
        return len(added), skipped, change

    def _nothing_new(self, trackers: TrackerSet) -> bool:
        """Whether every tracker record is in the journal already (raises JournalError
        for a contradiction, as the import itself would)."""
        with self._gateway.read(interruptible=False) as cur:
            return plan_tracker_import(cur, trackers).empty

    def _has_anything(self) -> bool:
        with self._gateway.read(interruptible=False) as cur:
            return bool(cur.execute(
                "SELECT EXISTS (SELECT 1 FROM entries) OR EXISTS (SELECT 1 FROM urges) OR "
                "EXISTS (SELECT 1 FROM promises) OR EXISTS (SELECT 1 FROM intentions) OR "
                "EXISTS (SELECT 1 FROM worries) OR EXISTS (SELECT 1 FROM user_exercises)"
            ).fetchone()[0])

    def _backup_for_import(self) -> tuple[Path, bool]:
        """Back up before importing; returns the backup and whether its folder existed."""
        had_folder = (self.path.parent / BACKUP_DIR).is_dir()
        try:
            info = self._backup("import")
        except JournalError as exc:
            raise JournalError(translate("StorageTransfer",
                "A backup could not be made first, so nothing was imported: {exc}").format(
                exc=exc)) from exc
        return info.path, had_folder

    def _insert_all(self, batches: Iterable[list[EntryRecord]], done: int,
                    progress: Progress | None, on_new: Callable[[EntryRecord], None] | None,
                    finish: Finish | None, trackers: TrackerSet | None
                    ) -> tuple[set[str], int, bool, bool, TrackerPlan]:
        """The import's one write transaction; (uuids added, skipped, any in the trash,
        any exercise, the tracker rows added).

        Records are prepared here while a Writer thread inserts the batches before them
        (see storage/import_writer.py); until it is finished or stopped only it uses the
        cursor."""
        now = utc_now()
        added: set[str] = set()
        skipped = 0
        trash = exercises = False
        with self._gateway.write() as cur:
            # Planned first, so a contradiction is found before a row is written.
            plan = TrackerPlan() if trackers is None else plan_tracker_import(cur, trackers)
            tag_ids = {name.casefold(): tid
                       for tid, name in cur.execute("SELECT id, name FROM tags")}
            # The ids are chosen here, as SQLite would (highest + 1), so every table is
            # plain rows. Safe: BEGIN IMMEDIATE keeps every other writer out.
            first_id = next_id = (cur.execute("SELECT max(id) FROM entries").fetchone()[0]
                                  or 0) + 1
            ids = _Ids(next_tag=(cur.execute("SELECT max(id) FROM tags").fetchone()[0]
                                 or 0) + 1, tags=tag_ids)
            # Which uuids the journal held before: read beside the writes (a reader sees
            # the journal as it was committed; nothing else can write meanwhile).
            held_any = first_id > 1
            trigger: tuple[str, ...] | None = None
            hash_size: str | None = None  # the index's own setting, put back at the end
            writer: Writer | None = None
            cache: int | None = None  # the connection's page cache, put back at the end
            fresh: list[EntryRecord] = []

            unindexed = first_id  # the first new entry not yet given to the index

            def hand_over(*, last: bool = False) -> None:
                nonlocal writer, trigger, hash_size, cache, next_id, trash, exercises
                nonlocal unindexed
                if writer is None:
                    cache = widen_page_cache(cur)
                    trigger = suspend_index_trigger(cur)
                    if trigger[0]:
                        hash_size = widen_index_buffer(cur)
                    writer = Writer(cur)
                batch, next_id = _batch(fresh, ids, now, next_id)
                if trigger and trigger[0] and (last or next_id - unindexed >= INDEX_EVERY):
                    batch.add(INDEX_RANGE, (unindexed, next_id - 1))
                    unindexed = next_id
                writer.put(batch)
                trash = trash or any(r.deleted_utc is not None for r in fresh)
                exercises = exercises or any(r.exercise_id for r in fresh)
                fresh.clear()

            try:
                for chunk in batches:
                    present = (self.known_uuids((r.uuid for r in chunk), interruptible=False)
                               if held_any else ())
                    for record in chunk:
                        if record.uuid in present or record.uuid in added:
                            skipped += 1
                            continue
                        added.add(record.uuid)
                        fresh.append(record)
                        if on_new is not None:
                            on_new(record)
                    if len(fresh) >= WRITE_BATCH:
                        hand_over()
                    done += len(chunk)
                    if progress is not None and not progress(done, None):
                        raise Cancelled()  # leaving the block rolls everything back
                if fresh or unindexed < next_id:
                    hand_over(last=True)
                if writer is not None:
                    writer.finish()
            finally:
                if writer is not None:
                    writer.stop()  # after a failure: nothing more is written
                if cache is not None:
                    restore_page_cache(cur, cache)
            if trigger is not None:
                # The rows were indexed as they went in (INDEX_EVERY a statement); the day
                # log is written once here and the triggers put back.
                if hash_size is not None:
                    restore_index_buffer(cur, hash_size)
                index_new_rows(cur, first_id, trigger, indexed=True, days=ids.days)
            write_tracker_plan(cur, plan)
            if finish is not None:
                finish(done)
        return added, skipped, trash, exercises, plan


@lazy_dataclass
class _Ids:
    """The next free tag id and every tag's id by casefolded name, as the import adds
    tags."""

    next_tag: int
    tags: dict[str, int]
    # A record's tags (as the record spells them) → their ids, for the import's length.
    links: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict)
    # The new entries' days as stored, each once, in the order their first entry has
    # (a dict keeps that order): the day log's rows (rows.index_new_rows).
    days: dict[str, None] = field(default_factory=dict)


def _discard(backup: Path, had_folder: bool) -> None:
    """Remove a backup made for an import that did not happen (and its folder, if the
    backup made it)."""
    backup.unlink(missing_ok=True)
    if not had_folder:
        with contextlib.suppress(OSError):
            backup.parent.rmdir()


_ENTRIES = ("INSERT INTO entries (id, uuid, kind, title, body, preview, word_count, "
            "local_date, created_utc, updated_utc, starred, deleted_utc, exercise_id, "
            "exercise_version, answers_json)", 15)
_TAGS = ("INSERT INTO tags (id, name)", 2)
_LINKS = ("INSERT INTO entry_tags (entry_id, tag_id)", 2)
_METRICS = ("INSERT INTO metrics (entry_id, name, value, label)", 4)
_REVISIONS = ("INSERT INTO revisions (entry_id, saved_utc, replaced_utc, kind, title, body, "
              "word_count, tags_json, local_date, starred, exercise_version, answers_json, "
              "metrics_json)", 13)


# As rows.answers_json spells answers, with the encoder made once instead of per call.
_ANSWERS = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _stored_time(value: dt.datetime | None) -> str | None:
    """rows.db_time, without its conversions for a time in UTC already (as every
    checked record's is): its ISO text less the offset."""
    if value is not None and value.tzinfo is dt.UTC:
        return value.isoformat(" ", "microseconds")[:-6]
    return db_time(value)


def _batch(records: list[EntryRecord], ids: _Ids, now: Any,
           next_id: int) -> tuple[Batch, int]:
    """The rows of new records with their tags, metrics and revisions, as one Batch;
    returns it and the next free entry id."""
    entries: list[Any] = []
    tags: list[Any] = []
    links: list[Any] = []
    metrics: list[Any] = []
    revisions: list[Any] = []
    links_of = ids.links
    days = ids.days
    updated_now = db_time(now)
    for entry_id, r in enumerate(records, next_id):
        body = r.body
        if "\x00" in body:
            body = body.replace("\x00", "")
        body = strip_markers(body)
        answers = r.answers
        day = r.local_date.isoformat()
        days[day] = None
        entries.extend((
            entry_id, r.uuid, r.kind, clean_title(strip_markers(r.title)), body,
            preview(body), word_count(body), day,
            _stored_time(r.created_utc),
            updated_now if r.updated_utc is None else _stored_time(r.updated_utc),
            1 if r.starred else 0, _stored_time(r.deleted_utc), r.exercise_id,
            r.exercise_version, None if answers is None else _ANSWERS.encode(dict(answers)),
        ))
        if r.tags:
            # Records share few sets of tags: each set's tag ids are found once.
            key = r.tags if type(r.tags) is tuple else tuple(r.tags)
            linked = links_of.get(key)
            if linked is None:
                linked = links_of[key] = _tag_ids(key, ids, tags)
            for tag_id in linked:
                links.extend((entry_id, tag_id))
        for m in r.metrics:
            metrics.extend((entry_id, m.name, m.value, m.label))
        for rev in r.revisions:
            revisions.extend(_revision_row(entry_id, rev))
    batch = Batch()
    # Parents before the rows that point at them (foreign keys are on).
    for (head, width), flat in ((_TAGS, tags), (_ENTRIES, entries), (_LINKS, links),
                                (_METRICS, metrics), (_REVISIONS, revisions)):
        batch.add_rows(head, width, flat)
    return batch, next_id + len(records)


def _tag_ids(names: tuple[str, ...], ids: _Ids, new_rows: list[Any]) -> tuple[int, ...]:
    """The ids of a record's tags, once each (two spellings of one tag are one link);
    tags the journal lacks get the next free ids and their rows go to `new_rows`."""
    tag_ids = ids.tags
    linked: list[int] = []
    for name in clean_tags(names):
        key = name.casefold()
        tag_id = tag_ids.get(key)
        if tag_id is None:
            tag_id = tag_ids[key] = ids.next_tag
            ids.next_tag += 1
            new_rows.extend((tag_id, name))
        if tag_id not in linked:
            linked.append(tag_id)
    return tuple(linked)


def _revision_row(entry_id: int, rev: RevisionRecord) -> tuple[Any, ...]:
    answers = answers_json(rev.answers)
    # As version_of keeps them: figures only beside answers (None means "no figures").
    metrics_json = None if answers is None else json.dumps(
        [[m.name, m.value, m.label] for m in rev.metrics], ensure_ascii=False
    )
    return (
        entry_id, db_time(rev.saved_utc), db_time(rev.replaced_utc), rev.kind, rev.title,
        rev.body, word_count(rev.body), json.dumps(list(rev.tags), ensure_ascii=False),
        db_date(rev.local_date), int(bool(rev.starred)), rev.exercise_version, answers,
        metrics_json,
    )


__all__ = ["Finish", "TransferStore"]
