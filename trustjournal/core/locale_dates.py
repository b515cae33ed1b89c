"""Dates for people outside the window (the CLI, and exports started from it), following
the environment's locale with the standard library only.

English (and the C locale) keeps the app's own wording ("Tuesday, 5 March 2024"); any
other language takes its date order, month and weekday names from the locale's
conventions (`locale.nl_langinfo`). When those cannot be read (the locale is not installed,
or the platform has no nl_langinfo) a non-English run shows ISO dates, which read the same
in every language, rather than English words inside translated sentences.

The GUI passes its own QLocale-made formatter to exports instead (anything with the
methods of `DateTexts`). Machine formats (JSON, CSV, file names) never come here.
"""

from __future__ import annotations

import datetime as dt
import functools
import locale
import os
import re
from collections.abc import Callable, Mapping
from typing import Protocol

from trustjournal.core.lazy_dataclass import lazy_dataclass

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")


class DateTexts(Protocol):
    """What the CLI and the readable exports ask of a date formatter."""

    def long_date(self, day: dt.date) -> str: ...
    def month_title(self, day: dt.date) -> str: ...
    def short_date(self, day: dt.date) -> str: ...
    def compact_date(self, day: dt.date) -> str: ...
    def date_time(self, moment: dt.datetime) -> str: ...


@lazy_dataclass(frozen=True)
class DateConventions:
    """A locale's date order and names; `english` marks the app's own English wording,
    and empty names mean ISO dates (conventions that could not be read)."""

    date_format: str = "%Y-%m-%d"  # strftime-style, as the locale's D_FMT
    time_format: str = "%H:%M"  # hours and minutes, as the locale writes them
    months: tuple[str, ...] = ()  # January first
    weekdays: tuple[str, ...] = ()  # Monday first
    # The locale's own short names ("févr.", "Di"); empty: the first three letters.
    short_months: tuple[str, ...] = ()
    short_weekdays: tuple[str, ...] = ()
    am_pm: tuple[str, str] = ("AM", "PM")
    english: bool = False


ENGLISH = DateConventions(months=ENGLISH_MONTHS, weekdays=ENGLISH_WEEKDAYS, english=True)
ISO = DateConventions()

_CODE = re.compile(r"%([a-zA-Z%])")


class LocaleDates:
    """Formats dates with one set of conventions (see `DateConventions`)."""

    def __init__(self, conventions: DateConventions) -> None:
        self.conventions = conventions

    def long_date(self, day: dt.date) -> str:
        """'Tuesday, 5 March 2024'; 'Dienstag, 05.03.2024' in German; ISO if unknown."""
        c = self.conventions
        if c.english:
            return f"{c.weekdays[day.weekday()]}, {day.day} {c.months[day.month - 1]} {day.year}"
        if not c.weekdays:
            return day.isoformat()
        return f"{c.weekdays[day.weekday()]}, {self._format(c.date_format, day)}"

    def month_title(self, day: dt.date) -> str:
        """'March 2024' (a month heading); '2024-03' if the names are unknown."""
        c = self.conventions
        if not c.months:
            return f"{day.year:04d}-{day.month:02d}"
        return f"{c.months[day.month - 1]} {day.year}"

    def short_date(self, day: dt.date) -> str:
        """A day inside a sentence: ISO in English (as the CLI always said it), else the
        locale's numeric date ('05.03.2024')."""
        c = self.conventions
        if c.english or not c.weekdays:
            return day.isoformat()
        return self._format(c.date_format, day)

    def compact_date(self, day: dt.date) -> str:
        """'5 Mar 2024' (a table cell) in English, the locale's numeric date else."""
        c = self.conventions
        if c.english:
            return f"{day.day} {_short(c.short_months, c.months, day.month - 1)} {day.year}"
        if not c.weekdays:
            return day.isoformat()
        return self._format(c.date_format, day)

    def date_time(self, moment: dt.datetime) -> str:
        """'Tuesday 12 March 2024, 09:14' (a backup's time); the locale's order else."""
        c = self.conventions
        if c.english:
            return (f"{c.weekdays[moment.weekday()]} {moment.day} "
                    f"{c.months[moment.month - 1]} {moment.year}, {moment:%H:%M}")
        if not c.weekdays:
            return f"{moment.date().isoformat()} {moment:%H:%M}"
        return (f"{c.weekdays[moment.weekday()]}, {self._format(c.date_format, moment)}, "
                f"{self._format(c.time_format, moment)}")

    def _format(self, pattern: str, moment: dt.date) -> str:
        """strftime with the conventions' names (never the process's current locale)."""
        c = self.conventions

        def one(match: re.Match[str]) -> str:
            code = match.group(1)
            if code == "B" and c.months:
                return c.months[moment.month - 1]
            if code == "b" and c.months:
                return _short(c.short_months, c.months, moment.month - 1)
            if code == "A" and c.weekdays:
                return c.weekdays[moment.weekday()]
            if code == "a" and c.weekdays:
                return _short(c.short_weekdays, c.weekdays, moment.weekday())
            if code == "p" and isinstance(moment, dt.datetime):
                return c.am_pm[moment.hour >= 12]
            if code == "e":
                return f"{moment.day:2d}"
            if code in "HIMSp" and not isinstance(moment, dt.datetime):
                return ""
            return moment.strftime(f"%{code}")

        return _CODE.sub(one, pattern)


