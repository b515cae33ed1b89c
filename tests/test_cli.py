"""The headless commands, run as a user would: in a separate process where it matters."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from trustjournal import __version__, cli
from trustjournal.app import main


def run_cli(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trustjournal", *argv],
        input=stdin, capture_output=True, text=True, timeout=60,
    )


def call(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(list(argv)), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def test_help_and_version_load_no_qt() -> None:
    probe = (
        "import sys; from trustjournal.app import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
        "assert 'sqlalchemy' not in sys.modules\n"
    )
    for flag in ("--help", "--version"):
        result = subprocess.run([sys.executable, "-c", probe, flag], capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "TrustJournal" in result.stdout or "trustjournal" in result.stdout
    assert __version__ in run_cli("--version").stdout


def test_subcommands_load_no_qt(tmp_path: Path) -> None:
    probe = (
        "import sys; from trustjournal.app import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'add', 'hello', '--title', 'x'])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'search', 'hello'])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'check'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Saved entry" in result.stdout and "[hello]" in result.stdout


def test_add_list_search_round_trip(tmp_path: Path) -> None:
    d = str(tmp_path)
    result = run_cli("--data-dir", d, "add", "--title", "Quick", "--tags", "calm, work",
                     "--date", "2024-05-01", "I asked instead of assuming.")
    assert result.returncode == 0, result.stderr
    piped = run_cli("--data-dir", d, "add", "--title", "Piped", stdin="from stdin 🌱\n")
    assert piped.returncode == 0, piped.stderr
    listed = json.loads(run_cli("--data-dir", d, "list", "--json").stdout)
    assert [e["title"] for e in listed] == ["Piped", "Quick"]
    assert listed[1]["date"] == "2024-05-01" and listed[1]["tags"] == ["calm", "work"]
    found = json.loads(run_cli("--data-dir", d, "search", "assuming", "--json").stdout)
    assert [e["title"] for e in found] == ["Quick"]
    assert "[assuming]" in found[0]["snippet"]
    human = run_cli("--data-dir", d, "search", "stdin").stdout
    assert "Piped" in human and "[stdin]" in human
    tagged = json.loads(run_cli("--data-dir", d, "search", "--tag", "work", "--json").stdout)
    assert [e["title"] for e in tagged] == ["Quick"]


def test_env_var_selects_the_journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_HOME", str(tmp_path / "env-home"))
    code, _ = call("add", "--title", "env", "body text")
    assert code == 0
    assert (tmp_path / "env-home" / "notes.db").exists()


def test_check_reports_healthy_and_damaged(tmp_path: Path) -> None:
    code, out = call("--data-dir", str(tmp_path), "add", "text")
    code, out = call("--data-dir", str(tmp_path), "check")
    assert code == 0 and "healthy — 1 entry" in out
    (tmp_path / "notes.db").write_bytes(b"garbage" * 1000)
    result = run_cli("--data-dir", str(tmp_path), "check")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "could not be read" in result.stderr
    assert (tmp_path / "notes.db").read_bytes() == b"garbage" * 1000


def test_bad_input_gets_clear_messages(tmp_path: Path) -> None:
    d = str(tmp_path)
    for argv, expected in [
        (("bogus",), "invalid choice"),
        (("list", "--nope"), "unrecognized arguments"),
        (("add", "--date", "yesterday", "x"), "is not a date"),
        (("list", "-n", "0"), "must be 1 or more"),
    ]:
        result = run_cli("--data-dir", d, *argv)
        assert result.returncode == 2, argv
        assert expected in result.stderr
        assert "Traceback" not in result.stderr
    empty = run_cli("--data-dir", d, "add", "--title", " ", stdin="   \n")
    assert empty.returncode == 2 and "nothing to save" in empty.stderr
    none = run_cli("--data-dir", d, "search", "")
    assert none.returncode == 2 and "give some words" in none.stderr
    missing = run_cli("--data-dir", str(tmp_path / "none"), "list")
    assert missing.returncode == 1 and "no journal" in missing.stderr


def test_unwritable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("--data-dir", str(blocker / "sub"), "add", "x")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "trustjournal:" in result.stderr


def test_demo_is_deterministic_and_refuses_real_journals(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        code, out = call("--data-dir", str(folder), "demo", "--entries", "300", "--years", "3",
                         "--seed", "4")
        assert code == 0, out
    list_a = json.loads(run_cli("--data-dir", str(a), "list", "-n", "300", "--json").stdout)
    list_b = json.loads(run_cli("--data-dir", str(b), "list", "-n", "300", "--json").stdout)
    strip = [{k: v for k, v in e.items() if k != "created_utc"} for e in list_a]
    assert len(list_a) == 300
    assert strip == [{k: v for k, v in e.items() if k != "created_utc"} for e in list_b]
    assert all("demo" in e["tags"] for e in list_a)
    real = tmp_path / "real"
    call("--data-dir", str(real), "add", "my own words")
    code, out = call("--data-dir", str(real), "demo", "--entries", "5")
    assert code == 2 and "already holds your own entries" in out


def test_main_returns_exit_codes(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "add", "hello"]) == 0
    assert main(["--data-dir", str(tmp_path), "list"]) == 0


def test_data_dir_works_before_or_after_the_command(tmp_path) -> None:
    from trustjournal import cli

    before = cli.parse(["--data-dir", str(tmp_path), "list"])
    after = cli.parse(["list", "--data-dir", str(tmp_path)])
    assert before.data_dir == after.data_dir == str(tmp_path)
    assert cli.parse(["--data-dir", "/x", "search", "w"]).data_dir == "/x"
