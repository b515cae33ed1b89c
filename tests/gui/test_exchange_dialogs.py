"""The Export and Import dialogs, driven as a user would: choices, progress, cancel."""

from __future__ import annotations

import datetime as dt
import json
import stat

import pytest
from PySide6.QtCore import Qt

from trustjournal.gui.export_dialog import ENCRYPTED_WARNING, EntryPickerDialog, ExportDialog
from trustjournal.gui.import_dialog import ImportDialog
from trustjournal.gui.tasks import Task

JRNL_SAMPLE = {
    "tags": {"@work": 1},
    "entries": [
        {"title": "First from jrnl.", "body": "A calm day.", "date": "2021-03-04",
         "time": "20:11", "tags": ["@work"], "starred": True},
        {"title": "Second from jrnl.", "body": "", "date": "2021-03-05", "time": "08:00",
         "tags": [], "starred": False},
    ],
}


@pytest.fixture
def filled(journal):  # type: ignore[no-untyped-def]
    for day, title, tags in (
        (dt.date(2024, 1, 5), "Winter walk", ("calm",)),
        (dt.date(2024, 2, 9), "Hard talk", ("talk",)),
        (dt.date(2024, 3, 1), "Spring plans", ("calm", "plans")),
    ):
        journal.create_entry(title=title, body=f"{title} body", tags=tags, local_date=day)
    return journal


def export_dialog(qtbot, journal, encrypted: bool = False) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(journal, encrypted=encrypted,
                          exercise_titles={"challenge_a_thought": "Challenge a thought"})
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_format(dialog: ExportDialog, name: str) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(name))


