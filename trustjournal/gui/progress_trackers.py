"""The tracker cards of the Progress page: urges (how they ended, how strong), promises
kept per person, daily intentions, and worries set against what happened.

core.progress.trackers computes every figure and sentence; this module only draws them
on ChartCards. A journal that never used a tracker shows none of these cards.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trustjournal.core.progress import Dashboard
from trustjournal.gui.chart_card import Cell, ChartCard
from trustjournal.gui.charts import (
    CHART_COLOURS,
    TrendSeries,
    category_bars_chart,
    period_text,
    trend_chart,
    week_bars_chart,
)

TRACKER_TITLES = {
    "urges": "Urges to check: how they ended",
    "urge_strength": "How strong the urges were",
    "promises": "Promises kept",
    "intentions": "Daily intentions",
    "calibration": "Worries and what happened",
}


# Each person's promises keep one colour in every range.
PERSON_COLOURS = {"me": CHART_COLOURS[0], "partner": CHART_COLOURS[1], "us": CHART_COLOURS[2]}


def tracker_cards() -> dict[str, ChartCard]:
    """One card per tracker chart, in page order."""
    return {key: ChartCard(title) for key, title in TRACKER_TITLES.items()}


def _zeros(values: tuple[int | None, ...]) -> list[float]:
    return [float(v or 0) for v in values]


def _percent(value: float | None) -> Cell:
    return None if value is None else round(value * 100)


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
        stacks = [("", "Resisted", _zeros(urges.resisted)),
                  ("", "Partly held back", _zeros(urges.partly)),
                  ("", "Acted on", _zeros(urges.acted))]
        rows: list[list[Cell]] = [
            [name, *(stack[2][i] for stack in stacks), _percent(urges.resisted_share[i]),
             urges.mean_peak[i]] for i, name in enumerate(names)]
        cards["urges"].show_chart(
            week_bars_chart(periods, stacks, unit=" urges", widget=widget), urges.caption,
            table=(["Period", "Resisted", "Partly held back", "Acted on", "Resisted (%)",
                    "Average strength"], rows))
        weekly = [(period, value) for period, value in zip(periods, urges.mean_peak,
                                                           strict=True) if value is not None]
        line = TrendSeries("urge_strength", "Urge strength", weekly, urges.daily_peak,
                           CHART_COLOURS[4])
        cards["urge_strength"].show_chart(
            trend_chart([line], periods, widget=widget), urges.strength_caption,
            table=(["Period", "Average strength"],
                   [[period_text(period), value] for period, value in weekly]))

    promises = t.promises
    if promises.is_empty:
        cards["promises"].show_empty(promises.caption or promises.empty_text)
    else:
        lines = [TrendSeries(f"promise_{line.by}", f"{line.name}: kept (%)",
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
                row.append(f"{kept} of {settled}" if settled else None)
            table_rows.append(row)
        cards["promises"].show_chart(
            trend_chart(lines, periods, y_max=100, widget=widget, points=True, suffix=""),
            promises.caption,
            table=(["Period", *(f"{line.name}: kept" for line in promises.people)],
                   table_rows))

    intentions = t.intentions
    if intentions.is_empty:
        cards["intentions"].show_empty(intentions.empty_text)
    else:
        stacks = [("", "Done", _zeros(intentions.done)),
                  ("", "Partly", _zeros(intentions.partly)),
                  ("", "For another day", _zeros(intentions.not_today)),
                  ("", "Not looked back on yet", _zeros(intentions.unchecked))]
        cards["intentions"].show_chart(
            week_bars_chart(periods, stacks, unit=" intentions", widget=widget),
            intentions.caption,
            table=(["Period", *(name for _, name, _ in stacks)],
                   [[name, *(stack[2][i] for stack in stacks)]
                    for i, name in enumerate(names)]))

    cal = t.calibration
    if cal.is_empty:
        cards["calibration"].show_empty(cal.caption or cal.empty_text)
    else:
        bands = [band for band in cal.bands if band.total]
        sets = [("How sure you were (average %)", [b.mean_sureness or 0 for b in bands]),
                ("Came true (%)", [100 * (b.came_true_share or 0) for b in bands]),
                ("Partly came true (%)", [100 * (b.partly_share or 0) for b in bands])]
        cards["calibration"].show_chart(
            category_bars_chart([f"{b.label} sure" for b in bands], sets, y_max=100,
                                unit=" %", widget=widget),
            cal.caption,
            table=(["How sure", "Looked at again", "Came true", "Partly", "Did not",
                    "Average sureness (%)"],
                   [[b.label, b.total, b.came_true, b.partly, b.did_not,
                     None if b.mean_sureness is None else round(b.mean_sureness)]
                    for b in bands]))
