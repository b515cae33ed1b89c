"""The tracker cards of the Progress page: urges (how they ended, how strong), promises
kept per person, daily intentions, and worries set against what happened.

core.progress.trackers computes every figure and sentence; this module only draws them
on ChartCards. A journal that never used a tracker shows none of these cards.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.progress import Dashboard
from trustjournal.gui.chart_card import Cell, ChartCard
from trustjournal.gui.charts import (
    CHART_COLOURS,
    TrendSeries,
    category_bars_chart,
    period_text,
    short_number,
    trend_chart,
    week_bars_chart,
)

TRACKER_TITLES = {
    "urges": QT_TRANSLATE_NOOP("ProgressTrackers", "Urges to check: how they ended"),
    "urge_strength": QT_TRANSLATE_NOOP("ProgressTrackers", "How strong the urges were"),
    "promises": QT_TRANSLATE_NOOP("ProgressTrackers", "Promises kept"),
    "intentions": QT_TRANSLATE_NOOP("ProgressTrackers", "Daily intentions"),
    "calibration": QT_TRANSLATE_NOOP("ProgressTrackers", "Worries and what happened"),
}


# Each person's promises keep one colour in every range.
PERSON_COLOURS = {"me": CHART_COLOURS[0], "partner": CHART_COLOURS[1], "us": CHART_COLOURS[2]}


def tracker_cards() -> dict[str, ChartCard]:
    """One card per tracker chart, in page order."""
    return {key: ChartCard(translate("ProgressTrackers", title))
            for key, title in TRACKER_TITLES.items()}


def _zeros(values: tuple[int | None, ...]) -> list[float]:
    return [float(v or 0) for v in values]


def _percent(value: float | None) -> Cell:
    return None if value is None else round(value * 100)


def _urges_text(value: float) -> str:
    count = round(value)  # a plain name: lupdate skips calls with an expression there
    return translate("ProgressTrackers", "%n urges", None, count)


def _intentions_text(value: float) -> str:
    count = round(value)
    return translate("ProgressTrackers", "%n intentions", None, count)


def _percent_text(value: float) -> str:
    return translate("ProgressTrackers", "{value} %").format(value=short_number(value))


def draw_trackers(cards: dict[str, ChartCard], d: Dashboard, widget: QWidget) -> None:
    """Fill the tracker cards from the dashboard, or hide them all when the journal has
    no tracker record (an empty state for each would only be noise)."""
    t = d.trackers
    for card in cards.values():
        card.setVisible(t.has_records)
    periods = d.periods.periods
    names = [period_text(period) for period in periods]

    urges = t.urges
    if urges.is_empty:
        cards["urges"].show_empty(urges.empty_text)
        cards["urge_strength"].show_empty(urges.strength_empty_text)
    else:
        stacks = [("", translate("ProgressTrackers", "Resisted"), _zeros(urges.resisted)),
                  ("", translate("ProgressTrackers", "Partly held back"), _zeros(urges.partly)),
                  ("", translate("ProgressTrackers", "Acted on"), _zeros(urges.acted))]
        rows: list[list[Cell]] = [
            [name, *(stack[2][i] for stack in stacks), _percent(urges.resisted_share[i]),
             urges.mean_peak[i]] for i, name in enumerate(names)]
        cards["urges"].show_chart(
            week_bars_chart(periods, stacks, unit=_urges_text, widget=widget), urges.caption,
            table=([translate("ProgressTrackers", "Period"), *(name for _, name, _ in stacks),
                    translate("ProgressTrackers", "Resisted (%)"),
                    translate("ProgressTrackers", "Average strength")], rows))
        weekly = [(period, value) for period, value in zip(periods, urges.mean_peak,
                                                           strict=True) if value is not None]
        line = TrendSeries("urge_strength", translate("ProgressTrackers", "Urge strength"),
                           weekly, urges.daily_peak, CHART_COLOURS[4])
        cards["urge_strength"].show_chart(
            trend_chart([line], periods, widget=widget), urges.strength_caption,
            table=([translate("ProgressTrackers", "Period"),
                    translate("ProgressTrackers", "Average strength")],
                   [[period_text(period), value] for period, value in weekly]))

    promises = t.promises
    if promises.is_empty:
        cards["promises"].show_empty(promises.caption or promises.empty_text)
    else:
        lines = [TrendSeries(f"promise_{line.by}",
                             translate("ProgressTrackers", "{name}: kept (%)").format(
                                 name=line.name),
                             [(period, share * 100) for period, share
                              in zip(periods, line.kept_share, strict=True)
                              if share is not None], (), PERSON_COLOURS.get(line.by, ""))
                 for line in promises.people]
        table_rows: list[list[Cell]] = []
        for i, name in enumerate(names):
            row: list[Cell] = [name]
            for line in promises.people:
                kept = line.kept[i] or 0
                settled = kept + (line.broken[i] or 0) + (line.renegotiated[i] or 0)
                row.append(translate("ProgressTrackers", "{kept} of {settled}").format(
                    kept=kept, settled=settled) if settled else None)
            table_rows.append(row)
        cards["promises"].show_chart(
            trend_chart(lines, periods, y_max=100, widget=widget, points=True,
                        averages=False),
            promises.caption,
            table=([translate("ProgressTrackers", "Period"),
                    *(translate("ProgressTrackers", "{name}: kept").format(name=line.name)
                      for line in promises.people)], table_rows))

    intentions = t.intentions
    if intentions.is_empty:
        cards["intentions"].show_empty(intentions.empty_text)
    else:
        stacks = [("", translate("ProgressTrackers", "Done"), _zeros(intentions.done)),
                  ("", translate("ProgressTrackers", "Partly"), _zeros(intentions.partly)),
                  ("", translate("ProgressTrackers", "For another day"),
                   _zeros(intentions.not_today)),
                  ("", translate("ProgressTrackers", "Not looked back on yet"),
                   _zeros(intentions.unchecked))]
        cards["intentions"].show_chart(
            week_bars_chart(periods, stacks, unit=_intentions_text, widget=widget),
            intentions.caption,
            table=([translate("ProgressTrackers", "Period"), *(name for _, name, _ in stacks)],
                   [[name, *(stack[2][i] for stack in stacks)]
                    for i, name in enumerate(names)]))

    cal = t.calibration
    if cal.is_empty:
        cards["calibration"].show_empty(cal.caption or cal.empty_text)
    else:
        bands = [band for band in cal.bands if band.total]
        sets = [(translate("ProgressTrackers", "How sure you were (average %)"),
                 [b.mean_sureness or 0 for b in bands]),
                (translate("ProgressTrackers", "Came true (%)"),
                 [100 * (b.came_true_share or 0) for b in bands]),
                (translate("ProgressTrackers", "Partly came true (%)"),
                 [100 * (b.partly_share or 0) for b in bands])]
        categories = [translate("ProgressTrackers", "{band} sure").format(band=b.label)
                      for b in bands]
        cards["calibration"].show_chart(
            category_bars_chart(categories, sets, y_max=100, unit=_percent_text,
                                widget=widget),
            cal.caption,
            table=([translate("ProgressTrackers", "How sure"),
                    translate("ProgressTrackers", "Looked at again"),
                    translate("ProgressTrackers", "Came true"),
                    translate("ProgressTrackers", "Partly"),
                    translate("ProgressTrackers", "Did not"),
                    translate("ProgressTrackers", "Average sureness (%)")],
                   [[b.label, b.total, b.came_true, b.partly, b.did_not,
                     None if b.mean_sureness is None else round(b.mean_sureness)]
                    for b in bands]))
