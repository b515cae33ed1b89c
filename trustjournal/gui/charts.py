"""Chart builders for the Progress page, all drawn by QtCharts: plain series (from
core.progress) become charts with readable axes, fixed colours and exact-value tooltips.

Axes: weeks are labelled by the day they start, long ranges by month name, and never
more labels than fit; counts get whole-number ticks. The weekly charts and the trend
share their span (first period's start to last period's end), so they line up.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections.abc import Callable, Sequence
from functools import cache

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from trustjournal.core.exercises import builtin_exercises
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.progress.captions import Formats
from trustjournal.core.progress.data import CHECKIN_METRICS
from trustjournal.core.progress.weeks import Period
from trustjournal.gui.chart_card import ChartCard
from trustjournal.gui.dates import (
    date_text,
    day_month_text,
    month_text,
    number_text,
    weekday_letter,
)

__all__ = [
    "ChartCard",
    "ValueText",
    "caption_formats",
    "category_bars_chart",
    "heatmap_chart",
    "ranking_chart",
    "short_number",
    "trend_chart",
    "week_bars_chart",
]

# How a chart's tooltip writes one value ("7 times", "12.5 points"): each chart's caller
# passes a function that makes it one translated phrase; None writes the bare number.
ValueText = Callable[[float], str]

# The chart palette, in order: calm colours that read on light and dark backgrounds.
# Series take their colour from here by a stable key (see `colour_for`).
CHART_COLOURS = ("#3f7fbf", "#d08a3a", "#4b9e6b", "#9a6fb0", "#c25e6b", "#5aa5a5",
                 "#8c8c3a", "#7d7d7d")
# The calendar's scale runs from the background towards this colour: more entries, a
# stronger mark, in light and dark themes alike.
HEAT_LIGHT = "#1f5c38"
HEAT_DARK = "#7fd6a0"
HEAT_STEPS = (0.62, 0.75, 0.88, 1.0)  # 1, 2, 3, 4+ entries that day
HEAT_NAMES = (QT_TRANSLATE_NOOP("Charts", "1 entry"), QT_TRANSLATE_NOOP("Charts", "2 entries"),
              QT_TRANSLATE_NOOP("Charts", "3 entries"), QT_TRANSLATE_NOOP("Charts", "4 or more"))
MAX_AXIS_LABELS = 12
ROTATE_OVER = 6  # more labels than this are drawn slanted


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the current palette has a dark window (dark theme)."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def chart_background(widget: QWidget | None = None) -> QColor:
    """The flat colour charts are drawn on: the palette's base, so marks are measured
    against what is really behind them."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Base)


def new_chart(widget: QWidget | None = None) -> QChart:
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark(widget)
                   else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundBrush(chart_background(widget))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


# -- colours ----------------------------------------------------------------------------

@cache
def _known_keys() -> dict[str, int]:
    """Check-in questions, then the shipped exercises: each keeps its palette slot."""
    keys = [*CHECKIN_METRICS, *(ex.id for ex in builtin_exercises().exercises)]
    return {key: index for index, key in enumerate(keys)}


def colour_for(key: str) -> QColor:
    """The one colour a series (an exercise id, a check-in question) has in every range."""
    slot = _known_keys().get(key)
    if slot is None:
        slot = zlib.crc32(key.encode("utf-8"))  # stable across runs, unlike hash()
    return QColor(CHART_COLOURS[slot % len(CHART_COLOURS)])


def heat_colours(background: QColor, dark: bool) -> list[QColor]:
    """The calendar's four shades: each further from the background than the last."""
    target = QColor(HEAT_DARK if dark else HEAT_LIGHT)
    return [QColor.fromRgbF(*(b + (t - b) * step for b, t in
                              zip(background.getRgbF()[:3], target.getRgbF()[:3],
                                  strict=True)))
            for step in HEAT_STEPS]


# -- axes -------------------------------------------------------------------------------

def _msecs(day: dt.date) -> float:
    return float(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch())


def _middle(period: Period) -> float:
    """The middle of a period, in chart x units (noon of its middle day for a week)."""
    return (_msecs(period.start) + _msecs(period.end + dt.timedelta(days=1))) / 2


def _date_of(msecs: float) -> dt.date:
    return QDateTime.fromMSecsSinceEpoch(int(msecs)).date().toPython()  # type: ignore[no-any-return]


def _tip(text: str) -> None:
    QToolTip.showText(QCursor.pos(), text)


@lazy_dataclass(frozen=True, slots=True)
class AxisLabel:
    position: int  # index of the period it names
    text: str


