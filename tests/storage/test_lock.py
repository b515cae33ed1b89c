"""The one-process lock: what it locks is what stands at the lock file's name, and a
journal held here is never handed out a second time, whatever became of the lock file.
(Two real processes: tests/test_single_instance.py and tests/faults/test_concurrency.py.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trustjournal.storage import JournalLockedError, open_journal
from trustjournal.storage import lock as lock_module
from trustjournal.storage.lock import ProcessLock


def test_a_lock_file_replaced_while_it_is_being_locked_is_locked_again(
    journal_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal_file.parent.mkdir(parents=True)
    real = lock_module._try_lock
    swaps: list[int] = []

    def swap_then_lock(fd: int) -> bool:
        if not swaps:  # someone deletes and re-creates the file right before the lock
            lock_file = journal_file.with_name("notes.db.lock")
            lock_file.unlink()
            lock_file.write_text("someone else")
            swaps.append(fd)
        return real(fd)

    monkeypatch.setattr(lock_module, "_try_lock", swap_then_lock)
    held = ProcessLock(journal_file)
    held.acquire()
    try:
        assert swaps  # the swap happened
        assert held._fd is not None
        assert os.path.samestat(os.fstat(held._fd), os.lstat(held.path))
    finally:
        held.release()


@pytest.mark.parametrize("tamper", ["deleted", "replaced", "symlink", "folder"])
def test_a_journal_open_here_is_not_opened_twice(journal_file: Path, tmp_path: Path,
                                                 tamper: str) -> None:
    journal = open_journal(journal_file)
    lock_file = journal_file.with_name("notes.db.lock")
    lock_file.unlink()
    target = tmp_path / "target.txt"
    target.write_text("untouched")
    if tamper == "replaced":
        lock_file.write_text("1")
    elif tamper == "symlink":
        lock_file.symlink_to(target)
    elif tamper == "folder":
        lock_file.mkdir()
    try:
        with pytest.raises(JournalLockedError, match="already open"):
            open_journal(journal_file, create=False)
        assert target.read_text() == "untouched"
    finally:
        journal.close()
    if tamper == "folder":
        lock_file.rmdir()
    with open_journal(journal_file, create=False) as again:  # let go cleanly
        assert again.count_entries() == 0
