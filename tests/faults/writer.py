"""A process that saves entries until it is killed, and the driver that kills it.

Child side, `python -m tests.faults.writer JOURNAL`: it imports the storage layer once and
then, for each `run R SEED [nockpt]` line on stdin, forks a child that opens the journal
and saves entries through the Journal API until it is killed (`create_entry` with a known
uuid, and `update_entry` on entries already there; now and then a WAL checkpoint, as
closing the app or SQLite's auto-checkpoint would do; none with `nockpt`). Forking keeps a
run cheap (no interpreter start, no imports) while every run is still a real process with
its own connections, locks and file descriptors that SIGKILL ends.

Lines on stdout (each one os.write, so lines of parent and child never mix):
    created                          the journal exists (after `create`)
    pid R PID                        run R's child has started
    open R                           run R's child has opened the journal
    try TAG UUID SHA                 about to save content(TAG) into entry UUID
    ok TAG UUID SHA                  that save returned (printed only after it returned)
    ckpt R                           a checkpoint returned
    error R MESSAGE                  the child failed on its own (not killed)
    dead R STATUS                    run R's child is gone (STATUS as from waitpid)

$TJ_FAULT_PASSPHRASE makes (and opens) an encrypted journal; $TJ_FAULT_KDF sets the
Argon2 settings the journal is created with (see helpers.kdf_from_env).

Parent side: `Writer` starts that process, and `Writer.run` kills a run's child with
SIGKILL at the moment asked for, returning what the child reported before it died.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
import traceback
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path

from tests.faults.helpers import KDF_ENV, content, kdf_env_value, kdf_from_env
from trustjournal.core.entries import EntryEdit
from trustjournal.storage import database
from trustjournal.storage.journal import Journal, open_journal
from trustjournal.storage.keys import create_encrypted, open_encrypted, unlock

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE_ENV = "TJ_FAULT_PASSPHRASE"
UPDATE_SHARE = 0.3
CHECKPOINT_SHARE = 0.08
# SQLite checkpoints by itself when a commit leaves the WAL longer than this many pages
# (default 1000, which a run of a few dozen saves seldom reaches); a low threshold makes
# kills land inside those checkpoints too. A setting of the child's connections only.
AUTOCHECKPOINT_PAGES = 40


# -- the child side ----------------------------------------------------------------------


def emit(line: str) -> None:
    os.write(1, (line + "\n").encode())


def create(path: Path, passphrase: str | None) -> None:
    kdf_from_env()
    journal = create_encrypted(path, passphrase)[0] if passphrase else open_journal(path)
    journal.close()
    emit("created")


def checkpoint(journal: Journal) -> None:
    """What Journal.close means to do: copy the WAL into the file and truncate it.

    Run through the storage gateway's writer connection outside a transaction, where
    SQLite allows the pragma (inside one it refuses: "database table is locked").
    """
    with journal._gateway.autocommit() as cur:
        busy, _log, _done = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise RuntimeError("the checkpoint was blocked")


def write_until_killed(path: Path, passphrase: str | None, run: int, seed: int,
                       checkpoints: bool) -> None:
    rng = random.Random(seed)
    # Without checkpoints (0 turns SQLite's own off), every save stays in the WAL.
    pages = AUTOCHECKPOINT_PAGES if checkpoints else 0
    database.PRAGMAS = (*database.PRAGMAS, f"PRAGMA wal_autocheckpoint={pages}")
    journal = open_encrypted(path, unlock(path, passphrase)) if passphrase else open_journal(path)
    emit(f"open {run}")
    known = [s.uuid for s in journal.timeline_page(limit=40).entries]
    for number in range(1, 100_000):
        tag = f"r{run}.s{number}"
        made = content(tag)
        if known and rng.random() < UPDATE_SHARE:
            target = rng.choice(known)
            emit(f"try {tag} {target} {made.digest}")
            journal.update_entry(
                target, EntryEdit(title=made.title, body=made.body, tags=made.tags)
            )
        else:
            target = str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
            emit(f"try {tag} {target} {made.digest}")
            journal.create_entry(
                entry_uuid=target, title=made.title, body=made.body, tags=made.tags
            )
            known.append(target)
        emit(f"ok {tag} {target} {made.digest}")
        if checkpoints and rng.random() < CHECKPOINT_SHARE:
            checkpoint(journal)
            emit(f"ckpt {run}")
    journal.close()


def main() -> None:
    path = Path(sys.argv[1])
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    for line in sys.stdin:
        command, *args = line.split()
        if command == "create":
            create(path, passphrase)
        elif command == "run":
            run, seed = int(args[0]), int(args[1])
            checkpoints = "nockpt" not in args
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    write_until_killed(path, passphrase, run, seed, checkpoints)
                except BaseException as exc:
                    detail = "".join(traceback.format_exception_only(exc)).strip()
                    emit(f"error {run} {detail!r}")
                    code = 2
                os._exit(code)
            emit(f"pid {run} {pid}")
            _pid, status = os.waitpid(pid, 0)
            emit(f"dead {run} {status}")
        elif command == "quit":
            break


# -- the parent side ---------------------------------------------------------------------


@dataclass
class RunLog:
    """What one run's child reported before it died."""

    tries: list[tuple[str, str, str]] = field(default_factory=list)  # tag, uuid, sha
    oks: list[tuple[str, str, str]] = field(default_factory=list)
    checkpoints: int = 0
    opened: bool = False
    error: str | None = None
    status: int = 0

    @property
    def in_flight(self) -> tuple[str, str, str] | None:
        """The save that was started but not acknowledged when the kill came."""
        return self.tries[-1] if len(self.tries) > len(self.oks) else None

    @property
    def killed(self) -> bool:
        return os.WIFSIGNALED(self.status) and os.WTERMSIG(self.status) == signal.SIGKILL


