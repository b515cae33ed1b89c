"""One process per journal: while one process has a journal open, every other process is
refused with a clear message, never opens the database, changes no byte of it, and the
first process keeps writing as if nothing happened.

The first process ("the holder") is a child process that opens the journal and then
writes one entry each time it is asked to; this process plays the second launch, so the
refusals are checked here (file fingerprints, SQLite connections counted) between the
holder's writes. tests/storage/test_journal.py and tests/gui/test_application.py check
a second open inside the same process; these go across processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storage.helpers import file_hashes
from trustjournal.storage import JournalLockedError, keyslots, open_journal
from trustjournal.storage.keys import create_encrypted, decrypt_journal, open_encrypted, unlock

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "lantern harbour quiet stone"
ATTEMPTS = 100

HOLDER = r"""
import os, sys
from pathlib import Path
from trustjournal.storage import open_journal
from trustjournal.storage.keys import open_encrypted, unlock

path = Path(sys.argv[1])
secret = os.environ.get("TRUSTJOURNAL_PASSPHRASE")
journal = open_encrypted(path, unlock(path, secret)) if secret else open_journal(path)
print("ready", flush=True)
for line in sys.stdin:
    command, _, arg = line.strip().partition(" ")
    if command == "add":
        journal.create_entry(title=f"holder {arg}", body=f"First process, entry {arg}.")
        print("ok", journal.count_entries(), flush=True)
    elif command == "close":
        break
journal.close()
print("closed", flush=True)
"""


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny Argon2 settings; they are stored in the slot, so the holder unlocks fast too."""
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))


class Holder:
    """A child process that keeps the journal open and writes when asked."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        env = dict(os.environ)
        env.pop("TRUSTJOURNAL_PASSPHRASE", None)
        if passphrase:
            env["TRUSTJOURNAL_PASSPHRASE"] = passphrase
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        assert self._line() == "ready", self._failure()

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def _failure(self) -> str:
        self.proc.kill()
        _out, err = self.proc.communicate(timeout=10)
        return f"holder failed: {err}"

    def add(self, number: int) -> int:
        """Write one entry in the holder; returns its entry count afterwards."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"add {number}\n")
        self.proc.stdin.flush()
        reply = self._line()
        assert reply.startswith("ok "), reply or self._failure()
        return int(reply.split()[1])

    def close(self) -> None:
        if self.proc.poll() is None:
            out, err = self.proc.communicate("close\n", timeout=30)
            assert "closed" in out, err
        else:
            self.proc.communicate(timeout=10)
        assert self.proc.returncode == 0


