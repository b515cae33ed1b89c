"""Crash recovery: unsaved words are kept inside the journal while typing, and offered
back at the next start. The first test kills a real app process with SIGKILL."""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from trustjournal.core.entries import RecoverySnapshot
from trustjournal.gui import editor as editor_module
from trustjournal.gui.main_window import PAGES, MainWindow
from trustjournal.gui.recovery import RecoveryDialog
from trustjournal.storage import open_journal

TYPED = (" and then I told her how scared I was, and she listened to all of it. "
         "Nobody rushed. I think we both slept better than we have in weeks. ✨")

# The app as a person runs it, minus the person: open the journal, show the window, open
# the entry (or a new one) and type one key every 40 ms, like a steady typist. The first
# recovery snapshot (about two seconds in) freezes the process, as a power cut would
# between two keys; the test then kills it.
CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from trustjournal.gui.main_window import MainWindow
from trustjournal.storage import open_journal

path, entry_uuid, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = QApplication([])
journal = open_journal(path)
window = MainWindow(journal)
window.show()
if entry_uuid == "new":
    window.write_new()
else:
    window.open_entry(entry_uuid)
editor = window.journal_view.editor
editor.body_edit.setFocus()
QTest.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
typed = []

def type_one():
    if len(typed) < len(text):
        QTest.keyClicks(editor.body_edit, text[len(typed)])
        typed.append(text[len(typed)])

def snapshot_written(uuid):
    print(json.dumps({"uuid": uuid, "typed": "".join(typed),
                      "saved_body": journal.get_entry(uuid).body if uuid == entry_uuid
                      else None}), flush=True)
    time.sleep(120)  # frozen until killed: no save can happen from here

