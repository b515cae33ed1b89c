"""Full-text search over the FTS5 index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Connection, Float, Integer, bindparam, column, select, text

from trustjournal.core.entries import SearchHit
from trustjournal.core.search import HIT_END, HIT_START, fts_query
from trustjournal.storage.orm import EntryRow, TagRow, entry_tags

SNIPPET_TOKENS = 14


def search_entries(
    conn: Connection,
    typed: str,
    tags: Sequence[str],
    date_from: dt.date | None,
    date_to: dt.date | None,
    limit: int,
) -> list[SearchHit]:
    """Best matches first; with no words typed, the newest entries matching the filters."""
    from trustjournal.storage.journal import SUMMARY_COLUMNS, summaries_from_rows

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

    fts = text("SELECT rowid, rank FROM entries_fts WHERE entries_fts MATCH :q").columns(
        column("rowid", Integer), column("rank", Float)
    )
    ranked = fts.bindparams(q=match).subquery("hits")
    rows = conn.execute(
        select(*SUMMARY_COLUMNS)
        .join(ranked, ranked.c.rowid == EntryRow.id)
        .where(*filters)
        .order_by(ranked.c.rank)
        .limit(limit)
    ).all()
    if not rows:
        return []
    snippets = dict(
        conn.execute(
            text(
                "SELECT rowid, snippet(entries_fts, -1, :a, :b, '…', :n) FROM entries_fts "
                "WHERE entries_fts MATCH :q AND rowid IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"a": HIT_START, "b": HIT_END, "n": SNIPPET_TOKENS, "q": match,
             "ids": [r.id for r in rows]},
        ).all()
    )
    return [
        SearchHit(summary, snippets.get(row.id) or summary.preview)
        for row, summary in zip(rows, summaries_from_rows(conn, rows), strict=True)
    ]
