"""The runner: exports that appear whole or not at all, imports that are all-or-nothing,
idempotent, and explain every bad record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import os
import stat
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from tests.exchange.journal_data import fill, journal_files, snapshot
from trustjournal.exchange import json_format, registry, runner
from trustjournal.exchange.model import (
    Cancelled,
    EntryRecord,
    ExportFilter,
    ExportOptions,
    ExportTargetError,
    ImportFormatError,
    MetricRecord,
    RevisionRecord,
    UnknownFormatError,
)
from trustjournal.storage import open_journal
from trustjournal.storage.archive import list_backups

EVERYTHING = ExportFilter(include_trash=True, include_revisions=True)
T0 = dt.datetime(2024, 1, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_format, "utc_now", lambda: dt.datetime(2024, 7, 1, tzinfo=dt.UTC))


@pytest.fixture
def other(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = open_journal(tmp_path / "other" / "notes.db")
    yield opened
    opened.close()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def record(n: int, **changes: object) -> EntryRecord:
    base = EntryRecord(
        uuid=f"00000000-0000-4000-8000-{n:012d}", kind="free", title=f"Entry {n}",
        body=f"Body number {n}", local_date=dt.date(2024, 1, 1) + dt.timedelta(days=n % 300),
        created_utc=T0 + dt.timedelta(minutes=n), updated_utc=T0 + dt.timedelta(minutes=n),
        tags=(f"tag{n % 3}",),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def json_file(path: Path, records: Iterable[EntryRecord]) -> Path:
    json_format.JsonExporter().write(records, path, ExportOptions())
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- round trip and idempotence --------------------------------------------------------


def test_round_trip_json_is_exact(journal, other, out_dir: Path) -> None:
    fill(journal)
    first, second = out_dir / "a.json", out_dir / "b.json"
    count = runner.export(journal, "json", first, EVERYTHING)
    assert count == len(snapshot(journal)["entries"])
    result = runner.import_file(other, first)
    assert (result.added, result.skipped) == (count, 0)
    assert result.preview.describe().startswith(f"{count} entries, 2023-01-05 to 2023-04-04")
    assert runner.export(other, "json", second, EVERYTHING) == count
    assert first.read_bytes() == second.read_bytes()
    assert snapshot(other) == snapshot(journal)


def test_importing_twice_adds_nothing_and_writes_nothing(journal, other, out_dir: Path) -> None:
    fill(journal)
    path = out_dir / "a.json"
    count = runner.export(journal, "json", path, EVERYTHING)
    runner.import_file(other, path)
    before, files = snapshot(other), journal_files(other)
    again = runner.import_file(other, path)
    assert (again.added, again.skipped) == (0, count)
    assert again.preview.describe() == f"0 entries, 0 tags, {count} duplicates skipped"
    assert snapshot(other) == before and journal_files(other) == files
    assert list_backups(other.path) == []  # nothing to protect: no backup either


def test_partly_known_file_adds_only_the_new(journal, out_dir: Path) -> None:
    journal.import_records([record(1), record(2)])
    path = json_file(out_dir / "a.json", [record(n) for n in range(1, 6)])
    importer, preview = runner.preview_import(journal, path)
    assert importer.name == "json"
    assert (preview.total, preview.new, preview.duplicates) == (5, 3, 2)
    assert (preview.first, preview.last) == (dt.date(2024, 1, 4), dt.date(2024, 1, 6))
    assert preview.tags == 3
    assert journal.count_entries() == 2  # a preview writes nothing
    result = runner.import_file(journal, path, "json")
    assert (result.added, result.skipped) == (3, 2)
    assert [b.kind for b in list_backups(journal.path)] == ["before-import"]


# -- all or nothing --------------------------------------------------------------------


def test_a_bad_record_at_the_end_changes_nothing(journal, out_dir: Path) -> None:
    fill(journal)
    good = [record(n) for n in range(1, 1500)]
    path = json_file(out_dir / "a.json", good)
    text = path.read_text(encoding="utf-8").replace(
        '"local_date": "2024-01-30"', '"local_date": "0000-01-01"')
    path.write_text(text, encoding="utf-8")
    before, files = snapshot(journal), journal_files(journal)
    with pytest.raises(ImportFormatError) as caught:
        runner.import_file(journal, path)
    error = caught.value
    assert error.file == str(path)
    assert error.entry is not None and error.entry.startswith("entry ")
    assert "'local_date'" in error.reason and "0000-01-01" in error.reason
    assert journal_files(journal) == files
    assert snapshot(journal) == before
    assert list_backups(journal.path) == []


def bad_files() -> Iterator[tuple[str, bytes, str, bool]]:
    """(name, content, expected reason, names an entry?)"""
    good = json.dumps(json_format.entry_dict(record(1)))
    head = b'{"format": "trustjournal", "version": 1, "entries": ['

    def doc(*entries: str) -> bytes:
        return head + ",".join(entries).encode() + b"]}"

    def changed(**fields: object) -> str:
        entry = json_format.entry_dict(record(2))
        entry.update(fields)
        return json.dumps(entry)

    yield "truncated", doc(good, good)[:-30], "ends too early", False
    yield "invalid utf-8", doc(good).replace(b"Body", b"B\xc3\x28dy"), "not UTF-8", False
    yield "wrong type", doc(good, changed(starred="yes")), "'starred' must be true or false", True
    yield "deep nesting", head + b"[" * 200_000, "nested too deeply", False
    yield "empty", b"", "the file is empty", False
    yield "year 0", doc(good, changed(local_date="0000-06-01")), "'0000-06-01'", True
    yield "year 1066", doc(good, changed(local_date="1066-10-14")), "out of range", True
    yield "yesterday", doc(good, changed(local_date="yesterday")), "'yesterday'", True
    yield "duplicate ids", doc(good, good, changed()), "same uuid as entry 1", True
    yield "bad uuid", doc(good, changed(uuid="12345")), "not a UUID: '12345'", True
    yield "bad kind", doc(good, changed(kind="dream")), "unknown kind 'dream'", True
    yield "NUL in body", doc(good, changed(body="a\u0000b")), "NUL character", True


@pytest.mark.parametrize(("name", "content", "reason", "names_entry"), list(bad_files()),
                         ids=[case[0] for case in bad_files()])
def test_bad_files_change_nothing(journal, tmp_path: Path, name: str, content: bytes,
                                  reason: str, names_entry: bool) -> None:
    journal.create_entry(title="mine", tags=["calm"])
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before, files = snapshot(journal), journal_files(journal)
    with pytest.raises(ImportFormatError) as caught:
        runner.import_file(journal, path, "json")
    error = caught.value
    assert error.file == str(path) and reason in error.reason, str(error)
    if names_entry:
        assert error.entry is not None and error.entry.startswith("entry 2"), str(error)
    assert str(path) in str(error)
    assert journal_files(journal) == files and snapshot(journal) == before


def test_auto_detection_and_missing_files(journal, tmp_path: Path) -> None:
    unknown = tmp_path / "notes.txt"
    unknown.write_text("just some words", encoding="utf-8")
    with pytest.raises(UnknownFormatError, match="--format"):
        runner.import_file(journal, unknown)
    with pytest.raises(ImportFormatError, match="no such file"):
        runner.import_file(journal, tmp_path / "missing.json")
    with pytest.raises(UnknownFormatError, match="No import format 'nope'"):
        runner.import_file(journal, unknown, "nope")


class ListImporter:
    """An importer serving given records (as other formats' importers would)."""

    name = "test-list"
    label = "test records"

    def __init__(self, records: list[EntryRecord]) -> None:
        self.records = records

    def detect(self, path: Path) -> float:
        return 0.0

    def read(self, path: Path) -> Iterator[EntryRecord]:
        yield from self.records


def use_importer(monkeypatch: pytest.MonkeyPatch, records: list[EntryRecord]) -> str:
    registry.importers()
    monkeypatch.setitem(registry._IMPORTERS, ListImporter.name, ListImporter(records))
    return ListImporter.name


def test_every_importer_gets_the_common_checks(journal, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "src"
    src.write_text("x", encoding="utf-8")
    upper = "A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5"
    fmt = use_importer(monkeypatch, [record(1, uuid=upper, source="a.md",
                                            tags=(" calm ", "Calm", "#x"))])
    result = runner.import_file(journal, src, fmt)
    assert result.added == 1
    [summary] = journal.iter_entries()
    assert summary.uuid == "a0b1c2d3-e4f5-a6b7-c8d9-e0f1a2b3c4d5" and summary.tags == ("calm", "x")
    again = runner.import_file(journal, src, fmt)  # the same id in another spelling
    assert again.added == 0
    dup = use_importer(monkeypatch, [record(7), record(8), record(7, source="c.md")])
    with pytest.raises(ImportFormatError, match=r"c\.md \(0000.*same id as entry 1"):
        runner.import_file(journal, src, dup)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"uuid": "not-a-uuid"}, "the id is not a UUID"),
    ({"kind": "diary"}, "unknown kind"),
    ({"title": None}, "'title' must be text"),
    ({"body": "nul\x00"}, "NUL character"),
    ({"local_date": dt.date(1899, 12, 31)}, "out of range (years 1900 to 9999)"),
    ({"created_utc": dt.datetime(2024, 1, 1)}, "'created_utc' must be a date and time with"),
    ({"updated_utc": dt.datetime(1, 1, 2, tzinfo=dt.UTC)}, "'updated_utc' (0001-01-02) is out"),
    ({"tags": "calm"}, "'tags' must be a list of texts"),
    ({"starred": 1}, "'starred' must be true or false"),
    ({"exercise_id": " "}, "'exercise_id' must be a non-empty text"),
    ({"exercise_version": "1"}, "'exercise_version' must be a whole number"),
    ({"metrics": (MetricRecord(""),)}, "every metric needs a name"),
    ({"metrics": (MetricRecord("x", float("nan")),)}, "metric 'x' has a value that is not"),
    ({"revisions": (RevisionRecord(T0, T0, "free", "t", "b", dt.date(1, 1, 1)),)},
     "revision 1: the date 0001-01-01 is out of range"),
])
def test_validate_record(changes: dict, reason: str) -> None:
    with pytest.raises(ImportFormatError) as caught:
        runner.validate_record(record(3, source="entry 3", **changes), "f.json", 3)
    assert caught.value.file == "f.json"
    assert caught.value.entry == f"entry 3 ({changes.get('uuid', record(3).uuid)})"
    assert reason in caught.value.reason


