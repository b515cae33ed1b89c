"""Two processes writing one journal: exactly one gets it, the other is refused cleanly
without ever opening the database, and no entry is lost.

tests/test_single_instance.py already covers a second process (API, CLI, window) refused
while a first one holds the journal and writes on. This adds what it does not:

- a real race: two processes try to open the same journal at the same instant, 50 times
  (and 20 times encrypted); each time exactly one wins, the loser opened no SQLite
  connection to the file and left the lock file (the winner's pid) alone, and every
  entry a winner saved is there at the end;
- a lock file deleted, replaced or turned into a symlink behind a holder's back still
  lets no second process in (the folder itself is locked, see storage/lock.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.helpers import FAST_KDF, PASSPHRASE, read_entries
from trustjournal.storage import keyslots, open_journal
from trustjournal.storage.keys import create_encrypted, open_encrypted, unlock

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 50
ENCRYPTED_ROUNDS = 20

RACER = r"""
import os, sys, time
from pathlib import Path
from sqlcipher3 import dbapi2
from tests.faults.helpers import content
from trustjournal.storage import JournalLockedError, open_journal
from trustjournal.storage.keys import open_encrypted, unlock

path = Path(sys.argv[1]).resolve()
name = sys.argv[2]
secret = os.environ.get("TJ_FAULT_PASSPHRASE")
key = unlock(path, secret) if secret else None  # reads the key file only
opened = []
real_connect = dbapi2.connect

def counting_connect(database, *args, **kwargs):
    if str(database) != ":memory:" and Path(database).resolve() == path:
        opened.append(str(database))
    return real_connect(database, *args, **kwargs)

dbapi2.connect = counting_connect

def say(line):
    os.write(1, (line + "\n").encode())

def open_it():
    return open_encrypted(path, key) if key else open_journal(path, create=False)

journal = None
say("ready")
for line in sys.stdin:
    command, *args = line.split()
    if command == "go":  # race: try to open at the given moment
        round_, start = args[0], float(args[1])
        while time.time() < start:
            pass
        opened.clear()
        try:
            journal = open_it()
        except JournalLockedError as exc:
            say(f"refused {round_} {len(opened)} {exc}")
            continue
        except Exception as exc:
            say(f"error {round_} {type(exc).__name__}: {exc}")
            continue
        made = content(f"race.{round_}.{name}")
        entry, _ = journal.create_entry(title=made.title, body=made.body, tags=made.tags)
        say(f"won {round_} {len(opened)} {entry.uuid} {made.digest}")
    elif command == "open":  # open now, whatever the lock says
        journal = open_it()
        say("opened")
    elif command == "add":
        made = content(args[0])
        entry, _ = journal.create_entry(title=made.title, body=made.body, tags=made.tags)
        say(f"ok {entry.uuid} {made.digest}")
    elif command == "release":
        journal.close()
        journal = None
        say("released")
    elif command == "quit":
        break
