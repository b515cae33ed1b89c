"""`trustjournal add` with the text written in $EDITOR through a private, shredded file."""

from __future__ import annotations

import io
import json
import os
import shlex
import stat
import sys
from pathlib import Path

import pytest

from trustjournal import cli
from trustjournal.cli_editor import EDITING_DIR, shred
from trustjournal.storage import keyslots, open_journal

# A stand-in editor: notes the file it was given (path and mode), then writes the text.
EDITOR = """
import json, os, stat, sys
path = sys.argv[-1]
with open(os.environ["EDITOR_LOG"], "a") as log:
    log.write(json.dumps({"path": path, "mode": stat.S_IMODE(os.stat(path).st_mode),
                          "before": open(path).read()}) + "\\n")
with open(path, "w", encoding="utf-8") as handle:
    handle.write(os.environ["EDITOR_TEXT"])
sys.exit(int(os.environ.get("EDITOR_EXIT", "0")))
"""


def call(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(list(argv)), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    script = tmp_path / "fake editor.py"
    script.write_text(EDITOR, "utf-8")
    log = tmp_path / "editor.log"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", shlex.join([sys.executable, str(script)]))
    monkeypatch.setenv("EDITOR_LOG", str(log))
    monkeypatch.setenv("EDITOR_TEXT", "Written in my editor.\nSecond line.\n")
    return log


def launches(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines()]


def test_editor_text_is_saved_and_its_file_shredded(tmp_path: Path, editor: Path) -> None:
    folder = tmp_path / "journal"
    code, out = call("--data-dir", str(folder), "add", "--editor", "--title", "Evening",
                     "--tags", "calm")
    assert code == 0, out
    (launch,) = launches(editor)
    edited = Path(str(launch["path"]))
    assert edited.parent == folder / EDITING_DIR
    assert launch["mode"] == 0o600 and launch["before"] == ""
    assert not edited.exists() and list((folder / EDITING_DIR).iterdir()) == []
    if os.name == "posix":
        assert stat.S_IMODE((folder / EDITING_DIR).stat().st_mode) == 0o700
    with open_journal(folder / "notes.db") as journal:
        (summary,) = journal.iter_entries()
        entry = journal.get_entry(summary.uuid)
    assert entry.body == "Written in my editor.\nSecond line.\n"
    assert entry.title == "Evening" and entry.tags == ("calm",)


def test_at_a_terminal_add_without_text_opens_the_editor(
    tmp_path: Path, editor: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tty = io.StringIO()
    tty.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", tty)
    code, out = call("--data-dir", str(tmp_path / "j"), "add")
    assert code == 0, out
    assert len(launches(editor)) == 1


def test_piped_text_still_goes_in_without_an_editor(
    tmp_path: Path, editor: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("from a pipe\n"))
    code, out = call("--data-dir", str(tmp_path / "j"), "add")
    assert code == 0, out
    assert launches(editor) == []
    with open_journal(tmp_path / "j" / "notes.db") as journal:
        assert [journal.get_entry(e.uuid).body for e in journal.iter_entries()] == [
            "from a pipe\n"]


@pytest.mark.parametrize(("text", "exit_code", "said"), [
    ("Some words", "3", "exit code 3"),
    ("   \n", "0", "nothing to save"),
])
def test_a_failed_or_empty_edit_saves_nothing_and_leaves_no_file(
    tmp_path: Path, editor: Path, monkeypatch: pytest.MonkeyPatch,
    text: str, exit_code: str, said: str,
) -> None:
    monkeypatch.setenv("EDITOR_TEXT", text)
    monkeypatch.setenv("EDITOR_EXIT", exit_code)
    folder = tmp_path / "journal"
    code, out = call("--data-dir", str(folder), "add", "--editor")
    assert code == cli.EXIT_USAGE and said in out
    assert list((folder / EDITING_DIR).iterdir()) == []
    with open_journal(folder / "notes.db") as journal:
        assert journal.count_entries() == 0


def test_no_editor_set_says_how(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    code, out = call("--data-dir", str(tmp_path / "j"), "add", "--editor")
    assert code == cli.EXIT_USAGE and "$EDITOR" in out


def test_an_editor_that_cannot_start_is_named(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(tmp_path / "no-such-editor"))
    code, out = call("--data-dir", str(tmp_path / "j"), "add", "--editor")
    assert code == cli.EXIT_USAGE and "could not be started" in out
    assert list((tmp_path / "j" / EDITING_DIR).iterdir()) == []


def test_encrypted_journal_is_unlocked_before_the_editor_opens(
    tmp_path: Path, editor: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))
    folder = tmp_path / "journal"
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, "quiet harbour lantern")
    assert call("--data-dir", str(folder), "init", "--encrypt")[0] == 0
    monkeypatch.setenv(cli.ENV_PASSPHRASE, "not the passphrase")
    code, _ = call("--data-dir", str(folder), "add", "--editor")
    assert code != 0 and launches(editor) == []  # nobody writes only to lose it
    monkeypatch.setenv(cli.ENV_PASSPHRASE, "quiet harbour lantern")
    code, out = call("--data-dir", str(folder), "add", "--editor")
    assert code == 0, out
    assert len(launches(editor)) == 1


def test_shred_overwrites_the_bytes_before_removing(tmp_path: Path) -> None:
    secret = tmp_path / "entry.md"
    secret.write_bytes(b"private words" * 10_000)
    other_name = tmp_path / "same-bytes"
    os.link(secret, other_name)  # a second name for the same bytes on disk
    shred(secret)
    assert not secret.exists()
    assert other_name.read_bytes() == b"\0" * 130_000


def test_words_are_kept_when_the_journal_cannot_save_them(
    tmp_path: Path, editor: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from trustjournal.storage import JournalError
    from trustjournal.storage.journal import Journal

    def full_disk(self, **kwargs):  # type: ignore[no-untyped-def]
        raise JournalError("The journal could not be saved: database or disk is full")

    monkeypatch.setattr(Journal, "create_entry", full_disk)
    folder = tmp_path / "journal"
    code, out = call("--data-dir", str(folder), "add", "--editor")
    assert code == cli.EXIT_USAGE and "kept in" in out
    (kept,) = (folder / EDITING_DIR).iterdir()
    assert kept.name.startswith("unsaved-") and str(kept) in out
    assert kept.read_text("utf-8") == "Written in my editor.\nSecond line.\n"
    assert "Written in my editor" not in out