def period_labels(periods: Sequence[Period], most: int = MAX_AXIS_LABELS) -> list[AxisLabel]:
    """Which periods get a label, and what it says: a few weeks are each named by their
    first day ("4 Mar"); longer ranges by month ("Mar", with the year where it turns);
    never more than `most`. Folded quiet stretches are left unnamed."""
    real = [(i, p) for i, p in enumerate(periods) if not p.gap]
    if len(real) <= most:
        return _distinct([AxisLabel(i, day_month_text(p.start)) for i, p in real])
    firsts: list[tuple[int, Period]] = []  # the first period starting in each month
    seen: set[tuple[int, int]] = set()
    for i, p in real:
        month = (p.start.year, p.start.month)
        if month not in seen:
            seen.add(month)
            firsts.append((i, p))
    step = 1
    for step in (1, 2, 3, 6, 12, 24, 60):
        if math.ceil(len(firsts) / step) <= most:
            break
    labels: list[AxisLabel] = []
    last_year = None
    for n, (i, p) in enumerate(firsts):
        if n % step:
            continue
        with_year = p.start.year != last_year
        labels.append(AxisLabel(i, month_text(p.start, with_year=with_year)))
        last_year = p.start.year
    return _distinct(labels)


def _distinct(labels: list[AxisLabel]) -> list[AxisLabel]:
    texts = unique([label.text for label in labels])
    return [AxisLabel(label.position, text) for label, text in zip(labels, texts, strict=True)]


def period_axis(periods: Sequence[Period], edges: Sequence[float]) -> QCategoryAxis:
    """An axis naming the periods `period_labels` picks, each label under the middle of
    its period (`edges[i]` is where period i starts, in the chart's x units; one more
    edge closes the last period)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(edges[0], edges[-1])
    axis.setGridLineVisible(False)
    labels = period_labels(periods)
    for label in labels:
        i = label.position
        axis.append(label.text, (edges[i] + edges[i + 1]) / 2)
    _slant(axis, len(labels))
    return axis


def _slant(axis: QAbstractAxis, count: int) -> None:
    if count > ROTATE_OVER:
        axis.setLabelsAngle(-45)


def whole_ticks(axis: QValueAxis, low: float, high: float) -> None:
    """A value axis over low..high with round ticks, written as whole numbers whenever the
    ticks fall on them ("0, 10", never "0.0, 10.0")."""
    if low == 0 and 0 <= high <= 8 and float(high).is_integer():
        axis.setRange(0, max(1, int(high) + 1))
        axis.setTickCount(max(2, int(high) + 2))
    else:
        axis.setRange(low, max(low + 1.0, high * 1.1 if high > 0 else high))
        axis.applyNiceNumbers()
    span = axis.max() - axis.min()
    step = span / max(1, axis.tickCount() - 1)
    whole = float(axis.min()).is_integer() and abs(step - round(step)) < 1e-9
    axis.setLabelFormat("%d" if whole else "%.1f")


def short_number(value: float) -> str:
    """A value as briefly as it is exact ('7', '6.5'), like '%g', the locale's way."""
    return caption_formats().short(value)


def caption_formats() -> Formats:
    """How the Progress captions write numbers and dates inside sentences: the locale's
    way, as everywhere in the window."""
    return Formats(number=number_text, decimal=number_text, date=date_text,
                   day_month=day_month_text)


def _period_at(periods: Sequence[Period], day: dt.date) -> str:
    """The period holding `day`, named in full as it reads mid-sentence."""
    found = next((p for p in periods if p.start <= day <= p.end), None)
    return period_text(found, mid_sentence=True) if found else date_text(day)


def period_text(period: Period, *, mid_sentence: bool = False) -> str:
    """A period named in full for tooltips and tables ('Week of 4 Mar 2024'), or as it
    reads after a comma in a tooltip ('week of 4 Mar 2024')."""
    values = {"start": date_text(period.start), "end": date_text(period.end)}
    if period.gap:
        return (translate("Charts", "no entries, {start} – {end}") if mid_sentence
                else translate("Charts", "No entries, {start} – {end}")).format(**values)
    if period.end - period.start <= dt.timedelta(days=6):
        return (translate("Charts", "week of {start}") if mid_sentence
                else translate("Charts", "Week of {start}")).format(**values)
    return translate("Charts", "{start} – {end}", "a period of several weeks").format(**values)


def _value(value: float, unit: ValueText | None) -> str:
    return unit(value) if unit is not None else short_number(value)


def _series_tip(series: str, where: str, value: str) -> str:
    """'Trust, week of 4 Mar 2024: 7' — a tooltip naming a series, a time and a value."""
    return translate("Charts", "{series}, {when}: {value}").format(series=series, when=where,
                                                                  value=value)


# -- charts -----------------------------------------------------------------------------

@lazy_dataclass(frozen=True, slots=True)
class TrendSeries:
    """One check-in question: its key (for the colour), name, weekly averages (period,
    average) and the daily values (day, value). `colour` overrides the key's colour
    (series that must never share one, such as each person's promises)."""

    key: str
    name: str
    weekly: Sequence[tuple[Period, float]]
    daily: Sequence[tuple[dt.date, float]]
    colour: str = ""


