"""Chart building blocks for the Progress page, all drawn by QtCharts: a card with a title,
a plain-language caption and either a chart or an honest empty state; and builders that
turn plain series (from core.progress) into charts with exact-value tooltips."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

# Calm colours that read on light and dark backgrounds alike.
COLOURS = ("#3f7fbf", "#d08a3a", "#4b9e6b", "#9a6fb0", "#c25e6b", "#5aa5a5", "#8c8c3a",
           "#7d7d7d")
HEAT = ("#c9e3d3", "#8cc5a2", "#4b9e6b", "#2f6e47")  # 1, 2, 3, 4+ entries that day


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the current palette has a dark window (dark theme)."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def new_chart(widget: QWidget | None = None) -> QChart:
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark(widget)
                   else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _msecs(day: dt.date) -> float:
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


def _date_of(msecs: float) -> dt.date:
    return QDateTime.fromMSecsSinceEpoch(int(msecs)).date().toPython()  # type: ignore[no-any-return]


def _tip(text: str) -> None:
    QToolTip.showText(QCursor.pos(), text)


def trend_chart(
    lines: Sequence[tuple[str, Sequence[tuple[dt.date, float]], Sequence[tuple[dt.date, float]]]],
    *, y_max: float = 10, widget: QWidget | None = None,
) -> QChart:
    """Weekly averages as lines over the daily points drawn faint behind them.

    `lines`: (name, weekly points (week start, average), daily points (day, value)).
    """
    chart = new_chart(widget)
    x_axis = QDateTimeAxis()
    x_axis.setFormat("d MMM yy")
    y_axis = QValueAxis()
    y_axis.setRange(0, y_max)
    y_axis.setTickCount(6)
    y_axis.setLabelFormat("%d")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    days: list[dt.date] = []
    for index, (name, weekly, daily) in enumerate(lines):
        colour = QColor(COLOURS[index % len(COLOURS)])
        faint = QColor(colour)
        faint.setAlphaF(0.25)
        dots = QScatterSeries()
        dots.setName(f"{name} (days)")
        dots.setMarkerSize(5)
        dots.setColor(faint)
        dots.setBorderColor(faint)
        for day, value in daily:
            dots.append(_msecs(day), value)
            days.append(day)
        dots.hovered.connect(
            lambda point, state, n=name: state and _tip(
                f"{n}, {_date_of(point.x()):%d %b %Y}: {point.y():g}"))
        line = QLineSeries()
        line.setName(f"{name} (weekly average)")
        line.setColor(colour)
        pen = line.pen()
        pen.setWidthF(2.5)
        line.setPen(pen)
        line.setPointsVisible(True)
        for week, value in weekly:
            line.append(_msecs(week), value)
            days.append(week)
        line.hovered.connect(
            lambda point, state, n=name: state and _tip(
                f"{n}, week of {_date_of(point.x()):%d %b %Y}: average {point.y():.1f}"))
        for series in (dots, line):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().markers(dots)[0].setVisible(False)
    if days:
        first, last = min(days), max(days)
        if first == last:
            first, last = first - dt.timedelta(days=3), last + dt.timedelta(days=3)
        x_axis.setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59)))
        x_axis.setTickCount(min(8, max(2, (last - first).days // 7 + 1)))
    return chart


def week_bars_chart(
    labels: Sequence[str], stacks: Sequence[tuple[str, Sequence[float]]], *,
    stacked: bool = True, unit: str = "", widget: QWidget | None = None,
    integer: bool = True,
) -> QChart:
    """One bar per week (category labels), optionally stacked by name."""
    chart = new_chart(widget)
    series = QStackedBarSeries() if stacked else QBarSeries()
    top = 0.0
    totals = [0.0] * len(labels)
    for index, (name, values) in enumerate(stacks):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
        for position, value in enumerate(values):
            bar_set.append(value)
            totals[position] += value
            top = max(top, value)
        bar_set.hovered.connect(
            lambda state, position, s=bar_set, n=name: state and _tip(
                f"{n}, week of {labels[position]}: {s.at(position):g}{unit}"))
        series.append(bar_set)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(sparse_labels(labels))
    y_axis = QValueAxis()
    high = max(totals, default=0) if stacked else top
    low = min(0.0, min((v for _, vs in stacks for v in vs), default=0))
    if integer and low == 0 and high <= 8:  # small counts: one tick per whole number
        y_axis.setRange(0, max(1, int(high) + 1))
        y_axis.setTickCount(max(2, int(high) + 2))
    else:
        y_axis.setRange(low, max(1.0, high * 1.1))
        y_axis.applyNiceNumbers()  # round, evenly spaced ticks
    y_axis.setLabelFormat("%d" if integer else "%.1f")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    if len(stacks) < 2:
        chart.legend().hide()
    return chart


def sparse_labels(labels: Sequence[str], most: int = 12) -> list[str]:
    """At most about `most` visible labels, evenly spread, so many weeks stay legible.

    Category names must be unique, so the hidden ones become distinct runs of
    zero-width spaces; tooltips still name every week.
    """
    step = max(1, -(-len(labels) // most))
    return [label if index % step == 0 else "\u200b" * (index + 1)
            for index, label in enumerate(labels)]


def ranking_chart(items: Sequence[tuple[str, float]], *, name: str, unit: str = "",
                  widget: QWidget | None = None) -> QChart:
    """Horizontal bars, largest at the top (most frequent traps, root causes)."""
    chart = new_chart(widget)
    series = QHorizontalBarSeries()
    bar_set = QBarSet(name)
    bar_set.setColor(QColor(COLOURS[0]))
    ordered = list(reversed(items))  # Qt draws the first category at the bottom
    for _, value in ordered:
        bar_set.append(value)
    bar_set.hovered.connect(
        lambda state, position: state and _tip(
            f"{ordered[position][0]}: {ordered[position][1]:g}{unit}"))
    series.append(bar_set)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append([label for label, _ in ordered])
    x_axis = QValueAxis()
    top = max((v for _, v in items), default=0)
    if top <= 8:  # small counts: one tick per whole number, never 0, 0, 1, 1
        x_axis.setRange(0, max(1, int(top) + 1))
        x_axis.setTickCount(max(2, int(top) + 2))
    else:
        x_axis.setRange(0, top * 1.1)
        x_axis.applyNiceNumbers()
    x_axis.setLabelFormat("%d")
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    chart.legend().hide()
    return chart


def heatmap_chart(cells: Sequence[tuple[dt.date, int]], *, first_weekday: int,
                  start: dt.date, end: dt.date, widget: QWidget | None = None) -> QChart:
    """A calendar of days as squares: columns are weeks, rows weekdays; darker = more.

    Drawn as scatter series of square markers, one series per shade, so the legend
    explains the shades. Days with nothing are left blank, not marked.
    """
    chart = new_chart(widget)
    offset = (start.weekday() - first_weekday) % 7
    origin = start - dt.timedelta(days=offset)
    weeks = (end - origin).days // 7 + 1
    size = max(6.0, min(16.0, 700 / max(weeks, 1)))
    shades = []
    names = ("1 entry", "2 entries", "3 entries", "4 or more")
    for index, colour in enumerate(HEAT):
        series = QScatterSeries()
        series.setName(names[index])
        series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        series.setMarkerSize(size)
        series.setColor(QColor(colour))
        series.setBorderColor(QColor(colour))
        shades.append(series)
    counts = dict(cells)
    for day, count in cells:
        if count <= 0 or day < origin or day > end:
            continue
        column = (day - origin).days // 7
        row = 6 - (day.weekday() - first_weekday) % 7  # first weekday at the top
        shades[min(count, 4) - 1].append(QPointF(column, row))
    for series in shades:
        series.hovered.connect(lambda point, state: state and _tip(
            _heat_tip(origin, point, first_weekday, counts)))
    x_axis = QValueAxis()
    x_axis.setRange(-1, weeks)
    x_axis.setVisible(False)
    y_axis = QValueAxis()
    y_axis.setRange(-1, 7)
    y_axis.setVisible(False)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in shades:
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    return chart


def _heat_tip(origin: dt.date, point: QPointF, first_weekday: int,
              counts: dict[dt.date, int]) -> str:
    column, row = round(point.x()), round(point.y())
    day = origin + dt.timedelta(days=column * 7 + (6 - row))
    count = counts.get(day, 0)
    return f"{day:%A %d %b %Y}: {count} {'entry' if count == 1 else 'entries'}"


class ChartCard(QWidget):
    """A titled panel: the caption in words, then the chart, or the empty-state text."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-card")
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(f"{title}: summary")
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setAccessibleName(title)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(80)
        self.empty.setObjectName("empty-state")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self.empty.hide()

    def show_chart(self, chart: QChart, caption: str, rows: int = 0) -> None:
        """Show `chart`; `rows` of horizontal bars get room enough for their labels."""
        self.view.setMinimumHeight(max(240, 70 + 34 * rows))
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.caption.setText(caption)
        self.caption.show()
        self.view.show()
        self.empty.hide()

    def show_empty(self, text: str) -> None:
        self.caption.hide()
        self.view.hide()
        self.empty.setText(text)
        self.empty.show()

    @property
    def showing_chart(self) -> bool:
        return not self.view.isHidden()
