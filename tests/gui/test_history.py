"""The History window, driven by keys and clicks, and what it leaves in the journal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from trustjournal.core.entries import EntryEdit
from trustjournal.gui.history import HistoryDialog, diff_html, when_label
from trustjournal.gui.main_window import PAGES

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def open_entry(window, entry_uuid: str):  # type: ignore[no-untyped-def]
    view = window.journal_view
    view.model.reload()
    window.show_page(PAGES.index("Journal"))
    assert view.select_entry(entry_uuid)
    return view.editor


def open_history(qtbot, editor) -> HistoryDialog:  # type: ignore[no-untyped-def]
    editor.body_edit.setFocus()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_H, CTRL)
    dialog = editor.history_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_ctrl_h_lists_versions_compares_and_restores_by_keyboard(qtbot, window, journal) -> None:
    entry, _ = journal.create_entry(title="Evening", body="We talked.\nI stayed calm.",
                                    tags=["talk"])
    journal.update_entry(entry.uuid, EntryEdit(body="We talked.\nI stayed calm.\nThen we slept."))
    editor = open_entry(window, entry.uuid)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(editor.body_edit, " Good night.")  # unsaved: History saves it first

    dialog = open_history(qtbot, editor)
    assert dialog.windowTitle() == "History"  # never the entry's words
    assert journal.get_entry(entry.uuid).body.endswith("Then we slept. Good night.")
    items = [dialog.versions.item(i).text() for i in range(dialog.versions.count())]
    assert len(items) == 2
    assert items[0].startswith("Today, ") and "8 words · We talked. I stayed calm. Then we slept." \
        in items[0]
    assert "5 words · We talked. I stayed calm." in items[1]
    qtbot.waitUntil(dialog.versions.hasFocus)
    assert dialog.versions.currentRow() == 0
    shown = dialog.diff_view.toPlainText()
    assert "− Then we slept." in shown and "+ Then we slept. Good night." in shown

    qtbot.keyClick(dialog.versions, Qt.Key.Key_Down)  # the oldest version
    assert dialog.selected().body == "We talked.\nI stayed calm."
    assert "+ Then we slept. Good night." in dialog.diff_view.toPlainText()
    qtbot.keyClick(dialog.versions, Qt.Key.Key_V, ALT)  # "This version": its whole text
    assert dialog.tabs.currentWidget() is dialog.version_view
    assert dialog.version_view.toPlainText() == "We talked.\nI stayed calm."
    assert "kept in this history first" in dialog.note.text()

    qtbot.keyClick(dialog.versions, Qt.Key.Key_R, ALT)  # Restore this version
    qtbot.waitUntil(lambda: editor.history_dialog is None)  # closed and gone
    assert editor.body_edit.toPlainText() == "We talked.\nI stayed calm."
    assert journal.get_entry(entry.uuid).body == "We talked.\nI stayed calm."
    assert "kept in History" in editor.status_label.text()
    assert not editor.dirty
    history = journal.history(entry.uuid)
    assert history[0].body == "We talked.\nI stayed calm.\nThen we slept. Good night."
    assert len(history) == 3
    assert window.journal_view.model.index(window.journal_view.model.row_of(entry.uuid)).data() \
        == "Evening"


def test_restore_by_click_brings_back_title_and_tags(qtbot, window, journal) -> None:
    entry, _ = journal.create_entry(title="First title", body="same", tags=["calm"],
                                    local_date=dt.date(2024, 3, 1))
    journal.update_entry(entry.uuid, EntryEdit(title="Second title", tags=("anger",),
                                               local_date=dt.date(2024, 3, 2)))
    editor = open_entry(window, entry.uuid)
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    dialog = editor.history_dialog
    assert dialog is not None
    assert "The text is the same as now." in dialog.diff_view.toPlainText()
    fields = dialog.fields_label.text()
    assert "Title then: First title · now: Second title" in fields
    assert "Tags then: calm · now: anger" in fields
    assert "Day then: 2024-03-01 · now: 2024-03-02" in fields
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert editor.title_edit.text() == "First title"
    assert editor.tags_edit.text() == "calm"
    assert editor.date_edit.date().toPython() == dt.date(2024, 3, 1)
    saved = journal.get_entry(entry.uuid)
    assert (saved.title, saved.tags, saved.local_date) == ("First title", ("calm",),
                                                          dt.date(2024, 3, 1))
    assert [t.name for t in journal.tag_counts()] == ["calm"]


def test_an_entry_without_versions_says_so(qtbot, window, journal) -> None:
    entry, _ = journal.create_entry(title="Only once", body="never changed")
    editor = open_entry(window, entry.uuid)
    dialog = open_history(qtbot, editor)
    assert dialog.versions.count() == 0
    assert dialog.empty_label.isVisible() and "No earlier versions yet" in dialog.empty_label.text()
    assert not dialog.restore_button.isEnabled()
    assert not dialog.restore_selected()
    qtbot.keyClick(dialog.versions, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.history_dialog is None)


def test_history_waits_for_a_first_save(qtbot, window, journal) -> None:
    window.write_new()
    editor = window.journal_view.editor
    assert not editor.history_button.isEnabled()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_H, CTRL)
    assert editor.history_dialog is None
    assert "once this entry is saved" in editor.status_label.text()
    qtbot.keyClicks(editor.body_edit, "now there is something")
    assert editor.save()
    assert editor.history_button.isEnabled()


def test_ctrl_h_is_free_in_every_editor_field(qtbot, window, journal) -> None:
    entry, _ = journal.create_entry(title="T", body="b", tags=["x"])
    editor = open_entry(window, entry.uuid)
    for field in (editor.title_edit, editor.tags_edit, editor.body_edit):
        window.activateWindow()  # the offscreen platform does not give it back by itself
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_H, CTRL)
        dialog = editor.history_dialog
        assert dialog is not None, field.accessibleName()
        dialog.reject()
        qtbot.waitUntil(lambda: editor.history_dialog is None)
    assert editor.title_edit.text() == "T" and editor.body_edit.toPlainText() == "b"


def test_a_trashed_entry_shows_history_but_restores_nothing(qtbot, window, journal) -> None:
    entry, _ = journal.create_entry(body="one")
    journal.update_entry(entry.uuid, EntryEdit(body="two"))
    journal.trash_entry(entry.uuid)
    view = window.journal_view
    window.show_page(PAGES.index("Journal"))
    view.show_trash_action.trigger()
    assert view.select_entry(entry.uuid)
    dialog = view.editor.show_history()
    assert dialog is not None and dialog.versions.count() == 1
    assert not dialog.restore_button.isEnabled()
    assert "in the trash" in dialog.note.text()
    assert not dialog.restore_selected()
    assert journal.get_entry(entry.uuid).body == "two"


def test_diff_html_marks_lines_and_words() -> None:
    html = diff_html("one\ntwo <b>\nthree", "one\ntwo & more\nthree")
    assert "&lt;b&gt;" in html and "&amp; more" in html  # the text is never markup
    assert "<s " in html and "<b " in html
    assert diff_html("same", "same") == "<p>The text is the same as now.</p>"


def test_when_label_uses_the_local_clock() -> None:
    now = dt.datetime.now().astimezone()
    assert when_label(now.astimezone(dt.UTC), now).startswith("Today, ")
    assert when_label(now - dt.timedelta(days=1), now).startswith("Yesterday, ")
    older = dt.datetime(2023, 3, 6, 9, 5).astimezone()
    assert when_label(older, now) == "Mon 6 Mar 2023, 09:05"
