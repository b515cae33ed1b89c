"""A first import fills a new file beside the empty journal, which takes the journal's
place only when complete (storage/fill.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.storage.test_transfer import record
from trustjournal.paths import SIDE_SUFFIXES, building_path
from trustjournal.storage import open_journal
from trustjournal.storage.database import connect_file
from trustjournal.storage.errors import JournalError, JournalInUseError
from trustjournal.storage.fill import filled_anew
from trustjournal.storage.lock import held_here


def _beside(path: Path) -> list[str]:
    return [path.name + side for side in SIDE_SUFFIXES if Path(f"{path}{side}").exists()]


def _mode_bytes(path: Path) -> bytes:
    with open(path, "rb") as file:
        return file.read(20)[18:20]  # 1: rollback journal, 2: WAL


def _count(journal_file: Path) -> int:
    with open_journal(journal_file, create=False) as journal:
        assert journal.integrity_problems() == []
        return journal.count_entries()


def test_the_new_file_is_filled_beside_the_journal_then_takes_its_place(
        tmp_path: Path) -> None:
    journal_file = tmp_path / "notes.db"
    journal = open_journal(journal_file)
    building = building_path(journal_file)
    seen: list[tuple[list[str], list[str]]] = []
    fill = filled_anew(journal)
    with fill as target:
        assert not fill.in_place  # nothing is in the journal until the rename
        assert target is not journal and journal.closed
        assert target.path == building
        assert held_here(journal_file) is not None  # the lock is still the command's
        # The writer's rollback journal is kept in memory: no file beside either.
        assert target.sqlite_pragma("journal_mode") == "memory"

        def look(done: int, total: int | None) -> bool:
            seen.append((_beside(journal_file), _beside(building)))
            return True

        added, _, _ = target.import_records((record(n) for n in range(2500)), look)
        assert added == 2500
        assert target.count_entries() == 2500
    assert seen and all(s == ([], []) for s in seen), seen[:3]
    assert fill.in_place
    assert held_here(journal_file) is None
    assert not building.exists() and _beside(journal_file) == []
    assert _mode_bytes(journal_file) == b"\x02\x02"  # a WAL journal like every other
    assert _count(journal_file) == 2500
    with open_journal(journal_file, create=False) as reopened:
        assert reopened.search("number")
        assert reopened.get_setting("journal_id")


def test_a_failed_fill_leaves_the_empty_journal_and_no_new_file(tmp_path: Path) -> None:
    journal_file = tmp_path / "notes.db"
    journal = open_journal(journal_file)
    fill = filled_anew(journal)
    with pytest.raises(ValueError, match="a bad record"), fill as target:
        target.import_records(record(n) for n in range(100))
        raise ValueError("a bad record")
    assert not fill.in_place
    assert held_here(journal_file) is None
    assert not building_path(journal_file).exists()
    assert _beside(journal_file) == [] and _beside(building_path(journal_file)) == []
    assert _count(journal_file) == 0


def test_a_journal_holding_anything_is_written_into_itself(tmp_path: Path) -> None:
    journal_file = tmp_path / "notes.db"
    journal = open_journal(journal_file)
    journal.set_setting("theme", "dark")  # not what a new journal holds
    fill = filled_anew(journal)
    with fill as target:
        assert target is journal and not journal.closed
        target.import_records(record(n) for n in range(10))
        assert not fill.in_place
    assert fill.in_place  # what the block wrote is in, committed in the journal itself
    assert not building_path(journal_file).exists()
    assert not journal.closed
    journal.close()
    assert _count(journal_file) == 10


def test_no_swap_while_another_connection_has_the_journal_open(tmp_path: Path) -> None:
    # Another connection still on the empty journal keeps its log: the new file is not
    # put in its place (the log would then lie beside a file it does not belong to).
    journal_file = tmp_path / "notes.db"
    journal = open_journal(journal_file)
    other = connect_file(journal_file, None)
    try:
        other.execute("SELECT count(*) FROM entries").fetchone()
        with pytest.raises(JournalInUseError, match="open"), filled_anew(journal) as target:
            target.import_records(record(n) for n in range(10))
    finally:
        other.close()
    assert held_here(journal_file) is None
    assert not building_path(journal_file).exists()
    assert _count(journal_file) == 0


def test_opening_removes_a_new_file_left_beside_the_journal(tmp_path: Path) -> None:
    journal_file = tmp_path / "notes.db"
    open_journal(journal_file).close()
    building = building_path(journal_file)
    building.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    Path(f"{building}-journal").write_bytes(bytes(512))
    with open_journal(journal_file, create=False) as journal:
        assert journal.count_entries() == 0
        assert not building.exists() and _beside(building) == []


def test_no_room_for_a_new_file_means_the_import_goes_in_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A nearly full disk can hold a small import but not a second empty journal beside
    the first: the import then goes into the journal itself, as it did before, and
    nothing of the new file is left."""
    from sqlcipher3 import dbapi2

    from trustjournal.storage import create, fill

    real = create.build_unlinked

    def no_room(journal_file: Path, key: bytes | None, **kwargs: object) -> Path:
        real(journal_file, key)  # part of it made, as a full disk leaves it
        raise dbapi2.OperationalError("database or disk is full")

    monkeypatch.setattr(fill, "build_unlinked", no_room)
    journal_file = tmp_path / "notes.db"
    journal = open_journal(journal_file)
    with filled_anew(journal) as target:
        assert target is journal and not journal.closed
        added, _, _ = target.import_records(record(n) for n in range(5))
        assert added == 5
    journal.close()
    assert not building_path(journal_file).exists() and _beside(building_path(journal_file)) == []
    assert _count(journal_file) == 5


@pytest.mark.parametrize(("free", "said"), [
    (1024, "The disk is full, so the import could not be finished"),
    (1 << 40, "could not be written out completely"),
])
def test_a_close_that_could_not_finish_is_said_as_such_not_as_another_program(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, free: int, said: str) -> None:
    """Closing the filled file on a full disk can leave its log and shared memory beside
    it; nobody else has the new file open, so that is said as what it is, the journal
    stays the empty one and nothing of the new file is left."""
    import shutil

    from trustjournal.storage import fill
    from trustjournal.storage.journal import Journal

    real_close = Journal.close

    def close_leaving_a_log(self: Journal, *args: object, **kwargs: object) -> None:
        real_close(self, *args, **kwargs)
        if self.path == building_path(tmp_path / "notes.db"):
            Path(f"{self.path}-wal").write_bytes(b"")

    monkeypatch.setattr(Journal, "close", close_leaving_a_log)
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(fill.shutil, "disk_usage",
                        lambda _p: usage._replace(free=free))
    journal_file = tmp_path / "notes.db"
    journal = open_journal(journal_file)
    with pytest.raises(JournalError) as refused, filled_anew(journal) as target:
        target.import_records(record(n) for n in range(5))
    assert said in str(refused.value) and "Another program" not in str(refused.value)
    assert not building_path(journal_file).exists() and _beside(building_path(journal_file)) == []
    assert _count(journal_file) == 0
