"""The PDF packet's optional "Trackers" section, as Qt rich text: urges week by week,
promises and how they went, daily intentions, and worries set against what happened.

Written for a person sitting with their therapist: plain words, no streaks, no scores,
and nothing left out that the person chose to bring. Every text from a record is
escaped; nothing here needs Qt (the packet lays it out with the rest).
"""

from __future__ import annotations

import datetime as dt
from html import escape

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.trackers import TrackerSet
from trustjournal.exchange.markup import compact_date
from trustjournal.exchange.tracker_figures import urge_weeks

URGE_KINDS = {
    "check_phone": QT_TRANSLATE_NOOP("PdfTrackers", "checking the phone"),
    "check_location": QT_TRANSLATE_NOOP("PdfTrackers", "checking where they are"),
    "social_media": QT_TRANSLATE_NOOP("PdfTrackers", "looking at social media"),
    "ask_reassurance": QT_TRANSLATE_NOOP("PdfTrackers", "asking for reassurance"),
    "interrogate": QT_TRANSLATE_NOOP("PdfTrackers", "questioning them"),
    "other": QT_TRANSLATE_NOOP("PdfTrackers", "something else"),
}
BY = {
    "me": QT_TRANSLATE_NOOP("PdfTrackers", "Me"),
    "partner": QT_TRANSLATE_NOOP("PdfTrackers", "My partner"),
    "us": QT_TRANSLATE_NOOP("PdfTrackers", "Both of us"),
}
PROMISE_STATUS = {
    "open": QT_TRANSLATE_NOOP("PdfTrackers", "Open"),
    "kept": QT_TRANSLATE_NOOP("PdfTrackers", "Kept"),
    "broken": QT_TRANSLATE_NOOP("PdfTrackers", "Not kept"),
    "renegotiated": QT_TRANSLATE_NOOP("PdfTrackers", "Renegotiated"),
}
INTENTION_OUTCOME = {
    "done": QT_TRANSLATE_NOOP("PdfTrackers", "Done"),
    "partly": QT_TRANSLATE_NOOP("PdfTrackers", "Partly"),
    "not_today": QT_TRANSLATE_NOOP("PdfTrackers", "Not today"),
}
WORRY_OUTCOME = {
    "came_true": QT_TRANSLATE_NOOP("PdfTrackers", "Came true"),
    "did_not": QT_TRANSLATE_NOOP("PdfTrackers", "Did not happen"),
    "partly": QT_TRANSLATE_NOOP("PdfTrackers", "Partly"),
}


def _shown(table: dict[str, str], key: object) -> str:
    """A table's caption for `key`, in the language; the key itself (escaped) if the
    table does not know it."""
    found = table.get(str(key))
    return translate("PdfTrackers", found) if found else escape(str(key))


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A table whose cells are already escaped (the heads are escaped here)."""
    top = "".join(f"<th>{escape(cell)}</th>" for cell in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n"
                   for row in rows)
    return f'<table width="100%" cellspacing="0">\n<tr>{top}</tr>\n{body}</table>\n'


def _none(text: str) -> str:
    return f'<p class="meta">{escape(text)}</p>\n'


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>\n"


def _day(day: dt.date | None) -> str:
    """'5 Mar 2024': short enough for a table cell, in the export's date style."""
    return escape(compact_date(day))


def _urges(trackers: TrackerSet, first_weekday: int) -> str:
    out = _heading(translate("PdfTrackers", "Urges to check, week by week"))
    if not trackers.urges:
        return out + _none(translate("PdfTrackers", "No urges were logged in these dates."))
    total = len(trackers.urges)
    resisted = sum(u.outcome == "resisted" for u in trackers.urges)
    out += "<p>" + escape(translate(
        "PdfTrackers", "%n urges were logged; {resisted} of them passed without acting on "
        "them.", None, total).format(resisted=resisted)) + "</p>\n"
    rows = [(_day(w.start), str(w.urges), str(w.resisted), str(w.partly),
             str(w.acted), f"{w.peak_mean:.1f}")
            for w in urge_weeks(trackers.urges, first_weekday)]
    out += _table((translate("PdfTrackers", "Week of"), translate("PdfTrackers", "Urges"),
                   translate("PdfTrackers", "Resisted"), translate("PdfTrackers", "Partly"),
                   translate("PdfTrackers", "Acted on"),
                   translate("PdfTrackers", "Average strength (0–10)")), rows)
    kinds: dict[str, int] = {}
    for urge in trackers.urges:
        kinds[str(urge.kind)] = kinds.get(str(urge.kind), 0) + 1
    common = sorted(kinds.items(), key=lambda item: (-item[1], item[0]))
    listed = ", ".join(f"{_shown(URGE_KINDS, kind)} ({n})" for kind, n in common)
    return out + '<p class="meta">' + translate(
        "PdfTrackers", "What the urges were: {kinds}.").format(kinds=listed) + "</p>\n"


