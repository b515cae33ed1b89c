"""kill -9 and a full disk during a first import (a command that makes the journal it
imports into).

Killed mid-way, the import's transaction never committed: its rows are in the
write-ahead log only, which the next open leaves unread, so the journal is the empty one
the command had just made, healthy, and a second import brings everything. On a full
disk the import fails with a clear message and the journal it began is gone, with
nothing left beside it.

The killed import runs as a real process (`python -m trustjournal import …`) and is
killed with SIGKILL from here once its log shows that rows are being written.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from pathlib import Path

import pytest

from tests.faults.helpers import kill_when
from tests.faults.test_disk_full import TmpfsDisk, tmpfs_disk  # noqa: F401 (a fixture)
from trustjournal import cli
from trustjournal.exchange.model import EntryRecord
from trustjournal.storage import open_journal

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
    log = data / "notes.db-wal"
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
