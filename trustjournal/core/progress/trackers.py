"""Tracker rows (core.trackers.TrackerData, per day from storage) → the Progress charts of
urges, promises, intentions and worries, on the same periods as every other chart.

Values line up with `Dashboard.periods`: counts are 0 in a quiet week and None inside a
folded gap; shares and averages are None where there is nothing to divide. Worries carry
no day (storage counts settled ones by sureness over the range), so calibration is one
set of bands for the whole range, not a weekly series.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from itertools import chain
from operator import itemgetter

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.progress import tracker_words as words
from trustjournal.core.progress.captions import ENGLISH_FORMATS, Formats, ends
from trustjournal.core.progress.weeks import Periods
from trustjournal.core.trackers import TrackerData

# Sureness bands of the calibration, lowest first: (lowest %, highest %, chart label,
# how a sentence says it: "fears you were at least 80 % sure of").
# Both texts are translated where they are used (context "ProgressTrackerCharts").
SURENESS_BANDS: tuple[tuple[int, int, str, str], ...] = (
    (0, 49, QT_TRANSLATE_NOOP("ProgressTrackerCharts", "Under 50 %"),
     QT_TRANSLATE_NOOP("ProgressTrackerCharts", "less than 50 %")),
    (50, 79, QT_TRANSLATE_NOOP("ProgressTrackerCharts", "50–79 %"),
     QT_TRANSLATE_NOOP("ProgressTrackerCharts", "50–79 %")),
    (80, 100, QT_TRANSLATE_NOOP("ProgressTrackerCharts", "80 % or more"),
     QT_TRANSLATE_NOOP("ProgressTrackerCharts", "at least 80 %")),
)
PEOPLE = ("me", "partner", "us")  # PromiseBy values, in the order they are shown

Counts = tuple[int | None, ...]
Shares = tuple[float | None, ...]


@lazy_dataclass(frozen=True, slots=True)
class UrgesChart:
    """Urges per period by how they ended, the resisted share and the average strength."""

    resisted: Counts
    partly: Counts
    acted: Counts
    resisted_share: Shares  # resisted ÷ urges per period (None: no urges)
    mean_peak: Shares  # average peak strength 0–10 per period (None: no urges)
    daily_peak: tuple[tuple[dt.date, float], ...]  # (day, that day's average peak)
    total: int
    total_resisted: int
    total_partly: int
    total_acted: int
    mean_peak_all: float | None
    caption: str
    strength_caption: str
    empty_text: str
    strength_empty_text: str

    @property
    def is_empty(self) -> bool:
        """True when no urge falls in the range (show empty_text instead)."""
        return self.total == 0

    @property
    def resisted_share_all(self) -> float | None:
        """Share of all urges in the range that were resisted (None without urges)."""
        return self.total_resisted / self.total if self.total else None


@lazy_dataclass(frozen=True, slots=True)
class PromiseLine:
    """One person's settled promises per period (me, my partner, us)."""

    by: str
    name: str
    kept: Counts
    broken: Counts
    renegotiated: Counts
    kept_share: Shares  # kept ÷ settled per period (None: nothing settled)
    total_kept: int
    total_broken: int
    total_renegotiated: int

    @property
    def settled(self) -> int:
        """How many of this person's promises were settled in the range."""
        return self.total_kept + self.total_broken + self.total_renegotiated

    @property
    def kept_share_all(self) -> float | None:
        """Share of this person's settled promises that were kept."""
        return self.total_kept / self.settled if self.settled else None


@lazy_dataclass(frozen=True, slots=True)
class PromisesChart:
    """The kept share of settled promises per period for each person who has some."""

    people: tuple[PromiseLine, ...]  # only people with a promise settled in the range
    open_promises: int
    caption: str
    empty_text: str

    @property
    def settled(self) -> int:
        """How many promises were settled in the range."""
        return sum(line.settled for line in self.people)

    @property
    def is_empty(self) -> bool:
        """True when no promise was settled in the range."""
        return not self.people


@lazy_dataclass(frozen=True, slots=True)
class IntentionsChart:
    """Daily intentions per period by how they went (unchecked: not looked back on yet)."""

    done: Counts
    partly: Counts
    not_today: Counts
    unchecked: Counts
    total_done: int
    total_partly: int
    total_not_today: int
    total_unchecked: int
    caption: str
    empty_text: str

    @property
    def total(self) -> int:
        """How many intentions were set in the range."""
        return self.total_done + self.total_partly + self.total_not_today + self.total_unchecked

    @property
    def is_empty(self) -> bool:
        return self.total == 0