# -- cancel ----------------------------------------------------------------------------


def test_cancelled_export_leaves_no_file(journal, out_dir: Path) -> None:
    fill(journal)
    calls: list[tuple[int, int | None]] = []

    def stop_after_two(done: int, total: int | None) -> bool:
        calls.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        runner.export(journal, "json", out_dir / "a.json", EVERYTHING, progress=stop_after_two)
    assert calls == [(0, 8), (1, 8), (2, 8)]
    assert leftovers(out_dir) == []
    journal.create_entry(title="the read transaction was let go")


def test_export_progress_is_reported_in_steps(journal, out_dir: Path) -> None:
    journal.import_records(record(n) for n in range(2500))
    calls: list[tuple[int, int | None]] = []
    runner.export(journal, "json", out_dir / "a.json",
                  progress=lambda d, t: calls.append((d, t)) or True)
    assert calls[0] == (0, 2500) and calls[-1] == (2500, 2500)
    assert len(calls) <= runner.REPORTS + 2
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize("phase", ["reading", "finishing"])
def test_cancelled_import_leaves_the_journal_unchanged(journal, out_dir: Path,
                                                       phase: str) -> None:
    """One pass reads and inserts: a cancel half-way (rows already written in the
    transaction) or at the last report (every row and the index written) keeps nothing."""
    journal.create_entry(title="mine")
    path = json_file(out_dir / "a.json", [record(n) for n in range(2500)])
    before = snapshot(journal)

    def stop(done: int, total: int | None) -> bool:
        if phase == "reading":
            return total is not None or done < 2000
        return total is None

    with pytest.raises(Cancelled):
        runner.import_file(journal, path, progress=stop)
    assert snapshot(journal) == before
    assert journal.search("entry") == journal.search("entry", limit=1000) == []


