"""What storage hands to the progress figures: plain rows, already aggregated by SQL.

Every row is about live (not trashed) entries and uses the user's local date. Storage
fills a ProgressData for a range of days; the functions in this package never see SQL.
Rows are named tuples: a ten-year journal returns tens of thousands of them, and tuples
are the cheapest immutable values to make.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple


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


# The check-in scales, in the order they are shown.
CHECKIN_METRICS: tuple[str, ...] = ("trust", "anxiety", "connection")
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

    # Field order matters: averages at 2..4 and counts at 5..7, in CHECKIN_METRICS order.
    day: dt.date
    checkins: int
    trust: float | None
    anxiety: float | None
    connection: float | None
    trust_count: int = 0
    anxiety_count: int = 0
    connection_count: int = 0

    def value(self, metric: str) -> tuple[float | None, int]:
        """(average, number of values) of one scale ('trust', 'anxiety', 'connection')."""
        return getattr(self, metric), getattr(self, f"{metric}_count")


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


@dataclass(frozen=True, slots=True)
class ProgressData:
    """Everything the Progress page, the weekly review and `trustjournal stats` need.

    `start`/`end` are the days asked for (None: unbounded); `first_day`/`last_day` are
    the first and last days of any live entry in the whole journal (None when empty).
    Row tuples are ordered by day.
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
