import datetime as dt
import os
import stat
import sys
from pathlib import Path

import pytest

from trustjournal.core.entries import EntryEdit, EntryKind
from trustjournal.core.search import HIT_END, HIT_START
from trustjournal.storage import (
    JournalError,
    JournalLockedError,
    NotAJournalError,
    open_journal,
)
from trustjournal.storage.errors import EntryNotFoundError


def test_create_and_read_back(journal) -> None:
    entry, change = journal.create_entry(
        title="First", body="I felt **calm** today.", tags=["calm", "Work"],
        local_date=dt.date(2024, 3, 18), starred=True,
    )
    assert change.order and change.tags and change.entries == {entry.uuid}
    again = journal.get_entry(entry.uuid)
    assert again == entry
    assert again.tags == ("calm", "Work")
    assert again.local_date == dt.date(2024, 3, 18)
    assert again.kind is EntryKind.FREE
    assert again.created_utc.tzinfo is dt.UTC
    assert len(again.uuid) == 36


def test_update_writes_only_real_changes(journal) -> None:
    entry, _ = journal.create_entry(title="t", body="one")
    same, change = journal.update_entry(entry.uuid, EntryEdit(title="t", body="one"))
    assert change.empty
    assert same.updated_utc == entry.updated_utc
    edited, change = journal.update_entry(
        entry.uuid, EntryEdit(body="one two", tags=("x",), local_date=dt.date(2020, 1, 1))
    )
    assert edited.body == "one two"
    assert change.order and change.tags
    summary = journal.summaries([entry.uuid])[entry.uuid]
    assert summary.word_count == 2 and summary.preview == "one two"


def test_tags_shared_case_insensitively_and_dropped_when_unused(journal) -> None:
    a, _ = journal.create_entry(body="a", tags=["Anxiety"])
    b, _ = journal.create_entry(body="b", tags=["anxiety", "calm"])
    assert b.tags == ("Anxiety", "calm")  # the existing spelling wins
    counts = {t.name: t.count for t in journal.tag_counts()}
    assert counts == {"Anxiety": 2, "calm": 1}
    journal.trash_entry(b.uuid)
    journal.purge_entry(b.uuid)
    assert [t.name for t in journal.tag_counts()] == ["Anxiety"]
    assert journal.get_entry(a.uuid).tags == ("Anxiety",)


def test_trash_restore_and_purge(journal) -> None:
    entry, _ = journal.create_entry(body="keep me")
    change = journal.trash_entry(entry.uuid)
    assert change.trash and change.order
    assert journal.count_entries() == 0
    assert journal.count_entries(trashed=True) == 1
    assert journal.search("keep") == []
    journal.restore_entry(entry.uuid)
    assert journal.count_entries() == 1
    with pytest.raises(JournalError):
        journal.purge_entry(entry.uuid)  # only trashed entries can be purged
    journal.trash_entry(entry.uuid)
    journal.purge_entry(entry.uuid)
    with pytest.raises(EntryNotFoundError):
        journal.get_entry(entry.uuid)
    with journal._gateway.read() as cur:
        rows = cur.execute("SELECT count(*) FROM entries").fetchone()[0]
    assert rows == 0


def test_empty_trash(journal) -> None:
    for i in range(3):
        e, _ = journal.create_entry(body=f"entry {i}")
        journal.trash_entry(e.uuid)
    journal.create_entry(body="stays")
    change = journal.empty_trash()
    assert len(change.entries) == 3
    assert journal.count_entries(trashed=True) == 0
    assert journal.count_entries() == 1


def test_timeline_pages_newest_day_first_without_gaps(journal) -> None:
    made = []
    for i in range(25):
        e, _ = journal.create_entry(body=f"e{i}", local_date=dt.date(2024, 1, 1 + i % 10))
        made.append(e.uuid)
    seen = []
    cursor = None
    while True:
        page = journal.timeline_page(cursor, limit=7)
        seen.extend(page.entries)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert sorted(s.uuid for s in seen) == sorted(made)
    keys = [(s.local_date, s.created_utc) for s in seen]
    assert keys == sorted(keys, reverse=True)


