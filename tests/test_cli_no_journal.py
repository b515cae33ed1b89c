"""Where there is no journal, or only what is left of one, no command makes one up.

- Commands that only read say "no journal here", fail, and leave the folder exactly as
  it was: no lock file, no tightened permissions, no new folder (names, modes and mtimes
  are compared).
- A journal file that is empty, cut off or not SQLite is damage to every command, as it
  is to `check`: refused with exit 3, its bytes unchanged, never re-created.
- A journal file missing beside its key file or backups is damage too ("missing"), not a
  place for a new journal; only a folder with nothing of a journal gets one, and only
  from a command that creates.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from trustjournal import cli
from trustjournal.storage import keyslots

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))
    monkeypatch.setenv(cli.ENV_PASSPHRASE, "lantern harbour quiet stone")
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, "lantern harbour quiet stone")


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(list(argv)), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def snapshot(top: Path) -> dict[str, tuple[int, int, int]]:
    """Every name under top (top included) with its mode, mtime and size."""
    if not top.exists():
        return {}
    found = {}
    for path in [top, *sorted(top.rglob("*"))]:
        info = path.lstat()
        found[str(path.relative_to(top))] = (info.st_mode, info.st_mtime_ns, info.st_size)
    return found


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def import_file(tmp_path: Path) -> Path:
    """A file exported from another journal (made elsewhere, outside the tested folder)."""
    source = tmp_path / "source"
    path = tmp_path / "outside" / "one.json"
    path.parent.mkdir()
    assert call("--data-dir", str(source), "add", "--title", "Imported", "From a file.")[0] == 0
    assert call("--data-dir", str(source), "export", "--format", "json", "--out",
                str(path))[0] == 0
    return path


def read_commands(import_file: Path, out_dir: Path) -> list[list[str]]:
    return [
        ["list"], ["list", "--trash", "--json"], ["search", "words"], ["stats"],
        ["stats", "--json"], ["check"], ["restore", "--list"], ["backup"],
        ["export", "--format", "json", "--out", str(out_dir / "all.json")],
        ["export", "--format", "markdown", "--out", str(out_dir / "md")],
        ["import", str(import_file), "--dry-run"],
    ]


@pytest.mark.parametrize("place", ["empty folder", "loose folder", "other files", "no folder"])
def test_reading_commands_where_there_is_no_journal(tmp_path: Path, import_file: Path,
                                                   place: str) -> None:
    folder = tmp_path / "data"
    if place != "no folder":
        folder.mkdir()
        os.chmod(folder, 0o755)  # a folder the app would tighten if it touched it
    if place == "loose folder":
        os.chmod(folder, 0o777)
    if place == "other files":
        (folder / "notes.txt").write_text("someone else's file")
        (folder / "drafts").mkdir()
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    for command in read_commands(import_file, out_dir):
        before = snapshot(folder)
        code, out, err = call("--data-dir", str(folder), *command)
        if command[0] == "import":  # a dry run answers before a first import
            assert code == 0 and "There is no journal here yet" in out, (command, err)
        else:
            assert code != 0, (command, out, err)
            assert "There is no journal here" in err, (command, err)
        assert "Traceback" not in err, (command, err)
        assert snapshot(folder) == before, command
    assert list(out_dir.iterdir()) == []  # and nothing was exported from nowhere


@pytest.mark.parametrize("place", ["empty folder", "no folder"])
def test_a_restore_with_nothing_to_restore_touches_nothing(tmp_path: Path, place: str) -> None:
    folder = tmp_path / "data"
    if place == "empty folder":
        folder.mkdir()
        os.chmod(folder, 0o755)
    for command in (["restore", "--latest"], ["restore", "no-such-backup"],
                    ["restore", str(tmp_path / "elsewhere.db")]):
        before = snapshot(folder)
        code, _out, err = call("--data-dir", str(folder), *command)
        assert code == cli.EXIT_ERROR and "Nothing has been changed" in err, (command, err)
        assert snapshot(folder) == before, command


def test_a_real_process_says_so_without_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    before = snapshot(folder)
    for command in (["list"], ["check"], ["stats"]):
        done = subprocess.run(
            [sys.executable, "-m", "trustjournal", "--data-dir", str(folder), *command],
            cwd=ROOT, text=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=60,
        )
        assert done.returncode == 1, (command, done.stderr)
        assert done.stderr.startswith("trustjournal: There is no journal here")
        assert "Traceback" not in done.stderr
    assert snapshot(folder) == before


# -- damaged journal files -------------------------------------------------------------------


def _journal_with_backup(folder: Path) -> None:
    assert call("--data-dir", str(folder), "add", "--title", "Kept", "Some words.")[0] == 0
    assert call("--data-dir", str(folder), "backup")[0] == 0


def _cut_off(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2 + 100)


def _bare_sqlite(path: Path) -> None:
    from sqlcipher3 import dbapi2

    path.unlink()
    conn = dbapi2.connect(str(path))
    conn.execute("PRAGMA user_version=0")  # an empty database, made outside the app
    conn.execute("VACUUM")
    conn.close()


DAMAGE = {
    "emptied": lambda p: p.write_bytes(b""),
    "cut off": _cut_off,
    "not sqlite": lambda p: p.write_bytes(b"these are not the bytes of a journal\n" * 200),
    "empty sqlite": _bare_sqlite,
}


def write_commands(import_file: Path) -> list[list[str]]:
    return [
        ["add", "--title", "New", "Must not be saved."], ["import", str(import_file)],
        ["init"], ["init", "--encrypt"], ["demo", "--entries", "3"],
    ]


@pytest.mark.parametrize("backups", [True, False], ids=["with backups", "alone"])
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_journal_file_is_never_written_or_remade(
    tmp_path: Path, import_file: Path, damage: str, backups: bool
) -> None:
    folder = tmp_path / "data"
    _journal_with_backup(folder)
    if not backups:
        for path in (folder / "backups").iterdir():
            path.unlink()
        (folder / "backups").rmdir()
    journal_file = folder / "notes.db"
    DAMAGE[damage](journal_file)
    spoiled = sha(journal_file)
    check = call("--data-dir", str(folder), "check")
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    for command in [*write_commands(import_file), *read_commands(import_file, out_dir)]:
        if command[0] == "check":
            continue
        code, out, err = call("--data-dir", str(folder), *command)
        assert sha(journal_file) == spoiled, command
        if command[:2] == ["restore", "--list"]:
            assert code == 0  # listing the backups is the way back; it reads names only
            continue
        assert code != 0, (command, out, err)
        assert "Traceback" not in err and "Saved entry" not in out, (command, err)
        assert not (folder / ".notes.db.new").exists()
        if command[0] in ("add", "import", "list", "search", "export", "demo"):
            # Judged as `check` judges it: damage (3) where check says damaged.
            assert code == check[0] or "not a TrustJournal journal" in err, (command, err)
    assert check[0] in (cli.EXIT_DAMAGED, cli.EXIT_ERROR), check


def test_damage_inside_the_file_is_damage_to_commands_that_skip_the_check(
    tmp_path: Path, import_file: Path
) -> None:
    """list, search, stats and export skip the whole-file check to stay quick; a page they
    cannot read is still reported as damage (exit 3), never as a traceback."""
    folder = tmp_path / "data"
    assert call("--data-dir", str(folder), "demo", "--entries", "600")[0] == 0
    journal_file = folder / "notes.db"
    data = bytearray(journal_file.read_bytes())
    noise = random.Random(7)
    for page in range(2, len(data) // 4096, 2):  # page 1 and its schema stay readable
        data[page * 4096 + 100: page * 4096 + 3000] = noise.randbytes(2900)
    journal_file.write_bytes(bytes(data))
    spoiled = sha(journal_file)
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    for command in (["list"], ["list", "--tag", "demo"], ["search", "walk"], ["stats"],
                    ["export", "--format", "json", "--out", str(out_dir / "all.json")]):
        code, _out, err = call("--data-dir", str(folder), *command)
        assert code == cli.EXIT_DAMAGED, (command, err)
        assert "damaged" in err and "Traceback" not in err, (command, err)
        assert sha(journal_file) == spoiled
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("left", ["key file", "backups", "write-ahead log"])
def test_a_missing_journal_file_is_damage_not_a_new_journal(
    tmp_path: Path, import_file: Path, left: str
) -> None:
    folder = tmp_path / "data"
    if left == "key file":
        assert call("--data-dir", str(folder), "init", "--encrypt")[0] == 0
    else:
        _journal_with_backup(folder)
    if left != "backups":
        for path in (folder / "backups").glob("*"):
            path.unlink()
    if left == "write-ahead log":
        (folder / "notes.db-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    (folder / "notes.db").unlink()
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    for command in [*write_commands(import_file), *read_commands(import_file, out_dir)]:
        before = snapshot(folder)
        code, out, err = call("--data-dir", str(folder), *command)
        if command[:2] == ["restore", "--list"]:
            assert code == 0 and "backup" in out  # the way back is shown, by name only
            assert snapshot(folder) == before
            continue
        assert code == cli.EXIT_DAMAGED or (command[0] == "init" and code != 0), (
            command, out, err)
        assert "Traceback" not in err, command
        if code == cli.EXIT_DAMAGED and command[0] != "init":
            assert "notes.db is missing" in err and "Nothing has been changed" in err
        assert snapshot(folder) == before, command
        assert not (folder / "notes.db").exists(), command


def test_only_an_empty_place_gets_a_new_journal(tmp_path: Path, import_file: Path) -> None:
    for command in (["add", "First words."], ["import", str(import_file)], ["init"],
                    ["demo", "--entries", "3"]):
        folder = tmp_path / command[0]
        code, _out, err = call("--data-dir", str(folder), *command)
        assert code == 0, (command, err)
        assert call("--data-dir", str(folder), "check")[0] == cli.EXIT_OK
        assert not (folder / ".notes.db.new").exists()


def test_a_creation_that_stops_leaves_no_empty_journal(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A journal is built under another name and linked into place whole: a failure
    halfway leaves nothing under the journal's name, so the next try starts afresh."""
    from trustjournal.storage import create, migrate

    folder = tmp_path / "data"

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    # Both ways a journal is built: from the newest schema's statements, and through
    # the migrations (when those statements are behind).
    monkeypatch.setattr(create, "_build_from_script", fail)
    monkeypatch.setattr(migrate, "upgrade", fail)
    code, _out, err = call("--data-dir", str(folder), "add", "Lost?")
    assert code == 1 and "Traceback" not in err
    assert not (folder / "notes.db").exists() and not (folder / ".notes.db.new").exists()
    monkeypatch.undo()
    assert call("--data-dir", str(folder), "add", "Second try.")[0] == 0
    code, out, _err = call("--data-dir", str(folder), "list")
    assert code == 0 and "(untitled)" in out


