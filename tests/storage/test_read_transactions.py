"""Reads and checks run as reads: only a save takes SQLite's write lock.

A check that held the write lock (a write transaction) made every save in the window
wait for it, and a save during a long check failed with "database is locked" once
busy_timeout ran out. In WAL mode a read never holds up a write; these tests hold a
read or a check open on purpose and save meanwhile.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from trustjournal.core.entries import EntryEdit
from trustjournal.exchange.model import ExportFilter
from trustjournal.storage import open_journal
from trustjournal.storage.database import connect_file

PROMPT_S = 1.0  # SQLite would make a blocked save wait busy_timeout (5 s), then fail


def _seeded(journal_file: Path) -> Any:
    journal = open_journal(journal_file)
    for number in range(30):
        journal.create_entry(title=f"day {number}", body=f"walked by the river {number}",
                             tags=["walk"])
    entry, _ = journal.create_entry(title="edited", body="first words")
    journal.update_entry(entry.uuid, EntryEdit(body="second words"))
    return journal


@pytest.mark.parametrize("quick", [True, False], ids=["quick_check", "integrity_check"])
def test_a_save_goes_through_while_the_check_runs(journal_file: Path, quick: bool) -> None:
    journal = _seeded(journal_file)
    checking, finish = threading.Event(), threading.Event()
    pragma = "quick_check" if quick else "integrity_check"

    def hold(statement: str) -> None:
        # The check has begun its transaction and is about to read every page: keep it
        # there, as a check of a big journal would be, until the save is done.
        if pragma in statement:
            checking.set()
            finish.wait(30)

    found: list[list[str]] = []
    checker = threading.Thread(target=lambda: found.append(journal.integrity_problems(quick)))
    with journal._gateway.watch(hold):
        checker.start()
        try:
            assert checking.wait(10)
            started = time.perf_counter()
            entry, _ = journal.create_entry(title="saved during the check", body="kept")
            seconds = time.perf_counter() - started
        finally:
            finish.set()
            checker.join(30)
    try:
        assert seconds < PROMPT_S, f"the save waited {seconds:.2f} s for the check"
        assert found == [[]]
        assert journal.get_entry(entry.uuid).body == "kept"
    finally:
        journal.close()


def test_every_read_goes_on_while_another_connection_writes(journal_file: Path) -> None:
    """Another connection holds the write lock (a save in progress); every read of the
    Journal API still answers at once instead of queueing behind it."""
    journal = _seeded(journal_file)
    entry = next(iter(journal.iter_entries()))
    edited = next(s for s in journal.iter_entries() if s.title == "edited")
    revision_id = journal.history(edited.uuid)[0].id
    today = dt.date.today()
    reads = {
        "get_entry": lambda: journal.get_entry(entry.uuid),
        "history": lambda: journal.history(edited.uuid),
        "revision": lambda: journal.revision(edited.uuid, revision_id),
        "recovered": journal.recovered,
        "checkin_on": lambda: journal.checkin_on(today),
        "timeline_page": journal.timeline_page,
        "summaries": lambda: journal.summaries([entry.uuid]),
        "count_entries": journal.count_entries,
        "tag_counts": journal.tag_counts,
        "search": lambda: journal.search("river"),
        "get_setting": lambda: journal.get_setting("anything"),
        "last_done": journal.last_done,
        "drafts": journal.drafts,
        "exercise_answers": lambda: journal.exercise_answers(entry.uuid),
        "progress_data": journal.progress_data,
        "export_count": lambda: journal.export_count(ExportFilter()),
        "iter_records": lambda: list(journal.iter_records(ExportFilter())),
        "known_uuids": lambda: journal.known_uuids([entry.uuid]),
        "quick check": lambda: journal.integrity_problems(quick=True),
    }
    other = connect_file(journal_file, None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings(key, value) VALUES ('held', '1')")
    slow: dict[str, float] = {}
    try:
        for name, read in reads.items():
            started = time.perf_counter()
            try:
                read()
            except Exception as exc:  # a read that queued for the write lock and gave up
                slow[name] = float("inf")
                print(f"{name}: {type(exc).__name__}")
                continue
            seconds = time.perf_counter() - started
            if seconds >= PROMPT_S:
                slow[name] = seconds
    finally:
        other.execute("ROLLBACK")
        other.close()
        journal.close()
    assert slow == {}


def test_writes_take_the_write_lock_up_front_and_reads_never(journal_file: Path) -> None:
    """BEGIN IMMEDIATE for every save (two writers never deadlock halfway), plain BEGIN
    for every read and check."""
    journal = _seeded(journal_file)
    begun: list[str] = []

    def record(statement: str) -> None:
        if statement.startswith("BEGIN"):
            begun.append(statement)

    try:
        with journal._gateway.watch(record):
            entry, _ = journal.create_entry(title="new", body="words")
            journal.update_entry(entry.uuid, EntryEdit(body="other words"))
            journal.set_setting("theme", "dark")
            writes, begun[:] = list(begun), []
            journal.get_entry(entry.uuid)
            journal.history(entry.uuid)
            journal.timeline_page()
            journal.search("words")
            journal.integrity_problems(quick=True)
            reads = list(begun)
    finally:
        journal.close()
    assert writes == ["BEGIN IMMEDIATE"] * 3
    assert reads and set(reads) == {"BEGIN"}