def test_search_finds_words_and_marks_snippets(journal) -> None:
    journal.create_entry(title="Late text", body="He was late and I felt my chest go tight.")
    journal.create_entry(title="Walk", body="A calm walk by the river.")
    hits = journal.search("chest")
    assert [h.entry.title for h in hits] == ["Late text"]
    assert f"{HIT_START}chest{HIT_END}" in hits[0].snippet
    assert journal.search("late")[0].entry.title == "Late text"  # title counts
    assert journal.search("riv")[0].entry.title == "Walk"  # prefix as you type
    assert journal.search("calming")[0].entry.title == "Walk"  # stemming
    assert journal.search("nothing-like-this") == []
    assert journal.search('"AND OR NEAR(') == []  # operators are plain words


def test_search_ranks_few_matches_and_lists_many_newest_first(journal) -> None:
    from trustjournal.storage.search import RANK_MAX

    journal.create_entry(title="once", body="river " + "filler " * 50)
    journal.create_entry(title="thrice", body="river river river")
    assert [h.entry.title for h in journal.search("river")] == ["thrice", "once"]  # best first
    for n in range(RANK_MAX + 5):
        journal.create_entry(title=f"walk {n}", body="a river walk")
    hits = journal.search("river", limit=20)
    newest = range(RANK_MAX + 4, RANK_MAX - 16, -1)
    assert [h.entry.title for h in hits] == [f"walk {n}" for n in newest]
    assert all(f"{HIT_START}river{HIT_END}" in h.snippet for h in hits)
    trashed = hits[0].entry.uuid
    journal.trash_entry(trashed)
    assert trashed not in {h.entry.uuid for h in journal.search("river", limit=20)}


def test_search_filters_by_tag_and_dates(journal) -> None:
    journal.create_entry(body="trust note one", tags=["a"], local_date=dt.date(2024, 1, 5))
    journal.create_entry(body="trust note two", tags=["b"], local_date=dt.date(2024, 2, 5))
    assert len(journal.search("trust")) == 2
    assert [h.entry.tags for h in journal.search("trust", tags=["b"])] == [("b",)]
    only_jan = journal.search("trust", date_to=dt.date(2024, 1, 31))
    assert [h.entry.local_date for h in only_jan] == [dt.date(2024, 1, 5)]
    assert len(journal.search("", tags=["a"])) == 1  # filters alone list entries
    assert len(journal.search("trust", date_from=dt.date(2024, 3, 1))) == 0


def test_search_index_follows_edits_in_the_same_transaction(journal) -> None:
    entry, _ = journal.create_entry(body="apples")
    journal.update_entry(entry.uuid, EntryEdit(body="pears"))
    assert journal.search("apples") == []
    assert len(journal.search("pears")) == 1
    assert journal.integrity_problems() == []


def test_unicode_emoji_rtl_and_huge_text(journal) -> None:
    body = "שלום 😊 مرحبا naïve café\n" + ("long line of text " * 60_000)
    assert len(body) > 1_000_000
    entry, _ = journal.create_entry(title="🌱 ñ", body=body)
    assert journal.get_entry(entry.uuid).body == body
    assert journal.search("cafe")[0].entry.uuid == entry.uuid  # accents folded
    assert journal.search("مرحبا")[0].entry.uuid == entry.uuid


def test_marker_characters_cannot_be_stored(journal) -> None:
    entry, _ = journal.create_entry(title=f"a{HIT_START}b", body=f"x{HIT_END}y\x00z")
    stored = journal.get_entry(entry.uuid)
    assert stored.title == "ab" and stored.body == "xyz"


def test_pragmas_are_set(journal) -> None:
    assert journal.sqlite_pragma("journal_mode") == "wal"
    assert journal.sqlite_pragma("synchronous") == 2  # FULL
    assert journal.sqlite_pragma("foreign_keys") == 1
    assert journal.sqlite_pragma("secure_delete") == 1
    assert journal.sqlite_pragma("busy_timeout") == 5000
    assert journal.sqlite_pragma("application_id") == 0x544A524E
    assert "sqlite3" not in sys.modules  # only sqlcipher3 ever opens the file


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_and_folder_are_private(journal_file: Path) -> None:
    with open_journal(journal_file) as j:
        j.create_entry(body="x")
        for path in journal_file.parent.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(journal_file.parent.stat().st_mode) == 0o700