def _promises(trackers: TrackerSet) -> str:
    out = _heading(translate("PdfTrackers", "Promises"))
    if not trackers.promises:
        return out + _none(translate("PdfTrackers", "No promises were noted in these dates."))
    rows = []
    for p in trackers.promises:
        status = _shown(PROMISE_STATUS, p.status)
        if p.settled_on is not None:
            status += f", {_day(p.settled_on)}"
        rows.append((_day(p.made_on), _shown(BY, p.by), escape(p.text),
                     _day(p.due) or "—", status, escape(p.note)))
    return out + _table((translate("PdfTrackers", "Made"), translate("PdfTrackers", "By"),
                         translate("PdfTrackers", "Promise"), translate("PdfTrackers", "Due"),
                         translate("PdfTrackers", "How it went"),
                         translate("PdfTrackers", "Note")), rows)


def _intentions(trackers: TrackerSet) -> str:
    out = _heading(translate("PdfTrackers", "Daily intentions"))
    if not trackers.intentions:
        return out + _none(translate("PdfTrackers", "No intentions were set in these dates."))
    rows = [(_day(i.local_date), escape(i.text),
             escape(translate("PdfTrackers", "Not checked off")) if i.outcome is None
             else _shown(INTENTION_OUTCOME, i.outcome),
             escape(i.note)) for i in trackers.intentions]
    return out + _table((translate("PdfTrackers", "Day"), translate("PdfTrackers", "Intention"),
                         translate("PdfTrackers", "How it went"),
                         translate("PdfTrackers", "Note")), rows)


def _worries(trackers: TrackerSet) -> str:
    out = _heading(translate("PdfTrackers", "Worries and what happened"))
    if not trackers.worries:
        return out + _none(translate("PdfTrackers",
                                     "No worries were written down in these dates."))
    rows = []
    for w in trackers.worries:
        if w.outcome is None:
            outcome = translate("PdfTrackers", "To look at again on {day}").format(
                day=_day(w.look_on))
        else:
            outcome = _shown(WORRY_OUTCOME, w.outcome)
        rows.append((_day(w.made_on), escape(w.text),
                     translate("PdfTrackers", "{percent} %").format(percent=w.sureness),
                     outcome, escape(w.what_happened)))
    out += _table((translate("PdfTrackers", "Written"), translate("PdfTrackers", "The worry"),
                   translate("PdfTrackers", "How sure"), translate("PdfTrackers", "Outcome"),
                   translate("PdfTrackers", "What happened")), rows)
    settled = [w for w in trackers.worries if w.outcome is not None]
    sure = [w for w in settled if w.sureness >= 80]
    if sure:
        came = sum(w.outcome == "came_true" for w in sure)
        count = len(sure)
        out += '<p class="meta">' + escape(translate(
            "PdfTrackers", "Of the %n looked at again that were written at least 80 % sure, "
            "{came} came true.", None, count).format(came=came)) + "</p>\n"
    return out


def trackers_html(trackers: TrackerSet, first_weekday: int = 0) -> str:
    """The "Trackers" section: four parts, each with a kind line when it is empty."""
    heading = escape(translate("PdfTrackers", "Trackers"))
    return (f"<h2>{heading}</h2>\n" + _urges(trackers, first_weekday) + _promises(trackers)
            + _intentions(trackers) + _worries(trackers))


__all__ = ["trackers_html"]
