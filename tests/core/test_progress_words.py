"""The Progress and tracker captions as translatable messages: English plurals read right
for 1 and 5, and each caption is whole messages with the values put in, never English
words glued between translated pieces."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.core.test_progress import NAMES, ci, progress, tr
from tests.core.test_progress_trackers import TODAY, WEEKS
from trustjournal.core import i18n
from trustjournal.core.progress import (
    ExerciseDay,
    LabelCount,
    Victory,
    build_dashboard,
    describe_range,
    stats_report,
    week_summary,
)
from trustjournal.core.progress.captions import (
    Formats,
    consistency_text,
    exercises_caption,
    heatmap_caption,
    thoughts_caption,
    victories_caption,
)
from trustjournal.core.progress.tracker_words import (
    calibration_caption,
    intentions_caption,
    promises_caption,
    strength_caption,
    urges_caption,
)

D = dt.date


@pytest.fixture(autouse=True)
def _english_again():
    i18n.install(None)
    yield
    i18n.install(None)


def marked(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """A backend that shows where each message starts and ends."""
    del context, disambiguation, n
    return "«" + text + "»"


def outside_messages(text: str) -> str:
    """What is left of `text` once every «message» (innermost first) is taken out: the
    words that no translator would ever see."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"«[^«»]*»", "", text)
    return text


@pytest.mark.parametrize(("make", "one", "five"), [
    (lambda n: exercises_caption(n, [("Challenge a thought", n)], "this week"),
     "You finished 1 exercise this week: Challenge a thought.",
     "You finished 5 exercises this week: Challenge a thought."),
    (lambda n: heatmap_caption(n, "in the last 4 weeks"),
     "You wrote or checked in on 1 day in the last 4 weeks.",
     "You wrote or checked in on 5 days in the last 4 weeks."),
    (lambda n: consistency_text(n, "this week"),
     "You checked in on 1 day this week.", "You checked in on 5 days this week."),
    (lambda n: victories_caption(n, "this week", None),
     "1 small victory this week. Each one counts.",
     "5 small victories this week. Each one counts."),
    (lambda n: promises_caption([], n, "this week"),
     "One promise is still open; how it goes will show here.",
     "Five promises are still open; how they go will show here."),
    (lambda n: calibration_caption([], n),
     "One worry waits for its day to be looked at again.",
     "Five worries wait for their day to be looked at again."),
    (lambda n: promises_caption([("me", n, 0, 0)], 0, "this week").split(".")[0] + ".",
     "One promise settled this week.", "Five promises settled this week."),
    (lambda n: describe_range(f"{n}w", D(2024, 1, 1)) if n > 1 else "in the last 1 week",
     "in the last 1 week", "in the last 5 weeks"),
])
def test_english_plurals_for_one_and_five(make, one: str, five: str) -> None:  # type: ignore[no-untyped-def]
    assert make(1) == one
    assert make(5) == five


def test_english_plurals_of_thought_records_and_points() -> None:
    assert thoughts_caption(1, (60, 59), None) == (
        "In your thought record, belief in the first thought stayed about the same "
        "(60 → 59 out of 100).")
    assert thoughts_caption(5, (60, 40), None) == (
        "Across 5 thought records, belief in the first thought dropped by 20 points on "
        "average (60 → 40).")
    # One point reads as one point (it used to read "1 points").
    assert "eased by 3 points (" in thoughts_caption(1, None, (50, 47))


def test_the_range_is_one_phrase_and_dates_come_from_the_formats() -> None:
    assert describe_range("1w", D(2024, 1, 1)) == "this week"
    assert describe_range("6m", D(2024, 1, 1)) == "in the last 6 months"
    assert describe_range("all", D(2024, 3, 4)) == "since 4 Mar 2024"
    german = Formats(number=lambda n: f"{n:,}".replace(",", "."),
                     decimal=lambda v, d: f"{v:.{d}f}".replace(".", ","),
                     date=lambda day: f"{day.day}. {day.month}. {day.year}")
    assert describe_range("all", D(2024, 3, 4), german) == "since 4. 3. 2024"
    data = progress(D(2024, 1, 8), D(2024, 3, 3),
                    checkins=[ci(D(2024, 1, 8), trust=4), ci(D(2024, 2, 26), trust=7.5)])
    dash = build_dashboard(data, today=D(2024, 3, 3), range_key="8w", formats=german)
    assert dash.trend.caption == "Your average trust rose from 4,0 to 7,5 over 8 weeks."


CHECKINS = [ci(D(2024, 3, 4), trust=3, anxiety=6), ci(D(2024, 3, 11), trust=4),
            ci(D(2024, 3, 18), trust=6, anxiety=3), ci(D(2024, 3, 26), trust=8, anxiety=2)]
RICH = progress(
    D(2024, 3, 4), TODAY, checkins=CHECKINS,
    exercises=[ExerciseDay(D(2024, 3, 5), "challenge_a_thought", 2),
               ExerciseDay(D(2024, 3, 12), "celebrate_small_victory", 1)],
    thoughts=[tr(D(2024, 3, 5), (80, 50), (70, 40)), tr(D(2024, 3, 12), (60, 62), (50, 55))],
    labels=[LabelCount(D(2024, 3, 5), "trap", "mind_reading", 3),
            LabelCount(D(2024, 3, 6), "trap", "fortune_telling", 1),
            LabelCount(D(2024, 3, 5), "root_source", "family", 2),
            LabelCount(D(2024, 3, 5), "root_where", "here", 2),
            LabelCount(D(2024, 3, 6), "root_where", "past", 1),
            LabelCount(D(2024, 3, 6), "promise", "kept", 1)],
    victories=[Victory(D(2024, 3, 5), "a", "Asked", "asked", 7.0),
               Victory(D(2024, 3, 12), "b", "Asked again", "asked", None)])


