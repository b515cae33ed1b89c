"""Whole records out of a journal and back in: filters, streaming, one-transaction import."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.exchange.journal_data import fill, snapshot
from trustjournal.core.entries import EntryKind
from trustjournal.exchange.model import Cancelled, EntryRecord, ExportFilter, MetricRecord
from trustjournal.storage import open_journal
from trustjournal.storage.archive import list_backups

T0 = dt.datetime(2024, 1, 1, 9, 30, tzinfo=dt.UTC)


def record(n: int, **changes: object) -> EntryRecord:
    base = EntryRecord(
        uuid=f"00000000-0000-4000-8000-{n:012d}", kind="free", title=f"Entry {n}",
        body=f"Body number {n}", local_date=dt.date(2024, 1, 1) + dt.timedelta(days=n),
        created_utc=T0 + dt.timedelta(days=n), updated_utc=T0 + dt.timedelta(days=n, hours=1),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def other(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = open_journal(tmp_path / "other" / "notes.db")
    yield opened
    opened.close()


def uuids(journal, flt: ExportFilter, batch: int = 500) -> list[str]:  # type: ignore[no-untyped-def]
    found = [r.uuid for r in journal.iter_records(flt, batch=batch)]
    assert journal.export_count(flt) == len(found)
    return found


def test_records_carry_everything_oldest_first(journal) -> None:
    made = fill(journal)
    records = list(journal.iter_records(ExportFilter(include_trash=True,
                                                     include_revisions=True), batch=3))
    days = [(r.local_date, r.created_utc) for r in records]
    assert days == sorted(days)
    by_id = {r.uuid: r for r in records}
    assert set(by_id) == set(made.values())
    edited = by_id[made["edited"]]
    assert edited.starred and edited.tags == ("calm", "laughter", "Talk")
    assert [r.body for r in edited.revisions] == [
        "We talked calmly.\n\n- one\n- two", "We talked calmly, then laughed."]
    assert all(r.created_utc.tzinfo is dt.UTC for r in records)
    assert by_id[made["trashed"]].deleted_utc is not None
    resaved = by_id[made["resaved"]]
    assert resaved.answers == {"pride": 8} and resaved.metrics == (MetricRecord("pride", 8.0),)
    assert resaved.revisions[0].answers == {"pride": 5}
    assert resaved.revisions[0].metrics == (MetricRecord("pride", 5.0),)
    checkin = by_id[made["checkin-3"]]
    assert checkin.kind == "checkin" and checkin.exercise_id == "checkin"
    assert {m.name for m in checkin.metrics} >= {"trust", "anxiety", "connection", "feeling"}
    assert journal.export_count(ExportFilter(include_trash=True)) == len(made)


def test_filters(journal) -> None:
    made = fill(journal)
    everything = ExportFilter(include_trash=True)
    assert len(uuids(journal, ExportFilter())) == len(made) - 1
    assert made["trashed"] in uuids(journal, everything, batch=1)
    assert uuids(journal, ExportFilter(start=dt.date(2023, 4, 3), end=dt.date(2023, 4, 3))) == [
        made["checkin-3"]]
    # Tags: any of them, case-insensitive beyond ASCII.
    assert set(uuids(journal, ExportFilter(tags=("ÉTÉ", "WORK")))) == {
        made["unicode"], made["exercise"]}
    assert uuids(journal, ExportFilter(tags=("no such tag",))) == []
    assert set(uuids(journal, ExportFilter(kinds=("checkin",)))) == {
        made["checkin-3"], made["checkin-4"]}
    # Exercise ids narrow the exercise entries; other kinds follow `kinds`.
    one_exercise = ExportFilter(exercise_ids=("celebrate_small_victory",))
    assert set(uuids(journal, one_exercise)) == set(made.values()) - {
        made["trashed"], made["exercise"]}
    only_it = ExportFilter(kinds=("exercise",), exercise_ids=("celebrate_small_victory",))
    assert uuids(journal, only_it) == [made["resaved"]]
    free_and_win = ExportFilter(kinds=("free", "exercise"),
                                exercise_ids=("celebrate_small_victory",))
    assert set(uuids(journal, free_and_win)) == {
        made["edited"], made["unicode"], made["empty"], made["resaved"]}
    without = ExportFilter(exclude=frozenset({made["edited"], made["trashed"]}))
    assert made["edited"] not in uuids(journal, without)
    assert journal.export_count(without) == len(made) - 2
    plain = next(iter(journal.iter_records(ExportFilter(), batch=2)))
    assert plain.revisions == ()  # only with include_revisions


def test_iterating_is_batched_and_can_stop_early(journal) -> None:
    fill(journal)
    walk = journal.iter_records(ExportFilter(), batch=2)
    first = next(walk)
    walk.close()  # lets go of the read transaction
    journal.create_entry(title="after")  # a write is not blocked by the closed walk
    assert first.local_date == dt.date(2023, 1, 5)


def test_known_uuids(journal) -> None:
    made = fill(journal)
    probe = [made["edited"], made["trashed"], "00000000-0000-4000-8000-000000000000"]
    assert journal.known_uuids(iter(probe * 400)) == {made["edited"], made["trashed"]}
    assert journal.known_uuids([]) == set()


def test_round_trip_into_an_empty_journal_is_exact(journal, other) -> None:
    fill(journal)
    records = journal.iter_records(ExportFilter(include_trash=True, include_revisions=True))
    added, skipped, change = other.import_records(records)
    before = snapshot(journal)
    assert (added, skipped) == (len(before["entries"]), 0)
    assert change.order and change.trash and change.exercises and change.tags
    assert snapshot(other) == before
    assert [h.entry.title for h in other.search("laughed")] == ["First evening"]
    assert other.integrity_problems() == []
    assert list_backups(other.path) == []  # nothing to back up in an empty journal


def test_import_skips_present_uuids_reuses_tags_and_backs_up_first(journal) -> None:
    journal.create_entry(title="mine", tags=["Calm"])
    new = [record(1, tags=("calm", "new tag", "NEW TAG")), record(2)]
    added, skipped, change = journal.import_records(new)
    assert (added, skipped) == (2, 0)
    assert change.entries == {r.uuid for r in new}
    assert [b.kind for b in list_backups(journal.path)] == ["before-import"]
    assert [t.name for t in journal.tag_counts()] == ["Calm", "new tag"]
    assert journal.get_entry(new[0].uuid).tags == ("Calm", "new tag")
    again = journal.import_records([*new, record(3), record(3)])
    assert again[:2] == (1, 3)
    assert journal.count_entries() == 4


def test_import_computes_derived_columns_and_indexes_text(journal) -> None:
    body = "# Heading\n\nSome **bold** words here"
    journal.import_records([record(5, body=body, title="  Two\nlines ",
                                   kind=str(EntryKind.FREE))])
    [summary] = journal.iter_entries()
    assert summary.title == "Two lines"
    assert summary.preview == "Some bold words here"
    assert summary.word_count == 5
    assert [h.entry.uuid for h in journal.search("bold")] == [record(5).uuid]


def test_cancel_rolls_everything_back(journal) -> None:
    journal.create_entry(title="mine")
    before = snapshot(journal)
    calls = []

    def stop(done: int, total: int | None) -> bool:
        calls.append(done)
        return False

    with pytest.raises(Cancelled):
        journal.import_records((record(n) for n in range(2500)), progress=stop)
    assert calls == [1000]
    assert snapshot(journal) == before


def test_import_progress_counts_every_record(journal) -> None:
    seen: list[tuple[int, int | None]] = []
    journal.import_records((record(n) for n in range(2100)),
                           progress=lambda d, t: seen.append((d, t)) or True)
    assert seen == [(1000, None), (2000, None), (2100, None)]
    assert journal.count_entries() == 2100


_WORDS = ("promise", "phone", "shelter", "the", "theory", "calm", "calmly", "jealous",
          "shore", "worry", "world", "café", "Über", "don't", "well-known")
_QUERIES = ("the", "th", "sh", "promise", "prom", "calm", "cal", "jeal", "cafe", "uber",
            "the phone", "well known", "shelter the", "xqlantern the", "wor", "zebra")


def _worded(n: int) -> EntryRecord:
    words = [_WORDS[(n * 7 + i * 3) % len(_WORDS)] for i in range(5 + n % 11)]
    trashed = T0 + dt.timedelta(days=n) if n % 97 == 0 else None
    return record(n, title=f"{_WORDS[n % len(_WORDS)]} {n}", body=" ".join(words),
                  deleted_utc=trashed)


def _index_rows(journal) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    with journal._gateway.read() as cur:
        return cur.execute("SELECT rowid, title, body FROM entries_fts ORDER BY rowid").fetchall()


def _schema(journal) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    with journal._gateway.read() as cur:
        return cur.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                           "ORDER BY name").fetchall()


@pytest.mark.parametrize(("write_batch", "index_every"), [(2000, 10_000), (500, 1200)])
def test_a_bulk_import_indexes_exactly_like_per_row_inserts(
        journal, other, monkeypatch: pytest.MonkeyPatch, write_batch: int,
        index_every: int) -> None:
    """The import fills the search index of its rows one statement per INDEX_EVERY rows
    (the per-row trigger suspended meanwhile): all at the end, or range by range over
    several batches. The index must answer every search exactly as the trigger, row by
    row, would have made it; and the trigger is back afterwards."""
    from trustjournal.storage import transfer
    from trustjournal.storage.rows import utc_now

    monkeypatch.setattr(transfer, "WRITE_BATCH", write_batch)
    monkeypatch.setattr(transfer, "INDEX_EVERY", index_every)

    records = [_worded(n) for n in range(2600)]  # more than two insert chunks
    for j in (journal, other):
        j.create_entry(title="already here", body="the phone calm before",
                       entry_uuid="00000000-0000-4000-8000-999999999999")
    schema_before = _schema(journal)
    added, _, _ = journal.import_records(records)
    assert added == len(records)
    # The reference: the same rows, inserted with the trigger indexing each one.
    with other._gateway.write() as cur:
        ids = transfer._Ids(next_tag=1, tags={})
        batch, _ = transfer._batch(records, ids, utc_now(), 2)
        for sql, values in batch.statements:
            cur.execute(sql, values)
    assert _schema(journal) == schema_before
    assert journal.integrity_problems() == []
    assert _index_rows(journal) == _index_rows(other)
    for query in _QUERIES:
        for limit in (10, 200, 1000):
            ours = [(h.entry.uuid, h.snippet) for h in journal.search(query, limit=limit)]
            reference = [(h.entry.uuid, h.snippet) for h in other.search(query, limit=limit)]
            assert ours == reference, query
    assert len(journal.search("the", limit=1000)) > 300  # the broad path was exercised
    assert journal.search("xqlantern the") == []
    # Everyday saves are indexed by the trigger again.
    journal.create_entry(title="later", body="a zebra crossing")
    assert [h.entry.title for h in journal.search("zebra")] == ["later"]


def test_an_import_is_not_stopped_by_interrupts_meant_for_checks_and_copies(journal) -> None:  # type: ignore[no-untyped-def]
    # The window calls interrupt() every 50 ms while a lock or a close waits; the
    # import's own duplicate check must not take that for itself. Here interrupt()
    # comes the moment each check starts, so an interruptible check would fail.
    journal.import_records([record(1)])
    statements: list[str] = []

    def interrupt_each_check(sql: str) -> None:
        if "WHERE uuid IN" in sql:
            statements.append(sql)
            journal.interrupt()

    with journal._gateway.watch(interrupt_each_check):
        added, skipped, _ = journal.import_records([record(n) for n in range(1, 2500)])
    assert statements  # the checks ran, each with an interrupt on top of it
    assert (added, skipped) == (2498, 1)
    assert journal.count_entries() == 2499
