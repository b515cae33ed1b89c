"""The words under each chart: a plain sentence about what the figures show, and an honest
text for when there is nothing to show yet.

Tone: rises and falls are described plainly; a harder stretch is named kindly and never
blamed. No streaks, no "missed", nothing that counts what did not happen.

Every sentence is one translatable message (context "ProgressCaptions"); where English
had optional parts, each variant is its own whole message. Only whole phrases chosen by
key (the range, "over 8 weeks", a scale's name) are put into a sentence, through named
placeholders, so a translator can move them. Numbers and dates come from a `Formats`
passed in: the GUI's follow QLocale, the CLI's and the tests' are plain English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, language, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.progress.weeks import Period, day_label, long_date

# Changes smaller than this (on a 0–10 scale) read as "about the same".
FLAT_SCALE = 0.5
# … and on the 0–100 belief and feeling scales.
FLAT_PERCENT = 2.0


def _english_number(value: int) -> str:
    return f"{value:,}"


def _english_decimal(value: float, digits: int) -> str:
    return f"{value:.{digits}f}"


@lazy_dataclass(frozen=True, slots=True)
class Formats:
    """How numbers and dates are written inside sentences (the GUI passes QLocale's)."""

    number: Callable[[int], str] = _english_number
    decimal: Callable[[float, int], str] = _english_decimal  # (value, digits after point)
    date: Callable[[dt.date], str] = long_date  # '4 Mar 2024'
    day_month: Callable[[dt.date], str] = day_label  # '4 Mar', where the year is clear

    def short(self, value: float) -> str:
        """A value as briefly as it is exact: 7 → '7', 6.5 → '6.5' (like '%g')."""
        if float(value).is_integer():
            return self.number(int(value))
        digits = len(f"{value:g}".partition(".")[2])
        return self.decimal(value, digits)


ENGLISH_FORMATS = Formats()


def period_label(period: Period, fmt: Formats = ENGLISH_FORMATS) -> str:
    """A chart period's short label ('4 Mar', with the year where the range crosses one),
    written by `fmt`; a folded gap keeps its own label."""
    if period.gap or fmt is ENGLISH_FORMATS:
        return period.label
    with_year = period.label == day_label(period.start, True)
    return fmt.date(period.start) if with_year else fmt.day_month(period.start)


EMPTY = {
    "trend": QT_TRANSLATE_NOOP(
        "ProgressCaptions", "Do a check-in to start seeing trends. A minute a day is plenty."),
    "exercises": QT_TRANSLATE_NOOP(
        "ProgressCaptions", "Exercises you finish will show up here, week by week."),
    "thoughts": QT_TRANSLATE_NOOP(
        "ProgressCaptions", "Finish a “Challenge a thought” exercise to see how much a "
                            "thought loosens its grip."),
    "traps": QT_TRANSLATE_NOOP(
        "ProgressCaptions", "Thinking traps you spot in “Challenge a thought” will be "
                            "counted here."),
    "roots": QT_TRANSLATE_NOOP(
        "ProgressCaptions", "Do “Get to the root” to see where distrust tends to come from."),
    "where": QT_TRANSLATE_NOOP(
        "ProgressCaptions", "Your “mostly here or mostly my past” answers from “Get to the "
                            "root” will show here."),
    "victories": QT_TRANSLATE_NOOP(
        "ProgressCaptions", "Celebrate a small victory, however small, and it will appear "
                            "here."),
    "heatmap": QT_TRANSLATE_NOOP(
        "ProgressCaptions", "Days you write or check in will light up here."),
}
# How a sentence names each check-in question mid-sentence ("Your average … rose") …
SCALE_NAMES = {
    "trust": QT_TRANSLATE_NOOP("ProgressCaptions", "trust"),
    "anxiety": QT_TRANSLATE_NOOP("ProgressCaptions", "anxiety"),
    "connection": QT_TRANSLATE_NOOP("ProgressCaptions", "connection"),
    "felt_trusted": QT_TRANSLATE_NOOP("ProgressCaptions", "sense of being trusted"),
    "distrust_weight": QT_TRANSLATE_NOOP("ProgressCaptions", "weight of the distrust"),
    "needs_met": QT_TRANSLATE_NOOP("ProgressCaptions", "sense that your own needs were met"),
}
# … and at the start of one ("Trust stayed about the same").
SCALE_TITLES = {
    "trust": QT_TRANSLATE_NOOP("ProgressCaptions", "Trust"),
    "anxiety": QT_TRANSLATE_NOOP("ProgressCaptions", "Anxiety"),
    "connection": QT_TRANSLATE_NOOP("ProgressCaptions", "Connection"),
    "felt_trusted": QT_TRANSLATE_NOOP("ProgressCaptions", "Sense of being trusted"),
    "distrust_weight": QT_TRANSLATE_NOOP("ProgressCaptions", "Weight of the distrust"),
    "needs_met": QT_TRANSLATE_NOOP("ProgressCaptions", "Sense that your own needs were met"),
}
# +1: higher is easier on you; -1: lower is (more anxiety, heavier distrust).
GOOD_DIRECTION = {"trust": 1, "anxiety": -1, "connection": 1, "felt_trusted": 1,
                  "distrust_weight": -1, "needs_met": 1}
WHERE_PHRASES = {
    "here": QT_TRANSLATE_NOOP("ProgressCaptions", "mostly about here (between you two)"),
    "past": QT_TRANSLATE_NOOP("ProgressCaptions", "mostly about your past"),
    "both": QT_TRANSLATE_NOOP("ProgressCaptions", "some of each"),
    "unsure": QT_TRANSLATE_NOOP("ProgressCaptions", "not sure yet"),
}


def empty_text(chart: str) -> str:
    """The honest text a chart shows while it has nothing to show."""
    return translate("ProgressCaptions", EMPTY[chart])


def scale_name(metric: str) -> str:
    """A check-in question as it reads mid-sentence, in the current language."""
    name = SCALE_NAMES.get(metric)
    return translate("ProgressCaptions", name) if name else metric


def scale_title(metric: str) -> str:
    """A check-in question as it reads at the start of a sentence."""
    name = SCALE_TITLES.get(metric)
    return translate("ProgressCaptions", name) if name else metric.capitalize()


def where_phrase(answer: str) -> str:
    """A "mostly here / mostly my past" answer as it reads in a sentence."""
    phrase = WHERE_PHRASES.get(answer)
    return translate("ProgressCaptions", phrase) if phrase else answer


def listed(items: Sequence[str]) -> str:
    """Items of a list inside a sentence, with the language's separator."""
    return translate("ProgressCaptions", ", ", "between items of a list").join(items)


def sentences(texts: Sequence[str]) -> str:
    """Whole sentences one after the other, as the language separates them."""
    return translate("ProgressCaptions", " ", "between sentences").join(texts)


def times(count: int) -> str:
    """'once', 'twice', '3 times': a whole phrase, chosen by the count."""
    if count == 1:
        return translate("ProgressCaptions", "once")
    if count == 2:
        return translate("ProgressCaptions", "twice")
    return translate("ProgressCaptions", "%Ln times", None, count)


def bar_note(weeks: int) -> str:
    """The note saying how long each bar is when one bar covers several weeks."""
    if weeks == 2:
        return translate("ProgressCaptions", "Each bar covers two weeks, so the whole range "
                                             "fits.")
    if weeks == 4:
        return translate("ProgressCaptions", "Each bar covers four weeks, so the whole range "
                                             "fits.")
    if weeks == 13:
        return translate("ProgressCaptions", "Each bar covers a quarter of a year (13 weeks), "
                                             "so the whole range fits.")
    if weeks == 26:
        return translate("ProgressCaptions", "Each bar covers half a year (26 weeks), so the "
                                             "whole range fits.")
    if weeks == 52:
        return translate("ProgressCaptions", "Each bar covers a year, so the whole range "
                                             "fits.")
    return translate("ProgressCaptions", "Each bar covers %n weeks, so the whole range fits.",
                     None, weeks)


def over_weeks(weeks: int) -> str:
    """How long a change took, as a whole phrase: 'over 8 weeks', or 'over about 3 years'
    once weeks stop being a useful unit."""
    if weeks >= 104:
        years = round(weeks / 52.18)
        return translate("ProgressCaptions", "over about %Ln years", None, years)
    return translate("ProgressCaptions", "over %Ln weeks", None, weeks)


def scale_sentence(metric: str, first: float, last: float, weeks: int,
                   fmt: Formats = ENGLISH_FORMATS) -> tuple[str, bool]:
    """One scale's change between its first and last period, and whether it was harder."""
    change = last - first
    values = {"name": scale_name(metric), "title": scale_title(metric),
              "first": fmt.decimal(first, 1), "last": fmt.decimal(last, 1)}
    if abs(change) < FLAT_SCALE:
        return translate("ProgressCaptions", "{title} stayed about the same (around {last})."
                         ).format(**values), False
    if change * GOOD_DIRECTION.get(metric, 1) > 0:
        over = over_weeks(weeks)
        if change > 0:
            text = translate("ProgressCaptions",
                             "Your average {name} rose from {first} to {last} {over}.")
        else:
            text = translate("ProgressCaptions",
                             "Your average {name} fell from {first} to {last} {over}.")
        return text.format(over=over, **values), False
    if change > 0:
        text = translate("ProgressCaptions", "{title} was higher in recent weeks ({first} → "
                                             "{last}).")
    else:
        text = translate("ProgressCaptions", "{title} was lower in recent weeks ({first} → "
                                             "{last}).")
    return text.format(**values), True


def ends(points: Sequence[tuple[float, int]]) -> tuple[float, float]:
    """Where a trend started and where it is now: the first and last period averages, or
    with four or more periods the mean of the first two and of the last two, so one odd
    week at either end does not decide the sentence."""
    k = 2 if len(points) >= 4 else 1
    return (sum(p[0] for p in points[:k]) / k, sum(p[0] for p in points[-k:]) / k)


def _scale_value(metric: str, value: str) -> str:
    return translate("ProgressCaptions", "{name} {value}", "a check-in question and its "
                     "average, in a list").format(name=scale_name(metric), value=value)


def trend_caption(lines: Sequence[tuple[str, list[tuple[float, int]], int]],
                  checkins: int, fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of the check-in trends.

    lines: (metric, [(period average, period index)] where there is one, weeks from the
    first to the last of those periods). checkins: how many check-ins are in the range.
    Each scale is compared between its start and its latest weeks (see ends()).
    """
    answered = [(metric, points, weeks) for metric, points, weeks in lines if points]
    if not answered:
        return ""
    if checkins == 1:
        values = listed([_scale_value(m, fmt.short(p[0][0])) for m, p, _ in answered])
        return translate("ProgressCaptions", "One check-in so far ({values}). A few more, on "
                         "different days, and a trend will start to show.").format(
                             values=values)
    if all(len(points) == 1 for _, points, _ in answered):
        values = listed([_scale_value(m, fmt.decimal(p[0][0], 1)) for m, p, _ in answered])
        return translate("ProgressCaptions", "Averages so far: {values}. A trend shows once "
                         "there are check-ins from more than one week.").format(values=values)
    said: list[str] = []
    harder = False
    for metric, points, weeks in answered:
        if len(points) == 1:
            said.append(translate("ProgressCaptions", "{title}: {value} (one week of answers "
                                  "so far).").format(title=scale_title(metric),
                                                     value=fmt.decimal(points[0][0], 1)))
            continue
        first, last = ends(points)
        sentence, worse = scale_sentence(metric, first, last, weeks, fmt)
        said.append(sentence)
        harder = harder or worse
    if harder:
        said.append(translate("ProgressCaptions", "Hard weeks are part of it, and every "
                                                  "check-in still counts."))
    return sentences(said)


def exercises_caption(total: int, by_name: Sequence[tuple[str, int]], span: str,
                      fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of exercises per week: how many, and which one most often."""
    if not total:
        return ""
    name, count = by_name[0]
    if len(by_name) == 1:
        text = translate("ProgressCaptions", "You finished %Ln exercises {span}: {name}.",
                         None, total)
    else:
        text = translate("ProgressCaptions", "You finished %Ln exercises {span}, most often "
                         "{name} ({count}).", None, total)
    return text.format(span=span, name=name, count=fmt.number(count))


def _belief(before: float, after: float, average: bool, fmt: Formats) -> str:
    values = {"before": fmt.decimal(before, 0), "after": fmt.decimal(after, 0)}
    drop = before - after
    if abs(drop) < FLAT_PERCENT:
        return translate("ProgressCaptions", "belief in the first thought stayed about the "
                         "same ({before} → {after} out of 100)").format(**values)
    if drop < 0:
        return translate("ProgressCaptions", "belief in the first thought was a little "
                         "stronger afterwards ({before} → {after})").format(**values)
    points = round(drop)
    if average:
        text = translate("ProgressCaptions", "belief in the first thought dropped by %n "
                         "points on average ({before} → {after})", None, points)
    else:
        text = translate("ProgressCaptions", "belief in the first thought dropped by %n "
                         "points ({before} → {after})", None, points)
    return text.format(**values)


def _feeling(before: float, after: float, average: bool, fmt: Formats) -> str:
    values = {"before": fmt.decimal(before, 0), "after": fmt.decimal(after, 0)}
    drop = before - after
    if abs(drop) < FLAT_PERCENT:
        return translate("ProgressCaptions", "the feelings with it stayed about the same "
                         "({before} → {after} out of 100)").format(**values)
    if drop < 0:
        return translate("ProgressCaptions", "the feelings with it were a little stronger "
                         "afterwards ({before} → {after})").format(**values)
    points = round(drop)
    if average:
        text = translate("ProgressCaptions", "the feelings with it eased by %n points on "
                         "average ({before} → {after})", None, points)
    else:
        text = translate("ProgressCaptions", "the feelings with it eased by %n points "
                         "({before} → {after})", None, points)
    return text.format(**values)


def thoughts_caption(records: int, belief: tuple[float, float] | None,
                     feeling: tuple[float, float] | None,
                     fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of the thought-record outcome: average belief and feeling before → after.

    Each change is a whole clause ("belief in the first thought dropped by 12 points");
    the sentence around them is one message per shape (one record or several, one clause
    or two), so the clauses' order and the joining word are the translator's.
    """
    if not records or (belief is None and feeling is None):
        return ""
    average = records > 1
    first = _belief(*belief, average, fmt) if belief is not None else None
    second = _feeling(*feeling, average, fmt) if feeling is not None else None
    if first is not None and second is not None:
        if records == 1:
            text = translate("ProgressCaptions", "In your thought record, {belief} and "
                                                 "{feeling}.")
        else:
            text = translate("ProgressCaptions", "Across %Ln thought records, {belief} and "
                                                 "{feeling}.", None, records)
        text = text.format(belief=first, feeling=second)
    else:
        if records == 1:
            text = translate("ProgressCaptions", "In your thought record, {change}.")
        else:
            text = translate("ProgressCaptions", "Across %Ln thought records, {change}.",
                             None, records)
        text = text.format(change=first or second)
    stronger = any(pair is not None and pair[1] - pair[0] >= FLAT_PERCENT
                   for pair in (belief, feeling))
    if stronger:
        text = sentences([text, translate("ProgressCaptions", "That happens sometimes; "
                                          "looking at a thought closely still counts.")])
    return text


def inline(name: str) -> str:
    """A display name as it reads mid-sentence: 'Mind reading' → 'mind reading' (names
    starting with a capitalised word such as 'I' are left alone). Only English lowers the
    first letter: other languages keep names as their content files write them."""
    if language() != "en" and not language().startswith("en_"):
        return name
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def ranking_caption(items: Sequence[tuple[str, int]], kind: str,
                    fmt: Formats = ENGLISH_FORMATS) -> str:
    """'Most often, the thought fell into mind reading (7 times), then fortune telling
    (4).' for kind "traps"; the same about where distrust came from for kind "roots"."""
    if not items:
        return ""
    values = {"name": inline(items[0][0]), "times": times(items[0][1])}
    alone = len(items) == 1
    if len(items) > 1:
        values.update(second=inline(items[1][0]), count=fmt.number(items[1][1]))
    if kind == "traps":
        text = (translate("ProgressCaptions", "Most often, the thought fell into {name} "
                          "({times}).") if alone else
                translate("ProgressCaptions", "Most often, the thought fell into {name} "
                          "({times}), then {second} ({count})."))
    else:
        text = (translate("ProgressCaptions", "Distrust most often seemed to come from "
                          "{name} ({times}).") if alone else
                translate("ProgressCaptions", "Distrust most often seemed to come from "
                          "{name} ({times}), then {second} ({count})."))
    return text.format(**values)


def where_caption(items: Sequence[tuple[str, int]], fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of the share of 'mostly here / mostly my past' answers (id, count)."""
    total = sum(count for _, count in items)
    if not total:
        return ""
    if total == 1:
        return translate("ProgressCaptions", "One answer so far: {answer}. Either answer is "
                         "fine; it shows where to start.").format(
                             answer=where_phrase(items[0][0]))
    parts = [translate("ProgressCaptions", "{count} {answer}", "how many gave one answer, "
                       "in a list").format(count=fmt.number(count), answer=where_phrase(item))
             for item, count in items if count]
    text = translate("ProgressCaptions", "Of %Ln answers: {answers}. Either answer is fine; "
                     "it shows where to start.", None, total)
    return text.format(answers=listed(parts))


def victories_caption(count: int, span: str, top_kind: str | None,
                      fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of small victories: how many, and the most frequent kind."""
    if not count:
        return ""
    if top_kind:
        text = translate("ProgressCaptions", "%Ln small victories {span}, most often "
                         "“{kind}”. Each one counts.", None, count)
    else:
        text = translate("ProgressCaptions", "%Ln small victories {span}. Each one counts.",
                         None, count)
    return text.format(span=span, kind=top_kind or "")


def heatmap_caption(days: int, span: str, fmt: Formats = ENGLISH_FORMATS) -> str:
    """Caption of the calendar: days with any entry or check-in (never the days without)."""
    if not days:
        return ""
    text = translate("ProgressCaptions", "You wrote or checked in on %Ln days {span}.", None,
                     days)
    return text.format(span=span)


def consistency_text(days: int, span: str, fmt: Formats = ENGLISH_FORMATS) -> str:
    """The optional, gentle consistency count (shown only when the setting is on)."""
    if not days:
        return translate("ProgressCaptions", "No check-ins {span} yet. Whenever you're "
                                             "ready.").format(span=span)
    text = translate("ProgressCaptions", "You checked in on %Ln days {span}.", None, days)
    return text.format(span=span)