class Writer:
    """The writer process: creates the journal, then forks a child per run."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        env = dict(os.environ)
        env[KDF_ENV] = kdf_env_value()
        env.pop(PASSPHRASE_ENV, None)
        if passphrase:
            env[PASSPHRASE_ENV] = passphrase
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.writer", str(path)], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def create(self) -> None:
        self._send("create")
        assert self._line() == "created", self._failure()

    def _send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().rstrip("\n")

    def _failure(self) -> str:
        self.proc.kill()
        _out, err = self.proc.communicate(timeout=30)
        return f"writer failed: {err[-3000:]}"

    def run(self, run: int, seed: int, *, delay: float = 0.0, while_opening: bool = False,
            after_oks: int = 0, checkpoints: bool = True) -> RunLog:
        """Start run `run` and SIGKILL its child `delay` seconds after it started
        (while_opening), or after it opened the journal, or once it has acknowledged
        `after_oks` saves; return what it reported before it died."""
        log = RunLog()
        self._send(f"run {run} {seed}" + ("" if checkpoints else " nockpt"))
        pid: int | None = None
        killed = False
        while True:
            line = self._line()
            if not line:
                raise AssertionError(self._failure())
            kind, _, rest = line.partition(" ")
            if kind == "pid":
                pid = int(rest.split()[1])
            elif kind == "open":
                log.opened = True
            elif kind == "try":
                tag, uuid, digest = rest.split()
                log.tries.append((tag, uuid, digest))
            elif kind == "ok":
                tag, uuid, digest = rest.split()
                log.oks.append((tag, uuid, digest))
            elif kind == "ckpt":
                log.checkpoints += 1
            elif kind == "error":
                log.error = rest
            elif kind == "dead":
                log.status = int(rest.split()[1])
                return log
            due = (while_opening or log.opened) and len(log.oks) >= after_oks
            if not killed and pid is not None and log.error is None and due:
                time.sleep(delay)
                with contextlib.suppress(ProcessLookupError):  # it failed by itself
                    os.kill(pid, signal.SIGKILL)
                killed = True

    def close(self) -> None:
        if self.proc.poll() is None:
            self._send("quit")
            try:
                self.proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.communicate(timeout=10)


if __name__ == "__main__":
    main()
