"""The figures behind the Progress page: a handful of SQL aggregates over live entries.

Mixed into Journal. Everything is grouped by local date (and metric or label) inside
SQLite, over the metrics table the exercises and check-ins fill when they are saved, so
the dashboard never reads answers JSON in Python. core.progress turns the rows into
charts and words.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased

from trustjournal.core.entries import EntryKind
from trustjournal.core.progress.data import (
    CHECKIN_METRICS,
    LABEL_METRICS,
    THOUGHT_RECORD,
    VICTORY,
    ActivityDay,
    CheckinDay,
    ExerciseDay,
    LabelCount,
    ProgressData,
    ThoughtRecord,
    Victory,
    collector_paused,
)
from trustjournal.storage.orm import EntryRow, MetricRow

_CHECKIN = str(EntryKind.CHECKIN)
_EXERCISE = str(EntryKind.EXERCISE)
# ix_entries_kind holds only structured entries (WHERE kind != 'free'); SQLite uses a
# partial index only when the query repeats that term word for word.
_STRUCTURED = EntryRow.kind != str(EntryKind.FREE)


def _live(bounded_start: bool, bounded_end: bool) -> list[ColumnElement[bool]]:
    """Live entries, between the bound parameters :start and :end when they are given."""
    conditions: list[ColumnElement[bool]] = [EntryRow.deleted_utc.is_(None)]
    if bounded_start:
        conditions.append(EntryRow.local_date >= bindparam("start", type_=Date))
    if bounded_end:
        conditions.append(EntryRow.local_date <= bindparam("end", type_=Date))
    return conditions


def _metric_value(name: str) -> Any:
    """The entry's value of a single-valued metric (pride, …), or NULL."""
    return (select(MetricRow.value)
            .where(MetricRow.entry_id == EntryRow.id, MetricRow.name == name)
            .order_by(MetricRow.id).limit(1).scalar_subquery())


def _metric_label(name: str) -> Any:
    return (select(MetricRow.label)
            .where(MetricRow.entry_id == EntryRow.id, MetricRow.name == name)
            .order_by(MetricRow.id).limit(1).scalar_subquery())


class _Days(dict[str, dt.date]):
    """ISO date text → date, each distinct day parsed once across all the queries (the
    same few thousand days come back from every one of them); look up with days[text]."""

    def __missing__(self, text: str) -> dt.date:
        day = self[text] = dt.date.fromisoformat(text)
        return day


# The day as stored (ISO text), converted by _Days rather than row by row.
_DAY = type_coerce(EntryRow.local_date, String)


