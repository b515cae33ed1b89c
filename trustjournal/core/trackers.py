"""The quick logs kept between journaling sessions: urges to check, promises, daily
intentions and worries set against what happened, plus the user's own exercises.

These records are the one shape storage returns, exchange writes and reads, and the GUI
shows: a JSON export and import must give back equal records, field for field. Times are
aware UTC datetimes, days are the user's local dates. Standard library only.

Storage hands the Progress page per-day rows (`TrackerData`), already counted by SQL;
folding them into weeks and words is the business of `core/progress`.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass

# The trackers taken together (every record at once, search hits, Progress's per-day
# figures, the user's exercise versions) live in core.tracker_sets and load when first
# named here: Today shows single records, and loads no module it does not need (the
# records' methods are written on first use: core.lazy_dataclass).
if TYPE_CHECKING:
    from trustjournal.core.tracker_sets import (
        IntentionDay,
        PromiseDay,
        TrackerData,
        TrackerHit,
        TrackerSet,
        UrgeDay,
        UserExerciseVersion,
        WorryCount,
    )

_FROM_SETS = ("IntentionDay", "PromiseDay", "TrackerData", "TrackerHit", "TrackerSet",
              "UrgeDay", "UserExerciseVersion", "WorryCount")


def __getattr__(name: str) -> object:
    if name in _FROM_SETS:
        from trustjournal.core import tracker_sets

        return getattr(tracker_sets, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


PEAK_MAX = 10  # an urge's peak strength runs 0..PEAK_MAX
SURENESS_MAX = 100  # how sure of a worry, in percent
FOLLOW_UP_AFTER = dt.timedelta(hours=1)  # "how do you feel now?" waits at least this long
DEFAULT_SURF_MINUTES = 10


class UrgeKind(StrEnum):
    """What the urge was to do."""

    CHECK_PHONE = "check_phone"
    CHECK_LOCATION = "check_location"
    SOCIAL_MEDIA = "social_media"
    ASK_REASSURANCE = "ask_reassurance"
    INTERROGATE = "interrogate"
    OTHER = "other"


class UrgeOutcome(StrEnum):
    """What happened with the urge in the end."""

    ACTED = "acted"
    RESISTED = "resisted"
    PARTLY = "partly"


class PromiseBy(StrEnum):
    """Whose promise it is, from the writer's side."""

    ME = "me"
    PARTNER = "partner"
    US = "us"


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    RENEGOTIATED = "renegotiated"


class IntentionOutcome(StrEnum):
    DONE = "done"
    PARTLY = "partly"
    NOT_TODAY = "not_today"


class WorryOutcome(StrEnum):
    CAME_TRUE = "came_true"
    DID_NOT = "did_not"
    PARTLY = "partly"


@lazy_dataclass(frozen=True, slots=True)
class Urge:
    """One "I want to check" moment, logged after surfing it (or stopping early).

    `other` holds the person's own words when `kind` is OTHER (optional otherwise).
    `feeling_after` is the answer to the later "how do you feel now?" (None: not asked
    yet); `followed_up_utc` is when that was answered or declined (None: still to offer).
    """

    uuid: str
    local_date: dt.date
    started_utc: dt.datetime
    kind: UrgeKind
    peak: int
    outcome: UrgeOutcome
    updated_utc: dt.datetime
    other: str = ""
    instead: str = ""
    surfed_seconds: int = 0
    feeling_after: str | None = None
    followed_up_utc: dt.datetime | None = None


@lazy_dataclass(frozen=True, slots=True)
class Promise:
    """A promise by me, my partner or both of us, with an optional day it is due by.

    `settled_on` is the day it was marked kept, broken or renegotiated (None while open);
    `note` says what was renegotiated, or anything else worth keeping.
    """

    uuid: str
    text: str
    by: PromiseBy
    made_on: dt.date
    updated_utc: dt.datetime
    due: dt.date | None = None
    status: PromiseStatus = PromiseStatus.OPEN
    note: str = ""
    settled_on: dt.date | None = None


