"""Whole entries in and out, for export and import.

Mixed into Journal. Export streams `EntryRecord`s batch by batch from one read
transaction (a consistent snapshot, never the whole journal in memory); import inserts
records in bulk inside one write transaction, so it lands whole or not at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, false, func, insert, or_, select
from sqlalchemy.orm import Session

from trustjournal.core.entries import Change, EntryKind
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tag, clean_tags, clean_title, preview, word_count
from trustjournal.exchange.model import (
    Cancelled,
    EntryRecord,
    ExportFilter,
    MetricRecord,
    Progress,
    RevisionRecord,
)
from trustjournal.storage.orm import EntryRow, MetricRow, RevisionRow, TagRow, entry_tags

# Rows per insert statement and per progress report; also the size of `IN (...)` lists,
# well under SQLite's limit on bound parameters.
CHUNK = 1000

_RECORD_COLUMNS = (
    EntryRow.id,
    EntryRow.uuid,
    EntryRow.kind,
    EntryRow.title,
    EntryRow.body,
    EntryRow.local_date,
    EntryRow.created_utc,
    EntryRow.updated_utc,
    EntryRow.starred,
    EntryRow.deleted_utc,
    EntryRow.exercise_id,
    EntryRow.exercise_version,
    EntryRow.answers_json,
)


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


def _naive(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def _chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _answers_json(answers: Any) -> str | None:
    # The same spelling ExerciseStore uses, so a round trip stores identical text.
    if answers is None:
        return None
    return json.dumps(dict(answers), ensure_ascii=False, sort_keys=True)


def _conditions(conn: Connection, flt: ExportFilter) -> list[ColumnElement[bool]]:
    """The WHERE terms of a filter, except `exclude` (applied by the callers)."""
    terms: list[ColumnElement[bool]] = []
    if not flt.include_trash:
        terms.append(EntryRow.deleted_utc.is_(None))
    if flt.start is not None:
        terms.append(EntryRow.local_date >= flt.start)
    if flt.end is not None:
        terms.append(EntryRow.local_date <= flt.end)
    if flt.kinds:
        terms.append(EntryRow.kind.in_(flt.kinds))
    if flt.exercise_ids:
        # Narrows the exercise entries only; free entries and check-ins follow `kinds`.
        terms.append(or_(EntryRow.kind != str(EntryKind.EXERCISE),
                         EntryRow.exercise_id.in_(flt.exercise_ids)))
    if flt.tags:
        # Matched in Python: casefold() is case-insensitive beyond ASCII, NOCASE is not.
        wanted = {clean_tag(t).casefold() for t in flt.tags}
        ids = [i for i, name in conn.execute(select(TagRow.id, TagRow.name))
               if name.casefold() in wanted]
        if not ids:
            terms.append(false())
        else:
            terms.append(EntryRow.id.in_(
                select(entry_tags.c.entry_id).where(entry_tags.c.tag_id.in_(ids))
            ))
    return terms


def _records(conn: Connection, ids: Sequence[int], revisions: bool) -> list[EntryRecord]:
    """Whole records for a batch of entry ids, in the order of `ids`."""
    rows = {r.id: r for r in conn.execute(
        select(*_RECORD_COLUMNS).where(EntryRow.id.in_(ids))).all()}
    tags: dict[int, list[str]] = {}
    for entry_id, name in conn.execute(
        select(entry_tags.c.entry_id, TagRow.name)
        .join(TagRow, TagRow.id == entry_tags.c.tag_id)
        .where(entry_tags.c.entry_id.in_(ids))
    ):
        tags.setdefault(entry_id, []).append(name)
    metrics: dict[int, list[MetricRecord]] = {}
    for entry_id, name, value, label in conn.execute(
        select(MetricRow.entry_id, MetricRow.name, MetricRow.value, MetricRow.label)
        .where(MetricRow.entry_id.in_(ids))
        .order_by(MetricRow.id)
    ):
        metrics.setdefault(entry_id, []).append(MetricRecord(name, value, label))
    history: dict[int, list[RevisionRecord]] = {}
    if revisions:
        for rev in conn.execute(
            select(RevisionRow).where(RevisionRow.entry_id.in_(ids))
            .order_by(RevisionRow.saved_utc, RevisionRow.id)
        ):
            history.setdefault(rev.entry_id, []).append(_revision_record(rev))
    out = []
    for entry_id in ids:
        r = rows.get(entry_id)
        if r is None:  # cannot happen inside one snapshot; never invent a record
            continue
        out.append(EntryRecord(
            uuid=r.uuid,
            kind=r.kind,
            title=r.title,
            body=r.body,
            local_date=r.local_date,
            created_utc=_aware(r.created_utc),
            updated_utc=_aware(r.updated_utc),
            tags=tuple(sorted(tags.get(entry_id, ()), key=str.casefold)),
            starred=bool(r.starred),
            deleted_utc=_aware(r.deleted_utc) if r.deleted_utc else None,
            exercise_id=r.exercise_id,
            exercise_version=r.exercise_version,
            answers=None if r.answers_json is None else json.loads(r.answers_json),
            metrics=tuple(metrics.get(entry_id, ())),
            revisions=tuple(history.get(entry_id, ())),
        ))
    return out


def _revision_record(rev: Any) -> RevisionRecord:
    metrics = () if rev.metrics_json is None else tuple(
        MetricRecord(name, value, label) for name, value, label in json.loads(rev.metrics_json)
    )
    return RevisionRecord(
        saved_utc=_aware(rev.saved_utc),
        replaced_utc=_aware(rev.replaced_utc),
        kind=rev.kind,
        title=rev.title,
        body=rev.body,
        local_date=rev.local_date,
        tags=tuple(json.loads(rev.tags_json)),
        starred=bool(rev.starred),
        exercise_version=rev.exercise_version,
        answers=None if rev.answers_json is None else json.loads(rev.answers_json),
        metrics=metrics,
    )


class TransferStore:
    """Journal methods for export and import. Needs _read, _write, count_entries and
    _backup_before from Journal."""

    _read: Any
    _write: Any

    # -- export ----------------------------------------------------------------------

    def export_count(self, flt: ExportFilter) -> int:
        """How many entries `iter_records(flt)` yields."""
        with self._read() as conn:
            terms = _conditions(conn, flt)
            total = conn.execute(
                select(func.count()).select_from(EntryRow).where(*terms)
            ).scalar_one()
            for chunk in _chunks(flt.exclude):
                total -= conn.execute(
                    select(func.count()).select_from(EntryRow)
                    .where(*terms, EntryRow.uuid.in_(chunk))
                ).scalar_one()
        return int(total)

    def iter_records(self, flt: ExportFilter, batch: int = 500) -> Iterator[EntryRecord]:
        """The filtered entries as whole records, oldest first, fetched `batch` at a time.

        One read transaction for the whole walk, so the export is one consistent moment.
        """
        with self._read() as conn:
            # Only the ids are sorted up front (under 4 MB at 100k); rows come in batches.
            # Keyset paging on the timeline index would not cover trash or tag filters.
            order = (EntryRow.local_date, EntryRow.created_utc, EntryRow.id)
            terms = _conditions(conn, flt)
            if flt.exclude:
                wanted = [i for i, u in conn.execute(
                    select(EntryRow.id, EntryRow.uuid).where(*terms).order_by(*order))
                    if u not in flt.exclude]
            else:
                wanted = list(conn.execute(
                    select(EntryRow.id).where(*terms).order_by(*order)).scalars())
            size = max(1, batch)
            for start in range(0, len(wanted), size):
                yield from _records(conn, wanted[start:start + size], flt.include_revisions)

    def known_uuids(self, uuids: Iterable[str]) -> set[str]:
        """Which of these entry ids the journal already holds (trash included)."""
        found: set[str] = set()
        with self._read() as conn:
            for chunk in _chunks(uuids):
                found.update(conn.execute(
                    select(EntryRow.uuid).where(EntryRow.uuid.in_(chunk))
                ).scalars())
        return found

    # -- import ----------------------------------------------------------------------

    def import_records(
        self, records: Iterable[EntryRecord], progress: Progress | None = None
    ) -> tuple[int, int, Change]:
        """Add records whose uuid is new, in one transaction; returns (added, skipped,
        change). A backup is made first when the journal has entries. progress(done,
        None) returning False raises Cancelled and nothing is kept."""
        made = None
        if self.count_entries() + self.count_entries(trashed=True):  # type: ignore[attr-defined]
            made = self._backup_for_import()
        try:
            added, skipped, trash, exercises = self._insert_all(records, progress)
        except BaseException:
            # Nothing was imported, so the journal is as the backup has it: a backup of
            # an import that did not happen would only be clutter. (Records are checked
            # before this call; this is for a file changed in between, or a cancel.)
            if made is not None:
                _discard(*made)
            raise
        if not added:
            return 0, skipped, Change()
        change = Change(entries=frozenset(added), order=True, tags=True, trash=trash,
                        exercises=exercises)
        return len(added), skipped, change

    def _backup_for_import(self) -> tuple[Path, bool]:
        """Back up before importing; returns the backup and whether its folder existed."""
        from trustjournal.paths import BACKUP_DIR
        from trustjournal.storage.archive import make_backup
        from trustjournal.storage.errors import JournalError

        had_folder = (self.path.parent / BACKUP_DIR).is_dir()  # type: ignore[attr-defined]
        try:
            info = make_backup(self, "import")  # type: ignore[arg-type]
        except JournalError as exc:
            raise JournalError(f"A backup could not be made first, so nothing was "
                               f"imported: {exc}") from exc
        return info.path, had_folder

    def _insert_all(self, records: Iterable[EntryRecord], progress: Progress | None
                    ) -> tuple[set[str], int, bool, bool]:
        """The import's one write transaction; (uuids added, skipped, any in the trash,
        any exercise)."""
        from trustjournal.storage.rows import utc_now

        now = utc_now()
        added: set[str] = set()
        skipped = done = 0
        trash = exercises = False
        with self._write() as session:
            tag_ids: dict[str, int] = {
                name.casefold(): tid
                for tid, name in session.execute(select(TagRow.id, TagRow.name))
            }
            for chunk in _chunks(records):
                present = set(session.execute(
                    select(EntryRow.uuid).where(EntryRow.uuid.in_([r.uuid for r in chunk]))
                ).scalars())
                fresh = []
                for record in chunk:
                    if record.uuid in present or record.uuid in added:
                        skipped += 1
                    else:
                        added.add(record.uuid)
                        fresh.append(record)
                if fresh:
                    _insert(session, fresh, tag_ids, now)
                    trash = trash or any(r.deleted_utc is not None for r in fresh)
                    exercises = exercises or any(r.exercise_id for r in fresh)
                done += len(chunk)
                if progress is not None and not progress(done, None):
                    raise Cancelled()  # leaving the block rolls everything back
        return added, skipped, trash, exercises


def _discard(backup: Path, had_folder: bool) -> None:
    """Remove a backup made for an import that did not happen (and its folder, if the
    backup made it)."""
    backup.unlink(missing_ok=True)
    if not had_folder:
        with contextlib.suppress(OSError):
            backup.parent.rmdir()


def _insert(session: Session, records: list[EntryRecord], tag_ids: dict[str, int],
            now: dt.datetime) -> None:
    """Bulk-insert new records with their tags, metrics and revisions."""
    conn = session.connection()
    # The ids are chosen here, as SQLite would (highest + 1), so every table is one plain
    # executemany: RETURNING with parameter order costs a statement per row. Safe, as the
    # transaction began with BEGIN IMMEDIATE: no other writer can take the same ids.
    first = (conn.execute(select(func.max(EntryRow.id))).scalar() or 0) + 1
    entry_rows, links, metrics, revisions = [], [], [], []
    for entry_id, r in enumerate(records, first):
        body = strip_markers(r.body.replace("\x00", ""))
        entry_rows.append({
            "id": entry_id,
            "uuid": r.uuid,
            "kind": r.kind,
            "title": clean_title(strip_markers(r.title)),
            "body": body,
            "preview": preview(body),
            "word_count": word_count(body),
            "local_date": r.local_date,
            "created_utc": _naive(r.created_utc),
            "updated_utc": _naive(r.updated_utc or now),
            "starred": bool(r.starred),
            "deleted_utc": _naive(r.deleted_utc) if r.deleted_utc else None,
            "exercise_id": r.exercise_id,
            "exercise_version": r.exercise_version,
            "answers_json": _answers_json(r.answers),
        })
        linked: set[int] = set()  # two spellings of one tag in a record are one link
        for name in clean_tags(r.tags):
            key = name.casefold()
            if key not in tag_ids:
                tag_ids[key] = conn.execute(
                    insert(TagRow.__table__).values(name=name).returning(TagRow.id)
                ).scalar_one()
            if tag_ids[key] not in linked:
                linked.add(tag_ids[key])
                links.append({"entry_id": entry_id, "tag_id": tag_ids[key]})
        metrics.extend(
            {"entry_id": entry_id, "name": m.name, "value": m.value, "label": m.label}
            for m in r.metrics
        )
        revisions.extend(_revision_row(entry_id, rev) for rev in r.revisions)
    conn.execute(insert(EntryRow.__table__), entry_rows)
    if links:
        conn.execute(insert(entry_tags), links)
    if metrics:
        conn.execute(insert(MetricRow.__table__), metrics)
    if revisions:
        conn.execute(insert(RevisionRow.__table__), revisions)


def _revision_row(entry_id: int, rev: RevisionRecord) -> dict[str, Any]:
    answers_json = _answers_json(rev.answers)
    # As version_of keeps them: figures only beside answers (None means "no figures").
    metrics_json = None if answers_json is None else json.dumps(
        [[m.name, m.value, m.label] for m in rev.metrics], ensure_ascii=False
    )
    return {
        "entry_id": entry_id,
        "saved_utc": _naive(rev.saved_utc),
        "replaced_utc": _naive(rev.replaced_utc),
        "kind": rev.kind,
        "title": rev.title,
        "body": rev.body,
        "word_count": word_count(rev.body),
        "tags_json": json.dumps(list(rev.tags), ensure_ascii=False),
        "local_date": rev.local_date,
        "starred": bool(rev.starred),
        "exercise_version": rev.exercise_version,
        "answers_json": answers_json,
        "metrics_json": metrics_json,
    }


__all__ = ["TransferStore"]
