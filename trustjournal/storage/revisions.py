"""Entry history (revisions) and crash recovery snapshots.

Mixed into Journal. Every save that changes an entry calls `keep_version` in its own
transaction, so the version it replaces is never lost, then the entry's history is
pruned by the policy in core.revisions. Unsaved editor text is kept in the `recovery`
table: inside the journal file, so it is as private as the entries themselves.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from trustjournal.core.entries import (
    Change,
    Entry,
    EntryKind,
    RecoverySnapshot,
    Revision,
)
from trustjournal.core.revisions import revisions_to_prune
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tags, clean_title, preview, word_count
from trustjournal.storage.errors import EntryNotFoundError, JournalError
from trustjournal.storage.orm import EntryRow, MetricRow, RecoveryRow, RevisionRow


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class Version:
    """Everything a save can change on an entry, read before the save changes it."""

    kind: str
    title: str
    body: str
    word_count: int
    tags: tuple[str, ...]
    local_date: dt.date
    starred: bool
    saved_utc: dt.datetime
    exercise_version: int | None
    answers_json: str | None
    metrics_json: str | None


def version_of(session: Session, row: EntryRow) -> Version:
    """The entry as it is now (call before changing it)."""
    metrics_json = None
    if row.answers_json is not None:
        metrics = session.execute(
            select(MetricRow.name, MetricRow.value, MetricRow.label)
            .where(MetricRow.entry_id == row.id)
            .order_by(MetricRow.id)
        ).all()
        metrics_json = json.dumps([list(m) for m in metrics], ensure_ascii=False)
    return Version(
        kind=row.kind,
        title=row.title,
        body=row.body,
        word_count=row.word_count,
        tags=tuple(t.name for t in row.tags),
        local_date=row.local_date,
        starred=bool(row.starred),
        saved_utc=row.updated_utc,
        exercise_version=row.exercise_version,
        answers_json=row.answers_json,
        metrics_json=metrics_json,
    )


def keep_version(session: Session, row: EntryRow, before: Version,
                 now: dt.datetime | None = None) -> None:
    """Keep `before` as a revision of `row`, then prune the entry's history.

    Runs inside the transaction of the save that replaced it.
    """
    now = now or _now()
    session.add(RevisionRow(
        entry_id=row.id,
        saved_utc=before.saved_utc,
        replaced_utc=now,
        kind=before.kind,
        title=before.title,
        body=before.body,
        word_count=before.word_count,
        tags_json=json.dumps(list(before.tags), ensure_ascii=False),
        local_date=before.local_date,
        starred=before.starred,
        exercise_version=before.exercise_version,
        answers_json=before.answers_json,
        metrics_json=before.metrics_json,
    ))
    session.flush()
    prune_history(session, row.id, now)


def keep_if_changed(session: Session, row: EntryRow, before: Version,
                    now: dt.datetime | None = None) -> bool:
    """For saves that rewrite every field (an exercise saved again): keep `before` as a
    revision only if the entry really changed. Call after the new values (and metric
    rows) are in the session; returns whether a revision was kept."""
    session.flush()
    after = version_of(session, row)
    fields = ("kind", "title", "body", "local_date", "starred", "exercise_version",
              "answers_json", "metrics_json")
    changed = any(getattr(before, f) != getattr(after, f) for f in fields) or (
        sorted(t.casefold() for t in before.tags) != sorted(t.casefold() for t in after.tags))
    if changed:
        keep_version(session, row, before, now)
    return changed


def prune_history(session: Session, entry_id: int, now: dt.datetime | None = None) -> int:
    """Remove the versions the pruning policy no longer keeps; returns how many."""
    now = now or _now()
    versions = session.execute(
        select(RevisionRow.id, RevisionRow.saved_utc).where(RevisionRow.entry_id == entry_id)
    ).all()
    doomed = revisions_to_prune(((i, _aware(s)) for i, s in versions), _aware(now))
    if doomed:
        session.execute(delete(RevisionRow).where(RevisionRow.id.in_(doomed)))
    return len(doomed)


def forget_entry(session: Session, entry_id: int, entry_uuid: str) -> None:
    """Purge hook: an entry deleted for good takes its history and any unsaved text with
    it. (The foreign key cascades too; this does not depend on it.)"""
    session.execute(delete(RevisionRow).where(RevisionRow.entry_id == entry_id))
    session.execute(delete(RecoveryRow).where(RecoveryRow.entry_uuid == entry_uuid))


def forget_trash(session: Session) -> None:
    """Purge hook for emptying the trash: forget_entry for every trashed entry."""
    trashed = select(EntryRow.id).where(EntryRow.deleted_utc.is_not(None))
    trashed_uuids = select(EntryRow.uuid).where(EntryRow.deleted_utc.is_not(None))
    session.execute(delete(RevisionRow).where(RevisionRow.entry_id.in_(trashed)))
    session.execute(delete(RecoveryRow).where(RecoveryRow.entry_uuid.in_(trashed_uuids)))


def _revision(row: RevisionRow, entry_uuid: str) -> Revision:
    return Revision(
        id=row.id,
        entry_uuid=entry_uuid,
        saved_utc=_aware(row.saved_utc),
        replaced_utc=_aware(row.replaced_utc),
        title=row.title,
        body=row.body,
        kind=EntryKind(row.kind),
        local_date=row.local_date,
        tags=tuple(json.loads(row.tags_json)),
        starred=bool(row.starred),
        word_count=row.word_count,
        exercise_version=row.exercise_version,
        answers_json=row.answers_json,
    )


def _snapshot(row: RecoveryRow) -> RecoverySnapshot:
    return RecoverySnapshot(
        entry_uuid=row.entry_uuid,
        title=row.title,
        body=row.body,
        tags=tuple(json.loads(row.tags_json)),
        local_date=row.local_date,
        starred=bool(row.starred),
        is_new=bool(row.is_new),
        taken_utc=_aware(row.taken_utc),
    )


class RevisionStore:
    """Journal methods for history and recovery. Needs _read, _write, _row, _tag_rows,
    _entry and _engine from Journal."""

    _read: Any
    _write: Any
    _engine: Any

    # -- history ---------------------------------------------------------------------

    def history(self, entry_uuid: str) -> list[Revision]:
        """The entry's earlier versions, newest first."""
        with Session(self._engine) as session:
            row = self._row(session, entry_uuid)  # type: ignore[attr-defined]
            rows = session.scalars(
                select(RevisionRow)
                .where(RevisionRow.entry_id == row.id)
                .order_by(RevisionRow.saved_utc.desc(), RevisionRow.id.desc())
            ).all()
            return [_revision(r, entry_uuid) for r in rows]

    def revision(self, entry_uuid: str, revision_id: int) -> Revision:
        """One earlier version of the entry."""
        with Session(self._engine) as session:
            return _revision(self._revision_row(session, entry_uuid, revision_id), entry_uuid)

    def restore_revision(self, entry_uuid: str, revision_id: int) -> tuple[Entry, Change]:
        """Bring back an earlier version. It is a save like any other: the text the entry
        has now is kept as a revision first, so restoring can itself be undone."""
        now = _now()
        with self._write() as session:
            rev = self._revision_row(session, entry_uuid, revision_id)
            row = self._row(session, entry_uuid)  # type: ignore[attr-defined]
            if row.deleted_utc is not None:
                raise JournalError("This entry is in the trash; restore it from there first.")
            before = version_of(session, row)
            tags = tuple(json.loads(rev.tags_json))
            tags_changed = (sorted(t.casefold() for t in before.tags)
                            != sorted(t.casefold() for t in tags))
            order = rev.local_date != row.local_date
            answers_changed = (rev.answers_json != row.answers_json
                               or (rev.metrics_json is not None
                                   and rev.metrics_json != before.metrics_json))
            changed = (
                tags_changed or order or answers_changed
                or rev.title != row.title or rev.body != row.body
                or bool(rev.starred) != bool(row.starred) or rev.kind != row.kind
            )
            if changed:
                row.title, row.body, row.kind = rev.title, rev.body, rev.kind
                row.preview, row.word_count = preview(rev.body), word_count(rev.body)
                row.local_date, row.starred = rev.local_date, bool(rev.starred)
                if tags_changed:
                    row.tags = self._tag_rows(session, tags)  # type: ignore[attr-defined]
                if answers_changed:
                    row.answers_json = rev.answers_json
                    if rev.exercise_version is not None:
                        row.exercise_version = rev.exercise_version
                    if rev.metrics_json is not None:
                        session.execute(delete(MetricRow).where(MetricRow.entry_id == row.id))
                        session.add_all(
                            MetricRow(entry_id=row.id, name=name, value=value, label=label)
                            for name, value, label in json.loads(rev.metrics_json)
                        )
                row.updated_utc = now
                session.flush()
                keep_version(session, row, before, now)
            entry = self._entry(row)  # type: ignore[attr-defined]
        if not changed:
            return entry, Change()
        return entry, Change(entries=frozenset({entry_uuid}), order=order, tags=tags_changed,
                             exercises=answers_changed)

    @staticmethod
    def _revision_row(session: Session, entry_uuid: str, revision_id: int) -> RevisionRow:
        row = session.scalar(
            select(RevisionRow)
            .join(EntryRow, EntryRow.id == RevisionRow.entry_id)
            .where(RevisionRow.id == revision_id, EntryRow.uuid == entry_uuid)
        )
        if row is None:
            raise EntryNotFoundError("That version of the entry is no longer kept.")
        return row

    # -- crash recovery --------------------------------------------------------------

    def save_recovery(self, snapshot: RecoverySnapshot) -> None:
        """Keep the editor's unsaved text (replacing the entry's previous snapshot)."""
        with self._write() as session:
            session.merge(RecoveryRow(
                entry_uuid=snapshot.entry_uuid,
                is_new=snapshot.is_new,
                title=snapshot.title,
                body=snapshot.body.replace("\x00", ""),
                tags_json=json.dumps(list(snapshot.tags), ensure_ascii=False),
                local_date=snapshot.local_date,
                starred=snapshot.starred,
                taken_utc=_now(),
            ))

    def recovered(self) -> list[RecoverySnapshot]:
        """Unsaved text left by an editor that did not get to save, newest first."""
        with Session(self._engine) as session:
            rows = session.scalars(
                select(RecoveryRow).order_by(RecoveryRow.taken_utc.desc())
            ).all()
            return [_snapshot(r) for r in rows]

    def clear_recovery(self, entry_uuid: str) -> None:
        """The entry was saved (or the text is no longer wanted): drop its snapshot."""
        with self._write() as session:
            session.execute(delete(RecoveryRow).where(RecoveryRow.entry_uuid == entry_uuid))

    def set_aside_recovery(self, entry_uuid: str) -> Change:
        """Keep what was saved, and still lose nothing: the snapshot becomes the newest
        earlier version of its entry, or, for an entry never saved, an entry in the
        trash. The snapshot is removed in the same transaction."""
        now = _now()
        with self._write() as session:
            snap = session.get(RecoveryRow, entry_uuid)
            if snap is None:
                return Change()
            row = session.scalar(select(EntryRow).where(EntryRow.uuid == entry_uuid))
            tags = clean_tags(json.loads(snap.tags_json))
            title = clean_title(strip_markers(snap.title))
            body = strip_markers(snap.body)
            if row is not None:
                current = version_of(session, row)
                kept = Version(
                    kind=current.kind, title=title, body=body, word_count=word_count(body),
                    tags=tags, local_date=snap.local_date, starred=bool(snap.starred),
                    # Set aside now, so it is the newest version and no pruning of its
                    # day takes it away.
                    saved_utc=now, exercise_version=current.exercise_version,
                    answers_json=current.answers_json, metrics_json=current.metrics_json,
                )
                keep_version(session, row, kept, now)
                change = Change(entries=frozenset({entry_uuid}))
            else:
                session.add(EntryRow(
                    uuid=entry_uuid, kind=str(EntryKind.FREE), title=title, body=body,
                    preview=preview(body), word_count=word_count(body),
                    local_date=snap.local_date, created_utc=snap.taken_utc,
                    updated_utc=now, starred=bool(snap.starred), deleted_utc=now,
                    tags=self._tag_rows(session, tags),  # type: ignore[attr-defined]
                ))
                change = Change(entries=frozenset({entry_uuid}), trash=True, tags=bool(tags))
            session.delete(snap)
        return change


__all__ = [
    "RevisionStore",
    "Version",
    "forget_entry",
    "forget_trash",
    "keep_if_changed",
    "keep_version",
    "prune_history",
    "version_of",
]
