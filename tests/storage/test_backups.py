"""Backups: made, checked, rotated and restored row for row; refusals change nothing;
damaged journals are recognised, kept aside unchanged, and what can be read is saved."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

import pytest

from tests.storage.helpers import (
    MARKERS,
    PASSPHRASE,
    file_hashes,
    marker_hits,
    rows_of,
    write_markers,
)
from trustjournal.core.demo import demo_entries
from trustjournal.core.exercises import Metric
from trustjournal.core.rotation import SETTING, Rotation, rotation_to_setting
from trustjournal.paths import keys_path
from trustjournal.storage import copies as backup_module
from trustjournal.storage import open_journal
from trustjournal.storage.archive import (
    BackupInfo,
    add_entry_counts,
    daily_backup_if_due,
    list_backups,
    make_backup,
)
from trustjournal.storage.bulk import insert_demo
from trustjournal.storage.damage import damage_suspected, journal_needs_key
from trustjournal.storage.database import connect_file
from trustjournal.storage.errors import (
    BackupCheckError,
    BackupDamagedError,
    BackupError,
    BackupNewerError,
    ForeignBackupError,
    JournalError,
    NotABackupError,
)
from trustjournal.storage.files import PLAIN_HEADER
from trustjournal.storage.keys import create_encrypted, open_encrypted, unlock
from trustjournal.storage.restore import check_backup, restore_backup, restore_latest
from trustjournal.storage.salvage import save_readable_copy

# The demo's entries depend on the day they end on; a fixed day keeps every count here the
# same whatever day the suite runs.
DEMO_DAY = dt.date(2026, 6, 30)


def fill(journal, entries: int = 60) -> None:  # type: ignore[no-untyped-def]
    """Entries with tags, markers, an edit, the trash, exercise metrics and a draft:
    something in every table."""
    insert_demo(journal, entries, 1, seed=5, today=DEMO_DAY)
    write_markers(journal)
    journal.save_exercise_entry(
        exercise_id="celebrate_small_victory", exercise_version=1, title="A win",
        body=f"We talked. {MARKERS[2]}", answers={"pride": 8}, metrics=[Metric("pride", 8.0)])
    journal.save_draft("challenge_a_thought", 1, {"answers": {"thought": MARKERS[3]}})


def plain(journal_file: Path, entries: int = 60):  # type: ignore[no-untyped-def]
    journal = open_journal(journal_file)
    fill(journal, entries)
    return journal


def encrypted(journal_file: Path, entries: int = 60):  # type: ignore[no-untyped-def]
    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    fill(journal, entries)
    return journal


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(16):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def spoil_page_holding(path: Path, needle: bytes) -> None:
    """Overwrite the page that holds needle with junk (a plain journal, closed)."""
    data = bytearray(path.read_bytes())
    at = data.find(needle)
    assert at > 0
    page = at // 4096
    data[page * 4096:(page + 1) * 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))


# -- making ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_backup_then_restore_gives_back_every_row(journal_file: Path, kind: str) -> None:
    journal = plain(journal_file) if kind == "plain" else encrypted(journal_file)
    key = None if kind == "plain" else unlock(journal_file, PASSPHRASE)
    info = make_backup(journal, "manual")
    journal.close()
    original = rows_of(journal_file, key)
    # The demo's check-ins and exercises bring their own metric rows; the win adds one.
    demo_metrics = sum(len(e.metrics) for e in demo_entries(60, 1, seed=5, today=DEMO_DAY))
    assert original["entries"][0] > 60 and original["metrics"][0] == demo_metrics + 1
    assert original["drafts"][0] == 1 and original["entry_tags"][0] > 0
    assert info.entries == original["entries"][0]
    assert info.revision and info.kind == "manual" and info.encrypted is (key is not None)

    # The journal moves on: new, edited, trashed and purged entries, a changed setting.
    journal = open_journal(journal_file, key=key)
    newer, _ = journal.create_entry(title="After the backup", body="new words")
    journal.trash_entry(newer.uuid)
    journal.purge_entry(newer.uuid)
    journal.create_entry(title="Still newer", body="more")
    journal.set_setting("auto_lock_minutes", 15)
    journal.close()
    moved_on = rows_of(journal_file, key)
    assert moved_on != original

    result = restore_backup(journal_file, info.path, key)
    assert rows_of(journal_file, key) == original  # every table, row for row
    assert result.restored.path == info.path and result.damaged_copy is None
    assert result.before is not None and result.before.kind == "before-restore"
    assert rows_of(result.before.path, key) == moved_on  # the state before is kept whole
    opened = open_journal(journal_file, key=key) if key is None else open_encrypted(
        journal_file, key)
    with opened as journal:
        assert journal.integrity_problems() == []
        assert [h.entry.title for h in journal.search("Still newer")] == []
    assert not journal_file.with_name("notes.db.restore").exists()


def test_encrypted_backups_hold_no_readable_words(journal_file: Path) -> None:
    journal = encrypted(journal_file)
    make_backup(journal, "manual")
    assert daily_backup_if_due(journal) is not None
    journal.close()
    restore_latest(journal_file, unlock(journal_file, PASSPHRASE))  # adds before-restore
    folder = journal_file.parent / "backups"
    assert len(list(folder.glob("*.db"))) == 3
    assert marker_hits(journal_file.parent) == []
    for backup in folder.iterdir():
        assert not backup.read_bytes().startswith(PLAIN_HEADER)


def test_backups_are_private_and_complete(journal_file: Path) -> None:
    with plain(journal_file, 5) as journal:
        info = make_backup(journal, "import")
    folder = journal_file.parent / "backups"
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert info.kind == "before-import" and info.name.startswith("before-import-")
    assert sorted(p.name for p in folder.iterdir()) == [info.name]  # no .partial left
    conn = connect_file(info.path, None)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # stands alone
    finally:
        conn.close()


def test_a_copy_that_loses_a_row_is_caught_and_not_kept(journal_file: Path, monkeypatch
                                                        ) -> None:
    real = backup_module._copy_pages

    def lossy(source, dest) -> None:  # type: ignore[no-untyped-def]
        real(source, dest)
        dest.execute("DELETE FROM drafts")

    monkeypatch.setattr(backup_module, "_copy_pages", lossy)
    with plain(journal_file, 5) as journal:
        with pytest.raises(BackupCheckError, match="did not match"):
            make_backup(journal, "manual")
        assert list((journal_file.parent / "backups").iterdir()) == []
        assert journal.count_entries() > 0  # the journal itself is untouched


def test_a_copy_that_fails_the_integrity_check_is_caught(journal_file: Path, monkeypatch
                                                         ) -> None:
    real = backup_module._copy_pages

    def spoiled(source, dest) -> None:  # type: ignore[no-untyped-def]
        real(source, dest)
        # Point an index at the wrong b-tree: the rows are all there, the index is not.
        dest.execute("PRAGMA writable_schema=ON")
        root = dest.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name='ix_entry_tags_tag_id'").fetchone()[0]
        other = dest.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name='ix_entries_timeline'").fetchone()[0]
        dest.execute("UPDATE sqlite_schema SET rootpage=? WHERE name='ix_entries_timeline'",
                      (root,))
        dest.execute("UPDATE sqlite_schema SET rootpage=? WHERE name='ix_entry_tags_tag_id'",
                      (other,))
        dest.execute("PRAGMA writable_schema=OFF")

    monkeypatch.setattr(backup_module, "_copy_pages", spoiled)
    with plain(journal_file, 5) as journal, pytest.raises(BackupCheckError):
        make_backup(journal, "manual")
    assert list((journal_file.parent / "backups").iterdir()) == []


def test_one_automatic_backup_a_day_then_rotation(journal_file: Path) -> None:
    with open_journal(journal_file) as journal:
        day = dt.datetime(2024, 3, 1, 9, 0)
        assert daily_backup_if_due(journal, now=day) is None  # no entries yet: nothing to keep
        journal.create_entry(body="first")
        journal.set_setting(SETTING, rotation_to_setting(Rotation(2, 1, 1, 30)))
        made = []
        for n in range(6):
            when = day + dt.timedelta(days=n)
            info = daily_backup_if_due(journal, now=when)
            assert info is not None
            assert daily_backup_if_due(journal, now=when + dt.timedelta(hours=8)) is None
            made.append(info)
        manual = make_backup(journal, "manual", now=day)
    assert [i.kind for i in made] == ["monthly", "daily", "daily", "weekly", "daily", "daily"]
    left = list_backups(journal_file)
    # 2 days (5th, 6th), the first of the newest week (Mon 4th), the first of the month
    # (1st); the manual one always.
    assert [(b.kind, b.taken.day) for b in left] == [
        ("daily", 6), ("daily", 5), ("weekly", 4), ("manual", 1), ("monthly", 1)]
    assert manual.path in [b.path for b in left]


def test_the_list_reads_names_sizes_and_counts(journal_file: Path) -> None:
    with plain(journal_file, 5) as journal:
        first = make_backup(journal, "manual", now=dt.datetime(2024, 1, 2, 10, 0))
        second = make_backup(journal, "manual", now=dt.datetime(2024, 1, 2, 10, 0))
        third = make_backup(journal, "purge", now=dt.datetime(2024, 1, 3, 10, 0))
    folder = journal_file.parent / "backups"
    (folder / "copy.db").write_bytes(first.path.read_bytes())
    (folder / "notes.txt").write_text("not a backup")
    found = list_backups(journal_file)
    assert [b.kind for b in found][:3] != []
    names = [b.name for b in found]
    assert names.index(third.name) < names.index(second.name) < names.index(first.name)
    assert "-2-" in second.name
    other = next(b for b in found if b.name == "copy.db")
    assert other.kind == "other" and other.restorable
    assert all(b.entries is None for b in found)  # names only: nothing was opened
    counted = add_entry_counts(found, None)
    assert {b.entries for b in counted} == {first.entries}
    assert all(b.size > 0 and not b.encrypted for b in found)


# -- refusals ------------------------------------------------------------------------------


def refused(journal_file: Path, backup: Path, key: bytes | None, error: type[Exception],
            words: str) -> str:
    before = file_hashes(journal_file.parent)
    with pytest.raises(error, match=words) as caught:
        restore_backup(journal_file, backup, key)
    assert file_hashes(journal_file.parent) == before  # nothing changed, byte for byte
    assert "Nothing has been changed" in str(caught.value)
    return str(caught.value)


def test_restore_refuses_files_that_are_not_backups(journal_file: Path, tmp_path: Path
                                                    ) -> None:
    with plain(journal_file, 5) as journal:
        make_backup(journal, "manual")
    text = tmp_path / "letter.db"
    text.write_text("Dear diary, this is not a database.\n" * 50)
    refused(journal_file, text, None, NotABackupError, "not a TrustJournal backup")
    other_db = tmp_path / "other.db"
    conn = connect_file(other_db, None)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    refused(journal_file, other_db, None, NotABackupError, "not a TrustJournal journal")
    refused(journal_file, tmp_path / "missing.db", None, BackupError, "no backup at")
    refused(journal_file, journal_file, None, BackupError, "the journal itself")


def test_restore_refuses_another_journals_backup(journal_file: Path, tmp_path: Path) -> None:
    with plain(journal_file, 5) as journal:
        make_backup(journal, "manual")
    other_file = tmp_path / "other" / "notes.db"
    with plain(other_file, 5) as other:
        theirs = make_backup(other, "manual")
    message = refused(journal_file, theirs.path, None, ForeignBackupError, "another journal")
    assert "not of this one" in message


def test_restore_refuses_another_encrypted_journals_backup(journal_file: Path,
                                                           tmp_path: Path) -> None:
    with encrypted(journal_file, 5) as journal:
        make_backup(journal, "manual")
    key = unlock(journal_file, PASSPHRASE)
    other_file = tmp_path / "other" / "notes.db"
    with encrypted(other_file, 5) as other:
        theirs = make_backup(other, "manual")
    refused(journal_file, theirs.path, key, ForeignBackupError, "cannot be opened with this")
    # and a plain backup would quietly remove the encryption
    plain_file = tmp_path / "plain" / "notes.db"
    with plain(plain_file, 5) as other:
        loose = make_backup(other, "manual")
    refused(journal_file, loose.path, key, BackupError, "remove the encryption")


def test_restore_refuses_a_backup_from_a_newer_app(journal_file: Path) -> None:
    with plain(journal_file, 5) as journal:
        info = make_backup(journal, "manual")
    conn = connect_file(info.path, None)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    message = refused(journal_file, info.path, None, BackupNewerError, "newer version")
    assert "update the app" in message


def test_restore_refuses_a_damaged_backup(journal_file: Path) -> None:
    with plain(journal_file, 30) as journal:
        info = make_backup(journal, "manual")
    spoil_page_holding(info.path, MARKERS[0].encode())
    refused(journal_file, info.path, None, (BackupDamagedError, NotABackupError), "damaged")


def test_the_latest_good_backup_is_used_when_the_newest_is_damaged(journal_file: Path
                                                                   ) -> None:
    with plain(journal_file, 30) as journal:
        good = make_backup(journal, "manual", now=dt.datetime(2024, 1, 1, 9, 0))
        bad = make_backup(journal, "manual", now=dt.datetime(2024, 1, 2, 9, 0))
    flip_header(bad.path)
    result = restore_latest(journal_file)
    assert result.restored.path == good.path
    assert [info.path for info, _reason in result.skipped] == [bad.path]


# -- damaged journals ------------------------------------------------------------------------


def damaged_cases(journal_file: Path) -> dict[str, object]:
    size = journal_file.stat().st_size
    return {
        "header flipped": flip_header,
        "cut off": lambda p: os.truncate(p, size // 2 + 1000),
        "cut off at a page": lambda p: os.truncate(p, (size // 4096 // 2) * 4096),
        "random bytes": lambda p: p.write_bytes(os.urandom(size)),
        "emptied": lambda p: p.write_bytes(b""),
    }


@pytest.mark.parametrize(
    "case", ["header flipped", "cut off", "cut off at a page", "random bytes", "emptied"])
def test_a_damaged_journal_is_recognised_kept_aside_and_restored(journal_file: Path,
                                                                 case: str) -> None:
    with plain(journal_file, 200) as journal:
        info = make_backup(journal, "daily")
    expected = rows_of(journal_file, None)
    damaged_cases(journal_file)[case](journal_file)  # type: ignore[operator]
    spoiled = sha(journal_file)
    reason = damage_suspected(journal_file)
    assert reason and "notes.db" in reason
    assert not journal_needs_key(journal_file)
    result = restore_latest(journal_file)
    assert result.restored.path == info.path and result.before is None
    assert result.damaged_copy is not None and result.damaged_copy.name.startswith("damaged-")
    assert sha(result.damaged_copy) == spoiled  # kept aside byte for byte
    assert rows_of(journal_file, None) == expected
    assert damage_suspected(journal_file) is None
    # The damaged file is listed, never offered for restore, never rotated away.
    listed = {b.path: b for b in list_backups(journal_file)}
    assert not listed[result.damaged_copy].restorable


def test_healthy_and_unknown_files_are_not_called_damaged(journal_file: Path) -> None:
    assert damage_suspected(journal_file) is None  # nothing there yet
    with plain(journal_file, 5):
        assert damage_suspected(journal_file) is None  # open here: its bytes are not read
    assert damage_suspected(journal_file) is None
    # Random bytes and no backups: an encrypted journal whose key file is missing looks
    # the same, so that is left to the key-file message.
    journal_file.write_bytes(os.urandom(8192))
    assert damage_suspected(journal_file) is None
    # New journals are built elsewhere and linked into place whole: an empty file under
    # the journal's name lost its contents, even with no key file or backups beside it.
    journal_file.write_bytes(b"")
    assert "is empty" in (damage_suspected(journal_file) or "")


def test_an_encrypted_journal_with_damaged_first_bytes(journal_file: Path) -> None:
    with encrypted(journal_file, 40) as journal:
        make_backup(journal, "daily")
    key = unlock(journal_file, PASSPHRASE)
    expected = rows_of(journal_file, key)
    flip_header(journal_file)  # SQLCipher's salt
    spoiled = sha(journal_file)
    assert "do not match its key file" in (damage_suspected(journal_file) or "")
    assert journal_needs_key(journal_file)
    assert unlock(journal_file, PASSPHRASE) == key  # the key file still unwraps it

    folder = journal_file.parent.parent / "rescued"
    report = save_readable_copy(journal_file, folder, key)
    assert report.entries == expected["entries"][0] and report.unreadable == 0
    assert sha(journal_file) == spoiled
    copied_key = unlock(folder / "notes.db", PASSPHRASE)  # same passphrase, its own key file
    with open_encrypted(folder / "notes.db", copied_key) as rescued:
        assert rescued.count_entries(trashed=True) == 1
    assert marker_hits(folder) == []

    result = restore_latest(journal_file, key)
    assert result.damaged_copy is not None and sha(result.damaged_copy) == spoiled
    assert damage_suspected(journal_file) is None  # the key file knows the new salt
    with open_encrypted(journal_file, unlock(journal_file, PASSPHRASE)) as journal:
        assert journal.integrity_problems() == []
    assert rows_of(journal_file, key) == expected


def test_a_readable_copy_skips_only_what_is_damaged(journal_file: Path, tmp_path: Path
                                                    ) -> None:
    with open_journal(journal_file) as journal:
        for n in range(120):
            # One long body per entry, with its own mark far from the start (not in the
            # preview), so one entry's page can be found and spoiled.
            journal.create_entry(title=f"Day {n}", body="Words. " * 400 + f"MARK-{n:04}",
                                 tags=["t"])
    spoil_page_holding(journal_file, b"MARK-0060")
    spoiled = sha(journal_file)
    report = save_readable_copy(journal_file, tmp_path / "rescued")
    assert sha(journal_file) == spoiled
    assert 110 <= report.entries < 120 and report.unreadable > 0
    with open_journal(report.journal_file) as rescued:
        assert rescued.integrity_problems() == []
        assert rescued.search("MARK-0119")  # the search index is rebuilt from the rows
        titles = {s.title for s in rescued.iter_entries()}
    assert "Day 0" in titles and "Day 119" in titles
    assert not journal_file.with_name("notes.db.salvage").exists()


def test_a_readable_copy_of_a_header_flipped_journal_is_complete(journal_file: Path,
                                                                 tmp_path: Path) -> None:
    with plain(journal_file, 50):
        pass
    expected = rows_of(journal_file, None)
    flip_header(journal_file)
    report = save_readable_copy(journal_file, tmp_path / "rescued")
    assert report.unreadable == 0
    copied = rows_of(report.journal_file, None)
    for table in ("entries", "tags", "entry_tags", "metrics", "drafts"):
        assert copied[table] == expected[table], table


def test_a_readable_copy_needs_an_empty_folder(journal_file: Path, tmp_path: Path) -> None:
    with plain(journal_file, 3):
        pass
    flip_header(journal_file)
    with pytest.raises(BackupError, match="another folder"):
        save_readable_copy(journal_file, journal_file.parent)
    busy = tmp_path / "busy"
    with plain(busy / "notes.db", 1):
        pass
    before = file_hashes(busy)
    with pytest.raises(BackupError, match="already a journal"):
        save_readable_copy(journal_file, busy)
    assert file_hashes(busy) == before


def test_nothing_readable_leaves_nothing_behind(journal_file: Path, tmp_path: Path) -> None:
    with plain(journal_file, 3) as journal:
        make_backup(journal, "manual")
    journal_file.write_bytes(os.urandom(20_000))
    with pytest.raises(JournalError, match="Nothing could be read"):
        save_readable_copy(journal_file, tmp_path / "rescued")
    assert not (tmp_path / "rescued").exists()
    left = sorted(p.name for p in journal_file.parent.iterdir())
    assert left == ["backups", "notes.db", "notes.db.lock"]


def test_check_backup_describes_a_good_one(journal_file: Path) -> None:
    with plain(journal_file, 5) as journal:
        info = make_backup(journal, "manual")
    checked = check_backup(journal_file, info.path, None)
    assert isinstance(checked, BackupInfo)
    assert checked.entries == info.entries and checked.revision == info.revision
    assert keys_path(journal_file).exists() is False


def test_deleting_for_good_makes_a_checked_backup_first(journal) -> None:
    from trustjournal.storage.archive import list_backups

    entry, _ = journal.create_entry(title="Gone soon", body="words to keep somewhere")
    journal.trash_entry(entry.uuid)
    journal.purge_entry(entry.uuid)
    before = [b for b in list_backups(journal.path) if "purge" in b.path.name]
    assert len(before) == 1
    other, _ = journal.create_entry(body="second")
    journal.trash_entry(other.uuid)
    journal.empty_trash()
    assert len([b for b in list_backups(journal.path) if "purge" in b.path.name]) == 2
    journal.empty_trash()  # nothing in the trash: no backup needed
    assert len([b for b in list_backups(journal.path) if "purge" in b.path.name]) == 2