@lazy_dataclass(frozen=True, slots=True)
class CalibrationBand:
    """Worries looked at again whose sureness fell in low..high %, and what happened."""

    low: int
    high: int
    label: str
    phrase: str
    came_true: int
    partly: int
    did_not: int
    mean_sureness: float | None  # how sure, on average, of the worries in this band

    @property
    def total(self) -> int:
        return self.came_true + self.partly + self.did_not

    @property
    def came_true_share(self) -> float | None:
        """Share of this band's worries that came true (fully)."""
        return self.came_true / self.total if self.total else None

    @property
    def partly_share(self) -> float | None:
        """Share of this band's worries that partly came true."""
        return self.partly / self.total if self.total else None


@lazy_dataclass(frozen=True, slots=True)
class CalibrationChart:
    """How sure the person was of their fears against how often they came true."""

    bands: tuple[CalibrationBand, ...]  # every band, lowest sureness first
    open_worries: int
    caption: str
    empty_text: str

    @property
    def total(self) -> int:
        """How many worries were looked at again in the range."""
        return sum(band.total for band in self.bands)

    @property
    def came_true(self) -> int:
        return sum(band.came_true for band in self.bands)

    @property
    def is_empty(self) -> bool:
        return self.total == 0


@lazy_dataclass(frozen=True, slots=True)
class TrackerCharts:
    """Every tracker chart of the Progress page for one range.

    `has_records` is False when the journal has no tracker record at all: the page then
    leaves the tracker cards out rather than showing four empty ones.
    """

    urges: UrgesChart
    promises: PromisesChart
    intentions: IntentionsChart
    calibration: CalibrationChart
    has_records: bool

    @property
    def is_empty(self) -> bool:
        """True when nothing of the trackers falls in the range."""
        return (self.urges.is_empty and self.promises.is_empty and self.intentions.is_empty
                and self.calibration.is_empty)

    def captions(self) -> tuple[str, ...]:
        """Each tracker chart's caption that has something to say, in page order."""
        texts = (self.urges.caption, self.promises.caption, self.intentions.caption,
                 self.calibration.caption)
        return tuple(text for text in texts if text)


def tracker_days(data: TrackerData) -> Iterable[dt.date]:
    """Every day a tracker row falls on (for the chart periods' active weeks)."""
    # Walked in C: ten years of daily urges and intentions are thousands of rows.
    return chain(map(_day_of, data.urges), map(_day_of, data.promises),
                 map(_day_of, data.intentions))


_day_of = itemgetter(0)  # a row's day (every row tuple starts with it)


def _gapped(values: Sequence[int], periods: Periods) -> Counts:
    return tuple(None if period.gap else value
                 for value, period in zip(values, periods.periods, strict=True))


def _ratio(part: Sequence[int], whole: Sequence[int]) -> Shares:
    return tuple(p / w if w else None for p, w in zip(part, whole, strict=True))


def _urges(data: TrackerData, periods: Periods, start: dt.date, end: dt.date,
           span: str, fmt: Formats) -> UrgesChart:
    n = len(periods)
    resisted, partly, acted, urges, peaks = [0] * n, [0] * n, [0] * n, [0] * n, [0] * n
    daily: list[tuple[dt.date, float]] = []
    index_of = periods.within(start, end)
    # By position, in UrgeDay's field order.
    for day, count, resisted_count, partly_count, acted_count, peak_sum in data.urges:
        index = index_of[day]
        if index is None or not count:
            continue
        urges[index] += count
        resisted[index] += resisted_count
        partly[index] += partly_count
        acted[index] += acted_count
        peaks[index] += peak_sum
        daily.append((day, peak_sum / count))
    total = sum(urges)
    share = _ratio(resisted, urges)
    mean_peak = _ratio(peaks, urges)
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
        mean_all,
        words.urges_caption(total, sum(resisted), sum(partly), span, share_ends, peak_ends,
                            fmt),
        words.strength_caption(total, mean_all, span, fmt),
        words.empty_text("urges"), words.empty_text("urge_strength"))


