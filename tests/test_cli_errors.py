"""No command answers with a traceback: an error nothing else expected becomes one calm
line without its text, and bad bytes on the command line or standard input are refused
before the journal is touched."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trustjournal import app, cli

SECRET = "my partner read my messages"


def state(folder: Path) -> dict[str, str]:
    """Every file of the journal folder by hash (the lock file holds a process id)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(".lock")
    }


def run_bytes(*argv: str | bytes, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "trustjournal", *argv], input=stdin,
                          capture_output=True, timeout=60,
                          env={**os.environ, "LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"})


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    made = run_bytes("--data-dir", str(data), "add", "--title", "First", "kept as it is")
    assert made.returncode == 0, made.stderr
    return data


def test_an_unexpected_error_is_one_calm_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_args: object, _out: object) -> int:
        raise UnicodeEncodeError("utf-8", SECRET, 0, 1, "surrogates not allowed")

    monkeypatch.setitem(cli.COMMANDS, "list", broken)
    err = io.StringIO()
    code = cli.run(cli.parse(["list"]), out=io.StringIO(), err=err)
    assert code == cli.EXIT_ERROR
    line = err.getvalue()
    assert line.count("\n") == 1 and "UnicodeEncodeError" in line
    assert SECRET not in line and "Traceback" not in line


def test_the_entry_point_catches_what_run_lets_through(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(cli, "run", broken)
    assert app.main(["list"]) == cli.EXIT_ERROR
    captured = capsys.readouterr()
    assert "RuntimeError" in captured.err and SECRET not in captured.err
    assert "Traceback" not in captured.err and captured.out == ""


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        ((b"caf\xe9 with a bad byte",), b"", b"the entry text is not valid UTF-8"),
        (("--title", b"\xff\xfe", "fine text"), b"", b"the title (--title) is not valid"),
        (("--tags", b"ok,\xc3(", "fine text"), b"", b"the tags (--tags) is not valid"),
        ((), b"caf\xe9 latin-1 text\n", b"standard input is not UTF-8"),
        (("-",), b"\xff" * 3, b"standard input is not UTF-8"),
    ],
)
def test_add_refuses_bytes_that_are_not_utf8(folder: Path, argv: tuple[str | bytes, ...],
                                             stdin: bytes, message: bytes) -> None:
    before = state(folder)
    result = run_bytes("--data-dir", str(folder), "add", *argv, stdin=stdin)
    assert result.returncode == cli.EXIT_USAGE, result.stderr
    assert message in result.stderr and b"nothing was saved" in result.stderr
    assert b"Traceback" not in result.stderr
    assert state(folder) == before


def test_add_still_takes_utf8_from_stdin(folder: Path) -> None:
    result = run_bytes("--data-dir", str(folder), "add", "--title", "Piped",
                       stdin="\ufeffgrüße 🌱\n".encode())
    assert result.returncode == 0, result.stderr
    listed = run_bytes("--data-dir", str(folder), "search", "grüße", "--json")
    assert "grüße 🌱".encode() in listed.stdout


def test_a_hostile_import_never_shows_a_traceback(tmp_path: Path, folder: Path) -> None:
    """The end-to-end case the review found: a title that cannot be stored."""
    export = tmp_path / "export.json"
    export.write_text(
        '{"format": "trustjournal", "version": 1, "entries": [{"uuid": '
        '"5e1c2d3a-4b5c-4d6e-8f70-8192a3b4c5d6", "kind": "free", "title": "\\ud800", '
        '"body": "' + SECRET + '", "local_date": "2022-05-01", "created_utc": '
        '"2022-05-01T20:00:00Z", "updated_utc": "2022-05-01T20:00:00Z"}]}', "utf-8")
    before = state(folder)
    result = run_bytes("--data-dir", str(folder), "import", str(export))
    assert result.returncode == cli.EXIT_ERROR
    assert b"Traceback" not in result.stderr and SECRET.encode() not in result.stderr
    assert b"entry 1" in result.stderr and b"'title' holds characters" in result.stderr
    assert state(folder) == before
