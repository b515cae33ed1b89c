"""Every date the window shows, in one format, with month and day names from QLocale.

Screens once showed "06 Dec 2026", "6 Dec 2026" and "2026-09-06" side by side; all of
them now come from here, so a change of format is a change in one place.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

# The format every date is written in; date pickers show the same.
DATE_FORMAT = "d MMM yyyy"
_LONG_DAY = "dddd, d MMMM yyyy"
_LONG_DAY_THIS_YEAR = "dddd, d MMMM"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: dt.date) -> str:
    """'6 Dec 2026': the one way a date is written in lists, captions and tooltips."""
    return QLocale().toString(qdate(day), DATE_FORMAT)


def long_day_text(day: dt.date, *, this_year: int | None = None) -> str:
    """'Sunday, 6 December 2026' for headings; the year left out when it is `this_year`."""
    pattern = _LONG_DAY_THIS_YEAR if day.year == this_year else _LONG_DAY
    return QLocale().toString(qdate(day), pattern)


def short_day_text(day: dt.date) -> str:
    """'Sun 6 Dec 2026', where the weekday helps (saved versions)."""
    return QLocale().toString(qdate(day), "ddd " + DATE_FORMAT)


def time_text(moment: dt.datetime) -> str:
    """The clock time in the locale's short form ('14:05')."""
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
    """'6 Dec', for chart axes where the year is shown elsewhere."""
    return QLocale().toString(qdate(day), "d MMM")


def weekday_letter(weekday: int) -> str:
    """A short weekday name for calendar rows; Monday is 0, as in `datetime`."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)
