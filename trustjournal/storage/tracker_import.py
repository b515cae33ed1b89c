"""Tracker records and user exercise versions brought in by an import.

Checked whole before anything is written (check_tracker_set), then planned inside the
import's write transaction against what the journal holds (plan_tracker_import): records
whose uuid is there already are skipped, like entries; a user exercise version equal to
a stored one is skipped, a different text under the same id and version is refused, and
so is an intention for a day that already has another one. A refusal raises JournalError
before a row is written, so the journal stays as it was.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.trackers import TrackerSet, UserExerciseVersion
from trustjournal.storage.errors import JournalError
from trustjournal.storage.rows import chunks, db_date, marks
from trustjournal.storage.tracker_rows import (
    INSERT_EXERCISE,
    INTENTIONS,
    PROMISES,
    URGES,
    WORRIES,
    Table,
    check_exercise_version,
    exercise_row,
    refuse,
)

Cursor = Any  # a sqlcipher3 cursor


def _kinds(trackers: TrackerSet) -> tuple[tuple[Table, tuple[Any, ...]], ...]:
    return ((URGES, trackers.urges), (PROMISES, trackers.promises),
            (INTENTIONS, trackers.intentions), (WORRIES, trackers.worries))


def check_tracker_set(trackers: TrackerSet) -> None:
    """Raise JournalError, naming the kind of record and its id, for the first record
    that fails its check or contradicts another record of the same import."""
    for table, records in _kinds(trackers):
        for record in records:
            refuse(table, record, imported=True)
    days: dict[Any, str] = {}
    for i in trackers.intentions:
        other = days.setdefault(i.local_date, i.uuid)
        if other != i.uuid:
            raise JournalError(
                translate("StorageTrackerImport",
                    "The import holds two intentions for {isoformat} ({other} and "
                    "{uuid}); a day has one intention. Nothing was imported.").format(
                    isoformat=i.local_date.isoformat(), other=other, uuid=i.uuid))
    texts: dict[tuple[str, int], str] = {}
    for v in trackers.exercises:
        problems = _exercise_problems(v)
        if problems:
            raise JournalError(translate("StorageTrackerImport",
                "An imported exercise version ({exercise_id}) cannot be used: {join}").format(
                exercise_id=repr(v.exercise_id), join=' '.join(problems)))
        if texts.setdefault((v.exercise_id, v.version), v.toml) != v.toml:
            raise JournalError(
                translate("StorageTrackerImport",
                    "The import holds two different texts for version {version} of "
                    "the exercise {exercise_id}. Nothing was imported.").format(
                    version=v.version, exercise_id=repr(v.exercise_id)))


def _exercise_problems(v: UserExerciseVersion) -> list[str]:
    try:
        problems = check_exercise_version(v)
        exercise_row(v)  # a time of the wrong type fails here, not mid-write
    except (TypeError, ValueError, AttributeError):
        problems = ["Some of its fields do not hold what they should."]
    return problems


@lazy_dataclass
class TrackerPlan:
    """The rows an import adds, by table, and how many records it skips."""

    rows: dict[Table, list[tuple[Any, ...]]] = field(default_factory=dict)
    exercises: list[tuple[Any, ...]] = field(default_factory=list)
    skipped: int = 0

    @property
    def trackers(self) -> bool:
        return any(self.rows.values())

    @property
    def empty(self) -> bool:
        return not (self.trackers or self.exercises)


def plan_tracker_import(cur: Cursor, trackers: TrackerSet) -> TrackerPlan:
    """What of a checked TrackerSet is new to the journal; raises JournalError for a
    contradiction with what it holds (see the module's text). Only reads."""
    plan = TrackerPlan()
    for table, records in _kinds(trackers):
        known: set[str] = set()
        for chunk in chunks(r.uuid for r in records):
            known.update(u for (u,) in cur.execute(
                f"SELECT uuid FROM {table.name} WHERE uuid IN ({marks(len(chunk))})", chunk))
        fresh = []
        for record in records:
            if record.uuid in known:
                plan.skipped += 1
                continue
            known.add(record.uuid)  # the same record twice in one file lands once
            fresh.append(record)
        if table is INTENTIONS:
            _refuse_taken_days(cur, fresh)
        plan.rows[table] = [table.to_row(r) for r in fresh]
    stored: dict[tuple[str, int], str] = {}
    for chunk in chunks(sorted({v.exercise_id for v in trackers.exercises})):
        stored.update(((i, n), text) for i, n, text in cur.execute(
            "SELECT exercise_id, version, toml FROM user_exercises "
            f"WHERE exercise_id IN ({marks(len(chunk))})", chunk))
    for v in trackers.exercises:
        there = stored.get((v.exercise_id, v.version))
        if there is None:
            stored[(v.exercise_id, v.version)] = v.toml
            plan.exercises.append(exercise_row(v))
        elif there == v.toml:
            plan.skipped += 1
        else:
            raise JournalError(
                translate("StorageTrackerImport",
                    "Version {version} of your exercise {exercise_id} is already in "
                    "this journal with a different text, so the import was refused "
                    "and nothing was imported. Give one of them another id and try "
                    "again.").format(
                    version=v.version, exercise_id=repr(v.exercise_id)))
    return plan


def _refuse_taken_days(cur: Cursor, fresh: list[Any]) -> None:
    by_day = {db_date(i.local_date): i for i in fresh}
    for chunk in chunks(by_day):
        for day, uuid in cur.execute(
                f"SELECT local_date, uuid FROM intentions WHERE local_date IN "
                f"({marks(len(chunk))})", chunk):
            raise JournalError(
                translate("StorageTrackerImport",
                    "The imported intention {uuid} is for {day}, which already has "
                    "another intention in this journal ({uuid2}). Nothing was "
                    "imported.").format(
                    uuid=by_day[day].uuid, day=day, uuid2=uuid))


def write_tracker_plan(cur: Cursor, plan: TrackerPlan) -> None:
    """Insert the planned rows (inside the caller's write transaction)."""
    for table, rows in plan.rows.items():
        if rows:
            cur.executemany(table.insert, rows)
    if plan.exercises:
        cur.executemany(INSERT_EXERCISE, plan.exercises)


__all__ = ["TrackerPlan", "check_tracker_set", "plan_tracker_import", "write_tracker_plan"]