editor.snapshot_written.connect(snapshot_written)
editor.saved.connect(lambda uuid: print(json.dumps({"saved": uuid}), flush=True))
keys = QTimer()
keys.timeout.connect(type_one)
keys.start(40)
app.exec()
"""


def run_and_kill(journal_file: Path, entry_uuid: str) -> dict[str, str]:
    """Run the app in a child process until it keeps a snapshot, then SIGKILL it."""
    errors = journal_file.parent.parent / "child-stderr.txt"
    lines: queue.Queue[str] = queue.Queue()
    with errors.open("w") as stderr, subprocess.Popen(
        [sys.executable, "-c", CHILD, str(journal_file), entry_uuid, TYPED],
        stdout=subprocess.PIPE, stderr=stderr, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as child:
        assert child.stdout is not None
        reader = threading.Thread(target=lambda: [lines.put(line) for line in child.stdout],
                                  daemon=True)
        reader.start()
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            line = ""
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        reader.join(timeout=30)
    if not line:
        pytest.fail(f"the child never kept a snapshot: {errors.read_text()[-2000:]}")
    assert child.returncode == -signal.SIGKILL
    report = json.loads(line)
    assert "saved" not in report, "the child saved before it was killed"
    return report


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_words_typed_before_a_kill_are_offered_and_restored(qtbot, journal_file) -> None:
    with open_journal(journal_file) as journal:
        entry, _ = journal.create_entry(title="The talk", body="We sat down after dinner,")
    report = run_and_kill(journal_file, entry.uuid)
    typed = report["typed"]
    assert 0 < len(typed) < len(TYPED)  # killed mid-sentence, a couple of seconds in
    assert report["uuid"] == entry.uuid and report["saved_body"] == entry.body

    journal = open_journal(journal_file)
    try:
        assert journal.get_entry(entry.uuid).body == entry.body  # autosave never ran
        assert journal.integrity_problems() == []
        window = MainWindow(journal)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.journal_view.recovery_offer is not None)
        dialog = window.journal_view.recovery_offer
        assert dialog.isVisible()
        assert dialog.snapshot.body == entry.body + typed  # exactly what was typed
        assert "closed before these words were saved" in dialog.heading.text()
        assert "“The talk”" in dialog.explain.text()
        assert "+ " + entry.body + typed in dialog.text_view.toPlainText()
        assert "Words kept" in dialog.windowTitle()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

        editor = window.journal_view.editor
        assert window.current_page() == "Journal"
        assert editor.entry_uuid == entry.uuid
        assert editor.body_edit.toPlainText() == entry.body + typed
        assert not editor.dirty
        assert journal.get_entry(entry.uuid).body == entry.body + typed  # saved
        assert [r.body for r in journal.history(entry.uuid)] == [entry.body]
        assert journal.recovered() == []
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert editor.body_edit.toPlainText() == entry.body  # the restore is one undo step
        editor.save()
        window.close()
    finally:
        journal.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_new_entry_typed_before_a_kill_comes_back_once(qtbot, journal_file) -> None:
    open_journal(journal_file).close()
    report = run_and_kill(journal_file, "new")
    journal = open_journal(journal_file)
    try:
        assert journal.count_entries() == 0
        window = MainWindow(journal)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.journal_view.recovery_offer is not None)
        dialog = window.journal_view.recovery_offer
        assert dialog.text_view.toPlainText() == report["typed"]
        assert "new entry that had not been saved" in dialog.explain.text()
        assert dialog.keep_button.text() == "&Put them in the trash"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Restore is the default button
        entries = list(journal.iter_entries())
        assert [e.uuid for e in entries] == [report["uuid"]]  # the uuid chosen before
        assert journal.get_entry(report["uuid"]).body == report["typed"]
        assert journal.recovered() == []
        window.close()
    finally:
        journal.close()


# -- in one process ----------------------------------------------------------------------


def snapshot(uuid: str, body: str, **fields: object) -> RecoverySnapshot:
    values: dict[str, object] = {"entry_uuid": uuid, "title": "The talk", "body": body,
                                 "tags": ("talk",), "local_date": dt.date(2024, 3, 1)}
    values.update(fields)
    return RecoverySnapshot(**values)  # type: ignore[arg-type]


def shown_offer(qtbot, journal) -> tuple[MainWindow, RecoveryDialog]:  # type: ignore[no-untyped-def]
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.journal_view.recovery_offer is not None)
    return window, window.journal_view.recovery_offer


def test_keep_what_was_saved_puts_the_words_in_history(qtbot, journal) -> None:
    entry, _ = journal.create_entry(title="The talk", body="saved", tags=["talk"],
                                    local_date=dt.date(2024, 3, 1))
    journal.save_recovery(snapshot(entry.uuid, "saved and unsaved"))
    window, dialog = shown_offer(qtbot, journal)
    assert dialog.keep_button.text() == "&Keep what was saved"
    assert "History" in dialog.note.text()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert journal.get_entry(entry.uuid).body == "saved"
    assert [r.body for r in journal.history(entry.uuid)] == ["saved and unsaved"]
    assert journal.recovered() == []
    assert "Kept what was saved" in window.statusBar().currentMessage()
    window.close()


def test_closing_the_offer_loses_nothing(qtbot, journal) -> None:
    journal.save_recovery(snapshot("0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e21", "never saved",
                                   is_new=True))
    window, dialog = shown_offer(qtbot, journal)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    trashed = list(journal.iter_entries(trashed=True))
    assert [t.uuid for t in trashed] == ["0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e21"]
    assert journal.get_entry(trashed[0].uuid).body == "never saved"
    assert journal.recovered() == []
    window.close()


def test_a_snapshot_that_matches_what_was_saved_is_dropped_quietly(qtbot, journal) -> None:
    entry, _ = journal.create_entry(title="The talk", body="all saved", tags=["talk"],
                                    local_date=dt.date(2024, 3, 1))
    journal.save_recovery(snapshot(entry.uuid, "all saved"))  # saved, then killed
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: journal.recovered() == [])
    assert window.journal_view.recovery_offer is None
    window.close()


def test_several_entries_are_offered_one_after_another(qtbot, journal) -> None:
    a, _ = journal.create_entry(title="A", body="a")
    b, _ = journal.create_entry(title="B", body="b")
    journal.save_recovery(snapshot(a.uuid, "a more", title="A"))
    journal.save_recovery(snapshot(b.uuid, "b more", title="B"))
    window, first = shown_offer(qtbot, journal)
    first.restore()
    qtbot.waitUntil(lambda: window.journal_view.recovery_offer not in (None, first))
    second = window.journal_view.recovery_offer
    assert {first.snapshot.entry_uuid, second.snapshot.entry_uuid} == {a.uuid, b.uuid}
    second.reject()
    qtbot.waitUntil(lambda: journal.recovered() == [])
    bodies = {journal.get_entry(a.uuid).body, journal.get_entry(b.uuid).body}
    assert bodies in ({"a more", "b"}, {"a", "b more"})
    window.close()


def test_words_for_an_entry_now_in_the_trash_become_a_new_entry(qtbot, journal) -> None:
    entry, _ = journal.create_entry(title="The talk", body="saved")
    journal.trash_entry(entry.uuid)
    journal.save_recovery(snapshot(entry.uuid, "saved, then more"))
    window, dialog = shown_offer(qtbot, journal)
    assert "now in the trash" in dialog.explain.text()
    dialog.restore()
    [live] = list(journal.iter_entries())
    assert live.uuid != entry.uuid
    assert journal.get_entry(live.uuid).body == "saved, then more"
    assert journal.get_entry(entry.uuid).body == "saved" and journal.recovered() == []
    window.close()


# -- the editor keeps snapshots ----------------------------------------------------------


@pytest.fixture
def quick_snapshots(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor_module, "SNAPSHOT_MS", 50)
    monkeypatch.setattr(editor_module, "AUTOSAVE_MS", 60_000)
    monkeypatch.setattr(editor_module, "MAX_UNSAVED_MS", 60_000)


def test_unsaved_typing_is_kept_in_the_journal_and_cleared_on_save(
        qtbot, window, journal, quick_snapshots) -> None:
    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.title_edit, "Night")
    with qtbot.waitSignal(editor.snapshot_written, timeout=3000) as signal_:
        qtbot.keyClicks(editor.body_edit, "words not saved yet")
    [kept] = journal.recovered()
    assert kept.entry_uuid == signal_.args[0] and kept.is_new
    assert (kept.title, kept.body) == ("Night", "words not saved yet")
    assert journal.count_entries() == 0
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert journal.recovered() == []
    assert editor.entry_uuid == kept.entry_uuid  # the snapshot named the entry to be
    assert journal.get_entry(kept.entry_uuid).body == "words not saved yet"


def test_leaving_the_page_keeps_a_snapshot_at_once(qtbot, window, journal, monkeypatch) -> None:
    monkeypatch.setattr(editor_module, "SNAPSHOT_MS", 60_000)
    monkeypatch.setattr(editor_module, "AUTOSAVE_MS", 60_000)
    entry, _ = journal.create_entry(body="start")
    view = window.journal_view
    view.model.reload()
    window.show_page(PAGES.index("Journal"))
    assert view.select_entry(entry.uuid)
    qtbot.keyClick(view.editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor.body_edit, " more")
    assert journal.recovered() == []
    window.show_page(PAGES.index("Today"))
    assert [s.body for s in journal.recovered()] == ["start more"]
