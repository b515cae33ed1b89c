"""A closed journal is freed as soon as its last name goes, not at a later collection.

Its stores must not hold the journal itself (a bound method of it makes a cycle), so
what it read, a victory's words among them, leaves memory with it.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from trustjournal.core.records import ExportFilter
from trustjournal.storage import open_journal
from trustjournal.storage.errors import JournalError


def test_a_closed_journal_is_freed_without_a_collection(journal_file: Path) -> None:
    journal = open_journal(journal_file)
    entry, _ = journal.create_entry(title="t", body="a small victory today")
    journal.trash_entry(entry.uuid)
    journal.purge_entry(entry.uuid)  # calls back into the journal for a backup first
    journal.export_count(ExportFilter())  # makes the transfer store
    journal.progress_data()
    journal.tracker_data()
    journal.close()
    gone = weakref.ref(journal)
    gc.disable()
    try:
        del journal
        assert gone() is None
    finally:
        gc.enable()


def test_a_store_outliving_its_journal_refuses_its_backup_cleanly(journal_file: Path) -> None:
    # A purge reaches the closed gateway before its backup, so the call-back is asked
    # directly here: with the journal gone it must refuse, not fail on a dead reference.
    journal = open_journal(journal_file)
    store = journal.entries
    journal.close()
    del journal
    gc.collect()
    with pytest.raises(JournalError, match="closed"):
        store._backup_first("purge")
