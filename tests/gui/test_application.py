"""Start-up as the entry point runs it: shell first, journal opened on a worker thread."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from trustjournal.gui import application


def args_for(folder: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(folder), command=None)


def test_opens_the_journal_and_releases_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    from trustjournal.storage import open_journal

    open_journal(tmp_path / "notes.db").close()  # a plain journal (first run: test_privacy)
    monkeypatch.setenv("TRUSTJOURNAL_STARTUP_PROBE", "ready")
    assert application.run_gui(args_for(tmp_path)) == 0
    # The journal was created, closed and unlocked: it opens again here.
    with open_journal(tmp_path / "notes.db") as journal:
        assert journal.count_entries() == 0


@pytest.mark.parametrize("content", [b"not a journal at all" * 50, b""])
def test_a_bad_file_gets_a_message_not_a_traceback(
    qtbot, tmp_path: Path, monkeypatch, content: bytes
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    if not content:  # an empty file is a new journal; make the folder unusable instead
        path.unlink()
        path.mkdir()
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert application.run_gui(args_for(tmp_path)) == 1
    assert shown and "Traceback" not in shown[0]
    if content:
        assert "could not be read" in shown[0]
        assert path.read_bytes() == content


def test_a_second_window_on_the_same_journal_is_refused(qtbot, journal, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert application.run_gui(args_for(journal.path.parent)) == 1
    assert "already open" in shown[0]
    journal.create_entry(body="the first window still works")
