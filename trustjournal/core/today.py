"""What the Today page offers next, and which days count as "on this day".

Plain rules over a small summary of recent activity (Activity), so they can be tested
without a journal or a window. The words shown for each suggestion live in
resources/today.toml (load_today_words); the rules only pick a reason and an action.
Nothing here counts days in a row or mentions what was not done: a suggestion is an
invitation, never a reminder of a gap.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path
from typing import Any

from trustjournal.core.content_language import parse_localized, resource_files, resources_root
from trustjournal.core.exercises.checkin import SCALES
from trustjournal.core.i18n import language, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass

WRITE = "write"  # the action that opens a new free entry instead of an exercise
VICTORY = "celebrate_small_victory"

# Why a suggestion is made; each has its own wording in resources/today.toml.
REASONS = ("fresh", "hard_day", "good_stretch", "quiet", "explore")

HARD_BELOW = 3.5  # a check-in whose average ease (0–10) is below this was a hard day
GOOD_FROM = 6.5  # a week of check-ins averaging at least this went well
GOOD_CHECKINS = 3  # check-ins needed in a week before calling it a good stretch
HARD_RECENT_DAYS = 1  # a hard check-in from today or yesterday still shapes the offer
QUIET_DAYS = 3  # after this many days without free writing, invite some
VICTORY_REST_DAYS = 3  # a victory noted this recently is not asked for again

# Exercises offered when nothing recent asks for a particular one, per perspective; the
# one done longest ago (or never) comes first, so the offer moves on by itself.
EXPLORE: dict[str | None, tuple[str, ...]] = {
    "distrusting": ("then_and_now", "challenge_a_thought", "good_moments",
                    "trust_my_judgment"),
    "distrusted": ("understand_their_distrust", "check_in_with_myself", "good_moments",
                   "reassurance_for_two"),
    "both": ("good_moments", "communicate_feelings", "reassurance_for_two",
             "get_to_the_root"),
    None: ("good_moments", "get_to_the_root", "communicate_feelings"),
}
# After a hard day: naming feelings, or for the partner who is not trusted, a look at
# their own needs first.
HARD_DAY: dict[str | None, str] = {"distrusted": "check_in_with_myself"}
HARD_DAY_DEFAULT = "acknowledge_feelings"


@lazy_dataclass(frozen=True, slots=True)
class RecentCheckin:
    """One check-in's day and its answers (scale id → 0–10, plus feelings and note)."""

    day: dt.date
    answers: Mapping[str, Any]


@lazy_dataclass(frozen=True, slots=True)
class Activity:
    """What the rules look at: a summary of the journal's last days, newest first."""

    today: dt.date
    entry_count: int
    last_written: dt.date | None = None  # the newest free entry's day
    checkins: tuple[RecentCheckin, ...] = ()  # newest first
    last_done: Mapping[str, dt.date] = field(default_factory=dict)  # exercise id → day


@lazy_dataclass(frozen=True, slots=True)
class Suggestion:
    """Why (a name in REASONS) and what to open: WRITE or an exercise id."""

    reason: str
    action: str


def ease(answers: Mapping[str, Any]) -> float | None:
    """How easy a check-in day was, 0 (heaviest) to 10, averaged over its answered scales;
    scales where a higher number is heavier (anxiety) count the other way round."""
    values = []
    for scale_id, scale in SCALES.items():
        value = answers.get(scale_id)
        if isinstance(value, int | float) and not isinstance(value, bool):
            values.append(value if scale.higher_is_easier else 10 - value)
    return sum(values) / len(values) if values else None


def is_hard_day(answers: Mapping[str, Any]) -> bool:
    """True when a check-in's answers describe a heavy day."""
    value = ease(answers)
    return value is not None and value < HARD_BELOW


def suggest(perspective: str | None, activity: Activity) -> Suggestion:
    """The one next step to offer on Today for this perspective and recent activity."""
    if activity.entry_count == 0:
        return Suggestion("fresh", WRITE)
    today = activity.today
    done = activity.last_done
    latest = activity.checkins[0] if activity.checkins else None
    if (latest is not None and 0 <= (today - latest.day).days <= HARD_RECENT_DAYS
            and is_hard_day(latest.answers)):
        exercise = HARD_DAY.get(perspective, HARD_DAY_DEFAULT)
        answered = done.get(exercise)
        if answered is None or answered < latest.day:
            return Suggestion("hard_day", exercise)
    week = [e for c in activity.checkins
            if 0 <= (today - c.day).days < 7 and (e := ease(c.answers)) is not None]
    if len(week) >= GOOD_CHECKINS and sum(week) / len(week) >= GOOD_FROM:
        noted = done.get(VICTORY)
        if noted is None or (today - noted).days >= VICTORY_REST_DAYS:
            return Suggestion("good_stretch", VICTORY)
    if activity.last_written is None or (today - activity.last_written).days >= QUIET_DAYS:
        return Suggestion("quiet", WRITE)
    choices = EXPLORE.get(perspective, EXPLORE[None])
    exercise = min(choices, key=lambda e: (done.get(e, dt.date.min), choices.index(e)))
    return Suggestion("explore", exercise)


