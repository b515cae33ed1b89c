"""The Progress page's figures on a seeded demo journal are the ones the plain row-by-row
computation gives (tests/core/progress_reference.py), for every range and first weekday,
and stay so after each kind of write the page follows (the kept aggregates spliced, not
read again)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.progress_reference import reference_dashboard
from tests.storage.test_stats import THOUGHT, VICTORY, checkin, exercise
from tests.storage.test_transfer import record
from tests.tracker_records import intention, promise, urge, worry
from trustjournal.core.entries import EntryEdit
from trustjournal.core.progress import RANGES, build_dashboard, range_bounds
from trustjournal.core.records import MetricRecord
from trustjournal.core.trackers import (
    IntentionOutcome,
    PromiseBy,
    PromiseStatus,
    UrgeOutcome,
    WorryOutcome,
)
from trustjournal.storage.bulk import insert_demo
from trustjournal.storage.stats import StatsStore

D = dt.date
TODAY = D(2025, 6, 18)  # a Wednesday
WEEKDAYS = (0, 6)  # weeks from Monday, and from Sunday


def assert_same_figures(journal, keys=RANGES, weekdays=WEEKDAYS) -> None:  # type: ignore[no-untyped-def]
    """Each range's dashboard from the journal's (kept) figures equals the reference
    computed on a fresh read of the same range."""
    fresh = StatsStore(journal._gateway)
    for first_weekday in weekdays:
        for key in keys:
            start, end = range_bounds(key, TODAY, first_weekday)
            trackers = journal.tracker_data(start, end)
            built = build_dashboard(journal.progress_data(start, end), today=TODAY,
                                    first_weekday=first_weekday, range_key=key,
                                    trackers=trackers)
            expected = reference_dashboard(fresh.progress_data(start, end), today=TODAY,
                                           first_weekday=first_weekday, range_key=key,
                                           trackers=trackers)
            assert built == expected, (key, first_weekday)


@pytest.fixture
def demo(journal):  # type: ignore[no-untyped-def]
    insert_demo(journal, 2500, 4, 11, today=TODAY)
    return journal


def test_a_seeded_demo_gives_the_reference_figures_in_every_range(demo) -> None:  # type: ignore[no-untyped-def]
    whole = build_dashboard(demo.progress_data(), today=TODAY, range_key="all",
                            trackers=demo.tracker_data())
    # The demo fills every chart, so every loop of the build is compared.
    assert whole.trend.checkins > 500 and whole.exercises.total > 100
    assert whole.thoughts.records > 10 and whole.victories.wall and whole.traps.items
    assert whole.roots.items and whole.where.items and whole.heatmap.days > 500
    assert whole.trackers.urges.total and whole.trackers.promises.people
    assert_same_figures(demo, weekdays=(0, 2, 5, 6))


def test_every_kind_of_write_keeps_the_reference_figures(demo) -> None:  # type: ignore[no-untyped-def]
    demo.progress_data()  # "all" is kept and spliced from here on
    ids = {"checkin": checkin(demo, TODAY, 6, 3, 7)}
    assert_same_figures(demo)
    ids["thought"] = exercise(demo, "challenge_a_thought", TODAY - dt.timedelta(days=3),
                              THOUGHT)
    ids["victory"] = exercise(demo, "celebrate_small_victory", D(2023, 1, 2), VICTORY)
    assert_same_figures(demo)
    exercise(demo, "challenge_a_thought", TODAY - dt.timedelta(days=3),
             {**THOUGHT, "belief_after": 10})
    demo.update_entry(ids["checkin"], EntryEdit(local_date=D(2022, 2, 28)))
    assert_same_figures(demo)
    demo.trash_entry(ids["victory"])
    assert_same_figures(demo)
    demo.restore_entry(ids["victory"])
    demo.trash_entry(ids["thought"])
    demo.purge_entry(ids["thought"])
    assert_same_figures(demo)
    demo.import_records([
        record(1, local_date=TODAY - dt.timedelta(days=40)),
        record(2, kind="checkin", local_date=TODAY - dt.timedelta(days=1),
               exercise_id="checkin", exercise_version=1, answers={"trust": 3},
               metrics=(MetricRecord("trust", 3.0), MetricRecord("anxiety", 8.0)))])
    assert_same_figures(demo)
    urge(demo, TODAY, UrgeOutcome.RESISTED, 7)
    promise(demo, PromiseBy.ME, TODAY - dt.timedelta(days=9), PromiseStatus.KEPT, TODAY)
    intention(demo, TODAY + dt.timedelta(days=1), IntentionOutcome.DONE)
    worry(demo, 80, TODAY - dt.timedelta(days=5), WorryOutcome.CAME_TRUE, TODAY)
    assert_same_figures(demo)
    # A year before the demo began: "all" grows a folded gap in front.
    checkin(demo, D(2019, 5, 1), 2, 9, 1)
    assert_same_figures(demo, keys=("all",))
