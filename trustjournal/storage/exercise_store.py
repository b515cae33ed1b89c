"""Exercise entries, their answers and metrics, drafts and check-ins.

Mixed into Journal; kept apart so journal.py stays about entries in general.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.orm import Session

from trustjournal.core.entries import Change, Entry, EntryKind
from trustjournal.core.exercises import Metric
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tags, clean_title, preview, word_count
from trustjournal.storage.errors import JournalError
from trustjournal.storage.orm import DraftRow, EntryRow, MetricRow
from trustjournal.storage.revisions import keep_if_changed, version_of


@dataclass(frozen=True, slots=True)
class DraftInfo:
    """An exercise left halfway: which one and when it was last touched."""

    exercise_id: str
    exercise_version: int
    updated_utc: dt.datetime


class ExerciseStore:
    """Journal methods for structured entries. Needs _read, _write, _row, _tag_rows, _entry."""

    _read: Any
    _write: Any

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
        """Create (or, with entry_uuid, replace) a finished exercise with its metrics.

        One transaction: the entry, its answers JSON and every metric row land together,
        and the exercise's draft is removed.
        """
        from trustjournal.storage.journal import utc_now

        answers_json = json.dumps(dict(answers), ensure_ascii=False, sort_keys=True)
        body = strip_markers(body.replace("\x00", ""))
        now = utc_now()
        with self._write() as session:
            before = None
            if entry_uuid is None:
                row = EntryRow(
                    uuid=str(uuidlib.uuid4()),
                    created_utc=now,
                    local_date=local_date or dt.date.today(),
                    starred=False,
                )
                session.add(row)
                order = True
            else:
                row = self._row(session, entry_uuid)  # type: ignore[attr-defined]
                if row.exercise_id != exercise_id:
                    raise JournalError("That entry belongs to a different exercise.")
                before = version_of(session, row)  # changed answers keep the old ones
                order = local_date is not None and local_date != row.local_date
                if local_date is not None:
                    row.local_date = local_date
            row.kind = str(kind)
            row.title = clean_title(strip_markers(title))
            row.body, row.preview, row.word_count = body, preview(body), word_count(body)
            row.exercise_id, row.exercise_version = exercise_id, exercise_version
            row.answers_json = answers_json
            row.updated_utc = now
            row.tags = self._tag_rows(session, clean_tags(tags))  # type: ignore[attr-defined]
            session.flush()
            session.execute(delete(MetricRow).where(MetricRow.entry_id == row.id))
            if metrics:
                session.add_all(
                    MetricRow(entry_id=row.id, name=m.name, value=m.value, label=m.label)
                    for m in metrics
                )
            session.execute(delete(DraftRow).where(DraftRow.exercise_id == exercise_id))
            session.flush()
            if before is not None:
                keep_if_changed(session, row, before, now)
            entry = self._entry(row)  # type: ignore[attr-defined]
        change = Change(entries=frozenset({entry.uuid}), order=order or entry_uuid is None,
                        tags=True, exercises=True)
        return entry, change

    def exercise_answers(self, entry_uuid: str) -> dict[str, Any] | None:
        """The answers saved with an exercise entry, or None for a free entry."""
        with self._read() as conn:
            raw = conn.execute(
                select(EntryRow.answers_json).where(EntryRow.uuid == entry_uuid)
            ).scalar()
        return None if raw is None else json.loads(raw)

    def entry_metrics(self, entry_uuid: str) -> list[Metric]:
        """The metric rows of one entry, in the order they were saved."""
        with self._read() as conn:
            rows = conn.execute(
                select(MetricRow.name, MetricRow.value, MetricRow.label)
                .join(EntryRow, EntryRow.id == MetricRow.entry_id)
                .where(EntryRow.uuid == entry_uuid)
                .order_by(MetricRow.id)
            )
            return [Metric(name, value, label) for name, value, label in rows]

    def last_done(self) -> dict[str, dt.date]:
        """For each exercise id: the latest day it was completed (live entries only)."""
        with self._read() as conn:
            rows = conn.execute(
                select(EntryRow.exercise_id, func.max(EntryRow.local_date))
                .where(EntryRow.exercise_id.is_not(None), EntryRow.deleted_utc.is_(None))
                .group_by(EntryRow.exercise_id)
            )
            return {exercise_id: day for exercise_id, day in rows}

    def latest_answers(self, exercise_id: str, before: dt.date) -> dict[str, Any] | None:
        """The answers of the newest live entry of an exercise dated before `before` (e.g.
        the last weekly review's focus), or None when there is none."""
        with self._read() as conn:
            raw = conn.execute(
                select(EntryRow.answers_json)
                .where(EntryRow.exercise_id == exercise_id, EntryRow.local_date < before,
                       EntryRow.deleted_utc.is_(None), EntryRow.answers_json.is_not(None))
                .order_by(EntryRow.local_date.desc(), EntryRow.created_utc.desc())
                .limit(1)
            ).scalar()
        return None if raw is None else json.loads(raw)

    def awaiting_follow_up(self, exercise_id: str, follow_up_id: str
                           ) -> list[tuple[str, dt.date, str, dict[str, Any]]]:
        """(uuid, day, title, answers) of the live entries of an exercise that no live
        entry of the follow-up exercise follows yet (by answers['follows']), newest first."""
        with self._read() as conn:
            followed = {
                answers.get("follows") for raw in conn.execute(
                    select(EntryRow.answers_json)
                    .where(EntryRow.exercise_id == follow_up_id,
                           EntryRow.deleted_utc.is_(None), EntryRow.answers_json.is_not(None))
                ).scalars()
                if isinstance(answers := json.loads(raw), dict)
            }
            rows = conn.execute(
                select(EntryRow.uuid, EntryRow.local_date, EntryRow.title, EntryRow.answers_json)
                .where(EntryRow.exercise_id == exercise_id, EntryRow.deleted_utc.is_(None),
                       EntryRow.answers_json.is_not(None))
                .order_by(EntryRow.local_date.desc(), EntryRow.created_utc.desc())
            ).all()
        return [(uuid, day, title or "", answers) for uuid, day, title, raw in rows
                if uuid not in followed and isinstance(answers := json.loads(raw), dict)]

    def checkin_on(self, day: dt.date) -> Entry | None:
        """The day's check-in (the newest if several), to edit it later the same day."""
        with Session(self._engine) as session:  # type: ignore[attr-defined]
            row = session.scalar(
                select(EntryRow)
                .where(EntryRow.kind == str(EntryKind.CHECKIN), EntryRow.local_date == day,
                       EntryRow.deleted_utc.is_(None))
                .order_by(EntryRow.created_utc.desc())
                .limit(1)
            )
            return None if row is None else self._entry(row)  # type: ignore[attr-defined]

    # -- drafts ----------------------------------------------------------------------

    def save_draft(
        self, exercise_id: str, exercise_version: int, state: Mapping[str, Any]
    ) -> Change:
        """Keep an exercise in progress (replacing its previous draft)."""
        from trustjournal.storage.journal import utc_now

        state_json = json.dumps(dict(state), ensure_ascii=False)
        with self._write() as session:
            session.merge(DraftRow(exercise_id=exercise_id, exercise_version=exercise_version,
                                   state_json=state_json, updated_utc=utc_now()))
        return Change(exercises=True)

    def load_draft(self, exercise_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            raw = conn.execute(
                select(DraftRow.state_json).where(DraftRow.exercise_id == exercise_id)
            ).scalar()
        return None if raw is None else json.loads(raw)

    def drafts(self) -> list[DraftInfo]:
        """Exercises in progress, most recently touched first."""
        with self._read() as conn:
            rows = conn.execute(
                select(DraftRow.exercise_id, DraftRow.exercise_version, DraftRow.updated_utc)
                .order_by(DraftRow.updated_utc.desc())
            )
            return [DraftInfo(i, v, u.replace(tzinfo=dt.UTC)) for i, v, u in rows]

    def discard_draft(self, exercise_id: str) -> Change:
        with self._write() as session:
            session.execute(delete(DraftRow).where(DraftRow.exercise_id == exercise_id))
        return Change(exercises=True)


def metric_rows(conn: Connection, name: str) -> Iterator[tuple[dt.date, float | None, str | None]]:
    """(day, value, label) of one metric over live entries, oldest first (for statistics)."""
    rows = conn.execute(
        select(EntryRow.local_date, MetricRow.value, MetricRow.label)
        .join(EntryRow, EntryRow.id == MetricRow.entry_id)
        .where(MetricRow.name == name, EntryRow.deleted_utc.is_(None))
        .order_by(EntryRow.local_date)
    )
    yield from rows


__all__ = ["DraftInfo", "ExerciseStore", "metric_rows"]
