"""Discarding a journal made moments ago: only when it holds nothing at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trustjournal.storage import open_journal
from trustjournal.storage.create import discard_unused_journal, missing_folders


def test_an_unused_new_journal_goes_with_the_folders_made_for_it(tmp_path: Path) -> None:
    journal_file = tmp_path / "a" / "b" / "notes.db"
    made = missing_folders(journal_file)
    assert made == [tmp_path / "a" / "b", tmp_path / "a"]
    open_journal(journal_file).close()
    assert discard_unused_journal(journal_file, made)
    assert not (tmp_path / "a").exists()


def test_the_lock_file_of_a_discarded_journal_goes_while_it_is_still_locked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Removed after letting go, it could be the lock file another process has just
    made and locked by then; and a journal that stays keeps its lock file."""
    from trustjournal.paths import lock_path
    from trustjournal.storage.lock import ProcessLock

    journal_file = tmp_path / "a" / "notes.db"
    made = missing_folders(journal_file)
    open_journal(journal_file).close()
    real = ProcessLock.release
    at_release: list[bool] = []

    def release(self: ProcessLock) -> None:
        if self.held:
            at_release.append(lock_path(journal_file).exists())
        real(self)

    monkeypatch.setattr(ProcessLock, "release", release)
    assert discard_unused_journal(journal_file, made)
    assert at_release == [False]
    assert not (tmp_path / "a").exists()


def test_a_journal_with_an_entry_is_never_discarded(tmp_path: Path) -> None:
    journal_file = tmp_path / "a" / "notes.db"
    made = missing_folders(journal_file)
    with open_journal(journal_file) as journal:
        entry, _ = journal.create_entry(body="kept")
        journal.trash_entry(entry.uuid)  # in the trash still counts
    assert not discard_unused_journal(journal_file, made)
    with open_journal(journal_file) as journal:
        assert journal.count_entries(trashed=True) == 1


def test_something_else_in_the_folder_stays(tmp_path: Path) -> None:
    journal_file = tmp_path / "a" / "notes.db"
    made = missing_folders(journal_file)
    open_journal(journal_file).close()
    (tmp_path / "a" / "mine.txt").write_text("not the journal's", "utf-8")
    assert discard_unused_journal(journal_file, made)
    assert not journal_file.exists()
    assert (tmp_path / "a" / "mine.txt").read_text("utf-8") == "not the journal's"


def test_a_journal_with_only_tracker_records_is_never_discarded(tmp_path: Path) -> None:
    """A first import can bring trackers and no entry: once in the journal, they are
    something someone wrote, and the journal stays."""
    from tests.storage.tracker_records import urge

    journal_file = tmp_path / "a" / "notes.db"
    made = missing_folders(journal_file)
    with open_journal(journal_file) as journal:
        journal.save_urge(urge())
    assert not discard_unused_journal(journal_file, made)
    with open_journal(journal_file) as journal:
        assert len(journal.urges()) == 1


