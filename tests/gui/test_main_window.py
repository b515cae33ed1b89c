from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from trustjournal.core.entries import EntryKind
from trustjournal.gui.main_window import PAGES


def test_sidebar_pages_and_shortcuts(qtbot, window) -> None:
    for number, name in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == name
    window.show_page(PAGES.index("Exercises"))
    assert set(window.exercises_view.cards) >= {
        "get_to_the_root", "acknowledge_feelings", "challenge_a_thought",
        "celebrate_small_victory",
    }
    progress_text = " ".join(label.text() for label in window.progress_view.findChildren(QLabel))
    # An empty journal: the page says so kindly and shows no empty axes.
    assert "Nothing here yet, and that is fine." in progress_text
    assert not any(card.showing_chart for card in window.progress_view.cards.values())


def test_first_run_asks_whose_trust_and_orders_exercises(qtbot, window, journal) -> None:
    card = window.today_view.perspective_card
    assert card.isVisible()
    qtbot.mouseClick(card.buttons["distrusted"], Qt.MouseButton.LeftButton)
    assert journal.get_setting("perspective") == "distrusted"
    assert not card.isVisible()
    combo = window.exercises_view.perspective
    assert combo.currentData() == "distrusted"
    combo.setCurrentIndex(combo.findData("distrusting"))
    combo.activated.emit(combo.currentIndex())
    assert journal.get_setting("perspective") == "distrusting"


def test_safety_panel_is_one_click_away(qtbot, window) -> None:
    qtbot.mouseClick(window.safety_button, Qt.MouseButton.LeftButton)
    panel = window.safety_dialog
    assert panel is not None and panel.isVisible()
    assert "not therapy" in panel.shown_text()
    assert panel.numbers  # whatever the region, at least its emergency number
    panel.reject()
    qtbot.waitUntil(lambda: window.safety_dialog is None)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.safety_dialog is not None and window.safety_dialog.isVisible()


def test_today_page_counts_and_writes(qtbot, window, journal) -> None:
    today = window.today_view
    assert "Welcome" in today.summary.text()
    qtbot.mouseClick(today.write_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "Journal"
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "today's words")
    assert editor.save()
    window.show_page(PAGES.index("Today"))  # a hidden page catches up when shown
    assert "1 entry today" in today.summary.text()
    from trustjournal.core.exercises import CHECKIN, CheckIn

    checkin = CheckIn(6, 3, 8)
    window.events.emit_change(journal.save_exercise_entry(
        exercise_id=CHECKIN.id, exercise_version=CHECKIN.version, title="Check-in",
        body="", answers=checkin.answers(), metrics=checkin.metrics(),
        kind=EntryKind.CHECKIN)[1])
    assert "1 entry today" in today.summary.text()  # a check-in is not writing
    assert today.checkin.stack.currentWidget() is today.checkin.done
    assert today.checkin.figures.text() == "Trust 6 · Anxiety 3 · Connection 8"


def test_trash_restore_and_purge_through_the_window(qtbot, window, journal, monkeypatch) -> None:
    entry, _ = journal.create_entry(title="To trash", body="bye")
    view = window.journal_view
    view.model.reload()
    window.show_page(PAGES.index("Journal"))
    assert view.select_entry(entry.uuid)
    view.timeline.setFocus()
    qtbot.keyClick(view.timeline, Qt.Key.Key_Delete)
    assert journal.count_entries() == 0
    assert view.model.row_of(entry.uuid) == -1
    assert "trash" in window.statusBar().currentMessage()

    view.show_trash_action.trigger()
    assert view.model.trashed and view.model.row_of(entry.uuid) >= 0
    assert view.select_entry(entry.uuid)
    assert view.editor.body_edit.isReadOnly()
    view.restore_action.trigger()
    assert journal.count_entries() == 1 and journal.count_entries(trashed=True) == 0

    journal.trash_entry(entry.uuid)
    view.model.reload()
    assert view.select_entry(entry.uuid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    view.purge_action.trigger()
    assert journal.count_entries(trashed=True) == 1  # cancelled: nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.purge_action.trigger()
    assert journal.count_entries(trashed=True) == 0
    assert "trash is empty" in view.empty_label.text()


def test_close_saves_pending_text(qtbot, window, journal) -> None:
    window.write_new()
    qtbot.keyClicks(window.journal_view.editor.body_edit, "saved on close")
    window.close()
    assert [journal.get_entry(s.uuid).body for s in journal.iter_entries()] == ["saved on close"]


def test_close_with_failing_save_asks_and_keeps_window(qtbot, window, journal, monkeypatch) -> None:
    from trustjournal.storage import JournalError

    window.write_new()
    qtbot.keyClicks(window.journal_view.editor.body_edit, "precious")

    def fail(*a, **k):  # type: ignore[no-untyped-def]
        raise JournalError("The journal could not be saved: database or disk is full")

    monkeypatch.setattr(journal, "create_entry", fail)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Retry)
    assert not window.close()
    assert asked and window.isVisible()
    assert window.journal_view.editor.body_edit.toPlainText() == "precious"
    monkeypatch.undo()
    assert window.close()
    assert journal.count_entries() == 1


def test_background_check_closes_a_damaged_journal(qtbot, window, journal, monkeypatch) -> None:
    monkeypatch.setattr(journal, "integrity_problems", lambda quick=False: ["page 7 is bad"])
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    window.start_background_check()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert "damage" in shown[0]


def test_background_check_leaves_a_healthy_journal_open(qtbot, window) -> None:
    with qtbot.waitSignal(window.events.status, timeout=500, raising=False) as blocker:
        window.start_background_check()
    assert window.tasks.wait_all(5)
    qtbot.wait(50)
    assert window.isVisible()
    assert not blocker.signal_triggered
