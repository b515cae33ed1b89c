"""Tracker figures on hand-made TrackerData with known answers: urges, promises,
intentions and worries folded into weeks, their captions (small numbers included), the
weekly review's lines and the stats text and JSON."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from trustjournal.core.progress import (
    CheckinDay,
    ProgressData,
    build_dashboard,
    stats_json,
    stats_report,
    summary_captions,
    week_summary,
)
from trustjournal.core.progress.names import Names
from trustjournal.core.progress.tracker_words import (
    EMPTY,
    calibration_caption,
    intentions_caption,
    promises_caption,
    urges_caption,
)
from trustjournal.core.trackers import (
    IntentionDay,
    PromiseDay,
    TrackerData,
    UrgeDay,
    WorryCount,
)

D = dt.date
NAMES = Names(exercises={}, traps={}, options={})
TODAY = D(2024, 3, 31)  # a Sunday; Monday weeks: 4, 11, 18 and 25 March
FOUR_WEEKS = ProgressData(D(2024, 3, 4), TODAY, None, None)
# Words that shame or count what did not happen have no place in any tracker caption.
GUILT = re.compile(r"\b(streak|fail\w*|missed|should|bad|broke|lazy|again\?)\b", re.I)


def urge(day: D, resisted: int = 0, partly: int = 0, acted: int = 0,
         peaks: int = 0) -> UrgeDay:
    return UrgeDay(day, resisted + partly + acted, resisted, partly, acted, peaks)


WEEKS = TrackerData(
    urges=(urge(D(2024, 3, 4), resisted=1, acted=2, peaks=24),   # week 1: 1 of 3, peak 8
           urge(D(2024, 3, 6), resisted=1, peaks=6),             # week 1: now 2 of 4
           urge(D(2024, 3, 19), resisted=2, partly=1, peaks=15),  # week 3: 2 of 3, peak 5
           urge(D(2024, 3, 27), resisted=3, peaks=9)),            # week 4: 3 of 3, peak 3
    promises=(PromiseDay(D(2024, 3, 5), "me", 2, 1, 0),
              PromiseDay(D(2024, 3, 12), "me", 1, 0, 0),
              PromiseDay(D(2024, 3, 12), "partner", 1, 1, 1),
              PromiseDay(D(2024, 3, 26), "us", 2, 0, 0)),
    intentions=(IntentionDay(D(2024, 3, 4), "done"), IntentionDay(D(2024, 3, 5), "partly"),
                IntentionDay(D(2024, 3, 6), "not_today"), IntentionDay(D(2024, 3, 12), "done"),
                IntentionDay(D(2024, 3, 13), "done"), IntentionDay(D(2024, 3, 30), None)),
    worries=(WorryCount(95, "did_not", 12), WorryCount(90, "came_true", 2),
             WorryCount(80, "did_not", 8), WorryCount(85, "partly", 1),
             WorryCount(60, "did_not", 3), WorryCount(55, "came_true", 1),
             WorryCount(20, "did_not", 2)),
    open_worries=3, open_promises=2, first_day=D(2024, 3, 4))


def dashboard(trackers: TrackerData | None, data: ProgressData = FOUR_WEEKS,
              key: str = "4w"):  # type: ignore[no-untyped-def]
    return build_dashboard(data, today=TODAY, range_key=key, names=NAMES, trackers=trackers)


def test_urges_fold_into_weeks_with_share_and_strength() -> None:
    urges = dashboard(WEEKS).trackers.urges
    assert urges.resisted == (2, 0, 2, 3) and urges.partly == (0, 0, 1, 0)
    assert urges.acted == (2, 0, 0, 0)
    # No urge in the second week: no share and no strength, not a zero.
    assert urges.resisted_share == (0.5, None, pytest.approx(2 / 3), 1.0)
    assert urges.mean_peak == (7.5, None, 5.0, 3.0)
    assert urges.daily_peak == ((D(2024, 3, 4), 8.0), (D(2024, 3, 6), 6.0),
                                (D(2024, 3, 19), 5.0), (D(2024, 3, 27), 3.0))
    assert (urges.total, urges.total_resisted, urges.total_partly, urges.total_acted) == (
        10, 7, 1, 2)
    assert urges.resisted_share_all == 0.7 and urges.mean_peak_all == 5.4
    # Ends are the first and the last week's figures (three weeks with urges).
    assert urges.caption == (
        "You resisted 7 of 10 urges in the last 4 weeks (70 %), and partly held back from "
        "one more. The share you resisted rose from 50 % to 100 %. On average the urges "
        "eased from 7.5 to 3.0 out of 10 over 4 weeks.")
    assert urges.strength_caption == (
        "Across 10 urges in the last 4 weeks, the average peak was 5.4 out of 10. Urges "
        "rise, peak and pass.")


def test_a_harder_stretch_of_urges_is_named_kindly() -> None:
    data = TrackerData(urges=(urge(D(2024, 3, 4), resisted=2, peaks=6),
                              urge(D(2024, 3, 26), resisted=1, acted=1, peaks=16)),
                       first_day=D(2024, 3, 4))
    caption = dashboard(data).trackers.urges.caption
    assert caption == (
        "You resisted 3 of 4 urges in the last 4 weeks (75 %). Recent weeks were harder "
        "(100 % → 50 % resisted); every urge you log is still noticed. The urges felt "
        "stronger lately (3.0 → 8.0 out of 10); that happens, and riding them out still "
        "counts.")
    assert not GUILT.search(caption)


@pytest.mark.parametrize(("resisted", "partly", "acted", "caption"), [
    (1, 0, 0, "One urge to check in the last 4 weeks, and you rode it out. Noticing an "
              "urge is already a step."),
    (0, 1, 0, "One urge to check in the last 4 weeks, and you partly held back. Noticing "
              "an urge is already a step."),
    (0, 0, 1, "One urge to check in the last 4 weeks, and you acted on it. Noticing an "
              "urge is already a step."),
    (2, 0, 0, "You resisted both urges in the last 4 weeks."),
    (3, 0, 0, "You resisted all 3 urges in the last 4 weeks."),
    (0, 0, 2, "You logged 2 urges in the last 4 weeks. Logging them is how the pattern "
              "starts to show."),
    (0, 2, 1, "You logged 3 urges in the last 4 weeks, and partly held back from two."),
])
def test_urge_captions_for_small_numbers(resisted: int, partly: int, acted: int,
                                         caption: str) -> None:
    assert urges_caption(resisted + partly + acted, resisted, partly,
                         "in the last 4 weeks") == caption
    assert not GUILT.search(caption)


def test_promises_kept_share_per_week_per_person() -> None:
    promises = dashboard(WEEKS).trackers.promises
    assert [line.by for line in promises.people] == ["me", "partner", "us"]
    me, partner, us = promises.people
    assert me.name == "Yours" and me.kept == (2, 1, 0, 0) and me.broken == (1, 0, 0, 0)
    assert me.kept_share == (pytest.approx(2 / 3), 1.0, None, None)
    assert (me.total_kept, me.settled, me.kept_share_all) == (3, 4, 0.75)
    assert partner.kept_share == (None, pytest.approx(1 / 3), None, None)
    assert partner.renegotiated == (0, 1, 0, 0)
    assert us.kept_share == (None, None, None, 1.0)
    assert promises.settled == 9 and promises.open_promises == 2
    assert promises.caption == (
        "Nine promises settled in the last 4 weeks. Your own promises: 3 of 4 kept. "
        "Your partner's promises: 1 of 3 kept, 1 renegotiated. Promises you made "
        "together: both kept. Two more are still open.")


@pytest.mark.parametrize(("people", "open_", "caption"), [
    ([], 0, ""),
    ([], 1, "One promise is still open; how it goes will show here."),
    ([], 3, "Three promises are still open; how they go will show here."),
    ([("me", 1, 0, 0)], 0, "One promise settled this week. Your own promises: one "
                           "settled, kept."),
    ([("partner", 0, 1, 0)], 0, "One promise settled this week. Your partner's promises: "
                                "one settled, not kept this time."),
    ([("us", 0, 0, 1)], 0, "One promise settled this week. Promises you made together: "
                           "one settled, renegotiated."),
    ([("me", 0, 1, 2)], 0, "Three promises settled this week. Your own promises: 3 "
                           "settled, 2 renegotiated, 1 not kept this time."),
])
def test_promise_captions_for_small_numbers(people: list[tuple[str, int, int, int]],
                                            open_: int, caption: str) -> None:
    assert promises_caption(people, open_, "this week") == caption


def test_intentions_per_week() -> None:
    intentions = dashboard(WEEKS).trackers.intentions
    assert intentions.done == (1, 2, 0, 0) and intentions.partly == (1, 0, 0, 0)
    assert intentions.not_today == (1, 0, 0, 0) and intentions.unchecked == (0, 0, 0, 1)
    assert intentions.total == 6
    assert intentions.caption == (
        "You set six intentions in the last 4 weeks: 3 done, 1 partly, 1 for another day. "
        "One more can be looked back on from Today whenever you like.")


@pytest.mark.parametrize(("counts", "caption"), [
    ((0, 0, 0, 0), ""),
    ((1, 0, 0, 0), "One intention this week, and you did it."),
    ((0, 0, 1, 0), "One intention this week, and it waited for another day."),
    ((0, 0, 0, 1), "One intention this week, to look back on from Today."),
    ((0, 0, 0, 2), "You set two intentions this week. You can look back on them from "
                   "Today whenever you like."),
])
def test_intention_captions_for_small_numbers(counts: tuple[int, int, int, int],
                                              caption: str) -> None:
    assert intentions_caption(*counts, "this week") == caption


def test_calibration_in_plain_words_by_sureness_band() -> None:
    cal = dashboard(WEEKS).trackers.calibration
    assert [(b.label, b.total, b.came_true, b.partly, b.did_not) for b in cal.bands] == [
        ("Under 50 %", 2, 0, 0, 2), ("50–79 %", 4, 1, 0, 3), ("80 % or more", 23, 2, 1, 20)]
    strong = cal.bands[2]
    assert strong.mean_sureness == pytest.approx((95 * 12 + 90 * 2 + 80 * 8 + 85) / 23)
    assert strong.came_true_share == pytest.approx(2 / 23)
    assert (cal.total, cal.came_true, cal.open_worries) == (29, 3, 3)
    assert cal.caption == (
        "Of the 23 fears you were at least 80 % sure of, 2 came true (1 partly). "
        "Of the 4 fears you were 50–79 % sure of, 1 came true. "
        "Of the two fears you were less than 50 % sure of, neither came true. "
        "This is your own evidence to weigh the next strong fear against. "
        "Three more wait for their day.")
    assert not GUILT.search(cal.caption)


@pytest.mark.parametrize(("bands", "open_", "caption"), [
    ([], 0, ""),
    ([], 1, "One worry waits for its day to be looked at again."),
    ([("at least 80 %", 1, 0, 0)], 0,
     "You looked again at one fear you were at least 80 % sure of, and it did not come "
     "true. This is your own evidence to weigh the next strong fear against."),
    ([("at least 80 %", 2, 2, 0)], 0,
     "Of the two fears you were at least 80 % sure of, both came true. This is your own "
     "evidence to weigh the next strong fear against."),
    ([("at least 80 %", 3, 0, 1)], 0,
     "Of the 3 fears you were at least 80 % sure of, none came true, 1 partly. This is "
     "your own evidence to weigh the next strong fear against."),
])
def test_calibration_captions_for_small_numbers(bands: list[tuple[str, int, int, int]],
                                                open_: int, caption: str) -> None:
    assert calibration_caption(bands, open_) == caption


def test_no_tracker_data_leaves_the_tracker_part_empty() -> None:
    for trackers in (None, TrackerData()):
        part = dashboard(trackers).trackers
        assert not part.has_records and part.is_empty and part.captions() == ()
        assert part.urges.empty_text == EMPTY["urges"]
        assert part.urges.resisted == (0, 0, 0, 0)  # a count per week all the same
    # Records elsewhere in the journal, none in the range: cards with kind empty texts.
    elsewhere = dashboard(TrackerData(first_day=D(2020, 1, 1))).trackers
    assert elsewhere.has_records and elsewhere.is_empty


def test_all_starts_at_the_first_tracker_record_and_folds_quiet_years() -> None:
    # Entries only from 2024; urges already in 2019; three quiet years between.
    data = ProgressData(None, None, D(2024, 3, 4), D(2024, 3, 20),
                        checkins=(CheckinDay(D(2024, 3, 4), 1, 5, 5, 5, 1, 1, 1),))
    trackers = TrackerData(urges=(urge(D(2019, 5, 1), resisted=1, peaks=9),
                                  urge(D(2024, 3, 5), acted=1, peaks=4)),
                           first_day=D(2019, 5, 1))
    dash = dashboard(trackers, data, "all")
    assert dash.start == D(2019, 5, 1) and dash.span == "since 1 May 2019"
    assert dash.periods.gaps == 1
    urges = dash.trackers.urges
    gap = next(i for i, p in enumerate(dash.periods.periods) if p.gap)
    assert urges.resisted[gap] is None and urges.total == 2
    assert sum(v or 0 for v in urges.resisted) == 1 and sum(v or 0 for v in urges.acted) == 1


def test_tracker_rows_alone_are_not_called_nothing() -> None:
    # No entries in the range, but tracker rows: no "Nothing is dated" note.
    data = ProgressData(D(2024, 3, 4), TODAY, D(2023, 1, 1), D(2023, 1, 1))
    assert any("Nothing is dated" in n for n in dashboard(None, data).notes)
    assert not any("Nothing is dated" in n for n in dashboard(WEEKS, data).notes)


def test_week_summary_adds_the_trackers_of_that_week() -> None:
    week = TrackerData(
        urges=(urge(D(2024, 3, 2), resisted=5, peaks=5),  # the week before: left out
               urge(D(2024, 3, 4), resisted=1, acted=1, peaks=14),
               urge(D(2024, 3, 7), resisted=1, partly=1, peaks=8)),
        promises=(PromiseDay(D(2024, 3, 5), "me", 2, 0, 0),
                  PromiseDay(D(2024, 3, 6), "partner", 0, 1, 1)),
        intentions=(IntentionDay(D(2024, 3, 4), "done"), IntentionDay(D(2024, 3, 5), "done"),
                    IntentionDay(D(2024, 3, 6), "partly"), IntentionDay(D(2024, 3, 8), None)),
        worries=(WorryCount(90, "did_not", 2), WorryCount(70, "came_true", 1)))
    data = ProgressData(D(2024, 2, 26), D(2024, 3, 10), D(2024, 1, 1), D(2024, 3, 10))
    text = week_summary(data, D(2024, 3, 4), NAMES, trackers=week)
    assert text == (
        "*4 Mar – 10 Mar 2024*\n\n"
        "- **Urges to check:** 4 this week; you resisted 2 and partly held back from 1. "
        "Average strength 5.5 out of 10.\n"
        "- **Promises kept:** yours 2 of 2, your partner's 0 of 2 (1 renegotiated).\n"
        "- **Daily intentions:** 4 set this week: 2 done, 1 partly, 1 still to look back on.\n"
        "- **Fears looked at again:** 3; 1 came true.\n")
    assert not GUILT.search(text)


def test_week_summary_with_one_of_each() -> None:
    week = TrackerData(urges=(urge(D(2024, 3, 5), resisted=1, peaks=7),),
                       intentions=(IntentionDay(D(2024, 3, 5), None),),
                       worries=(WorryCount(85, "did_not", 1),))
    text = week_summary(ProgressData(D(2024, 3, 4), D(2024, 3, 10), None, None),
                        D(2024, 3, 4), NAMES, trackers=week)
    assert "- **Urges to check:** one this week, and you rode it out (strength 7 out of 10).\n" \
        in text
    assert "- **Daily intentions:** 1 set this week, to look back on from Today.\n" in text
    assert "- **Fears looked at again:** one, and it did not come true.\n" in text
    assert "Promises" not in text and "Nothing was recorded" not in text
    both = TrackerData(urges=(urge(D(2024, 3, 5), resisted=2, peaks=9),))
    assert "- **Urges to check:** 2 this week; you resisted both. Average strength 4.5 " \
        "out of 10.\n" in week_summary(ProgressData(D(2024, 3, 4), D(2024, 3, 10), None, None),
                                       D(2024, 3, 4), NAMES, trackers=both)


def test_stats_json_and_text_carry_the_tracker_figures() -> None:
    dash = dashboard(WEEKS)
    data = stats_json(dash)["trackers"]
    assert data["has_records"] is True
    assert data["urges"]["total"] == 10 and data["urges"]["resisted_share"] == 0.7
    assert data["urges"]["per_period"][1] == {"resisted": 0, "partly": 0, "acted": 0,
                                              "resisted_share": None, "mean_strength": None}
    assert data["promises"]["by"]["me"]["kept_share"] == 0.75
    assert data["promises"]["by"]["partner"]["per_period_kept_share"] == [None, 0.3333, None,
                                                                          None]
    assert data["intentions"]["set"] == 6 and data["intentions"]["not_looked_back_on"] == 1
    assert data["worries"]["bands"][2] == {
        "sureness_from": 80, "sureness_to": 100, "label": "80 % or more", "total": 23,
        "came_true": 2, "partly": 1, "did_not": 20, "mean_sureness": 88.91}
    text = stats_report(dash)
    assert "Urges to check\n--------------\nYou resisted 7 of 10 urges" in text
    assert "  4 Mar               4         2       0       7.5\n" in text
    assert "  - Yours: 3 of 4 kept (75 %)\n" in text
    assert "  - Your partner's: 1 of 3 kept (33 %), 1 renegotiated\n" in text
    assert "  - 80 % or more sure: 23 looked at again, 2 came true, 1 partly\n" in text
    assert dash.trackers.urges.caption in summary_captions(dash)


def test_a_journal_with_only_tracker_records_is_not_reported_empty() -> None:
    dash = dashboard(WEEKS, ProgressData(D(2024, 3, 4), TODAY, None, None))
    assert dash.journal_is_empty
    assert "Your journal has no entries yet" not in stats_report(dash)
    assert "Daily intentions" in stats_report(dash)
    assert "Urges to check" not in stats_report(dashboard(None))
