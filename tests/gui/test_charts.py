"""Progress charts as a person sees them: readable axes at every range, one colour per
exercise, weekly averages mid-week, integer ticks, a calendar with labels and a scale
that strengthens with more, and a table per chart holding exactly the charted values."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QCategoryAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsTextItem

from tests.storage.test_stats import THOUGHT, VICTORY, checkin, exercise
from trustjournal.gui.chart_card import cell_text
from trustjournal.gui.charts import MAX_AXIS_LABELS, heat_colours
from trustjournal.gui.events import AppEvents
from trustjournal.gui.progress_view import ProgressView

D = dt.date
TODAY = D(2024, 12, 29)  # a Sunday
RANGES = ("4w", "12w", "6m", "1y", "all")


@pytest.fixture
def busy(journal):  # type: ignore[no-untyped-def]
    """Two years of a check-in every sixth day, exercises now and then."""
    day = D(2023, 1, 2)
    n = 0
    while day <= TODAY:
        checkin(journal, day, 3 + n % 6, 2 + n % 5, 4 + n % 4)
        if n % 4 == 0:
            exercise(journal, "challenge_a_thought", day, THOUGHT)
        if n % 6 == 0:
            exercise(journal, "celebrate_small_victory", day, VICTORY,
                     title="Celebrate a small victory: Asked")
        day += dt.timedelta(days=6)
        n += 1
    return journal


def make_view(qtbot, journal) -> ProgressView:  # type: ignore[no-untyped-def]
    view = ProgressView(journal, AppEvents(), today=TODAY)
    view.first_weekday = 0
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def scene_texts(view) -> list[str]:  # type: ignore[no-untyped-def]
    """Every visible text item a chart view draws (axis labels, legend), as shown."""
    texts = []
    for item in view.scene().items():
        if item.type() == 8 and item.isVisible():  # QGraphicsTextItem
            obj = item.toGraphicsObject()
            text = shiboken6.wrapInstance(shiboken6.getCppPointer(obj)[0], QGraphicsTextItem)
            texts.append(text.toPlainText())
    return texts


def category_labels(chart) -> list[str]:  # type: ignore[no-untyped-def]
    axis = next(a for a in chart.axes(Qt.Orientation.Horizontal) if isinstance(a, QCategoryAxis))
    return [label.replace("\u200b", "") for label in axis.categoriesLabels()]


@pytest.mark.parametrize("key", ["6m", "1y", "all"])
def test_axis_labels_are_whole_words_at_long_ranges(qtbot, busy, key) -> None:
    view = make_view(qtbot, busy)
    view.set_range(key)
    for name in ("trend", "exercises", "victories"):
        card = view.cards[name]
        card.view.resize(900, 320)
        qtbot.wait(20)
        labels = category_labels(card.view.chart())
        assert 2 <= len(labels) <= MAX_AXIS_LABELS, (name, labels)
        assert len(set(labels)) == len(labels) or key == "all"
        shown = [t.replace("\u200b", "") for t in scene_texts(card.view)]
        for label in labels:
            assert label in shown, (name, label)  # drawn in full, never cut
        assert not any("…" in t or "..." in t for t in shown), (name, shown)
    # Months by name at these ranges, the year where it turns.
    labels = category_labels(view.cards["exercises"].view.chart())
    assert any(label.endswith(("2023", "2024")) for label in labels)


def test_weeks_are_labelled_by_their_first_day(qtbot, busy) -> None:
    view = make_view(qtbot, busy)
    view.set_range("12w")
    periods = view.dashboard.periods.periods
    labels = category_labels(view.cards["exercises"].view.chart())
    assert labels == [f"{p.start.day} {p.start:%b}" for p in periods]


def test_an_exercise_keeps_its_colour_in_every_range(qtbot, busy) -> None:
    view = make_view(qtbot, busy)
    colours: dict[str, set[str]] = {}
    for key in RANGES:
        view.set_range(key)
        (bars,) = [s for s in view.cards["exercises"].view.chart().series()
                   if isinstance(s, QAbstractBarSeries)]
        for bar_set in bars.barSets():
            colours.setdefault(bar_set.label(), set()).add(bar_set.color().name())
    assert set(colours) == {"Challenge a thought", "Celebrate a small victory"}
    assert all(len(seen) == 1 for seen in colours.values()), colours
    assert colours["Challenge a thought"] != colours["Celebrate a small victory"]


def msecs(day: dt.date) -> float:
    return float(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch())


@pytest.mark.parametrize("key", ["4w", "1y", "all"])
def test_weekly_points_sit_mid_week_and_span_matches_the_bars(qtbot, busy, key) -> None:
    view = make_view(qtbot, busy)
    view.set_range(key)
    periods = view.dashboard.periods.periods
    chart = view.cards["trend"].view.chart()
    line = next(s for s in chart.series() if s.name() == "Trust (weekly average)")
    dots = next(s for s in chart.series() if s.name() == "Trust (days)")
    assert isinstance(line, QLineSeries) and isinstance(dots, QScatterSeries)
    middles = {(msecs(p.start) + msecs(p.end + dt.timedelta(days=1))) / 2 for p in periods}
    assert line.count() > 0 and all(point.x() in middles for point in line.points())
    noons = {msecs(day) + 12 * 3600_000 for day, _ in
             next(ln for ln in view.dashboard.trend.lines if ln.metric == "trust").daily}
    assert {point.x() for point in dots.points()} == noons
    # The trend's axis runs over exactly the bars' periods.
    axis = next(a for a in chart.axes(Qt.Orientation.Horizontal))
    assert axis.min() == msecs(periods[0].start)
    assert axis.max() == msecs(periods[-1].end + dt.timedelta(days=1))
    bars = next(s for s in view.cards["exercises"].view.chart().series())
    assert bars.barSets()[0].count() == len(periods)


def test_integer_data_gets_integer_ticks(qtbot, busy) -> None:
    view = make_view(qtbot, busy)
    view.set_range("12w")
    for name in ("thoughts", "exercises", "trend"):
        chart = view.cards[name].view.chart()
        (y_axis,) = [a for a in chart.axes(Qt.Orientation.Vertical)]
        assert isinstance(y_axis, QValueAxis)
        assert y_axis.labelFormat() == "%d", name
        view.cards[name].view.resize(900, 320)
        qtbot.wait(20)
        numbers = [t for t in scene_texts(view.cards[name].view) if t.lstrip("-").isdigit()]
        assert numbers and not any(".0" in t for t in scene_texts(view.cards[name].view))


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("background", "dark"), [("#ffffff", False), ("#fbf7f2", False),
                                                  ("#2a2b2f", True), ("#121218", True)])
def test_calendar_scale_strengthens_with_more_in_both_themes(background, dark) -> None:
    shades = heat_colours(QColor(background), dark)
    ratios = [contrast(shade, QColor(background)) for shade in shades]
    assert ratios == sorted(ratios) and len(set(ratios)) == 4
    assert ratios[0] >= 3.0  # even one entry is a visible mark
    if not dark:
        lightness = [shade.lightnessF() for shade in shades]
        assert lightness == sorted(lightness, reverse=True)  # darker with more


def test_calendar_names_weekdays_and_months(qtbot, busy) -> None:
    view = make_view(qtbot, busy)
    view.set_range("12w")
    card = view.cards["heatmap"]
    card.view.resize(900, 320)
    qtbot.wait(20)
    shown = [t.replace("\u200b", "") for t in scene_texts(card.view)]
    assert {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} <= set(shown)
    assert {"Oct", "Nov", "Dec"} <= {t.split()[0] for t in shown if t}


def test_dark_palette_draws_the_calendar_brighter_with_more(qtbot, busy) -> None:
    view = make_view(qtbot, busy)
    view.set_range("12w")
    dark = QPalette(QApplication.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#2a2b2f"))
    view.setPalette(dark)
    series = [s for s in view.cards["heatmap"].view.chart().series()]
    ratios = [contrast(s.color(), QColor("#2a2b2f")) for s in series]
    assert ratios == sorted(ratios)


def bar_values(chart) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    (bars,) = [s for s in chart.series() if isinstance(s, QAbstractBarSeries)]
    return {b.label(): [b.at(i) for i in range(b.count())] for b in bars.barSets()}


@pytest.mark.parametrize("key", ["12w", "1y"])
def test_every_chart_has_a_table_with_exactly_its_values(qtbot, busy, key) -> None:
    view = make_view(qtbot, busy)
    view.set_range(key)
    cards = view.cards
    # Bars: one row per period, one column per bar set, the same numbers.
    for name in ("exercises", "thoughts", "victories"):
        card = cards[name]
        headers, cells = card.table_headers(), card.table_cells()
        values = bar_values(card.view.chart())
        assert len(cells) == len(view.dashboard.periods)
        for label, column in values.items():
            at = headers.index(label)
            assert [row[at] for row in cells] == [cell_text(v) for v in column], (name, label)
    # Rankings: the bar labels and values, largest first.
    card = cards["traps"]
    (bars,) = card.view.chart().series()
    bar_set = bars.barSets()[0]
    charted = [bar_set.at(i) for i in reversed(range(bar_set.count()))]
    assert [row[1] for row in card.table_cells()] == [cell_text(v) for v in charted]
    # Trend: each line's weekly averages and daily values are rows of the table.
    card = cards["trend"]
    headers, cells = card.table_headers(), card.table_cells()
    for series in card.view.chart().series():
        name, _, kind = series.name().partition(" (")
        at = headers.index(name)
        what = "Weekly average" if kind.startswith("weekly") else "That day"
        charted = [cell_text(p.y()) for p in series.points()]
        assert [row[at] for row in cells if row[1] == what and row[at]] == charted
    # Calendar: one row per marked day, with its count.
    card = cards["heatmap"]
    marked = sum(s.count() for s in card.view.chart().series())
    assert len(card.table_cells()) == marked


def test_show_as_table_is_reachable_by_keyboard(qtbot, busy) -> None:
    view = make_view(qtbot, busy)
    view.set_range("12w")
    card = view.cards["exercises"]
    card.table_button.setFocus()
    assert card.table_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)
    assert card.stack.currentWidget() is card.table
    assert card.table_button.text() == "Show as chart"
    assert card.table.accessibleName() == "Exercises each week: table"
    assert card.table.model().headerData(0, Qt.Orientation.Horizontal) == "Period"
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)
    assert card.stack.currentWidget() is card.view
