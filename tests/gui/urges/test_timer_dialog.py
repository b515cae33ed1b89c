"""The "I want to check" flow from the window, driven as a person would: the sidebar
button or the shortcut, the timer on a fake clock, pause and stop, the questions, and the
urge that lands in the journal."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.gui.exercises.helpers import click, record_safety, slide, type_into
from tests.gui.urges.helpers import HARM, FakeClock
from trustjournal.core.trackers import DEFAULT_SURF_MINUTES, UrgeKind, UrgeOutcome
from trustjournal.gui.main_window import PAGES, URGE_SHORTCUT, MainWindow
from trustjournal.gui.shortcuts import ShortcutsDialog
from trustjournal.gui.urges import UrgeSurfDialog
from trustjournal.gui.urges.timer_dialog import (
    DRAFT_SETTING,
    MINUTES_SETTING,
    STILL_SETTING,
)


@pytest.fixture
def clock(window: MainWindow) -> FakeClock:
    fake = FakeClock()
    window.urge_clock = fake
    return fake


def open_by_button(qtbot, window: MainWindow) -> UrgeSurfDialog:  # type: ignore[no-untyped-def]
    click(qtbot, window.urge_button)
    dialog = window.urge_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def shows(qtbot, dialog: UrgeSurfDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    """The timer's own ticks (not the test) bring the remaining time on screen."""
    qtbot.waitUntil(lambda: dialog.remaining.text() == text, timeout=3000)


def answer(qtbot, dialog: UrgeSurfDialog, kind: UrgeKind, outcome: UrgeOutcome,  # type: ignore[no-untyped-def]
           peak: int, instead: str = "", other: str = "") -> None:
    form = dialog.form
    click(qtbot, form.kind_buttons[kind])
    if other:
        type_into(qtbot, form.other, other)
    slide(qtbot, form.peak, peak)
    click(qtbot, form.outcome_buttons[outcome])
    if instead:
        form.instead.clear()
        type_into(qtbot, form.instead, instead)


def test_the_sidebar_button_runs_the_timer_and_logs_the_urge(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    changes = []
    window.events.changed.connect(changes.append)
    dialog = open_by_button(qtbot, window)
    assert not dialog.isModal()  # writing in the journal stays possible meanwhile
    assert dialog.clock.total == DEFAULT_SURF_MINUTES * 60
    shows(qtbot, dialog, "10:00 left")
    clock.advance(30)
    shows(qtbot, dialog, "9:30 left")
    assert dialog.circle.progress == pytest.approx(30 / 600)

    click(qtbot, dialog.pause_button)
    assert dialog.pause_button.text() == "Resume"
    clock.advance(200)  # paused: none of this counts
    qtbot.wait(100)
    assert dialog.remaining.text() == "9:30 left"
    assert "Paused" in dialog.cue.text()
    click(qtbot, dialog.pause_button)
    assert dialog.pause_button.text() == "Pause"
    clock.advance(570)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=3000)
    assert "time is up" in dialog.log_title.text()
    assert not dialog.back_button.isVisible()  # nothing left on the timer

    answer(qtbot, dialog, UrgeKind.CHECK_PHONE, UrgeOutcome.RESISTED, 7,
           instead="Made tea and called my sister")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: window.urge_dialog is None)
    [urge] = window.journal.urges()
    assert (urge.kind, urge.peak, urge.outcome) == \
        (UrgeKind.CHECK_PHONE, 7, UrgeOutcome.RESISTED)
    assert urge.instead == "Made tea and called my sister"
    assert urge.surfed_seconds == 600  # the pause left out
    assert urge.followed_up_utc is None and urge.feeling_after is None
    assert urge.uuid == dialog.saved_uuid
    assert any(change.trackers for change in changes)
    assert window.statusBar().currentMessage() == "Logged. You let that one pass."


