"""Entries from this day of the year in earlier years, read through the storage API."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.entries import EntryKind


def test_only_the_same_day_in_earlier_years_counts(journal) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2026, 12, 6)

    def add(title: str, when: dt.date, **kw) -> str:  # type: ignore[no-untyped-def]
        return journal.create_entry(title=title, body="words", local_date=when, **kw)[0].uuid

    one = add("A year ago", dt.date(2025, 12, 6))
    three = add("Three years ago", dt.date(2023, 12, 6), kind=EntryKind.CHECKIN)
    add("Yesterday", dt.date(2026, 12, 5))
    add("This day, this year", day)
    add("Next day last year", dt.date(2025, 12, 7))
    gone = add("Trashed", dt.date(2024, 12, 6))
    journal.trash_entry(gone)
    found = journal.on_this_day(day)
    assert [e.uuid for e in found] == [one, three]  # newest year first
    assert [e.kind for e in found] == [EntryKind.FREE, EntryKind.CHECKIN]
    assert [e.uuid for e in journal.on_this_day(day, limit=1)] == [one]
    assert journal.on_this_day(dt.date(2026, 1, 1)) == []


def test_a_leap_day_is_remembered_on_the_28th(journal) -> None:  # type: ignore[no-untyped-def]
    leap, _ = journal.create_entry(title="Leap day", body="x", local_date=dt.date(2024, 2, 29))
    feb28, _ = journal.create_entry(title="28th", body="x", local_date=dt.date(2024, 2, 28))
    assert [e.uuid for e in journal.on_this_day(dt.date(2026, 2, 28))] == [leap.uuid, feb28.uuid]
    assert [e.uuid for e in journal.on_this_day(dt.date(2028, 2, 29))] == [leap.uuid]
    assert [e.uuid for e in journal.on_this_day(dt.date(2028, 2, 28))] == [feb28.uuid]
