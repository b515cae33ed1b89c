"""Corruption: damaged journal files are detected quickly, reported in words, and never
changed by being looked at.

For each kind of damage, on a plain and on an encrypted journal of 100 self-checking
entries:

- `trustjournal check` (a real process) exits non-zero within 5 s — 3 ("damaged") where
  the file can be recognised as a damaged journal — with a message, not a traceback;
- opening through the storage API (open_journal / open_encrypted) raises a JournalError
  subclass, within 5 s;
- the damaged file (and the key file) keep their exact bytes (sha256) after every check
  and every attempt to open.

A deleted WAL is different: SQLite recovers, and what it recovers to is known exactly —
the file as of its last checkpoint. Those tests say so precisely, including that saves
which had returned are lost, because the app has no way to know about them.

Run with -s for the detection times.
"""

from __future__ import annotations

import os
import random
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.helpers import (
    FAST_KDF,
    PASSPHRASE,
    content,
    file_sha,
    read_entries,
)
from tests.faults.writer import Writer
from trustjournal.paths import keys_path
from trustjournal.storage import JournalError, JournalLockedError, keyslots, open_journal
from trustjournal.storage.database import connect_file
from trustjournal.storage.keys import create_encrypted, open_encrypted, unlock

ROOT = Path(__file__).resolve().parents[2]
DETECT_WITHIN = 5.0
ENTRIES = 100
EXIT_ERROR, EXIT_DAMAGED = 1, 3

# -- the journals ------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    folder: Path
    encrypted: bool
    entries: dict[str, str]  # uuid -> body sha

    @property
    def passphrase(self) -> str | None:
        return PASSPHRASE if self.encrypted else None


def _make_template(folder: Path, encrypted: bool) -> Template:
    folder.mkdir(parents=True)
    path = folder / "notes.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
        journal = create_encrypted(path, PASSPHRASE)[0] if encrypted else open_journal(path)
    entries = {}
    with journal:
        for number in range(ENTRIES):
            made = content(f"base.s{number}")
            entry, _ = journal.create_entry(title=made.title, body=made.body, tags=made.tags)
            entries[entry.uuid] = made.digest
    (folder / "notes.db.lock").unlink()
    # Compact it: no free pages, so damage to any page is damage to something in use.
    conn = connect_file(path, unlock(path, PASSPHRASE) if encrypted else None)
    try:
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()
    assert sorted(p.name for p in folder.iterdir()) == (
        ["notes.db", "notes.keys"] if encrypted else ["notes.db"]
    )
    return Template(folder, encrypted, entries)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Template]:
    base = tmp_path_factory.mktemp("corruption-templates")
    return {mode: _make_template(base / mode, mode == "encrypted")
            for mode in ("plain", "encrypted")}


def copy_of(template: Template, folder: Path) -> Path:
    shutil.copytree(template.folder, folder)
    return folder / "notes.db"


def key_for(template: Template, path: Path) -> bytes | None:
    return unlock(path, PASSPHRASE) if template.encrypted else None


# -- kinds of damage ---------------------------------------------------------------------


def _xor(path: Path, start: int, stop: int, mask: int = 0x5A) -> None:
    data = bytearray(path.read_bytes())
    for i in range(start, min(stop, len(data))):
        data[i] ^= mask
    path.write_bytes(bytes(data))


def header_magic(path: Path) -> None:
    """The first 16 bytes: SQLite's magic string, or SQLCipher's salt."""
    _xor(path, 0, 16, 0xFF)


def header_fields(path: Path) -> None:
    """Bytes 16-67: page size, versions, counters (plain); page 1's ciphertext (encrypted).
    A plain file keeps its application id (bytes 68-71), so it is still recognisably ours."""
    _xor(path, 16, 68)


