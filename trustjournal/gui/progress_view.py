"""The Progress page: how things change over the weeks, gently. core.progress computes
every figure and sentence; this page only picks the range and draws."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.progress import (
    RANGES,
    Dashboard,
    build_dashboard,
    range_bounds,
    review_week,
    week_summary,
)
from trustjournal.core.progress.captions import sentences
from trustjournal.gui.charts import (
    ChartCard,
    TrendSeries,
    caption_formats,
    heatmap_chart,
    period_text,
    ranking_chart,
    short_number,
    trend_chart,
    week_bars_chart,
)
from trustjournal.gui.dates import date_text, number_text
from trustjournal.gui.progress_trackers import draw_trackers, tracker_cards

if TYPE_CHECKING:
    from trustjournal.gui.events import AppEvents
    from trustjournal.storage.journal import Journal

RANGE_LABELS = {"4w": QT_TRANSLATE_NOOP("ProgressView", "4 weeks"),
                "12w": QT_TRANSLATE_NOOP("ProgressView", "12 weeks"),
                "6m": QT_TRANSLATE_NOOP("ProgressView", "6 months"),
                "1y": QT_TRANSLATE_NOOP("ProgressView", "A year"),
                "all": QT_TRANSLATE_NOOP("ProgressView", "All")}
# Each range button's tooltip, whole ({shortcut}: its Alt+number).
RANGE_TIPS = {"4w": QT_TRANSLATE_NOOP("ProgressView", "Show 4 weeks ({shortcut})"),
              "12w": QT_TRANSLATE_NOOP("ProgressView", "Show 12 weeks ({shortcut})"),
              "6m": QT_TRANSLATE_NOOP("ProgressView", "Show 6 months ({shortcut})"),
              "1y": QT_TRANSLATE_NOOP("ProgressView", "Show a year ({shortcut})"),
              "all": QT_TRANSLATE_NOOP("ProgressView", "Show all ({shortcut})")}
RANGE_SETTING = "progress_range"
CONSISTENCY_SETTING = "progress_show_consistency"
WALL_LIMIT = 50


def locale_first_weekday() -> int:
    """The locale's first day of the week, 0 = Monday … 6 = Sunday."""
    return QLocale().firstDayOfWeek().value - 1


