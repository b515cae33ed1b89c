"""Disk full: a save that does not fit fails with a clear message, harms nothing already
saved, and succeeds once there is space again; the editor keeps the text meanwhile.

Two disks, and every test runs on each that is available:

- "tmpfs": a real 4 MB file system (tmpfs), mounted for the test when running as root,
  filled with a filler file; freeing space = deleting the filler. Skipped only where
  mounting is impossible (not root, no mount permission in the container).
- "simulated": always runs. SQLite's own hook, `PRAGMA max_page_count`, makes the
  database full at its current size: SQLite then fails exactly as on a full disk
  (SQLITE_FULL, "database or disk is full") from inside the transaction. It is set on
  every new connection (storage.database.PRAGMAS) and on the open one; freeing space =
  lifting the limit.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.faults.helpers import content, read_entries
from trustjournal.core.entries import EntryEdit
from trustjournal.storage import (
    JournalDamagedError,
    JournalError,
    NotAJournalError,
    database,
    open_journal,
)
from trustjournal.storage.journal import Journal

ROOT = Path(__file__).resolve().parents[2]
# Room for a journal of a few dozen entries and its write-ahead log, which grows to about
# 4 MB before SQLite folds it back (the search index's prefix lists make it reach that
# with fewer entries); each test fills what is left.
TMPFS_SIZE = "6m"
NO_LIMIT = 1_073_741_823


class TmpfsDisk:
    """A small real file system; full = a filler file takes all the space left."""

    label = "tmpfs"

    def __init__(self, mountpoint: Path) -> None:
        self.mountpoint = mountpoint
        self.folder = mountpoint / "journal"
        self.filler = mountpoint / "filler"

    def fill(self, journal: Journal | None = None, leave: int = 0) -> None:
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for chunk in (bytes(1 << 16), bytes(4096), bytes(512)):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, chunk)
        finally:
            os.close(fd)
        if leave:
            os.truncate(self.filler, max(0, self.filler.stat().st_size - leave))
        # Writing one more byte anywhere must fail now (or only fit in `leave`).
        if not leave:
            with pytest.raises(OSError) as caught:
                (self.mountpoint / "probe").write_bytes(bytes(8192))
            assert caught.value.errno == errno.ENOSPC
            (self.mountpoint / "probe").unlink(missing_ok=True)

    def free(self, journal: Journal | None = None) -> None:
        self.filler.unlink(missing_ok=True)


class PageLimitDisk:
    """SQLite's max_page_count: the database cannot grow past its size when filled."""

    label = "simulated"

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder = folder
        self._monkeypatch = monkeypatch
        self._pragmas = database.PRAGMAS

    def fill(self, journal: Journal | None = None, leave: int = 0) -> None:
        assert journal is not None, "the simulated disk is full for an open journal"
        pages = int(journal.sqlite_pragma("page_count")) + leave // 4096  # type: ignore[call-overload]
        self._monkeypatch.setattr(
            database, "PRAGMAS", (*self._pragmas, f"PRAGMA max_page_count={pages}"))
        assert journal.sqlite_pragma(f"max_page_count={pages}") == pages

    def free(self, journal: Journal | None = None) -> None:
        self._monkeypatch.setattr(database, "PRAGMAS", self._pragmas)
        if journal is not None and not journal.closed:
            assert journal.sqlite_pragma(f"max_page_count={NO_LIMIT}") == NO_LIMIT


def _mount(mountpoint: Path) -> str | None:
    """Mount a tmpfs; None if that worked, else why not."""
    if os.name != "posix" or os.geteuid() != 0:
        return "mounting a small file system needs root"
    mountpoint.mkdir()
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0700", "tmpfs",
             str(mountpoint)], capture_output=True, text=True, timeout=30,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"mount failed: {exc}"
    if result.returncode != 0:
        return f"mount failed: {result.stderr.strip()}"
    return None