def test_every_caption_is_whole_messages_with_the_values_inside() -> None:
    i18n.install(marked, "xx")
    dash = build_dashboard(RICH, today=TODAY, range_key="4w", names=NAMES, trackers=WEEKS)
    charts = (dash.trend, dash.exercises, dash.thoughts, dash.traps, dash.roots, dash.where,
              dash.victories, dash.heatmap)
    texts = [chart.caption for chart in charts] + [chart.empty_text for chart in charts]
    tr_ = dash.trackers
    texts += [tr_.urges.caption, tr_.urges.strength_caption, tr_.promises.caption,
              tr_.intentions.caption, tr_.calibration.caption, dash.consistency_text,
              *dash.notes]
    assert all(texts)
    for text in texts:
        assert text.startswith("«") and text.endswith("»"), text
        assert outside_messages(text) == "", text
    # The values went into the messages: the range, names, figures.
    assert "«in the last 4 weeks»" in dash.exercises.caption
    assert "Challenge a thought" in dash.exercises.caption
    # The placeholders were filled inside one message:
    assert dash.exercises.caption == ("«You finished %Ln exercises «in the last 4 weeks», "
                                      "most often Challenge a thought (2).»")
    assert "«trust»" in dash.trend.caption


@pytest.mark.parametrize("caption", [
    lambda: urges_caption(1, 1, 0, "«span»"),
    lambda: urges_caption(2, 2, 0, "«span»"),
    lambda: urges_caption(7, 3, 1, "«span»", (0.2, 0.6), (8.0, 4.0, 6)),
    lambda: urges_caption(7, 3, 2, "«span»", (0.6, 0.2), (4.0, 8.0, 6)),
    lambda: urges_caption(7, 0, 2, "«span»", None, (4.0, 4.2, 6)),
    lambda: urges_caption(7, 0, 0, "«span»"),
    lambda: strength_caption(1, 7.0, "«span»"),
    lambda: strength_caption(4, 6.5, "«span»"),
    lambda: promises_caption([("me", 4, 0, 1), ("partner", 0, 1, 1), ("us", 2, 0, 0)], 2,
                             "«span»"),
    lambda: promises_caption([("me", 0, 1, 0)], 0, "«span»"),
    lambda: intentions_caption(2, 1, 1, 2, "«span»"),
    lambda: intentions_caption(0, 0, 0, 3, "«span»"),
    lambda: intentions_caption(0, 0, 1, 0, "«span»"),
    lambda: calibration_caption([("«band»", 2, 0, 1), ("«band»", 5, 2, 1),
                                 ("«band»", 3, 3, 0), ("«band»", 1, 0, 0)], 1),
])
def test_each_tracker_caption_variant_is_whole_messages(caption) -> None:  # type: ignore[no-untyped-def]
    i18n.install(marked, "xx")
    text = caption()
    assert text.startswith("«") and text.endswith("»")
    assert outside_messages(text) == ""


def test_the_weekly_summary_and_the_report_are_whole_lines() -> None:
    i18n.install(marked, "xx")
    summary = week_summary(RICH, D(2024, 3, 4), NAMES, trackers=WEEKS, last_focus="Breathe")
    for line in summary.splitlines():
        if line.startswith("  - "):  # a victory the person wrote, as they wrote it
            continue
        body = line[2:] if line.startswith("- ") else line
        assert not body or outside_messages(body) == "", line
    report = stats_report(build_dashboard(RICH, today=TODAY, range_key="4w", names=NAMES,
                                          trackers=WEEKS))
    headings = [line for line in report.splitlines()
                if line and not line.startswith(("  ", "-")) and "«" not in line[:1]]
    assert headings == [], headings


def test_the_weekly_summary_in_english_keeps_its_words() -> None:
    summary = week_summary(RICH, D(2024, 3, 4), NAMES, trackers=WEEKS)
    assert "- **Promises kept:** yours 2 of 3.\n" in summary
    # The answers about promises are not counted again when the trackers have a line.
    assert "**Promises:**" not in summary
    alone = week_summary(RICH, D(2024, 3, 4), NAMES)
    assert "- **Promises:** 1 kept.\n" in alone


def test_the_text_report_writes_dates_and_numbers_with_the_formats_given() -> None:
    german = Formats(number=lambda n: f"{n:,}".replace(",", "."),
                     decimal=lambda v, d: f"{v:.{d}f}".replace(".", ","),
                     date=lambda day: f"{day.day}.{day.month}.{day.year}",
                     day_month=lambda day: f"{day.day}.{day.month}.")
    dash = build_dashboard(RICH, today=TODAY, range_key="4w", names=NAMES, trackers=WEEKS,
                           formats=german)
    report = stats_report(dash, german)
    assert report.startswith("Progress in the last 4 weeks (4.3.2024 – 31.3.2024; weeks "
                             "start on Mon)")
    assert "\n  4.3.              3,0      6,0" in report
    assert "\n  " + f"{'18.3.':<14}{3:>7}{2:>10}{1:>8}{'5,0':>10}\n" in report  # urges
    # English stays English when no formats are given.
    assert "\n  4 Mar             3.0      6.0" in stats_report(
        build_dashboard(RICH, today=TODAY, range_key="4w", names=NAMES, trackers=WEEKS))