@lazy_dataclass(frozen=True, slots=True)
class Intention:
    """The day's "one thing I'll do today to build trust" (one per day), checked off
    later as done, partly or not today."""

    uuid: str
    local_date: dt.date
    text: str
    updated_utc: dt.datetime
    outcome: IntentionOutcome | None = None
    note: str = ""


@lazy_dataclass(frozen=True, slots=True)
class Worry:
    """A feared prediction, how sure of it I was, and — from `look_on` — what happened."""

    uuid: str
    text: str
    sureness: int
    made_on: dt.date
    look_on: dt.date
    updated_utc: dt.datetime
    outcome: WorryOutcome | None = None
    what_happened: str = ""
    settled_on: dt.date | None = None


class TrackerKind(StrEnum):
    """Which tracker a search hit or a link belongs to."""

    URGE = "urge"
    PROMISE = "promise"
    INTENTION = "intention"
    WORRY = "worry"


def check_urge(urge: Urge) -> list[str]:
    """What is wrong with an urge record, in words for the person (empty when fine)."""
    problems = []
    if not 0 <= urge.peak <= PEAK_MAX:
        problems.append(translate("TrackerChecks",
            "The urge's strength must be between 0 and {peak_max}.").format(
            peak_max=PEAK_MAX))
    if urge.surfed_seconds < 0:
        problems.append(translate("TrackerChecks",
            "The time spent with the urge cannot be negative."))
    if urge.kind is UrgeKind.OTHER and not urge.other.strip():
        problems.append(translate("TrackerChecks", "Say in a few words what the urge was."))
    return problems


def check_promise(promise: Promise) -> list[str]:
    """What is wrong with a promise record (empty when fine)."""
    problems = []
    if not promise.text.strip():
        problems.append(translate("TrackerChecks", "Write what was promised."))
    if promise.due is not None and promise.due < promise.made_on:
        problems.append(translate("TrackerChecks",
            "A promise cannot be due before the day it was made."))
    if (promise.status is PromiseStatus.OPEN) != (promise.settled_on is None):
        problems.append(translate("TrackerChecks",
            "Only a settled promise has a day it was settled."))
    return problems


def check_intention(intention: Intention) -> list[str]:
    """What is wrong with an intention record (empty when fine)."""
    if intention.text.strip():
        return []
    return [translate("TrackerChecks", "Write the one thing you mean to do.")]


def check_worry(worry: Worry) -> list[str]:
    """What is wrong with a worry record (empty when fine)."""
    problems = []
    if not worry.text.strip():
        problems.append(translate("TrackerChecks", "Write what you are afraid will happen."))
    if not 0 <= worry.sureness <= SURENESS_MAX:
        problems.append(translate("TrackerChecks",
            "How sure you are must be between 0 and {sureness_max} %.").format(
            sureness_max=SURENESS_MAX))
    if worry.look_on < worry.made_on:
        problems.append(translate("TrackerChecks",
            "The day to look again cannot be before the day it was written."))
    if (worry.outcome is None) != (worry.settled_on is None):
        problems.append(translate("TrackerChecks",
            "Only a worry that was looked at again has a day it was settled."))
    return problems


__all__ = [
    "DEFAULT_SURF_MINUTES", "FOLLOW_UP_AFTER", "PEAK_MAX", "SURENESS_MAX",
    "Intention", "IntentionDay", "IntentionOutcome", "Promise", "PromiseBy", "PromiseDay",
    "PromiseStatus", "TrackerData", "TrackerHit", "TrackerKind", "TrackerSet", "Urge",
    "UrgeDay", "UrgeKind", "UrgeOutcome", "UserExerciseVersion", "Worry", "WorryCount",
    "WorryOutcome", "check_intention", "check_promise", "check_urge", "check_worry",
]