@cache
def _statements(bounded_start: bool, bounded_end: bool) -> dict[str, Select[Any]]:
    """The queries for one shape of range, built once: later calls only bind the days."""
    live = _live(bounded_start, bounded_end)
    thought_record = (_STRUCTURED, EntryRow.kind == _EXERCISE, *live,
                      EntryRow.exercise_id == THOUGHT_RECORD)
    # Feelings are paired by feeling: both averages cover only the feelings rated before
    # and after, so a feeling rated once never looks like a change.
    before, after = aliased(MetricRow), aliased(MetricRow)

    def average(name: str) -> Any:
        return func.avg(case((MetricRow.name == name, MetricRow.value)))

    def answered(name: str) -> Any:
        return func.count(case((MetricRow.name == name, MetricRow.value)))

    # The wall shows what went well in the person's own words ("what"), else the title.
    # json_valid first: one damaged answers value must not take the whole page down.
    what = case((func.json_valid(EntryRow.answers_json),
                 func.json_extract(EntryRow.answers_json, "$.what")))
    return {
        "bounds": select(func.min(_DAY), func.max(_DAY)).where(EntryRow.deleted_utc.is_(None)),
        # Columns in CheckinDay's field order: an average or a count for each scale.
        "checkins": select(_DAY, func.count(EntryRow.id.distinct()),
                           *(answered(name.removesuffix("_count")) if name.endswith("_count")
                             else average(name) for name in CheckinDay._fields[2:]))
        .join(MetricRow, MetricRow.entry_id == EntryRow.id)
        .where(_STRUCTURED, EntryRow.kind == _CHECKIN, *live, MetricRow.name.in_(CHECKIN_METRICS))
        .group_by(EntryRow.local_date)
        .order_by(EntryRow.local_date),
        "exercises": select(_DAY, EntryRow.exercise_id, func.count())
        .where(_STRUCTURED, EntryRow.kind == _EXERCISE, *live, EntryRow.exercise_id.is_not(None))
        .group_by(EntryRow.local_date, EntryRow.exercise_id)
        .order_by(EntryRow.local_date, EntryRow.exercise_id),
        # Thought records in two grouped passes (beliefs; paired feelings), joined up in
        # Python: four correlated lookups per record took longer than both together.
        "thought_records": select(_DAY, EntryRow.uuid, EntryRow.id,
                                  func.max(case((MetricRow.name == "belief_before",
                                                 MetricRow.value))),
                                  func.max(case((MetricRow.name == "belief_after",
                                                 MetricRow.value))))
        .outerjoin(MetricRow, and_(MetricRow.entry_id == EntryRow.id,
                                   MetricRow.name.in_(("belief_before", "belief_after"))))
        .where(*thought_record)
        .group_by(EntryRow.id)
        .order_by(EntryRow.local_date, EntryRow.created_utc),
        "thought_feelings": select(EntryRow.id, func.avg(before.value), func.avg(after.value))
        .join(before, before.entry_id == EntryRow.id)
        .join(after, and_(after.entry_id == EntryRow.id, after.label == before.label))
        .where(*thought_record, before.name == "feeling_before", after.name == "feeling_after")
        .group_by(EntryRow.id),
        # Labelled metrics come from exercises (check-ins only have scales and feelings),
        # so the exercise entries lead and each one's few metric rows are looked up.
        "labels": select(_DAY, MetricRow.name, MetricRow.label, func.count())
        .select_from(EntryRow)
        .join(MetricRow, MetricRow.entry_id == EntryRow.id)
        .where(_STRUCTURED, EntryRow.kind == _EXERCISE, *live, MetricRow.name.in_(LABEL_METRICS),
               MetricRow.label.is_not(None))
        .group_by(EntryRow.local_date, MetricRow.name, MetricRow.label)
        .order_by(EntryRow.local_date, MetricRow.name, MetricRow.label),
        "victories": select(_DAY, EntryRow.uuid, what, EntryRow.title,
                            _metric_label("victory_kind"), _metric_value("pride"))
        .where(_STRUCTURED, EntryRow.kind == _EXERCISE, *live, EntryRow.exercise_id == VICTORY)
        .order_by(EntryRow.local_date, EntryRow.created_utc),
        # Entries of every kind per day, straight off the timeline index.
        "activity": select(_DAY, func.count())
        .where(*live)
        .group_by(EntryRow.local_date)
        .order_by(EntryRow.local_date),
    }


def _read_all(conn: Connection, start: dt.date | None, end: dt.date | None) -> ProgressData:
    statements = _statements(start is not None, end is not None)
    params = {key: value for key, value in (("start", start), ("end", end))
              if value is not None}
    days = _Days()

    def rows(name: str) -> Any:
        return conn.execute(statements[name], params).all()

    first, last = conn.execute(statements["bounds"]).one()
    if first is None:
        return ProgressData(start, end, None, None)
    checkins = [CheckinDay(days[day], *figures) for day, *figures in rows("checkins")]
    feelings = {entry_id: (before, after) for entry_id, before, after in rows("thought_feelings")}
    counts = {row.day: row.checkins for row in checkins}
    victories = [
        Victory(days[day], uuid, text if isinstance(text, str) and text.strip() else title,
                kind, pride)
        for day, uuid, text, title, kind, pride in rows("victories")]
    activity = []
    for text, count in rows("activity"):
        day = days[text]
        activity.append(ActivityDay(day, count, counts.get(day, 0)))
    return ProgressData(
        start, end, days[first], days[last],
        checkins=tuple(checkins),
        exercises=tuple(ExerciseDay(days[day], exercise_id, count)
                        for day, exercise_id, count in rows("exercises")),
        thought_records=tuple(
            ThoughtRecord(days[day], uuid, before, after, *feelings.get(entry_id, (None, None)))
            for day, uuid, entry_id, before, after in rows("thought_records")),
        labels=tuple(LabelCount(days[day], name, label, count)
                     for day, name, label, count in rows("labels")),
        victories=tuple(victories),
        activity=tuple(activity),
    )


class StatsStore:
    """Journal methods for the Progress page. Needs _read from Journal."""

    _read: Any

    def progress_data(self, start: dt.date | None = None,
                      end: dt.date | None = None) -> ProgressData:
        """Aggregates over live entries dated start..end (None: no bound), one read
        transaction, for core.progress: check-in averages per day, exercises per day,
        thought records, label counts, victories and entries per day."""
        with collector_paused(), self._read() as conn:
            return _read_all(conn, start, end)


__all__ = ["StatsStore"]
