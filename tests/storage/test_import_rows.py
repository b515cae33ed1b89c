"""The import's rows against the row-by-row insert it replaced.

Import writes batches of many-row statements on a writer thread and indexes them for
search as it goes (one statement per INDEX_EVERY rows). Here the same records go into a
second journal through the insert as it was before (one executemany per table, the
search index filled in one statement at the end, frozen below as the reference); every
table, the search index and search results must come out the same, plain and encrypted,
across several batches.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.journal_data import fill
from tests.storage.helpers import PASSPHRASE
from trustjournal.core.records import EntryRecord, MetricRecord, RevisionRecord
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tags, clean_title, preview, word_count
from trustjournal.exchange.model import ExportFilter
from trustjournal.storage import open_journal
from trustjournal.storage.errors import JournalError
from trustjournal.storage.keys import create_encrypted
from trustjournal.storage.rows import (
    answers_json,
    db_date,
    db_time,
    index_new_rows,
    suspend_index_trigger,
    utc_now,
)
from trustjournal.storage.transfer import WRITE_BATCH, _revision_row

T0 = dt.datetime(2024, 1, 1, 9, 30, tzinfo=dt.UTC)
_INSERT_ENTRY = (
    "INSERT INTO entries (id, uuid, kind, title, body, preview, word_count, local_date, "
    "created_utc, updated_utc, starred, deleted_utc, exercise_id, exercise_version, "
    "answers_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_REVISION = (
    "INSERT INTO revisions (entry_id, saved_utc, replaced_utc, kind, title, body, "
    "word_count, tags_json, local_date, starred, exercise_version, answers_json, "
    "metrics_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# The reference: the import's insert before the writer thread, as it was.
def _reference_insert(cur: Any, records: list[EntryRecord], tag_ids: dict[str, int], now: Any,
            next_id: int) -> int:
    """Bulk-insert new records with their tags, metrics and revisions; returns the next
    free entry id."""
    entries: list[tuple[Any, ...]] = []
    links: list[tuple[int, int]] = []
    metrics: list[tuple[Any, ...]] = []
    revisions: list[tuple[Any, ...]] = []
    for entry_id, r in enumerate(records, next_id):
        body = strip_markers(r.body.replace("\x00", ""))
        entries.append((
            entry_id, r.uuid, r.kind, clean_title(strip_markers(r.title)), body,
            preview(body), word_count(body), db_date(r.local_date), db_time(r.created_utc),
            db_time(r.updated_utc or now), int(bool(r.starred)), db_time(r.deleted_utc),
            r.exercise_id, r.exercise_version, answers_json(r.answers),
        ))
        linked: set[int] = set()  # two spellings of one tag in a record are one link
        for name in clean_tags(r.tags):
            key = name.casefold()
            tag_id = tag_ids.get(key)
            if tag_id is None:
                cur.execute("INSERT INTO tags (name) VALUES (?)", (name,))
                tag_id = tag_ids[key] = cur.lastrowid
            if tag_id not in linked:
                linked.add(tag_id)
                links.append((entry_id, tag_id))
        metrics.extend((entry_id, m.name, m.value, m.label) for m in r.metrics)
        revisions.extend(_revision_row(entry_id, rev) for rev in r.revisions)
    cur.executemany(_INSERT_ENTRY, entries)
    if links:
        cur.executemany("INSERT INTO entry_tags (entry_id, tag_id) VALUES (?, ?)", links)
    if metrics:
        cur.executemany("INSERT INTO metrics (entry_id, name, value, label) "
                        "VALUES (?, ?, ?, ?)", metrics)
    if revisions:
        cur.executemany(_INSERT_REVISION, revisions)
    return next_id + len(records)


def _reference_import(journal: Any, records: list[EntryRecord]) -> None:
    """The records the journal lacks, added as the import used to add them."""
    known = journal.known_uuids(r.uuid for r in records)
    fresh = [r for r in records if r.uuid not in known]
    with journal._gateway.write() as cur:
        tag_ids = {name.casefold(): tid for tid, name in cur.execute("SELECT id, name FROM tags")}
        first = (cur.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
        trigger = suspend_index_trigger(cur)
        next_id = first
        for start in range(0, len(fresh), 1000):
            next_id = _reference_insert(cur, fresh[start:start + 1000], tag_ids, utc_now(),
                                        next_id)
        index_new_rows(cur, first, trigger)


def _rows(journal: Any) -> dict[str, Any]:
    """Every table but settings (it holds the journal's own random id), row for row,
    and the search index as SQLite reads it back."""
    found: dict[str, Any] = {}
    with journal._gateway.read() as cur:
        tables = [name for (name,) in cur.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'entries_fts%' AND name NOT IN ('settings', 'alembic_version') "
            "ORDER BY name")]
        for table in tables:
            found[table] = cur.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        found["entries_fts"] = cur.execute(
            "SELECT rowid, title, body FROM entries_fts ORDER BY rowid").fetchall()
        found["entries_fts_config"] = cur.execute(
            "SELECT k, v FROM entries_fts_config ORDER BY k").fetchall()
        found["triggers"] = cur.execute(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").fetchall()
    return found


_TAGS = [("Calm",), ("calm", "Work"), ("Ärger", "ärger"), ("日記",), (), ("#odd, tag",),
         ("Talk", "talk ", "TALK"), ("new-later",)]
_BODIES = [
    "We walked by the river and it was calm. Don't worry, it’s fine.",
    "# Heading\n\n- a **bold** point\n- Calm: 8 out of 10\n",
    "Ein Ärger mit dem Telefon – „wieder“ … naïve café",
    "東京で話した。電話のこと。",
    "Line with a NUL\x00 inside and [a link](http://example.org) and `code`",
    "",
    "Long prose " * 60 + "\n\nand a second paragraph about the phone",
]


def _record(n: int) -> EntryRecord:
    kinds = ("free", "exercise", "checkin")
    kind = kinds[n % 3] if n % 5 else "free"
    exercise = kind != "free"
    metrics = (MetricRecord("trust", [0.1, 7.0, 1e-300, -2.5, 1 / 3][n % 5]),
               MetricRecord("feeling", 60.0, "hopeful")) if exercise else ()
    revisions = (RevisionRecord(
        saved_utc=T0 + dt.timedelta(days=n, minutes=5),
        replaced_utc=T0 + dt.timedelta(days=n, minutes=9), kind=kind, title=f"Was {n}",
        body=_BODIES[(n + 1) % len(_BODIES)], local_date=dt.date(2024, 1, 1),
        tags=("old",), starred=False, exercise_version=1 if exercise else None,
        answers={"trust": 3} if exercise else None,
        metrics=(MetricRecord("trust", 3.0),) if exercise else ()),) if n % 7 == 0 else ()
    return EntryRecord(
        uuid=f"00000000-0000-4000-8000-{n:012d}", kind=kind,
        title=f"Entry {n} " + ("x" * 600 if n % 11 == 0 else "about the phone"),
        body=_BODIES[n % len(_BODIES)] + f" number {n}",
        local_date=dt.date(2024, 1, 1) + dt.timedelta(days=n % 400),
        created_utc=T0 + dt.timedelta(days=n), updated_utc=T0 + dt.timedelta(days=n, hours=1),
        tags=_TAGS[n % len(_TAGS)], starred=n % 4 == 0,
        deleted_utc=T0 + dt.timedelta(days=n + 2) if n % 13 == 0 else None,
        exercise_id="checkin" if kind == "checkin" else ("own" if exercise else None),
        exercise_version=1 if exercise else None,
        answers={"trust": n % 10, "note": "ok"} if exercise else None,
        metrics=metrics, revisions=revisions,
    )


def _journals(tmp_path: Path, kind: str) -> tuple[Any, Any]:
    if kind == "plain":
        return open_journal(tmp_path / "a" / "notes.db"), open_journal(tmp_path / "b" / "notes.db")
    return (create_encrypted(tmp_path / "a" / "notes.db", PASSPHRASE)[0],
            create_encrypted(tmp_path / "b" / "notes.db", PASSPHRASE)[0])


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_import_rows_equal_the_row_by_row_insert(tmp_path: Path, kind: str) -> None:
    source = open_journal(tmp_path / "source" / "notes.db")
    fill(source)
    exported = list(source.iter_records(ExportFilter(include_trash=True,
                                                     include_revisions=True)))
    source.close()
    records = exported + [_record(n) for n in range(2 * WRITE_BATCH + 321)]
    ours, reference = _journals(tmp_path, kind)
    with ours, reference:
        for journal in (ours, reference):
            # Both hold something first: a tag, an entry, and records the import skips.
            journal.create_entry(title="already here", body="the phone, calm",
                                 tags=["calm"], local_date=dt.date(2023, 12, 1),
                                 entry_uuid="00000000-0000-4000-8000-999999999999")
        seed = records[5:40:3]
        ours.import_records(seed)
        _reference_import(reference, seed)
        # The one entry made by hand has its own times; make them equal before comparing.
        for journal in (ours, reference):
            with journal._gateway.write() as cur:
                cur.execute("UPDATE entries SET created_utc = ?, updated_utc = ? "
                            "WHERE uuid LIKE '%999999999999'", ("2023-12-01 10:00:00.000000",) * 2)
        added, skipped, _ = ours.import_records(records)
        assert (added, skipped) == (len(records) - len(seed), len(seed))
        _reference_import(reference, records)
        ours_rows, reference_rows = _rows(ours), _rows(reference)
        assert ours_rows.keys() == reference_rows.keys()
        for table, rows in reference_rows.items():
            assert ours_rows[table] == rows, table
        assert len(ours_rows["entries"]) == len(records) + 1
        assert len(ours_rows["revisions"]) > 300 and len(ours_rows["metrics"]) > 1000
        for query in ("phone", "calm", "Ärger", "東京", "walk*", "number 4321", "long prose"):
            for limit in (5, 50, 1000):
                assert ([(h.entry.uuid, h.snippet) for h in ours.search(query, limit=limit)]
                        == [(h.entry.uuid, h.snippet)
                            for h in reference.search(query, limit=limit)]), query
        assert ours.integrity_problems() == []


def test_a_failed_write_on_the_writer_thread_leaves_the_journal_as_it_was(journal) -> None:
    """A write the disk refuses mid-import (here: the file may not grow) stops the import
    with the journal's own message; nothing of it is kept and saving works after."""
    journal.create_entry(title="mine", body="kept", tags=["calm"])
    before = _rows(journal)
    pages = journal._gateway.pragma("page_count")
    journal._gateway.pragma(f"max_page_count = {int(pages) + 40}")
    records = [_record(n) for n in range(WRITE_BATCH * 3)]
    with pytest.raises(JournalError, match="full"):
        journal.import_records(records)
    assert _rows(journal) == before
    journal._gateway.pragma("max_page_count = 1073741823")
    journal.create_entry(title="later", body="a zebra crossing")
    assert [h.entry.title for h in journal.search("zebra")] == ["later"]
    assert journal.import_records(records[:10])[0] == 10


def _hash_size(journal: Any) -> list[Any]:
    with journal._gateway.read() as cur:
        return cur.execute("SELECT v FROM entries_fts_config WHERE k = 'hashsize'").fetchall()


@pytest.mark.parametrize("own", [None, 2 * 1024**2])
def test_the_import_widens_the_index_buffer_and_puts_the_journal_setting_back(
        journal, monkeypatch: pytest.MonkeyPatch, own: int | None) -> None:
    """The index gathers 16 MB of an import in memory at a time (fewer segments to
    merge); the journal's own setting (none, or one of its own) is what it has after."""
    from trustjournal.storage import transfer

    if own is not None:
        with journal._gateway.write() as cur:
            cur.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)",
                        (own,))
    before = _hash_size(journal)
    during: list[Any] = []
    original = transfer.restore_index_buffer

    def restore(cur: Any, saved: str) -> None:
        during.append(cur.execute(
            "SELECT v FROM entries_fts_config WHERE k = 'hashsize'").fetchone()[0])
        original(cur, saved)

    monkeypatch.setattr(transfer, "restore_index_buffer", restore)
    records = [_record(n) for n in range(WRITE_BATCH + 10)]
    assert journal.import_records(records)[0] == len(records)
    assert during == [16 * 1024**2]
    assert _hash_size(journal) == before == ([] if own is None else [(own,)])
    assert [h.entry.uuid for h in journal.search("number 2003")] == [records[2003].uuid]
    assert journal.integrity_problems() == []


