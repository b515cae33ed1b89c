"""What storage hands to the progress figures: plain rows, already aggregated by SQL.

Every row is about live (not trashed) entries and uses the user's local date. Storage
fills a ProgressData for a range of days; the functions in this package never see SQL.
Rows are named tuples: a ten-year journal returns tens of thousands of them, and tuples
are the cheapest immutable values to make.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import field
from itertools import chain, islice, repeat
from operator import le
from typing import Any, NamedTuple

from trustjournal.core.lazy_dataclass import lazy_dataclass


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold back Python's cycle collector while a dashboard is computed.

    A ten-year dashboard makes tens of thousands of small rows; none form cycles, but
    named tuples stay tracked, and a full collection in the middle walks every object
    of the app (Qt wrappers included): measured, it added a quarter to half the time,
    every other run. Collection resumes as usual afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# The check-in scales, in the order they are shown: the original three, then the ones
# asked since check-ins follow the perspective (core/exercises/checkin.py SCALES).
CHECKIN_METRICS: tuple[str, ...] = ("trust", "anxiety", "connection", "felt_trusted",
                                    "distrust_weight", "needs_met")
# Metrics counted by label (which trap, which root, which kind of victory, …).
LABEL_METRICS: tuple[str, ...] = ("trap", "root_source", "root_where", "victory_kind",
                                  "promise")
THOUGHT_RECORD = "challenge_a_thought"
VICTORY = "celebrate_small_victory"
ROOT = "get_to_the_root"


class CheckinDay(NamedTuple):
    """The check-ins of one day: each scale's average and how many values it rests on.

    A scale nobody answered that day has the average None and the count 0.
    """

    # The original three come first so rows made before the newer scales still read the
    # same; VALUE_AT and COUNT_AT below give each scale's position.
    day: dt.date
    checkins: int
    trust: float | None
    anxiety: float | None
    connection: float | None
    trust_count: int = 0
    anxiety_count: int = 0
    connection_count: int = 0
    felt_trusted: float | None = None
    distrust_weight: float | None = None
    needs_met: float | None = None
    felt_trusted_count: int = 0
    distrust_weight_count: int = 0
    needs_met_count: int = 0

    def value(self, metric: str) -> tuple[float | None, int]:
        """(average, number of values) of one scale (a name in CHECKIN_METRICS)."""
        return getattr(self, metric), getattr(self, f"{metric}_count")


# Where each scale's average and count sit in a CheckinDay, in CHECKIN_METRICS order (the
# dashboard reads years of rows by position).
VALUE_AT: tuple[int, ...] = tuple(CheckinDay._fields.index(m) for m in CHECKIN_METRICS)
COUNT_AT: tuple[int, ...] = tuple(CheckinDay._fields.index(f"{m}_count")
                                  for m in CHECKIN_METRICS)


class ExerciseDay(NamedTuple):
    """How many times one exercise was finished on one day."""

    day: dt.date
    exercise_id: str
    count: int


class ThoughtRecord(NamedTuple):
    """One finished thought record: belief (0–100) and feeling intensity (0–100) before
    and after. Feelings are paired by feeling: both averages cover only the feelings
    rated before *and* after, so a feeling added or left out never looks like a change."""

    day: dt.date
    uuid: str
    belief_before: float | None
    belief_after: float | None
    feeling_before: float | None
    feeling_after: float | None

    @property
    def belief_drop(self) -> float | None:
        """How far belief fell (negative when it rose); None without both ratings."""
        if self.belief_before is None or self.belief_after is None:
            return None
        return self.belief_before - self.belief_after

    @property
    def feeling_drop(self) -> float | None:
        """How far the paired feelings eased on average (negative when they grew)."""
        if self.feeling_before is None or self.feeling_after is None:
            return None
        return self.feeling_before - self.feeling_after


class LabelCount(NamedTuple):
    """How often a labelled metric had one label on one day, e.g. ('trap', 'mind_reading')."""

    day: dt.date
    metric: str
    label: str
    count: int


class Victory(NamedTuple):
    """One small victory for the wall: what went well, its kind and how proud (0–10)."""

    day: dt.date
    uuid: str
    text: str
    kind: str | None
    pride: float | None


class ActivityDay(NamedTuple):
    """How many entries of any kind (check-ins included) one day has, and how many of
    them are check-ins (with at least one scale answered)."""

    day: dt.date
    entries: int
    checkins: int


class Columns(NamedTuple):
    """One kind of row by column, as kept figures decode (no row objects made): `days`
    the distinct days in order, `runs` how many rows each of them has, and `values` one
    list per field after the day, in row order."""

    days: list[dt.date]
    runs: list[int]
    values: tuple[list[Any], ...]

    def each_day(self) -> list[dt.date]:
        """The day of every row, in row order."""
        if len(self.days) == len(self.values[0]):  # one row a day
            return self.days
        return list(chain.from_iterable(map(repeat, self.days, self.runs)))

    def per_row(self, values: list[Any]) -> list[Any]:
        """`values` (one per distinct day) repeated for each of that day's rows."""
        if len(self.days) == len(self.values[0]):
            return values
        return list(chain.from_iterable(map(repeat, values, self.runs)))


