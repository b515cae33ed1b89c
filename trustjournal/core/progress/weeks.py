"""Weeks, ranges and chart periods, all on local dates (never UTC, never ISO weeks).

A week starts on `first_weekday` (0 = Monday … 6 = Sunday, as `datetime.weekday()`):
the GUI passes the locale's, the CLI guesses it from the locale environment or takes
--week-start. Dates, not datetimes, so daylight-saving changes cannot move a day into
another week.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import field

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass

ONE_DAY = dt.timedelta(days=1)
ONE_WEEK = dt.timedelta(days=7)

# Range keys the Progress page offers, and how many whole weeks each covers (the current,
# unfinished week included). "all" runs from the first entry to today (or later entries).
RANGES: tuple[str, ...] = ("4w", "12w", "6m", "1y", "all")
RANGE_WEEKS: dict[str, int] = {"4w": 4, "12w": 12, "6m": 26, "1y": 52}
_WEEKS_KEY = re.compile(r"([1-9][0-9]{0,3})w")

# More bars than this stop being readable, so longer ranges use periods of several weeks.
MAX_PERIODS = 60
# Period lengths in weeks, tried in order: whole weeks, fortnights, four weeks, quarters,
# half years, years (then whole multiples of a year).
NICE_PERIOD_WEEKS: tuple[int, ...] = (1, 2, 4, 13, 26, 52)
# In a long range, a stretch with no entries longer than this is drawn as one gap.
LONG_GAP_WEEKS = 26

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Territories whose calendars start the week on Sunday, Saturday or Friday (after
# CLDR's weekData); everyone else starts on Monday.
_SUNDAY_FIRST = (
    "AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH "
    "MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW")
_SATURDAY_FIRST = "AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY"
_FRIDAY_FIRST = "MV"


def week_start(day: dt.date, first_weekday: int = 0) -> dt.date:
    """The first day of the week holding `day`, for weeks starting on first_weekday."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def parse_week_start(name: str) -> int:
    """'mon'/'sun'/'sat' (or any weekday's first three letters) → 0..6; ValueError else."""
    key = name.strip().lower()[:3]
    if key not in WEEKDAYS:
        raise ValueError(translate("ProgressWeeks", "'{name}' is not a weekday; use mon, sun "
                                   "or sat").format(name=name))
    return WEEKDAYS.index(key)


def first_weekday_from_env(env: Mapping[str, str] | None = None) -> int:
    """Guess the first day of the week from LC_ALL / LC_TIME / LANG (e.g. en_US.UTF-8 →
    Sunday). Monday when the locale names no territory (C, POSIX) or an unknown one."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = env.get(name, "")
        if value:
            break
    else:
        return 0
    locale_name = value.split(".")[0].split("@")[0]
    territory = locale_name.partition("_")[2].upper()
    if len(territory) != 2:
        return 0
    for codes, weekday in ((_SUNDAY_FIRST, 6), (_SATURDAY_FIRST, 5), (_FRIDAY_FIRST, 4)):
        if territory in codes.split():
            return weekday
    return 0


def range_weeks(key: str) -> int | None:
    """How many weeks a range key covers: '4w', '12w', '6m', '1y', or any 'Nw' (N from 1
    to 9999); None for "all". ValueError for anything else."""
    if key == "all":
        return None
    if key in RANGE_WEEKS:
        return RANGE_WEEKS[key]
    match = _WEEKS_KEY.fullmatch(key)
    if match is None:
        raise ValueError(translate("ProgressWeeks", "unknown range '{key}' (known: {ranges}, "
                                   "or Nw)").format(key=key, ranges=", ".join(RANGES)))
    return int(match.group(1))


def range_bounds(key: str, today: dt.date,
                 first_weekday: int = 0) -> tuple[dt.date | None, dt.date | None]:
    """The days to ask storage for: whole weeks up to today, or (None, None) for "all".

    "4w", "12w", "6m" (26 weeks), "1y" (52 weeks) and "Nw" end today and start on the
    first day of the oldest week, so every bar is a whole week. ValueError for others.
    """
    weeks = range_weeks(key)
    if weeks is None:
        return None, None
    return weeks_back(weeks, today, first_weekday), today


def range_start(key: str, today: dt.date, first_weekday: int = 0) -> dt.date | None:
    """The first day of a range (None for "all"); see range_bounds."""
    return range_bounds(key, today, first_weekday)[0]


def weeks_back(weeks: int, today: dt.date, first_weekday: int = 0) -> dt.date:
    """The first day of the week `weeks - 1` weeks before the one holding today."""
    if weeks < 1:
        raise ValueError(translate("ProgressWeeks", "a range covers at least one week"))
    return week_start(today, first_weekday) - ONE_WEEK * (weeks - 1)


def day_label(day: dt.date, with_year: bool = False) -> str:
    """'4 Mar' or '4 Mar 2024' (fixed English month names, the same on every system)."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def long_date(day: dt.date) -> str:
    """'4 March 2024' style, for sentences."""
    return day_label(day, with_year=True)