def every_command(import_file: Path, out_dir: Path) -> list[list[str]]:
    """Every command that looks at the data folder (out_dir made for the exports)."""
    out_dir.mkdir()
    return [*write_commands(import_file), *read_commands(import_file, out_dir),
            ["restore", "--latest"], ["encrypt"], ["decrypt"], ["delete", "abc"]]


@pytest.mark.parametrize("where", ["the folder itself", "a folder above it"])
def test_a_data_folder_that_is_a_file_is_said_in_our_words(
    tmp_path: Path, import_file: Path, where: str
) -> None:
    """Not the system's "Not a directory": every command names the file, says what to do,
    and leaves the file (and the folder it is in) exactly as they were."""
    in_the_way = tmp_path / "data"
    in_the_way.write_bytes(b"someone's file, not a folder\n")
    folder = in_the_way if where == "the folder itself" else in_the_way / "journal" / "here"
    for command in every_command(import_file, tmp_path / "exports"):
        before = snapshot(tmp_path)
        code, out, err = call("--data-dir", str(folder), *command)
        assert code == cli.EXIT_ERROR, (command, out, err)
        said = err.removeprefix("trustjournal: ").strip()
        assert said.startswith(f"{in_the_way} is a file, not a folder"), (command, err)
        assert "choose another folder" in said, (command, err)
        assert "move that file away" in said, (command, err)
        if folder != in_the_way:
            assert f"the journal's folder {folder} cannot be made" in said
        assert "Not a directory" not in err and "Traceback" not in err, command
        assert snapshot(tmp_path) == before, command
    assert in_the_way.read_bytes() == b"someone's file, not a folder\n"


def test_a_data_folder_that_links_to_nothing_is_said_in_our_words(
    tmp_path: Path, import_file: Path
) -> None:
    """A data folder that is a link to a folder not there: every command says so (not
    the system's "File exists", nor "no journal here"), and nothing is made."""
    gone = tmp_path / "unmounted" / "journal"
    link = tmp_path / "data"
    link.symlink_to(gone)
    for command in every_command(import_file, tmp_path / "exports"):
        before = snapshot(tmp_path)
        code, out, err = call("--data-dir", str(link), *command)
        assert code == cli.EXIT_ERROR, (command, out, err)
        said = err.removeprefix("trustjournal: ").strip()
        assert said.startswith(f"{link} is a link to {gone}, which is not there"), (
            command, err)
        assert "File exists" not in err and "Traceback" not in err, command
        assert snapshot(tmp_path) == before, command
    assert link.is_symlink() and not gone.exists()
