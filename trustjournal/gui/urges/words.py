"""How urges are put into words on screen: kind, outcome, a one-line summary.

Plain and non-judging: "I checked" is a fact, never a failure; nothing counts in a row.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.trackers import PEAK_MAX, Urge, UrgeKind, UrgeOutcome
from trustjournal.gui.dates import date_text

KIND_WORDS: dict[UrgeKind, str] = {
    UrgeKind.CHECK_PHONE: "Check their phone",
    UrgeKind.CHECK_LOCATION: "Check where they are",
    UrgeKind.SOCIAL_MEDIA: "Look at their social media",
    UrgeKind.ASK_REASSURANCE: "Ask again for reassurance",
    UrgeKind.INTERROGATE: "Question them closely",
    UrgeKind.OTHER: "Something else",
}
# The same, as part of a sentence ("an urge to …").
KIND_PHRASES: dict[UrgeKind, str] = {
    UrgeKind.CHECK_PHONE: "check their phone",
    UrgeKind.CHECK_LOCATION: "check where they are",
    UrgeKind.SOCIAL_MEDIA: "look at their social media",
    UrgeKind.ASK_REASSURANCE: "ask again for reassurance",
    UrgeKind.INTERROGATE: "question them closely",
    UrgeKind.OTHER: "do something else",
}
OUTCOME_WORDS: dict[UrgeOutcome, str] = {
    UrgeOutcome.RESISTED: "I let it pass",
    UrgeOutcome.PARTLY: "Partly",
    UrgeOutcome.ACTED: "I acted on it",
}
OUTCOME_SHORT: dict[UrgeOutcome, str] = {
    UrgeOutcome.RESISTED: "let it pass",
    UrgeOutcome.PARTLY: "partly",
    UrgeOutcome.ACTED: "acted on it",
}
PEAK_ENDS = ("0 · barely there", f"{PEAK_MAX} · as strong as it gets")


def kind_text(urge: Urge) -> str:
    """What the urge was, in the person's own words when they gave some."""
    if urge.kind is UrgeKind.OTHER and urge.other.strip():
        return " ".join(urge.other.split())
    return KIND_WORDS[urge.kind]


def urge_phrase(urge: Urge) -> str:
    """"an urge to check their phone", or "an urge: <their words>" for their own kind."""
    if urge.kind is UrgeKind.OTHER and urge.other.strip():
        return f"an urge: “{' '.join(urge.other.split())}”"
    return f"an urge to {KIND_PHRASES[urge.kind]}"


def duration_text(seconds: int) -> str:
    """"4 min", "40 s", or "" when no time was spent with the timer."""
    if seconds <= 0:
        return ""
    if seconds < 60:
        return f"{seconds} s"
    return f"{round(seconds / 60)} min"


def day_text(day: dt.date, today: dt.date | None = None) -> str:
    """"Today", "Yesterday", or the date in the window's one format."""
    today = today or dt.date.today()
    if day == today:
        return "Today"
    if day == today - dt.timedelta(days=1):
        return "Yesterday"
    return date_text(day)


def summary_line(urge: Urge) -> str:
    """"Check their phone · strength 7 · let it pass · 10 min with the timer"."""
    parts = [kind_text(urge), f"strength {urge.peak}", OUTCOME_SHORT[urge.outcome]]
    spent = duration_text(urge.surfed_seconds)
    if spent:
        parts.append(f"{spent} with the timer")
    return " · ".join(parts)
