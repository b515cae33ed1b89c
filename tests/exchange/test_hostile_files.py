"""Import reads only regular files inside what the user chose: links, pipes, sockets and
devices are skipped (and named) in a folder, refused as a single file, and a name swapped
for one of them between the listing and the read is refused too. Nothing hangs."""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from trustjournal.exchange import markdown_folder, registry, runner
from trustjournal.exchange.model import ExportFilter, ImportFormatError

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file types")

SECRET = "outside-the-folder-secret"


def _limited() -> None:
    # A broken import reading /dev/zero must die here, not take the machine's memory.
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))


def run_cli(*argv: str) -> subprocess.CompletedProcess[str]:
    """The real command in its own process: a hang shows as a timeout, not a stuck run."""
    return subprocess.run([sys.executable, "-m", "trustjournal", *argv], capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL,
                          preexec_fn=_limited)


def beside_a_pipe(fifo: Path, work: Callable[[], object]) -> object:
    """What `work` returned or raised; fails (instead of hanging) if it waited on `fifo`."""
    outcome: list[object] = []

    def attempt() -> None:
        try:
            outcome.append(work())
        except Exception as error:
            outcome.append(error)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(10)
    waited = worker.is_alive()
    if waited:  # release the stuck reader with a writer that closes at once
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(10)
    assert not waited, "the import waited on a pipe"
    return outcome[0]


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    """Two real notes beside every kind of thing that must not be read."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "2020-01-01.md").write_text(f"# Not mine\n{SECRET}", "utf-8")
    notes = tmp_path / "notes"
    (notes / "sub").mkdir(parents=True)
    (notes / "2021-03-04.md").write_text("# Kept\nA real note.", "utf-8")
    (notes / "sub" / "2021-03-05.md").write_text("# Also kept\nAnother.", "utf-8")
    (notes / "link-out.md").symlink_to(outside / "2020-01-01.md")
    (notes / "link-in.md").symlink_to(notes / "2021-03-04.md")
    (notes / "linked-folder").symlink_to(outside, target_is_directory=True)
    (notes / "sub" / "loop").symlink_to(notes, target_is_directory=True)
    (notes / "zero.md").symlink_to("/dev/zero")
    (notes / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    os.mkfifo(notes / "2021-03-06.md")
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(notes / "2021-03-07.md"))
    finally:
        listener.close()
    return notes


def test_a_folder_import_reads_only_its_regular_files(hostile_folder: Path,
                                                      tmp_path: Path) -> None:
    data = tmp_path / "journal"
    dry = run_cli("--data-dir", str(data), "import", str(hostile_folder), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "holds 2 entries" in dry.stdout
    assert ("not read (links and special files are left out): 2021-03-06.md (a pipe "
            "(FIFO)), 2021-03-07.md (a socket), dangling.md (a symbolic link), link-in.md "
            "(a symbolic link), link-out.md (a symbolic link) and 3 more.") in dry.stdout
    done = run_cli("--data-dir", str(data), "import", str(hostile_folder))
    assert done.returncode == 0, done.stderr
    assert "Imported 2 entries" in done.stdout
    for name in ("link-out.md (a symbolic link)", "link-in.md (a symbolic link)",
                 "linked-folder (a symbolic link)", "sub/loop (a symbolic link)",
                 "zero.md (a symbolic link)", "dangling.md (a symbolic link)",
                 "2021-03-06.md (a pipe (FIFO))", "2021-03-07.md (a socket)"):
        assert name in done.stdout, name
    listed = run_cli("--data-dir", str(data), "list", "--json").stdout
    assert "Kept" in listed and "Also kept" in listed
    assert SECRET not in run_cli("--data-dir", str(data), "search", "secret").stdout
    assert "Not mine" not in listed


@pytest.mark.parametrize("fmt", ["auto", "json", "jrnl", "dayone", "markdown"])
@pytest.mark.parametrize("kind", ["fifo", "device", "link-to-fifo"])
def test_a_single_special_file_is_refused_without_waiting(tmp_path: Path, fmt: str,
                                                          kind: str) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    path = {"fifo": fifo, "device": Path("/dev/zero"), "link-to-fifo": tmp_path / "l.md"}[kind]
    if kind == "link-to-fifo":
        path.symlink_to(fifo)
    data = tmp_path / "journal"
    result = run_cli("--data-dir", str(data), "import", str(path), "--format", fmt)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    what = "a device" if kind == "device" else "a pipe (FIFO)"
    assert f"{path}: this is {what}" in result.stderr, result.stderr
    assert not data.exists()


@pytest.mark.parametrize("name", ["json", "jrnl", "dayone", "markdown"])
def test_importers_check_the_opened_file_not_the_name(tmp_path: Path, name: str) -> None:
    """Past the runner's check, each importer's own open refuses a pipe (the name may
    have been swapped after that check), instead of waiting for a writer for ever."""
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    importer = registry.importer(name)
    outcome = beside_a_pipe(fifo, lambda: (importer.detect(fifo), list(importer.read(fifo))))
    assert isinstance(outcome, ImportFormatError) and "a pipe" in str(outcome)
    assert importer.detect(fifo) == 0.0


def test_a_note_swapped_for_a_link_after_the_listing_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text(SECRET, "utf-8")
    notes = tmp_path / "notes"
    (notes / "b").mkdir(parents=True)
    (notes / "2021-01-01.md").write_text("first", "utf-8")
    (notes / "b" / "2021-01-03.md").write_text("second", "utf-8")
    reading = registry.importer("markdown").read(notes)
    assert next(reading).body == "first"
    (notes / "b" / "2021-01-03.md").unlink()
    (notes / "b" / "2021-01-03.md").symlink_to(outside)
    with pytest.raises(ImportFormatError, match="became a symbolic link") as caught:
        next(reading)
    assert str(caught.value).startswith(str(notes / "b" / "2021-01-03.md"))

    # The same when a folder on the way is swapped for a link to somewhere else.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "2021-01-03.md").write_text(SECRET, "utf-8")
    (notes / "b" / "2021-01-03.md").unlink()
    (notes / "b" / "2021-01-03.md").write_text("second", "utf-8")
    reading = registry.importer("markdown").read(notes)
    next(reading)
    (notes / "b" / "2021-01-03.md").unlink()
    (notes / "b").rmdir()
    (notes / "b").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(ImportFormatError, match="became a symbolic link"):
        next(reading)


def test_a_note_swapped_for_a_pipe_after_the_listing_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "2021-01-01.md").write_text("first", "utf-8")
    (notes / "2021-01-02.md").write_text("second", "utf-8")
    reading = registry.importer("markdown").read(notes)
    next(reading)
    (notes / "2021-01-02.md").unlink()
    os.mkfifo(notes / "2021-01-02.md")
    outcome = beside_a_pipe(notes / "2021-01-02.md", lambda: next(reading))
    assert isinstance(outcome, ImportFormatError) and "not a regular file" in str(outcome)


def test_each_note_has_a_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    journal) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(markdown_folder, "MAX_NOTE_BYTES", 1000)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "2021-01-01.md").write_text("small", "utf-8")
    (notes / "2021-01-02.md").write_text("x" * 1001, "utf-8")
    with pytest.raises(ImportFormatError) as caught:
        runner.import_file(journal, notes, "markdown")
    assert str(caught.value) == f"{notes / '2021-01-02.md'}: the note is larger than 1000 bytes"
    with pytest.raises(ImportFormatError, match="larger than 1000 bytes"):
        runner.import_file(journal, notes / "2021-01-02.md", "markdown")
    assert journal.count_entries() == 0


def test_deep_folders_are_refused_not_recursed_for_ever(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    deep = notes.joinpath(*["d"] * (markdown_folder.MAX_FOLDER_DEPTH + 2))
    deep.mkdir(parents=True)
    (deep / "2021-01-01.md").write_text("deep", "utf-8")
    with pytest.raises(ImportFormatError, match="nested more than"):
        list(registry.importer("markdown").read(notes))


def test_a_note_name_that_is_not_utf8_gives_a_readable_title(tmp_path: Path,
                                                             journal) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes"
    notes.mkdir()
    (Path(os.fsdecode(bytes(notes) + b"/2021-03-04 caf\xe9 notes.md"))).write_text("text")
    assert runner.import_file(journal, notes, "markdown").added == 1
    assert [r.title for r in journal.iter_records(ExportFilter())] == ["Caf\ufffd notes"]


@pytest.mark.parametrize("name", ["jrnl", "dayone"])
def test_whole_file_formats_refuse_a_huge_file_by_name(tmp_path: Path, name: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from trustjournal.exchange import parsing

    monkeypatch.setattr(parsing, "MAX_FILE_BYTES", 100)
    path = tmp_path / "export.json"
    path.write_text('{"entries": []' + " " * 200 + "}", "utf-8")
    with pytest.raises(ImportFormatError) as caught:
        list(registry.importer(name).read(path))
    assert str(caught.value) == f"{path}: the file is larger than 100 bytes"


def test_one_endless_value_in_our_json_is_refused(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Our JSON is read as a stream with no whole-file limit, but one entry is decoded
    whole: a value that never ends must not fill memory."""
    from trustjournal.exchange import json_stream

    monkeypatch.setattr(json_stream, "MAX_VALUE_CHARS", 1024**2)
    monkeypatch.setattr(json_stream, "READ_SIZE", 64 * 1024)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        out.write('{"format": "trustjournal", "version": 1, "entries": [{"body": "')
        out.write("x" * (3 * 1024**2))
    with pytest.raises(ImportFormatError, match="one entry is larger than 1 MB"):
        list(registry.importer("json").read(path))


def test_the_whole_file_limit_leaves_detection_and_streamed_formats_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal) -> None:  # type: ignore[no-untyped-def]
    """Only jrnl and plain Day One JSON are parsed whole: a big file is still recognised
    (and then refused by name), and a big zip or our own JSON still imports."""
    import zipfile

    from trustjournal.exchange import parsing

    samples = Path(__file__).parent / "samples"
    monkeypatch.setattr(parsing, "MAX_FILE_BYTES", 100)
    jrnl = samples / "jrnl_export.json"
    assert jrnl.stat().st_size > 100 and registry.detect(jrnl).name == "jrnl"
    with pytest.raises(ImportFormatError, match="larger than 100 bytes"):
        runner.import_file(journal, jrnl, "auto")
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(samples / "dayone" / "Journal.json", "Journal.json")
    assert registry.detect(archive).name == "dayone"
    assert runner.import_file(journal, archive, "auto").added == 4
    own = tmp_path / "own.json"
    assert runner.export(journal, "json", own) == 4
    assert own.stat().st_size > 100 and registry.detect(own).name == "json"
    assert runner.preview_import(journal, own)[1].duplicates == 4
