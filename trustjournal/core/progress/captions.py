"""The words under each chart: a plain sentence about what the figures show, and an honest
text for when there is nothing to show yet.

Tone: rises and falls are described plainly; a harder stretch is named kindly and never
blamed. No streaks, no "missed", nothing that counts what did not happen.
"""

from __future__ import annotations

from collections.abc import Sequence

# Changes smaller than this (on a 0–10 scale) read as "about the same".
FLAT_SCALE = 0.5
# … and on the 0–100 belief and feeling scales.
FLAT_PERCENT = 2.0

EMPTY = {
    "trend": "Do a check-in to start seeing trends. A minute a day is plenty.",
    "exercises": "Exercises you finish will show up here, week by week.",
    "thoughts": "Finish a “Challenge a thought” exercise to see how much a thought loosens "
                "its grip.",
    "traps": "Thinking traps you spot in “Challenge a thought” will be counted here.",
    "roots": "Do “Get to the root” to see where distrust tends to come from.",
    "where": "Your “mostly here or mostly my past” answers from “Get to the root” will "
             "show here.",
    "victories": "Celebrate a small victory, however small, and it will appear here.",
    "heatmap": "Days you write or check in will light up here.",
}
# How a sentence names each check-in question ("Your average … rose").
SCALE_NAMES = {"trust": "trust", "anxiety": "anxiety", "connection": "connection",
               "felt_trusted": "sense of being trusted",
               "distrust_weight": "weight of the distrust",
               "needs_met": "sense that your own needs were met"}
# +1: higher is easier on you; -1: lower is (more anxiety, heavier distrust).
GOOD_DIRECTION = {"trust": 1, "anxiety": -1, "connection": 1, "felt_trusted": 1,
                  "distrust_weight": -1, "needs_met": 1}
WHERE_PHRASES = {"here": "mostly about here (between you two)", "past": "mostly about your past",
                 "both": "some of each", "unsure": "not sure yet"}
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten")


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 day', '3 days' (many defaults to one + 's')."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def times(count: int) -> str:
    """'once', 'twice', '3 times'."""
    return "once" if count == 1 else "twice" if count == 2 else f"{count:,} times"


def weeks_phrase(weeks: int) -> str:
    """How long a chart period is, in words."""
    return {1: "a week", 2: "two weeks", 4: "four weeks", 13: "a quarter of a year (13 weeks)",
            26: "half a year (26 weeks)", 52: "a year"}.get(weeks, f"{weeks} weeks")


def duration(weeks: int) -> str:
    """'8 weeks', or 'about 3 years' once weeks stop being a useful unit."""
    if weeks >= 104:
        return f"about {round(weeks / 52.18):,} years"
    return plural(weeks, "week")


def scale_sentence(metric: str, first: float, last: float, weeks: int) -> tuple[str, bool]:
    """One scale's change between its first and last period, and whether it was harder."""
    name = SCALE_NAMES.get(metric, metric)
    change = last - first
    if abs(change) < FLAT_SCALE:
        return f"{name.capitalize()} stayed about the same (around {last:.1f}).", False
    over = f"over {duration(weeks)}"
    if change * GOOD_DIRECTION.get(metric, 1) > 0:
        verb = "rose" if change > 0 else "fell"
        return f"Your average {name} {verb} from {first:.1f} to {last:.1f} {over}.", False
    word = "higher" if change > 0 else "lower"
    return (f"{name.capitalize()} was {word} in recent weeks ({first:.1f} → {last:.1f}).",
            True)


def ends(points: Sequence[tuple[float, int]]) -> tuple[float, float]:
    """Where a trend started and where it is now: the first and last period averages, or
    with four or more periods the mean of the first two and of the last two, so one odd
    week at either end does not decide the sentence."""
    k = 2 if len(points) >= 4 else 1
    return (sum(p[0] for p in points[:k]) / k, sum(p[0] for p in points[-k:]) / k)


