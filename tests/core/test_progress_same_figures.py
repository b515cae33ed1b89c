"""The tuned dashboard build gives what the plain row-by-row computation gives
(tests/core/progress_reference.py) on awkward hand-made data: rows out of day order,
rows inside a folded gap or outside the range, scales left unanswered, equal days."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tests.core.progress_reference import reference_dashboard
from trustjournal.core.progress import (
    ActivityDay,
    CheckinDay,
    ExerciseDay,
    LabelCount,
    ProgressData,
    ThoughtRecord,
    Victory,
    build_dashboard,
    make_periods,
)
from trustjournal.core.trackers import IntentionDay, PromiseDay, TrackerData, UrgeDay

D = dt.date
TODAY = D(2025, 6, 18)


def awkward(seed: int, start: dt.date | None, end: dt.date | None) -> tuple[ProgressData,
                                                                           TrackerData]:
    """Random rows over two busy stretches four years apart, shuffled, with some rows
    on days that have no activity (so they may sit in the folded gap between them)."""
    rng = random.Random(seed)
    days = [D(2020, 1, 1) + dt.timedelta(days=rng.randrange(200)) for _ in range(60)]
    days += [D(2024, 9, 1) + dt.timedelta(days=rng.randrange(290)) for _ in range(60)]
    stray = [D(2022, 5, 5), D(2019, 3, 3), TODAY + dt.timedelta(days=30)]

    def maybe(low: int, high: int) -> float | None:
        return None if rng.random() < 0.2 else rng.randint(low, high) / rng.choice((1, 3))

    checkins = [CheckinDay(day, 2, maybe(0, 10), maybe(0, 10), maybe(0, 10), 2,
                           rng.choice((0, 1, 2)), 2, maybe(0, 10), None, maybe(0, 10), 1, 0,
                           rng.choice((0, 1))) for day in days[::2] + stray]
    exercises = [ExerciseDay(day, rng.choice(("a", "b", "challenge_a_thought")),
                             rng.randint(1, 3)) for day in days + stray]
    thoughts = [ThoughtRecord(day, f"t{i}", maybe(0, 100), maybe(0, 100), maybe(0, 100),
                              maybe(0, 100)) for i, day in enumerate(days[1::3] + stray)]
    labels = [LabelCount(day, rng.choice(("trap", "root_source", "root_where")),
                         rng.choice(("mind_reading", "here", "past", "family", "odd")),
                         rng.randint(1, 4)) for day in days + days[:20] + stray]
    victories = [Victory(day, f"v{i}", f"went well {i}", rng.choice((None, "asked",
                                                                     "trusted")),
                         maybe(0, 10)) for i, day in enumerate(days[::4] + stray)]
    activity = [ActivityDay(day, rng.randint(0, 3), rng.randint(0, 1))
                for day in sorted(set(days))]
    for rows in (checkins, exercises, thoughts, labels, victories):
        rng.shuffle(rows)
    data = ProgressData(start, end, min(days), max(days), tuple(checkins), tuple(exercises),
                        tuple(thoughts), tuple(labels), tuple(victories), tuple(activity))
    trackers = TrackerData(
        urges=tuple(UrgeDay(day, 2, 1, 0, 1, rng.randint(2, 16)) for day in days[::5]),
        promises=tuple(PromiseDay(day, rng.choice(("me", "partner")), 1, 0, 1)
                       for day in days[1::5]),
        intentions=tuple(IntentionDay(day, rng.choice(("done", None))) for day in days[2::5]),
        first_day=D(2019, 12, 30))
    return data, trackers


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(("start", "end", "key"), [
    (None, None, "all"), (D(2024, 6, 24), TODAY, "1y"), (D(2025, 5, 19), TODAY, "4w"),
    (D(2020, 2, 3), D(2020, 4, 30), "13w")])
@pytest.mark.parametrize("first_weekday", [0, 6])
def test_awkward_rows_give_the_reference_dashboard(seed: int, start: dt.date | None,
                                                   end: dt.date | None, key: str,
                                                   first_weekday: int) -> None:
    data, trackers = awkward(seed, start, end)
    built = build_dashboard(data, today=TODAY, first_weekday=first_weekday, range_key=key,
                            trackers=trackers)
    assert built == reference_dashboard(data, today=TODAY, first_weekday=first_weekday,
                                        range_key=key, trackers=trackers)
    if key == "all":
        assert built.periods.gaps  # the stretch between the two is folded


def test_day_lookups_answer_as_index_of_and_respect_the_window() -> None:
    periods = make_periods(D(2020, 1, 1), D(2025, 1, 1), 6,
                           [D(2020, 1, 1), D(2020, 3, 1), D(2024, 12, 1)])
    window = periods.within(D(2020, 2, 1), D(2024, 12, 31))
    assert periods.within(D(2020, 2, 1), D(2024, 12, 31)) is window
    for offset in range(0, 1850, 3):
        day = D(2020, 1, 1) + dt.timedelta(days=offset)
        weeks = (day.toordinal() - 1 - 6) // 7
        assert periods.day_index[day] == periods.index_of(day) == periods._index.get(weeks)
        inside = D(2020, 2, 1) <= day <= D(2024, 12, 31)
        assert window[day] == (periods.index_of(day) if inside else None)
