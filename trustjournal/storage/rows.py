"""Rows in plain SQL: how values are spelled in the journal's columns, and reading
entries and their tags, shared by the everyday stores and the bulk paths.

The schema was first written through SQLAlchemy, so these follow its SQLite spelling:
dates as 'YYYY-MM-DD', times as naive UTC 'YYYY-MM-DD HH:MM:SS.ffffff', flags as 0/1.
Rows written by the stores and by the bulk paths must read back alike. The bottom layer
of storage: it imports no store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, NamedTuple

from trustjournal.core.entries import Entry, EntryKind, EntrySummary
from trustjournal.core.i18n import translate
from trustjournal.core.search import strip_markers
from trustjournal.storage.errors import EntryNotFoundError

Cursor = Any  # a sqlcipher3 cursor

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


def aware(value: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time as an aware one."""
    return value.replace(tzinfo=dt.UTC)


def read_time(text: str | None) -> dt.datetime | None:
    """A time column as an aware UTC datetime."""
    if text is None:
        return None
    try:
        # One parse with the offset spelled out: half the cost of parse-then-replace,
        # which matters on exports of every entry. A stored offset of its own (never
        # written by us) makes this fail, and then it is replaced as before.
        return dt.datetime.fromisoformat(text + "+00:00")
    except ValueError:
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
# The triggers that log each inserted entry's (and figure's) day for the Progress page
# (0007); a bulk insert logs the new entries' days once at the end instead.
_DAY_TRIGGERS = ("day_changes_entry_ai", "day_changes_metric_ai")


def suspend_index_trigger(cur: Any) -> tuple[str, ...]:
    """Drop the per-row insert triggers (search index, day log) inside the caller's write
    transaction, for a bulk insert; returns their SQL for index_new_rows (empty if the
    journal has none)."""
    names = (_INDEX_TRIGGER, *_DAY_TRIGGERS)
    found = dict(cur.execute(
        f"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN "
        f"({marks(len(names))})", names).fetchall())
    for name in found:
        cur.execute(f"DROP TRIGGER {name}")
    # In a fixed order, so index_new_rows knows which is which.
    return tuple(found.get(name, "") for name in names)


# Indexes the entries with ids from the first value to the second (both included) for
# search, in id order, as the trigger would have row by row.
INDEX_RANGE = ("INSERT INTO entries_fts(rowid, title, body) SELECT id, title, body "
               "FROM entries WHERE id BETWEEN ? AND ? ORDER BY id")
_LAST_ID = (1 << 63) - 1  # SQLite's largest rowid


_LOG_DAY = ("INSERT INTO day_changes (local_date, seq) {} ON CONFLICT (local_date) DO UPDATE "
            "SET seq = excluded.seq")


def index_new_rows(cur: Any, first_id: int, triggers: tuple[str, ...], *,
                   indexed: bool = False, days: Iterable[str] | None = None) -> None:
    """Index every entry from `first_id` on in one statement (INDEX_RANGE), and log
    their days once; then put the triggers back. Same transaction, so the index, the log
    and the rows land together or not at all. `indexed`: the caller indexed the rows
    already (range by range, with INDEX_RANGE). `days`: the new entries' days as stored,
    each once, in the order of the first entry (by id) on each, when the caller has
    them: the log is then written from them instead of from a walk over every new row
    (at 100 k entries that walk reads the whole table). A journal without a trigger
    gets nothing of what it would have done."""
    index, *logs = triggers or ("",)
    if index and not indexed:
        cur.execute(INDEX_RANGE, (first_id, _LAST_ID))
    if any(logs):
        newest = cur.execute("SELECT coalesce(max(seq), 0) FROM day_changes").fetchone()[0]
        if days is None:
            cur.execute(_LOG_DAY.format("SELECT DISTINCT local_date, ? FROM entries "
                                        "WHERE id >= ?"), (newest + 1, first_id))
        else:
            cur.executemany(_LOG_DAY.format("VALUES (?, ?)"),
                            [(day, newest + 1) for day in days])
    for sql in triggers:
        if sql:
            cur.execute(sql)


def marks(count: int) -> str:
    """'?, ?, ?' for an `IN (...)` list of `count` values."""
    return ", ".join("?" * count)



# -- entries and tags (the everyday stores) -------------------------------------------


def py_time(text: str) -> dt.datetime:
    """A stored time back as a naive datetime."""
    return dt.datetime.fromisoformat(text)


def py_date(text: str) -> dt.date:
    """A stored day back as a date."""
    return dt.date.fromisoformat(text)


def clean_body(body: str) -> str:
    """A body as it is stored: no NUL characters, no search highlight markers."""
    return strip_markers(body.replace("\x00", ""))


class StoredEntry(NamedTuple):
    """One row of `entries` with its tag names (in tag order), as Python values."""

    id: int
    uuid: str
    kind: str
    title: str
    body: str
    preview: str
    word_count: int
    local_date: dt.date
    created_utc: dt.datetime
    updated_utc: dt.datetime
    starred: bool
    deleted_utc: dt.datetime | None
    exercise_id: str | None
    exercise_version: int | None
    answers_json: str | None
    tags: tuple[str, ...]


_ENTRY_SQL = (
    "SELECT id, uuid, kind, title, body, preview, word_count, local_date, created_utc, "
    "updated_utc, starred, deleted_utc, exercise_id, exercise_version, answers_json "
    "FROM entries "
)


def _stored(cur: Cursor, row: Sequence[Any]) -> StoredEntry:
    (id_, uuid, kind, title, body, prev, words, day, created, updated, starred, deleted,
     exercise_id, exercise_version, answers_json) = row
    return StoredEntry(
        id_, uuid, kind, title, body, prev, words, py_date(day), py_time(created),
        py_time(updated), bool(starred), py_time(deleted) if deleted else None,
        exercise_id, exercise_version, answers_json, tags_of(cur, id_),
    )


