"""Daily intentions end to end: set today's on Today, change it, look back on yesterday's
from Today, and edit one on the Trackers page."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt

from tests.gui.trackers.helpers import CTRL, add_new, choose, click, enter, escape, open_tab, retype
from trustjournal.core.trackers import Intention, IntentionOutcome, TrackerKind

TODAY = dt.date.today()
YESTERDAY = TODAY - dt.timedelta(days=1)


def intention(journal, day: dt.date, text: str) -> Intention:  # type: ignore[no-untyped-def]
    made = Intention(uuid=str(uuid.uuid4()), local_date=day, text=text,
                     updated_utc=dt.datetime.now(dt.UTC))
    journal.save_intention(made)
    return made


def test_set_and_change_todays_intention_on_today(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    card = window.today_view.trackers.intention
    assert card.isVisible() and card.edit.isVisible()
    assert not card.check_box.isVisible()  # nothing earlier to look back on
    qtbot.keyClicks(card.edit, "Say where I'll be tonight")
    enter(qtbot, card.edit)
    today = journal.intention_on(TODAY)
    assert today is not None and today.text == "Say where I'll be tonight"
    assert today.outcome is None
    assert card.shown.isVisible() and card.shown.text() == "“Say where I'll be tonight”"
    assert not card.edit.isVisible()

    click(qtbot, card.change_button)
    assert card.edit.hasFocus() and card.edit.text() == "Say where I'll be tonight"
    retype(qtbot, card.edit, "Ask before assuming")
    escape(qtbot, card.edit)  # Esc keeps what was set
    assert card.shown.text() == "“Say where I'll be tonight”"
    click(qtbot, card.change_button)
    retype(qtbot, card.edit, "Ask before assuming")
    enter(qtbot, card.edit)
    changed = journal.intention_on(TODAY)
    assert (changed.uuid, changed.text) == (today.uuid, "Ask before assuming")
    assert len(journal.intentions()) == 1

    # An empty line is not an intention: a kind word, and nothing written.
    click(qtbot, card.change_button)
    retype(qtbot, card.edit, "")
    enter(qtbot, card.edit)
    assert card.message.text() == "Write the one thing you mean to do."
    assert journal.intention_on(TODAY).text == "Ask before assuming"


def test_yesterdays_intention_is_checked_off_from_today(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    intention(journal, TODAY - dt.timedelta(days=30), "Long ago, left in peace")
    made = intention(journal, YESTERDAY, "Tell them how my day really was")
    window.today_view.refresh()
    card = window.today_view.trackers.intention
    assert card.check_box.isVisible()
    assert card.check_text.text() == "Yesterday you meant to: “Tell them how my day really was”"
    click(qtbot, card.check_buttons[IntentionOutcome.PARTLY])
    assert journal.get_intention(made.uuid).outcome is IntentionOutcome.PARTLY
    assert card.thanks.text() == "Noted. Part of the way still counts."
    # The month-old one is not brought up: Today only looks back a week.
    assert not card.check_box.isVisible()

    # On the Trackers page: the list shows how each went; the outcome can be changed.
    tab = open_tab(qtbot, window, TrackerKind.INTENTION)
    texts = tab.row_texts()
    assert "Tell them how my day really was\nYesterday · Partly" in texts
    assert tab.select(made.uuid)
    choose(tab.outcome_combo, IntentionOutcome.DONE.value)
    qtbot.keyClicks(tab.note_edit, "We talked after dinner")
    enter(qtbot, tab.note_edit)
    saved = journal.get_intention(made.uuid)
    assert (saved.outcome, saved.note, saved.text) == (
        IntentionOutcome.DONE, "We talked after dinner", "Tell them how my day really was")


def test_ctrl_n_on_intentions_sets_or_opens_todays(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window, TrackerKind.INTENTION)
    add_new(qtbot, tab)
    assert tab.day_line.text() == "For today"
    qtbot.keyClicks(tab.text_edit, "Leave my phone in the hall")
    enter(qtbot, tab.text_edit)
    today = journal.intention_on(TODAY)
    assert today is not None and today.text == "Leave my phone in the hall"
    # Today's card follows the change made on the page once Today is shown again.
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    card = window.today_view.trackers.intention
    assert card.today == today
    assert card.shown.isVisible() and card.shown.text() == "“Leave my phone in the hall”"
    # A second Ctrl+N opens today's again rather than making a second one for the day.
    tab = open_tab(qtbot, window, TrackerKind.INTENTION)
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_N, CTRL)
    assert tab.current is not None and tab.current.uuid == today.uuid
    assert tab.text_edit.text() == "Leave my phone in the hall"
    assert len(journal.intentions()) == 1


def test_words_typed_for_today_survive_a_refresh_of_the_page(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    card = window.today_view.trackers.intention
    qtbot.keyClicks(card.edit, "Put my phone away at dinner")
    window.today_view.refresh()  # e.g. the check-in beside it was just saved
    assert card.edit.text() == "Put my phone away at dinner"
    assert journal.intention_on(TODAY) is None
