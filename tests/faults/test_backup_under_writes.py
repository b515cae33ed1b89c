"""A backup taken while another thread keeps saving is a consistent snapshot.

A writer thread saves entries through the same open Journal (new ones, and edits of
earlier ones) as fast as it can; meanwhile `Journal.backup` copies the journal several
times. Every copy must open (the key file beside it for an encrypted journal), pass
SQLite's full check, and equal the journal exactly as it was after one of the writer's
saves (between the last save that had returned when the backup began and the last one
started when it ended): every row either fully there or not, no save half in.

(Restoring a backup row for row is tested with the backups feature itself.)
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from tests.faults.helpers import FAST_KDF, PASSPHRASE, content, read_entries
from trustjournal.core.entries import EntryEdit
from trustjournal.paths import keys_path
from trustjournal.storage import keyslots, open_journal
from trustjournal.storage.journal import Journal
from trustjournal.storage.keys import create_encrypted, open_encrypted, unlock

BACKUPS = 6


class WriterThread(threading.Thread):
    """Saves until stopped; `attempts` lists every save in order before it starts (the
    thread is the only writer, so saves commit in that order), `done` counts those that
    returned."""

    def __init__(self, journal: Journal) -> None:
        super().__init__(name="fault-writer", daemon=True)
        self.journal = journal
        self.attempts: list[tuple[str, str]] = []  # (uuid, sha), in commit order
        self.done = 0
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            number = 0
            while not self.stop.is_set():
                made = content(f"bw.s{number}")
                if number % 4 == 3:  # an edit of an earlier entry
                    uuid = self.attempts[number // 2][0]
                    self.attempts.append((uuid, made.digest))
                    self.journal.update_entry(
                        uuid, EntryEdit(title=made.title, body=made.body, tags=made.tags))
                else:
                    uuid = f"00000000-0000-4000-8000-{number:012d}"
                    self.attempts.append((uuid, made.digest))
                    self.journal.create_entry(entry_uuid=uuid, title=made.title,
                                              body=made.body, tags=made.tags)
                self.done += 1
                number += 1
        except BaseException as exc:
            self.error = exc


def states_between(attempts: list[tuple[str, str]], first: int, last: int
                   ) -> list[dict[str, str]]:
    """The journal's entries (uuid -> sha) after each of saves first..last."""
    state: dict[str, str] = {}
    for uuid, digest in attempts[:first]:
        state[uuid] = digest
    states = [dict(state)]
    for uuid, digest in attempts[first:last]:
        state[uuid] = digest
        states.append(dict(state))
    return states


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_backups_taken_during_saves_are_consistent_snapshots(
    journal_file: Path, tmp_path: Path, encrypted: bool
) -> None:
    if encrypted:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
            journal = create_encrypted(journal_file, PASSPHRASE)[0]
        key: bytes | None = unlock(journal_file, PASSPHRASE)
    else:
        journal = open_journal(journal_file)
        key = None
    copies = tmp_path / "copies"
    copies.mkdir(mode=0o700)
    writer = WriterThread(journal)
    results = []
    try:
        writer.start()
        while writer.done < 10:
            time.sleep(0.01)
        for number in range(BACKUPS):
            before = writer.done
            target = journal.backup(copies / f"copy-{number}.db")
            after = len(writer.attempts)
            results.append((target, before, after))
            time.sleep(0.05)
    finally:
        writer.stop.set()
        writer.join(30)
        journal.close()
    assert writer.error is None, repr(writer.error)

    matched = []
    for target, before, after in results:
        folder = copies / target.stem
        folder.mkdir(mode=0o700)
        copy = folder / "notes.db"
        shutil.move(target, copy)
        if key is not None:
            shutil.copy(keys_path(journal_file), keys_path(copy))
        with (open_encrypted(copy, key) if key else open_journal(copy, create=False)) as opened:
            assert opened.integrity_problems() == [], target.name
        stored = read_entries(copy, key)
        assert [u for u, e in stored.items() if e.problem] == [], target.name
        found = {u: e.digest for u, e in stored.items()}
        states = states_between(writer.attempts, before, after)
        assert found in states, (
            f"{target.name}: {len(found)} entries, not the journal after any save between "
            f"save {before} and save {after}")
        matched.append(before + states.index(found))
    print(f"\nbackups during saves ({'encrypted' if encrypted else 'plain'}): {len(results)} "
          f"copies, each equal to the journal after save {matched} of "
          f"{len(writer.attempts)} saves")
