"""The Today page's rules: which next step to offer, and the words it offers it in."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from trustjournal.core.exercises import builtin_exercises
from trustjournal.core.today import (
    EXPLORE,
    HARD_DAY,
    HARD_DAY_DEFAULT,
    REASONS,
    VICTORY,
    WRITE,
    Activity,
    RecentCheckin,
    Suggestion,
    TodayWordsError,
    anniversary_keys,
    builtin_today_words,
    ease,
    is_hard_day,
    parse_today_words,
    suggest,
    years_ago,
)

TODAY = dt.date(2026, 12, 6)
HARD = {"trust": 1, "anxiety": 9, "connection": 2}
GOOD = {"trust": 8, "anxiety": 2, "connection": 8}
FINE = {"trust": 5, "anxiety": 5, "connection": 5}


def days(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def activity(**kw) -> Activity:  # type: ignore[no-untyped-def]
    kw.setdefault("entry_count", 10)
    kw.setdefault("last_written", TODAY)
    return Activity(today=TODAY, **kw)


def checkins(*pairs: tuple[int, dict]) -> tuple[RecentCheckin, ...]:
    return tuple(RecentCheckin(days(n), answers) for n, answers in pairs)


def test_ease_turns_heavier_scales_round() -> None:
    assert ease({"trust": 8, "anxiety": 2, "connection": 8}) == 8
    assert ease({"felt_trusted": 2, "distrust_weight": 8}) == 2
    assert ease({"note": "only words"}) is None
    assert is_hard_day(HARD) and not is_hard_day(FINE) and not is_hard_day({})


def test_a_fresh_journal_is_invited_to_write() -> None:
    assert suggest(None, Activity(today=TODAY, entry_count=0)) == Suggestion("fresh", WRITE)


def test_a_recent_hard_checkin_offers_to_acknowledge_feelings() -> None:
    recent = checkins((1, HARD))
    assert suggest("distrusting", activity(checkins=recent)) == Suggestion(
        "hard_day", "acknowledge_feelings")
    # The partner who is not trusted is offered a look at their own needs instead.
    assert suggest("distrusted", activity(checkins=recent)) == Suggestion(
        "hard_day", "check_in_with_myself")


def test_a_hard_day_already_answered_or_long_past_is_not_raised_again() -> None:
    recent = checkins((1, HARD))
    done = {"acknowledge_feelings": TODAY}
    assert suggest("distrusting", activity(checkins=recent, last_done=done)).reason != "hard_day"
    older = checkins((3, HARD))
    assert suggest("distrusting", activity(checkins=older)).reason != "hard_day"
    # Only the newest check-in counts: a lighter day since then moves on.
    assert suggest("both", activity(checkins=checkins((0, FINE), (1, HARD)))).reason == "explore"


def test_a_good_week_invites_a_small_victory() -> None:
    week = checkins((0, GOOD), (2, GOOD), (5, FINE | {"trust": 7, "anxiety": 3}))
    assert suggest("both", activity(checkins=week)) == Suggestion("good_stretch", VICTORY)
    noted = {VICTORY: days(1)}
    assert suggest("both", activity(checkins=week, last_done=noted)).reason == "explore"
    two = checkins((0, GOOD), (1, GOOD))  # too few check-ins to speak of a week
    assert suggest("both", activity(checkins=two)).reason == "explore"
    old = checkins((0, GOOD), (1, GOOD), (8, GOOD))  # the third is outside the week
    assert suggest("both", activity(checkins=old)).reason == "explore"


def test_a_quiet_few_days_bring_a_gentle_invitation_to_write() -> None:
    assert suggest("both", activity(last_written=days(3))) == Suggestion("quiet", WRITE)
    assert suggest("both", activity(last_written=None)) == Suggestion("quiet", WRITE)
    assert suggest("both", activity(last_written=days(2))).reason == "explore"


def test_explore_moves_on_to_what_was_done_longest_ago() -> None:
    first = suggest("distrusting", activity())
    assert first == Suggestion("explore", EXPLORE["distrusting"][0])
    done = {EXPLORE["distrusting"][0]: days(1), EXPLORE["distrusting"][1]: days(9)}
    assert suggest("distrusting", activity(last_done=done)).action == EXPLORE["distrusting"][2]
    assert suggest(None, activity()).action == EXPLORE[None][0]
    assert suggest("unknown", activity()).action == EXPLORE[None][0]


def test_every_suggested_exercise_exists() -> None:
    loaded = builtin_exercises()
    wanted = {VICTORY, HARD_DAY_DEFAULT, *HARD_DAY.values()}
    wanted |= {e for choices in EXPLORE.values() for e in choices}
    assert {e for e in wanted if loaded.get(e) is None} == set()


def test_anniversaries_and_years() -> None:
    assert anniversary_keys(TODAY) == ("12-06",)
    assert anniversary_keys(dt.date(2026, 2, 28)) == ("02-28", "02-29")
    assert anniversary_keys(dt.date(2028, 2, 28)) == ("02-28",)
    # The century rule: 1900 and 2100 have no 29 February, 2000 has one.
    assert anniversary_keys(dt.date(1900, 2, 28)) == ("02-28", "02-29")
    assert anniversary_keys(dt.date(2100, 2, 28)) == ("02-28", "02-29")
    assert anniversary_keys(dt.date(2000, 2, 28)) == ("02-28",)
    assert years_ago(dt.date(2025, 12, 6), TODAY) == "A year ago"
    assert years_ago(dt.date(2022, 12, 6), TODAY) == "4 years ago"


# -- the words -------------------------------------------------------------------------

# Words that nag, count a gap or weigh on someone: none belongs on Today.
NAGGING = re.compile(r"\b(streaks?|missed|haven't|have not|should|must|failed|behind|"
                     r"forgot|forget|overdue|don.t break|keep it up|days? in a row)\b",
                     re.IGNORECASE)


def test_the_shipped_words_cover_every_reason_and_never_nag() -> None:
    words = builtin_today_words()
    assert set(words.reasons) == set(REASONS)
    texts = [words.celebration]
    for variants in words.reasons.values():
        texts.extend(variants.values())
    for wording in texts:
        for part in (wording.title, wording.text):
            assert not NAGGING.search(part), part
            assert len(part) < 200  # one breath
    assert words.for_reason("hard_day", "distrusted") != words.for_reason("hard_day", None)
    assert words.for_reason("quiet", "distrusted") == words.for_reason("quiet", None)


@pytest.mark.parametrize(("data", "message"), [
    ({}, "[suggestion] tables are missing"),
    ({"suggestion": {}}, "suggestion.fresh is missing"),
    ({"suggestion": {r: {"title": "t", "text": "x"} for r in REASONS}},
     "celebration must be a table"),
    ({"suggestion": {r: {"title": "t", "text": "x"} for r in REASONS},
      "celebration": {"title": "t", "text": " "}}, "celebration.text must be non-empty"),
    ({"suggestion": {**{r: {"title": "t", "text": "x"} for r in REASONS},
                     "nagging": {"title": "t", "text": "x"}},
      "celebration": {"title": "t", "text": "x"}}, "not a known reason"),
    ({"suggestion": {r: {"title": "t", "text": "x", "colour": "red"} for r in REASONS},
      "celebration": {"title": "t", "text": "x"}}, "unknown field: colour"),
    ({"suggestion": {r: {"title": "t", "text": "x"} for r in REASONS},
      "celebration": {"title": "t", "text": "x"}, "extra": {}}, "unknown table: extra"),
])
def test_a_damaged_words_file_says_what_is_wrong(data: dict, message: str) -> None:
    with pytest.raises(TodayWordsError, match=re.escape(message)):
        parse_today_words(data)