@pytest.fixture
def holders() -> Iterator[list[Holder]]:
    started: list[Holder] = []
    yield started
    for holder in started:
        if holder.proc.poll() is None:
            holder.proc.kill()
            holder.proc.communicate(timeout=10)


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch, journal_file: Path) -> list[str]:
    """Every SQLite connection this process opens on the journal file (sqlcipher3 is the
    only library that opens journals; its :memory: log switch is not a journal)."""
    from sqlcipher3 import dbapi2

    opened: list[str] = []
    real = dbapi2.connect

    def connect(database, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(database) != ":memory:" and Path(database).resolve() == journal_file.resolve():
            opened.append(str(database))
        return real(database, *args, **kwargs)

    monkeypatch.setattr(dbapi2, "connect", connect)
    return opened


def make_encrypted(journal_file: Path, entries: int = 3) -> None:
    journal, _recovery = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        for i in range(entries):
            journal.create_entry(title=f"before {i}", body="Written before the test.")


def titles_after(journal_file: Path, key: bytes | None) -> list[str]:
    opened = open_encrypted(journal_file, key) if key else open_journal(journal_file)
    with opened as journal:
        assert journal.integrity_problems() == []
        return sorted(s.title for s in journal.timeline_page(limit=10_000).entries)


def test_a_second_process_is_refused_100_times(
    journal_file: Path, holders: list[Holder], connections: list[str]
) -> None:
    make_encrypted(journal_file)
    holder = Holder(journal_file, PASSPHRASE)
    holders.append(holder)
    key = unlock(journal_file, PASSPHRASE)  # reads only the key file
    connections.clear()  # making the journal above opened it here, before the holder
    folder = journal_file.parent
    lock_file = folder / "notes.db.lock"
    holder_pid = lock_file.read_text()
    assert holder_pid == str(holder.proc.pid)

    refused = unchanged = written = 0
    messages = set()
    for attempt in range(ATTEMPTS):
        before = file_hashes(folder)
        assert {"notes.db", "notes.db-wal", "notes.db-shm", "notes.keys"} <= set(before)
        # Both ways in: with the key (an encrypted journal) and without (as if plain).
        opening = (
            (lambda: open_encrypted(journal_file, key)) if attempt % 2 == 0
            else (lambda: open_journal(journal_file, create=False))
        )
        try:
            opening().close()
        except JournalLockedError as exc:
            refused += 1
            messages.add(str(exc))
        unchanged += file_hashes(folder) == before
        # The first process writes on between the attempts.
        written += holder.add(attempt) == 3 + attempt + 1

    # Converting is refused the same way, before anything is copied.
    before = file_hashes(folder)
    with pytest.raises(JournalLockedError):
        decrypt_journal(journal_file, key)
    assert file_hashes(folder) == before
    assert lock_file.read_text() == holder_pid

    print(f"\nsecond process: refused {refused}/{ATTEMPTS}, files unchanged "
          f"{unchanged}/{ATTEMPTS}, journal opened {len(connections)} times; the first "
          f"process wrote {written}/{ATTEMPTS} entries in between")
    assert refused == ATTEMPTS
    assert unchanged == ATTEMPTS
    assert connections == []  # never opened the database a second time
    assert len(messages) == 1
    message = messages.pop()
    assert "already open" in message and "Close that one first" in message
    assert written == ATTEMPTS

    holder.close()
    titles = titles_after(journal_file, key)
    assert titles == sorted([f"before {i}" for i in range(3)]
                            + [f"holder {i}" for i in range(ATTEMPTS)])


CLI_COMMANDS = [
    ["list"],
    ["search", "entry"],
    ["add", "--title", "Second launch", "Must not be saved."],
    ["check"],
    ["decrypt"],
]


def test_cli_launches_are_refused_with_a_clear_message(
    journal_file: Path, holders: list[Holder]
) -> None:
    make_encrypted(journal_file)
    holder = Holder(journal_file, PASSPHRASE)
    holders.append(holder)
    before = file_hashes(journal_file.parent)
    env = {**os.environ, "TRUSTJOURNAL_PASSPHRASE": PASSPHRASE}
    started = time.perf_counter()
    launches = [
        subprocess.Popen(
            [sys.executable, "-m", "trustjournal", "--data-dir", str(journal_file.parent),
             *command],
            cwd=ROOT, env=env, text=True, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        for command in CLI_COMMANDS
    ]
    results = [(command, *launch.communicate(timeout=60), launch.returncode)
               for command, launch in zip(CLI_COMMANDS, launches, strict=True)]
    seconds = time.perf_counter() - started
    refused = 0
    for command, out, err, code in results:
        assert code == 1, (command, out, err)
        assert "Traceback" not in err and "before 0" not in out, (command, out, err)
        assert err.startswith("trustjournal: ") and "already open" in err, (command, err)
        refused += 1
    print(f"\nCLI launches on an open journal: refused {refused}/{len(CLI_COMMANDS)} "
          f"({seconds:.1f} s)")
    assert file_hashes(journal_file.parent) == before
    assert holder.add(1) == 4
    holder.close()
    assert "Second launch" not in titles_after(journal_file, unlock(journal_file, PASSPHRASE))


def test_a_deleted_lock_file_does_not_let_a_command_replace_the_journal(
    journal_file: Path, holders: list[Holder], tmp_path: Path
) -> None:
    """With the lock file deleted behind the holder's back, restore, import and add are
    still refused: no second process replaces or writes the journal under the first."""
    folder = journal_file.parent
    with open_journal(journal_file) as journal:
        journal.create_entry(title="before 0", body="Written before the test.")
    env = {**os.environ}
    env.pop("TRUSTJOURNAL_PASSPHRASE", None)

    def cli(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "trustjournal", "--data-dir", str(folder), *command],
            cwd=ROOT, env=env, text=True, stdin=subprocess.DEVNULL, capture_output=True,
            timeout=60,
        )

    export = tmp_path / "other.json"
    assert cli("backup").returncode == 0
    assert cli("export", "--format", "json", "--out", str(export)).returncode == 0
    holder = Holder(journal_file, None)
    holders.append(holder)
    assert holder.add(1) == 2
    (folder / "notes.db.lock").unlink()
    before = file_hashes(folder)
    for command in (["restore", "--latest"], ["import", str(export)],
                    ["add", "--title", "Second launch", "Must not be saved."], ["list"]):
        done = cli(*command)
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        assert "already open" in done.stderr and "Traceback" not in done.stderr, command
    after = file_hashes(folder)
    after.pop("notes.db.lock", None)  # the refused launches may have made a new one
    assert after == before
    assert holder.add(2) == 3
    holder.close()
    assert titles_after(journal_file, None) == ["before 0", "holder 1", "holder 2"]


# -- the window --------------------------------------------------------------------------


def test_the_window_on_a_plain_journal_open_elsewhere(
    qtbot, journal_file: Path, holders: list[Holder], connections: list[str], monkeypatch
) -> None:
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui import application

    open_journal(journal_file).close()
    holder = Holder(journal_file, None)
    holders.append(holder)
    connections.clear()  # from making the journal, before the holder opened it
    before = file_hashes(journal_file.parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    args = argparse.Namespace(data_dir=str(journal_file.parent), command=None)
    assert application.run_gui(args) == 1
    assert len(shown) == 1 and "already open" in shown[0]
    assert connections == []
    assert file_hashes(journal_file.parent) == before
    assert holder.add(1) == 1
    holder.close()
    assert titles_after(journal_file, None) == ["holder 1"]


def test_the_window_on_an_encrypted_journal_open_elsewhere(
    qtbot, journal_file: Path, holders: list[Holder], connections: list[str], monkeypatch
) -> None:
    """The second window says at once that the journal is open elsewhere: it never asks
    for the passphrase, never opens the database and shows nothing of it."""
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui import application
    from trustjournal.gui.access import UnlockView

    make_encrypted(journal_file)
    holder = Holder(journal_file, PASSPHRASE)
    holders.append(holder)
    connections.clear()  # from making the journal, before the holder opened it
    assert holder.add(1) == 4  # the holder is up and has written: its files are settled
    before = file_hashes(journal_file.parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    asked: list[object] = []
    monkeypatch.setattr(UnlockView, "focus", lambda view: asked.append(view))
    args = argparse.Namespace(data_dir=str(journal_file.parent), command=None)
    assert application.run_gui(args) == 1
    assert shown and "already open" in shown[0] and "Close that one first" in shown[0]
    assert asked == []  # no passphrase prompt came first
    assert file_hashes(journal_file.parent) == before
    assert holder.add(2) == 5  # the first window keeps writing
    assert connections == []
    holder.close()
    assert {"holder 1", "holder 2"} <= set(titles_after(journal_file,
                                                        unlock(journal_file, PASSPHRASE)))