def _promises(data: TrackerData, periods: Periods, start: dt.date, end: dt.date,
              span: str, fmt: Formats) -> PromisesChart:
    n = len(periods)
    counts: dict[str, tuple[list[int], list[int], list[int]]] = {}
    index_of = periods.within(start, end)
    for row in data.promises:
        index = index_of[row.day]
        if index is None:
            continue
        kept, broken, again = counts.setdefault(row.by, ([0] * n, [0] * n, [0] * n))
        kept[index] += row.kept
        broken[index] += row.broken
        again[index] += row.renegotiated
    order = [by for by in PEOPLE if by in counts] + sorted(set(counts) - set(PEOPLE))
    people = []
    for by in order:
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


INTENTION_SLOTS = {"done": 0, "partly": 1, "not_today": 2, None: 3}


def _intentions(data: TrackerData, periods: Periods, start: dt.date, end: dt.date,
                span: str, fmt: Formats) -> IntentionsChart:
    n = len(periods)
    slots = [[0] * n for _ in range(4)]
    index_of = periods.within(start, end)
    for day, outcome in data.intentions:
        index = index_of[day]
        if index is None:
            continue
        slots[INTENTION_SLOTS.get(outcome, 3)][index] += 1
    done, partly, not_today, unchecked = (sum(slot) for slot in slots)
    return IntentionsChart(
        *(_gapped(slot, periods) for slot in slots), done, partly, not_today, unchecked,
        words.intentions_caption(done, partly, not_today, unchecked, span, fmt),
        words.empty_text("intentions"))


def band_of(sureness: int) -> int:
    """Index in SURENESS_BANDS of the band holding a sureness (0–100 %)."""
    for index, (low, high, _, _) in enumerate(SURENESS_BANDS):
        if low <= sureness <= high:
            return index
    return 0 if sureness < 0 else len(SURENESS_BANDS) - 1


def calibration(data: TrackerData, fmt: Formats = ENGLISH_FORMATS) -> CalibrationChart:
    """The worry calibration over all settled worries in `data` (they carry no day).
    Band labels and phrases come out in the current language."""
    tallies = [[0, 0, 0, 0] for _ in SURENESS_BANDS]  # came true, partly, did not, Σ sure
    for row in data.worries:
        tally = tallies[band_of(row.sureness)]
        slot = {"came_true": 0, "partly": 1}.get(row.outcome, 2)
        tally[slot] += row.count
        tally[3] += row.sureness * row.count
    bands = []
    for index, (came, partly, did_not, sure) in enumerate(tallies):
        low, high = SURENESS_BANDS[index][:2]
        label, phrase = band_words(index)
        total = came + partly + did_not
        bands.append(CalibrationBand(low, high, label, phrase, came, partly, did_not,
                                     sure / total if total else None))
    caption = words.calibration_caption(
        [(band.phrase, band.total, band.came_true, band.partly) for band in bands],
        data.open_worries, fmt)
    return CalibrationChart(tuple(bands), data.open_worries, caption,
                            words.empty_text("calibration"))


def band_words(index: int) -> tuple[str, str]:
    """A sureness band's chart label and its phrase in a sentence, translated."""
    label, phrase = SURENESS_BANDS[index][2:]
    return translate("ProgressTrackerCharts", label), translate("ProgressTrackerCharts", phrase)


def fold_trackers(data: TrackerData, periods: Periods, start: dt.date, end: dt.date,
                  span: str, fmt: Formats = ENGLISH_FORMATS) -> TrackerCharts:
    """Fold one range's tracker rows into the charts, on the dashboard's periods.

    Rows outside start..end or inside a folded gap are left out, like entries are.
    """
    return TrackerCharts(_urges(data, periods, start, end, span, fmt),
                         _promises(data, periods, start, end, span, fmt),
                         _intentions(data, periods, start, end, span, fmt),
                         calibration(data, fmt), data.first_day is not None)


def no_trackers() -> TrackerCharts:
    """The tracker part of a dashboard built without tracker data: empty, no records."""
    empty_day = dt.date(1970, 1, 1)
    return fold_trackers(TrackerData(), Periods((), 1, 0, 0, {}), empty_day, empty_day, "")


__all__ = ["SURENESS_BANDS", "CalibrationBand", "CalibrationChart", "IntentionsChart",
           "PromiseLine", "PromisesChart", "TrackerCharts", "UrgesChart", "band_of",
           "calibration", "fold_trackers", "no_trackers", "tracker_days"]