class ProgressView(QWidget):
    """Range buttons, then one card per chart; the weekly review starts from here."""

    review_requested = Signal(str)  # the week's summary, Markdown
    open_entry = Signal(str)

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.events = events
        self._today = today
        self._dirty = True
        self.dashboard: Dashboard | None = None
        self.first_weekday = locale_first_weekday()

        heading = QLabel(translate("ProgressView", "Progress"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        ranges = QHBoxLayout()
        ranges.addWidget(heading)
        ranges.addStretch(1)
        saved = str(journal.get_setting(RANGE_SETTING, "12w"))
        for number, key in enumerate(RANGES, start=1):
            button = QPushButton(translate("ProgressView", RANGE_LABELS[key])
                                 if key in RANGE_LABELS else key)
            button.setCheckable(True)
            button.setChecked(key == (saved if saved in RANGES else "12w"))
            button.setProperty("range", key)
            if key in RANGE_TIPS:
                button.setToolTip(translate("ProgressView", RANGE_TIPS[key]).format(
                    shortcut=f"Alt+{number}"))
            button.setShortcut(f"Alt+{number}")
            self.range_group.addButton(button)
            ranges.addWidget(button)
        self.range_group.buttonClicked.connect(self._range_chosen)
        self.review_button = QPushButton(translate("ProgressView", "&Weekly review…"))
        self.review_button.setToolTip(translate(
            "ProgressView", "Look back on the week with its summary beside you (Alt+W)"))
        self.review_button.clicked.connect(self.start_review)
        ranges.addSpacing(16)
        ranges.addWidget(self.review_button)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(translate("ProgressView", "About this range"))
        self.cards = {
            "trend": ChartCard(translate("ProgressView", "How you have felt")),
            "exercises": ChartCard(translate("ProgressView", "Exercises each week")),
            "thoughts": ChartCard(translate("ProgressView",
                                            "Challenging thoughts: before and after")),
            "traps": ChartCard(translate("ProgressView", "Thinking traps you noticed most")),
            "roots": ChartCard(translate("ProgressView", "Where distrust seemed to come from")),
            "where": ChartCard(translate("ProgressView", "About here, or about the past")),
            "victories": ChartCard(translate("ProgressView", "Small victories")),
        }
        # The trackers' cards come after the victories wall, before the calendar.
        self.tracker_cards = tracker_cards()
        self.cards.update(self.tracker_cards)
        self.cards["heatmap"] = ChartCard(translate("ProgressView",
                                                    "Days you wrote or checked in"))
        self.wall = QListWidget()
        self.wall.setAccessibleName(translate("ProgressView", "Victories wall"))
        self.wall.setMaximumHeight(180)
        self.wall.itemActivated.connect(self._open_victory)
        self.wall_heading = QLabel(translate("ProgressView", "<b>Victories wall</b>"))
        self.consistency = QLabel()
        self.consistency.setAccessibleName(translate("ProgressView", "Consistency"))
        self.show_consistency = QCheckBox(translate("ProgressView",
                                                    "Show how many days I checked in"))
        self.show_consistency.setToolTip(translate("ProgressView",
                                                   "A gentle count, off unless you want it"))
        self.show_consistency.setChecked(bool(journal.get_setting(CONSISTENCY_SETTING, False)))
        self.show_consistency.toggled.connect(self._consistency_toggled)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 8, 24, 24)
        column.addWidget(self.intro)
        column.addWidget(self.consistency)
        for key, card in self.cards.items():
            column.addWidget(card)
            if key == "victories":
                column.addWidget(self.wall_heading)
                column.addWidget(self.wall)
        column.addWidget(self.show_consistency)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(24, 16, 24, 0)
        top_layout.addLayout(ranges)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(scroll, 1)
        events.changed.connect(self._changed)

    # -- state ---------------------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def range_key(self) -> str:
        button = self.range_group.checkedButton()
        return str(button.property("range")) if button is not None else "12w"

    def set_range(self, key: str) -> None:
        """Show `key` ("4w", "12w", "6m", "1y", "all")."""
        for button in self.range_group.buttons():
            if button.property("range") == key:
                button.setChecked(True)
        self._range_chosen()

    def _range_chosen(self, *_: object) -> None:
        self.journal.set_setting(RANGE_SETTING, self.range_key)
        self.refresh()

    def _consistency_toggled(self, on: bool) -> None:
        self.journal.set_setting(CONSISTENCY_SETTING, on)
        self._show_consistency()

    def _changed(self, change: Change) -> None:
        if (change.entries or change.order or change.exercises or change.trash
                or change.trackers):
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Light or dark theme switched: charts pick their colours when drawn.
        if event.type() == QEvent.Type.PaletteChange and self.dashboard is not None:
            self._draw(self.dashboard)

    # -- drawing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the range's figures and draw every card."""
        start, end = range_bounds(self.range_key, self.today, self.first_weekday)
        data = self.journal.progress_data(start, end)
        trackers = self.journal.tracker_data(start, end)
        dashboard = build_dashboard(data, today=self.today, first_weekday=self.first_weekday,
                                    range_key=self.range_key, trackers=trackers,
                                    formats=caption_formats())
        self._dirty = False
        self._draw(dashboard)

    def _draw(self, d: Dashboard) -> None:
        self.dashboard = d
        if d.journal_is_empty and not d.trackers.has_records:
            self.intro.setText(translate(
                "ProgressView", "Nothing here yet, and that is fine. Do a check-in or an "
                "exercise, and this page will start to show how things change over the "
                "weeks."))
        else:
            self.intro.setText(sentences(d.notes))
        self.intro.setVisible(bool(self.intro.text()))
        periods = d.periods.periods
        by_start = {period.start: period for period in periods}
        names = [period_text(period) for period in periods]
        cards = self.cards

        if d.trend.is_empty:
            cards["trend"].show_empty(d.trend.empty_text)
        else:
            # Only questions answered in this range: after a change of perspective the
            # old check-ins keep their own lines, and no empty line stands for the rest.
            lines = [TrendSeries(line.metric, line.name,
                                 [(by_start[start], value) for start, value in line.weekly],
                                 line.daily)
                     for line in d.trend.lines if line.daily]
            cards["trend"].show_chart(trend_chart(lines, periods, widget=self),
                                      d.trend.caption, table=_trend_table(lines))

        if d.exercises.is_empty:
            cards["exercises"].show_empty(d.exercises.empty_text)
        else:
            stacks = [(s.exercise_id, s.name, [c or 0 for c in s.counts])
                      for s in d.exercises.stacks]
            cards["exercises"].show_chart(week_bars_chart(periods, stacks, widget=self),
                                          d.exercises.caption,
                                          table=_period_table(names, stacks))

        if d.thoughts.is_empty:
            cards["thoughts"].show_empty(d.thoughts.empty_text)
        else:
            stacks = [("", translate("ProgressView", "Drop in belief (points)"),
                       [v or 0 for v in d.thoughts.belief_drop]),
                      ("", translate("ProgressView", "Drop in feeling (points)"),
                       [v or 0 for v in d.thoughts.feeling_drop])]
            cards["thoughts"].show_chart(
                week_bars_chart(periods, stacks, stacked=False, unit=_points, widget=self),
                d.thoughts.caption, table=_period_table(names, stacks, total=False))

        for key, chart in (("traps", d.traps), ("roots", d.roots)):
            if chart.is_empty:
                cards[key].show_empty(chart.empty_text)
            else:
                top = chart.top()
                cards[key].show_chart(ranking_chart(top, name=cards[key].title.text(),
                                                    unit=_times, widget=self), chart.caption,
                                      rows=len(top),
                                      table=(("", translate("ProgressView", "Times")), top))

        if d.where.is_empty:
            cards["where"].show_empty(d.where.empty_text)
        else:
            items = [(translate("ProgressView", "{name} ({share}%)").format(
                name=item.name, share=number_text(round(item.share * 100))), item.count)
                for item in d.where.items]
            answers = translate("ProgressView", "Answers")
            cards["where"].show_chart(ranking_chart(items, name=answers, unit=_answers,
                                                    widget=self), d.where.caption,
                                      rows=len(items), table=(("", answers), items))

        if d.victories.is_empty:
            cards["victories"].show_empty(d.victories.empty_text)
        else:
            stacks = [("", translate("ProgressView", "Small victories"),
                       [c or 0 for c in d.victories.per_period])]
            cards["victories"].show_chart(week_bars_chart(periods, stacks, widget=self),
                                          d.victories.caption,
                                          table=_period_table(names, stacks, total=False))
        self._fill_wall(d)
        draw_trackers(self.tracker_cards, d, self)

        if d.heatmap.is_empty:
            cards["heatmap"].show_empty(d.heatmap.empty_text)
        else:
            cards["heatmap"].show_chart(
                heatmap_chart(d.heatmap.cells, first_weekday=d.first_weekday,
                              start=d.heatmap.start, end=d.heatmap.end, widget=self),
                d.heatmap.caption,
                table=((translate("ProgressView", "Day"), translate("ProgressView", "Entries")),
                       [(date_text(day), count)
                                            for day, count in d.heatmap.cells if count > 0]))
        self._show_consistency()

    def _fill_wall(self, d: Dashboard) -> None:
        self.wall.clear()
        for item in d.victories.wall[:WALL_LIMIT]:
            values = {"date": date_text(item.day), "text": item.text, "kind": item.kind_name}
            row = QListWidgetItem(
                translate("ProgressView", "{date}  {text} — {kind}").format(**values)
                if item.kind_name else
                translate("ProgressView", "{date}  {text}").format(**values))
            row.setData(Qt.ItemDataRole.UserRole, item.uuid)
            row.setToolTip(translate("ProgressView", "Enter or double-click opens the entry"))
            self.wall.addItem(row)
        shown = bool(d.victories.wall)
        self.wall.setVisible(shown)
        self.wall_heading.setVisible(shown)

    def _show_consistency(self) -> None:
        on = self.show_consistency.isChecked() and self.dashboard is not None
        self.consistency.setVisible(on)
        if on and self.dashboard is not None:
            self.consistency.setText(self.dashboard.consistency_text)

    def _open_victory(self, item: QListWidgetItem) -> None:
        self.events.open_entry.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- weekly review -------------------------------------------------------------------

    def week_summary(self) -> str:
        """This week's summary (or last week's, early in a week), as Markdown."""
        start = review_week(self.today, self.first_weekday)
        end = start + dt.timedelta(days=6)
        data = self.journal.progress_data(start - dt.timedelta(days=7), end)
        # The week alone: settled worries carry no day to cut a longer read by.
        trackers = self.journal.tracker_data(start, end)
        last = self.journal.latest_answers("weekly_review", before=start) or {}
        focus = last.get("focus")
        return week_summary(data, start, last_focus=focus if isinstance(focus, str) else "",
                            trackers=trackers, formats=caption_formats())

    def start_review(self) -> None:
        self.review_requested.emit(self.week_summary())


def _points(value: float) -> str:
    return translate("ProgressView", "{value} points").format(value=short_number(value))


def _times(value: float) -> str:
    count = round(value)  # a plain name: lupdate skips calls with an expression there
    return translate("ProgressView", "%n times", None, count)


def _answers(value: float) -> str:
    count = round(value)
    return translate("ProgressView", "%n answers", None, count)


def _period_table(names: list[str], stacks: list[tuple[str, str, list[float]]], *,
                  total: bool = True) -> tuple[list[str], list[list[object]]]:
    """One row per period with a column per series (and their total), as the bars show."""
    headers = [translate("ProgressView", "Period"), *(name for _, name, _ in stacks)]
    if total and len(stacks) > 1:
        headers.append(translate("ProgressView", "Total"))
    rows: list[list[object]] = []
    for i, name in enumerate(names):
        values = [values[i] for _, _, values in stacks]
        rows.append([name, *values, *([sum(values)] if len(headers) > len(stacks) + 1 else [])])
    return headers, rows


def _trend_table(lines: list[TrendSeries]) -> tuple[list[str], list[list[object]]]:
    """Each week's average, then each day's value, per question, in date order."""
    headers = [translate("ProgressView", "Date"), translate("ProgressView", "What"),
               *(line.name for line in lines)]
    weeks: dict[dt.date, list[object]] = {}
    days: dict[dt.date, list[object]] = {}
    for column, line in enumerate(lines):
        for period, value in line.weekly:
            weeks.setdefault(period.start, [None] * len(lines))[column] = value
        for day, value in line.daily:
            days.setdefault(day, [None] * len(lines))[column] = value
    rows: list[tuple[dt.date, int, list[object]]] = []
    weekly, that_day = translate("ProgressView", "Weekly average"), translate("ProgressView",
                                                                              "That day")
    rows += [(start, 0, [period_text_for(start, lines), weekly, *values])
             for start, values in weeks.items()]
    rows += [(day, 1, [date_text(day), that_day, *values]) for day, values in days.items()]
    return headers, [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]


def period_text_for(start: dt.date, lines: list[TrendSeries]) -> str:
    for line in lines:
        for period, _ in line.weekly:
            if period.start == start:
                return period_text(period)
    return date_text(start)
