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


# -- saving never races ------------------------------------------------------------------


def open_in_editor(window, journal, body: str):  # type: ignore[no-untyped-def]
    entry, _ = journal.create_entry(title="Race", body=body)
    view = window.journal_view
    view.model.reload()
    window.show_page(1)  # Journal
    assert view.select_entry(entry.uuid)
    view.editor.body_edit.setFocus()
    return entry, view.editor


def counting(monkeypatch, journal, name: str) -> list[object]:  # type: ignore[no-untyped-def]
    calls: list[object] = []
    real = getattr(journal, name)

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(journal, name, wrapper)
    return calls


def test_ctrl_s_during_a_pending_autosave_saves_once(qtbot, window, journal, monkeypatch) -> None:
    monkeypatch.setattr(editor_module, "AUTOSAVE_MS", 300)
    entry, editor = open_in_editor(window, journal, "start")
    updates = counting(monkeypatch, journal, "update_entry")
    saves: list[str] = []
    editor.saved.connect(saves.append)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body_edit, " and the final words")
    assert editor.status_label.text() == "Editing…" and saves == []  # autosave pending
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saves == [entry.uuid]
    qtbot.wait(1000)  # well past the moment the autosave was due
    assert saves == [entry.uuid] and len(updates) == 1
    assert journal.get_entry(entry.uuid).body == "start and the final words"
    assert [r.body for r in journal.history(entry.uuid)] == ["start"]  # one save, one version


def test_ctrl_s_on_a_new_entry_with_autosave_pending_makes_one_entry(
        qtbot, window, journal, monkeypatch) -> None:
    monkeypatch.setattr(editor_module, "AUTOSAVE_MS", 300)
    window.write_new()
    editor = window.journal_view.editor
    creates = counting(monkeypatch, journal, "create_entry")
    qtbot.keyClicks(editor.body_edit, "brand new")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1000)
    assert len(creates) == 1 and journal.count_entries() == 1
    assert journal.get_entry(editor.entry_uuid).body == "brand new"
    assert journal.history(editor.entry_uuid) == []


def test_a_save_started_inside_a_save_neither_loses_nor_duplicates(
        qtbot, window, journal, monkeypatch) -> None:
    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "first words")
    real_create = journal.create_entry
    inner: list[bool] = []

    def create_with_a_nested_save(*args, **kwargs):  # type: ignore[no-untyped-def]
        inner.append(editor.save())  # as if a nested event loop ran the autosave now
        editor.body_edit.insertPlainText(" typed meanwhile")  # and a key came in
        return real_create(*args, **kwargs)

    monkeypatch.setattr(journal, "create_entry", create_with_a_nested_save)
    assert editor.save()
    monkeypatch.undo()
    assert inner == [False]  # the nested call did not write anything itself
    assert journal.count_entries() == 1
    assert journal.get_entry(editor.entry_uuid).body == "first words"
    assert editor.dirty  # the words typed during the save are still to be saved
    with qtbot.waitSignal(editor.saved, timeout=editor_module.AUTOSAVE_MS + 3000):
        pass
    assert journal.count_entries() == 1
    assert journal.get_entry(editor.entry_uuid).body == "first words typed meanwhile"
    assert not editor.dirty


def test_typing_without_a_pause_still_saves(qtbot, window, journal, monkeypatch) -> None:
    monkeypatch.setattr(editor_module, "MAX_UNSAVED_MS", 600)
    window.write_new()
    editor = window.journal_view.editor
    saves: list[str] = []
    editor.saved.connect(saves.append)
    typed = ""
    for n in range(40):  # a key every 40 ms: the 1.5 s autosave pause never comes
        letter = "abcdefghij"[n % 10]
        qtbot.keyClicks(editor.body_edit, letter)
        typed += letter
        qtbot.wait(40)
    assert len(saves) >= 1  # saved while the typing went on
    saved_body = journal.get_entry(editor.entry_uuid).body
    assert typed.startswith(saved_body) and saved_body
    assert len(journal.history(editor.entry_uuid)) == len(saves) - 1
    assert editor.save()
    assert journal.get_entry(editor.entry_uuid).body == typed


def test_the_tags_field_taking_focus_after_the_journal_closed_reads_nothing(
        qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    """As the window closes, the focus can move to the tags field after the journal has
    closed: its tag list is then left to be read the next time, with no error."""
    journal.create_entry(body="tagged", tags=["calm"])
    window.write_new()
    editor = window.journal_view.editor
    editor.refresh_tags()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    journal.close()
    editor.tags_edit.setFocus()
    qtbot.waitUntil(editor.tags_edit.hasFocus)  # an error in the filter fails the test
    assert editor.tags_edit.completer().model().rowCount() == 0
    assert editor._tags_stale  # read when the field is next used
