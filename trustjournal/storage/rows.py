"""How values are spelled in the journal's columns, for the plain-SQL bulk paths.

The schema was first written through SQLAlchemy, so these follow its SQLite spelling:
dates as 'YYYY-MM-DD', times as naive UTC 'YYYY-MM-DD HH:MM:SS.ffffff', flags as 0/1.
Rows written here and rows written by the everyday stores must read back alike.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

# Rows per statement and per batch; also the longest `IN (...)` list, far under SQLite's
# limit on bound parameters.
CHUNK = 1000


def utc_now() -> dt.datetime:
    """The current time as naive UTC, as the journal stores times."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def naive_utc(value: dt.datetime) -> dt.datetime:
    """An aware time as naive UTC (naive ones are taken as UTC already)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def db_time(value: dt.datetime | None) -> str | None:
    """A time as its column holds it."""
    if value is None:
        return None
    return naive_utc(value).isoformat(" ", "microseconds")


def db_date(value: dt.date) -> str:
    """A day as its column holds it."""
    return value.isoformat()


def read_time(text: str | None) -> dt.datetime | None:
    """A time column as an aware UTC datetime."""
    if text is None:
        return None
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def read_date(text: str) -> dt.date:
    """A date column as a date."""
    return dt.date.fromisoformat(text)


def answers_json(answers: Any) -> str | None:
    """Exercise answers as the answers column keeps them (the ExerciseStore's spelling, so
    a round trip stores identical text)."""
    if answers is None:
        return None
    return json.dumps(dict(answers), ensure_ascii=False, sort_keys=True)


def chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """Successive lists of at most `size` items."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


_INDEX_TRIGGER = "entries_fts_ai"  # the trigger that indexes each inserted entry


def suspend_index_trigger(cur: Any) -> str:
    """Drop the per-row search-index trigger inside the caller's write transaction, for a
    bulk insert; returns its SQL for index_new_rows ("" if the journal has none)."""
    row = cur.execute("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?",
                      (_INDEX_TRIGGER,)).fetchone()
    if row is None:
        return ""
    cur.execute(f"DROP TRIGGER {_INDEX_TRIGGER}")
    return str(row[0])


def index_new_rows(cur: Any, first_id: int, trigger: str) -> None:
    """Index every entry from `first_id` on in one statement, in id order, as the trigger
    would have row by row; then put the trigger back. Same transaction, so the index
    and the rows land together or not at all."""
    if not trigger:
        return  # no trigger, no index to keep (as a per-row insert would have it)
    cur.execute("INSERT INTO entries_fts(rowid, title, body) "
                "SELECT id, title, body FROM entries WHERE id >= ? ORDER BY id", (first_id,))
    cur.execute(trigger)


def marks(count: int) -> str:
    """'?, ?, ?' for an `IN (...)` list of `count` values."""
    return ", ".join("?" * count)


__all__ = ["CHUNK", "answers_json", "chunks", "db_date", "db_time", "index_new_rows", "marks",
           "naive_utc", "read_date", "read_time", "suspend_index_trigger", "utc_now"]