"""


class Racer:
    def __init__(self, path: Path, name: str, passphrase: str | None) -> None:
        env = dict(os.environ)
        env.pop("TJ_FAULT_PASSPHRASE", None)
        if passphrase:
            env["TJ_FAULT_PASSPHRASE"] = passphrase
        self.name = name
        self.proc = subprocess.Popen(
            [sys.executable, "-c", RACER, str(path), name], cwd=ROOT, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def line(self) -> str:
        assert self.proc.stdout is not None
        text = self.proc.stdout.readline().rstrip("\n")
        if not text:
            self.proc.kill()
            raise AssertionError(f"racer {self.name} died: {self.proc.communicate()[1]}")
        return text

    def ask(self, line: str) -> str:
        self.send(line)
        return self.line()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            try:
                self.proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.communicate(timeout=10)


@pytest.fixture
def racers() -> Iterator[list[Racer]]:
    started: list[Racer] = []
    yield started
    for racer in started:
        racer.stop()


def make_journal(path: Path, encrypted: bool) -> bytes | None:
    if not encrypted:
        open_journal(path).close()
        return None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
        create_encrypted(path, PASSPHRASE)[0].close()
    return unlock(path, PASSPHRASE)


@pytest.mark.parametrize(("encrypted", "rounds"), [(False, ROUNDS), (True, ENCRYPTED_ROUNDS)],
                         ids=["plain", "encrypted"])
def test_two_processes_racing_for_one_journal(
    journal_file: Path, racers: list[Racer], encrypted: bool, rounds: int
) -> None:
    key = make_journal(journal_file, encrypted)
    pair = [Racer(journal_file, name, PASSPHRASE if encrypted else None)
            for name in ("left", "right")]
    racers.extend(pair)
    for racer in pair:
        assert racer.line() == "ready"
    lock_file = journal_file.with_name("notes.db.lock")
    wins = {"left": 0, "right": 0}
    saved: dict[str, str] = {}
    problems: list[str] = []
    for round_ in range(rounds):
        start = time.time() + 0.03
        for racer in pair:
            racer.send(f"go {round_} {start}")
        replies = {racer.name: racer.line() for racer in pair}
        won = [r for r in pair if replies[r.name].startswith("won ")]
        lost = [r for r in pair if replies[r.name].startswith("refused ")]
        if len(won) != 1 or len(lost) != 1:
            problems.append(f"round {round_}: {replies}")
            for racer in won:
                assert racer.ask("release") == "released"
            continue
        winner, loser = won[0], lost[0]
        _kind, _round, _connections, uuid, digest = replies[winner.name].split()
        saved[uuid] = digest
        wins[winner.name] += 1
        _kind, _round, loser_connections, message = replies[loser.name].split(" ", 3)
        if loser_connections != "0":
            problems.append(f"round {round_}: the loser opened the database "
                            f"{loser_connections} times")
        if "already open" not in message:
            problems.append(f"round {round_}: refusal said {message!r}")
        if lock_file.read_text() != str(winner.proc.pid):
            problems.append(f"round {round_}: the lock file names {lock_file.read_text()}, "
                            f"not the winner {winner.proc.pid}")
        assert winner.ask("release") == "released"

    stored = read_entries(journal_file, key)
    opened = open_encrypted(journal_file, key) if key else open_journal(journal_file,
                                                                         create=False)
    with opened as journal:
        assert journal.integrity_problems() == []
    found = sum(u in stored and stored[u].digest == d for u, d in saved.items())
    summary = (f"{'encrypted' if encrypted else 'plain'} race, {rounds} rounds: exactly one "
               f"winner in {rounds - len(problems)}; wins left/right {wins['left']}/"
               f"{wins['right']}; {len(saved)} winners' entries saved, {found} of them found")
    print(f"\n{summary}")
    assert problems == [], summary + "\n" + "\n".join(problems)
    assert {u: e.digest for u, e in stored.items()} == saved, summary
    assert all(e.problem is None for e in stored.values())


@pytest.mark.parametrize("tamper", ["deleted", "replaced", "symlinked"])
def test_a_deleted_or_replaced_lock_file_lets_no_second_process_in(
    journal_file: Path, racers: list[Racer], tamper: str
) -> None:
    """The lock file can be deleted or swapped while a journal is open (a clean-up tool,
    a user): a second process must still be refused, without opening the database, and
    the first keeps every save."""
    open_journal(journal_file).close()
    first, second = Racer(journal_file, "first", None), Racer(journal_file, "second", None)
    racers.extend([first, second])
    assert first.line() == "ready" and second.line() == "ready"
    assert first.ask("open") == "opened"
    lock_file = journal_file.with_name("notes.db.lock")
    lock_file.unlink()
    elsewhere = journal_file.parent / "elsewhere.txt"
    if tamper == "replaced":
        lock_file.write_text("12345")
    elif tamper == "symlinked":
        elsewhere.write_text("not a lock")
        lock_file.symlink_to(elsewhere)
    saved: dict[str, str] = {}
    for round_ in range(5):
        reply = second.ask(f"go {round_} 0")
        assert reply.startswith(f"refused {round_} 0 "), reply  # no connection opened
        assert "already open" in reply
        _ok, uuid, digest = first.ask(f"add kept.{round_}").split()
        saved[uuid] = digest
    if tamper == "symlinked":
        assert elsewhere.read_text() == "not a lock"  # nothing written through the link
    assert first.ask("release") == "released"
    # Once the first has let go, the second gets in as usual.
    assert second.ask("go 9 0").startswith("won 9 ")
    assert second.ask("release") == "released"
    with open_journal(journal_file, create=False) as journal:
        assert journal.integrity_problems() == []
    stored = read_entries(journal_file, None)
    assert saved.items() <= {u: e.digest for u, e in stored.items()}.items()