@lazy_dataclass(frozen=True, slots=True)
class Period:
    """One bar of a chart: `weeks` whole weeks from start to end (both included), or
    a gap standing for a long stretch with no entries (`gap` True, no values)."""

    start: dt.date
    end: dt.date
    label: str
    gap: bool = False


class DayIndex(dict[dt.date, int | None]):
    """day → position of the period holding it (None outside the periods, inside a gap,
    or outside the days low..high), worked out the first time each day is looked up: a
    ten-year dashboard looks up the same few thousand days in tens of thousands of rows,
    and a plain dict lookup is the cheapest way to ask again."""

    __slots__ = ("_first_weekday", "_high", "_low", "_weeks")

    def __init__(self, weeks: Mapping[int, int], first_weekday: int,
                 low: dt.date = dt.date.min, high: dt.date = dt.date.max) -> None:
        super().__init__()
        self._weeks, self._first_weekday = weeks, first_weekday
        self._low, self._high = low, high

    def __missing__(self, day: dt.date) -> int | None:
        index = self[day] = (
            self._weeks.get((day.toordinal() - 1 - self._first_weekday) // 7)
            if self._low <= day <= self._high else None)
        return index

    def each(self, days: Iterable[dt.date]) -> list[int | None]:
        """self[day] for each of `days`, the days not yet looked up worked out in one
        pass (a call to __missing__ per day cost more than the lookups themselves)."""
        days = days if isinstance(days, list) else list(days)
        new = set(days).difference(self)
        if new:
            weeks, first_weekday = self._weeks.get, self._first_weekday
            low, high = self._low, self._high
            self.update({day: weeks((day.toordinal() - 1 - first_weekday) // 7)
                         if low <= day <= high else None for day in new})
        return list(map(self.__getitem__, days))


@lazy_dataclass(frozen=True, slots=True)
class Periods:
    """The bars of the weekly charts for one range, and how to find a day's bar."""

    periods: tuple[Period, ...]
    weeks: int  # weeks per period (1 = plain weeks)
    first_weekday: int
    gaps: int  # how many long quiet stretches were folded into one bar each
    _index: Mapping[int, int]  # week number (see _week_number) → position in periods
    # Filled as days are looked up, so they say nothing about the periods themselves.
    day_index: DayIndex = field(init=False, repr=False, compare=False)
    _within: dict[tuple[dt.date, dt.date], DayIndex] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "day_index", DayIndex(self._index, self.first_weekday))
        object.__setattr__(self, "_within", {})

    def within(self, start: dt.date, end: dt.date) -> DayIndex:
        """Like day_index, and None for days outside start..end too (the charts that
        follow the range to the day: check-ins, urges, promises, intentions)."""
        found = self._within.get((start, end))
        if found is None:
            found = self._within[start, end] = DayIndex(self._index, self.first_weekday,
                                                        start, end)
        return found

    def index_of(self, day: dt.date) -> int | None:
        """Position of the period holding day (None if outside, or inside a gap).
        Loops over many rows look days up in `day_index` instead (same answers)."""
        return self.day_index[day]

    def __len__(self) -> int:
        return len(self.periods)


def _week_number(day: dt.date, first_weekday: int) -> int:
    """Weeks since the one holding 1 January of year 1 (a Monday), counted in weeks that
    start on first_weekday: plain integer arithmetic, called once per row."""
    return (day.toordinal() - 1 - first_weekday) // 7


def _period_weeks(total_weeks: int, max_periods: int) -> int:
    for size in NICE_PERIOD_WEEKS:
        if math.ceil(total_weeks / size) <= max_periods:
            return size
    return 52 * math.ceil(total_weeks / (52 * max_periods))


def _segments(weeks: list[int], first_weekday: int) -> list[tuple[dt.date, dt.date]]:
    """Runs of weeks (by week number, sorted) without a gap longer than LONG_GAP_WEEKS,
    as (first week start, last week start)."""
    runs: list[tuple[int, int]] = []
    for week in weeks:
        if runs and week - runs[-1][1] <= LONG_GAP_WEEKS:
            runs[-1] = (runs[-1][0], week)
        else:
            runs.append((week, week))

    def start_of(number: int) -> dt.date:
        return dt.date.fromordinal(number * 7 + 1 + first_weekday)

    return [(start_of(a), start_of(b)) for a, b in runs]


def make_periods(start: dt.date, end: dt.date, first_weekday: int,
                 active_days: Iterable[dt.date] = (),
                 max_periods: int = MAX_PERIODS) -> Periods:
    """Chart periods covering start..end: plain weeks when they fit in max_periods bars,
    else periods of several weeks; in a range that long, quiet stretches of more than
    half a year become one gap bar each, so decades without entries cost one bar.

    Only the weeks of `active_days` (days with any data) and the first and last weeks
    are walked, so an entry dated decades away never makes thousands of empty weeks.
    """
    if end < start:
        start, end = end, start
    first, last = week_start(start, first_weekday), week_start(end, first_weekday)
    total = (last - first).days // 7 + 1
    if total <= max_periods:
        runs = [(first, last)]
    else:
        low, high = start.toordinal(), end.toordinal()
        weeks = {_week_number(first, first_weekday), _week_number(last, first_weekday)}
        weeks.update((ordinal - 1 - first_weekday) // 7
                     for ordinal in map(dt.date.toordinal, active_days)
                     if low <= ordinal <= high)
        runs = _segments(sorted(weeks), first_weekday)
    size = _period_weeks(sum((b - a).days // 7 + 1 for a, b in runs), max_periods)
    with_year = first.year != (last + ONE_WEEK - ONE_DAY).year
    periods: list[Period] = []
    index: dict[int, int] = {}
    gaps = 0
    for run_first, run_last in runs:
        period_start = run_first
        if periods and run_first <= periods[-1].end + ONE_DAY:
            # Long periods can swallow a short gap: carry on where the last one ended.
            period_start = periods[-1].end + ONE_DAY
        elif periods:
            gap_start, gap_end = periods[-1].end + ONE_DAY, run_first - ONE_DAY
            periods.append(Period(gap_start, gap_end, f"… {MONTHS[gap_start.month - 1]} "
                                  f"{gap_start.year} – {MONTHS[gap_end.month - 1]} "
                                  f"{gap_end.year}", gap=True))
            gaps += 1
        while period_start <= run_last:
            period_end = period_start + ONE_WEEK * size - ONE_DAY
            number = _week_number(period_start, first_weekday)
            for offset in range(size):
                index[number + offset] = len(periods)
            periods.append(Period(period_start, period_end, day_label(period_start, with_year)))
            period_start = period_end + ONE_DAY
    return Periods(tuple(periods), size, first_weekday, gaps, index)
