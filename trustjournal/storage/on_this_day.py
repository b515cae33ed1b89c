"""Entries written on this day of the year, in earlier years (for the Today page)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, func, select

from trustjournal.core.entries import EntrySummary
from trustjournal.core.today import anniversary_keys
from trustjournal.storage.orm import EntryRow


def entries_on_this_day(conn: Connection, day: dt.date, limit: int) -> list[EntrySummary]:
    """Live entries whose own (local) date falls on day's month and day in an earlier
    year, newest year first; today's year, even a later day of it, never counts."""
    from trustjournal.storage.journal import SUMMARY_COLUMNS, summaries_from_rows

    rows = conn.execute(
        select(*SUMMARY_COLUMNS)
        .where(EntryRow.deleted_utc.is_(None),
               EntryRow.local_date < dt.date(day.year, 1, 1),
               func.strftime("%m-%d", EntryRow.local_date).in_(anniversary_keys(day)))
        .order_by(EntryRow.local_date.desc(), EntryRow.created_utc.desc(), EntryRow.id.desc())
        .limit(limit)
    ).all()
    return summaries_from_rows(conn, rows)
