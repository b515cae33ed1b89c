"""The Progress page on a seeded journal: every chart with the right number of points,
honest empty states, range buttons, the victories wall and the weekly review."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.storage.test_stats import THOUGHT, VICTORY, checkin, exercise
from trustjournal.gui.events import AppEvents
from trustjournal.gui.page_names import PAGES
from trustjournal.gui.progress_view import ProgressView

D = dt.date
TODAY = D(2024, 3, 31)  # a Sunday


@pytest.fixture
def seeded(journal):  # type: ignore[no-untyped-def]
    # Three weeks (Monday starts) with check-ins; the middle week has two on one day.
    checkin(journal, D(2024, 3, 11), 4, 7, 5)
    checkin(journal, D(2024, 3, 18), 6, 5, 6)
    checkin(journal, D(2024, 3, 18), 8, 3, 6)
    checkin(journal, D(2024, 3, 25), 7, 4, 8)
    exercise(journal, "challenge_a_thought", D(2024, 3, 19), THOUGHT)
    exercise(journal, "celebrate_small_victory", D(2024, 3, 26), VICTORY,
             title="Celebrate a small victory: Asked")
    journal.create_entry(title="Free words", body="just writing", local_date=D(2024, 3, 27))
    return journal


def make_view(qtbot, journal) -> ProgressView:  # type: ignore[no-untyped-def]
    view = ProgressView(journal, AppEvents(), today=TODAY)
    view.first_weekday = 0  # Monday, whatever this machine's locale says
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.set_range("4w")
    return view


def series_of(view: ProgressView, key: str) -> list:  # type: ignore[type-arg]
    chart = view.cards[key].view.chart()
    return list(chart.series())


def test_each_chart_has_the_seeded_points(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, seeded)
    d = view.dashboard
    # Four Monday-to-Sunday weeks: 4, 11, 18 and 25 March.
    assert d is not None and len(d.labels) == 4

    trend = series_of(view, "trend")
    lines = {s.name(): s for s in trend if isinstance(s, QLineSeries)
             and not isinstance(s, QScatterSeries)}
    dots = {s.name(): s for s in trend if isinstance(s, QScatterSeries)}
    # Weekly averages only for weeks with check-ins: 3 points, not 4 with a zero.
    assert lines["Trust (weekly average)"].count() == 3
    assert [p.y() for p in lines["Trust (weekly average)"].points()] == [4, 7, 7]
    assert dots["Trust (days)"].count() == 3  # one point per day (the 18th averaged)
    assert "Your average trust rose from 4.0 to 7.0 over 3 weeks." in (
        view.cards["trend"].caption.text())

    (bars,) = [s for s in series_of(view, "exercises") if isinstance(s, QAbstractBarSeries)]
    sets = {b.label(): [b.at(i) for i in range(b.count())] for b in bars.barSets()}
    assert sets["Challenge a thought"] == [0, 0, 1, 0]
    assert sets["Celebrate a small victory"] == [0, 0, 0, 1]

    (drops,) = series_of(view, "thoughts")
    belief = next(b for b in drops.barSets() if b.label().startswith("Drop in belief"))
    assert [belief.at(i) for i in range(4)] == [0, 0, 40, 0]  # 80 → 40

    (traps,) = series_of(view, "traps")
    assert traps.barSets()[0].count() == 2  # overgeneralising, mind reading

    assert view.wall.count() == 1
    assert "Asked instead of guessing" in view.wall.item(0).text()

    heat = series_of(view, "heatmap")
    assert sum(s.count() for s in heat) == 6  # days with anything: 11, 18, 19, 25, 26, 27
    for key in ("trend", "exercises", "thoughts", "traps", "victories", "heatmap"):
        assert view.cards[key].showing_chart, key
        assert view.cards[key].caption.text(), key
    # Nothing recorded about roots or here/past: an honest empty state, no empty axes.
    for key in ("roots", "where"):
        assert not view.cards[key].showing_chart
        assert view.cards[key].empty.text()


def test_an_empty_journal_shows_kind_empty_states(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, journal)
    assert "Nothing here yet" in view.intro.text()
    assert view.cards["trend"].empty.text().startswith("Do a check-in to start seeing trends.")
    for card in view.cards.values():
        assert not card.showing_chart
        assert card.empty.text()
    assert not view.wall.isVisibleTo(view)


def test_range_buttons_refetch_and_remember(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, seeded)
    button = next(b for b in view.range_group.buttons() if b.property("range") == "1y")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.range_key == "1y"
    assert view.dashboard is not None and len(view.dashboard.labels) == 52
    assert seeded.get_setting("progress_range") == "1y"


def test_new_checkin_redraws_the_visible_page(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, seeded)
    from trustjournal.core.entries import Change

    uuid = checkin(seeded, D(2024, 3, 4), 2, 2, 2)
    view.events.changed.emit(Change(entries=frozenset({uuid}), order=True))
    lines = [s for s in series_of(view, "trend") if s.name() == "Trust (weekly average)"]
    assert lines[0].count() == 4


def test_consistency_count_is_off_until_asked_for(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, seeded)
    assert not view.consistency.isVisibleTo(view)
    view.show_consistency.click()
    assert view.consistency.isVisibleTo(view)
    assert "3" in view.consistency.text()  # days with a check-in: 11, 18, 25
    assert seeded.get_setting("progress_show_consistency") is True


def test_dark_theme_redraws_with_a_dark_chart(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QChart
    from PySide6.QtGui import QColor, QPalette

    view = make_view(qtbot, seeded)
    assert view.cards["trend"].view.chart().theme() == QChart.ChartTheme.ChartThemeLight
    dark = QPalette(QApplication.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    view.setPalette(dark)
    assert view.cards["trend"].view.chart().theme() == QChart.ChartTheme.ChartThemeDark


def test_weekly_review_opens_with_the_summary_and_saves_it(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.core.progress import review_week

    week = review_week(dt.date.today(), window.progress_view.first_weekday)
    checkin(journal, week, 6, 3, 7)
    window.show_page(PAGES.index("Progress"))
    window.progress_view.review_button.click()
    assert window.current_page() == "Exercises"
    runner = window.exercises_view.runner
    assert runner is not None and runner.exercise.id == "weekly_review"
    assert runner.prefill_box.isVisibleTo(runner)
    summary = runner.run.prefill
    assert "check-in" in summary.lower() and "6" in summary
    assert "Your week at a glance" in runner.prefill_box.text()


def test_weekly_review_shows_last_weeks_focus_and_asks_how_it_went(qtbot, window, journal  # type: ignore[no-untyped-def]
                                                                    ) -> None:
    from trustjournal.core.progress import review_week

    week = review_week(dt.date.today(), window.progress_view.first_weekday)
    older = {"focus_went": "none", "improved": "a", "hard": "b",
             "focus": "Wait ten minutes before asking."}
    exercise(journal, "weekly_review", week - dt.timedelta(days=14), {**older, "focus": "Old"})
    exercise(journal, "weekly_review", week - dt.timedelta(days=6), older)
    # A review already done this week is not "last time".
    exercise(journal, "weekly_review", week, {**older, "focus": "This week's"})
    assert journal.latest_answers("weekly_review", before=week)["focus"] == older["focus"]
    window.show_page(PAGES.index("Progress"))
    window.progress_view.review_button.click()
    runner = window.exercises_view.runner
    assert runner is not None and runner.exercise.id == "weekly_review"
    assert "Your focus from last time:** Wait ten minutes before asking." in runner.run.prefill
    assert "Wait ten minutes before asking." in runner.prefill_box.text()
    assert runner.run.step.id == "focus_went"  # the first question is how it went
    runner.leave()
