"""kill -9 and a full disk during a first import (a command that makes the journal it
imports into).

The command makes the empty journal first, then fills a new file beside it
(paths.building_path) that takes the journal's name only when it is complete and
flushed (storage/fill.py). Killed mid-way, it leaves the empty journal the command had
just made, healthy, or the complete imported one, never a rollback journal beside it;
what it left of the new file goes at the next open, and a second import brings
everything. On a full disk, or with a bad record, the import fails with a clear message
and the journal it began is gone, with nothing left beside it.

The killed import runs as a real process (`python -m trustjournal import …`) and is
killed with SIGKILL from here once the new file shows that rows are being written, or
by itself at a chosen step of the swap (a small driver around the command).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.helpers import kill_when
from tests.faults.test_disk_full import TmpfsDisk, tmpfs_disk  # noqa: F401 (a fixture)
from trustjournal import cli
from trustjournal.exchange.model import EntryRecord
from trustjournal.paths import building_path
from trustjournal.storage import open_journal
from trustjournal.storage.archive import make_backup
from trustjournal.storage.damage import damage_suspected
from trustjournal.storage.presence import journal_exists, traces

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = 6000
T0 = dt.datetime(2024, 1, 1, 9, tzinfo=dt.UTC)


def _record(n: int) -> EntryRecord:
    return EntryRecord(
        uuid=f"00000000-0000-4000-8000-{n:012d}", kind="free", title=f"Evening {n}",
        body="we talked about the phone and the late messages, and about trust " * 25,
        local_date=dt.date(2024, 1, 1) + dt.timedelta(days=n % 300),
        created_utc=T0, updated_utc=T0)


def _call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(list(argv)), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """Our JSON export of a journal big enough that importing it takes a while."""
    journal = open_journal(tmp_path / "made" / "notes.db")
    try:
        journal.import_records(_record(n) for n in range(ENTRIES))
    finally:
        journal.close()
    path = tmp_path / "all.json"
    code, _, err = _call("--data-dir", str(tmp_path / "made"), "export", "--format", "json",
                         "--out", str(path))
    assert code == 0, err
    return path


def test_a_killed_first_import_leaves_an_empty_healthy_journal(source: Path,
                                                               tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    journal_file = data / "notes.db"
    log = building_path(journal_file)  # the new file the rows are written into
    kill_when([sys.executable, "-m", "trustjournal", "--data-dir", str(data), "import",
               str(source), "--format", "json"],
              lambda: log.exists() and log.stat().st_size > 2_000_000,
              env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=tmp_path,
              what="the import")
    assert journal_file.exists()

    for command in (["check"], ["list"], ["search", "trust"]):
        code, out, err = _call("--data-dir", str(data), *command)
        assert code == 0, (command, err)
    journal = open_journal(journal_file, create=False)
    try:
        assert journal.count_entries() == 0
        assert journal.integrity_problems() == []
    finally:
        journal.close()

    code, out, err = _call("--data-dir", str(data), "import", str(source), "--format", "json")
    assert code == 0, err
    assert out.startswith(f"Imported {ENTRIES:,} entries"), out
    journal = open_journal(journal_file, create=False)
    try:
        assert journal.count_entries() == ENTRIES
        assert len(journal.search("trust")) > 0
    finally:
        journal.close()


def test_a_first_import_onto_a_full_disk_says_so_and_leaves_nothing(
        source: Path, tmpfs_disk: TmpfsDisk) -> None:  # noqa: F811 (the fixture)
    # The disk (6 MB) has room for the new journal but not for what the file brings.
    data = tmpfs_disk.folder
    assert source.stat().st_size > 6_000_000
    code, out, err = _call("--data-dir", str(data), "import", str(source), "--format", "json")
    assert code == 1 and out == "", out
    assert "full" in err and "Traceback" not in err, err
    assert not data.exists()  # the journal it began, its lock file and folder are gone
    assert sorted(p.name for p in tmpfs_disk.mountpoint.iterdir()) == []


# -- the swap, step by step ------------------------------------------------------------

# Runs the import command, killing itself with SIGKILL at one step of the swap: while
# the full new file is flushed (FLUSHING), just before it is renamed over the journal
# (RENAMING), or just after (RENAMED, before the folder is flushed).
DRIVER = """
import os, signal, sys

point, building = sys.argv[1], sys.argv[2]
real_replace, real_fsync = os.replace, os.fsync


def die():
    os.kill(os.getpid(), signal.SIGKILL)


def replace(src, dst, *args, **kwargs):
    ours = os.path.basename(os.fspath(src)) == building
    if ours and point == "renaming":
        die()
    real_replace(src, dst, *args, **kwargs)
    if ours and point == "renamed":
        die()


def fsync(fd):
    # The new file is flushed twice: empty when built, full after the import.
    if (point == "flushing" and os.readlink(f"/proc/self/fd/{fd}").endswith(building)
            and os.fstat(fd).st_size > 2_000_000):
        die()
    real_fsync(fd)


os.replace, os.fsync = replace, fsync
from trustjournal.app import main

sys.exit(main(sys.argv[3:]))
"""


def _sides(journal_file: Path) -> list[str]:
    """SQLite's files beside the journal (its log, shared memory, rollback journal)."""
    try:
        names = os.listdir(journal_file.parent)
    except FileNotFoundError:
        return []
    return sorted(n for n in names if n.startswith(journal_file.name + "-"))


