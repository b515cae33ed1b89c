"""ProgressData → the series, captions and empty states of every Progress chart.

Values line up with `Dashboard.periods` (one per bar or weekly point). A period with no
data has None, never 0, wherever a 0 would be a real answer (averages, drops); counts
are 0 in a quiet week and None only inside a folded gap.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import field
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.progress import captions
from trustjournal.core.progress.captions import ENGLISH_FORMATS, Formats
from trustjournal.core.progress.data import (
    CHECKIN_METRICS,
    COUNT_AT,
    ROW_TYPES,
    VALUE_AT,
    Columns,
    ProgressData,
    collector_paused,
    columns_of,
)
from trustjournal.core.progress.names import Names, builtin_names, scale_label
from trustjournal.core.progress.trackers import (
    TrackerCharts,
    fold_trackers,
    no_trackers,
    tracker_days,
)
from trustjournal.core.progress.weeks import (
    DayIndex,
    Periods,
    make_periods,
    range_weeks,
)
from trustjournal.core.trackers import TrackerData

TOP_ITEMS = 8  # bars in the traps and root-cause rankings
WHERE_ORDER = ("here", "past", "both", "unsure")
# Trust, anxiety and connection always have a line (an empty one says "not answered");
# the questions added later get one only where they were answered.
ORIGINAL_SCALES = 3


@lazy_dataclass(frozen=True, slots=True)
class TrendLine:
    """One check-in scale: an average per period, and the daily averages behind it."""

    metric: str
    name: str
    values: tuple[float | None, ...]  # per period; None when no check-in had this scale
    counts: tuple[int, ...]  # how many answers each period's average rests on
    weekly: tuple[tuple[dt.date, float], ...]  # (period start, average) where there is one
    daily: tuple[tuple[dt.date, float], ...]  # (day, that day's average)


@lazy_dataclass(frozen=True, slots=True)
class TrendChart:
    """Weekly averages of each check-in question (0–10) with daily points: trust, anxiety
    and connection always, and the other questions wherever they were answered."""

    lines: tuple[TrendLine, ...]
    checkins: int
    caption: str
    empty_text: str

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to draw (show empty_text instead)."""
        return not any(line.daily for line in self.lines)


@lazy_dataclass(frozen=True, slots=True)
class ExerciseStack:
    """One exercise's finished count per period (a layer of the stacked bars)."""

    exercise_id: str
    name: str
    counts: tuple[int | None, ...]
    total: int


@lazy_dataclass(frozen=True, slots=True)
class ExercisesChart:
    """Exercises finished per period, stacked by exercise (most done first)."""

    stacks: tuple[ExerciseStack, ...]
    total: int
    caption: str
    empty_text: str

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to draw (show empty_text instead)."""
        return self.total == 0


@lazy_dataclass(frozen=True, slots=True)
class ThoughtChart:
    """The thought-record outcome: average drop (before − after, in points out of 100) of
    belief and of feeling intensity per period; negative when it rose."""

    records: int
    per_period: tuple[int | None, ...]  # thought records in each period
    belief_drop: tuple[float | None, ...]
    feeling_drop: tuple[float | None, ...]
    belief: tuple[float, float] | None  # average (before, after) over the range
    feeling: tuple[float, float] | None
    caption: str
    empty_text: str

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to draw (show empty_text instead)."""
        return self.belief is None and self.feeling is None


@lazy_dataclass(frozen=True, slots=True)
class RankedItem:
    """One bar of a ranking: the label's id, its display name and how often it came up."""

    id: str
    name: str
    count: int


@lazy_dataclass(frozen=True, slots=True)
class RankingChart:
    """Labels counted over the range, most frequent first (traps, root-cause sources)."""

    items: tuple[RankedItem, ...]  # all of them; the chart draws top()
    caption: str
    empty_text: str

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to draw (show empty_text instead)."""
        return not self.items

    def top(self, count: int = TOP_ITEMS) -> list[tuple[str, int]]:
        """(name, count) of the most frequent, for a bar chart."""
        return [(item.name, item.count) for item in self.items[:count]]


@lazy_dataclass(frozen=True, slots=True)
class ShareItem:
    """One answer and its share of all answers (0–1)."""

    id: str
    name: str
    count: int
    share: float


@lazy_dataclass(frozen=True, slots=True)
class ShareChart:
    """The share of "mostly here / mostly my past / both / not sure" answers."""

    items: tuple[ShareItem, ...]  # here, past, both, unsure (those given), then others
    total: int
    caption: str
    empty_text: str

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to draw (show empty_text instead)."""
        return self.total == 0