def _short(short: tuple[str, ...], full: tuple[str, ...], index: int) -> str:
    """The locale's short name at `index`, else the full name's first three letters
    (conventions made by hand, or a locale database without short names)."""
    return short[index] if len(short) > index and short[index] else full[index][:3]


# -- reading the environment's conventions ------------------------------------------------

LangInfo = Callable[[int], str]


def time_locale(environ: Mapping[str, str] | None = None) -> str:
    """The locale dates follow: LC_ALL, else LC_TIME, else LANG ('de_DE.UTF-8', 'C')."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = env.get(name, "")
        if value:
            return value
    return "C"


def time_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of `time_locale`: 'de', 'en', 'C'."""
    return time_locale(environ).split(".")[0].split("@")[0].split("_")[0] or "C"


def conventions_from(langinfo: LangInfo) -> DateConventions:
    """The conventions `langinfo` (locale.nl_langinfo or a stand-in) describes."""
    days = [langinfo(getattr(locale, f"DAY_{i}")) for i in range(1, 8)]  # Sunday first
    short_days = [langinfo(getattr(locale, f"ABDAY_{i}")) for i in range(1, 8)]
    time_format = langinfo(locale.T_FMT)
    time_format = (time_format.replace("%T", "%H:%M").replace("%r", "%I:%M %p")
                   .replace(":%S", "").replace(".%S", ""))
    return DateConventions(
        date_format=langinfo(locale.D_FMT) or "%Y-%m-%d",
        time_format=time_format or "%H:%M",
        months=tuple(langinfo(getattr(locale, f"MON_{i}")) for i in range(1, 13)),
        weekdays=tuple(days[1:] + days[:1]),
        short_months=tuple(langinfo(getattr(locale, f"ABMON_{i}")) for i in range(1, 13)),
        short_weekdays=tuple(short_days[1:] + short_days[:1]),
        am_pm=(langinfo(locale.AM_STR) or "AM", langinfo(locale.PM_STR) or "PM"),
    )


def environment_conventions(environ: Mapping[str, str] | None = None) -> DateConventions:
    """The conventions of the environment's time locale: the app's English for English
    and C, the locale's own when it is installed, else ISO dates."""
    if time_language(environ) in ("C", "POSIX", "en"):
        return ENGLISH
    if not hasattr(locale, "nl_langinfo"):
        return ISO
    before = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, time_locale(environ))
    except locale.Error:  # the locale is named but not installed
        return ISO
    try:
        return conventions_from(locale.nl_langinfo)
    finally:
        locale.setlocale(locale.LC_TIME, before)


@functools.cache
def locale_dates() -> LocaleDates:
    """The environment's date formatter (read once per process)."""
    return LocaleDates(environment_conventions())
