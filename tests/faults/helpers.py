"""Shared pieces of the fault-injection suite: self-checking entries, raw reads of a
journal file, file fingerprints and a fast Argon2 setting that crosses process bounds.

Every entry the suite writes carries its own proof of wholeness: the body names the save
it came from ("tag") and ends with a checksum of everything before it, and its title and
tags are derived from the same tag. An entry that is present but half-written (a body
cut short, a title from another save, a missing tag) fails `entry_problem`.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trustjournal.storage import keyslots
from trustjournal.storage.database import connect_file

PASSPHRASE = "lantern harbour quiet stone"
# Argon2id settings for the journals this suite makes. The settings are stored in each
# key slot, so a journal made with them unlocks quickly in any process; a child that
# creates a journal reads them from this variable (monkeypatching cannot reach it).
KDF_ENV = "TJ_FAULT_KDF"
FAST_KDF = keyslots.KdfParams(time_cost=1, memory_cost=64, parallelism=1)

_WORDS = (
    "trust", "honest", "talk", "listen", "promise", "kept", "slowly", "evening", "morning",
    "walk", "calm", "breath", "worry", "fear", "hope", "partner", "phone", "message",
    "late", "home", "kind", "patient", "repair", "small", "step", "today", "yesterday",
    "again", "better", "harder", "said", "felt", "noticed", "asked", "waited", "answered",
)
CHECKSUM_MARK = "\nchecksum "


def kill_when(argv: list[str], ready: Callable[[], bool], *, env: dict[str, str],
              cwd: Path, what: str) -> None:
    """Run `argv` as a child and SIGKILL it as soon as ready() is true; fails the test if
    the child ends on its own first (it was never caught mid-way). `what` names the
    work in that message ("the export")."""
    with subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE) as child:
        try:
            deadline = time.monotonic() + 120
            while child.poll() is None and time.monotonic() < deadline:
                if ready():
                    os.kill(child.pid, signal.SIGKILL)
                    break
                time.sleep(0.001)
            child.wait(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        said = child.stderr.read() if child.stderr else b""
    assert child.returncode == -signal.SIGKILL, (
        f"{what} ended on its own before it could be killed: {said!r}")


def kdf_from_env() -> None:
    """Set keyslots.DEFAULT_KDF from $TJ_FAULT_KDF ("time,memory,parallelism")."""
    spec = os.environ.get(KDF_ENV)
    if spec:
        time_cost, memory, parallelism = (int(v) for v in spec.split(","))
        keyslots.DEFAULT_KDF = keyslots.KdfParams(time_cost, memory, parallelism)


def kdf_env_value(params: keyslots.KdfParams = FAST_KDF) -> str:
    return f"{params.time_cost},{params.memory_cost},{params.parallelism}"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class Content:
    """What one save writes: a title, a body and tags, all derived from its tag."""

    tag: str
    title: str
    body: str
    tags: tuple[str, ...]

    @property
    def digest(self) -> str:
        return sha(self.body)


def content(tag: str) -> Content:
    """The deterministic content of save `tag` (e.g. "r12.s3"): 20–120 words, one save
    in eight about 2,000 words (several pages, so a torn write would show)."""
    seed = int(sha(tag)[:16], 16)
    rng = random.Random(seed)
    count = rng.randint(1500, 2500) if rng.random() < 0.125 else rng.randint(20, 120)
    text = f"Fault-test save {tag}.\n" + " ".join(rng.choice(_WORDS) for _ in range(count))
    body = f"{text}{CHECKSUM_MARK}{sha(text)}"
    tags = tuple(sorted({f"ft{seed % 7}", f"fs{seed % 3}"}))
    return Content(tag=tag, title=f"Fault {tag}", body=body, tags=tags)


def tag_of(body: str) -> str | None:
    first = body.split("\n", 1)[0]
    if not (first.startswith("Fault-test save ") and first.endswith(".")):
        return None
    return first[len("Fault-test save ") : -1]


def entry_problem(title: str, body: str, tags: tuple[str, ...]) -> str | None:
    """Why a stored entry is not a whole save of this suite (None when it is)."""
    text, mark, checksum = body.rpartition(CHECKSUM_MARK)
    if not mark or sha(text) != checksum:
        return "body checksum does not match (half-written or damaged body)"
    tag = tag_of(body)
    if tag is None:
        return "body does not name its save"
    expected = content(tag)
    if body != expected.body:
        return f"body differs from save {tag}"
    if title != expected.title:
        return f"title {title!r} does not belong to save {tag}"
    if tuple(sorted(tags)) != expected.tags:
        return f"tags {tags} do not belong to save {tag}"
    return None


@dataclass(frozen=True)
class StoredEntry:
    uuid: str
    title: str
    body: str
    tags: tuple[str, ...]

    @property
    def digest(self) -> str:
        return sha(self.body)

    @property
    def problem(self) -> str | None:
        return entry_problem(self.title, self.body, self.tags)


ENTRY_QUERY = """
SELECT e.uuid, e.title, e.body,
       (SELECT group_concat(t.name, char(31)) FROM entry_tags et
          JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id)
FROM entries e
"""


def read_entries(path: Path, key: bytes | None) -> dict[str, StoredEntry]:
    """Every entry of a closed journal file, read in one query on its own connection
    (the journal API reads bodies one entry at a time; this suite reads thousands)."""
    conn = connect_file(path, key)
    try:
        rows = conn.execute(ENTRY_QUERY).fetchall()
    finally:
        conn.close()
    return {
        uuid: StoredEntry(uuid, title, body, tuple(tags.split("\x1f")) if tags else ())
        for uuid, title, body, tags in rows
    }