def trend_chart(lines: Sequence[TrendSeries], periods: Sequence[Period], *,
                y_max: float = 10, widget: QWidget | None = None, points: bool = False,
                averages: bool = True) -> QChart:
    """Weekly averages as lines, each point at the middle of its week, over the daily
    values drawn faint on their own days; the x axis spans the same periods as the
    weekly bars, with the same labels. `points` marks every weekly value (for lines
    without daily dots); `averages` says "(weekly average)" after each name in the
    legend."""
    chart = new_chart(widget)
    start = _msecs(periods[0].start)
    end = _msecs(periods[-1].end + dt.timedelta(days=1))
    edges = [_msecs(p.start) for p in periods] + [end]
    x_axis = period_axis(periods, edges)
    x_axis.setRange(start, end)
    y_axis = QValueAxis()
    y_axis.setRange(0, y_max)
    y_axis.setTickCount(6)
    y_axis.setLabelFormat("%d")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for line_data in lines:
        name = line_data.name
        colour = QColor(line_data.colour) if line_data.colour else colour_for(line_data.key)
        faint = QColor(colour)
        faint.setAlphaF(0.35)
        dots = QScatterSeries()
        dots.setName(translate("Charts", "{name} (days)").format(name=name))
        dots.setMarkerSize(6)
        dots.setColor(faint)
        dots.setBorderColor(faint)
        for day, value in line_data.daily:
            dots.append(_msecs(day) + 12 * 3600_000, value)  # noon of its day
        dots.hovered.connect(
            lambda point, state, n=name: state and _tip(_series_tip(
                n, date_text(_date_of(point.x())), short_number(point.y()))))
        line = QLineSeries()
        line.setName(translate("Charts", "{name} (weekly average)").format(name=name)
                     if averages else name)
        line.setColor(colour)
        pen = line.pen()
        pen.setWidthF(2.5)
        line.setPen(pen)
        # The daily dots already mark each check-in; a lone week still needs its point.
        line.setPointsVisible(points or len(line_data.weekly) == 1)
        for period, value in line_data.weekly:
            line.append(_middle(period), value)
        line.hovered.connect(
            lambda point, state, n=name: state and _tip(_series_tip(
                n, _period_at(periods, _date_of(point.x())),
                translate("Charts", "average {value}").format(
                    value=number_text(point.y(), 2)))))
        for series in (dots, line):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().markers(dots)[0].setVisible(False)
    return chart


def week_bars_chart(periods: Sequence[Period], stacks: Sequence[tuple[str, str, Sequence[float]]],
                    *, stacked: bool = True, unit: ValueText | None = None,
                    widget: QWidget | None = None) -> QChart:
    """One bar per period, optionally stacked; `stacks` are (colour key, name, values)."""
    chart = new_chart(widget)
    series = QStackedBarSeries() if stacked else QBarSeries()
    totals = [0.0] * len(periods)
    values_seen: list[float] = []
    for index, (key, name, values) in enumerate(stacks):
        bar_set = QBarSet(name)
        bar_set.setColor(colour_for(key) if key else QColor(CHART_COLOURS[index]))
        for position, value in enumerate(values):
            bar_set.append(value)
            totals[position] += value
            values_seen.append(value)
        bar_set.hovered.connect(
            lambda state, position, s=bar_set, n=name: state and _tip(_series_tip(
                n, period_text(periods[position], mid_sentence=True),
                _value(s.at(position), unit))))
        series.append(bar_set)
    chart.addSeries(series)
    # Bar category labels are cut to their bar's width ("8…"), so the bars' own axis
    # stays unlabelled and a value axis beneath names the chosen periods in full.
    x_axis = QBarCategoryAxis()
    x_axis.append(unique(["\u200b"] * len(periods)))
    x_axis.setLabelsVisible(False)
    x_axis.setGridLineVisible(False)
    label_axis = period_axis(periods, [i - 0.5 for i in range(len(periods) + 1)])
    y_axis = QValueAxis()
    high = max(totals, default=0) if stacked else max(values_seen, default=0)
    low = min(0.0, min(values_seen, default=0))
    whole_ticks(y_axis, low, high)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(label_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    if len(stacks) < 2:
        chart.legend().hide()
    return chart


def ranking_chart(items: Sequence[tuple[str, float]], *, name: str,
                  unit: ValueText | None = None, widget: QWidget | None = None) -> QChart:
    """Horizontal bars, largest at the top (most frequent traps, root causes)."""
    chart = new_chart(widget)
    series = QHorizontalBarSeries()
    bar_set = QBarSet(name)
    bar_set.setColor(QColor(CHART_COLOURS[0]))
    ordered = list(reversed(items))  # Qt draws the first category at the bottom
    for _, value in ordered:
        bar_set.append(value)
    bar_set.hovered.connect(
        lambda state, position: state and _tip(
            translate("Charts", "{name}: {value}").format(
                name=ordered[position][0], value=_value(ordered[position][1], unit))))
    series.append(bar_set)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append([label for label, _ in ordered])
    x_axis = QValueAxis()
    whole_ticks(x_axis, 0, max((v for _, v in items), default=0))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    chart.legend().hide()
    return chart


def category_bars_chart(categories: Sequence[str],
                        sets: Sequence[tuple[str, Sequence[float]]], *, y_max: float,
                        unit: ValueText | None = None,
                        widget: QWidget | None = None) -> QChart:
    """Grouped vertical bars over a few named categories (the worry calibration's
    sureness bands), every set on one scale from 0 to y_max."""
    chart = new_chart(widget)
    series = QBarSeries()
    for index, (name, values) in enumerate(sets):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(CHART_COLOURS[index % len(CHART_COLOURS)]))
        for value in values:
            bar_set.append(value)
        bar_set.hovered.connect(
            lambda state, position, s=bar_set, n=name: state and _tip(_series_tip(
                n, categories[position], _value(s.at(position), unit))))
        series.append(bar_set)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(unique(list(categories)))
    x_axis.setGridLineVisible(False)
    y_axis = QValueAxis()
    y_axis.setRange(0, y_max)
    y_axis.setTickCount(6)
    y_axis.setLabelFormat("%d")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    return chart


