"""Every date the window shows, with month and day names and their order from QLocale.

Screens once showed "06 Dec 2026", "6 Dec 2026" and "2026-09-06" side by side; all of
them now come from here, so a change of format is a change in one place. The formats
are made from the locale's own long date ("Sunday, 6 December 2026", "Sunday, December
6, 2026", "Sonntag, 6. Dezember 2026") by leaving out the weekday or the year and
shortening the month, so each language keeps its own order and punctuation.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime

# The weekday with the separators after it ("dddd, "), and the year with a literal
# around it ("'de' yyyy", "yyyy 'г'.", "yyyy年").
_WEEKDAY = re.compile(r"d{4}[\s,،]*")
_YEAR = re.compile(r"(\s*'[^']*')?[\s,،]*y+(\s*'[^']*'\.?|年)?")


def _long() -> str:
    return QLocale().dateFormat(QLocale.FormatType.LongFormat)


def _short_months(pattern: str) -> str:
    return re.sub(r"M{4}", "MMM", pattern)


def date_format() -> str:
    """The locale's medium date pattern: 'd MMM yyyy' (en_GB), 'MMM d, yyyy' (en_US),
    'd. MMM yyyy' (de_DE); for date pickers and `date_text`."""
    return _short_months(_WEEKDAY.sub("", _long(), count=1)).strip(" ,،")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: dt.date) -> str:
    """'6 Dec 2026', 'Dec 6, 2026', '6. Dez. 2026': how a date is written in lists,
    captions and tooltips."""
    return QLocale().toString(qdate(day), date_format())


def long_day_text(day: dt.date, *, this_year: int | None = None) -> str:
    """'Sunday, 6 December 2026' for headings; the year left out when it is `this_year`."""
    pattern = _long()
    if day.year == this_year:
        pattern = _YEAR.sub("", pattern, count=1).strip(" ,،")
    return QLocale().toString(qdate(day), pattern)


def short_day_text(day: dt.date) -> str:
    """'Sun 6 Dec 2026', where the weekday helps (saved versions)."""
    pattern = _short_months(re.sub(r"d{4}[,،]?", "ddd", _long(), count=1))
    return QLocale().toString(qdate(day), pattern)


def time_text(moment: dt.datetime) -> str:
    """The clock time in the locale's short form ('14:05', '2:05 PM')."""
    return QLocale().toString(QTime(moment.hour, moment.minute),
                              QLocale.FormatType.ShortFormat)


def date_time_text(moment: dt.datetime) -> str:
    """'Tue 12 Mar 2024, 09:14': a moment (a backup, a saved version) in local time."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{short_day_text(local.date())}, {time_text(local)}"


def month_text(day: dt.date, *, with_year: bool = False) -> str:
    """'Dec' or 'Dec 2026', for chart axes."""
    return QLocale().toString(qdate(day), "MMM yyyy" if with_year else "MMM")


def day_month_text(day: dt.date) -> str:
    """'6 Dec', 'Dec 6', '6. Dez.', for chart axes where the year is shown elsewhere."""
    pattern = _YEAR.sub("", date_format(), count=1).strip(" ,،")
    return QLocale().toString(qdate(day), pattern)


def weekday_letter(weekday: int) -> str:
    """A short weekday name for calendar rows; Monday is 0, as in `datetime`."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def first_weekday() -> int:
    """The day weeks start on in the locale, Monday being 0 (as in `datetime`), for
    calendars and week rows."""
    return QLocale().firstDayOfWeek().value - 1


def number_text(n: float, decimals: int | None = None) -> str:
    """A number as the locale writes it in a sentence ('12,345', '12.345', '3.5');
    `decimals` fixes the digits after the point."""
    if decimals is not None:
        return QLocale().toString(float(n), "f", decimals)
    if isinstance(n, int):
        return QLocale().toString(n)
    return QLocale().toString(float(n), "g", 12)


class ExportDates:
    """How the readable exports (HTML, Markdown, PDF) write dates when the window makes
    them: the same QLocale formats as the window, so an export reads like the app."""

    def long_date(self, day: dt.date) -> str:
        return long_day_text(day)

    def month_title(self, day: dt.date) -> str:
        return QLocale().toString(qdate(day), "MMMM yyyy")

    def short_date(self, day: dt.date) -> str:
        return date_text(day)

    def compact_date(self, day: dt.date) -> str:
        return date_text(day)

    def date_time(self, moment: dt.datetime) -> str:
        return date_time_text(moment)
