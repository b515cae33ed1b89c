"""kill -9 of an export: nothing is ever left beside the target, and whatever the killed
export left in the journal's private scratch area (or, in the last-moment copy to another
file system, under a hidden name beside the target) is gone after the next open, through
the CLI's and the window's open paths alike.

The export runs as a real process (`python -m trustjournal export …`) and is killed with
SIGKILL from here while it is writing; the moments inside the final move, too short to hit
from outside, are reached by a child that kills itself with SIGKILL right there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.faults.helpers import PASSPHRASE, kill_when
from trustjournal import cli
from trustjournal.exchange.model import EntryRecord
from trustjournal.storage import keyslots
from trustjournal.storage.keys import create_encrypted, open_encrypted, unlock

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = 5000
SMALL = 40
MARK = "Quillbrook"  # a word only the entries hold
KILL_AT_BYTES = 100_000
T0 = dt.datetime(2024, 1, 1, 9, tzinfo=dt.UTC)


def _record(n: int) -> EntryRecord:
    return EntryRecord(
        uuid=f"00000000-0000-4000-8000-{n:012d}", kind="free", title=f"Evening {n}",
        body=f"{MARK} " + "we talked about the phone and the late messages " * 30,
        local_date=dt.date(2024, 1, 1) + dt.timedelta(days=n % 300),
        created_utc=T0, updated_utc=T0)


def _journal(folder: Path, entries: int, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)  # for the CLI's open in this process
    journal, _ = create_encrypted(folder / "notes.db", PASSPHRASE)
    journal.import_records(_record(n) for n in range(entries))
    journal.close()
    return folder / "notes.db"


@pytest.fixture
def secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An encrypted journal with enough entries that an export takes a while."""
    return _journal(tmp_path / "data", ENTRIES, monkeypatch)


@pytest.fixture
def small_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An encrypted journal for kills at chosen moments (size does not matter there)."""
    return _journal(tmp_path / "data", SMALL, monkeypatch)


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env[cli.ENV_PASSPHRASE] = PASSPHRASE
    return env


def _bytes_under(*folders: Path) -> int:
    total = 0
    for folder in folders:
        for root, _, files in os.walk(folder):
            for name in files:
                with contextlib.suppress(FileNotFoundError):
                    total += os.lstat(os.path.join(root, name)).st_size
    return total


def _everything(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _holds_the_mark(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and MARK.encode() in path.read_bytes():
            found.append(str(path))
    return found


def _open_by_cli(journal_file: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--data-dir", str(journal_file.parent), "check"]), out=out,
                   err=err)
    assert code == 0, err.getvalue()


def _open_by_window(journal_file: Path) -> None:
    from trustjournal.gui.gate import _unlock

    _unlock(journal_file, PASSPHRASE).close()


OPENERS = {"cli": _open_by_cli, "window": _open_by_window}


@pytest.mark.parametrize(("fmt", "opener"), [("markdown", "cli"), ("html", "window"),
                                             ("pdf", "cli")])
def test_a_killed_export_leaves_nothing_beside_the_target(
        secret: Path, tmp_path: Path, fmt: str, opener: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    data = secret.parent
    target = out / ("packet" if fmt == "markdown" else f"packet.{fmt}")
    # Killed mid-way, once part of it is written.
    kill_when([sys.executable, "-m", "trustjournal", "--data-dir", str(data), "export",
               "--format", fmt, "--out", str(target)],
              lambda: _bytes_under(out, data / "tmp") >= KILL_AT_BYTES,
              env=_env(), cwd=tmp_path, what="the export")
    assert _everything(out) == [], "the killed export left something beside the target"
    # It was killed mid-way: its plain text is in the private scratch area, and only there.
    assert _holds_the_mark(data / "tmp")
    OPENERS[opener](secret)
    assert _everything(data / "tmp") == []
    assert _everything(out) == []
    assert not _holds_the_mark(data)


# -- kills inside the final move -------------------------------------------------------

CHILD = textwrap.dedent("""
    import os, signal, sys
    from trustjournal import app
    from trustjournal.exchange import placement

    moment = sys.argv[1]
    real_copy, real_rename = placement._copy_file, os.rename

    def copy_then_die(source, dest, **options):
        real_copy(source, dest, **options)
        if moment == "copied":
            os.kill(os.getpid(), signal.SIGKILL)

    def rename_then_die(source, dest):
        real_rename(source, dest)
        if moment == "moved aside" and str(dest).endswith(".old"):
            os.kill(os.getpid(), signal.SIGKILL)
        if moment == "swapped" and str(source).endswith((".part", "/out/packet")):
            os.kill(os.getpid(), signal.SIGKILL)

    placement._copy_file = copy_then_die
    os.rename = rename_then_die
    app.main(sys.argv[2:])
""")




def _die_at(moment: str, data: Path, fmt: str, target: Path, *flags: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, moment, "--data-dir", str(data), "export", "--format",
         fmt, "--out", str(target), *flags],
        env=_env(), capture_output=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr.decode(errors="replace")


def test_a_kill_during_the_copy_to_another_disk_is_cleaned_at_the_next_open(
        small_secret: Path, other_disk: Path) -> None:
    secret = small_secret
    target = other_disk / "all.json"
    _die_at("copied", secret.parent, "json", target)
    # The documented window: the whole copy sits under a hidden name beside the target.
    [hidden] = other_disk.iterdir()
    assert hidden.name.startswith(".all.json.") and hidden.name.endswith(".part")
    assert oct(hidden.stat().st_mode & 0o777) == "0o600"
    _open_by_cli(secret)
    assert list(other_disk.iterdir()) == []
    assert _everything(secret.parent / "tmp") == []


@pytest.mark.parametrize("moment", ["moved aside", "swapped"])
def test_a_kill_while_replacing_a_folder_keeps_one_whole_export(
        small_secret: Path, other_disk: Path, tmp_path: Path, moment: str) -> None:
    secret = small_secret
    for target in (tmp_path / "same-disk" / "packet", other_disk / "packet"):
        target.parent.mkdir(exist_ok=True)
        target.mkdir()
        (target / "old.md").write_text("the previous export", encoding="utf-8")
        _die_at(moment, secret.parent, "markdown", target, "--overwrite")
        _open_by_window(secret)
        assert [p.name for p in target.parent.iterdir()] == ["packet"]
        names = sorted(p.name for p in target.iterdir())
        if moment == "moved aside":  # killed before the new one was in: the old one is back
            assert names == ["old.md"]
        else:  # the new one was in: the old one is gone, as asked
            assert len(names) == SMALL and "old.md" not in names
        assert _everything(secret.parent / "tmp") == []


def test_leftovers_of_a_running_export_in_this_process_are_not_touched(small_secret: Path
                                                                       ) -> None:
    from trustjournal.storage import scratch

    secret = small_secret
    key = unlock(secret, PASSPHRASE)
    work = scratch.new_workdir(secret, secret.parent.parent / "out.json")
    work.staged.write_text("in progress", encoding="utf-8")
    try:
        open_encrypted(secret, key).close()
        assert work.staged.read_text(encoding="utf-8") == "in progress"
    finally:
        scratch.release(work)
    assert _everything(secret.parent / "tmp") == []
