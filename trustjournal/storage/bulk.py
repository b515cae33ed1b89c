"""Fast inserts of many entries (demo journals, and later imports)."""

from __future__ import annotations

import datetime as dt
import json
from itertools import islice
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from trustjournal.core.demo import demo_entries
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tags, clean_title, preview, word_count
from trustjournal.storage.database import writer
from trustjournal.storage.orm import EntryRow, MetricRow, TagRow, entry_tags

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal

CHUNK = 2000


def insert_demo(
    journal: Journal, count: int, years: int, seed: int, today: dt.date | None = None
) -> int:
    """Add a synthetic journal in one transaction and mark the journal as a demo.

    `count` entries in all: free entries, check-ins and exercises with their metric rows
    (see core.demo), stored as the app stores them, ending on `today` (the real date
    unless given: tests pass a fixed one so that nothing depends on the day they run).
    """
    from trustjournal.storage.journal import utc_now
    from trustjournal.storage.orm import SettingRow

    now = utc_now()
    generated = demo_entries(count, years, seed, today=today or dt.date.today())
    added = 0
    with Session(writer(journal._engine)) as session, session.begin():
        session.merge(SettingRow(key="demo_journal", value="true"))
        tag_ids: dict[str, int] = {
            name.casefold(): tid for tid, name in session.execute(select(TagRow.id, TagRow.name))
        }
        while True:
            chunk = list(islice(generated, CHUNK))
            if not chunk:
                break
            for e in chunk:
                for name in clean_tags(e.tags):
                    if name.casefold() not in tag_ids:
                        tag_ids[name.casefold()] = session.execute(
                            insert(TagRow).values(name=name).returning(TagRow.id)
                        ).scalar_one()
            ids = session.execute(
                insert(EntryRow).returning(EntryRow.id, sort_by_parameter_order=True),
                [
                    {
                        "uuid": e.uuid,
                        "kind": e.kind,
                        "title": clean_title(strip_markers(e.title)),
                        "body": strip_markers(e.body),
                        "preview": preview(e.body),
                        "word_count": word_count(e.body),
                        "local_date": e.local_date,
                        "created_utc": e.created_utc,
                        "updated_utc": now,
                        "starred": e.starred,
                        "exercise_id": e.exercise_id,
                        "exercise_version": e.exercise_version,
                        "answers_json": None if e.answers is None else json.dumps(
                            e.answers, ensure_ascii=False, sort_keys=True),
                    }
                    for e in chunk
                ],
            ).scalars().all()
            links = [
                {"entry_id": entry_id, "tag_id": tag_ids[name.casefold()]}
                for entry_id, e in zip(ids, chunk, strict=True)
                for name in clean_tags(e.tags)
            ]
            if links:
                session.execute(insert(entry_tags), links)
            figures = [
                {"entry_id": entry_id, "name": m.name, "value": m.value, "label": m.label}
                for entry_id, e in zip(ids, chunk, strict=True)
                for m in e.metrics
            ]
            if figures:
                session.execute(insert(MetricRow), figures)
            added += len(chunk)
    return added
