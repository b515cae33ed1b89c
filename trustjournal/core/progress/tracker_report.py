"""The trackers in the weekly review's summary and in `trustjournal stats` (text, JSON).

Kept apart from report.py so the entry figures and the tracker figures each stay small;
report.py calls in here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.progress.captions import ENGLISH_FORMATS, Formats, listed, period_label
from trustjournal.core.progress.tracker_words import percent
from trustjournal.core.progress.trackers import PEOPLE, TrackerCharts, calibration
from trustjournal.core.progress.weeks import Periods
from trustjournal.core.trackers import TrackerData

# How the summary counts intentions by outcome: "2 done, 1 partly".
INTENTION_WORDS = (("done", QT_TRANSLATE_NOOP("TrackerReport", "{count} done")),
                   ("partly", QT_TRANSLATE_NOOP("TrackerReport", "{count} partly")),
                   ("not_today", QT_TRANSLATE_NOOP("TrackerReport", "{count} for another day")),
                   (None, QT_TRANSLATE_NOOP("TrackerReport", "{count} still to look back on")))
# Whose promises, in the summary's line: "yours 2 of 2, your partner's 0 of 2".
WEEK_PEOPLE = {"me": QT_TRANSLATE_NOOP("TrackerReport", "yours {kept} of {settled}"),
               "partner": QT_TRANSLATE_NOOP("TrackerReport", "your partner's {kept} of {settled}"),
               "us": QT_TRANSLATE_NOOP("TrackerReport", "together {kept} of {settled}")}


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


# -- the weekly review -------------------------------------------------------------------


def _urges_item(urges: int, resisted: int, partly: int, strength: float, fmt: Formats) -> str:
    values = {"count": fmt.number(urges), "resisted": fmt.number(resisted),
              "partly": fmt.number(partly), "strength": fmt.decimal(strength, 1)}
    if urges == 1:
        values["strength"] = fmt.short(strength)
        if resisted:
            text = translate("TrackerReport", "**Urges to check:** one this week, and you rode "
                             "it out (strength {strength} out of 10).")
        elif partly:
            text = translate("TrackerReport", "**Urges to check:** one this week, and you "
                             "partly held back (strength {strength} out of 10).")
        else:
            text = translate("TrackerReport", "**Urges to check:** one this week, and you "
                             "acted on it (strength {strength} out of 10).")
        return text.format(**values)
    if resisted == urges and urges == 2:
        text = translate("TrackerReport", "**Urges to check:** {count} this week; you resisted "
                         "both. Average strength {strength} out of 10.")
    elif resisted == urges:
        text = translate("TrackerReport", "**Urges to check:** {count} this week; you resisted "
                         "all {count}. Average strength {strength} out of 10.")
    elif partly:
        text = translate("TrackerReport", "**Urges to check:** {count} this week; you resisted "
                         "{resisted} and partly held back from {partly}. Average strength "
                         "{strength} out of 10.")
    else:
        text = translate("TrackerReport", "**Urges to check:** {count} this week; you resisted "
                         "{resisted}. Average strength {strength} out of 10.")
    return text.format(**values)


def _fears_item(total: int, came: int, partly: int, fmt: Formats) -> str:
    values = {"count": fmt.number(total), "came": fmt.number(came),
              "partly": fmt.number(partly)}
    if total == 1:
        if came:
            return translate("TrackerReport", "**Fears looked at again:** one, and it came "
                                              "true.")
        if partly:
            return translate("TrackerReport", "**Fears looked at again:** one, and it partly "
                                              "came true.")
        return translate("TrackerReport", "**Fears looked at again:** one, and it did not come "
                                          "true.")
    if not came and total == 2:
        text = (translate("TrackerReport", "**Fears looked at again:** {count}; neither came "
                          "true, {partly} partly.") if partly else
                translate("TrackerReport", "**Fears looked at again:** {count}; neither came "
                          "true."))
    elif not came:
        text = (translate("TrackerReport", "**Fears looked at again:** {count}; none came "
                          "true, {partly} partly.") if partly else
                translate("TrackerReport", "**Fears looked at again:** {count}; none came "
                          "true."))
    else:
        text = (translate("TrackerReport", "**Fears looked at again:** {count}; {came} came "
                          "true, {partly} partly.") if partly else
                translate("TrackerReport", "**Fears looked at again:** {count}; {came} came "
                          "true."))
    return text.format(**values)


def week_items(trackers: TrackerData, start: dt.date, end: dt.date,
               fmt: Formats = ENGLISH_FORMATS) -> list[str]:
    """The summary lines about the trackers for the days start..end (Markdown items):
    urges resisted, promises kept, intentions done, fears looked at again.

    Worries carry no day, so every settled worry in `trackers` counts: pass the
    TrackerData read for the week itself. Parts with nothing in them are left out.
    """
    items: list[str] = []
    urges = [row for row in trackers.urges if start <= row.day <= end and row.urges]
    total = sum(row.urges for row in urges)
    if total:
        items.append(_urges_item(total, sum(row.resisted for row in urges),
                                 sum(row.partly for row in urges),
                                 sum(row.peak_sum for row in urges) / total, fmt))
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
            who = WEEK_PEOPLE.get(by)
            part = (translate("TrackerReport", who) if who else by + " {kept} of {settled}"
                    ).format(kept=fmt.number(kept), settled=fmt.number(kept + broken + again))
            if again:
                part = translate("TrackerReport", "{part} ({count} renegotiated)").format(
                    part=part, count=fmt.number(again))
            parts.append(part)
    if parts:
        items.append(translate("TrackerReport", "**Promises kept:** {list}.").format(
            list=listed(parts)))
    intentions = [row for row in trackers.intentions if start <= row.day <= end]
    if intentions:
        outcomes = Counter(row.outcome for row in intentions)
        said = [translate("TrackerReport", words).format(count=fmt.number(outcomes[key]))
                for key, words in INTENTION_WORDS if outcomes[key]]
        count = fmt.number(len(intentions))
        # Only unchecked ones: how they went is still to come, not a figure yet.
        if outcomes[None] < len(intentions):
            items.append(translate("TrackerReport", "**Daily intentions:** {count} set this "
                                   "week: {list}.").format(count=count, list=listed(said)))
        else:
            items.append(translate("TrackerReport", "**Daily intentions:** {count} set this "
                                   "week, to look back on from Today.").format(count=count))
    chart = calibration(trackers, fmt)
    if chart.total:
        items.append(_fears_item(chart.total, chart.came_true,
                                 sum(band.partly for band in chart.bands), fmt))
    return items


# -- trustjournal stats ------------------------------------------------------------------


def _section(title: str, caption: str, empty: str, is_empty: bool) -> list[str]:
    return ["", title, "-" * len(title), empty if is_empty else caption]


def trackers_report(charts: TrackerCharts, periods: Periods,
                    fmt: Formats = ENGLISH_FORMATS) -> list[str]:
    """The tracker sections of the text report (none when the journal has no records)."""
    if not charts.has_records:
        return []
    out: list[str] = []
    urges = charts.urges
    out += _section(translate("TrackerReport", "Urges to check"), urges.caption,
                    urges.empty_text, urges.is_empty)
    if not urges.is_empty:
        heads = (translate("TrackerReport", "Week of"), translate("TrackerReport", "Urges"),
                 translate("TrackerReport", "Resisted"), translate("TrackerReport", "Partly"),
                 translate("TrackerReport", "Strength"))
        # Each column as wide as the English one, or its heading and two spaces.
        widths = [max(width, len(head) + 2) for width, head in zip((14, 7, 10, 8, 10), heads,
                                                                   strict=True)]
        out.append(f"  {heads[0]:<{widths[0]}}" + "".join(
            f"{head:>{width}}" for head, width in zip(heads[1:], widths[1:], strict=True)))
        for i, period in enumerate(periods.periods):
            resisted, partly, acted = urges.resisted[i], urges.partly[i], urges.acted[i]
            total = (resisted or 0) + (partly or 0) + (acted or 0)
            if not total:
                continue
            strength = urges.mean_peak[i]
            cells = (fmt.number(total), fmt.number(resisted or 0), fmt.number(partly or 0),
                     "" if strength is None else fmt.decimal(strength, 1))
            out.append(f"  {period_label(period, fmt):<{widths[0]}}" + "".join(
                f"{cell:>{width}}" for cell, width in zip(cells, widths[1:], strict=True)))
    promises = charts.promises
    out += _section(translate("TrackerReport", "Promises kept"), promises.caption,
                    promises.empty_text, promises.is_empty)
    for line in promises.people:
        share = line.kept_share_all
        values = {"name": line.name, "kept": fmt.number(line.total_kept),
                  "settled": fmt.number(line.settled),
                  "percent": "" if share is None else percent(share, fmt),
                  "renegotiated": fmt.number(line.total_renegotiated)}
        if line.total_renegotiated:
            text = translate("TrackerReport", "  - {name}: {kept} of {settled} kept ({percent}), "
                             "{renegotiated} renegotiated")
        else:
            text = translate("TrackerReport", "  - {name}: {kept} of {settled} kept ({percent})")
        out.append(text.format(**values))
    intentions = charts.intentions
    out += _section(translate("TrackerReport", "Daily intentions"), intentions.caption,
                    intentions.empty_text, intentions.is_empty)
    cal = charts.calibration
    out += _section(translate("TrackerReport", "Worries and what happened"), cal.caption,
                    cal.empty_text, cal.is_empty)
    for band in reversed(cal.bands):
        if band.total:
            out.append(translate("TrackerReport", "  - {band} sure: {total} looked at again, "
                                 "{came} came true, {partly} partly").format(
                                     band=band.label, total=fmt.number(band.total),
                                     came=fmt.number(band.came_true),
                                     partly=fmt.number(band.partly)))
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