def middle_page(path: Path) -> None:
    """The first 1,000 bytes of the page in the middle of the file (a b-tree page's
    header and cell pointers, or an overflow page's link); the file header is intact."""
    size = path.stat().st_size
    start = (size // 4096 // 2) * 4096
    _xor(path, start, start + 1000)


def payload(path: Path) -> None:
    """Five letters of one entry's text (plain), or five bytes in the middle of a page
    (encrypted): every page and b-tree still looks fine to SQLite's structural checks."""
    data = bytearray(path.read_bytes())
    at = data.find(b"Fault-test save base.s50.")
    if at < 0:  # encrypted: no text to find
        at = (len(data) // 4096 // 2) * 4096 + 2000
    data[at + 40 : at + 45] = b"XXXXX"
    path.write_bytes(bytes(data))


def truncate_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def truncate_100(path: Path) -> None:
    os.truncate(path, 100)


def truncate_0(path: Path) -> None:
    os.truncate(path, 0)


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(0xDEAD).randbytes(path.stat().st_size))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "header-magic": header_magic,
    "header-fields": header_fields,
    "middle-page": middle_page,
    "payload": payload,
    "truncate-half": truncate_half,
    "truncate-100": truncate_100,
    "truncate-0": truncate_0,
    "random-bytes": random_bytes,
}

# Plain SQLite files have no page checksums: changed text in a plain journal passes the
# structural quick_check that opening runs (DESIGN.md: "Open runs PRAGMA quick_check"), so
# such a journal opens; the full check (`check`, and the window's background check) finds
# it through the search index, which no longer matches the entries.
OPENS_DESPITE = {("payload", "plain")}

# A plain file whose every byte is random, with no key file and no backups beside it,
# cannot be told from an encrypted journal whose key file is missing (DESIGN.md: "A wrong
# key and a damaged first page give the same error"); keys.py then names both
# possibilities and exits 1. Every other case is recognisably a damaged journal: exit 3.
EXPECTED_EXIT = {("random-bytes", "plain"): {EXIT_ERROR, EXIT_DAMAGED}}

CASES = [
    pytest.param(damage, mode, id=f"{damage}-{mode}")
    for damage in DAMAGE
    for mode in ("plain", "encrypted")
]
OPEN_CASES = CASES

# Detection times, printed at the end of the module (run with -s).
TIMES: dict[str, float] = {}


@pytest.fixture(scope="module", autouse=True)
def report_times() -> Iterator[None]:
    yield
    if TIMES:
        worst = max(TIMES, key=TIMES.__getitem__)
        print(f"\ncorruption detection: {len(TIMES)} timed detections, slowest "
              f"{TIMES[worst]:.2f} s ({worst})")


def fingerprints(folder: Path) -> dict[str, str]:
    """sha256 of the journal file and its key file (the files nothing may change)."""
    return {p.name: file_sha(p) for p in (folder / "notes.db", keys_path(folder / "notes.db"))
            if p.exists()}


def run_check(folder: Path, passphrase: str | None) -> tuple[int, str, float]:
    env = dict(os.environ)
    env.pop("TRUSTJOURNAL_PASSPHRASE", None)
    if passphrase:
        env["TRUSTJOURNAL_PASSPHRASE"] = passphrase
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "trustjournal", "--data-dir", str(folder), "check"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
        stdin=subprocess.DEVNULL,
    )
    return result.returncode, result.stdout + result.stderr, time.perf_counter() - started


def damaged_copy(templates: dict[str, Template], tmp_path: Path, damage: str, mode: str
                 ) -> tuple[Template, Path]:
    template = templates[mode]
    path = copy_of(template, tmp_path / "case")
    DAMAGE[damage](path)
    return template, path


@pytest.mark.parametrize(("damage", "mode"), CASES)
def test_check_reports_damage(templates: dict[str, Template], tmp_path: Path, damage: str,
                              mode: str) -> None:
    template, path = damaged_copy(templates, tmp_path, damage, mode)
    before = fingerprints(path.parent)
    code, output, seconds = run_check(path.parent, template.passphrase)
    TIMES[f"check {damage}-{mode}"] = seconds
    print(f"\ncheck {damage}-{mode}: exit {code} in {seconds:.2f} s: {output.strip()[:160]}")
    assert fingerprints(path.parent) == before, "check changed the damaged file"
    assert code in EXPECTED_EXIT.get((damage, mode), {EXIT_DAMAGED}), output
    assert seconds < DETECT_WITHIN, output
    assert "Traceback" not in output and "Error:" not in output, output
    assert "notes.db" in output, output
    if code == EXIT_DAMAGED:
        assert "damaged" in output or "cut off" in output, output
    else:
        assert "key file" in output and "restore a backup" in output, output
    assert "Fault-test save" not in output  # no entry text in messages


