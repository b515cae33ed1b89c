"""Full-text search over the FTS5 index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Connection, column, func, literal_column, select, table, text

from trustjournal.core.entries import SearchHit
from trustjournal.core.search import HIT_END, HIT_START, fts_query
from trustjournal.storage.orm import EntryRow, TagRow, entry_tags

SNIPPET_TOKENS = 14
# Up to this many matches are ranked by relevance; more are listed newest first.
RANK_MAX = 300


def search_entries(
    conn: Connection,
    typed: str,
    tags: Sequence[str],
    date_from: dt.date | None,
    date_to: dt.date | None,
    limit: int,
) -> list[SearchHit]:
    """Best matches first (newest first when more than RANK_MAX entries match); with no
    words typed, the newest entries matching the filters."""
    from trustjournal.storage.legacy import SUMMARY_COLUMNS, summaries_from_rows

    match = fts_query(typed)
    filters = [EntryRow.deleted_utc.is_(None)]
    if date_from:
        filters.append(EntryRow.local_date >= date_from)
    if date_to:
        filters.append(EntryRow.local_date <= date_to)
    for tag in tags:
        filters.append(
            EntryRow.id.in_(
                select(entry_tags.c.entry_id)
                .join(TagRow, TagRow.id == entry_tags.c.tag_id)
                .where(TagRow.name == tag)
            )
        )
    if match is None:
        if not tags and not date_from and not date_to:
            return []
        rows = conn.execute(
            select(*SUMMARY_COLUMNS)
            .where(*filters)
            .order_by(EntryRow.local_date.desc(), EntryRow.created_utc.desc())
            .limit(limit)
        ).all()
        return [SearchHit(s, s.preview) for s in summaries_from_rows(conn, rows)]

    # Ranking needs every match scored, so it is kept for searches with few matches;
    # a broad one (a short prefix while typing) streams the newest matches instead and
    # stops at the limit. Either way the snippet is made in the same pass, only for rows
    # that are returned: asking FTS5 for snippets by rowid re-runs the whole match per row.
    broad = conn.execute(
        text("SELECT 1 FROM entries_fts WHERE entries_fts MATCH :q LIMIT 1 OFFSET :n"),
        {"q": match, "n": RANK_MAX},
    ).first() is not None
    fts = table("entries_fts", column("rowid"))
    snippet = func.snippet(literal_column("entries_fts"), -1, HIT_START, HIT_END, "…",
                           SNIPPET_TOKENS)
    order = fts.c.rowid.desc() if broad else func.bm25(literal_column("entries_fts"))
    rows = conn.execute(
        select(*SUMMARY_COLUMNS, snippet.label("snippet"))
        .select_from(fts)
        .join(EntryRow, EntryRow.id == fts.c.rowid)
        .where(text("entries_fts MATCH :q").bindparams(q=match), *filters)
        .order_by(order)
        .limit(limit)
    ).all()
    if not rows:
        return []
    snippets = {row.id: row.snippet for row in rows}
    return [
        SearchHit(summary, snippets.get(row.id) or summary.preview)
        for row, summary in zip(rows, summaries_from_rows(conn, rows), strict=True)
    ]