def wait_idle(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def test_export_writes_a_private_file_with_the_chosen_entries(qtbot, filled, tmp_path):  # type: ignore[no-untyped-def]
    dialog = export_dialog(qtbot, filled)
    choose_format(dialog, "json")
    assert dialog.count_label.text() == "3 entries will be exported."
    assert not dialog.warning.isVisibleTo(dialog)
    # Tick a tag: only entries with it go out.
    calm = dialog.tag_list.findItems("calm (2)", Qt.MatchFlag.MatchExactly)[0]
    calm.setCheckState(Qt.CheckState.Checked)
    assert dialog.count_label.text() == "2 entries will be exported."
    target = tmp_path / "out.json"
    dialog.start_export(target)
    wait_idle(qtbot, dialog)
    assert dialog.message.text() == f"Exported 2 entries to {target}."
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    titles = sorted(e["title"] for e in json.loads(target.read_text("utf-8"))["entries"])
    assert titles == ["Spring plans", "Winter walk"]


def test_dates_and_kinds_narrow_the_export(qtbot, filled, tmp_path):  # type: ignore[no-untyped-def]
    dialog = export_dialog(qtbot, filled)
    qtbot.mouseClick(dialog.limit_dates, Qt.MouseButton.LeftButton)
    dialog.start.setDate(dt.date(2024, 2, 1))
    dialog.end.setDate(dt.date(2024, 2, 28))
    assert dialog.count_label.text() == "1 entry will be exported."
    dialog.kind_boxes["free"].setChecked(False)
    assert dialog.count_label.text() == "0 entries will be exported."
    assert not dialog.export_button.isEnabled()
    for box in dialog.kind_boxes.values():
        box.setChecked(False)
    assert dialog.count_label.text() == "Tick at least one kind of entry."


def test_entries_can_be_left_out_one_by_one(qtbot, filled, tmp_path):  # type: ignore[no-untyped-def]
    dialog = export_dialog(qtbot, filled)
    choose_format(dialog, "markdown-single")
    picker = EntryPickerDialog(filled, dialog.export_filter(), dialog.excluded, dialog)
    qtbot.addWidget(picker)
    rows = [picker.list.item(r).text() for r in range(picker.list.count())]
    assert rows == ["5 Jan 2024  Winter walk", "9 Feb 2024  Hard talk", "1 Mar 2024  Spring plans"]
    picker.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.excluded = picker.excluded()
    dialog._filter_changed()
    assert dialog.count_label.text() == "2 entries will be exported (1 left out by hand)."
    target = tmp_path / "packet.md"
    dialog.start_export(target)
    wait_idle(qtbot, dialog)
    text = target.read_text("utf-8")
    assert "Winter walk" in text and "Spring plans" in text and "Hard talk" not in text


def test_an_encrypted_journal_warns_the_export_is_not(qtbot, filled):  # type: ignore[no-untyped-def]
    dialog = export_dialog(qtbot, filled, encrypted=True)
    assert dialog.warning.isVisibleTo(dialog)
    assert dialog.warning.text() == ENCRYPTED_WARNING


def test_a_cancelled_export_leaves_no_file(qtbot, filled, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    started = Task.start

    def cancel_then_start(self):  # type: ignore[no-untyped-def]
        self.cancel()  # as if Cancel was pressed before the first entry was written
        return started(self)

    monkeypatch.setattr(Task, "start", cancel_then_start)
    dialog = export_dialog(qtbot, filled)
    choose_format(dialog, "html")
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.start_export(folder / "out.html")
    wait_idle(qtbot, dialog)
    assert dialog.message.text() == "Export cancelled. No file was left behind."
    assert list(folder.iterdir()) == []


def test_a_folder_that_cannot_take_the_file_gets_a_clear_message(qtbot, filled, tmp_path):  # type: ignore[no-untyped-def]
    # A plain file where the folder should be: no write can succeed there, even as root.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", "utf-8")
    dialog = export_dialog(qtbot, filled)
    dialog.start_export(blocker / "out.json")
    wait_idle(qtbot, dialog)
    text = dialog.message.text()
    assert str(blocker) in text and "Exported" not in text
    assert blocker.read_text("utf-8") == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "not-a-folder"]


def import_dialog(qtbot, journal):  # type: ignore[no-untyped-def]
    from trustjournal.gui.events import AppEvents

    events = AppEvents()
    dialog = ImportDialog(journal, events)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, events


def test_import_previews_then_adds_and_skips_on_a_second_run(qtbot, journal, tmp_path):  # type: ignore[no-untyped-def]
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(JRNL_SAMPLE), "utf-8")
    dialog, events = import_dialog(qtbot, journal)
    dialog.set_path(source)
    wait_idle(qtbot, dialog)
    assert "2 entries, 2021-03-04 to 2021-03-05, 1 tag" in dialog.preview.text()
    assert journal.count_entries() == 0  # nothing before the user says so
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(events.changed, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.preview.text() == "Added 2 entries to your journal."
    assert sorted(e.title for e in journal.iter_entries()) == [
        "First from jrnl.", "Second from jrnl."]
    dialog.set_path(source)
    wait_idle(qtbot, dialog)
    assert "already in your journal" in dialog.preview.text()
    assert not dialog.import_button.isEnabled()


def test_a_bad_file_is_named_and_the_journal_untouched(qtbot, journal, tmp_path):  # type: ignore[no-untyped-def]
    journal.create_entry(title="Mine", body="kept")
    source = tmp_path / "broken.json"
    source.write_text('{"entries": [{"title": "x", "date": "2021-03-04"', "utf-8")
    dialog, _ = import_dialog(qtbot, journal)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jrnl"))
    dialog.set_path(source)
    wait_idle(qtbot, dialog)
    text = dialog.preview.text()
    assert str(source) in text and "truncated" in text
    assert "your journal is unchanged" in text
    assert not dialog.import_button.isEnabled()
    assert [e.title for e in journal.iter_entries()] == ["Mine"]


def test_the_window_opens_both_dialogs_from_the_toolbar(qtbot, window):  # type: ignore[no-untyped-def]
    window.export_action.trigger()
    exports = [w for w in window.findChildren(ExportDialog) if w.isVisible()]
    assert len(exports) == 1
    exports[0].close()
    window.import_action.trigger()
    imports = [w for w in window.findChildren(ImportDialog) if w.isVisible()]
    assert len(imports) == 1
    imports[0].close()
    assert window.export_action.shortcut().toString() == "Ctrl+Shift+E"


def test_the_pdf_packet_can_start_with_the_progress_summary(qtbot, journal, tmp_path):  # type: ignore[no-untyped-def]
    from tests.exchange.test_exporters import pdf_text
    from tests.storage.test_stats import checkin

    for day, anxiety in ((1, 8), (8, 6), (15, 4), (22, 2)):
        checkin(journal, dt.date(2024, 4, day), 5, anxiety, 5)
    dialog = export_dialog(qtbot, journal)
    choose_format(dialog, "pdf")
    assert dialog.summary.isVisibleTo(dialog) and not dialog.revisions.isVisibleTo(dialog)
    dialog.limit_dates.setChecked(True)
    dialog.start.setDate(dt.date(2024, 4, 1))
    dialog.end.setDate(dt.date(2024, 4, 28))
    dialog.summary.setChecked(True)
    target = tmp_path / "packet.pdf"
    dialog.start_export(target)
    wait_idle(qtbot, dialog)
    assert dialog.message.text() == f"Exported 4 entries to {target}."
    text = " ".join(" ".join(page.split()) for page in pdf_text(target))
    assert "Progress summary" in text and "anxiety fell" in text


def test_locking_stops_a_running_import_before_the_journal_closes(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path, monkeypatch):
    import threading

    from trustjournal.exchange import runner

    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(JRNL_SAMPLE), "utf-8")
    journal = window.journal
    dialog = window.show_import()
    dialog.set_path(source)
    wait_idle(qtbot, dialog)
    # Hold the import at its first progress report until the lock has cancelled it.
    reached = threading.Event()
    real_import = runner.import_file

    def slow_import(journal, path, fmt, progress):  # type: ignore[no-untyped-def]
        def held(done, total):  # type: ignore[no-untyped-def]
            reached.set()
            while progress(done, total):
                threading.Event().wait(0.01)
            return False

        return real_import(journal, path, fmt, held)

    monkeypatch.setattr(runner, "import_file", slow_import)
    dialog.start_import()
    assert reached.wait(10)
    assert window.lock()
    assert not dialog.isVisible()
    from trustjournal.storage import open_journal

    with open_journal(journal.path) as reopened:
        assert reopened.count_entries() == 0  # cancelled: nothing was kept