def heatmap_chart(cells: Sequence[tuple[dt.date, int]], *, first_weekday: int,
                  start: dt.date, end: dt.date, widget: QWidget | None = None) -> QChart:
    """A calendar of days as squares: columns are weeks (months named below), rows are
    weekdays (named at the left); a stronger shade means more entries that day.

    Drawn as scatter series of square markers, one series per shade, so the legend
    explains the shades. Days with nothing are left blank, not marked.
    """
    chart = new_chart(widget)
    offset = (start.weekday() - first_weekday) % 7
    origin = start - dt.timedelta(days=offset)
    weeks = (end - origin).days // 7 + 1
    size = max(6.0, min(16.0, 700 / max(weeks, 1)))
    background = chart_background(widget)
    shades = []
    for name, colour in zip(HEAT_NAMES, heat_colours(background, is_dark(widget)),
                            strict=True):
        series = QScatterSeries()
        series.setName(translate("Charts", name))
        series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        series.setMarkerSize(size)
        series.setColor(colour)
        series.setBorderColor(colour)
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
            _heat_tip(origin, point, counts)))
    x_axis = QCategoryAxis()
    x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    x_axis.setRange(-1, weeks)
    x_axis.setGridLineVisible(False)
    for column, label in _month_columns(origin, weeks):
        x_axis.append(label, column)
    y_axis = QCategoryAxis()
    y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    y_axis.setRange(-1, 7)
    y_axis.setGridLineVisible(False)
    for row in range(7):  # bottom row first: the axis wants rising values
        y_axis.append(weekday_letter((first_weekday + 6 - row) % 7), row)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in shades:
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    return chart


def _month_columns(origin: dt.date, weeks: int) -> list[tuple[int, str]]:
    """(column, month name) for the week column where each month begins, at most about a
    dozen, with the year where it turns."""
    starts: list[tuple[int, dt.date]] = [(0, origin)]
    for column in range(1, weeks):
        first = origin + dt.timedelta(days=7 * column)
        day = next((first + dt.timedelta(days=d) for d in range(7)
                    if (first + dt.timedelta(days=d)).day == 1), None)
        if day is not None:
            starts.append((column, day))
    step = max(1, math.ceil(len(starts) / MAX_AXIS_LABELS))
    picked: list[tuple[int, str]] = []
    last_year = None
    for n, (column, month) in enumerate(starts):
        if n % step:
            continue
        picked.append((column, month_text(month, with_year=month.year != last_year)))
        last_year = month.year
    return list(zip([c for c, _ in picked], unique([t for _, t in picked]), strict=True))


def unique(texts: Sequence[str]) -> list[str]:
    """Axis labels made distinct (Qt drops a repeated one) by invisible zero-width spaces:
    "Mar" of one year and "Mar" of the next both show."""
    seen: set[str] = set()
    out: list[str] = []
    for text in texts:
        while text in seen:
            text += "\u200b"
        seen.add(text)
        out.append(text)
    return out


def _heat_tip(origin: dt.date, point: QPointF, counts: dict[dt.date, int]) -> str:
    column, row = round(point.x()), round(point.y())
    day = origin + dt.timedelta(days=column * 7 + (6 - row))
    count = counts.get(day, 0)
    return translate("Charts", "{date}: %n entries", None, count).format(date=date_text(day))
