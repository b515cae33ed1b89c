"""No export goes into, onto or over a journal's own files, whatever the flags and however
the place is spelled (symlinks, `..`, hard links); folders are replaced only when they
hold nothing but what an export writes."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustjournal.exchange import placement, runner
from trustjournal.exchange.model import ExportFilter, ExportOptions, ExportTargetError
from trustjournal.storage import keyslots
from trustjournal.storage.archive import make_backup
from trustjournal.storage.keys import create_encrypted, open_encrypted, unlock

PASSPHRASE = "quiet harbour lantern"
SECRET = "Zephyrquill under the bridge"


@pytest.fixture
def secret_journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """An encrypted journal with an entry, a backup, a WAL and a lock: every kind of file
    a journal keeps in its folder."""
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))
    journal, _ = create_encrypted(tmp_path / "data" / "notes.db", PASSPHRASE)
    journal.create_entry(title="mine", body=SECRET)
    make_backup(journal, "manual")
    yield journal
    if not journal.closed:
        journal.close()


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith("-shm")
    }


def still_opens(journal_file: Path) -> None:
    journal = open_encrypted(journal_file, unlock(journal_file, PASSPHRASE))
    try:
        [entry] = journal.iter_records(ExportFilter())
        assert (entry.title, entry.body) == ("mine", SECRET)
    finally:
        journal.close()


def own_places(data: Path) -> dict[str, Path]:
    """Targets that are, hold or lie inside the journal's own files and folders."""
    return {
        "key file": data / "notes.keys",
        "journal": data / "notes.db",
        "wal": data / "notes.db-wal",
        "shm": data / "notes.db-shm",
        "lock": data / "notes.db.lock",
        "backups folder": data / "backups",
        "a backup": next(iter(sorted((data / "backups").glob("*.db"))), data / "x.db"),
        "inside backups": data / "backups" / "new.json",
        "data folder": data,
        "into the data folder": data / "export.json",
        "into its scratch area": data / "tmp" / "export.json",
        "its parent": data.parent,
        "root": Path("/"),
        "dot-dot": data / "backups" / ".." / "notes.keys",
        "dot-dot folder": data / "backups" / "..",
    }


PLACES = list(own_places(Path("/nonexistent-folder")).keys())


@pytest.mark.parametrize("place", PLACES)
def test_the_journals_own_files_are_never_a_target(secret_journal, place: str) -> None:
    data = secret_journal.path.parent
    (data / "tmp").mkdir(mode=0o700, exist_ok=True)
    target = own_places(data)[place]
    before = fingerprint(data)
    for fmt in ("json", "markdown", "markdown-single", "csv", "html"):
        for overwrite in (False, True):
            with pytest.raises(ExportTargetError, match=r"journal's own folder"):
                runner.export(secret_journal, fmt, target, overwrite=overwrite)
            assert fingerprint(data) == before, (fmt, overwrite)
    secret_journal.close()
    still_opens(data / "notes.db")


@pytest.mark.parametrize("how", ["symlink to the key file", "symlink to the data folder",
                                 "folder through a symlink", "hard link to the key file",
                                 "hard link to a backup"])
def test_other_names_for_the_journals_files_are_refused(secret_journal, tmp_path: Path,
                                                        how: str) -> None:
    data = secret_journal.path.parent
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    backup = next((data / "backups").iterdir())
    target = elsewhere / "export.json"
    if how == "symlink to the key file":
        target.symlink_to(data / "notes.keys")
    elif how == "symlink to the data folder":
        target = elsewhere / "notes"
        target.symlink_to(data, target_is_directory=True)
    elif how == "folder through a symlink":
        (elsewhere / "door").symlink_to(data, target_is_directory=True)
        target = elsewhere / "door" / "notes.keys"
    elif how == "hard link to the key file":
        os.link(data / "notes.keys", target)
    else:
        os.link(backup, target)
    before = fingerprint(data)
    fmt = "markdown" if how == "symlink to the data folder" else "json"
    with pytest.raises(ExportTargetError, match=r"journal's own|\(a link\)"):
        runner.export(secret_journal, fmt, target, overwrite=True)
    assert fingerprint(data) == before
    secret_journal.close()
    still_opens(data / "notes.db")


def test_a_folder_that_holds_another_journal_is_never_written_into(
        secret_journal, tmp_path: Path) -> None:
    from trustjournal.storage import open_journal

    other = open_journal(tmp_path / "other" / "notes.db")
    other.close()
    with pytest.raises(ExportTargetError, match="journal's own folder"):
        runner.export(secret_journal, "json", tmp_path / "other" / "notes.db", overwrite=True)
    with pytest.raises(ExportTargetError, match="journal's own folder"):
        runner.export(secret_journal, "markdown", tmp_path / "other", overwrite=True)
    assert sorted(p.name for p in (tmp_path / "other").iterdir()) == ["notes.db",
                                                                      "notes.db.lock"]


def test_a_folder_is_replaced_only_when_it_holds_nothing_but_an_export(
        secret_journal, tmp_path: Path) -> None:
    home = tmp_path / "someone"
    home.mkdir()
    (home / ".profile").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportTargetError, match=r"holds things this export does not make "
                                                r"\(such as '.profile'\)"):
        runner.export(secret_journal, "markdown", home, overwrite=True)
    assert (home / ".profile").read_text(encoding="utf-8") == "keep me"
    earlier = tmp_path / "earlier"
    assert runner.export(secret_journal, "markdown", earlier) == 1
    (earlier / ".DS_Store").write_bytes(b"")  # a file manager's litter is no reason
    assert runner.export(secret_journal, "markdown", earlier, overwrite=True) == 1
    assert [p.suffix for p in earlier.iterdir()] == [".md"]
    (earlier / "link.md").symlink_to(tmp_path / "someone" / ".profile")
    with pytest.raises(ExportTargetError, match="holds things"):
        runner.export(secret_journal, "markdown", earlier, overwrite=True)