@pytest.mark.parametrize("place", ["key file", "data folder", "parent of the data folder"])
def test_the_export_dialog_refuses_the_journals_own_files(qtbot, filled, place):  # type: ignore[no-untyped-def]
    data = filled.path.parent
    keys = data / "notes.keys"
    keys.write_bytes(b"stand-in for the wrapped keys")
    def files() -> dict:  # type: ignore[type-arg]
        # SQLite's shared-memory index changes with every read; it holds no data.
        return {p: p.read_bytes() for p in data.rglob("*")
                if p.is_file() and not p.name.endswith("-shm")}

    before = files()
    dialog = export_dialog(qtbot, filled)
    choose_format(dialog, "markdown" if place != "key file" else "json")
    target = {"key file": keys, "data folder": data,
              "parent of the data folder": data.parent}[place]
    # The save dialog's "replace it?" was answered yes: still refused, and at once.
    dialog.start_export(target, overwrite=True)
    assert dialog.task is None
    assert "journal's own folder" in dialog.message.text()
    assert not dialog.show_button.isVisibleTo(dialog)
    assert files() == before
    assert dialog.export_button.isEnabled()


def test_the_import_preview_says_how_many_titles_will_be_shortened(qtbot, journal, tmp_path):  # type: ignore[no-untyped-def]
    from trustjournal.exchange import runner

    for n in range(3):
        journal.create_entry(title=f"title {n}", body="kept")
    source = tmp_path / "mine.json"
    runner.export(journal, "json", source)
    # Another program wrote longer titles than a journal keeps (one exactly at the limit).
    data = json.loads(source.read_text("utf-8"))
    for entry, title in zip(data["entries"], ["word " * 130, "x" * 600, "y" * 500],
                            strict=True):
        entry["title"] = title
    source.write_text(json.dumps(data), "utf-8")
    other = tmp_path / "other" / "notes.db"
    from trustjournal.storage import open_journal

    target = open_journal(other)
    try:
        dialog, _ = import_dialog(qtbot, target)
        dialog.set_path(source)
        wait_idle(qtbot, dialog)
        assert "3 entries" in dialog.preview.text()
        assert "2 titles shortened to 500 characters" in dialog.preview.text()
    finally:
        target.close()