def trend_caption(lines: Sequence[tuple[str, list[tuple[float, int]], int]],
                  checkins: int) -> str:
    """Caption of the check-in trends.

    lines: (metric, [(period average, period index)] where there is one, weeks from the
    first to the last of those periods). checkins: how many check-ins are in the range.
    Each scale is compared between its start and its latest weeks (see ends()).
    """
    answered = [(metric, points, weeks) for metric, points, weeks in lines if points]
    if not answered:
        return ""
    if checkins == 1:
        values = ", ".join(f"{SCALE_NAMES.get(m, m)} {p[0][0]:g}" for m, p, _ in answered)
        return (f"One check-in so far ({values}). A few more, on different days, and a "
                "trend will start to show.")
    if all(len(points) == 1 for _, points, _ in answered):
        values = ", ".join(f"{SCALE_NAMES.get(m, m)} {p[0][0]:.1f}" for m, p, _ in answered)
        return (f"Averages so far: {values}. A trend shows once there are check-ins from "
                "more than one week.")
    sentences: list[str] = []
    harder = False
    for metric, points, weeks in answered:
        if len(points) == 1:
            name = SCALE_NAMES.get(metric, metric).capitalize()
            sentences.append(f"{name}: {points[0][0]:.1f} (one week of answers so far).")
            continue
        first, last = ends(points)
        sentence, worse = scale_sentence(metric, first, last, weeks)
        sentences.append(sentence)
        harder = harder or worse
    if harder:
        sentences.append("Hard weeks are part of it, and every check-in still counts.")
    return " ".join(sentences)


def exercises_caption(total: int, by_name: Sequence[tuple[str, int]], span: str) -> str:
    """Caption of exercises per week: how many, and which one most often."""
    if not total:
        return ""
    text = f"You finished {plural(total, 'exercise')} {span}"
    if len(by_name) == 1:
        return f"{text}: {by_name[0][0]}."
    return f"{text}, most often {by_name[0][0]} ({by_name[0][1]:,})."


def _change(before: float, after: float, noun: str, verb: str, average: bool,
            were: bool = False) -> str:
    drop = before - after
    be = "were" if were else "was"
    if abs(drop) < FLAT_PERCENT:
        return f"{noun} stayed about the same ({before:.0f} → {after:.0f} out of 100)"
    if drop > 0:
        mean = " on average" if average else ""
        return f"{noun} {verb} by {drop:.0f} points{mean} ({before:.0f} → {after:.0f})"
    return f"{noun} {be} a little stronger afterwards ({before:.0f} → {after:.0f})"


def thoughts_caption(records: int, belief: tuple[float, float] | None,
                     feeling: tuple[float, float] | None) -> str:
    """Caption of the thought-record outcome: average belief and feeling before → after."""
    if not records or (belief is None and feeling is None):
        return ""
    parts = []
    if belief is not None:
        parts.append(_change(*belief, "belief in the first thought", "dropped", records > 1))
    if feeling is not None:
        parts.append(_change(*feeling, "the feelings with it", "eased", records > 1,
                             were=True))
    lead = ("In your thought record" if records == 1
            else f"Across {plural(records, 'thought record')}")
    text = f"{lead}, {' and '.join(parts)}."
    stronger = any(pair is not None and pair[1] - pair[0] >= FLAT_PERCENT
                   for pair in (belief, feeling))
    if stronger:
        text += " That happens sometimes; looking at a thought closely still counts."
    return text


def inline(name: str) -> str:
    """A display name as it reads mid-sentence: 'Mind reading' → 'mind reading' (names
    starting with a capitalised word such as 'I' are left alone)."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def ranking_caption(items: Sequence[tuple[str, int]], lead: str) -> str:
    """'<lead> Mind reading (7 times), then Fortune telling (4).'"""
    if not items:
        return ""
    first = f"{lead} {inline(items[0][0])} ({times(items[0][1])})"
    if len(items) == 1:
        return first + "."
    return f"{first}, then {inline(items[1][0])} ({items[1][1]:,})."


def where_caption(items: Sequence[tuple[str, int]]) -> str:
    """Caption of the share of 'mostly here / mostly my past' answers (id, count)."""
    total = sum(count for _, count in items)
    if not total:
        return ""
    if total == 1:
        return (f"One answer so far: {WHERE_PHRASES.get(items[0][0], items[0][0])}. "
                "Either answer is fine; it shows where to start.")
    parts = [f"{count:,} {WHERE_PHRASES.get(item, item)}" for item, count in items if count]
    return (f"Of {total:,} answers: {', '.join(parts)}. Either answer is fine; it shows "
            "where to start.")


def victories_caption(count: int, span: str, top_kind: str | None) -> str:
    """Caption of small victories: how many, and the most frequent kind."""
    if not count:
        return ""
    text = f"{plural(count, 'small victory', 'small victories')} {span}"
    if top_kind:
        text += f", most often “{top_kind}”"
    return text + ". Each one counts."


def heatmap_caption(days: int, span: str) -> str:
    """Caption of the calendar: days with any entry or check-in (never the days without)."""
    if not days:
        return ""
    return f"You wrote or checked in on {plural(days, 'day')} {span}."


def consistency_text(days: int, span: str) -> str:
    """The optional, gentle consistency count (shown only when the setting is on)."""
    if not days:
        return f"No check-ins {span} yet. Whenever you're ready."
    return f"You checked in on {plural(days, 'day')} {span}."