@pytest.mark.parametrize(("damage", "mode"), OPEN_CASES)
def test_opening_refuses_damage(templates: dict[str, Template], tmp_path: Path, damage: str,
                                mode: str) -> None:
    template, path = damaged_copy(templates, tmp_path, damage, mode)
    key = key_for(template, path)
    before = fingerprints(path.parent)
    for verify in (True, False):  # the window opens without the page check, then runs it
        started = time.perf_counter()
        try:
            journal = open_encrypted(path, key, verify=verify) if key else open_journal(
                path, create=False, verify=verify)
        except JournalError as exc:
            seconds = time.perf_counter() - started
            assert not isinstance(exc, JournalLockedError)
            assert str(exc) and "Fault-test save" not in str(exc)
        else:
            # It opened (without the page check, or damage the page check cannot see):
            # the check the window runs next must find the damage.
            with journal:
                problems = journal.integrity_problems(
                    quick=(damage, mode) not in OPENS_DESPITE)
            seconds = time.perf_counter() - started
            assert problems, f"damage not found after opening (verify={verify})"
            assert not verify or (damage, mode) in OPENS_DESPITE, (
                f"the damaged journal opened (verify={verify})")
        TIMES[f"open(verify={verify}) {damage}-{mode}"] = seconds
        assert seconds < DETECT_WITHIN
        assert fingerprints(path.parent) == before, f"opening (verify={verify}) changed it"


# -- the write-ahead log -----------------------------------------------------------------


WAL_HEADER, FRAME_HEADER = 32, 24


def wal_frames(wal: Path) -> list[tuple[int, int, bytes]]:
    """(page number, commit size, page bytes) of every valid frame up to the last commit."""
    data = wal.read_bytes()
    if len(data) < WAL_HEADER:
        return []
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    frames, committed = [], 0
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        page, commit = struct.unpack(">II", data[offset : offset + 8])
        if data[offset + 8 : offset + 16] != salts:
            break
        start = offset + FRAME_HEADER
        frames.append((page, commit, data[start : start + page_size]))
        if commit:
            committed = len(frames)
        offset = start + page_size
    return frames[:committed]


@dataclass
class Interrupted:
    path: Path
    key: bytes | None
    acknowledged: dict[str, str]  # uuid -> sha of saves that returned before the kill
    tried: set[str]  # uuids of every save started, the one cut short by the kill included
    frames: list[tuple[int, int, bytes]]


def killed_with_a_live_wal(template: Template, folder: Path, saves: int) -> Interrupted:
    """A copy of the template, then a process that saves `saves` entries without any
    checkpoint (all of them live only in the WAL) and is killed with SIGKILL."""
    path = copy_of(template, folder)
    writer = Writer(path, template.passphrase)
    try:
        log = writer.run(1, 4242, after_oks=saves, checkpoints=False)
    finally:
        writer.close()
    assert log.killed and log.error is None, log
    wal = path.with_name("notes.db-wal")
    frames = wal_frames(wal)
    assert frames, "the killed writer left no committed frames in the WAL"
    acknowledged = {uuid: digest for _tag, uuid, digest in log.oks}
    assert len(log.oks) >= saves
    tried = {uuid for _tag, uuid, _digest in log.tries}
    return Interrupted(path, key_for(template, path), acknowledged, tried, frames)