def test_an_ordinary_place_is_still_fine_and_resolved(secret_journal, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (tmp_path / "door").symlink_to(out, target_is_directory=True)
    placed = runner.check_target(secret_journal, "json", tmp_path / "door" / "sub" / ".." /
                                 "a.json")
    assert placed == out.resolve() / "a.json"
    assert runner.export(secret_journal, "json", tmp_path / "door" / "a.json") == 1
    assert SECRET in (out / "a.json").read_text(encoding="utf-8")


def test_links_and_special_files_at_the_target_are_never_replaced(secret_journal,
                                                                   tmp_path: Path) -> None:
    keep = tmp_path / "keep.txt"
    keep.write_text("untouched", encoding="utf-8")
    link = tmp_path / "a.json"
    link.symlink_to(keep)
    with pytest.raises(ExportTargetError, match=r"is a link to .*keep\.txt; it is not replaced"):
        runner.export(secret_journal, "json", link, overwrite=True)
    assert link.is_symlink() and keep.read_text(encoding="utf-8") == "untouched"
    folder_link = tmp_path / "notes"
    folder_link.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    with pytest.raises(ExportTargetError, match="is a link"):
        runner.export(secret_journal, "markdown", folder_link, overwrite=True)
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    with pytest.raises(ExportTargetError, match="not a file or a folder"):
        runner.export(secret_journal, "json", pipe, overwrite=True)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "a.json", "data", "keep.txt", "notes", "pipe.json"]


def test_the_rule_reads_no_journal_file_that_is_open_here(secret_journal) -> None:
    """Reading an open journal's file directly would drop this process's POSIX locks on
    it; a folder holding it is known by its lock instead."""
    data = secret_journal.path.parent
    assert placement._holds_a_journal(data)


def test_single_file_markdown_is_one_file(secret_journal, tmp_path: Path) -> None:
    target = tmp_path / "all.md"
    options = ExportOptions(single_file=True)
    assert runner.export(secret_journal, "markdown", target, options=options) == 1
    assert target.is_file() and SECRET in target.read_text(encoding="utf-8")


# -- the move into place ---------------------------------------------------------------




class SpyingExporter:
    """Writes like the JSON exporter, noting where it was asked to write and how private
    that place is."""

    name = "test-spy"
    label = "spy"
    suffix = ".json"
    folder = False

    def __init__(self) -> None:
        self.seen: list[tuple[Path, int, int]] = []

    def write(self, records, target: Path, options: ExportOptions) -> int:  # type: ignore[no-untyped-def]
        from trustjournal.exchange.json_format import JsonExporter

        count = JsonExporter().write(records, target, options)
        for folder in (target.parent, target.parent.parent, target.parent.parent.parent):
            self.seen.append((folder, stat.S_IMODE(folder.stat().st_mode), 0))
        self.seen.append((target, stat.S_IMODE(target.stat().st_mode), target.stat().st_dev))
        return count


@pytest.mark.parametrize("disk", ["same", "other"])
def test_exports_are_prepared_in_the_private_scratch_area(
        secret_journal, tmp_path: Path, request: pytest.FixtureRequest,
        monkeypatch: pytest.MonkeyPatch, disk: str) -> None:
    from trustjournal.exchange import registry

    spy = SpyingExporter()
    registry.exporters()
    monkeypatch.setitem(registry._EXPORTERS, spy.name, spy)  # type: ignore[attr-defined]
    out = tmp_path / "out" if disk == "same" else request.getfixturevalue("other_disk")
    out.mkdir(exist_ok=True)
    data = secret_journal.path.parent
    assert runner.export(secret_journal, spy.name, out / "a.json") == 1
    staged = spy.seen[-1][0]
    assert data / "tmp" in staged.parents
    # Every folder between the data folder and the file being written is the user's only.
    assert [m for _, m, _ in spy.seen[:-1]] == [0o700, 0o700, 0o700]
    assert spy.seen[-2][0] == data / "tmp"
    assert stat.S_IMODE((data / "tmp").stat().st_mode) == 0o700
    assert SECRET in (out / "a.json").read_text(encoding="utf-8")
    assert stat.S_IMODE((out / "a.json").stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["a.json"]
    assert list((data / "tmp").iterdir()) == []


def test_a_failed_copy_to_another_disk_leaves_nothing(secret_journal, other_disk: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    real_copy = placement._copy_file

    def copy_half_then_full(source: Path, dest: Path) -> None:
        real_copy(source, dest)
        assert dest.parent == other_disk and dest.name.startswith(".a.json.")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(placement, "_copy_file", copy_half_then_full)
    with pytest.raises(ExportTargetError, match=r"The disk is full.*nothing was written"):
        runner.export(secret_journal, "json", other_disk / "a.json")
    assert list(other_disk.iterdir()) == []
    assert list((secret_journal.path.parent / "tmp").iterdir()) == []


def test_a_folder_export_to_another_disk_replaces_the_old_one_whole(
        secret_journal, other_disk: Path) -> None:
    target = other_disk / "notes"
    assert runner.export(secret_journal, "markdown", target) == 1
    [first] = target.iterdir()
    secret_journal.create_entry(title="second", body="more")
    assert runner.export(secret_journal, "markdown", target, overwrite=True) == 2
    assert len(list(target.iterdir())) == 2 and first.exists()
    assert [p.name for p in other_disk.iterdir()] == ["notes"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in target.iterdir())
