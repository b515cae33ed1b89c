"""ProgressData by column (from_columns, as kept figures decode) builds the same
dashboard as the same rows, and reads as the same rows: ranges that cut rows off on
both sides, days with several rows, questions nobody answered, and a count too large to
count one by one."""

from __future__ import annotations

import datetime as dt
import random
from itertools import groupby

import pytest

from tests.core.progress_reference import reference_dashboard
from trustjournal.core.progress import build_dashboard
from trustjournal.core.progress.data import (
    ROW_TYPES,
    ActivityDay,
    CheckinDay,
    Columns,
    ExerciseDay,
    LabelCount,
    ProgressData,
    ThoughtRecord,
    Victory,
)

D = dt.date
TODAY = D(2024, 6, 5)


def by_column(data: ProgressData, start: dt.date | None = None,
              end: dt.date | None = None) -> ProgressData:
    """`data`'s rows as columns, as kept_figures.decode_progress gives them."""
    columns = {}
    for name, kind in ROW_TYPES.items():
        rows = getattr(data, name)
        runs = [(day, len(list(group))) for day, group in groupby(row[0] for row in rows)]
        values = tuple(map(list, zip(*(row[1:] for row in rows), strict=True))) if rows \
            else tuple([] for _ in kind._fields[1:])
        columns[name] = Columns([day for day, _ in runs], [n for _, n in runs], values)
    return ProgressData.from_columns(start, end, data.first_day, data.last_day, columns)


def varied(seed: int) -> ProgressData:
    """Two years of every kind of row, several a day, some values missing."""
    rng = random.Random(seed)
    days = sorted(rng.sample([D(2022, 6, 1) + dt.timedelta(days=n) for n in range(730)], 300))
    rating = lambda: rng.choice([None, float(rng.randint(0, 10)), rng.random() * 10])  # noqa: E731
    checkins, exercises, thoughts, labels, victories, activity = [], [], [], [], [], []
    for day in days:
        answered = rng.randint(0, 3)
        checkins.append(CheckinDay(day, answered, rating(), rating(), rating(), answered,
                                   rng.randint(0, 2), answered, None, rating(), None, 0,
                                   rng.randint(0, 1), 0))
        for exercise in sorted(rng.sample(["celebrate_small_victory", "challenge_a_thought",
                                           "get_to_the_root", "mystery"], 2)):
            exercises.append(ExerciseDay(day, exercise, rng.randint(1, 3)))
        for n in range(rng.randint(0, 2)):
            thoughts.append(ThoughtRecord(day, f"t{day}{n}", *(rng.choice(
                [None, float(rng.randint(0, 100))]) for _ in range(4))))
        for metric, label in sorted({(rng.choice(["trap", "root_source", "root_where"]),
                                      rng.choice(["other", "past", "here", "family", "x"]))
                                     for _ in range(3)}):
            labels.append(LabelCount(day, metric, label, rng.randint(1, 4)))
        if rng.random() < 0.4:
            victories.append(Victory(day, f"v{day}", f"won {day}",
                                     rng.choice([None, "asked", "calm"]), rating()))
        activity.append(ActivityDay(day, rng.randint(1, 5), answered and 1))
    return ProgressData(None, None, days[0], days[-1], tuple(checkins), tuple(exercises),
                        tuple(thoughts), tuple(labels), tuple(victories), tuple(activity))


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("key", "start", "end"), [
    ("all", None, None), ("12w", D(2024, 3, 11), D(2024, 6, 2)),
    ("1y", D(2023, 2, 1), D(2023, 12, 31)), ("2w", D(2022, 1, 3), D(2022, 6, 12))])
@pytest.mark.parametrize("first_weekday", [0, 6])
def test_columns_build_the_dashboard_the_rows_build(seed: int, key: str, start: dt.date | None,
                                                    end: dt.date | None,
                                                    first_weekday: int) -> None:
    whole = varied(seed)
    # Kept columns always hold the whole journal; these reach past the range on purpose.
    columns = by_column(whole, start, end)
    rows = ProgressData(start, end, whole.first_day, whole.last_day, *(
        getattr(whole, name) for name in ROW_TYPES))
    shown = build_dashboard(columns, today=TODAY, first_weekday=first_weekday, range_key=key)
    assert columns.columns is not None
    assert shown == build_dashboard(rows, today=TODAY, first_weekday=first_weekday,
                                    range_key=key)
    assert shown == reference_dashboard(rows, today=TODAY, first_weekday=first_weekday,
                                        range_key=key)
    if key == "all":
        assert shown.trend.checkins and shown.exercises.total and shown.thoughts.records
        assert shown.traps.items and shown.where.items and shown.victories.wall
    # And read as rows, they are the rows.
    assert columns == rows
    assert [getattr(columns, name) for name in ROW_TYPES] == \
        [getattr(rows, name) for name in ROW_TYPES]


def test_a_huge_count_is_counted_not_repeated() -> None:
    day = D(2024, 6, 3)
    rows = ProgressData(None, None, day, day, labels=(
        LabelCount(day, "trap", "mind_reading", 10 ** 15),
        LabelCount(day, "trap", "other", 2)))
    for data in (rows, by_column(rows)):
        traps = build_dashboard(data, today=TODAY, range_key="all").traps
        assert [(item.id, item.count) for item in traps.items] == [
            ("mind_reading", 10 ** 15), ("other", 2)]


def test_a_day_with_two_activity_rows_builds_as_its_rows_do() -> None:
    # Our reads give one activity row a day, but kept figures are data from the file:
    # two rows on one day must not stop the page (decoding accepts them).
    day, later = D(2024, 6, 3), D(2024, 6, 4)
    rows = ProgressData(None, None, day, later, activity=(
        ActivityDay(day, 2, 1), ActivityDay(day, 3, 0), ActivityDay(later, 1, 0)))
    shown = build_dashboard(by_column(rows), today=TODAY, range_key="all")
    assert shown == build_dashboard(rows, today=TODAY, range_key="all")
    assert shown.heatmap.cells == ((day, 2), (day, 3), (later, 1))


def test_data_replaced_in_part_is_rows_not_stale_columns() -> None:
    import dataclasses

    columns = by_column(varied(4))
    assert columns.columns is not None
    cut = dataclasses.replace(columns, labels=())
    assert cut.columns is None and cut.labels == () and cut.checkins == columns.checkins
    shown = build_dashboard(cut, today=TODAY, range_key="all")
    assert shown.traps.is_empty and not shown.trend.is_empty