@pytest.mark.parametrize("mode", ["plain", "encrypted"])
def test_a_deleted_wal_loses_exactly_what_was_not_checkpointed(
    templates: dict[str, Template], tmp_path: Path, mode: str
) -> None:
    """What is true: the journal file alone is a consistent journal as of its last
    checkpoint. Deleting the WAL after a crash takes every save made since then with it,
    including saves that had returned: SQLite keeps no other trace of them, so the app
    cannot know, and `check` rightly finds the file healthy. Nothing else is lost, nothing
    is half there, and looking at the file does not change it."""
    template = templates[mode]
    crash = killed_with_a_live_wal(template, tmp_path / "case", saves=8)
    crash.path.with_name("notes.db-wal").unlink()
    before = fingerprints(crash.path.parent)

    code, output, seconds = run_check(crash.path.parent, template.passphrase)
    TIMES[f"check deleted-wal-{mode}"] = seconds
    assert code == 0 and f"healthy — {ENTRIES} entries" in output, output
    assert fingerprints(crash.path.parent) == before

    with (open_encrypted(crash.path, crash.key) if crash.key else open_journal(
            crash.path, create=False)) as journal:
        assert journal.integrity_problems() == []
        assert journal.count_entries() == ENTRIES
    assert fingerprints(crash.path.parent) == before

    stored = read_entries(crash.path, crash.key)
    assert {u: e.digest for u, e in stored.items()} == template.entries
    assert all(e.problem is None for e in stored.values())
    lost = {u for u, digest in crash.acknowledged.items() if template.entries.get(u) != digest}
    print(f"\ndeleted WAL ({mode}): {len(crash.acknowledged)} acknowledged saves were only in "
          f"the WAL; {len(lost)} of them are gone, the {ENTRIES} checkpointed entries are "
          "all whole")
    assert lost == set(crash.acknowledged)


@pytest.mark.parametrize("mode", ["plain", "encrypted"])
def test_a_checkpoint_cut_short_then_the_wal_lost(
    templates: dict[str, Template], tmp_path: Path, mode: str
) -> None:
    """A checkpoint copies the WAL's newest pages into the file in page order; cut it
    short halfway and lose the WAL, and the file holds a mix of two moments. The truth
    to hold the app to: either that is detected (check exits 3, opening refuses, the file
    unchanged), or the file is a consistent journal in which every entry is whole and is
    one that was saved (never a half-written or unknown entry)."""
    template = templates[mode]
    crash = killed_with_a_live_wal(template, tmp_path / "case", saves=12)
    newest: dict[int, bytes] = {}
    for page, _commit, data in crash.frames:
        newest[page] = data
    pages = sorted(newest)
    page_size = len(newest[pages[0]])
    with open(crash.path, "r+b") as handle:
        for page in pages[: len(pages) // 2]:
            handle.seek((page - 1) * page_size)
            handle.write(newest[page])
    crash.path.with_name("notes.db-wal").unlink()
    before = fingerprints(crash.path.parent)

    code, output, seconds = run_check(crash.path.parent, template.passphrase)
    TIMES[f"check torn-checkpoint-{mode}"] = seconds
    assert seconds < DETECT_WITHIN and "Traceback" not in output, output
    print(f"\ntorn checkpoint ({mode}, {len(pages) // 2} of {len(pages)} pages copied): "
          f"check exit {code}: {output.strip()[:160]}")
    if code == EXIT_DAMAGED:
        assert fingerprints(crash.path.parent) == before
        with pytest.raises(JournalError):
            (open_encrypted(crash.path, crash.key) if crash.key
             else open_journal(crash.path, create=False))
        assert fingerprints(crash.path.parent) == before
        return
    assert code == 0, output
    with (open_encrypted(crash.path, crash.key) if crash.key else open_journal(
            crash.path, create=False)) as journal:
        assert journal.integrity_problems() == []
    known = set(template.entries) | crash.tried
    for uuid, entry in read_entries(crash.path, crash.key).items():
        assert entry.problem is None, (uuid, entry.problem)
        assert uuid in known, uuid


def test_closing_checkpoints_the_wal_into_the_file(journal_file: Path) -> None:
    """DESIGN.md: "Close runs wal_checkpoint(TRUNCATE) so the WAL does not linger beside
    the file": saves that live only in a WAL are lost with it (see above)."""
    with open_journal(journal_file) as journal:
        for number in range(20):
            made = content(f"close.s{number}")
            journal.create_entry(title=made.title, body=made.body, tags=made.tags)
        # Another connection to the file (a search or a backup still reading, say) means
        # SQLite's own checkpoint at the last close does not happen: close() must do it.
        reader = connect_file(journal_file, None)
        assert reader.execute("SELECT count(*) FROM entries").fetchone()[0] == 20
    try:
        wal = journal_file.with_name("notes.db-wal")
        assert not wal.exists() or wal.stat().st_size == 0, f"{wal.stat().st_size} bytes"
    finally:
        reader.close()