def test_stopping_early_logs_the_time_spent_and_own_words(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    clock.advance(95)
    shows(qtbot, dialog, "8:25 left")
    click(qtbot, dialog.stop_button)
    assert dialog.pages.currentIndex() == 1
    assert dialog.log_title.text() == "You stayed with the urge for 2 minutes."
    clock.advance(300)  # filling in the form is not time with the timer
    click(qtbot, dialog.save_button)  # nothing chosen yet: a gentle word, nothing saved
    assert "Pick what the urge was" in dialog.form.message.text()
    assert window.journal.urges() == []
    click(qtbot, dialog.form.kind_buttons[UrgeKind.OTHER])
    assert dialog.form.other.isVisible()
    answer(qtbot, dialog, UrgeKind.OTHER, UrgeOutcome.PARTLY, 3,
           other="Read their old emails")
    click(qtbot, dialog.save_button)
    [urge] = window.journal.urges()
    assert (urge.kind, urge.other, urge.outcome, urge.peak) == \
        (UrgeKind.OTHER, "Read their old emails", UrgeOutcome.PARTLY, 3)
    assert urge.surfed_seconds == 95
    assert urge.local_date == urge.started_utc.astimezone().date()


def test_other_without_words_is_asked_for_and_nothing_is_saved(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    click(qtbot, dialog.stop_button)
    answer(qtbot, dialog, UrgeKind.OTHER, UrgeOutcome.ACTED, 4)
    click(qtbot, dialog.save_button)
    assert dialog.form.message.text() == "Say in a few words what the urge was."
    assert dialog.isVisible() and window.journal.urges() == []


def test_back_to_the_timer_carries_on_counting(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    clock.advance(60)
    shows(qtbot, dialog, "9:00 left")
    click(qtbot, dialog.stop_button)
    clock.advance(500)  # on the questions page: not counted
    click(qtbot, dialog.back_button)
    shows(qtbot, dialog, "9:00 left")
    clock.advance(60)
    shows(qtbot, dialog, "8:00 left")
    assert dialog.surfed_seconds() == 120


def test_the_shortcut_and_the_menu_open_the_same_one_window(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.sidebar.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.urge_dialog
    assert dialog is not None and dialog.isVisible()
    window.urge_action.trigger()  # again: the open one comes forward, no second one
    assert window.urge_dialog is dialog
    assert len([d for d in window.findChildren(UrgeSurfDialog) if d.isVisible()]) == 1
    assert window.urge_action in window.menus["file"].actions()
    listed = ShortcutsDialog(window.menuBar(), window)
    assert ("File › I want to check", URGE_SHORTCUT) in listed.rows()
    listed.close()


def test_no_key_of_the_window_is_taken_twice(window) -> None:  # type: ignore[no-untyped-def]
    actions = set(window.actions())
    menus = [window.menuBar()]
    while menus:
        for action in menus.pop().actions():
            if action.menu() is not None:
                menus.append(action.menu())
            actions.add(action)
    keys = [action.shortcut().toString() for action in actions
            if not action.shortcut().isEmpty()
            and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut]
    assert URGE_SHORTCUT in keys
    assert len(keys) == len(set(keys)), sorted(keys)


def test_nothing_opens_without_an_open_journal(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    assert window.lock()
    assert not window.urge_button.isEnabled() and not window.urge_action.isEnabled()
    window.urge_action.trigger()
    assert window.show_urge_timer() is None and window.urge_dialog is None


def test_a_harm_note_offers_the_safety_panel_after_saving(qtbot, window, clock,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    shown = record_safety(monkeypatch)
    dialog = open_by_button(qtbot, window)
    click(qtbot, dialog.stop_button)
    answer(qtbot, dialog, UrgeKind.ASK_REASSURANCE, UrgeOutcome.ACTED, 9, instead=HARM)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert len(window.journal.urges()) == 1  # saved first, then offered
    assert window.safety_dialog is not None


def test_a_harm_note_in_own_words_for_the_urge_offers_it_too(qtbot, window, clock,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    shown = record_safety(monkeypatch)
    dialog = open_by_button(qtbot, window)
    click(qtbot, dialog.stop_button)
    answer(qtbot, dialog, UrgeKind.OTHER, UrgeOutcome.RESISTED, 8, other=HARM)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: len(shown) == 1)


def test_a_calm_note_offers_nothing(qtbot, window, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = record_safety(monkeypatch)
    dialog = open_by_button(qtbot, window)
    click(qtbot, dialog.stop_button)
    answer(qtbot, dialog, UrgeKind.CHECK_LOCATION, UrgeOutcome.RESISTED, 5,
           instead="Went for a walk by the river")
    click(qtbot, dialog.save_button)
    qtbot.wait(50)
    assert shown == [] and window.safety_dialog is None


def test_write_now_opens_a_new_entry_and_is_remembered_for_the_log(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    rows = {row.alternative.id: row for row in dialog.alternative_rows}
    click(qtbot, rows["walk"].check)
    assert rows["write"].button is not None
    click(qtbot, rows["write"].button)
    assert window.current_page() == PAGES[PAGES.index("Journal")]
    assert window.journal_view.editor.body_edit.toPlainText() == ""
    assert rows["write"].check.isChecked()
    assert dialog.isVisible() and dialog.clock.running  # the timer goes on meanwhile
    click(qtbot, dialog.stop_button)
    assert dialog.form.instead.toPlainText() == "Wrote about it, went for a walk"


def test_the_length_and_a_still_circle_are_kept_for_next_time(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    dialog.minutes.setFocus()
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes.lineEdit(), "3")
    assert window.journal.get_setting(MINUTES_SETTING) == 3
    shows(qtbot, dialog, "3:00 left")
    click(qtbot, dialog.still)
    assert window.journal.get_setting(STILL_SETTING) is True
    clock.advance(2)  # mid in-breath: a moving circle would have grown
    qtbot.wait(300)
    assert dialog.circle.fullness == 0.5
    assert dialog.cue.text() == "Breathe slowly, with a longer out-breath."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.urge_dialog is None)
    again = open_by_button(qtbot, window)
    assert again.clock.total == 180 and again.minutes.value() == 3
    assert again.still.isChecked() and again.circle.still


def test_closing_with_answers_keeps_them_for_next_time(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    clock.advance(200)
    click(qtbot, dialog.stop_button)
    answer(qtbot, dialog, UrgeKind.SOCIAL_MEDIA, UrgeOutcome.PARTLY, 6,
           instead="Put the phone in a drawer")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.urge_dialog is None)
    assert window.journal.urges() == []
    assert window.journal.get_setting(DRAFT_SETTING)["instead"] == "Put the phone in a drawer"

    again = open_by_button(qtbot, window)
    assert again.pages.currentIndex() == 1
    assert again.form.kind() is UrgeKind.SOCIAL_MEDIA
    assert again.form.outcome() is UrgeOutcome.PARTLY and again.form.peak.value() == 6
    click(qtbot, again.save_button)
    [urge] = window.journal.urges()
    assert urge.instead == "Put the phone in a drawer" and urge.surfed_seconds == 200
    assert window.journal.get_setting(DRAFT_SETTING) is None
    # Those were last time's answers: now a fresh timer for the urge of this moment.
    assert again.isVisible() and again.pages.currentIndex() == 0 and again.clock.running
    assert again.form.kind() is None and again.form.instead.toPlainText() == ""
    clock.advance(42)
    click(qtbot, again.stop_button)
    answer(qtbot, again, UrgeKind.CHECK_PHONE, UrgeOutcome.RESISTED, 1)
    click(qtbot, again.save_button)
    qtbot.waitUntil(lambda: window.urge_dialog is None)
    assert [u.surfed_seconds for u in window.journal.urges()] == [42, 200]


def test_kept_answers_let_go_start_the_timer_and_save_nothing(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    click(qtbot, dialog.stop_button)
    answer(qtbot, dialog, UrgeKind.CHECK_LOCATION, UrgeOutcome.ACTED, 7)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.urge_dialog is None)
    again = open_by_button(qtbot, window)
    assert "from last time" in again.log_title.text()
    click(qtbot, again.discard_button)
    assert again.isVisible() and again.pages.currentIndex() == 0
    assert window.journal.get_setting(DRAFT_SETTING) is None
    assert window.journal.urges() == []


def test_locking_keeps_the_answers_given(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    click(qtbot, dialog.stop_button)
    answer(qtbot, dialog, UrgeKind.INTERROGATE, UrgeOutcome.RESISTED, 2)
    assert window.lock()
    assert window.urge_dialog is None and window.journal is None
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.gate.view.show_button.click()
    assert window.journal.get_setting(DRAFT_SETTING)["kind"] == "interrogate"
    assert window.journal.urges() == []
    again = open_by_button(qtbot, window)
    assert again.form.kind() is UrgeKind.INTERROGATE and again.form.peak.value() == 2


def test_dont_log_this_one_leaves_the_journal_without_the_urge(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    click(qtbot, dialog.stop_button)
    answer(qtbot, dialog, UrgeKind.CHECK_PHONE, UrgeOutcome.ACTED, 8)
    click(qtbot, dialog.discard_button)
    qtbot.waitUntil(lambda: window.urge_dialog is None)
    assert window.journal.urges() == []
    assert window.journal.get_setting(DRAFT_SETTING) is None
    again = open_by_button(qtbot, window)
    assert again.pages.currentIndex() == 0  # a fresh timer, nothing carried over


def test_the_button_is_one_shift_tab_from_the_pages_and_tab_still_reaches_safety(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    window.activateWindow()
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.safety_button
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.urge_button
    qtbot.keyClick(window.urge_button, Qt.Key.Key_Space)
    assert window.urge_dialog is not None and window.urge_dialog.isVisible()


def test_the_button_fits_the_sidebar_at_larger_text(qtbot, window, restore_app) -> None:  # type: ignore[no-untyped-def]
    font = restore_app.font()
    font.setPointSizeF(20.0)
    restore_app.setFont(font)
    window.appearance.apply()
    qtbot.waitUntil(lambda: window.side.width() >= window.side.minimumWidth())
    button = window.urge_button
    assert button.width() >= button.sizeHint().width()
    assert button.geometry().right() <= window.side.width()


def test_closing_the_app_keeps_the_answers_given(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    journal = window.journal
    dialog = open_by_button(qtbot, window)
    click(qtbot, dialog.stop_button)
    answer(qtbot, dialog, UrgeKind.CHECK_PHONE, UrgeOutcome.RESISTED, 4,
           instead="Sat on the balcony")
    assert window.close()
    assert journal.get_setting(DRAFT_SETTING)["instead"] == "Sat on the balcony"


def test_kept_answers_that_cannot_be_read_are_let_go(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    window.journal.set_setting(DRAFT_SETTING, {"started": "not a time", "kind": "x"})
    dialog = open_by_button(qtbot, window)
    assert dialog.pages.currentIndex() == 0  # a fresh timer
    assert window.journal.get_setting(DRAFT_SETTING) is None


UNKIND = re.compile(r"\b(streaks?|should|must|fail\w*|weak|guilt\w*|shame\w*|bad|"
                    r"wrong choice|gave in|relapse\w*|missed)\b", re.IGNORECASE)


def every_text(widget) -> str:  # type: ignore[no-untyped-def]
    parts = [w.text() for w in widget.findChildren(QLabel)]
    parts += [w.text() for w in widget.findChildren(QAbstractButton)]
    parts += [w.placeholderText() for w in widget.findChildren(QLineEdit)]
    parts += [w.placeholderText() for w in widget.findChildren(QPlainTextEdit)]
    parts += [w.toolTip() for w in widget.findChildren(QWidget)]
    return "\n".join(parts)


def test_every_word_on_both_pages_is_kind(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = open_by_button(qtbot, window)
    click(qtbot, dialog.stop_button)
    text = every_text(dialog)
    assert "I acted on it" in text and "Breathe slowly with the circle" in text
    assert not UNKIND.search(text), UNKIND.findall(text)