def columns_of(rows: tuple[tuple[Any, ...], ...], width: int) -> Columns:
    """Rows (of `width` fields, the day first) as Columns. Rows ordered by day, as
    storage reads them, give each distinct day once with its run of rows; rows in any
    other order give one run per row, which builds the same dashboard."""
    if not rows:
        return Columns([], [], tuple([] for _ in range(width - 1)))
    days, *values = map(list, zip(*rows, strict=True))
    if all(map(le, days, islice(days, 1, None))):
        runs = Counter(days)  # in order, each day's rows together: counted in C
        return Columns(list(runs), list(runs.values()), tuple(values))
    return Columns(days, [1] * len(days), tuple(values))


# ProgressData's row fields and the type of their rows.
ROW_TYPES: dict[str, type] = {"checkins": CheckinDay, "exercises": ExerciseDay,
                              "thought_records": ThoughtRecord, "labels": LabelCount,
                              "victories": Victory, "activity": ActivityDay}


@lazy_dataclass(frozen=True, slots=True)
class ProgressData:
    """Everything the Progress page, the weekly review and `trustjournal stats` need.

    `start`/`end` are the days asked for (None: unbounded); `first_day`/`last_day` are
    the first and last days of any live entry in the whole journal (None when empty).
    Row tuples are ordered by day.

    `columns` is set on data made by `from_columns` (storage's whole-journal figures,
    kept between sessions or read in full, and the ranges cut from them): the same rows
    by column, from which the dashboard builds without row objects. Its row fields are
    then made the first time they are read, and the data is equal to (and reads as) the
    same data made from rows.
    """

    start: dt.date | None
    end: dt.date | None
    first_day: dt.date | None
    last_day: dt.date | None
    checkins: tuple[CheckinDay, ...] = ()
    exercises: tuple[ExerciseDay, ...] = ()
    thought_records: tuple[ThoughtRecord, ...] = ()
    labels: tuple[LabelCount, ...] = ()
    victories: tuple[Victory, ...] = ()
    activity: tuple[ActivityDay, ...] = ()
    columns: Mapping[str, Columns] | None = field(default=None, init=False, compare=False,
                                                  repr=False)

    @classmethod
    def from_columns(cls, start: dt.date | None, end: dt.date | None,
                     first_day: dt.date | None, last_day: dt.date | None,
                     columns: Mapping[str, Columns]) -> ProgressData:
        """Data whose rows are `columns` (one Columns for each of ROW_TYPES); the row
        tuples are made only when read (ten years hold about 50,000 rows)."""
        data = object.__new__(cls)
        for name, value in (("start", start), ("end", end), ("first_day", first_day),
                            ("last_day", last_day), ("columns", columns)):
            object.__setattr__(data, name, value)
        return data

    def by_column(self) -> dict[str, Columns]:
        """Every kind of row as Columns (`columns` itself when set)."""
        if self.columns is not None:
            return dict(self.columns)
        return {name: columns_of(getattr(self, name), len(kind._fields))
                for name, kind in ROW_TYPES.items()}

    def __getattr__(self, name: str) -> Any:
        # Reached only for a field never set: the row fields of from_columns's data.
        if name not in ROW_TYPES:
            raise AttributeError(name)
        column = self.columns[name] if self.columns is not None else None
        if column is None or not column.days:
            rows: tuple[Any, ...] = ()
        else:
            rows = tuple(map(tuple.__new__, repeat(ROW_TYPES[name]),
                             zip(column.each_day(), *column.values, strict=True)))
        object.__setattr__(self, name, rows)
        return rows

    @property
    def journal_is_empty(self) -> bool:
        """True when the journal has no live entries at all (not just in this range)."""
        return self.first_day is None

    def between(self, start: dt.date, end: dt.date) -> ProgressData:
        """The same data cut down to the days start..end (both included)."""
        def keep(rows: tuple) -> tuple:  # type: ignore[type-arg]
            return tuple(row for row in rows if start <= row.day <= end)

        return ProgressData(start, end, self.first_day, self.last_day, keep(self.checkins),
                            keep(self.exercises), keep(self.thought_records),
                            keep(self.labels), keep(self.victories), keep(self.activity))