# -- where exports go ------------------------------------------------------------------


def test_export_file_is_private_and_never_replaced_by_accident(journal, out_dir: Path) -> None:
    journal.create_entry(title="one")
    target = out_dir / "a.json"
    runner.export(journal, "json", target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    first = target.read_bytes()
    journal.create_entry(title="two")
    with pytest.raises(ExportTargetError, match="already exists"):
        runner.export(journal, "json", target)
    assert target.read_bytes() == first
    assert runner.export(journal, "json", target, overwrite=True) == 2
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(out_dir) == ["a.json"]
    with pytest.raises(ExportTargetError, match="is a folder"):
        runner.export(journal, "json", out_dir, overwrite=True)
    with pytest.raises(ExportTargetError, match="does not exist"):
        runner.export(journal, "json", out_dir / "missing" / "a.json")


class FolderExporter:
    """A folder format writing one file per entry (as a Markdown folder export does)."""

    name = "test-folder"
    label = "test folder"
    suffix = ""
    folder = True
    member_suffix = ".txt"

    def write(self, records: Iterable[EntryRecord], target: Path, options: ExportOptions) -> int:
        target.mkdir()
        (target / "sub").mkdir()
        count = 0
        for rec in records:
            (target / "sub" / f"{rec.uuid}.txt").write_text(rec.title, encoding="utf-8")
            count += 1
        return count


class FullDiskExporter:
    """Writes part of the file, then the disk is full."""

    name = "test-full"
    label = "test full disk"
    suffix = ".txt"
    folder = False

    def write(self, records: Iterable[EntryRecord], target: Path, options: ExportOptions) -> int:
        with open(target, "w", encoding="utf-8") as out:
            for rec in records:
                out.write(rec.title)
            raise OSError(errno.ENOSPC, "No space left on device")


def use_exporter(monkeypatch: pytest.MonkeyPatch, exporter: object) -> str:
    registry.exporters()
    monkeypatch.setitem(registry._EXPORTERS, exporter.name, exporter)  # type: ignore[attr-defined]
    return exporter.name  # type: ignore[attr-defined]


def test_folder_export_is_private_and_replaced_only_when_asked(
        journal, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fmt = use_exporter(monkeypatch, FolderExporter())
    journal.create_entry(title="one")
    target = out_dir / "notes"
    assert runner.export(journal, fmt, target) == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert stat.S_IMODE((target / "sub").stat().st_mode) == 0o700
    [written] = (target / "sub").iterdir()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    with pytest.raises(ExportTargetError, match="already exists"):
        runner.export(journal, fmt, target)
    journal.create_entry(title="two")
    assert runner.export(journal, fmt, target, overwrite=True) == 2
    assert len(list((target / "sub").iterdir())) == 2
    assert leftovers(out_dir) == ["notes"]


def test_full_disk_leaves_no_partial_file(journal, out_dir: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    fmt = use_exporter(monkeypatch, FullDiskExporter())
    journal.create_entry(title="one")
    with pytest.raises(ExportTargetError, match=r"The disk is full.*nothing was written"):
        runner.export(journal, fmt, out_dir / "a.txt")
    assert leftovers(out_dir) == []


def _mount_tmpfs(mountpoint: Path, options: str) -> None:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mountpoint.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mountpoint)],
                            capture_output=True, text=True, timeout=30, check=False)
    if result.returncode != 0:
        pytest.skip(f"mount failed: {result.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KB file system."""
    mountpoint = tmp_path / "small"
    _mount_tmpfs(mountpoint, "size=64k,mode=0700")
    yield mountpoint
    subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True, check=False)


def test_really_full_disk(journal, small_disk: Path) -> None:
    journal.import_records(record(n, body="many words " * 50) for n in range(300))
    with pytest.raises(ExportTargetError, match="The disk is full"):
        runner.export(journal, "json", small_disk / "a.json")
    assert leftovers(small_disk) == []


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write to: a read-only mount as root (root ignores modes)."""
    folder = tmp_path / "locked"
    if os.name == "posix" and os.geteuid() == 0:
        _mount_tmpfs(folder, "size=64k,ro")
        yield folder
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
    else:
        folder.mkdir()
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)


def test_unwritable_folder(journal, read_only_dir: Path) -> None:
    journal.create_entry(title="one")
    with pytest.raises(ExportTargetError, match="You cannot write to the folder"):
        runner.export(journal, "json", read_only_dir / "a.json")
    assert leftovers(read_only_dir) == []