def _count(journal_file: Path) -> int:
    journal = open_journal(journal_file, create=False)
    try:
        assert journal.integrity_problems() == []
        return journal.count_entries()
    finally:
        journal.close()


@pytest.mark.skipif(sys.platform != "linux", reason="finds the file by /proc/self/fd")
@pytest.mark.parametrize(("point", "imported"),
                         [("flushing", False), ("renaming", False), ("renamed", True)])
def test_a_first_import_killed_during_the_swap_leaves_one_whole_journal(
        source: Path, tmp_path: Path, point: str, imported: bool) -> None:
    data = tmp_path / "fresh"
    journal_file = data / "notes.db"
    building = building_path(journal_file)
    child = subprocess.run(
        [sys.executable, "-c", DRIVER, point, building.name, "--data-dir", str(data),
         "import", str(source), "--format", "json"],
        env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=tmp_path, capture_output=True,
        timeout=300, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr
    # Only the journal's own name, never a log or rollback journal beside it.
    assert _sides(journal_file) == []
    assert building.exists() != imported  # renamed away, or left whole beside it
    assert damage_suspected(journal_file) is None
    assert journal_exists(journal_file)

    code, out, err = _call("--data-dir", str(data), "check")
    assert code == 0, err
    assert not building.exists()  # the next open under the lock removed it
    assert _count(journal_file) == (ENTRIES if imported else 0)

    code, out, err = _call("--data-dir", str(data), "import", str(source), "--format", "json")
    assert code == 0, err
    assert out.startswith("Nothing to import" if imported else f"Imported {ENTRIES:,} entries")
    assert _count(journal_file) == ENTRIES
    journal = open_journal(journal_file, create=False)
    try:
        assert len(journal.search("trust")) > 0
    finally:
        journal.close()
    assert _sides(journal_file) == [] and not building.exists()


def test_a_killed_first_import_leaves_no_rollback_journal_and_its_file_goes(
        source: Path, tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    journal_file = data / "notes.db"
    building = building_path(journal_file)
    seen: set[str] = set()

    def filling() -> bool:
        seen.update(_sides(journal_file))
        return building.exists() and building.stat().st_size > 4_000_000

    kill_when([sys.executable, "-m", "trustjournal", "--data-dir", str(data), "import",
               str(source), "--format", "json"], filling,
              env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=tmp_path, what="the import")
    # The empty journal was closed before the fill: nothing of SQLite's beside it then.
    assert _sides(journal_file) == []
    assert not (seen & {"notes.db-journal"})
    assert not building.with_name(building.name + "-journal").exists()
    assert building.exists()  # what the kill left, with part of the import in it
    # Looking does not change it: the damage check and presence ignore it …
    assert damage_suspected(journal_file) is None
    assert traces(journal_file) == []
    assert building.exists()
    # … and the next open under the lock removes it.
    assert _count(journal_file) == 0
    assert not building.exists()


def test_a_leftover_new_file_beside_a_missing_journal_is_no_journal(
        source: Path, tmp_path: Path) -> None:
    # The journal file deleted by hand after a killed first import: what is left of the
    # new file is no journal (nothing was ever imported), and the next one replaces it.
    data = tmp_path / "fresh"
    data.mkdir()
    building = building_path(data / "notes.db")
    building.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    assert not journal_exists(data / "notes.db")
    code, out, err = _call("--data-dir", str(data), "import", str(source), "--format", "json")
    assert code == 0, err
    assert out.startswith(f"Imported {ENTRIES:,} entries"), out
    assert not building.exists()
    assert _count(data / "notes.db") == ENTRIES


def test_restore_with_a_leftover_new_file_beside_the_journal(source: Path,
                                                             tmp_path: Path) -> None:
    data = tmp_path / "kept"
    journal_file = data / "notes.db"
    journal = open_journal(journal_file)
    try:
        journal.import_records(_record(n) for n in range(3))
        make_backup(journal, "manual")
        journal.import_records(_record(n) for n in range(3, 5))
    finally:
        journal.close()
    building = building_path(journal_file)
    building.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    code, _, err = _call("--data-dir", str(data), "restore", "--latest")
    assert code == 0, err
    assert _sides(journal_file) == []
    assert _count(journal_file) == 3
    assert not building.exists()


def test_a_bad_record_in_a_first_import_leaves_nothing(source: Path, tmp_path: Path) -> None:
    lines = source.read_text("utf-8").splitlines(keepends=True)
    entries = [i for i, line in enumerate(lines) if line.startswith('  {"uuid"')]
    bad_at = entries[len(entries) * 3 // 4]  # most of the file is written by then
    lines[bad_at] = lines[bad_at].replace('"local_date": "', '"local_date": "not a day ', 1)
    bad = tmp_path / "bad.json"
    bad.write_text("".join(lines), "utf-8")
    data = tmp_path / "fresh"
    code, out, err = _call("--data-dir", str(data), "import", str(bad), "--format", "json")
    assert code == 1 and out == "", out
    assert str(bad) in err and "Traceback" not in err, err
    assert not data.exists()  # no journal, no new file, no lock file, no folder