def test_second_open_is_refused_and_file_untouched(journal, journal_file: Path) -> None:
    with pytest.raises(JournalLockedError, match="already open"):
        open_journal(journal_file)
    journal.create_entry(body="still works")
    assert journal.count_entries() == 1


def test_reopen_keeps_entries_and_leaves_no_wal(journal_file: Path) -> None:
    with open_journal(journal_file) as j:
        e, _ = j.create_entry(body="persist")
    assert not journal_file.with_name("notes.db-wal").exists() or \
        journal_file.with_name("notes.db-wal").stat().st_size == 0
    with open_journal(journal_file) as j:
        assert j.get_entry(e.uuid).body == "persist"


@pytest.mark.parametrize(
    "content",
    [b"hello, I am a text file\n" * 100, os.urandom(8192), b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_a_file_that_is_not_a_journal_is_refused_and_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(NotAJournalError):
        open_journal(path)
    assert path.read_bytes() == content
    # and the lock was released: the same call fails the same way, not with "locked"
    with pytest.raises(NotAJournalError):
        open_journal(path)


def test_another_apps_database_is_refused(tmp_path: Path) -> None:
    from sqlcipher3 import dbapi2

    path = tmp_path / "notes.db"
    conn = dbapi2.connect(str(path))
    conn.execute("CREATE TABLE other(x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAJournalError, match="not a TrustJournal journal"):
        open_journal(path)
    assert path.read_bytes() == before


def test_missing_journal_without_create(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="no journal"):
        open_journal(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_settings_round_trip(journal) -> None:
    assert journal.get_setting("perspective", "unset") == "unset"
    journal.set_setting("perspective", {"who": "me"})
    assert journal.get_setting("perspective") == {"who": "me"}


def test_backup_is_a_complete_private_copy(journal, tmp_path: Path) -> None:
    for i in range(5):
        journal.create_entry(body=f"entry {i}", tags=["t"])
    target = journal.backup(tmp_path / "copy.db")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with open_journal(target) as copy:
        assert copy.count_entries() == 5
        assert len(copy.search("entry")) == 5


def corrupt_middle(path: Path) -> None:
    """Overwrite a few pages in the middle of the file (the header stays intact)."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle + 200 : middle + 3000] = os.urandom(2800)
    path.write_bytes(bytes(data))


def test_damage_inside_the_file_is_detected_and_untouched(journal_file: Path) -> None:
    from trustjournal.storage import JournalDamagedError

    with open_journal(journal_file) as j:
        for i in range(400):
            j.create_entry(title=f"entry {i}", body="some words to fill pages " * 20)
    corrupt_middle(journal_file)
    damaged = journal_file.read_bytes()
    with pytest.raises(JournalDamagedError, match="damaged"):
        open_journal(journal_file)
    assert journal_file.read_bytes() == damaged
    # The window opens without the check and runs it in the background: it must find it.
    with open_journal(journal_file, verify=False) as j:
        assert j.integrity_problems(quick=True) != []


def test_counting_live_entries_does_not_step_through_every_row(journal) -> None:  # type: ignore[no-untyped-def]
    """Today counts the journal each time it is built: the count adds up index pages
    instead of visiting each entry, and still leaves out the trash."""
    for n in range(300):
        journal.create_entry(title=f"Day {n}", body="kept")
    for summary in list(journal.iter_entries())[:7]:
        journal.trash_entry(summary.uuid)
    steps = [0]

    def step() -> int:
        steps[0] += 1
        return 0

    with journal._gateway.read() as cur:  # the pooled connection the count reads on
        cur.connection.set_progress_handler(step, 1)
    try:
        assert journal.count_entries() == 293
        assert journal.count_entries(trashed=True) == 7
    finally:
        with journal._gateway.read() as cur:
            cur.connection.set_progress_handler(None, 1)
    assert 0 < steps[0] < 300  # fewer virtual-machine steps than there are entries
