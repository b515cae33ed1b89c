"""The urges log on its own, as the Trackers page will host it: newest first, change one
in its form, delete one and bring it back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.gui.exercises.helpers import click, slide, type_into
from tests.gui.urges.helpers import HARM, saved_urge
from trustjournal.core.entries import Change
from trustjournal.core.trackers import UrgeKind, UrgeOutcome
from trustjournal.gui.events import AppEvents
from trustjournal.gui.safety_watch import SafetyWatch
from trustjournal.gui.urges import UrgeLogView


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def log(qtbot, journal, events):  # type: ignore[no-untyped-def]
    view = UrgeLogView(journal, events, watch=SafetyWatch(journal))
    qtbot.addWidget(view)
    view.resize(720, 480)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_an_empty_log_says_so_kindly_and_offers_the_timer(qtbot, log) -> None:  # type: ignore[no-untyped-def]
    assert log.empty.isVisible() and not log.list.isVisible()
    assert "Nothing logged yet" in log.empty.text()
    assert not log.edit_button.isEnabled() and not log.delete_button.isEnabled()
    with qtbot.waitSignal(log.surf_requested):
        click(qtbot, log.surf_button)


def test_logged_urges_show_newest_first_and_follow_changes(journal, events, log) -> None:  # type: ignore[no-untyped-def]
    older = saved_urge(journal, hours_ago=30, kind=UrgeKind.CHECK_LOCATION,
                       outcome=UrgeOutcome.ACTED, peak=9, surfed_seconds=0)
    newer = saved_urge(journal, hours_ago=1, instead="Walked round the block",
                       feeling_after="Lighter")
    own = saved_urge(journal, hours_ago=3, kind=UrgeKind.OTHER, other="Read  their emails")
    assert log.texts() == []  # nothing told it yet
    events.emit_change(Change(trackers=True))
    texts = log.texts()
    assert len(texts) == 3 and not log.empty.isVisible()
    assert "Check their phone · strength 6 · let it pass · 10 min with the timer" in texts[0]
    assert "Instead: Walked round the block" in texts[0]
    assert "Later: Lighter" in texts[0]
    assert "Read their emails · strength 6" in texts[1]
    assert "Check where they are · strength 9 · acted on it" in texts[2]
    assert "with the timer" not in texts[2]
    assert [log.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)] == \
        [newer.uuid, own.uuid, older.uuid]
    for word in ("fail", "streak", "should", "weak"):
        assert word not in " ".join(texts).lower()


def test_an_urge_is_changed_in_the_same_form(qtbot, journal, events, log) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(journal, instead="Breathed")
    events.emit_change(Change(trackers=True))
    changes = []
    events.changed.connect(changes.append)
    log.list.setCurrentRow(0)
    click(qtbot, log.edit_button)
    dialog = log.edit_dialog
    assert dialog is not None
    form = dialog.form
    assert form.kind() is UrgeKind.CHECK_PHONE and form.peak.value() == 6
    assert form.outcome() is UrgeOutcome.RESISTED
    assert form.instead.toPlainText() == "Breathed"
    click(qtbot, form.outcome_buttons[UrgeOutcome.PARTLY])
    slide(qtbot, form.peak, 4)
    type_into(qtbot, form.instead, " and wrote")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: log.edit_dialog is None)
    stored = journal.get_urge(urge.uuid)
    assert (stored.outcome, stored.peak, stored.instead) == \
        (UrgeOutcome.PARTLY, 4, "Breathed and wrote")
    # What the form doesn't show stays as it was.
    assert stored.started_utc == urge.started_utc and stored.surfed_seconds == 600
    assert stored.local_date == urge.local_date and stored.updated_utc > urge.updated_utc
    assert len(journal.urges()) == 1
    assert any(change.trackers for change in changes)
    assert "partly" in log.texts()[0] and log.selected_uuid() == urge.uuid


def test_cancelling_a_change_leaves_the_urge_as_it_was(qtbot, journal, events, log) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(journal)
    events.emit_change(Change(trackers=True))
    log.list.setCurrentRow(0)
    dialog = log.edit_selected()
    assert dialog is not None
    click(qtbot, dialog.form.outcome_buttons[UrgeOutcome.ACTED])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: log.edit_dialog is None)
    assert journal.get_urge(urge.uuid) == urge


def test_delete_then_undo_brings_back_the_very_same_urge(qtbot, journal, events, log) -> None:  # type: ignore[no-untyped-def]
    keep = saved_urge(journal, hours_ago=5)
    gone = saved_urge(journal, hours_ago=1, feeling_after="Calm",
                      followed_up_utc=dt.datetime.now(dt.UTC).replace(microsecond=0))
    events.emit_change(Change(trackers=True))
    log.list.setCurrentRow(0)
    assert log.selected_uuid() == gone.uuid
    click(qtbot, log.delete_button)
    assert [u.uuid for u in journal.urges()] == [keep.uuid]
    assert len(log.texts()) == 1 and log.undo_bar.isVisible()
    # An hour ago is yesterday when the test runs in the first hour of the day.
    day = "today" if gone.local_date == dt.date.today() else "yesterday"
    assert log.undo_text.text() == f"Deleted the urge from {day}."
    click(qtbot, log.undo_button)
    assert [u.uuid for u in journal.urges()] == [gone.uuid, keep.uuid]
    assert journal.get_urge(gone.uuid) == gone  # every field, the follow-up too
    assert not log.undo_bar.isVisible() and len(log.texts()) == 2


def test_deleting_the_last_one_shows_the_empty_state(qtbot, journal, events, log) -> None:  # type: ignore[no-untyped-def]
    saved_urge(journal)
    events.emit_change(Change(trackers=True))
    log.list.setCurrentRow(0)
    click(qtbot, log.delete_button)
    assert journal.urges() == [] and log.empty.isVisible()


def test_a_harm_note_added_when_changing_offers_safety(qtbot, journal, events, log) -> None:  # type: ignore[no-untyped-def]
    saved_urge(journal)
    events.emit_change(Change(trackers=True))
    log.list.setCurrentRow(0)
    dialog = log.edit_selected()
    assert dialog is not None
    type_into(qtbot, dialog.form.instead, HARM)
    with qtbot.waitSignal(log.safety_requested) as offered:
        click(qtbot, dialog.save_button)
    assert offered.args == ["crisis"]
    assert journal.urges()[0].instead == HARM


def test_an_urge_deleted_elsewhere_is_not_opened(qtbot, journal, events, log) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(journal)
    events.emit_change(Change(trackers=True))
    log.list.setCurrentRow(0)
    journal.delete_urge(urge.uuid)  # e.g. by an import undo, without telling this view
    assert log.edit_selected() is None
    assert log.texts() == []


def test_a_form_left_without_an_answer_cannot_be_saved(qtbot, journal, events, log) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(journal)
    events.emit_change(Change(trackers=True))
    log.list.setCurrentRow(0)
    dialog = log.edit_selected()
    assert dialog is not None
    click(qtbot, dialog.form.kind_buttons[UrgeKind.OTHER])
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.form.message.text() == "Say in a few words what the urge was."
    assert journal.get_urge(urge.uuid) == urge
