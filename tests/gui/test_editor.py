"""Typing into the real editor widgets and checking what reaches the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from trustjournal.core.entries import EntryEdit
from trustjournal.gui import editor as editor_module


def rows(journal) -> list:  # type: ignore[no-untyped-def]
    return list(journal.iter_entries())


def test_typing_autosaves_a_new_entry(qtbot, window, journal) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "Journal"
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.title_edit, "Evening")
    qtbot.keyClicks(editor.body_edit, "I trusted him tonight. ")
    assert editor.status_label.text() == "Editing…"
    assert rows(journal) == []  # nothing yet: autosave waits for a pause
    with qtbot.waitSignal(editor.saved, timeout=editor_module.AUTOSAVE_MS + 3000):
        pass
    saved = rows(journal)
    assert [s.title for s in saved] == ["Evening"]
    entry = journal.get_entry(saved[0].uuid)
    assert entry.body == "I trusted him tonight. "
    assert editor.status_label.text() == "Saved"
    assert window.journal_view.model.row_of(entry.uuid) >= 0  # the timeline shows it
    assert window.windowTitle() == "TrustJournal"


def test_further_typing_updates_the_same_entry(qtbot, window, journal) -> None:
    editor = window.journal_view.editor
    window.write_new()
    qtbot.keyClicks(editor.body_edit, "first")
    assert editor.save()
    qtbot.keyClicks(editor.body_edit, " second")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    saved = rows(journal)
    assert len(saved) == 1
    assert journal.get_entry(saved[0].uuid).body == "first second"


def test_an_empty_new_entry_is_not_saved(qtbot, window, journal) -> None:
    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.title_edit, "   ")
    assert editor.save()
    assert rows(journal) == []


def test_tags_star_and_backdating(qtbot, window, journal) -> None:
    journal.create_entry(body="older", tags=["anxiety", "progress"])
    window.journal_view.editor.refresh_tags()
    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "backdated entry")
    window.activateWindow()
    editor.tags_edit.setFocus()  # the tag list is read when the field is first used
    qtbot.waitUntil(editor.tags_edit.hasFocus)
    qtbot.keyClicks(editor.tags_edit, "anx")
    completer = editor.tags_edit.completer()
    assert completer.completionCount() == 1
    assert completer.currentIndex().data() == "anxiety"
    editor.tags_edit.setText(completer.pathFromIndex(completer.currentIndex()))
    assert editor.tags_edit.text() == "anxiety, "
    qtbot.keyClicks(editor.tags_edit, "new tag")
    qtbot.mouseClick(editor.star_button, Qt.MouseButton.LeftButton)
    editor.date_edit.setDate(QDate(2023, 2, 14))
    assert editor.save()
    entry = journal.get_entry(editor.entry_uuid)
    assert entry.tags == ("anxiety", "new tag")
    assert entry.starred
    assert entry.local_date == dt.date(2023, 2, 14)
    assert editor.star_button.text() == "★"


def test_switching_entries_saves_first(qtbot, window, journal) -> None:
    a, _ = journal.create_entry(title="A", body="aaa", local_date=dt.date(2024, 1, 2))
    b, _ = journal.create_entry(title="B", body="bbb", local_date=dt.date(2024, 1, 1))
    view = window.journal_view
    view.model.reload()
    assert view.select_entry(a.uuid)
    qtbot.keyClick(view.editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor.body_edit, " more")
    assert view.select_entry(b.uuid)  # no wait: switching must save right away
    assert journal.get_entry(a.uuid).body == "aaa more"
    assert view.editor.body_edit.toPlainText() == "bbb"


def test_word_count_follows_typing(qtbot, window) -> None:
    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "one two three")
    qtbot.waitUntil(lambda: editor.words_label.text() == "3 words", timeout=3000)


def test_huge_paste_rtl_and_emoji_are_kept(qtbot, window, journal) -> None:
    window.write_new()
    editor = window.journal_view.editor
    text = "مرحبا שלום 😊\n" + ("pasted words " * 80_000)
    editor.body_edit.setPlainText(text)
    assert editor.save()
    assert journal.get_entry(editor.entry_uuid).body == text


def test_failed_save_keeps_text_and_says_so(qtbot, window, journal, monkeypatch) -> None:
    from trustjournal.storage import JournalError

    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "words that must survive")

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise JournalError("The journal could not be saved: database or disk is full")

    monkeypatch.setattr(journal, "create_entry", full)
    assert not editor.save()
    assert "Not saved yet" in editor.status_label.text()
    assert "disk is full" in editor.status_label.text()
    assert editor.body_edit.toPlainText() == "words that must survive"
    assert editor.dirty
    monkeypatch.undo()
    assert editor.save()
    assert journal.get_entry(editor.entry_uuid).body == "words that must survive"


def test_external_edit_refreshes_the_timeline_row(qtbot, window, journal) -> None:
    e, _ = journal.create_entry(title="Before")
    view = window.journal_view
    view.model.reload()
    row = view.model.row_of(e.uuid)
    _, change = journal.update_entry(e.uuid, EntryEdit(title="After"))
    with qtbot.waitSignal(view.model.dataChanged, timeout=1000):
        window.events.emit_change(change)
    assert view.model.index(row).data() == "After"


def test_preview_renders_markdown(qtbot, window) -> None:
    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "# Heading")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "**bold** words")
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.body_stack.currentWidget() is editor.preview
    assert "Heading" in editor.preview.toPlainText()
    assert "**" not in editor.preview.toPlainText()
    assert editor.body_edit.toPlainText() == "# Heading\n\n**bold** words"


def test_keyboard_path_title_tags_body(qtbot, window, journal) -> None:
    window.write_new()
    editor = window.journal_view.editor
    assert editor.title_edit.hasFocus()
    qtbot.keyClicks(editor.title_edit, "Keys only")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert editor.body_edit.hasFocus()
    editor.title_edit.setFocus()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab)
    assert editor.tags_edit.hasFocus()
    qtbot.keyClicks(editor.tags_edit, "calm")
    qtbot.keyClick(editor.tags_edit, Qt.Key.Key_Tab)
    assert editor.body_edit.hasFocus()
    qtbot.keyClicks(editor.body_edit, "typed without a mouse")
    assert editor.save()
    entry = journal.get_entry(editor.entry_uuid)
    assert entry.title == "Keys only"
    assert entry.tags == ("calm",)
    assert entry.body == "typed without a mouse"
