"""kill -9 loop: a process saving entries is killed at random moments, over and over,
on one journal file; after every kill the journal must be healthy and hold every entry
whose save had returned, whole.

The writer (tests/faults/writer.py) forks one child per run; the child opens the journal
and saves entries until this test sends it SIGKILL, 5–60 ms after it reported the journal
open (one run in ten is killed 0–15 ms after it started, while it is still opening, so
recovery of the WAL a previous kill left is itself interrupted). The same file is used for
every run, so any damage would pile up. The child prints "ok TAG UUID SHA" only after a
save returned; that line is the promise checked here:

- the journal opens through the app's own path and passes `integrity_check` (with the
  search index's own check, see Journal.integrity_problems);
- every acknowledged save is there with exactly the body that was acknowledged (or, for
  the one save that was in flight when the kill came, possibly the newer one);
- no entry is half-written: every entry present is a whole save (body checksum, title and
  tags all from the same save), and no entry appears that was never attempted.

Run with -s to see the counts; they are also in the assertion message.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.faults.helpers import PASSPHRASE, read_entries
from tests.faults.writer import RunLog, Writer
from trustjournal.storage import open_journal
from trustjournal.storage.keys import open_encrypted, unlock

KILL_AFTER_OPEN_MS = (5, 60)
KILL_WHILE_OPENING_MS = (0, 15)
OPENING_SHARE = 0.1
EXTRA_RUNS_FACTOR = 5


@dataclass
class Tally:
    label: str
    runs: int = 0
    killed_while_opening: int = 0
    saves_acknowledged: int = 0
    updates_acknowledged: int = 0
    checkpoints: int = 0
    landed_unacknowledged: int = 0
    lost: int = 0
    half_written: int = 0
    unknown: int = 0
    integrity_failures: int = 0
    open_failures: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    entries: dict[str, str] = field(default_factory=dict)  # uuid -> acknowledged sha

    def summary(self) -> str:
        return (
            f"{self.label}: {self.runs} kill runs ({self.killed_while_opening} while "
            f"opening), {self.saves_acknowledged} acknowledged saves "
            f"({self.updates_acknowledged} of them updates, {self.checkpoints} checkpoints) "
            f"on {len(self.entries)} entries; lost acknowledged: {self.lost}; half-written: "
            f"{self.half_written}; unknown entries: {self.unknown}; integrity failures: "
            f"{self.integrity_failures}; failed opens: {self.open_failures}; unacknowledged "
            f"saves that landed: {self.landed_unacknowledged}; {self.seconds:.1f} s"
        )

    @property
    def clean(self) -> bool:
        return not (self.lost or self.half_written or self.unknown
                    or self.integrity_failures or self.open_failures)


def verify(path: Path, key: bytes | None, log: RunLog, tally: Tally) -> bool:
    """Check the journal after one kill; False when it cannot be checked any further."""
    # 1. It opens the way the app opens it (lock, quick_check, WAL recovery) and passes
    #    the full check. Closing it folds the WAL into the file, as the app's close does
    #    (SQLite checkpoints when the last connection closes).
    try:
        journal = open_encrypted(path, key) if key else open_journal(path, create=False)
    except Exception as exc:
        tally.open_failures += 1
        tally.problems.append(f"run {tally.runs}: open failed: {type(exc).__name__}: {exc}")
        return False
    try:
        problems = journal.integrity_problems()
        counted = journal.count_entries()
    finally:
        journal.close()
    if problems:
        tally.integrity_failures += 1
        tally.problems.append(f"run {tally.runs}: integrity: {problems[:5]}")

    # 2. Every acknowledged save is there, whole; nothing half-written or unknown.
    stored = read_entries(path, key)
    if counted != len(stored):
        tally.problems.append(f"run {tally.runs}: count_entries {counted} != {len(stored)} rows")
        tally.integrity_failures += 1
    acked_now = {uuid: digest for _tag, uuid, digest in log.oks}
    in_flight = log.in_flight
    tally.entries.update(acked_now)
    for uuid, digest in tally.entries.items():
        entry = stored.get(uuid)
        allowed = {digest}
        if in_flight and in_flight[1] == uuid:
            allowed.add(in_flight[2])
        if entry is None or entry.digest not in allowed:
            tally.lost += 1
            what = "missing" if entry is None else "has another body"
            tally.problems.append(f"run {tally.runs}: acknowledged entry {uuid} {what}")
    for uuid, entry in stored.items():
        if entry.problem:
            tally.half_written += 1
            tally.problems.append(f"run {tally.runs}: entry {uuid}: {entry.problem}")
        if uuid not in tally.entries and not (in_flight and in_flight[1] == uuid):
            tally.unknown += 1
            tally.problems.append(f"run {tally.runs}: entry {uuid} was never saved")
    if in_flight:
        _tag, uuid, digest = in_flight
        entry = stored.get(uuid)
        if entry is not None and entry.digest == digest:
            tally.landed_unacknowledged += 1
            tally.entries[uuid] = digest  # it is the entry's content from now on
    return not problems


def kill_loop(path: Path, runs: int, *, encrypted: bool, seed: int, label: str) -> Tally:
    rng = random.Random(seed)
    tally = Tally(label)
    started = time.perf_counter()
    writer = Writer(path, PASSPHRASE if encrypted else None)
    try:
        writer.create()
        key = unlock(path, PASSPHRASE) if encrypted else None
        # At least `runs` kills; on a busy machine fewer saves fit before each kill, so
        # the loop goes on (up to EXTRA_RUNS_FACTOR times as many runs) until at least
        # one save per two planned runs was acknowledged: what it proves stays the same.
        run = 0
        while run < runs or (tally.saves_acknowledged < runs // 2
                             and run < runs * EXTRA_RUNS_FACTOR):
            run += 1
            extra = run > runs
            # An extra run waits for its first acknowledged save before the random delay.
            while_opening = not extra and rng.random() < OPENING_SHARE
            low, high = KILL_WHILE_OPENING_MS if while_opening else KILL_AFTER_OPEN_MS
            log = writer.run(run, rng.getrandbits(32), delay=rng.uniform(low, high) / 1000,
                             while_opening=while_opening, after_oks=1 if extra else 0)
            tally.runs += 1
            if log.error is not None:
                tally.open_failures += 1
                tally.problems.append(f"run {run}: the writer failed by itself: {log.error}")
                break
            assert log.killed, f"run {run} ended with status {log.status}"
            tally.killed_while_opening += not log.opened
            tally.saves_acknowledged += len(log.oks)
            seen = set(tally.entries)
            for _tag, uuid, _digest in log.oks:
                tally.updates_acknowledged += uuid in seen
                seen.add(uuid)
            tally.checkpoints += log.checkpoints
            if not verify(path, key, log, tally) or len(tally.problems) > 20:
                break
    finally:
        writer.close()
    tally.seconds = time.perf_counter() - started
    return tally


def check(tally: Tally, runs: int) -> None:
    print(f"\n{tally.summary()}")
    for problem in tally.problems[:20]:
        print(f"  {problem}")
    message = tally.summary() + "".join(f"\n  {p}" for p in tally.problems[:20])
    assert tally.runs >= runs, message
    assert tally.clean, message
    # The loop must really have killed writers in the middle of their work (on a loaded
    # machine saves are slower, so fewer fit before each kill).
    assert tally.saves_acknowledged >= runs // 2, message
    assert tally.updates_acknowledged > 0, message


def test_kill_loop_plain(journal_file: Path) -> None:
    runs = 200
    check(kill_loop(journal_file, runs, encrypted=False, seed=20240601,
                    label="kill -9 loop, plain"), runs)


def test_kill_loop_encrypted(journal_file: Path) -> None:
    runs = 60
    check(kill_loop(journal_file, runs, encrypted=True, seed=20240602,
                    label="kill -9 loop, encrypted"), runs)


@pytest.mark.long
@pytest.mark.parametrize(("encrypted", "runs"), [(False, 1500), (True, 500)],
                         ids=["plain", "encrypted"])
def test_kill_loop_long(journal_file: Path, encrypted: bool, runs: int) -> None:
    label = f"long kill -9 loop, {'encrypted' if encrypted else 'plain'}"
    check(kill_loop(journal_file, runs, encrypted=encrypted, seed=7 + runs, label=label), runs)


def test_the_checks_catch_loss_half_writes_and_strangers(journal_file: Path) -> None:
    """The verification above has teeth: an acknowledged entry deleted behind the
    journal's back, a body cut short and an entry nobody saved are all reported."""
    from tests.faults.helpers import content
    from trustjournal.storage.database import connect_file

    log = RunLog()
    with open_journal(journal_file) as journal:
        for number in range(3):
            made = content(f"r1.s{number}")
            entry, _ = journal.create_entry(title=made.title, body=made.body, tags=made.tags)
            log.tries.append((made.tag, entry.uuid, made.digest))
            log.oks.append((made.tag, entry.uuid, made.digest))
        stray = content("r9.s9")
        journal.create_entry(title=stray.title, body=stray.body, tags=stray.tags)
    tally = Tally("self-test")
    assert verify(journal_file, None, log, tally) and tally.clean is False
    assert (tally.lost, tally.half_written, tally.unknown) == (0, 0, 1), tally.problems

    conn = connect_file(journal_file, None)
    try:
        conn.execute("UPDATE entries SET body = substr(body, 1, 60) WHERE uuid = ?",
                     (log.oks[0][1],))
        conn.execute("DELETE FROM entries WHERE uuid = ?", (log.oks[1][1],))
    finally:
        conn.close()
    tally = Tally("self-test")
    verify(journal_file, None, log, tally)
    # The cut body is both a lost acknowledgement and a half-written entry.
    assert (tally.lost, tally.half_written, tally.unknown) == (2, 1, 1), tally.problems
