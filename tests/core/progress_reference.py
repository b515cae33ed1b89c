"""The Progress dashboard computed the plain way, row by row through
`Periods.index_of`, as core.progress did before its loops were tuned for ten-year
journals. Tests build both and ask for equal dashboards, so every value the page shows
(floats to the last bit, the order of every tuple, every caption) stays what it was."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain

from trustjournal.core.i18n import translate
from trustjournal.core.progress import captions
from trustjournal.core.progress import tracker_words as words
from trustjournal.core.progress.captions import ENGLISH_FORMATS, Formats, ends
from trustjournal.core.progress.dashboard import (
    ORIGINAL_SCALES,
    WHERE_ORDER,
    Dashboard,
    ExercisesChart,
    ExerciseStack,
    Heatmap,
    RankedItem,
    RankingChart,
    ShareChart,
    ShareItem,
    ThoughtChart,
    TrendChart,
    TrendLine,
    VictoriesChart,
    WallItem,
    describe_range,
)
from trustjournal.core.progress.data import CHECKIN_METRICS, ProgressData
from trustjournal.core.progress.names import Names, builtin_names, scale_label
from trustjournal.core.progress.trackers import (
    INTENTION_SLOTS,
    PEOPLE,
    IntentionsChart,
    PromiseLine,
    PromisesChart,
    TrackerCharts,
    UrgesChart,
    calibration,
)
from trustjournal.core.progress.weeks import Periods, make_periods
from trustjournal.core.trackers import TrackerData


def reference_dashboard(data: ProgressData, *, today: dt.date, first_weekday: int = 0,
                        range_key: str = "12w", names: Names | None = None,
                        trackers: TrackerData | None = None,
                        formats: Formats = ENGLISH_FORMATS) -> Dashboard:
    """What build_dashboard gives, computed one row at a time."""
    names = names or builtin_names()
    trackers = trackers or TrackerData()
    fmt = formats
    start = data.start or data.first_day or today
    end = data.end or max(today, data.last_day or today)
    start, end = (start, end) if start <= end else (end, start)
    if data.start is None and trackers.first_day is not None:
        start = min(start, trackers.first_day)
    days = list(tracker_days(trackers))
    periods = make_periods(start, end, first_weekday,
                           chain((row.day for row in data.activity), days))
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
    if not data.journal_is_empty and not data.activity and not days:
        notes.append(translate("ProgressDashboard", "Nothing is dated {span}; “All” shows "
                                                   "every entry.").format(span=span))
    activity = [row for row in data.activity if start <= row.day <= end]
    cells = tuple((row.day, row.entries) for row in activity if row.entries)
    checkin_days = sum(1 for row in activity if row.checkins)
    labels: dict[str, Counter[str]] = {}
    for row in data.labels:
        if periods.index_of(row.day) is not None:
            labels.setdefault(row.metric, Counter())[row.label] += row.count
    return Dashboard(
        range_key=range_key, span=span, start=start, end=end, first_weekday=first_weekday,
        periods=periods, notes=tuple(notes),
        trend=_trend(data, periods, start, end, fmt),
        exercises=_exercises(data, periods, names, span, fmt),
        thoughts=_thoughts(data, periods, fmt),
        traps=_ranking(labels.get("trap", Counter()), names.trap, "traps", fmt),
        roots=_ranking(labels.get("root_source", Counter()),
                       lambda label: names.option("root_source", label), "roots", fmt),
        where=_where(labels.get("root_where", Counter()), names, fmt),
        victories=_victories(data, periods, names, span, fmt),
        heatmap=Heatmap(cells, start, end, captions.heatmap_caption(len(cells), span, fmt),
                        captions.empty_text("heatmap")),
        checkin_days=checkin_days,
        consistency_text=captions.consistency_text(checkin_days, span, fmt),
        journal_is_empty=data.journal_is_empty,
        trackers=TrackerCharts(_urges(trackers, periods, start, end, span, fmt),
                               _promises(trackers, periods, start, end, span, fmt),
                               _intentions(trackers, periods, start, end, span, fmt),
                               calibration(trackers, fmt), trackers.first_day is not None),
    )


def tracker_days(data: TrackerData) -> Iterable[dt.date]:
    for rows in (data.urges, data.promises, data.intentions):
        for row in rows:
            yield row.day


def _index(periods: Periods, day: dt.date, start: dt.date, end: dt.date) -> int | None:
    return periods.index_of(day) if start <= day <= end else None


def _gapped(values: Iterable[int], periods: Periods) -> tuple[int | None, ...]:
    return tuple(None if period.gap else value
                 for value, period in zip(values, periods.periods, strict=True))


def _ratio(part: list[int], whole: list[int]) -> tuple[float | None, ...]:
    return tuple(p / w if w else None for p, w in zip(part, whole, strict=True))


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _trend(data: ProgressData, periods: Periods, start: dt.date, end: dt.date,
           fmt: Formats) -> TrendChart:
    n = len(periods)
    sums = {metric: [0.0] * n for metric in CHECKIN_METRICS}
    counts = {metric: [0] * n for metric in CHECKIN_METRICS}
    daily: dict[str, list[tuple[dt.date, float]]] = {metric: [] for metric in CHECKIN_METRICS}
    checkins = 0
    for row in data.checkins:
        index = _index(periods, row.day, start, end)
        if index is None:
            continue
        checkins += row.checkins
        for metric in CHECKIN_METRICS:
            value, count = row.value(metric)
            if value is not None and count:
                sums[metric][index] += value * count
                counts[metric][index] += count
                daily[metric].append((row.day, value))
    lines, caption_lines = [], []
    for k, metric in enumerate(CHECKIN_METRICS):
        if k >= ORIGINAL_SCALES and not daily[metric]:
            continue
        values = tuple(s / c if c else None for s, c in zip(sums[metric], counts[metric],
                                                            strict=True))
        weekly = tuple((period.start, value) for period, value
                       in zip(periods.periods, values, strict=True) if value is not None)
        points = [(value, i) for i, value in enumerate(values) if value is not None]
        weeks = 0
        if points:
            first, last = periods.periods[points[0][1]], periods.periods[points[-1][1]]
            weeks = -(-((min(last.end, end) - max(first.start, start)).days + 1) // 7)
        caption_lines.append((metric, points, weeks))
        lines.append(TrendLine(metric, scale_label(metric), values, tuple(counts[metric]),
                               weekly, tuple(daily[metric])))
    return TrendChart(tuple(lines), checkins, captions.trend_caption(caption_lines, checkins, fmt),
                      captions.empty_text("trend"))


def _exercises(data: ProgressData, periods: Periods, names: Names, span: str,
               fmt: Formats) -> ExercisesChart:
    per_id: dict[str, list[int]] = {}
    for row in data.exercises:
        index = periods.index_of(row.day)
        if index is not None:
            per_id.setdefault(row.exercise_id, [0] * len(periods))[index] += row.count
    stacks = sorted((ExerciseStack(exercise_id, names.exercise(exercise_id),
                                   _gapped(counts, periods), sum(counts))
                     for exercise_id, counts in per_id.items()),
                    key=lambda s: (-s.total, s.name))
    total = sum(stack.total for stack in stacks)
    return ExercisesChart(tuple(stacks), total, captions.exercises_caption(
        total, [(s.name, s.total) for s in stacks], span, fmt), captions.empty_text("exercises"))


def _thoughts(data: ProgressData, periods: Periods, fmt: Formats) -> ThoughtChart:
    n = len(periods)
    records = [0] * n
    belief_drops: list[list[float]] = [[] for _ in range(n)]
    feeling_drops: list[list[float]] = [[] for _ in range(n)]
    belief_pairs, feeling_pairs = [], []
    for record in data.thought_records:
        index = periods.index_of(record.day)
        if index is None:
            continue
        records[index] += 1
        if record.belief_drop is not None:
            belief_drops[index].append(record.belief_drop)
            belief_pairs.append((record.belief_before, record.belief_after))
        if record.feeling_drop is not None:
            feeling_drops[index].append(record.feeling_drop)
            feeling_pairs.append((record.feeling_before, record.feeling_after))

    def average(pairs: list) -> tuple[float, float] | None:  # type: ignore[type-arg]
        if not pairs:
            return None
        return _mean([p[0] for p in pairs]), _mean([p[1] for p in pairs])

    belief, feeling = average(belief_pairs), average(feeling_pairs)
    total = sum(records)
    return ThoughtChart(total, _gapped(records, periods),
                        tuple(_mean(d) if d else None for d in belief_drops),
                        tuple(_mean(d) if d else None for d in feeling_drops),
                        belief, feeling, captions.thoughts_caption(total, belief, feeling, fmt),
                        captions.empty_text("thoughts"))


def _ranking(counts: Counter[str], name_of: Callable[[str], str], kind: str,
             fmt: Formats) -> RankingChart:
    items = sorted((RankedItem(label, name_of(label), count)
                    for label, count in counts.items() if count),
                   key=lambda item: (-item.count, item.name))
    return RankingChart(tuple(items), captions.ranking_caption(
        [(i.name, i.count) for i in items], kind, fmt), captions.empty_text(kind))


def _where(counts: Counter[str], names: Names, fmt: Formats) -> ShareChart:
    total = sum(counts.values())
    order = [key for key in WHERE_ORDER if counts.get(key)] + sorted(
        key for key in counts if key not in WHERE_ORDER and counts[key])
    items = tuple(ShareItem(key, names.option("root_where", key), counts[key],
                            counts[key] / total) for key in order)
    return ShareChart(items, total, captions.where_caption(
        [(item.id, item.count) for item in items], fmt), captions.empty_text("where"))


def _victories(data: ProgressData, periods: Periods, names: Names, span: str,
               fmt: Formats) -> VictoriesChart:
    per_period = [0] * len(periods)
    kept = []
    for victory in data.victories:
        index = periods.index_of(victory.day)
        if index is not None:
            per_period[index] += 1
            kept.append(victory)
    kinds = Counter(v.kind for v in kept if v.kind)
    top = kinds.most_common(1)
    top_kind = names.option("victory_kind", top[0][0]) if top and top[0][1] > 1 else None
    wall = tuple(WallItem(v.day, v.uuid, v.text, v.kind,
                          names.option("victory_kind", v.kind) if v.kind else None, v.pride)
                 for v in sorted(kept, key=lambda v: v.day, reverse=True))
    return VictoriesChart(_gapped(per_period, periods), wall,
                          captions.victories_caption(len(kept), span, top_kind, fmt),
                          captions.empty_text("victories"))


def _urges(data: TrackerData, periods: Periods, start: dt.date, end: dt.date, span: str,
           fmt: Formats) -> UrgesChart:
    n = len(periods)
    resisted, partly, acted, urges, peaks = [0] * n, [0] * n, [0] * n, [0] * n, [0] * n
    daily = []
    for row in data.urges:
        index = _index(periods, row.day, start, end)
        if index is None or not row.urges:
            continue
        urges[index] += row.urges
        resisted[index] += row.resisted
        partly[index] += row.partly
        acted[index] += row.acted
        peaks[index] += row.peak_sum
        daily.append((row.day, row.peak_sum / row.urges))
    total = sum(urges)
    share, mean_peak = _ratio(resisted, urges), _ratio(peaks, urges)
    share_points = [(value, i) for i, value in enumerate(share) if value is not None]
    share_ends = ends(share_points) if len(share_points) > 1 else None
    peak_points = [(value, i) for i, value in enumerate(mean_peak) if value is not None]
    peak_ends = None
    if len(peak_points) > 1:
        first, last = periods.periods[peak_points[0][1]], periods.periods[peak_points[-1][1]]
        weeks = -(-((min(last.end, end) - max(first.start, start)).days + 1) // 7)
        peak_ends = (*ends(peak_points), weeks)
    mean_all = sum(peaks) / total if total else None
    return UrgesChart(
        _gapped(resisted, periods), _gapped(partly, periods), _gapped(acted, periods),
        share, mean_peak, tuple(daily), total, sum(resisted), sum(partly), sum(acted),
        mean_all, words.urges_caption(total, sum(resisted), sum(partly), span, share_ends,
                                      peak_ends, fmt),
        words.strength_caption(total, mean_all, span, fmt),
        words.empty_text("urges"), words.empty_text("urge_strength"))


def _promises(data: TrackerData, periods: Periods, start: dt.date, end: dt.date, span: str,
              fmt: Formats) -> PromisesChart:
    n = len(periods)
    counts: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for row in data.promises:
        index = _index(periods, row.day, start, end)
        if index is None:
            continue
        kept, broken, again = counts.setdefault(row.by, ([0] * n, [0] * n, [0] * n))
        kept[index] += row.kept
        broken[index] += row.broken
        again[index] += row.renegotiated
    people = []
    for by in [by for by in PEOPLE if by in counts] + sorted(set(counts) - set(PEOPLE)):
        kept, broken, again = counts[by]
        if not (sum(kept) or sum(broken) or sum(again)):
            continue
        settled = [k + b + a for k, b, a in zip(kept, broken, again, strict=True)]
        people.append(PromiseLine(
            by, words.person_name(by), _gapped(kept, periods), _gapped(broken, periods),
            _gapped(again, periods), _ratio(kept, settled), sum(kept), sum(broken), sum(again)))
    caption = words.promises_caption(
        [(line.by, line.total_kept, line.total_broken, line.total_renegotiated)
         for line in people], data.open_promises, span, fmt)
    return PromisesChart(tuple(people), data.open_promises, caption,
                         words.empty_text("promises"))


def _intentions(data: TrackerData, periods: Periods, start: dt.date, end: dt.date, span: str,
                fmt: Formats) -> IntentionsChart:
    n = len(periods)
    slots = [[0] * n for _ in range(4)]
    for row in data.intentions:
        index = _index(periods, row.day, start, end)
        if index is not None:
            slots[INTENTION_SLOTS.get(row.outcome, 3)][index] += 1
    done, partly, not_today, unchecked = (sum(slot) for slot in slots)
    return IntentionsChart(
        *(_gapped(slot, periods) for slot in slots), done, partly, not_today, unchecked,
        words.intentions_caption(done, partly, not_today, unchecked, span, fmt),
        words.empty_text("intentions"))
