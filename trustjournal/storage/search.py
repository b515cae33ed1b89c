"""Full-text search over the FTS5 index, in plain SQL on a gateway read cursor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from trustjournal.core.entries import EntryKind, EntrySummary
from trustjournal.core.search import HIT_END, HIT_START, fts_query
from trustjournal.storage.rows import db_date, marks, read_date, read_time

# Loaded with the first search (core.entry_values).
if TYPE_CHECKING:
    from trustjournal.core.entry_values import SearchHit

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
    rows = _one_pass(cur, match, where, values, limit)
    if rows is None:
        # Between `limit` and RANK_MAX entries pass the filters: ranking needs snippets
        # the single pass did not make, so the ranked query runs in full.
        rows = cur.execute(
            f"SELECT {_SUMMARY}, {_SNIPPET} FROM entries_fts "
            "JOIN entries e ON e.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH ? AND {where} ORDER BY bm25(entries_fts) LIMIT ?",
            [match, *values, limit],
        ).fetchall()
    return _hits(cur, rows)


class _Budget:
    """How many snippets the single pass may still make (a negative limit: no cap)."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def take(self, wanted: object) -> bool:
        if not wanted or self.left == 0:
            return False
        self.left -= 1
        return True


def _one_pass(cur: Cursor, match: str, where: str, values: list[Any], limit: int
              ) -> list[tuple[Any, ...]] | None:
    """The answer from one walk over the matches, newest first, or None when the ranked
    query must run after all.

    FTS5 expands a typed prefix ("the*": every word starting so) each time a statement
    asks for the match, and a short prefix in a big journal costs tens of ms; so the walk
    that finds out whether more than RANK_MAX entries match also makes the snippets, only
    for the first `limit` entries passing the filters (what a broad search returns).
    Asking FTS5 for snippets afterwards by rowid would expand the prefix per row. The
    walk asks for no bm25 scores: the first one counts the documents of every phrase,
    an expansion of its own, which only a search with few matches needs.
    """
    budget = _Budget(limit)
    conn = cur.connection
    conn.create_function("tj_snippet_wanted", 1, budget.take)
    walk = conn.cursor()
    try:
        walk.execute(
            f"SELECT {_SUMMARY}, "
            f"CASE WHEN tj_snippet_wanted(e.id IS NOT NULL AND {where}) THEN {_SNIPPET} END, "
            f"e.id IS NOT NULL AND {where}, entries_fts.rowid "
            "FROM entries_fts LEFT JOIN entries e ON e.id = entries_fts.rowid "
            "WHERE entries_fts MATCH ? ORDER BY entries_fts.rowid DESC",
            [*values, *values, match],
        )
        seen = 0
        passing: list[tuple[Any, ...]] = []
        for row in walk:
            seen += 1
            if row[-2]:
                passing.append(row)
            if seen > RANK_MAX and (0 <= limit <= len(passing)):
                break
    finally:
        walk.close()
    if seen > RANK_MAX:
        return [row[:-2] for row in (passing[:limit] if limit >= 0 else passing)]
    if limit >= 0 and len(passing) > limit:
        return None
    score = dict(cur.execute("SELECT rowid, bm25(entries_fts) FROM entries_fts "
                             "WHERE entries_fts MATCH ?", (match,)).fetchall())
    # ORDER BY bm25 keeps matches of equal score in the order FTS5 gave them (rowid up).
    passing.sort(key=lambda row: (score[row[-1]], row[-1]))
    return [row[:-2] for row in passing]


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
    from trustjournal.core.entry_values import SearchHit

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
