"""`trustjournal export` and `trustjournal import`, run as a user would."""

from __future__ import annotations

import datetime as dt
import io
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from trustjournal import cli
from trustjournal.storage import keyslots

PASSPHRASE = "quiet harbour lantern"


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(list(argv)), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def add(folder: Path, title: str, *extra: str) -> None:
    code, out, err = call("--data-dir", str(folder), "add", "--title", title, *extra,
                          f"text of {title}")
    assert code == 0, out + err


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    add(folder, "Spring", "--date", "2024-04-01", "--tags", "calm, Work")
    add(folder, "Summer", "--date", "2024-07-01", "--tags", "beach", "--star")
    add(folder, "Autumn", "--date", "2024-10-01")
    return folder


def exported(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["entries"]


def test_export_then_import_elsewhere(journal_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    code, out, err = call("--data-dir", str(journal_dir), "export", "--format", "json",
                          "--out", str(target))
    assert code == 0, err
    assert out == f"Exported 3 entries to {target}.\n" and err == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [e["title"] for e in exported(target)] == ["Spring", "Summer", "Autumn"]

    fresh = tmp_path / "fresh"
    code, out, err = call("--data-dir", str(fresh), "import", str(target), "--dry-run")
    assert code == 0 and "There is no journal here yet" in out, err  # it answers, and
    assert "holds 3 entries" in out and "3 entries, 2024-04-01 to 2024-10-01, 3 tags" in out
    assert not fresh.exists()  # a dry run creates nothing
    code, out, err = call("--data-dir", str(fresh), "import", str(target))
    assert (code, out) == (0, "Imported 3 entries, 0 already in the journal.\n"), err
    code, out, _ = call("--data-dir", str(fresh), "import", str(target), "--format", "json")
    assert out == f"Nothing to import: all 3 entries in {target} are already in the journal.\n"
    code, out, _ = call("--data-dir", str(fresh), "import", str(target), "--dry-run")
    assert "0 entries, 0 tags, 3 duplicates skipped" in out
    code, out, _ = call("--data-dir", str(fresh), "list", "--json")
    assert [e["title"] for e in json.loads(out)] == ["Autumn", "Summer", "Spring"]


def test_export_filters(journal_dir: Path, tmp_path: Path) -> None:
    def titles(*args: str) -> list[str]:
        target = tmp_path / f"{len(list(tmp_path.iterdir()))}.json"
        code, _, err = call("--data-dir", str(journal_dir), "export", "--format", "json",
                            "--out", str(target), *args)
        assert code == 0, err
        return [e["title"] for e in exported(target)]

    assert titles("--from", "2024-05-01") == ["Summer", "Autumn"]
    assert titles("--to", "2024-05-01") == ["Spring"]
    assert titles("--tag", "WORK", "beach") == ["Spring", "Summer"]
    assert titles("--tag", "work", "--tag", "nothing") == ["Spring"]
    assert titles("--kind", "checkin") == []
    assert titles("--exercise", "some_exercise") == ["Spring", "Summer", "Autumn"]
    assert titles("--kind", "exercise", "--exercise", "some_exercise") == []
    assert titles("--kind", "free", "--revisions", "--include-trash") == [
        "Spring", "Summer", "Autumn"]


def test_existing_target_and_overwrite(journal_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("keep me", encoding="utf-8")
    base = ("--data-dir", str(journal_dir), "export", "--format", "json", "--out", str(target))
    code, out, err = call(*base)
    assert code == 1 and "already exists" in err and out == ""
    assert target.read_text(encoding="utf-8") == "keep me"
    code, out, err = call(*base, "--overwrite")
    assert code == 0 and len(exported(target)) == 3


def test_bad_import_is_explained_and_changes_nothing(journal_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    call("--data-dir", str(journal_dir), "export", "--format", "json", "--out", str(target))
    text = target.read_text(encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(text.replace('"2024-10-01"', '"yesterday"'), encoding="utf-8")
    fresh = tmp_path / "fresh"
    add(fresh, "mine")
    code, out, err = call("--data-dir", str(fresh), "import", str(bad))
    assert code == 1 and out == ""
    assert err.startswith(f"trustjournal: {bad}, entry 3 (")
    assert "'local_date' is not a date like 2024-03-18: 'yesterday'" in err
    code, out, _ = call("--data-dir", str(fresh), "list", "--json")
    assert [e["title"] for e in json.loads(out)] == ["mine"]
    unknown = tmp_path / "notes.txt"
    unknown.write_text("hello", encoding="utf-8")
    code, _, err = call("--data-dir", str(fresh), "import", str(unknown))
    assert code == 1 and "Pass --format" in err


def test_from_after_to_is_a_usage_error(journal_dir: Path, tmp_path: Path) -> None:
    code, _, err = call("--data-dir", str(journal_dir), "export", "--format", "json", "--out",
                        str(tmp_path / "x.json"), "--from", "2024-05-01", "--to", "2024-01-01")
    assert code == 2 and "--from is after --to" in err
    assert not (tmp_path / "x.json").exists()


def test_encrypted_journal_export_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))
    folder = tmp_path / "secret"
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    code, out, err = call("--data-dir", str(folder), "init", "--encrypt")
    assert code == 0, out + err
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    add(folder, "Zephyrquill")
    target = tmp_path / "plain.json"
    code, out, err = call("--data-dir", str(folder), "export", "--format", "json", "--out",
                          str(target))
    assert code == 0, err
    assert "your journal is encrypted, but plain.json is not" in out
    assert b"Zephyrquill" in target.read_bytes()
    plain = tmp_path / "plain-journal"
    add(plain, "open")
    code, out, _ = call("--data-dir", str(plain), "export", "--format", "json", "--out",
                        str(tmp_path / "b.json"))
    assert code == 0 and "Note:" not in out and "is not." not in out


def test_command_line_checks_and_no_qt(journal_dir: Path, tmp_path: Path) -> None:
    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "trustjournal", "--data-dir",
                               str(journal_dir), *argv], capture_output=True, text=True,
                              timeout=60)

    bad_format = run("export", "--format", "docx", "--out", str(tmp_path / "x"))
    assert bad_format.returncode == 2 and "invalid choice: 'docx'" in bad_format.stderr
    assert "json" in bad_format.stderr
    no_out = run("export", "--format", "json")
    assert no_out.returncode == 2 and "--out" in no_out.stderr
    probe = (
        "import sys; from trustjournal.app import main\n"
        f"main(['--data-dir', {str(journal_dir)!r}, 'export', '--format', 'json', '--out', "
        f"{str(tmp_path / 'p.json')!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Exported 3 entries" in result.stdout and result.stderr == ""


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(journal_dir: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    code, out, _ = call("--data-dir", str(journal_dir), "export", "--format", "json", "--out",
                        str(tmp_path / "a.json"))
    assert code == 0 and out.startswith("Exported 3 entries")
    assert "\rExporting 3 of 3 entries…" in screen.getvalue()
    code, _, _ = call("--data-dir", str(tmp_path / "new"), "import", str(tmp_path / "a.json"))
    assert code == 0 and "\rImporting 3 of 3 entries…" in screen.getvalue()
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal: nothing
    code, out, err = call("--data-dir", str(journal_dir), "export", "--format", "json",
                          "--out", str(tmp_path / "b.json"))
    assert code == 0 and err == "" and sys.stderr.getvalue() == ""


def test_pdf_packet_can_start_with_a_progress_summary(tmp_path: Path, qapp: object) -> None:
    # qapp: the PDF writer would otherwise make a QGuiApplication in this test process,
    # which later widget tests cannot use (a real CLI run is its own process).
    from tests.exchange.test_exporters import pdf_text
    from tests.storage.test_stats import checkin
    from trustjournal.paths import journal_path
    from trustjournal.storage import open_journal

    folder = tmp_path / "journal"
    with open_journal(journal_path(folder)) as journal:
        for day, anxiety in ((1, 8), (8, 6), (15, 4), (22, 2)):
            checkin(journal, dt.date(2024, 4, day), 5, anxiety, 5)
    target = tmp_path / "packet.pdf"
    code, out, err = call("--data-dir", str(folder), "export", "--format", "pdf", "--out",
                          str(target), "--from", "2024-04-01", "--to", "2024-04-28",
                          "--summary", "--week-start", "mon")
    assert code == 0, err
    assert out == f"Exported 4 entries to {target}.\n"
    text = " ".join(" ".join(page.split()) for page in pdf_text(target))
    assert "Progress summary" in text
    assert "Your average anxiety fell from 7.0 to 3.0" in text


def test_a_bad_file_into_a_new_folder_makes_no_journal(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"entries": [', "utf-8")
    folder = tmp_path / "new"
    code, _, err = call("--data-dir", str(folder), "import", str(bad), "--format", "jrnl")
    assert code == 1
    assert f"{bad}: the file ends too early" in err
    assert not folder.exists()


# -- places an export must never go ----------------------------------------------------


def test_export_refuses_the_journals_own_files_whatever_the_flags(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))
    folder = tmp_path / "secret"
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    assert call("--data-dir", str(folder), "init", "--encrypt")[0] == 0
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    add(folder, "Zephyrquill")
    assert call("--data-dir", str(folder), "backup")[0] == 0
    before = {p: p.read_bytes() for p in folder.rglob("*")
              if p.is_file() and not p.name.endswith("-shm")}
    assert folder / "notes.keys" in before and any("backups" in p.parts for p in before)
    for fmt, target in (("json", folder / "notes.keys"), ("json", folder / "notes.db"),
                        ("markdown", folder / "backups"), ("markdown", folder),
                        ("markdown", tmp_path), ("json", folder / "new.json")):
        code, out, err = call("--data-dir", str(folder), "export", "--format", fmt, "--out",
                              str(target), "--overwrite")
        assert code == 1 and out == "", (target, err)
        assert "journal's own folder" in err and "Nothing was written" in err
        assert "Traceback" not in err
    after = {p: p.read_bytes() for p in folder.rglob("*")
             if p.is_file() and not p.name.endswith("-shm")}
    assert after == before
    code, out, err = call("--data-dir", str(folder), "list", "--json")
    assert code == 0 and [e["title"] for e in json.loads(out)] == ["Zephyrquill"], err


# -- one file, and standard output -----------------------------------------------------


def test_single_file_markdown_is_one_file(journal_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.md"
    code, out, err = call("--data-dir", str(journal_dir), "export", "--format", "markdown",
                          "--single-file", "--out", str(target))
    assert code == 0 and out == f"Exported 3 entries to {target}.\n", err
    assert target.is_file()
    text = target.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## Spring", "## Summer", "## Autumn"]


@pytest.mark.parametrize(("fmt", "extra", "check"), [
    ("json", (), lambda text: [e["title"] for e in json.loads(text)["entries"]] == [
        "Spring", "Summer", "Autumn"]),
    ("markdown-single", (), lambda text: text.startswith("# TrustJournal\n")),
    ("markdown", ("--single-file",), lambda text: "## Summer" in text),
    ("csv", (), lambda text: text.startswith("date,entry_uuid,kind,")),
    ("html", (), lambda text: text.lstrip().lower().startswith("<!doctype html>")),
])
def test_out_dash_writes_to_standard_output(journal_dir: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, fmt: str,
                                            extra: tuple[str, ...], check: object) -> None:
    monkeypatch.chdir(tmp_path)
    said = io.StringIO()
    monkeypatch.setattr(sys, "stderr", said)
    code, out, err = call("--data-dir", str(journal_dir), "export", "--format", fmt,
                          "--out", "-", *extra)
    assert code == 0, err
    assert check(out), out[:200]  # type: ignore[operator]
    assert "Exported 3 entries to standard output." in said.getvalue()
    assert not (tmp_path / "-").exists()


def test_out_dash_explains_what_cannot_go_to_standard_output(
        journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = call("--data-dir", str(journal_dir), "export", "--format", "markdown",
                          "--out", "-")
    assert code == 2 and out == ""
    assert "markdown is a folder of files" in err and "--single-file" in err
    screen = Terminal()
    code = cli.run(cli.parse(["--data-dir", str(journal_dir), "export", "--format", "pdf",
                              "--out", "-"]), out=screen, err=(err_io := io.StringIO()))
    assert code == 2 and screen.getvalue() == ""
    assert "pdf is not text" in err_io.getvalue()
    assert list(tmp_path.iterdir()) == [tmp_path / "journal"]


def test_pdf_goes_to_standard_output_when_it_is_not_a_terminal(journal_dir: Path,
                                                                tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trustjournal", "--data-dir", str(journal_dir), "export",
         "--format", "pdf", "--out", "-"], capture_output=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"%PDF-") and result.stdout.rstrip().endswith(b"%%EOF")
    assert b"Exported 3 entries to standard output." in result.stderr
    assert not (tmp_path / "-").exists()


def test_dry_run_says_how_many_titles_will_be_shortened(journal_dir: Path,
                                                       tmp_path: Path) -> None:
    source = tmp_path / "all.json"
    assert call("--data-dir", str(journal_dir), "export", "--format", "json", "--out",
                str(source))[0] == 0
    data = json.loads(source.read_text(encoding="utf-8"))
    data["entries"][0]["title"] = "a long title " * 50
    data["entries"][1]["title"] = "z" * 500  # exactly the limit: kept whole
    source.write_text(json.dumps(data), encoding="utf-8")
    fresh = tmp_path / "fresh"
    code, out, err = call("--data-dir", str(fresh), "import", str(source), "--dry-run")
    assert code == 0, err
    assert "1 title shortened to 500 characters" in out
    code, out, err = call("--data-dir", str(fresh), "import", str(source))
    assert code == 0 and "1 title was longer than 500 characters" in out, err
    code, out, _ = call("--data-dir", str(fresh), "list", "--json")
    assert sorted(len(e["title"]) for e in json.loads(out)) == [6, 500, 500]


def test_out_dash_with_standard_error_closed_adds_nothing_to_the_export(
        journal_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)  # as Python sets it when started with 2>&-
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    code = cli.run(cli.parse(["--data-dir", str(journal_dir), "export", "--format", "json",
                              "--out", "-"]), out=out, err=io.StringIO())
    assert code == 0
    assert len(json.loads(out.getvalue())["entries"]) == 3


def counting_reads(monkeypatch: pytest.MonkeyPatch, fmt: str) -> list[Path]:
    """Every time the `fmt` importer starts reading a file (its parser), by path."""
    from trustjournal.exchange import registry

    importer = registry.importer(fmt)
    reads: list[Path] = []
    # Both ways in start a parse of their own: entries only, or trackers and entries.
    for name in ("read", "read_with_trackers"):
        real = getattr(type(importer), name, None)
        if real is None:
            continue

        def read(self, path, real=real):  # type: ignore[no-untyped-def]
            reads.append(Path(path))
            return real(self, path)

        monkeypatch.setattr(type(importer), name, read)
    return reads


def test_a_first_import_reads_the_file_once(journal_dir: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "all.json"
    assert call("--data-dir", str(journal_dir), "export", "--format", "json",
                "--out", str(source))[0] == 0
    reads = counting_reads(monkeypatch, "json")
    fresh = tmp_path / "fresh"
    code, out, err = call("--data-dir", str(fresh), "import", str(source))
    assert (code, out) == (0, "Imported 3 entries, 0 already in the journal.\n"), err
    assert reads == [source]  # parsed once: no separate checking pass before the journal
    again = tmp_path / "again.json"
    assert call("--data-dir", str(fresh), "export", "--format", "json",
                "--out", str(again))[0] == 0
    assert exported(again) == exported(source)  # the same journal as before, entry for entry


def test_a_first_import_that_fails_late_leaves_no_journal_nor_folder(
    journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "all.json"
    assert call("--data-dir", str(journal_dir), "export", "--format", "json",
                "--out", str(source))[0] == 0
    data = json.loads(source.read_text("utf-8"))
    data["entries"][-1]["local_date"] = "not a day"  # the last entry only: found late
    source.write_text(json.dumps(data), "utf-8")
    reads = counting_reads(monkeypatch, "json")
    fresh = tmp_path / "new" / "deeper"
    code, out, err = call("--data-dir", str(fresh), "import", str(source))
    assert code == 1 and out == "" and "Traceback" not in err
    assert "entry 3" in err, err
    assert reads == [source]
    assert not (tmp_path / "new").exists()  # no journal, no lock file, no folder


def test_a_failed_import_into_an_existing_journal_removes_nothing(
    journal_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    assert call("--data-dir", str(empty), "init")[0] == 0
    bad = tmp_path / "broken.json"
    bad.write_text('{"entries": [', "utf-8")
    assert call("--data-dir", str(empty), "import", str(bad), "--format", "jrnl")[0] == 1
    assert (empty / "notes.db").exists()  # it was there before: it stays, even empty
    assert call("--data-dir", str(empty), "check")[0] == 0


def test_markdown_export_loads_only_its_own_format(journal_dir: Path, tmp_path: Path) -> None:
    # The one-file Markdown export writes bodies as they are: the parser that renders
    # them (for HTML and PDF), the other formats' modules (CSV brings the Progress
    # figures, the Markdown folder importer YAML) and the weeks of the PDF packet are
    # never needed.
    target = tmp_path / "all.md"
    unwanted = ("markdown_it", "yaml", "trustjournal.core.progress",
                "trustjournal.exchange.csv_format", "trustjournal.exchange.json_format",
                "trustjournal.exchange.markdown_folder", "trustjournal.exchange.html_format",
                "trustjournal.exchange.pdf_format", "trustjournal.exchange.jrnl_format",
                "trustjournal.exchange.dayone_format")
    probe = (
        "import sys; from trustjournal.app import main\n"
        f"main(['--data-dir', {str(journal_dir)!r}, 'export', '--format', "
        f"'markdown-single', '--out', {str(target)!r}])\n"
        f"print(sorted(m for m in sys.modules if m in {unwanted!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
    assert target.read_text(encoding="utf-8").count("\n## ") == 3


def test_format_names_known_without_loading_match_the_modules() -> None:
    # The CLI offers formats from these tables without importing every module.
    from trustjournal.exchange import registry

    assert registry.EXPORTER_MODULES.keys() == registry.exporters().keys()
    assert registry.IMPORTER_MODULES.keys() == registry.importers().keys()
    for names, found in ((registry.EXPORTER_MODULES, registry.exporters()),
                         (registry.IMPORTER_MODULES, registry.importers())):
        for name, module in names.items():
            assert type(found[name]).__module__ == f"trustjournal.exchange.{module}"
    # And no module registers a format the tables leave out (it would never be loaded):
    # read from the sources, since loading goes by the tables.
    folder = Path(registry.__file__).parent
    for call, names in (("register_exporter(", registry.EXPORTER_MODULES),
                        ("register_importer(", registry.IMPORTER_MODULES)):
        registering = {path.stem for path in folder.glob("*.py") if path.stem != "registry"
                       and any(line.startswith(call)
                               for line in path.read_text(encoding="utf-8").splitlines())}
        assert registering, f"no module calls {call}"
        assert registering == set(names.values()), call


@pytest.mark.parametrize(("argv", "expected"), [
    (["--format", "pdf"], 5),  # the packet's weeks follow the locale (Egypt: Saturday)
    (["--format", "pdf", "--week-start", "sun"], 6),
    (["--format", "markdown-single"], 0),  # no weeks: never looked up
    (["--format", "csv", "--week-start", "sun"], 6),
])
def test_first_weekday_of_an_export(argv: list[str], expected: int,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    from trustjournal import cli_exchange

    for name in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ar_EG.UTF-8")
    parser = argparse.ArgumentParser()
    handlers = cli_exchange.add_commands(parser.add_subparsers(dest="command"), [])
    assert set(handlers) == {"export", "import"}
    args = parser.parse_args(["export", "--out", "x", *argv])
    assert cli_exchange._first_weekday(args) == expected


def _source(journal_dir: Path, tmp_path: Path) -> Path:
    source = tmp_path / "all.json"
    assert call("--data-dir", str(journal_dir), "export", "--format", "json",
                "--out", str(source))[0] == 0
    return source


def _titles(folder: Path) -> list[str]:
    from trustjournal.storage import open_journal

    with open_journal(folder / "notes.db", create=False) as journal:
        assert journal.integrity_problems() == []
        return sorted(e.title for e in journal.iter_entries())


@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_after_a_first_import_is_in_place_reports_it_done(
        journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        presses: int) -> None:
    """Ctrl-C while the folder is flushed after the filled file was renamed over the
    journal: the import is complete and in place, so the command says so (never
    "interrupted", which would have the person import again). One press: the folder is
    still flushed; a second one cuts the flush short, and the entries are still in."""
    from trustjournal.paths import building_path
    from trustjournal.storage import fill
    from trustjournal.storage.lock import held_here

    source = _source(journal_dir, tmp_path)
    fresh = tmp_path / "fresh"
    real = fill.fsync_dir
    flushed: list[Path] = []

    def flush(folder: Path) -> None:
        assert (fresh / "notes.db").exists() and not building_path(fresh / "notes.db").exists()
        if len(flushed) < presses:
            flushed.append(folder)
            raise KeyboardInterrupt
        real(folder)
        flushed.append(folder)

    monkeypatch.setattr(fill, "fsync_dir", flush)
    code, out, err = call("--data-dir", str(fresh), "import", str(source))
    assert (code, out, err) == (0, "Imported 3 entries, 0 already in the journal.\n", "")
    assert flushed == [fresh, fresh]  # flushed again after the first press
    assert held_here(fresh / "notes.db") is None
    assert _titles(fresh) == ["Autumn", "Spring", "Summer"]
    monkeypatch.setattr(fill, "fsync_dir", real)
    assert call("--data-dir", str(fresh), "import", str(source))[1] == (
        "Nothing to import: all 3 entries in " f"{source} are already in the journal.\n")
    assert _titles(fresh) == ["Autumn", "Spring", "Summer"]


def test_ctrl_c_as_a_first_import_closes_after_its_swap_reports_it_done(
        journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C later still, as the command lets go of the journal it began: the import
    is in place all the same, and said to be."""
    from trustjournal.storage.journal import Journal

    source = _source(journal_dir, tmp_path)
    fresh = tmp_path / "fresh"
    real = Journal.close
    pressed: list[Path] = []

    def close(self: Journal, **kwargs: bool) -> None:
        real(self, **kwargs)
        if self.path == fresh / "notes.db" and self.closed and not kwargs and not pressed:
            pressed.append(self.path)
            raise KeyboardInterrupt

    monkeypatch.setattr(Journal, "close", close)
    code, out, err = call("--data-dir", str(fresh), "import", str(source))
    assert pressed, "the Ctrl-C was never pressed"
    assert (code, out, err) == (0, "Imported 3 entries, 0 already in the journal.\n", "")
    monkeypatch.setattr(Journal, "close", real)
    assert _titles(fresh) == ["Autumn", "Spring", "Summer"]


def test_ctrl_c_before_a_first_import_is_in_place_still_interrupts(
        journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C once every entry is in the filled file, closed and flushed, but just
    before the rename: nothing is in the journal yet, so that stays "interrupted", and
    the journal the command began goes with its folder."""
    from trustjournal.paths import building_path
    from trustjournal.storage import fill
    from trustjournal.storage.lock import held_here

    source = _source(journal_dir, tmp_path)
    fresh = tmp_path / "fresh"
    journal_file = fresh / "notes.db"
    real = fill._require_alone
    calls: list[int] = []

    def alone(path: Path) -> None:
        real(path)
        calls.append(_count_in(building_path(path)))
        if len(calls) == 2:  # the check right before the rename: the fill is done
            raise KeyboardInterrupt

    monkeypatch.setattr(fill, "_require_alone", alone)
    code, out, err = call("--data-dir", str(fresh), "import", str(source))
    assert calls == [0, 3], "the Ctrl-C did not come between the fill and the rename"
    assert (code, out) == (130, "") and "interrupted" in err, err
    assert held_here(journal_file) is None
    assert not journal_file.exists() and not building_path(journal_file).exists()
    assert not fresh.exists()


def test_ctrl_c_before_the_rename_interrupts_though_another_program_keeps_the_journal(
        journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether the import is in place is what the rename says, not whether the journal
    stayed: here another program keeps the empty journal, and a Ctrl-C before the
    rename is still an interruption (never "Imported 3 entries", which are not in)."""
    from trustjournal.paths import building_path
    from trustjournal.storage import fill
    from trustjournal.storage.database import connect_file

    source = _source(journal_dir, tmp_path)
    fresh = tmp_path / "fresh"
    journal_file = fresh / "notes.db"
    others: list[object] = []
    real_open, real_flush = fill._open_to_fill, fill.fsync_file

    def opened_meanwhile(temp: Path, lock: object) -> object:
        other = connect_file(journal_file, None)
        other.execute("SELECT count(*) FROM entries").fetchone()
        others.append(other)
        return real_open(temp, lock)  # type: ignore[arg-type]

    def flush(path: Path) -> None:
        real_flush(path)
        if Path(path) == building_path(journal_file):
            raise KeyboardInterrupt  # the filled file is complete, closed and flushed

    monkeypatch.setattr(fill, "_open_to_fill", opened_meanwhile)
    monkeypatch.setattr(fill, "fsync_file", flush)
    try:
        code, out, err = call("--data-dir", str(fresh), "import", str(source))
        assert (code, out) == (130, "") and "interrupted" in err, err
        assert journal_file.exists() and Path(f"{journal_file}-wal").exists()
        assert others[0].execute("SELECT count(*) FROM entries").fetchone()[0] == 0  # type: ignore[attr-defined]
    finally:
        for other in others:
            other.close()  # type: ignore[attr-defined]
    assert not building_path(journal_file).exists()


def _count_in(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        conn.close()


def _opened_while_filling(monkeypatch: pytest.MonkeyPatch, journal_file: Path) -> list[object]:
    """Another program (a plain SQLite connection) opens the new, empty journal just as
    the first import starts filling its new file; the connections it made are given."""
    from trustjournal.storage import fill
    from trustjournal.storage.database import connect_file

    others: list[object] = []
    real = fill._open_to_fill

    def opened_meanwhile(temp: Path, lock: object) -> object:
        other = connect_file(journal_file, None)
        other.execute("SELECT count(*) FROM entries").fetchone()
        others.append(other)
        return real(temp, lock)  # type: ignore[arg-type]

    monkeypatch.setattr(fill, "_open_to_fill", opened_meanwhile)
    return others


def test_a_first_import_refused_because_another_program_opened_the_journal_keeps_it(
        journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program opens the new, empty journal while the import fills its new
    file: the swap is refused, and the clean-up leaves that journal (and SQLite's files
    beside it) to the program that has it open, saying so. Only the import's own new
    file goes, and a second try once the program is closed brings everything."""
    from trustjournal.paths import building_path
    from trustjournal.storage import fill
    from trustjournal.storage.lock import held_here

    source = _source(journal_dir, tmp_path)
    fresh = tmp_path / "fresh"
    journal_file = fresh / "notes.db"
    real = fill._open_to_fill
    others = _opened_while_filling(monkeypatch, journal_file)
    try:
        code, out, err = call("--data-dir", str(fresh), "import", str(source))
        assert code == 1 and out == "" and "Traceback" not in err
        assert err == (
            "trustjournal: Another program has notes.db open, so nothing was imported. "
            "The new, empty journal was left in place because that program is using "
            "it. Close that program and run the import again.\n")
        assert journal_file.exists() and Path(f"{journal_file}-wal").exists()
        assert others[0].execute("SELECT count(*) FROM entries").fetchone()[0] == 0  # type: ignore[attr-defined]
    finally:
        for other in others:
            other.close()  # type: ignore[attr-defined]
    assert held_here(journal_file) is None
    assert not building_path(journal_file).exists()
    monkeypatch.setattr(fill, "_open_to_fill", real)
    code, out, err = call("--data-dir", str(fresh), "import", str(source))
    assert (code, out) == (0, "Imported 3 entries, 0 already in the journal.\n"), err
    assert _titles(fresh) == ["Autumn", "Spring", "Summer"]


@pytest.mark.parametrize("failure", ["bad file", "ctrl-c"])
def test_a_first_import_that_fails_while_another_program_has_the_journal_open_keeps_it(
        journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        failure: str) -> None:
    """Another program opens the new, empty journal while the import fills its new
    file, and then the import fails on its own (a bad file, a Ctrl-C): the clean-up
    still leaves that journal and SQLite's files beside it to the program using it."""
    from trustjournal.exchange import runner
    from trustjournal.paths import building_path
    from trustjournal.storage.lock import held_here

    fresh = tmp_path / "fresh"
    journal_file = fresh / "notes.db"
    others = _opened_while_filling(monkeypatch, journal_file)
    source = tmp_path / "broken.json"
    how: list[str] = []
    if failure == "bad file":
        source.write_text('{"entries": [', "utf-8")
        how = ["--format", "jrnl"]
    else:
        source = _source(journal_dir, tmp_path)

        def pressed(*_args: object, **_kwargs: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(runner, "import_file", pressed)
    try:
        code, out, err = call("--data-dir", str(fresh), "import", str(source), *how)
        assert out == "" and "Traceback" not in err
        if failure == "bad file":
            assert code == 1 and f"{source}: the file ends too early" in err, err
        else:
            assert code == 130 and "interrupted" in err, err
        assert others, "the other program never opened the journal"
        assert journal_file.exists() and Path(f"{journal_file}-wal").exists()
        assert others[0].execute("SELECT count(*) FROM entries").fetchone()[0] == 0  # type: ignore[attr-defined]
    finally:
        for other in others:
            other.close()  # type: ignore[attr-defined]
    assert held_here(journal_file) is None
    assert not building_path(journal_file).exists()
