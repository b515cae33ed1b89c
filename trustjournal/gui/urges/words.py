"""How urges are put into words on screen: kind, outcome, a one-line summary.

Plain and non-judging: "I checked" is a fact, never a failure; nothing counts in a row.
The tables hold source texts (context "UrgeWords"); the functions below show them
translated, and each line is one whole message.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.trackers import PEAK_MAX, Urge, UrgeKind, UrgeOutcome
from trustjournal.gui.dates import date_text

KIND_WORDS: dict[UrgeKind, str] = {
    UrgeKind.CHECK_PHONE: QT_TRANSLATE_NOOP("UrgeWords", "Check their phone"),
    UrgeKind.CHECK_LOCATION: QT_TRANSLATE_NOOP("UrgeWords", "Check where they are"),
    UrgeKind.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("UrgeWords", "Look at their social media"),
    UrgeKind.ASK_REASSURANCE: QT_TRANSLATE_NOOP("UrgeWords", "Ask again for reassurance"),
    UrgeKind.INTERROGATE: QT_TRANSLATE_NOOP("UrgeWords", "Question them closely"),
    UrgeKind.OTHER: QT_TRANSLATE_NOOP("UrgeWords", "Something else"),
}
# The urge as a whole phrase inside a sentence ("… you noticed an urge to …").
KIND_PHRASES: dict[UrgeKind, str] = {
    UrgeKind.CHECK_PHONE: QT_TRANSLATE_NOOP("UrgeWords", "an urge to check their phone"),
    UrgeKind.CHECK_LOCATION: QT_TRANSLATE_NOOP("UrgeWords", "an urge to check where they are"),
    UrgeKind.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("UrgeWords",
                                             "an urge to look at their social media"),
    UrgeKind.ASK_REASSURANCE: QT_TRANSLATE_NOOP("UrgeWords",
                                                "an urge to ask again for reassurance"),
    UrgeKind.INTERROGATE: QT_TRANSLATE_NOOP("UrgeWords", "an urge to question them closely"),
    UrgeKind.OTHER: QT_TRANSLATE_NOOP("UrgeWords", "an urge to do something else"),
}
OUTCOME_WORDS: dict[UrgeOutcome, str] = {
    UrgeOutcome.RESISTED: QT_TRANSLATE_NOOP("UrgeWords", "I let it pass"),
    UrgeOutcome.PARTLY: QT_TRANSLATE_NOOP("UrgeWords", "Partly"),
    UrgeOutcome.ACTED: QT_TRANSLATE_NOOP("UrgeWords", "I acted on it"),
}
OUTCOME_SHORT: dict[UrgeOutcome, str] = {
    UrgeOutcome.RESISTED: QT_TRANSLATE_NOOP("UrgeWords", "let it pass"),
    UrgeOutcome.PARTLY: QT_TRANSLATE_NOOP("UrgeWords", "partly"),
    UrgeOutcome.ACTED: QT_TRANSLATE_NOOP("UrgeWords", "acted on it"),
}


def kind_word(kind: UrgeKind) -> str:
    """A kind of urge as the form's choice names it."""
    return translate("UrgeWords", KIND_WORDS[kind])


def outcome_word(outcome: UrgeOutcome) -> str:
    """How an urge ended, as the form's choice says it."""
    return translate("UrgeWords", OUTCOME_WORDS[outcome])


def peak_ends() -> tuple[str, str]:
    """The words at either end of the strength scale."""
    return (translate("UrgeWords", "{value} · barely there").format(value=0),
            translate("UrgeWords", "{value} · as strong as it gets").format(value=PEAK_MAX))


def kind_text(urge: Urge) -> str:
    """What the urge was, in the person's own words when they gave some."""
    if urge.kind is UrgeKind.OTHER and urge.other.strip():
        return " ".join(urge.other.split())
    return kind_word(urge.kind)


def urge_phrase(urge: Urge) -> str:
    """"an urge to check their phone", or "an urge: <their words>" for their own kind."""
    if urge.kind is UrgeKind.OTHER and urge.other.strip():
        return translate("UrgeWords", "an urge: “{words}”").format(
            words=" ".join(urge.other.split()))
    return translate("UrgeWords", KIND_PHRASES[urge.kind])


def duration_text(seconds: int) -> str:
    """"4 min", "40 s", or "" when no time was spent with the timer."""
    if seconds <= 0:
        return ""
    if seconds < 60:
        return translate("UrgeWords", "{count} s", "seconds").format(count=seconds)
    return translate("UrgeWords", "{count} min", "minutes").format(count=round(seconds / 60))


def day_text(day: dt.date, today: dt.date | None = None) -> str:
    """"Today", "Yesterday", or the date in the window's one format."""
    today = today or dt.date.today()
    if day == today:
        return translate("UrgeWords", "Today")
    if day == today - dt.timedelta(days=1):
        return translate("UrgeWords", "Yesterday")
    return date_text(day)


def summary_line(urge: Urge) -> str:
    """"Check their phone · strength 7 · let it pass · 10 min with the timer"."""
    values = {"kind": kind_text(urge), "peak": urge.peak,
              "outcome": translate("UrgeWords", OUTCOME_SHORT[urge.outcome]),
              "time": duration_text(urge.surfed_seconds)}
    if values["time"]:
        text = translate("UrgeWords", "{kind} · strength {peak} · {outcome} · {time} with the "
                                      "timer")
    else:
        text = translate("UrgeWords", "{kind} · strength {peak} · {outcome}")
    return text.format(**values)


def safety_key(urge_uuid: str) -> str:
    """The safety watch's key for an urge's notes (the timer, the log and the follow-up
    share it, so the panel is offered at most once per urge)."""
    return f"urge:{urge_uuid}"
