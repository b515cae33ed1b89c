"""The figures as words: the weekly review's summary (Markdown), and the text and JSON
that `trustjournal stats` prints."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.progress.captions import (
    ENGLISH_FORMATS,
    Formats,
    inline,
    listed,
    period_label,
    scale_name,
)
from trustjournal.core.progress.dashboard import Dashboard
from trustjournal.core.progress.data import CHECKIN_METRICS, ProgressData
from trustjournal.core.progress.names import Names, builtin_names
from trustjournal.core.progress.tracker_report import trackers_json, trackers_report, week_items
from trustjournal.core.progress.weeks import ONE_DAY, ONE_WEEK, WEEKDAYS, week_start
from trustjournal.core.trackers import TrackerData

JSON_FORMAT = 1
EMPTY_JOURNAL = QT_TRANSLATE_NOOP(
    "ProgressReport", "Your journal has no entries yet. Write something or do a check-in, "
                      "and your progress will show here.")
# The first day of the week, as the text report names it.
WEEKDAY_NAMES = (QT_TRANSLATE_NOOP("ProgressReport", "Mon"),
                 QT_TRANSLATE_NOOP("ProgressReport", "Tue"),
                 QT_TRANSLATE_NOOP("ProgressReport", "Wed"),
                 QT_TRANSLATE_NOOP("ProgressReport", "Thu"),
                 QT_TRANSLATE_NOOP("ProgressReport", "Fri"),
                 QT_TRANSLATE_NOOP("ProgressReport", "Sat"),
                 QT_TRANSLATE_NOOP("ProgressReport", "Sun"))
# How the summary counts promises by outcome: "2 kept, 1 not kept this time".
PROMISE_WORDS = (("kept", QT_TRANSLATE_NOOP("ProgressReport", "{count} kept")),
                 ("renegotiated", QT_TRANSLATE_NOOP("ProgressReport", "{count} renegotiated")),
                 ("broken", QT_TRANSLATE_NOOP("ProgressReport", "{count} not kept this time")))


def review_week(today: dt.date, first_weekday: int = 0) -> dt.date:
    """Start of the week a review made today looks back on: this week, or the week just
    ended when today is one of the first two days of a new week."""
    start = week_start(today, first_weekday)
    return start - ONE_WEEK if (today - start).days < 2 else start


def _averages(averages: dict[str, float], fmt: Formats) -> str:
    """'trust 7.0, anxiety 3.0': each answered question and its average, as a list."""
    return listed([translate("ProgressReport", "{name} {value}", "a check-in question and "
                             "its average, in a list").format(
                                 name=scale_name(m), value=fmt.decimal(averages[m], 1))
                   for m in CHECKIN_METRICS if m in averages])


def _scale_averages(data: ProgressData) -> dict[str, float]:
    sums: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for row in data.checkins:
        for metric in CHECKIN_METRICS:
            value, count = row.value(metric)
            if value is not None and count:
                sums[metric] += value * count
                counts[metric] += count
    return {metric: sums[metric] / counts[metric] for metric in CHECKIN_METRICS
            if counts[metric]}


def _labels(data: ProgressData, metric: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for row in data.labels:
        if row.metric == metric:
            counts[row.label] += row.count
    return counts


def _listed(counts: Counter[str], name: Any, limit: int = 3,
            fmt: Formats = ENGLISH_FORMATS) -> str:
    ordered = sorted(counts.items(), key=lambda item: (-item[1], name(item[0])))
    return listed([translate("ProgressReport", "{name} ({count})", "a name and how often, "
                             "in a list").format(name=name(label), count=fmt.number(count))
                   for label, count in ordered[:limit]])


def week_summary(data: ProgressData, start: dt.date, names: Names | None = None, *,
                 last_focus: str = "", trackers: TrackerData | None = None,
                 formats: Formats = ENGLISH_FORMATS) -> str:
    """The weekly review's automatic summary of the week start..start+6, as Markdown.

    Covers check-ins (compared with the week before when `data` reaches back that far),
    exercises done, small victories, urges resisted, promises kept, intentions done and
    fears looked at again (from `trackers`, read for this week), the most frequent
    thinking traps and root causes. Empty parts are left out, kindly.
    `last_focus` is the focus chosen in the previous review, shown first when given.
    Each line is one translatable message; `formats` writes its numbers and dates.
    """
    fmt = formats
    names = names or builtin_names()
    end = start + ONE_WEEK - ONE_DAY
    week = data.between(start, end)
    before_start = start - ONE_WEEK
    earlier = (data.between(before_start, start - ONE_DAY)
               if data.start is None or data.start <= before_start else None)
    first_day = fmt.date(start) if start.year != end.year else fmt.day_month(start)
    lines = [translate("ProgressReport", "*{first} – {last}*", "the week a summary is about"
                       ).format(first=first_day, last=fmt.date(end)), ""]
    items: list[str] = []
    focus = " ".join(last_focus.split())
    if focus:
        items.append(translate("ProgressReport", "**Your focus from last time:** {focus}"
                               ).format(focus=focus))

    checkins = sum(row.checkins for row in week.checkins)
    now = _scale_averages(week)
    then = _scale_averages(earlier) if earlier is not None else {}
    if checkins:
        values = {"count": fmt.number(checkins), "now": _averages(now, fmt),
                  "then": _averages(then, fmt)}
        if then:
            text = translate("ProgressReport", "**Check-ins:** {count} this week. Average "
                             "{now}. The week before: {then}.")
        else:
            text = translate("ProgressReport", "**Check-ins:** {count} this week. Average "
                             "{now}.")
        items.append(text.format(**values))
    exercises: Counter[str] = Counter()
    for row in week.exercises:
        exercises[row.exercise_id] += row.count
    if exercises:
        total = sum(exercises.values())
        items.append(translate("ProgressReport", "**Exercises done:** {count}: {list}."
                               ).format(count=fmt.number(total), list=_listed(
                                   exercises, names.exercise, len(exercises), fmt)))
    if week.victories:
        wins = [translate("ProgressReport", "**Small victories:** {count}").format(
            count=fmt.number(len(week.victories)))]
        unnamed = translate("ProgressReport", "A small victory")
        wins += [f"  - {' '.join(v.text.split()) or unnamed}" for v in week.victories]
        items.append("\n".join(wins))
    tracked = week_items(trackers, start, end, fmt) if trackers is not None else []
    items += tracked
    promises = _labels(week, "promise")
    if promises and not _has_promise_line(trackers, start, end):
        said = [translate("ProgressReport", words).format(count=fmt.number(promises[key]))
                for key, words in PROMISE_WORDS if promises[key]]
        items.append(translate("ProgressReport", "**Promises:** {list}.").format(
            list=listed(said) if said else _listed(promises, str, fmt=fmt)))
    traps = _labels(week, "trap")
    if traps:
        items.append(translate("ProgressReport", "**Thinking traps that came up most:** "
                               "{list}.").format(list=_listed(traps, names.trap, fmt=fmt)))
    roots = _labels(week, "root_source")
    where = _labels(week, "root_where")
    if roots or where:
        source = _listed(roots, lambda label: names.option("root_source", label), fmt=fmt)
        share = _listed(where, lambda label: inline(names.option("root_where", label)),
                        fmt=fmt)
        if source and share:
            text = translate("ProgressReport", "**Where distrust came from:** {sources}; "
                             "{shares}.")
        elif source:
            text = translate("ProgressReport", "**Where distrust came from:** {sources}.")
        else:
            text = translate("ProgressReport", "**Where distrust came from:** {shares}.")
        items.append(text.format(sources=source, shares=share))
    if not items:
        lines.append(translate("ProgressReport", "Nothing was recorded this week, and that's "
                               "okay. You can still look back on how it went."))
    else:
        lines += [f"- {item}" for item in items]
    return "\n".join(lines) + "\n"


def _has_promise_line(trackers: TrackerData | None, start: dt.date, end: dt.date) -> bool:
    """True when the trackers already give a promises line for the week (then the
    exercise answers about promises are not counted a second time)."""
    if trackers is None:
        return False
    return any(start <= row.day <= end and row.kept + row.broken + row.renegotiated
               for row in trackers.promises)


# -- trustjournal stats ------------------------------------------------------------------

def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _section(title: str, caption: str, empty: str, is_empty: bool) -> list[str]:
    return ["", title, "-" * len(title), empty if is_empty else caption]


def _percent(share: float, fmt: Formats) -> str:
    return translate("ProgressReport", "{number}%", "a share of answers").format(
        number=fmt.number(round(share * 100)))


def _chart(title: str, chart: Any) -> list[str]:
    return _section(title, chart.caption, chart.empty_text, chart.is_empty)


def summary_captions(dash: Dashboard) -> tuple[str, ...]:
    """The caption of every chart that has something to say, in page order (for the
    printed packet's progress summary)."""
    charts = (dash.trend, dash.exercises, dash.thoughts, dash.traps, dash.roots, dash.where,
              dash.victories, dash.heatmap)
    return tuple(chart.caption for chart in charts if not chart.is_empty and chart.caption
                 ) + dash.trackers.captions()


def stats_report(dash: Dashboard, formats: Formats = ENGLISH_FORMATS) -> str:
    """The Progress figures as plain text: a few short sections, captions first."""
    fmt = formats
    if dash.journal_is_empty and not dash.trackers.has_records:
        return translate("ProgressReport", EMPTY_JOURNAL) + "\n"
    out = [translate("ProgressReport", "Progress {span} ({start} – {end}; weeks start on "
                     "{weekday})").format(
                         span=dash.span, start=fmt.date(dash.start), end=fmt.date(dash.end),
                         weekday=translate("ProgressReport", WEEKDAY_NAMES[dash.first_weekday]))]
    out += [translate("ProgressReport", "Note: {note}").format(note=note) for note in dash.notes]

    trend = dash.trend
    out += _chart(translate("ProgressReport", "Check-in trends"), trend)
    if not trend.is_empty:
        # A column per question, as wide as its label and two spaces.
        widths = [len(line.name) + 2 for line in trend.lines]
        week_of = translate("ProgressReport", "Week of")
        out.append(f"  {week_of:<14}" + "".join(
            f"{line.name:>{width}}" for line, width in zip(trend.lines, widths, strict=True)))
        for index, period in enumerate(dash.periods.periods):
            values = [line.values[index] for line in trend.lines]
            if all(value is None for value in values):
                continue
            cells = [fmt.decimal(v, 1) if v is not None else "–" for v in values]
            out.append(f"  {period_label(period, fmt):<14}" + "".join(
                f"{cell:>{width}}" for cell, width in zip(cells, widths, strict=True)))

    ex = dash.exercises
    out += _chart(translate("ProgressReport", "Exercises"), ex)
    out += [f"  - {stack.name}: {fmt.number(stack.total)}" for stack in ex.stacks]

    th = dash.thoughts
    out += _chart(translate("ProgressReport", "Thought records"), th)
    for title, chart in ((translate("ProgressReport", "Thinking traps"), dash.traps),
                         (translate("ProgressReport", "Where distrust comes from"), dash.roots)):
        out += _section(title, chart.caption, chart.empty_text, chart.is_empty)
        out += [f"  - {name}: {fmt.number(count)}" for name, count in chart.top()]
    wh = dash.where
    out += _chart(translate("ProgressReport", "About here, or about my past"), wh)
    out += [f"  - {item.name}: {fmt.number(item.count)} ({_percent(item.share, fmt)})"
            for item in wh.items]

    vi = dash.victories
    out += _chart(translate("ProgressReport", "Small victories"), vi)
    for item in vi.wall[:10]:
        kind = f" ({item.kind_name})" if item.kind_name else ""
        out.append(f"  - {item.day.isoformat()}  {' '.join(item.text.split())}{kind}")
    if len(vi.wall) > 10:
        more = len(vi.wall) - 10  # a plain name: lupdate skips calls with an expression
        out.append(translate("ProgressReport", "  … and %Ln more on the victories wall in the "
                             "app.", None, more))

    out += trackers_report(dash.trackers, dash.periods, fmt)

    hm = dash.heatmap
    out += _chart(translate("ProgressReport", "Days with entries"), hm)
    return "\n".join(out) + "\n"


def stats_json(dash: Dashboard) -> dict[str, Any]:
    """The Progress figures as a stable, machine-readable structure (see JSON_FORMAT)."""
    periods = dash.periods.periods

    def chart(caption: str, empty_text: str, is_empty: bool) -> dict[str, Any]:
        return {"caption": caption, "empty": is_empty, "empty_text": empty_text}

    trend = dash.trend
    th = dash.thoughts
    return {
        "format": JSON_FORMAT,
        "empty_journal": dash.journal_is_empty,
        "range": {"key": dash.range_key, "words": dash.span, "start": dash.start.isoformat(),
                  "end": dash.end.isoformat(), "week_starts_on": WEEKDAYS[dash.first_weekday],
                  "weeks_per_period": dash.periods.weeks},
        "notes": list(dash.notes),
        "periods": [{"start": p.start.isoformat(), "end": p.end.isoformat(), "label": p.label,
                     "gap": p.gap} for p in periods],
        "checkins": {
            **chart(trend.caption, trend.empty_text, trend.is_empty),
            "count": trend.checkins,
            "days_with_checkin": dash.checkin_days,
            "scales": {line.metric: {"averages": [_round(v) for v in line.values],
                                     "answers": list(line.counts)} for line in trend.lines},
        },
        "exercises": {
            **chart(dash.exercises.caption, dash.exercises.empty_text, dash.exercises.is_empty),
            "total": dash.exercises.total,
            "by_exercise": [{"id": s.exercise_id, "name": s.name, "total": s.total,
                             "per_period": list(s.counts)} for s in dash.exercises.stacks],
        },
        "thought_records": {
            **chart(th.caption, th.empty_text, th.is_empty),
            "count": th.records,
            "belief": None if th.belief is None else
            {"before": _round(th.belief[0]), "after": _round(th.belief[1])},
            "feeling": None if th.feeling is None else
            {"before": _round(th.feeling[0]), "after": _round(th.feeling[1])},
            "per_period": [{"records": n, "belief_drop": _round(b), "feeling_drop": _round(f)}
                           for n, b, f in zip(th.per_period, th.belief_drop, th.feeling_drop,
                                              strict=True)],
        },
        "traps": {**chart(dash.traps.caption, dash.traps.empty_text, dash.traps.is_empty),
                  "items": [{"id": i.id, "name": i.name, "count": i.count}
                            for i in dash.traps.items]},
        "root_sources": {**chart(dash.roots.caption, dash.roots.empty_text, dash.roots.is_empty),
                         "items": [{"id": i.id, "name": i.name, "count": i.count}
                                   for i in dash.roots.items]},
        "here_or_past": {**chart(dash.where.caption, dash.where.empty_text, dash.where.is_empty),
                         "items": [{"id": i.id, "name": i.name, "count": i.count,
                                    "share": round(i.share, 4)} for i in dash.where.items]},
        "victories": {
            **chart(dash.victories.caption, dash.victories.empty_text, dash.victories.is_empty),
            "per_period": list(dash.victories.per_period),
            "wall": [{"date": v.day.isoformat(), "uuid": v.uuid, "text": v.text,
                      "kind": v.kind, "kind_name": v.kind_name, "pride": v.pride}
                     for v in dash.victories.wall],
        },
        "days_with_entries": {
            **chart(dash.heatmap.caption, dash.heatmap.empty_text, dash.heatmap.is_empty),
            "days": dash.heatmap.days,
            "cells": [{"date": day.isoformat(), "entries": n} for day, n in dash.heatmap.cells],
        },
        "consistency": {"days_with_checkin": dash.checkin_days, "text": dash.consistency_text},
        "trackers": trackers_json(dash.trackers),
    }


__all__ = ["EMPTY_JOURNAL", "JSON_FORMAT", "review_week", "stats_json", "stats_report",
           "week_summary"]