def _is_leap(year: int) -> bool:
    # The calendar module's rule, without importing it (and locale) at start-up.
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def anniversary_keys(day: dt.date) -> tuple[str, ...]:
    """The "MM-DD" days that count as this day in earlier years. On 28 February of a
    year without a 29th, entries from 29 February of leap years belong here too."""
    keys = [f"{day:%m-%d}"]
    if (day.month, day.day) == (2, 28) and not _is_leap(day.year):
        keys.append("02-29")
    return tuple(keys)


def years_ago(then: dt.date, today: dt.date) -> str:
    """'A year ago', '3 years ago'."""
    count = today.year - then.year
    return translate("Today", "%n years ago", None, count)


# -- the words ---------------------------------------------------------------------------


class TodayWordsError(ValueError):
    """resources/today.toml is missing something or has something it should not."""


@lazy_dataclass(frozen=True, slots=True)
class Wording:
    """What a suggestion says: a short title and one or two sentences."""

    title: str
    text: str


@lazy_dataclass(frozen=True, slots=True)
class TodayWords:
    """Every reason's wording (with per-perspective variants) and the celebration's."""

    reasons: Mapping[str, Mapping[str | None, Wording]]
    celebration: Wording

    def for_reason(self, reason: str, perspective: str | None) -> Wording:
        """The wording of a reason for this perspective (or its general wording)."""
        variants = self.reasons[reason]
        return variants.get(perspective) or variants[None]


_PERSPECTIVES = ("distrusting", "distrusted", "both")


def _wording(table: Any, where: str) -> Wording:
    if not isinstance(table, dict):
        raise TodayWordsError(f"{where} must be a table")
    unknown = set(table) - {"title", "text"}
    if unknown:
        raise TodayWordsError(f"{where} has an unknown field: {sorted(unknown)[0]}")
    for key in ("title", "text"):
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise TodayWordsError(f"{where}.{key} must be non-empty text")
    return Wording(" ".join(table["title"].split()), " ".join(table["text"].split()))


def parse_today_words(data: Mapping[str, Any]) -> TodayWords:
    """Check and read the parsed TOML of today.toml; TodayWordsError names what is wrong."""
    unknown = set(data) - {"suggestion", "celebration"}
    if unknown:
        raise TodayWordsError(f"unknown table: {sorted(unknown)[0]}")
    raw = data.get("suggestion")
    if not isinstance(raw, dict):
        raise TodayWordsError("the [suggestion] tables are missing")
    reasons: dict[str, dict[str | None, Wording]] = {}
    for reason in REASONS:
        table = raw.get(reason)
        if not isinstance(table, dict):
            raise TodayWordsError(f"suggestion.{reason} is missing")
        base = {k: v for k, v in table.items() if k not in _PERSPECTIVES}
        variants: dict[str | None, Wording] = {None: _wording(base, f"suggestion.{reason}")}
        for perspective in _PERSPECTIVES:
            if perspective in table:
                variants[perspective] = _wording(table[perspective],
                                                 f"suggestion.{reason}.{perspective}")
        reasons[reason] = variants
    extra = set(raw) - set(REASONS)
    if extra:
        raise TodayWordsError(f"suggestion.{sorted(extra)[0]} is not a known reason")
    return TodayWords(reasons, _wording(data.get("celebration"), "celebration"))


def load_today_words(path: Path) -> TodayWords:
    """Read and check the Today page's wording file."""
    return parse_today_words(_read_words(path))


def _read_words(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TodayWordsError(f"{path.name} could not be read ({exc})") from None


def builtin_today_words() -> TodayWords:
    """The wording shipped in resources/today.toml, in the app's language (a language's
    resources/<lang>/today.toml holds the texts it translates)."""
    return _builtin_today_words(language(), resources_root())


@functools.cache
def _builtin_today_words(code: str, root: str) -> TodayWords:
    del root  # part of the cache key only
    from trustjournal.core.resources_data import resource_path

    english = _read_words(resource_path("today.toml"))
    return parse_localized(english, resource_files("today.toml", code=code),
                           parse_today_words, code)

