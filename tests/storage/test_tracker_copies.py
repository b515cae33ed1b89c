"""Tracker tables travel with the journal: backups and restore, encrypt and decrypt,
a new passphrase, a readable copy of a damaged file, a plain copy saved into a backup."""

from __future__ import annotations

from pathlib import Path

from tests.storage.helpers import (
    MARKERS,
    PASSPHRASE,
    backups_dir,
    marker_hits,
    rows_of,
    write_tracker_markers,
)
from tests.storage.tracker_records import TRACKER_TABLES
from trustjournal.core.trackers import TrackerSet
from trustjournal.storage import open_journal
from trustjournal.storage.archive import make_backup
from trustjournal.storage.database import connect_file
from trustjournal.storage.keys import (
    change_passphrase,
    create_encrypted,
    decrypt_journal,
    encrypt_journal,
    open_encrypted,
    unlock,
)
from trustjournal.storage.plaintext import salvage_into_backup
from trustjournal.storage.restore import restore_backup
from trustjournal.storage.salvage import save_readable_copy


def plain_with_trackers(journal_file: Path) -> TrackerSet:
    with open_journal(journal_file) as journal:
        journal.create_entry(title="An entry", body="beside the trackers")
        write_tracker_markers(journal)
        return journal.tracker_set()


def tracker_rows(path: Path, key: bytes | None) -> dict[str, tuple[int, int]]:
    rows = rows_of(path, key)
    assert all(rows[t][0] > 0 for t in TRACKER_TABLES), rows
    return {t: rows[t] for t in TRACKER_TABLES}


def test_encrypt_and_decrypt_keep_every_tracker_row_and_hide_their_words(
        journal_file: Path) -> None:
    records = plain_with_trackers(journal_file)
    rows = tracker_rows(journal_file, None)
    assert marker_hits(journal_file.parent)  # plain: the words can be seen
    encrypt_journal(journal_file, PASSPHRASE)
    key = unlock(journal_file, PASSPHRASE)
    assert tracker_rows(journal_file, key) == rows
    assert marker_hits(journal_file.parent) == []
    with open_encrypted(journal_file, key) as journal:
        assert journal.tracker_set() == records
        assert journal.search_trackers(MARKERS[2])  # searchable behind the key
    decrypt_journal(journal_file, key)
    assert tracker_rows(journal_file, None) == rows
    with open_journal(journal_file) as journal:
        assert journal.tracker_set() == records


def test_a_new_passphrase_keeps_every_tracker_row(journal_file: Path) -> None:
    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        write_tracker_markers(journal)
        records = journal.tracker_set()
    key = unlock(journal_file, PASSPHRASE)
    rows = tracker_rows(journal_file, key)
    change_passphrase(journal_file, key, "another quiet passphrase")
    new_key = unlock(journal_file, "another quiet passphrase")
    assert new_key != key
    assert tracker_rows(journal_file, new_key) == rows
    with open_encrypted(journal_file, new_key) as journal:
        assert journal.tracker_set() == records
    assert marker_hits(journal_file.parent) == []


def test_restoring_a_backup_brings_the_tracker_rows_back(journal_file: Path) -> None:
    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        write_tracker_markers(journal)
        records = journal.tracker_set()
        info = make_backup(journal, "manual")
        for u in records.urges:
            journal.delete_urge(u.uuid)
        journal.remove_user_exercise("own_letter")
    key = unlock(journal_file, PASSPHRASE)
    assert marker_hits(journal_file.parent) == []  # the backup too
    restore_backup(journal_file, info.path, key)
    with open_encrypted(journal_file, key) as journal:
        assert journal.tracker_set() == records
        assert [v.exercise_id for v in journal.user_exercises()] == ["own_letter"]


def test_a_readable_copy_of_a_damaged_journal_keeps_the_tracker_rows(
        journal_file: Path, tmp_path: Path) -> None:
    records = plain_with_trackers(journal_file)
    rows = tracker_rows(journal_file, None)
    data = bytearray(journal_file.read_bytes())
    data[:16] = bytes(b ^ 0x5A for b in data[:16])  # the header, as a stray write would
    journal_file.write_bytes(bytes(data))
    report = save_readable_copy(journal_file, tmp_path / "rescued")
    assert report.unreadable == 0
    assert all(report.tables[t] > 0 for t in TRACKER_TABLES)
    assert tracker_rows(report.journal_file, None) == rows
    with open_journal(report.journal_file) as rescued:
        assert rescued.tracker_set() == records


def test_a_plain_copy_saved_into_an_encrypted_backup_keeps_the_tracker_rows(
        journal_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "old" / "notes.db"
    records = plain_with_trackers(source)
    rows = tracker_rows(source, None)
    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    journal.close()
    key = unlock(journal_file, PASSPHRASE)
    backup, _count = salvage_into_backup(journal_file, source, key)
    assert backup.parent == backups_dir(journal_file)
    assert tracker_rows(backup, key) == rows
    assert marker_hits(backup.parent) == []
    conn = connect_file(backup, key)
    try:
        assert conn.execute("SELECT count(*) FROM urges").fetchone()[0] == len(records.urges)
    finally:
        conn.close()
