"""The PDF packet's optional "Trackers" section, as Qt rich text: urges week by week,
promises and how they went, daily intentions, and worries set against what happened.

Written for a person sitting with their therapist: plain words, no streaks, no scores,
and nothing left out that the person chose to bring. Every text from a record is
escaped; nothing here needs Qt (the packet lays it out with the rest).
"""

from __future__ import annotations

import datetime as dt
from html import escape

from trustjournal.core.trackers import TrackerSet
from trustjournal.exchange.markup import MONTHS
from trustjournal.exchange.tracker_figures import urge_weeks

URGE_KINDS = {
    "check_phone": "checking the phone", "check_location": "checking where they are",
    "social_media": "looking at social media", "ask_reassurance": "asking for reassurance",
    "interrogate": "questioning them", "other": "something else",
}
BY = {"me": "Me", "partner": "My partner", "us": "Both of us"}
PROMISE_STATUS = {"open": "Open", "kept": "Kept", "broken": "Not kept",
                  "renegotiated": "Renegotiated"}
INTENTION_OUTCOME = {"done": "Done", "partly": "Partly", "not_today": "Not today"}
WORRY_OUTCOME = {"came_true": "Came true", "did_not": "Did not happen", "partly": "Partly"}


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A table whose cells are already escaped."""
    top = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n"
                   for row in rows)
    return f'<table width="100%" cellspacing="0">\n<tr>{top}</tr>\n{body}</table>\n'


def _none(text: str) -> str:
    return f'<p class="meta">{text}</p>\n'


def _day(day: dt.date | None) -> str:
    """'5 Mar 2024': short enough for a table cell, the same on every machine."""
    return "" if day is None else f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _urges(trackers: TrackerSet, first_weekday: int) -> str:
    out = "<h3>Urges to check, week by week</h3>\n"
    if not trackers.urges:
        return out + _none("No urges were logged in these dates.")
    total = len(trackers.urges)
    resisted = sum(u.outcome == "resisted" for u in trackers.urges)
    out += (f"<p>{total} {'urge was' if total == 1 else 'urges were'} logged; "
            f"{resisted} of them passed without acting on them.</p>\n")
    rows = [(_day(w.start), str(w.urges), str(w.resisted), str(w.partly),
             str(w.acted), f"{w.peak_mean:.1f}")
            for w in urge_weeks(trackers.urges, first_weekday)]
    out += _table(("Week of", "Urges", "Resisted", "Partly", "Acted on",
                   "Average strength (0–10)"), rows)
    kinds: dict[str, int] = {}
    for urge in trackers.urges:
        kinds[str(urge.kind)] = kinds.get(str(urge.kind), 0) + 1
    common = sorted(kinds.items(), key=lambda item: (-item[1], item[0]))
    listed = ", ".join(f"{URGE_KINDS.get(kind, escape(kind))} ({n})" for kind, n in common)
    return out + f'<p class="meta">What the urges were: {listed}.</p>\n'


def _promises(trackers: TrackerSet) -> str:
    out = "<h3>Promises</h3>\n"
    if not trackers.promises:
        return out + _none("No promises were noted in these dates.")
    rows = []
    for p in trackers.promises:
        status = PROMISE_STATUS.get(str(p.status), escape(str(p.status)))
        if p.settled_on is not None:
            status += f", {_day(p.settled_on)}"
        rows.append((_day(p.made_on), BY.get(str(p.by), escape(str(p.by))), escape(p.text),
                     _day(p.due) or "—", status, escape(p.note)))
    return out + _table(("Made", "By", "Promise", "Due", "How it went", "Note"), rows)


def _intentions(trackers: TrackerSet) -> str:
    out = "<h3>Daily intentions</h3>\n"
    if not trackers.intentions:
        return out + _none("No intentions were set in these dates.")
    rows = [(_day(i.local_date), escape(i.text),
             "Not checked off" if i.outcome is None
             else INTENTION_OUTCOME.get(str(i.outcome), escape(str(i.outcome))),
             escape(i.note)) for i in trackers.intentions]
    return out + _table(("Day", "Intention", "How it went", "Note"), rows)


def _worries(trackers: TrackerSet) -> str:
    out = "<h3>Worries and what happened</h3>\n"
    if not trackers.worries:
        return out + _none("No worries were written down in these dates.")
    rows = []
    for w in trackers.worries:
        if w.outcome is None:
            outcome = f"To look at again on {_day(w.look_on)}"
        else:
            outcome = WORRY_OUTCOME.get(str(w.outcome), escape(str(w.outcome)))
        rows.append((_day(w.made_on), escape(w.text), f"{w.sureness} %", outcome,
                     escape(w.what_happened)))
    out += _table(("Written", "The worry", "How sure", "Outcome", "What happened"), rows)
    settled = [w for w in trackers.worries if w.outcome is not None]
    sure = [w for w in settled if w.sureness >= 80]
    if sure:
        came = sum(w.outcome == "came_true" for w in sure)
        out += (f'<p class="meta">Of the {len(sure)} looked at again that were written '
                f"at least 80 % sure, {came} came true.</p>\n")
    return out


def trackers_html(trackers: TrackerSet, first_weekday: int = 0) -> str:
    """The "Trackers" section: four parts, each with a kind line when it is empty."""
    return ("<h2>Trackers</h2>\n" + _urges(trackers, first_weekday) + _promises(trackers)
            + _intentions(trackers) + _worries(trackers))


__all__ = ["trackers_html"]
