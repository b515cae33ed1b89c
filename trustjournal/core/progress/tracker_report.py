"""The trackers in the weekly review's summary and in `trustjournal stats` (text, JSON).

Kept apart from report.py so the entry figures and the tracker figures each stay small;
report.py calls in here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from trustjournal.core.progress.tracker_words import percent
from trustjournal.core.progress.trackers import PEOPLE, TrackerCharts, calibration
from trustjournal.core.progress.weeks import Periods
from trustjournal.core.trackers import TrackerData

INTENTION_WORDS = (("done", "done"), ("partly", "partly"), ("not_today", "for another day"),
                   (None, "still to look back on"))
WEEK_PEOPLE = {"me": "yours", "partner": "your partner's", "us": "together"}


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


# -- the weekly review -------------------------------------------------------------------


def week_items(trackers: TrackerData, start: dt.date, end: dt.date) -> list[str]:
    """The summary lines about the trackers for the days start..end (Markdown items):
    urges resisted, promises kept, intentions done, fears looked at again.

    Worries carry no day, so every settled worry in `trackers` counts: pass the
    TrackerData read for the week itself. Parts with nothing in them are left out.
    """
    items: list[str] = []
    urges = [row for row in trackers.urges if start <= row.day <= end and row.urges]
    total = sum(row.urges for row in urges)
    if total:
        resisted = sum(row.resisted for row in urges)
        partly = sum(row.partly for row in urges)
        strength = sum(row.peak_sum for row in urges) / total
        if total == 1:
            how = ("you rode it out" if resisted else "you partly held back" if partly
                   else "you acted on it")
            items.append(f"**Urges to check:** one this week, and {how} (strength "
                         f"{strength:g} out of 10).")
        else:
            said = ("both" if total == 2 else f"all {total}") if resisted == total \
                else str(resisted)
            text = f"**Urges to check:** {total} this week; you resisted {said}"
            if partly:
                text += f" and partly held back from {partly}"
            items.append(f"{text}. Average strength {strength:.1f} out of 10.")
    settled: dict[str, list[int]] = {}
    for row in trackers.promises:
        if start <= row.day <= end:
            tally = settled.setdefault(row.by, [0, 0, 0])
            tally[0] += row.kept
            tally[1] += row.broken
            tally[2] += row.renegotiated
    people = [by for by in PEOPLE if by in settled] + sorted(set(settled) - set(PEOPLE))
    parts = []
    for by in people:
        kept, broken, again = settled[by]
        if kept + broken + again:
            part = f"{WEEK_PEOPLE.get(by, by)} {kept} of {kept + broken + again}"
            parts.append(part + (f" ({again} renegotiated)" if again else ""))
    if parts:
        items.append(f"**Promises kept:** {', '.join(parts)}.")
    intentions = [row for row in trackers.intentions if start <= row.day <= end]
    if intentions:
        outcomes = Counter(row.outcome for row in intentions)
        said = [f"{outcomes[key]} {words}" for key, words in INTENTION_WORDS if outcomes[key]]
        text = f"**Daily intentions:** {len(intentions)} set this week"
        # Only unchecked ones: how they went is still to come, not a figure yet.
        items.append(f"{text}: {', '.join(said)}." if outcomes[None] < len(intentions)
                     else f"{text}, to look back on from Today.")
    chart = calibration(trackers)
    if chart.total:
        came, partly = chart.came_true, sum(band.partly for band in chart.bands)
        if chart.total == 1:
            how = ("it came true" if came else "it partly came true" if partly
                   else "it did not come true")
            items.append(f"**Fears looked at again:** one, and {how}.")
        else:
            what = ("neither came true" if chart.total == 2 else "none came true") \
                if not came else f"{came} came true"
            if partly:
                what += f", {partly} partly"
            items.append(f"**Fears looked at again:** {chart.total}; {what}.")
    return items


# -- trustjournal stats ------------------------------------------------------------------


def _section(title: str, caption: str, empty: str, is_empty: bool) -> list[str]:
    return ["", title, "-" * len(title), empty if is_empty else caption]


def trackers_report(charts: TrackerCharts, periods: Periods) -> list[str]:
    """The tracker sections of the text report (none when the journal has no records)."""
    if not charts.has_records:
        return []
    out: list[str] = []
    urges = charts.urges
    out += _section("Urges to check", urges.caption, urges.empty_text, urges.is_empty)
    if not urges.is_empty:
        out.append(f"  {'Week of':<14}{'Urges':>7}{'Resisted':>10}{'Partly':>8}"
                   f"{'Strength':>10}")
        for i, period in enumerate(periods.periods):
            resisted, partly, acted = urges.resisted[i], urges.partly[i], urges.acted[i]
            total = (resisted or 0) + (partly or 0) + (acted or 0)
            if not total:
                continue
            strength = urges.mean_peak[i]
            out.append(f"  {period.label:<14}{total:>7}{resisted or 0:>10}{partly or 0:>8}"
                       f"{'' if strength is None else f'{strength:.1f}':>10}")
    promises = charts.promises
    out += _section("Promises kept", promises.caption, promises.empty_text, promises.is_empty)
    for line in promises.people:
        share = line.kept_share_all
        again = line.total_renegotiated
        out.append(f"  - {line.name}: {line.total_kept} of {line.settled} kept"
                   f"{'' if share is None else f' ({percent(share)})'}"
                   f"{f', {again} renegotiated' if again else ''}")
    intentions = charts.intentions
    out += _section("Daily intentions", intentions.caption, intentions.empty_text,
                    intentions.is_empty)
    cal = charts.calibration
    out += _section("Worries and what happened", cal.caption, cal.empty_text, cal.is_empty)
    for band in reversed(cal.bands):
        if band.total:
            out.append(f"  - {band.label} sure: {band.total} looked at again, "
                       f"{band.came_true} came true, {band.partly} partly")
    return out


def trackers_json(charts: TrackerCharts) -> dict[str, Any]:
    """The tracker figures for `stats --json`: per-period lists line up with "periods"."""
    urges, promises = charts.urges, charts.promises
    intentions, cal = charts.intentions, charts.calibration

    def chart(caption: str, empty_text: str, is_empty: bool) -> dict[str, Any]:
        return {"caption": caption, "empty": is_empty, "empty_text": empty_text}

    return {
        "has_records": charts.has_records,
        "urges": {
            **chart(urges.caption, urges.empty_text, urges.is_empty),
            "total": urges.total, "resisted": urges.total_resisted,
            "partly": urges.total_partly, "acted": urges.total_acted,
            "resisted_share": _round(urges.resisted_share_all, 4),
            "mean_strength": _round(urges.mean_peak_all),
            "strength_caption": urges.strength_caption,
            "per_period": [{"resisted": r, "partly": p, "acted": a,
                            "resisted_share": _round(s, 4), "mean_strength": _round(m)}
                           for r, p, a, s, m in zip(urges.resisted, urges.partly, urges.acted,
                                                    urges.resisted_share, urges.mean_peak,
                                                    strict=True)],
        },
        "promises": {
            **chart(promises.caption, promises.empty_text, promises.is_empty),
            "open": promises.open_promises,
            "by": {line.by: {"name": line.name, "kept": line.total_kept,
                             "broken": line.total_broken,
                             "renegotiated": line.total_renegotiated,
                             "kept_share": _round(line.kept_share_all, 4),
                             "per_period_kept_share": [_round(s, 4) for s in line.kept_share]}
                   for line in promises.people},
        },
        "intentions": {
            **chart(intentions.caption, intentions.empty_text, intentions.is_empty),
            "set": intentions.total, "done": intentions.total_done,
            "partly": intentions.total_partly, "not_today": intentions.total_not_today,
            "not_looked_back_on": intentions.total_unchecked,
            "per_period": [{"done": d, "partly": p, "not_today": n, "not_looked_back_on": u}
                           for d, p, n, u in zip(intentions.done, intentions.partly,
                                                 intentions.not_today, intentions.unchecked,
                                                 strict=True)],
        },
        "worries": {
            **chart(cal.caption, cal.empty_text, cal.is_empty),
            "looked_at_again": cal.total, "came_true": cal.came_true, "open": cal.open_worries,
            "bands": [{"sureness_from": b.low, "sureness_to": b.high, "label": b.label,
                       "total": b.total, "came_true": b.came_true, "partly": b.partly,
                       "did_not": b.did_not, "mean_sureness": _round(b.mean_sureness)}
                      for b in cal.bands],
        },
    }


__all__ = ["trackers_json", "trackers_report", "week_items"]
