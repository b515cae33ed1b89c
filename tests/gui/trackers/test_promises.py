"""Promises end to end through the Trackers page: add, edit, settle, reopen, delete and
undo, with the rows read back through the journal and the words on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from tests.gui.trackers.helpers import add_new, choose, click, enter, escape, open_tab, retype
from trustjournal.core.trackers import PromiseBy, PromiseStatus, TrackerKind
from trustjournal.gui.dates import date_text

TODAY = dt.date.today()


def test_add_edit_settle_reopen_and_delete_a_promise(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window, TrackerKind.PROMISE)
    entries_before = journal.count_entries()

    # Ctrl+N on this page adds a promise; it does not start a journal entry.
    add_new(qtbot, tab)
    assert window.current_page() == "Trackers"
    qtbot.keyClicks(tab.text_edit, "Call if I'm running late")
    choose(tab.by_combo, PromiseBy.PARTNER.value)
    tab.due_check.setChecked(True)
    due = TODAY + dt.timedelta(days=3)
    tab.due_edit.setDate(QDate(due.year, due.month, due.day))
    enter(qtbot, tab.text_edit)
    [late] = journal.promises()
    assert (late.text, late.by, late.due, late.status, late.made_on) == (
        "Call if I'm running late", PromiseBy.PARTNER, due, PromiseStatus.OPEN, TODAY)
    assert journal.count_entries() == entries_before

    add_new(qtbot, tab)
    qtbot.keyClicks(tab.text_edit, "Put the phone away at dinner")
    enter(qtbot, tab.text_edit)
    dinner = next(p for p in journal.promises() if p.text.startswith("Put"))
    assert (dinner.by, dinner.due) == (PromiseBy.ME, None)
    # Open ones first, the one with a day before the one without.
    assert tab.row_texts() == [
        "Open",
        f"Call if I'm running late\nBy my partner · by {date_text(due)}",
        "Put the phone away at dinner\nBy me · no set day",
    ]

    # Edit: choose it, change the words, Enter saves over the same record.
    assert tab.select(late.uuid)
    retype(qtbot, tab.text_edit, "Call or text if running late")
    enter(qtbot, tab.text_edit)
    assert journal.get_promise(late.uuid).text == "Call or text if running late"
    assert len(journal.promises()) == 2

    # Esc puts back what was saved; nothing is written.
    retype(qtbot, tab.text_edit, "something else")
    escape(qtbot, tab.text_edit)
    assert tab.text_edit.text() == "Call or text if running late"
    assert journal.get_promise(late.uuid).text == "Call or text if running late"

    # Renegotiated, with a note: settled today, shown under "Settled".
    retype(qtbot, tab.note_edit, "We agreed a text is enough")
    click(qtbot, tab.settle_buttons[PromiseStatus.RENEGOTIATED])
    settled = journal.get_promise(late.uuid)
    assert (settled.status, settled.settled_on, settled.note) == (
        PromiseStatus.RENEGOTIATED, TODAY, "We agreed a text is enough")
    assert tab.row_texts()[-2:] == [
        "Settled", f"Call or text if running late\nBy my partner · Renegotiated on "
                   f"{date_text(TODAY)}"]
    assert tab.reopen_button.isVisible()
    assert not tab.settle_buttons[PromiseStatus.KEPT].isVisible()

    click(qtbot, tab.reopen_button)
    reopened = journal.get_promise(late.uuid)
    assert (reopened.status, reopened.settled_on) == (PromiseStatus.OPEN, None)

    for status in (PromiseStatus.KEPT, PromiseStatus.BROKEN):
        assert tab.select(dinner.uuid)
        click(qtbot, tab.settle_buttons[status])
        assert journal.get_promise(dinner.uuid).status is status
        click(qtbot, tab.reopen_button)
    assert journal.get_promise(dinner.uuid).status is PromiseStatus.OPEN

    # Delete from the list with Del, then bring it back as it was.
    assert tab.select(dinner.uuid)
    before = journal.get_promise(dinner.uuid)
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Delete)
    assert [p.uuid for p in journal.promises()] == [late.uuid]
    assert tab.undo_bar.isVisible()
    assert "The promise was deleted." in tab.undo_bar.text.text()
    click(qtbot, tab.undo_bar.button)
    assert journal.get_promise(dinner.uuid) == before
    assert dinner.uuid in tab.shown_uuids()


def test_a_promise_without_words_is_not_saved(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window, TrackerKind.PROMISE)
    add_new(qtbot, tab)
    qtbot.keyClicks(tab.text_edit, "   ")
    enter(qtbot, tab.text_edit)
    assert journal.promises() == []
    assert tab.message.isVisible()
    assert tab.message.text() == "Write what was promised."
    assert "No promises written down yet" in tab.empty.text() and tab.empty.isVisible()


def test_worrying_words_in_a_promise_offer_the_safety_panel(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window, TrackerKind.PROMISE)
    add_new(qtbot, tab)
    qtbot.keyClicks(tab.text_edit, "Not to say again that I want to kill myself")
    enter(qtbot, tab.text_edit)
    assert len(journal.promises()) == 1  # saved first; the offer comes after
    qtbot.waitUntil(lambda: window.safety_dialog is not None, timeout=5000)
    assert window.safety_dialog.section_ids()[0] == "crisis"


def test_enter_on_a_focused_button_presses_it_rather_than_saving(qtbot, window, journal  # type: ignore[no-untyped-def]
                                                                 ) -> None:
    tab = open_tab(qtbot, window, TrackerKind.PROMISE)
    add_new(qtbot, tab)
    qtbot.keyClicks(tab.text_edit, "Say goodnight even after a hard day")
    enter(qtbot, tab.text_edit)
    [made] = journal.promises()
    retype(qtbot, tab.text_edit, "Say goodnight, even after a hard day")
    kept = tab.settle_buttons[PromiseStatus.KEPT]
    kept.setFocus()
    enter(qtbot, kept)
    settled = journal.get_promise(made.uuid)
    # Enter pressed "Kept", which keeps what the form says too, as its click does.
    assert settled.status is PromiseStatus.KEPT
    assert settled.text == "Say goodnight, even after a hard day"
