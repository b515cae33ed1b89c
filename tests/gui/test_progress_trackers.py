"""The tracker cards of the Progress page on a real journal filled through the journal
API: urges, their strength, promises kept per person, intentions and the worry
calibration, with their captions and tables; hidden when no tracker was ever used; and
the weekly review's summary with the week's tracker lines."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QLineSeries, QScatterSeries

from tests.gui.test_progress_view import make_view
from tests.tracker_records import fill_month, intention, urge
from trustjournal.core.entries import Change
from trustjournal.core.trackers import IntentionOutcome, UrgeOutcome
from trustjournal.gui.progress_trackers import TRACKER_TITLES

D = dt.date
MONDAY = D(2024, 3, 4)  # the first of the four weeks TODAY's "4w" range shows


def bar_sets(view, key: str) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    (bars,) = [s for s in view.cards[key].view.chart().series()
               if isinstance(s, QAbstractBarSeries)]
    return {b.label(): [b.at(i) for i in range(b.count())] for b in bars.barSets()}


def test_tracker_cards_show_the_months_figures(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    fill_month(journal, MONDAY)
    view = make_view(qtbot, journal)
    cards = view.tracker_cards
    for key in TRACKER_TITLES:
        assert cards[key].isVisibleTo(view) and cards[key].showing_chart, key

    assert bar_sets(view, "urges") == {"Resisted": [2, 0, 2, 3], "Partly held back": [0, 0, 1, 0],
                                       "Acted on": [2, 0, 0, 0]}
    assert cards["urges"].caption.text() == (
        "You resisted 7 of 10 urges in the last 4 weeks (70 %), and partly held back from "
        "one more. The share you resisted rose from 50 % to 100 %. On average the urges "
        "eased from 7.5 to 3.0 out of 10 over 4 weeks.")
    assert cards["urges"].table_cells()[0] == ["Week of 4 Mar 2024", "2", "0", "2", "50",
                                               "7.50"]
    assert cards["urges"].table_cells()[1] == ["Week of 11 Mar 2024", "0", "0", "0", "", ""]

    strength = view.cards["urge_strength"].view.chart().series()
    (line,) = [s for s in strength if isinstance(s, QLineSeries)
               and not isinstance(s, QScatterSeries)]
    assert [p.y() for p in line.points()] == [7.5, 5.0, 3.0]  # no point for a quiet week

    lines = {s.name(): [p.y() for p in s.points()]
             for s in cards["promises"].view.chart().series()
             if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries)}
    assert lines["Yours: kept (%)"] == [pytest.approx(200 / 3), 100.0]
    assert lines["Your partner's: kept (%)"] == [50.0]
    assert cards["promises"].table_cells()[:2] == [["Week of 4 Mar 2024", "2 of 3", ""],
                                                   ["Week of 11 Mar 2024", "1 of 1", "1 of 2"]]
    assert cards["promises"].caption.text().startswith(
        "Six promises settled in the last 4 weeks. Your own promises: 3 of 4 kept. Your "
        "partner's promises: 1 of 2 kept, 1 renegotiated.")

    assert bar_sets(view, "intentions") == {
        "Done": [1, 2, 0, 0], "Partly": [1, 0, 0, 0], "For another day": [1, 0, 0, 0],
        "Not looked back on yet": [0, 0, 0, 1]}
    assert cards["intentions"].caption.text() == (
        "You set six intentions in the last 4 weeks: 3 done, 1 partly, 1 for another day. "
        "One more can be looked back on from Today whenever you like.")

    assert cards["calibration"].caption.text().startswith(
        "Of the 4 fears you were at least 80 % sure of, 1 came true. You looked again at "
        "one fear you were less than 50 % sure of, and it did not come true.")
    assert bar_sets(view, "calibration")["Came true (%)"] == [0, 25]
    assert cards["calibration"].table_cells() == [
        ["Under 50 %", "1", "0", "0", "1", "40"], ["80 % or more", "4", "1", "0", "3", "88"]]


def test_no_tracker_record_hides_the_cards(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, journal)
    for card in view.tracker_cards.values():
        assert not card.isVisibleTo(view)
    assert "Nothing here yet" in view.intro.text()


def test_records_outside_the_range_give_kind_empty_states(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    urge(journal, D(2023, 6, 1), UrgeOutcome.RESISTED, 5)
    view = make_view(qtbot, journal)
    card = view.tracker_cards["urges"]
    assert card.isVisibleTo(view) and not card.showing_chart
    assert card.empty.text().startswith("When the urge to check comes")
    assert "Nothing here yet" not in view.intro.text()
    view.set_range("all")
    assert card.showing_chart
    assert card.caption.text().startswith(
        "One urge to check since 1 Jun 2023, and you rode it out.")


def test_a_new_tracker_record_redraws_the_page(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    intention(journal, D(2024, 3, 25), IntentionOutcome.DONE)
    view = make_view(qtbot, journal)
    assert bar_sets(view, "intentions")["Done"] == [0, 0, 0, 1]
    intention(journal, D(2024, 3, 26), IntentionOutcome.DONE)
    view.events.changed.emit(Change(trackers=True))
    assert bar_sets(view, "intentions")["Done"] == [0, 0, 0, 2]
    assert view.tracker_cards["intentions"].caption.text() == (
        "You set two intentions in the last 4 weeks: 2 done.")


def test_weekly_review_summary_has_the_weeks_trackers(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.core.progress import review_week

    week = review_week(dt.date.today(), window.progress_view.first_weekday)
    urge(journal, week, UrgeOutcome.RESISTED, 6)
    urge(journal, week, UrgeOutcome.ACTED, 8)
    urge(journal, week - dt.timedelta(days=3), UrgeOutcome.ACTED, 9)  # the week before
    intention(journal, week, IntentionOutcome.DONE)
    window.show_page(3)
    window.progress_view.review_button.click()
    runner = window.exercises_view.runner
    assert runner is not None and runner.exercise.id == "weekly_review"
    summary = runner.run.prefill
    assert ("- **Urges to check:** 2 this week; you resisted 1. Average strength 7.0 out of "
            "10.\n") in summary
    assert "- **Daily intentions:** 1 set this week: 1 done.\n" in summary
    assert "Urges to check:" in runner.prefill_box.text()
    runner.leave()