def test_a_cancelled_import_leaves_the_index_setting_as_it_was(journal) -> None:
    from trustjournal.core.records import Cancelled

    before = _rows(journal)
    records = [_record(n) for n in range(WRITE_BATCH * 2 + 10)]
    with pytest.raises(Cancelled):
        journal.import_records(records, lambda done, total: done < WRITE_BATCH + 500)
    assert _rows(journal) == before
    assert _hash_size(journal) == []


@pytest.mark.parametrize("ends", ["done", "cancelled", "failed"])
def test_the_import_widens_the_page_cache_and_puts_the_connection_setting_back(
        journal, monkeypatch: pytest.MonkeyPatch, ends: str) -> None:
    """The import's connection caches 32 MB of pages while it writes; however the
    import ends, the connection has its own size again."""
    from trustjournal.core.records import Cancelled
    from trustjournal.storage import transfer

    before = journal._gateway.pragma("cache_size")
    during: list[Any] = []
    original = transfer.restore_page_cache

    def restore(cur: Any, saved: int) -> None:
        during.append(cur.execute("PRAGMA cache_size").fetchone()[0])
        original(cur, saved)

    monkeypatch.setattr(transfer, "restore_page_cache", restore)
    records = [_record(n) for n in range(WRITE_BATCH * 2 + 10)]
    if ends == "done":
        assert journal.import_records(records)[0] == len(records)
    elif ends == "cancelled":
        with pytest.raises(Cancelled):
            journal.import_records(records, lambda done, total: done < WRITE_BATCH + 500)
    else:
        pages = journal._gateway.pragma("page_count")
        journal._gateway.pragma(f"max_page_count = {int(pages) + 40}")
        with pytest.raises(JournalError, match="full"):
            journal.import_records(records)
    assert during == [-32 * 1024]
    assert journal._gateway.pragma("cache_size") == before != -32 * 1024
