"""Kept Progress figures and a journal found damaged: once the integrity check has found
damage, nothing more is written into the file for the next session (not at close, not
after a read), so a salvage or a restore finds the file as the damage left it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlcipher3 import dbapi2

from tests.storage.test_stats import checkin
from tests.tracker_records import urge
from trustjournal.core.trackers import UrgeOutcome
from trustjournal.storage import open_journal

DAY = dt.date(2026, 6, 30)
FILLER = "words to fill the pages of the entries table " * 30


def kept_names(path: Path) -> set[str]:
    """The kept rows' names, read with a bare connection (the journal refuses to open a
    damaged file)."""
    connection = dbapi2.connect(str(path))
    try:
        return {name for (name,) in connection.execute("SELECT name FROM kept_figures")}
    finally:
        connection.close()


def spoil_page_holding(path: Path, needle: bytes) -> None:
    data = bytearray(path.read_bytes())
    at = data.find(needle)
    assert at > 0
    page = at // 4096
    data[page * 4096 + 100:(page + 1) * 4096] = os.urandom(4096 - 100)
    path.write_bytes(bytes(data))


def damaged_after_a_session(journal_file: Path) -> None:
    """A journal whose last session kept its figures, then a page of free entries
    spoiled on disk."""
    with open_journal(journal_file) as journal:
        for n in range(200):
            journal.create_entry(title=f"entry {n}", body=f"marker{n:04d} {FILLER}",
                                 local_date=DAY - dt.timedelta(days=n))
        checkin(journal, DAY, 6, 3, 7)
        journal.progress_data()
        journal.tracker_data()
    assert kept_names(journal_file) == {"progress", "trackers"}
    spoil_page_holding(journal_file, b"marker0100")


def test_closing_after_damage_was_found_keeps_nothing_new(journal_file: Path) -> None:
    damaged_after_a_session(journal_file)
    journal = open_journal(journal_file, verify=False)  # as the window opens it
    try:
        assert journal.progress_data().last_day == DAY  # from the kept figures
        checkin(journal, DAY - dt.timedelta(days=1), 5, 5, 5)  # the kept row goes
        assert "progress" not in kept_names_in(journal)
        assert journal.integrity_problems(quick=True) != []
        urge(journal, DAY, UrgeOutcome.RESISTED, 5)  # the tracker row goes too
        assert journal.tracker_data().urges  # read in full: would be kept at once
        assert kept_names_in(journal) == set()
    finally:
        journal.close()  # would catch up and keep the figures again
    assert "progress" not in kept_names(journal_file)


def kept_names_in(journal) -> set[str]:  # type: ignore[no-untyped-def]
    with journal._gateway.read() as cur:
        return {name for (name,) in cur.execute("SELECT name FROM kept_figures")}


def test_a_tracker_save_is_kept_at_close_not_by_each_refresh(journal_file: Path) -> None:
    """After a tracker save, refreshing Progress writes nothing (a write and an fsync on
    the refresh); closing keeps the figures the session read last, for the next one."""
    with open_journal(journal_file) as journal:
        checkin(journal, DAY, 6, 3, 7)
        urge(journal, DAY, UrgeOutcome.RESISTED, 5)
        journal.progress_data()
        first = journal.tracker_data()  # nothing kept yet: read in full and kept at once
        assert kept_names_in(journal) == {"progress", "trackers"}
        urge(journal, DAY, UrgeOutcome.ACTED, 8)  # its trigger removes the tracker row
        assert kept_names_in(journal) == {"progress"}
        shown = journal.tracker_data()  # the refresh after the save
        assert shown != first
        assert kept_names_in(journal) == {"progress"}
    assert kept_names(journal_file) == {"progress", "trackers"}
    with open_journal(journal_file) as journal:
        reads = []
        journal._kept_tracker_data._read = lambda *days: reads.append(days)  # type: ignore[method-assign]
        assert journal.tracker_data() == shown  # the kept figures, nothing read
        assert reads == []