class WallItem(NamedTuple):
    """One victory on the wall, with its kind in words (a named tuple: ten years hold
    thousands, and a tuple is made in a third of a frozen dataclass's time)."""

    day: dt.date
    uuid: str
    text: str
    kind: str | None
    kind_name: str | None
    pride: float | None


@lazy_dataclass(frozen=True, slots=True)
class VictoriesChart:
    """Small victories per period, and the wall (newest first)."""

    per_period: tuple[int | None, ...]
    wall: tuple[WallItem, ...]
    caption: str
    empty_text: str

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to draw (show empty_text instead)."""
        return not self.wall


@lazy_dataclass(frozen=True, slots=True)
class Heatmap:
    """Days with any entry or check-in: (day, entries that day), from start to end."""

    cells: tuple[tuple[dt.date, int], ...]
    start: dt.date
    end: dt.date
    caption: str
    empty_text: str

    @property
    def days(self) -> int:
        """How many days have at least one entry."""
        return len(self.cells)

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to draw (show empty_text instead)."""
        return not self.cells


@lazy_dataclass(frozen=True, slots=True)
class Dashboard:
    """Every chart of the Progress page for one range, ready to draw."""

    range_key: str
    span: str  # the range in words, e.g. "in the last 12 weeks", "since 4 Mar 2024"
    start: dt.date
    end: dt.date
    first_weekday: int
    periods: Periods
    notes: tuple[str, ...]  # honest remarks: longer bars, folded gaps, later entries
    trend: TrendChart
    exercises: ExercisesChart
    thoughts: ThoughtChart
    traps: RankingChart
    roots: RankingChart
    where: ShareChart
    victories: VictoriesChart
    heatmap: Heatmap
    checkin_days: int  # the gentle consistency count; the GUI shows it only if asked to
    consistency_text: str
    journal_is_empty: bool
    # Urges, promises, intentions and worries (core/progress/trackers.py).
    trackers: TrackerCharts = field(default_factory=no_trackers)

    @property
    def labels(self) -> list[str]:
        """One category label per period, for bar charts."""
        return [period.label for period in self.periods.periods]

    @property
    def is_empty(self) -> bool:
        """True when nothing at all falls in the range."""
        return self.heatmap.is_empty


def describe_range(range_key: str, start: dt.date, fmt: Formats = ENGLISH_FORMATS) -> str:
    """The range as a whole phrase that follows a verb: 'in the last 12 weeks', 'this
    week', 'since 4 Mar 2024' (for "all" and anything unknown). Captions put it into
    their sentences as {span}, so each range is one translatable phrase."""
    if range_key == "4w":
        return translate("ProgressRange", "in the last 4 weeks")
    if range_key == "12w":
        return translate("ProgressRange", "in the last 12 weeks")
    if range_key == "6m":
        return translate("ProgressRange", "in the last 6 months")
    if range_key == "1y":
        return translate("ProgressRange", "in the last year")
    try:
        weeks = range_weeks(range_key)
    except ValueError:
        weeks = None
    if weeks is None:
        return translate("ProgressRange", "since {date}").format(date=fmt.date(start))
    if weeks == 1:
        return translate("ProgressRange", "this week")
    return translate("ProgressRange", "in the last %n weeks", None, weeks)


def _window(data: ProgressData, today: dt.date) -> tuple[dt.date, dt.date]:
    start = data.start or data.first_day or today
    end = data.end or max(today, data.last_day or today)
    return (start, end) if start <= end else (end, start)


def _gapped(values: Iterable[int], periods: Periods) -> tuple[int | None, ...]:
    """Counts with None for folded gaps (a gap is not a week with nothing done)."""
    return tuple(None if period.gap else value
                 for value, period in zip(values, periods.periods, strict=True))


def _by_column(data: ProgressData, name: str) -> Columns:
    """One kind of row of `data` by column: as decoded from kept figures, else taken
    apart from the rows, so every chart is built by one loop."""
    if data.columns is not None:
        return data.columns[name]
    return columns_of(getattr(data, name), len(ROW_TYPES[name]._fields))