def test_no_room_for_a_new_journal_is_said_and_nothing_is_left(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """SQLite's "database or disk is full" while a journal is made comes out in our
    words, naming the folder, and nothing of the new file is left."""
    import pytest
    from sqlcipher3 import dbapi2

    from trustjournal.paths import building_path
    from trustjournal.storage import create
    from trustjournal.storage.errors import JournalError

    def full(*_args: object) -> None:
        raise dbapi2.OperationalError("database or disk is full")

    monkeypatch.setattr(create, "_build_from_script", full)
    journal_file = tmp_path / "notes.db"
    with pytest.raises(JournalError) as refused:
        open_journal(journal_file)
    assert str(refused.value) == (
        f"There is not enough room on the disk for a new journal in {tmp_path}, so "
        "nothing was made. Free some space and try again.")
    assert not journal_file.exists() and not building_path(journal_file).exists()


def _full_disk(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlcipher3 import dbapi2

    from trustjournal.storage import create

    def full(*_args: object) -> None:
        raise dbapi2.OperationalError("database or disk is full")

    monkeypatch.setattr(create, "_build_from_script", full)


def test_no_room_for_a_new_journal_leaves_a_folder_that_was_there_as_it_was(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What the failed creation made (its lock file) goes; the folder was there before,
    so it stays with what was in it. A lock file left by an earlier run stays too (its
    process id rewritten with ours, as every lock does), for it was not this run's."""
    from trustjournal.paths import building_path, lock_path
    from trustjournal.storage.errors import JournalError

    _full_disk(monkeypatch)
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "mine.txt").write_text("not the journal's", "utf-8")
    journal_file = folder / "notes.db"
    with pytest.raises(JournalError, match="nothing was made"):
        open_journal(journal_file)
    assert sorted(p.name for p in folder.iterdir()) == ["mine.txt"]
    assert (folder / "mine.txt").read_text("utf-8") == "not the journal's"

    lock_path(journal_file).write_text("12345", "utf-8")  # left by an earlier run
    with pytest.raises(JournalError, match="nothing was made"):
        open_journal(journal_file)
    assert sorted(p.name for p in folder.iterdir()) == ["mine.txt", "notes.db.lock"]
    assert lock_path(journal_file).read_text("utf-8") == str(os.getpid())
    assert not building_path(journal_file).exists()


def test_no_room_for_a_new_journal_removes_the_folders_it_made(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.storage.errors import JournalError
    from trustjournal.storage.lock import held_here

    _full_disk(monkeypatch)
    journal_file = tmp_path / "a" / "b" / "notes.db"
    with pytest.raises(JournalError, match="nothing was made"):
        open_journal(journal_file)
    assert sorted(tmp_path.iterdir()) == []
    assert held_here(journal_file) is None
    monkeypatch.undo()
    with open_journal(journal_file) as journal:  # and the next try makes it
        assert journal.count_entries() == 0


@pytest.mark.parametrize("folder_was_there", [True, False])
def test_no_room_for_a_new_encrypted_journal_leaves_only_what_was_there(
        tmp_path: Path, monkeypatch, folder_was_there: bool) -> None:  # type: ignore[no-untyped-def]
    """The same for an encrypted journal, whose key file is written first: it goes with
    the lock file and the folders made for it; a folder that was there stays as it was."""
    from tests.storage.helpers import PASSPHRASE
    from trustjournal.storage.errors import JournalError
    from trustjournal.storage.keys import create_encrypted

    _full_disk(monkeypatch)
    journal_file = tmp_path / "a" / "b" / "notes.db"
    if folder_was_there:
        journal_file.parent.mkdir(parents=True)
        (journal_file.parent / "mine.txt").write_text("not the journal's", "utf-8")
    with pytest.raises(JournalError, match="nothing was made"):
        create_encrypted(journal_file, PASSPHRASE)
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert left == (["a", "a/b", "a/b/mine.txt"] if folder_was_there else [])


def test_a_failed_encrypted_creation_removes_its_key_file_while_still_locked(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Removed after letting go, the key file at that name could be another process's,
    written meanwhile under the lock: it goes before the lock does, with the lock file."""
    from tests.storage.helpers import PASSPHRASE
    from trustjournal.paths import keys_path, lock_path
    from trustjournal.storage.errors import JournalError
    from trustjournal.storage.keys import create_encrypted
    from trustjournal.storage.lock import ProcessLock, held_here

    _full_disk(monkeypatch)
    journal_file = tmp_path / "a" / "notes.db"
    real = ProcessLock.release
    at_release: list[tuple[bool, bool]] = []

    def release(self: ProcessLock) -> None:
        if self.held:
            at_release.append((keys_path(journal_file).exists(),
                               lock_path(journal_file).exists()))
        real(self)

    monkeypatch.setattr(ProcessLock, "release", release)
    with pytest.raises(JournalError, match="nothing was made"):
        create_encrypted(journal_file, PASSPHRASE)
    assert at_release == [(False, False)]
    assert held_here(journal_file) is None
    assert sorted(tmp_path.iterdir()) == []


def test_an_encrypted_creation_writes_no_key_file_while_another_holds_the_lock(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The key file is written under the journal's lock: without it, nothing is."""
    from tests.storage.helpers import PASSPHRASE
    from trustjournal.paths import keys_path
    from trustjournal.storage import keyslots
    from trustjournal.storage.errors import JournalLockedError
    from trustjournal.storage.keys import create_encrypted
    from trustjournal.storage.lock import ProcessLock

    journal_file = tmp_path / "a" / "notes.db"
    journal_file.parent.mkdir()
    written: list[Path] = []
    real = keyslots.write_key_file

    def write(path: Path, keyfile: object) -> None:
        written.append(path)
        real(path, keyfile)  # type: ignore[arg-type]

    monkeypatch.setattr(keyslots, "write_key_file", write)
    other = ProcessLock(journal_file)
    other.acquire()
    try:
        with pytest.raises(JournalLockedError):
            create_encrypted(journal_file, PASSPHRASE)
    finally:
        other.release()
    assert written == [] and not keys_path(journal_file).exists()


@pytest.mark.parametrize("where", ["set_passphrase", "write_key_file"])
def test_ctrl_c_in_an_encrypted_creation_before_its_journal_leaves_nothing(
        tmp_path: Path, monkeypatch, where: str) -> None:  # type: ignore[no-untyped-def]
    """Under the lock, before open_journal takes it over: the lock file and folders it
    made go, and the key file if it was written; the lock is let go."""
    from tests.storage.helpers import PASSPHRASE
    from trustjournal.storage import keyslots
    from trustjournal.storage.keys import create_encrypted
    from trustjournal.storage.lock import held_here

    real = getattr(keyslots, where)

    def pressed(*args: object) -> None:
        real(*args)
        raise KeyboardInterrupt

    monkeypatch.setattr(keyslots, where, pressed)
    journal_file = tmp_path / "a" / "notes.db"
    with pytest.raises(KeyboardInterrupt):
        create_encrypted(journal_file, PASSPHRASE)
    assert held_here(journal_file) is None
    assert sorted(tmp_path.iterdir()) == []
    monkeypatch.undo()
    journal, _ = create_encrypted(journal_file, PASSPHRASE)  # and the next try makes it
    journal.close()


def test_ctrl_c_as_an_encrypted_journal_is_opened_keeps_it_and_its_key_file(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The file is built and open_journal is returning when the Ctrl-C comes: the journal
    and its key file stay together (without the key file it could never be opened, and
    the folder would refuse a new one), the lock is let go, the passphrase opens it."""
    from tests.storage.helpers import PASSPHRASE
    from trustjournal.paths import keys_path
    from trustjournal.storage import journal as journal_module
    from trustjournal.storage.keys import create_encrypted, open_encrypted, unlock
    from trustjournal.storage.lock import held_here

    def pressed(path: Path, gateway, lock) -> object:  # type: ignore[no-untyped-def]
        gateway.close()  # the file is built and closed; the lock is still held
        raise KeyboardInterrupt

    monkeypatch.setattr(journal_module, "Journal", pressed)
    journal_file = tmp_path / "notes.db"
    with pytest.raises(KeyboardInterrupt):
        create_encrypted(journal_file, PASSPHRASE)
    monkeypatch.undo()
    assert held_here(journal_file) is None
    assert journal_file.exists() and keys_path(journal_file).exists()
    with open_encrypted(journal_file, unlock(journal_file, PASSPHRASE)) as journal:
        assert journal.count_entries() == 0


def test_a_clean_up_that_fails_after_taking_the_lock_lets_it_go(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """take_lock removes what interrupted work left beside the journal; if that fails
    (a folder it cannot read), the error comes and the lock is not kept."""
    from trustjournal.storage import journal as journal_module
    from trustjournal.storage.lock import held_here

    journal_file = tmp_path / "notes.db"
    open_journal(journal_file).close()

    def unreadable(path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path.parent))

    monkeypatch.setattr(journal_module, "clear_orphans", unreadable)
    with pytest.raises(PermissionError):
        journal_module.take_lock(journal_file)
    assert held_here(journal_file) is None
    monkeypatch.undo()
    open_journal(journal_file).close()  # and nothing says it is in use