def _unmount(mountpoint: Path) -> None:
    if subprocess.run(["umount", str(mountpoint)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True, check=True)


@pytest.fixture
def tmpfs_disk(tmp_path: Path) -> Iterator[TmpfsDisk]:
    mountpoint = tmp_path / "small-disk"
    why_not = _mount(mountpoint)
    if why_not:
        pytest.skip(f"no real small disk: {why_not} (the simulated variant still runs)")
    try:
        yield TmpfsDisk(mountpoint)
    finally:
        _unmount(mountpoint)


@pytest.fixture(params=["tmpfs", "simulated"])
def disk(request: pytest.FixtureRequest, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> TmpfsDisk | PageLimitDisk:
    if request.param == "tmpfs":
        return request.getfixturevalue("tmpfs_disk")
    return PageLimitDisk(tmp_path / "journal", monkeypatch)


def save(journal: Journal, tag: str, saved: dict[str, str]) -> str:
    made = content(tag)
    entry, _ = journal.create_entry(title=made.title, body=made.body, tags=made.tags)
    saved[entry.uuid] = made.digest
    return entry.uuid


def harmed(journal: Journal, saved: dict[str, str]) -> list[str]:
    """Saved entries that are not exactly as saved, read through the open journal."""
    bad = []
    for uuid, digest in saved.items():
        entry = journal.get_entry(uuid)
        made = content(entry.body.split("\n", 1)[0][len("Fault-test save "):-1])
        if made.digest != digest or entry.body != made.body or entry.title != made.title:
            bad.append(uuid)
    return bad


def assert_full_message(exc: JournalError) -> None:
    message = str(exc)
    assert "could not be saved" in message and "full" in message, message
    assert "Fault-test save" not in message


# -- saves -------------------------------------------------------------------------------


def test_saves_on_a_full_disk_fail_cleanly_and_harm_nothing(
    disk: TmpfsDisk | PageLimitDisk,
) -> None:
    saved: dict[str, str] = {}
    journal = open_journal(disk.folder / "notes.db")
    try:
        for number in range(15):
            save(journal, f"before.s{number}", saved)
        disk.fill(journal, leave=160_000)

        # Saves until the disk is full: each one either returns or fails cleanly.
        failure: JournalError | None = None
        for number in range(400):
            try:
                save(journal, f"filling.s{number}", saved)
            except JournalError as exc:
                failure = exc
                break
        assert failure is not None, "the disk never filled up"
        assert_full_message(failure)
        before_full = len(saved)

        # While it stays full: more new entries and edits of saved ones. A failed edit
        # keeps the entry as it was; an edit that fits (no new pages) simply saves.
        failed = 1
        targets = list(saved)[:3]
        for number in range(6):
            try:
                if number % 2:
                    made = content(f"edit-while-full.s{number}")
                    journal.update_entry(
                        targets[number // 2],
                        EntryEdit(title=made.title, body=made.body, tags=made.tags))
                    saved[targets[number // 2]] = made.digest
                else:
                    save(journal, f"while-full.s{number}", saved)
            except JournalError as exc:
                assert_full_message(exc)
                failed += 1
        assert harmed(journal, saved) == []
        assert journal.integrity_problems() == []
        assert journal.count_entries() == len(saved)

        # Space again: the same open journal saves, the text that failed first included.
        disk.free(journal)
        save(journal, "filling.s-retry", saved)
        for number in range(5):
            save(journal, f"after.s{number}", saved)
        assert harmed(journal, saved) == []
    finally:
        journal.close()

    with open_journal(disk.folder / "notes.db", create=False) as journal:
        assert journal.integrity_problems() == []
    stored = read_entries(disk.folder / "notes.db", None)
    # Exactly what was saved: nothing harmed, and nothing of a failed save left behind.
    assert {uuid: e.digest for uuid, e in stored.items()} == saved
    assert [e.problem for e in stored.values() if e.problem] == []
    print(f"\ndisk full ({disk.label}): {before_full} saves fitted, {failed} failed cleanly "
          f"with '{failure}', 0 of {len(saved)} saved entries harmed; saving worked again "
          "once space was back")


def test_closing_on_a_full_disk_loses_nothing(tmpfs_disk: TmpfsDisk) -> None:
    """Closing checkpoints the WAL into the file, which then has to grow; on a full disk
    that fails, and the WAL (with every save in it) must simply stay for next time."""
    saved: dict[str, str] = {}
    path = tmpfs_disk.folder / "notes.db"
    journal = open_journal(path)
    try:
        for number in range(25):
            save(journal, f"close.s{number}", saved)
        tmpfs_disk.fill(journal)
    finally:
        journal.close()
    tmpfs_disk.free()
    with open_journal(path, create=False) as journal:
        assert journal.integrity_problems() == []
        assert harmed(journal, saved) == []
        assert journal.count_entries() == len(saved)


# -- opening -----------------------------------------------------------------------------


def _journal_with_entries(path: Path, count: int) -> dict[str, str]:
    saved: dict[str, str] = {}
    with open_journal(path) as journal:
        for number in range(count):
            save(journal, f"closed.s{number}", saved)
    return saved


def run_cli(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trustjournal", "--data-dir", str(folder), *argv],
        cwd=ROOT, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )


def test_a_full_disk_at_opening_harms_nothing(tmpfs_disk: TmpfsDisk) -> None:
    """Opening a WAL journal creates its -shm and -wal files; on a full disk that fails.
    The journal must come out of it untouched and open normally once there is space."""
    from tests.faults.helpers import file_sha

    path = tmpfs_disk.folder / "notes.db"
    saved = _journal_with_entries(path, 20)
    tmpfs_disk.fill()
    before = file_sha(path)
    with pytest.raises(JournalError):
        open_journal(path, create=False)
    result = run_cli(tmpfs_disk.folder, "add", "written on a full disk")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert file_sha(path) == before
    tmpfs_disk.free()
    with open_journal(path, create=False) as journal:
        assert journal.integrity_problems() == []
        assert harmed(journal, saved) == []
        assert journal.count_entries() == len(saved)


def test_a_full_disk_at_opening_is_not_called_damage(tmpfs_disk: TmpfsDisk) -> None:
    path = tmpfs_disk.folder / "notes.db"
    _journal_with_entries(path, 20)
    tmpfs_disk.fill()
    result = run_cli(tmpfs_disk.folder, "check")
    with pytest.raises(JournalError) as caught:
        open_journal(path, create=False)
    tmpfs_disk.free()
    assert not isinstance(caught.value, (JournalDamagedError, NotAJournalError)), caught.value
    assert "full" in str(caught.value) or "space" in str(caught.value), caught.value
    assert result.returncode == 1, result.stdout + result.stderr
    assert "damaged" not in result.stdout + result.stderr


# -- backups -----------------------------------------------------------------------------


@pytest.fixture
def backup_fails_for_space(
    disk: TmpfsDisk | PageLimitDisk, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Journal, dict[str, str], Callable[[], None]]]:
    """An open journal whose next backup runs out of space, and how to give the space
    back: on the small disk, a filler leaves room to open but not to copy; simulated,
    the copy step fails the way SQLite's backup fails on a full disk."""
    from sqlcipher3 import dbapi2

    from trustjournal.storage import copies as backup_module

    journal = open_journal(disk.folder / "notes.db")
    saved: dict[str, str] = {}
    for number in range(30):
        save(journal, f"backup.s{number}", saved)
    full = [True]
    if isinstance(disk, TmpfsDisk):
        disk.fill(journal, leave=40_000)

        def free() -> None:
            disk.free(journal)
    else:
        real = backup_module._copy_pages

        def copy_pages(source: object, dest: object) -> None:
            if full[0]:
                raise dbapi2.OperationalError("database or disk is full")
            real(source, dest)

        monkeypatch.setattr(backup_module, "_copy_pages", copy_pages)

        def free() -> None:
            full[0] = False
    try:
        yield journal, saved, free
    finally:
        journal.close()


def test_a_backup_onto_a_full_disk_fails_cleanly_and_harms_nothing(
    backup_fails_for_space: tuple[Journal, dict[str, str], Callable[[], None]],
) -> None:
    journal, saved, free = backup_fails_for_space
    folder = journal.path.parent / "copies"
    folder.mkdir(mode=0o700)
    target = folder / "copy.db"
    with pytest.raises(JournalError, match="full") as caught:
        journal.backup(target)
    assert "Fault-test save" not in str(caught.value)
    assert sorted(p.name for p in folder.iterdir()) == []  # no partial copy left behind
    assert journal.integrity_problems() == []
    assert harmed(journal, saved) == []
    free()
    assert journal.backup(target) == target
    assert {u: e.digest for u, e in read_entries(target, None).items()} == saved


def test_the_backup_command_on_a_full_disk(tmpfs_disk: TmpfsDisk) -> None:
    """`trustjournal backup` with room to open the journal but not to copy it: a message,
    no traceback, no partial file, the journal unchanged."""
    from tests.faults.helpers import file_sha

    path = tmpfs_disk.folder / "notes.db"
    _journal_with_entries(path, 60)
    leave = 120_000
    assert path.stat().st_size > leave
    tmpfs_disk.fill(leave=leave)
    before = file_sha(path)
    result = run_cli(tmpfs_disk.folder, "backup")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output and "full" in output, output
    backups = tmpfs_disk.folder / "backups"
    assert not backups.exists() or sorted(p.name for p in backups.iterdir()) == []
    assert file_sha(path) == before


# -- the editor --------------------------------------------------------------------------


def test_the_editor_keeps_the_text_while_the_disk_is_full(
    qtbot, disk: TmpfsDisk | PageLimitDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing on a full disk: autosave fails, says so, keeps the text and keeps trying;
    once there is space it saves by itself. For a new entry and for an edit."""
    from trustjournal.gui import editor as editor_module
    from trustjournal.gui.editor import EditorWidget
    from trustjournal.gui.events import AppEvents

    monkeypatch.setattr(editor_module, "AUTOSAVE_MS", 40)  # retries come 4 x this later
    journal = open_journal(disk.folder / "notes.db")
    events = AppEvents()
    editor = EditorWidget(journal, events)
    qtbot.addWidget(editor)
    try:
        for number in range(5):
            save(journal, f"editor-before.s{number}", {})
        disk.fill(journal)
        words = "Nothing I type here may be lost, even when the disk is full. " * 40

        # A new entry.
        editor.new_entry()
        qtbot.keyClicks(editor.title_edit, "Full disk")
        editor.body_edit.insertPlainText(words)
        assert not editor.save()
        status = editor.status_label.text()
        assert "Not saved yet" in status and "full" in status, status
        assert editor.body_edit.toPlainText() == words and editor.dirty
        assert journal.count_entries() == 5
        qtbot.wait(300)  # the retries keep failing quietly while the disk stays full
        assert editor.body_edit.toPlainText() == words and editor.dirty
        disk.free(journal)
        with qtbot.waitSignal(editor.saved, timeout=5000) as blocker:
            pass
        uuid = blocker.args[0]
        assert journal.get_entry(uuid).body == words and not editor.dirty
        assert editor.status_label.text() == "Saved"

        # An edit of it.
        disk.fill(journal)
        editor.body_edit.moveCursor(editor.body_edit.textCursor().MoveOperation.End)
        editor.body_edit.insertPlainText(words)
        assert not editor.save()
        assert "Not saved yet" in editor.status_label.text()
        assert editor.body_edit.toPlainText() == words * 2
        assert journal.get_entry(uuid).body == words  # the saved version is unharmed
        disk.free(journal)
        assert editor.save()
        assert journal.get_entry(uuid).body == words * 2
        assert journal.integrity_problems() == []
    finally:
        editor.save()
        journal.close()