def _indexes(column: Columns, index_of: DayIndex) -> list[int | None]:
    """Each row's period (None: outside), each distinct day looked up once."""
    return column.per_row(index_of.each(column.days))


def _trend(data: ProgressData, periods: Periods, start: dt.date, end: dt.date,
           fmt: Formats) -> TrendChart:
    n = len(periods)
    rows = _by_column(data, "checkins")
    # The dashboard's busiest loops, over years of days: each day's period is looked up
    # once, then each scale (in CHECKIN_METRICS order, read by position) takes one pass
    # over the rows in range, adding in row order as always (the same sums to the last
    # bit).
    indexes = _indexes(rows, periods.within(start, end))
    kept = [at for at, index in enumerate(indexes) if index is not None]
    days, columns = rows.each_day(), rows.values
    if len(kept) != len(indexes):  # only the rows in range
        days, indexes = [days[at] for at in kept], [indexes[at] for at in kept]
        columns = tuple([column[at] for at in kept] for column in columns)
    checkins = sum(columns[0])
    sums: list[list[float]] = []
    counts: list[list[int]] = []
    daily: list[list[tuple[dt.date, float]]] = []
    for value_at, count_at in zip(VALUE_AT, COUNT_AT, strict=True):
        scale_sums, scale_counts = [0.0] * n, [0] * n
        scale_daily: list[tuple[dt.date, float]] = []
        if not any(columns[count_at - 1]):  # a question nobody answered: nothing to add
            sums.append(scale_sums)
            counts.append(scale_counts)
            daily.append(scale_daily)
            continue
        for day, index, value, count in zip(days, indexes, columns[value_at - 1],
                                            columns[count_at - 1], strict=True):
            if value is not None and count:
                scale_sums[index] += value * count
                scale_counts[index] += count
                scale_daily.append((day, value))
        sums.append(scale_sums)
        counts.append(scale_counts)
        daily.append(scale_daily)
    lines: list[TrendLine] = []
    caption_lines: list[tuple[str, list[tuple[float, int]], int]] = []
    for k, metric in enumerate(CHECKIN_METRICS):
        if k >= ORIGINAL_SCALES and not daily[k]:
            continue  # a newer question nobody answered in this range is not a line at all
        values = tuple(s / c if c else None for s, c in zip(sums[k], counts[k], strict=True))
        weekly = tuple((period.start, value) for period, value
                       in zip(periods.periods, values, strict=True) if value is not None)
        points = [(value, i) for i, value in enumerate(values) if value is not None]
        weeks = 0
        if points:
            first, last = periods.periods[points[0][1]], periods.periods[points[-1][1]]
            covered = (min(last.end, end) - max(first.start, start)).days + 1
            weeks = -(-covered // 7)  # whole weeks, the unfinished one counted
        caption_lines.append((metric, points, weeks))
        lines.append(TrendLine(metric, scale_label(metric), values, tuple(counts[k]), weekly,
                               tuple(daily[k])))
    caption = captions.trend_caption(caption_lines, checkins, fmt)
    return TrendChart(tuple(lines), checkins, caption, captions.empty_text("trend"))


def _exercises(data: ProgressData, periods: Periods, names: Names, span: str,
               fmt: Formats) -> ExercisesChart:
    per_id: dict[str, list[int]] = {}
    n = len(periods)
    rows = _by_column(data, "exercises")
    for index, exercise_id, count in zip(_indexes(rows, periods.day_index), *rows.values,
                                         strict=True):
        if index is None:
            continue
        counts = per_id.get(exercise_id)
        if counts is None:
            counts = per_id[exercise_id] = [0] * n
        counts[index] += count
    stacks = sorted((ExerciseStack(exercise_id, names.exercise(exercise_id),
                                   _gapped(counts, periods), sum(counts))
                     for exercise_id, counts in per_id.items()),
                    key=lambda s: (-s.total, s.name))
    total = sum(stack.total for stack in stacks)
    caption = captions.exercises_caption(total, [(s.name, s.total) for s in stacks], span,
                                          fmt)
    return ExercisesChart(tuple(stacks), total, caption, captions.empty_text("exercises"))


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _thoughts(data: ProgressData, periods: Periods, fmt: Formats) -> ThoughtChart:
    n = len(periods)
    records = [0] * n
    belief_drops: list[list[float]] = [[] for _ in range(n)]
    feeling_drops: list[list[float]] = [[] for _ in range(n)]
    # Before and after values in record order, each list summed by _mean as before.
    beliefs: tuple[list[float], list[float]] = ([], [])
    feelings: tuple[list[float], list[float]] = ([], [])
    rows = _by_column(data, "thought_records")
    # By position: uuid, belief before and after, feeling before and after (the drops
    # are ThoughtRecord.belief_drop and feeling_drop, worked out in place).
    for index, _, belief_before, belief_after, feeling_before, feeling_after in zip(
            _indexes(rows, periods.day_index), *rows.values, strict=True):
        if index is None:
            continue
        records[index] += 1
        if belief_before is not None and belief_after is not None:
            belief_drops[index].append(belief_before - belief_after)
            beliefs[0].append(belief_before)
            beliefs[1].append(belief_after)
        if feeling_before is not None and feeling_after is not None:
            feeling_drops[index].append(feeling_before - feeling_after)
            feelings[0].append(feeling_before)
            feelings[1].append(feeling_after)

    def average(pairs: tuple[list[float], list[float]]) -> tuple[float, float] | None:
        if not pairs[0]:
            return None
        return _mean(pairs[0]), _mean(pairs[1])

    belief, feeling = average(beliefs), average(feelings)
    total = sum(records)
    return ThoughtChart(
        total, _gapped(records, periods),
        tuple(_mean(d) if d else None for d in belief_drops),
        tuple(_mean(d) if d else None for d in feeling_drops),
        belief, feeling, captions.thoughts_caption(total, belief, feeling, fmt),
        captions.empty_text("thoughts"))


def _label_counts(data: ProgressData, periods: Periods) -> dict[str, Counter[str]]:
    """metric → label → count over the range (one pass over the label rows)."""
    rows = _by_column(data, "labels")
    # Plain dicts in the loop (a Counter's += is slower, and counting (metric, label)
    # pairs in C slower still: a tuple made and hashed per row); each metric's labels
    # keep the order they first came up in.
    per_metric: dict[str, dict[str, int]] = {}
    for index, metric, label, count in zip(_indexes(rows, periods.day_index), *rows.values,
                                           strict=True):
        if index is not None:
            labels = per_metric.get(metric)
            if labels is None:
                labels = per_metric[metric] = {}
            labels[label] = labels.get(label, 0) + count
    return {metric: Counter(labels) for metric, labels in per_metric.items()}


def _ranking(counts: Counter[str], name_of: Callable[[str], str], kind: str,
             fmt: Formats) -> RankingChart:
    items = sorted((RankedItem(label, name_of(label), count)
                    for label, count in counts.items() if count),
                   key=lambda item: (-item.count, item.name))
    caption = captions.ranking_caption([(i.name, i.count) for i in items], kind, fmt)
    return RankingChart(tuple(items), caption, captions.empty_text(kind))


def _where(counts: Counter[str], names: Names, fmt: Formats) -> ShareChart:
    total = sum(counts.values())
    order = [key for key in WHERE_ORDER if counts.get(key)] + sorted(
        key for key in counts if key not in WHERE_ORDER and counts[key])
    items = tuple(ShareItem(key, names.option("root_where", key), counts[key],
                            counts[key] / total) for key in order)
    caption = captions.where_caption([(item.id, item.count) for item in items], fmt)
    return ShareChart(items, total, caption, captions.empty_text("where"))


_day_of = itemgetter(0)  # a row's day (every row tuple starts with it)


def _victories(data: ProgressData, periods: Periods, names: Names, span: str,
               fmt: Formats) -> VictoriesChart:
    per_period = [0] * len(periods)
    # (day, uuid, text, kind, pride) of each victory in range, in row order.
    kept: list[tuple[dt.date, str, str, str | None, float | None]] = []
    rows = _by_column(data, "victories")
    for index, victory in zip(_indexes(rows, periods.day_index),
                              zip(rows.each_day(), *rows.values, strict=True), strict=True):
        if index is None:
            continue
        per_period[index] += 1
        kept.append(victory)
    kinds = Counter(v[3] for v in kept if v[3])
    top = kinds.most_common(1)
    top_kind = names.option("victory_kind", top[0][0]) if top and top[0][1] > 1 else None
    # Each kind's name looked up once, not once per victory on the wall.
    kind_names = {kind: names.option("victory_kind", kind) for kind in kinds}
    new = tuple.__new__  # the named tuple's own __new__ is a Python call per item
    wall = tuple([new(WallItem, (day, uuid, text, kind, kind_names[kind] if kind else None,
                                 pride))
                  for day, uuid, text, kind, pride in sorted(kept, key=_day_of, reverse=True)])
    caption = captions.victories_caption(len(kept), span, top_kind, fmt)
    return VictoriesChart(_gapped(per_period, periods), wall, caption,
                          captions.empty_text("victories"))


def build_dashboard(data: ProgressData, *, today: dt.date, first_weekday: int = 0,
                    range_key: str = "12w", names: Names | None = None,
                    trackers: TrackerData | None = None,
                    formats: Formats = ENGLISH_FORMATS) -> Dashboard:
    """Turn one range's ProgressData (and TrackerData, read for the same days) into
    every chart's series, caption and empty state.

    The range is data.start..data.end; an open end ("all") runs from the first entry or
    tracker record to today, or to the last entry when some are dated later. `formats`
    writes the numbers and dates inside the captions (the GUI passes QLocale's).
    """
    with collector_paused():
        return _build(data, today, first_weekday, range_key, names or builtin_names(),
                      trackers or TrackerData(), formats)


def _build(data: ProgressData, today: dt.date, first_weekday: int, range_key: str,
           names: Names, trackers: TrackerData, fmt: Formats) -> Dashboard:
    start, end = _window(data, today)
    if data.start is None and trackers.first_day is not None:
        start = min(start, trackers.first_day)
    by_day = _by_column(data, "activity")  # one row a day
    periods = make_periods(start, end, first_weekday,
                           chain(by_day.days, tracker_days(trackers)))
    span = describe_range(range_key, start, fmt)
    notes: list[str] = []
    if periods.weeks > 1:
        notes.append(captions.bar_note(periods.weeks))
    if periods.gaps:
        notes.append(translate("ProgressDashboard", "Long stretches with no entries are "
                                                   "folded into a single gap."))
    if data.end is not None and data.last_day is not None and data.last_day > data.end:
        notes.append(translate("ProgressDashboard", "Some entries are dated after {date}; "
                               "“All” includes them.").format(date=fmt.date(data.end)))
    if not data.journal_is_empty and not by_day.days and not any(tracker_days(trackers)):
        notes.append(translate("ProgressDashboard", "Nothing is dated {span}; “All” shows "
                                                   "every entry.").format(span=span))

    # Ours hold one row a day; a kept row that says otherwise still builds, as rows did.
    activity = [row for row in zip(by_day.each_day(), *by_day.values, strict=True)
                if start <= row[0] <= end]
    cells = tuple((day, entries) for day, entries, _ in activity if entries)
    checkin_days = sum(1 for _, _, checkins in activity if checkins)
    heatmap = Heatmap(cells, start, end, captions.heatmap_caption(len(cells), span, fmt),
                      captions.empty_text("heatmap"))
    labels = _label_counts(data, periods)
    where = _where(labels.get("root_where", Counter()), names, fmt)
    return Dashboard(
        range_key=range_key, span=span, start=start, end=end, first_weekday=first_weekday,
        periods=periods, notes=tuple(notes),
        trend=_trend(data, periods, start, end, fmt),
        exercises=_exercises(data, periods, names, span, fmt),
        thoughts=_thoughts(data, periods, fmt),
        traps=_ranking(labels.get("trap", Counter()), names.trap, "traps", fmt),
        roots=_ranking(labels.get("root_source", Counter()),
                       lambda label: names.option("root_source", label), "roots", fmt),
        where=where,
        victories=_victories(data, periods, names, span, fmt),
        heatmap=heatmap,
        checkin_days=checkin_days,
        consistency_text=captions.consistency_text(checkin_days, span, fmt),
        journal_is_empty=data.journal_is_empty,
        trackers=fold_trackers(trackers, periods, start, end, span, fmt),
    )
