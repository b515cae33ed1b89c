"""Full-text search over the FTS5 index, in plain SQL on a gateway read cursor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from trustjournal.core.entries import EntryKind, EntrySummary, SearchHit
from trustjournal.core.search import HIT_END, HIT_START, fts_query
from trustjournal.storage.rows import db_date, marks, read_date, read_time

SNIPPET_TOKENS = 14
# Up to this many matches are ranked by relevance; more are listed newest first.
RANK_MAX = 300

_SUMMARY = ("e.id, e.uuid, e.title, e.preview, e.kind, e.local_date, e.created_utc, "
            "e.starred, e.word_count")
_SNIPPET = f"snippet(entries_fts, -1, '{HIT_START}', '{HIT_END}', '…', {SNIPPET_TOKENS})"
Cursor = Any  # a sqlcipher3 cursor


def _filters(tags: Sequence[str], date_from: dt.date | None, date_to: dt.date | None
             ) -> tuple[str, list[Any]]:
    terms = ["e.deleted_utc IS NULL"]
    values: list[Any] = []
    if date_from:
        terms.append("e.local_date >= ?")
        values.append(db_date(date_from))
    if date_to:
        terms.append("e.local_date <= ?")
        values.append(db_date(date_to))
    for tag in tags:
        terms.append("e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t "
                     "ON t.id = et.tag_id WHERE t.name = ?)")
        values.append(tag)
    return " AND ".join(terms), values


def search_entries(
    cur: Cursor,
    typed: str,
    tags: Sequence[str],
    date_from: dt.date | None,
    date_to: dt.date | None,
    limit: int,
) -> list[SearchHit]:
    """Best matches first (newest first when more than RANK_MAX entries match); with no
    words typed, the newest entries matching the filters."""
    match = fts_query(typed)
    where, values = _filters(tags, date_from, date_to)
    if match is None:
        if not tags and not date_from and not date_to:
            return []
        rows = cur.execute(
            f"SELECT {_SUMMARY}, e.preview FROM entries e WHERE {where} "
            "ORDER BY e.local_date DESC, e.created_utc DESC LIMIT ?", [*values, limit]
        ).fetchall()
        return _hits(cur, rows)
    if _hopeless(cur, match):
        return []
    # Ranking needs every match scored, so it is kept for searches with few matches; a
    # broad one (a short prefix while typing) streams the newest matches instead and
    # stops at the limit. Either way the snippet is made in the same pass, only for rows
    # that are returned: asking FTS5 for snippets by rowid re-runs the whole match per row.
    broad = cur.execute(
        "SELECT 1 FROM entries_fts WHERE entries_fts MATCH ? LIMIT 1 OFFSET ?",
        (match, RANK_MAX),
    ).fetchone() is not None
    order = "entries_fts.rowid DESC" if broad else "bm25(entries_fts)"
    rows = cur.execute(
        f"SELECT {_SUMMARY}, {_SNIPPET} FROM entries_fts "
        "JOIN entries e ON e.id = entries_fts.rowid "
        f"WHERE entries_fts MATCH ? AND {where} ORDER BY {order} LIMIT ?",
        [match, *values, limit],
    ).fetchall()
    return _hits(cur, rows)


def _hopeless(cur: Cursor, match: str) -> bool:
    """Whether the words before a typed prefix already find nothing. FTS5 expands the
    prefix ("the*": every word starting so) even when another word has no match at
    all; asking for those words alone first is nearly free."""
    head, _, last = match.rpartition(" ")
    if not head or not last.endswith("*"):
        return False
    return cur.execute("SELECT 1 FROM entries_fts WHERE entries_fts MATCH ? LIMIT 1",
                       (head,)).fetchone() is None


def _hits(cur: Cursor, rows: list[tuple[Any, ...]]) -> list[SearchHit]:
    """Search hits for rows of _SUMMARY columns followed by the snippet."""
    if not rows:
        return []
    ids = [r[0] for r in rows]
    tags: dict[int, list[str]] = {}
    for entry_id, name in cur.execute(
        "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
        f"WHERE et.entry_id IN ({marks(len(ids))}) ORDER BY t.name", ids
    ):
        tags.setdefault(entry_id, []).append(name)
    hits = []
    for (entry_id, uuid, title, preview, kind, day, created, starred, words,
         snippet) in rows:
        summary = EntrySummary(
            uuid=uuid,
            title=title,
            preview=preview,
            kind=EntryKind(kind),
            local_date=read_date(day),
            created_utc=read_time(created),  # type: ignore[arg-type]
            starred=bool(starred),
            word_count=words,
            tags=tuple(tags.get(entry_id, ())),
        )
        hits.append(SearchHit(summary, snippet or preview))
    return hits


__all__ = ["RANK_MAX", "SNIPPET_TOKENS", "search_entries"]
