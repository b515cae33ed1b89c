"""Fast inserts of many generated entries (demo journals), in plain SQL on the gateway."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from trustjournal.core.demo import demo_entries
from trustjournal.core.demo_trackers import demo_trackers
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tags, clean_title, preview, word_count
from trustjournal.storage.rows import (
    answers_json,
    chunks,
    db_date,
    db_time,
    index_new_rows,
    suspend_index_trigger,
    utc_now,
)
from trustjournal.storage.tracker_rows import INTENTIONS, PROMISES, URGES, WORRIES

if TYPE_CHECKING:
    from trustjournal.core.trackers import TrackerSet
    from trustjournal.storage.gateway import Gateway

CHUNK = 2000
_INSERT_ENTRY = (
    "INSERT INTO entries (id, uuid, kind, title, body, preview, word_count, local_date, "
    "created_utc, updated_utc, starred, exercise_id, exercise_version, answers_json) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class _HasGateway:
    _gateway: Gateway


def insert_demo(
    journal: _HasGateway, count: int, years: int, seed: int, today: dt.date | None = None,
    *, trackers: bool = True,
) -> int:
    """Add a synthetic journal in one transaction and mark the journal as a demo.

    `count` entries in all: free entries, check-ins and exercises with their metric rows
    (see core.demo), stored as the app stores them, ending on `today` (the real date
    unless given: tests pass a fixed one so that nothing depends on the day they run).
    With `trackers`, urges, promises, intentions and worries over the same years too
    (core.demo_trackers); a day that has an intention already keeps it. Returns the
    number of entries added.
    """
    now = db_time(utc_now())
    end = today or dt.date.today()
    generated = demo_entries(count, years, seed, today=end)
    added = 0
    with journal._gateway.write() as cur:
        cur.execute("INSERT INTO settings (key, value) VALUES ('demo_journal', 'true') "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        tag_ids: dict[str, int] = {
            name.casefold(): tid for tid, name in cur.execute("SELECT id, name FROM tags")
        }
        # Ids chosen as SQLite would (highest + 1): BEGIN IMMEDIATE keeps other writers out.
        first_id = next_id = (cur.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
        trigger = suspend_index_trigger(cur)
        for chunk in chunks(generated, CHUNK):
            rows: list[tuple[Any, ...]] = []
            links: list[tuple[int, int]] = []
            figures: list[tuple[Any, ...]] = []
            for entry_id, e in enumerate(chunk, next_id):
                rows.append((
                    entry_id, e.uuid, e.kind, clean_title(strip_markers(e.title)),
                    strip_markers(e.body), preview(e.body), word_count(e.body),
                    db_date(e.local_date), db_time(e.created_utc), now, int(bool(e.starred)),
                    e.exercise_id, e.exercise_version, answers_json(e.answers),
                ))
                for name in clean_tags(e.tags):
                    key = name.casefold()
                    if key not in tag_ids:
                        cur.execute("INSERT INTO tags (name) VALUES (?)", (name,))
                        tag_ids[key] = cur.lastrowid
                    links.append((entry_id, tag_ids[key]))
                figures.extend((entry_id, m.name, m.value, m.label) for m in e.metrics)
            cur.executemany(_INSERT_ENTRY, rows)
            if links:
                cur.executemany("INSERT INTO entry_tags (entry_id, tag_id) VALUES (?, ?)",
                                links)
            if figures:
                cur.executemany("INSERT INTO metrics (entry_id, name, value, label) "
                                "VALUES (?, ?, ?, ?)", figures)
            next_id += len(chunk)
            added += len(chunk)
        index_new_rows(cur, first_id, trigger)
        if trackers:
            _insert_demo_trackers(cur, demo_trackers(years, seed, today=end))
    return added


def _insert_demo_trackers(cur: Any, made: TrackerSet) -> None:
    # OR IGNORE: a second demo run (same seed, or another's intention days) adds only
    # what is new, as an import would.
    for table, records in ((URGES, made.urges), (PROMISES, made.promises),
                           (INTENTIONS, made.intentions), (WORRIES, made.worries)):
        cur.executemany(table.insert.replace("INSERT", "INSERT OR IGNORE", 1),
                        [table.to_row(r) for r in records])
