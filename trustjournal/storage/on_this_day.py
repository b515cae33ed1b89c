"""Entries written on this day of the year, in earlier years (for the Today page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from trustjournal.core.entries import EntrySummary
from trustjournal.storage.rows import SUMMARY_SQL, db_date, marks, summaries_from_rows


def entries_on_this_day(cur: Any, day: dt.date, limit: int) -> list[EntrySummary]:
    """Live entries whose own (local) date falls on day's month and day in an earlier
    year, newest year first; today's year, even a later day of it, never counts."""
    # core.today brings the exercise modules with it: only the Today page pays for them.
    from trustjournal.core.today import anniversary_keys

    keys = list(anniversary_keys(day))
    rows = cur.execute(
        f"SELECT {SUMMARY_SQL} FROM entries WHERE entries.deleted_utc IS NULL "
        "AND entries.local_date < ? "
        f"AND strftime('%m-%d', entries.local_date) IN ({marks(len(keys))}) "
        "ORDER BY entries.local_date DESC, entries.created_utc DESC, entries.id DESC LIMIT ?",
        (db_date(dt.date(day.year, 1, 1)), *keys, limit),
    ).fetchall()
    return summaries_from_rows(cur, rows)
