"""One date format in the whole window, written by QLocale through gui/dates.py."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from trustjournal.gui import dates

GUI = Path(dates.__file__).parent
# Formatting a date by hand (strftime codes, ISO strings) instead of through dates.py.
HAND_MADE = re.compile(r"\{[^{}]*:[^{}]*%[aAbBdYmHMy]|strftime\(|isoformat\(\)|"
                       r"setDisplayFormat\(\"")
# A file name is not shown as a date: ISO keeps exports in order in a folder. A clock
# picker shows a time; date pickers take the locale's date_format().
ALLOWED = ("TrustJournal export {", 'setDisplayFormat("HH:mm")')


@pytest.fixture(autouse=True)
def english() -> None:  # type: ignore[misc]
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def test_the_one_format() -> None:
    day = dt.date(2026, 12, 6)
    assert dates.date_text(day) == "6 Dec 2026"
    assert dates.long_day_text(day) == "Sunday, 6 December 2026"
    assert dates.long_day_text(day, this_year=2026) == "Sunday, 6 December"
    assert dates.date_time_text(dt.datetime(2024, 3, 12, 9, 14)) == "Tue 12 Mar 2024, 09:14"
    assert dates.month_text(day, with_year=True) == "Dec 2026"


def test_no_gui_module_formats_dates_by_hand() -> None:
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "dates.py":
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if HAND_MADE.search(line) and not any(ok in line for ok in ALLOWED):
                offenders.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
    assert offenders == []


def test_lists_and_tooltips_use_it(qtbot, journal) -> None:
    from trustjournal.gui.delegates import meta_text
    from trustjournal.gui.timeline_model import TimelineModel

    journal.create_entry(title="One", body="two words", local_date=dt.date(2025, 12, 6))
    model = TimelineModel(journal)
    model.reload()
    from PySide6.QtCore import Qt

    summary = model.index(1).data(Qt.ItemDataRole.UserRole + 1)
    assert model.index(1).data(Qt.ItemDataRole.ToolTipRole).startswith("6 Dec 2025 · ")
    assert meta_text(summary, show_date=True).startswith("6 Dec 2025 · 2 words")


@pytest.mark.parametrize(("name", "medium", "heading", "short", "axis", "first"), [
    ("en_US", "Dec 6, 2026", "Sunday, December 6, 2026", "Sun Dec 6, 2026", "Dec 6", 6),
    ("de_DE", "6. Dez. 2026", "Sonntag, 6. Dezember 2026", "So. 6. Dez. 2026", "6. Dez.", 0),
    ("en_GB", "6 Dec 2026", "Sunday, 6 December 2026", "Sun 6 Dec 2026", "6 Dec", 0),
])
def test_dates_follow_the_locales_own_order(name: str, medium: str, heading: str, short: str,
                                            axis: str, first: int) -> None:
    QLocale.setDefault(QLocale(name))
    day = dt.date(2026, 12, 6)
    assert dates.date_text(day) == medium
    assert dates.long_day_text(day) == heading
    assert dates.short_day_text(day) == short
    assert dates.day_month_text(day) == axis
    assert QLocale().toString(dates.qdate(day), dates.date_format()) == medium
    assert dates.first_weekday() == first  # Sunday is 6, Monday 0


def test_numbers_in_sentences_follow_the_locale() -> None:
    QLocale.setDefault(QLocale("de_DE"))
    assert dates.number_text(12345) == "12.345"
    assert dates.number_text(3.5) == "3,5"
    assert dates.number_text(2.0, 1) == "2,0"
    QLocale.setDefault(QLocale("en_US"))
    assert dates.number_text(12345) == "12,345"


def test_an_export_made_from_the_window_writes_dates_like_the_window() -> None:
    """The readable exports get the window's QLocale formats (US order here), not the
    environment's C locale."""
    import datetime as dt

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    texts = dates.ExportDates()
    day = dt.date(2026, 12, 6)
    assert texts.short_date(day) == texts.compact_date(day) == "Dec 6, 2026"
    assert texts.month_title(day) == "December 2026"
    assert texts.long_date(day) == "Sunday, December 6, 2026"
    assert texts.date_time(dt.datetime(2026, 12, 6, 9, 14)).startswith("Sun Dec 6, 2026")