def find_entry(cur: Cursor, entry_uuid: str) -> StoredEntry | None:
    """The entry (live or trashed) with that uuid, or None."""
    row = cur.execute(_ENTRY_SQL + "WHERE uuid = ?", (entry_uuid,)).fetchone()
    return None if row is None else _stored(cur, row)


def load_entry(cur: Cursor, entry_uuid: str) -> StoredEntry:
    """The entry with that uuid; EntryNotFoundError if there is none."""
    found = find_entry(cur, entry_uuid)
    if found is None:
        raise EntryNotFoundError(translate("StorageRows", "That entry no longer exists."))
    return found


def newest_checkin(cur: Cursor, day: dt.date) -> StoredEntry | None:
    """The newest live check-in dated `day`, or None."""
    row = cur.execute(
        _ENTRY_SQL + "WHERE kind = ? AND local_date = ? AND deleted_utc IS NULL "
        "ORDER BY created_utc DESC LIMIT 1",
        (str(EntryKind.CHECKIN), db_date(day)),
    ).fetchone()
    return None if row is None else _stored(cur, row)


def to_entry(row: StoredEntry) -> Entry:
    """The core value of a stored entry."""
    return Entry(
        uuid=row.uuid,
        title=row.title,
        body=row.body,
        kind=EntryKind(row.kind),
        local_date=row.local_date,
        created_utc=aware(row.created_utc),
        updated_utc=aware(row.updated_utc),
        tags=tuple(sorted(row.tags, key=str.casefold)),
        starred=row.starred,
        deleted_utc=aware(row.deleted_utc) if row.deleted_utc else None,
        exercise_id=row.exercise_id,
        exercise_version=row.exercise_version,
    )


# -- tags ------------------------------------------------------------------------------


def tags_of(cur: Cursor, entry_id: int) -> tuple[str, ...]:
    """The entry's tag names in the order the tags were made (as the ORM loaded them)."""
    return tuple(name for (name,) in cur.execute(
        "SELECT tags.name FROM entry_tags JOIN tags ON tags.id = entry_tags.tag_id "
        "WHERE entry_tags.entry_id = ? ORDER BY entry_tags.tag_id", (entry_id,)))


def tag_ids(cur: Cursor, names: Sequence[str]) -> list[int]:
    """Ids of the tags named (matched regardless of case), making the missing ones."""
    if not names:
        return []
    marks = ",".join("?" * len(names))
    existing = {name.casefold(): tag_id for tag_id, name in cur.execute(
        f"SELECT id, name FROM tags WHERE name IN ({marks})", tuple(names))}
    ids = []
    for name in names:
        tag_id = existing.get(name.casefold())
        if tag_id is None:
            cur.execute("INSERT INTO tags(name) VALUES (?)", (name,))
            tag_id = existing[name.casefold()] = cur.lastrowid
        ids.append(tag_id)
    return ids


def set_tags(cur: Cursor, entry_id: int, names: Sequence[str]) -> None:
    """Give the entry exactly these tags (names already cleaned)."""
    wanted = list(dict.fromkeys(tag_ids(cur, names)))
    cur.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
    cur.executemany("INSERT INTO entry_tags(entry_id, tag_id) VALUES (?, ?)",
                    [(entry_id, tag_id) for tag_id in wanted])


def drop_unused_tags(cur: Cursor) -> None:
    """Remove tags no entry carries any more."""
    cur.execute("DELETE FROM tags WHERE id NOT IN (SELECT DISTINCT tag_id FROM entry_tags)")


# -- summaries -------------------------------------------------------------------------

# The columns of a list row, in the order summaries_from_rows reads them.
SUMMARY_SQL = ("entries.id, entries.uuid, entries.title, entries.preview, entries.kind, "
               "entries.local_date, entries.created_utc, entries.starred, entries.word_count, "
               "entries.exercise_id")


def summaries_from_rows(cur: Cursor, rows: Sequence[Sequence[Any]]) -> list[EntrySummary]:
    """Summaries of SUMMARY_SQL rows (extra columns after them are ignored), with their
    tags fetched in one query."""
    tags: dict[int, list[str]] = {}
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for entry_id, name in cur.execute(
            "SELECT entry_tags.entry_id, tags.name FROM entry_tags "
            "JOIN tags ON tags.id = entry_tags.tag_id "
            f"WHERE entry_tags.entry_id IN ({marks}) ORDER BY tags.name", chunk,
        ):
            tags.setdefault(entry_id, []).append(name)
    return [
        EntrySummary(
            uuid=r[1],
            title=r[2],
            preview=r[3],
            kind=EntryKind(r[4]),
            local_date=py_date(r[5]),
            created_utc=aware(py_time(r[6])),
            starred=bool(r[7]),
            word_count=r[8],
            tags=tuple(tags.get(r[0], ())),
            exercise_id=r[9],
        )
        for r in rows
    ]


def placeholders(values: Iterable[Any]) -> str:
    """`?,?,…` for a list of values bound to an IN (…)."""
    return ",".join("?" for _ in values)



__all__ = [
    "CHUNK",
    "SUMMARY_SQL",
    "StoredEntry",
    "answers_json",
    "aware",
    "chunks",
    "clean_body",
    "db_date",
    "db_time",
    "drop_unused_tags",
    "find_entry",
    "index_new_rows",
    "load_entry",
    "marks",
    "naive_utc",
    "newest_checkin",
    "placeholders",
    "py_date",
    "py_time",
    "read_date",
    "read_time",
    "set_tags",
    "summaries_from_rows",
    "suspend_index_trigger",
    "tag_ids",
    "tags_of",
    "to_entry",
    "utc_now",
]
