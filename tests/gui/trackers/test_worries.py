"""Worries end to end: write one with how sure and when to look again, look again from
Today when its day comes, and correct the outcome on the Trackers page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from tests.gui.trackers.helpers import CTRL, add_new, choose, click, enter, open_tab, retype
from trustjournal.core.trackers import TrackerKind, WorryOutcome
from trustjournal.gui.dates import date_text

TODAY = dt.date.today()


def test_a_worry_from_writing_it_to_looking_again(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window, TrackerKind.WORRY)
    add_new(qtbot, tab)
    # A new worry: nothing to look back on yet, a week until looking again.
    assert not tab.outcome_box.isVisible() and not tab.happened_edit.isVisible()
    assert tab.look_edit.date() == QDate(*(TODAY + dt.timedelta(days=7)).timetuple()[:3])
    qtbot.keyClicks(tab.text_edit, "They will cancel our weekend away")
    for _ in range(3):  # 50 % and three page steps of 10
        qtbot.keyClick(tab.sure_slider, Qt.Key.Key_PageUp)
    assert tab.sure_value.text() == "80 %"
    enter(qtbot, tab.sure_slider)
    [weekend] = journal.worries()
    assert (weekend.text, weekend.sureness, weekend.made_on, weekend.look_on,
            weekend.outcome) == ("They will cancel our weekend away", 80, TODAY,
                                 TODAY + dt.timedelta(days=7), None)
    assert tab.row_texts() == [
        "Waiting to look again",
        f"They will cancel our weekend away\n80 % sure · look again on "
        f"{date_text(TODAY + dt.timedelta(days=7))}"]

    # A second one, to look at again today: Today offers it.
    add_new(qtbot, tab)
    qtbot.keyClicks(tab.text_edit, "The call tonight will turn into a fight")
    tab.look_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    enter(qtbot, tab.text_edit)
    call = next(w for w in journal.worries() if w.text.startswith("The call"))
    assert (call.look_on, call.sureness) == (TODAY, 50)

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    card = window.today_view.trackers.worries
    assert card.isVisible()
    [row] = card.rows  # the weekend's day has not come
    assert row.text.text() == "“The call tonight will turn into a fight”"
    assert row.caption.text() == f"Written on {date_text(TODAY)} · you were 50 % sure"
    click(qtbot, row.look_button)
    assert row.happened.hasFocus()
    qtbot.keyClicks(row.happened, "We talked calmly and laughed at the end")
    click(qtbot, row.answers[WorryOutcome.DID_NOT])
    looked = journal.get_worry(call.uuid)
    assert (looked.outcome, looked.what_happened, looked.settled_on) == (
        WorryOutcome.DID_NOT, "We talked calmly and laughed at the end", TODAY)
    assert card.rows == []
    assert card.note.text().startswith("Noted: this fear did not come true.")

    # On the page: settled ones under their own heading; the outcome can be corrected.
    tab = open_tab(qtbot, window, TrackerKind.WORRY)
    assert tab.row_texts()[-2:] == [
        "Looked at again", "The call tonight will turn into a fight\n50 % sure · It didn't"]
    assert tab.select(call.uuid)
    assert tab.outcome_box.isVisible()
    assert tab.happened_edit.text() == "We talked calmly and laughed at the end"
    choose(tab.outcome_combo, WorryOutcome.PARTLY.value)
    retype(qtbot, tab.happened_edit, "A short argument, then we made up")
    enter(qtbot, tab.happened_edit)
    corrected = journal.get_worry(call.uuid)
    assert (corrected.outcome, corrected.what_happened, corrected.settled_on) == (
        WorryOutcome.PARTLY, "A short argument, then we made up", TODAY)


def test_a_worry_cannot_be_looked_at_before_it_was_written(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window, TrackerKind.WORRY)
    add_new(qtbot, tab)
    qtbot.keyClicks(tab.text_edit, "They are hiding something")
    before = TODAY - dt.timedelta(days=2)
    tab.look_edit.setDate(QDate(before.year, before.month, before.day))
    enter(qtbot, tab.text_edit)
    assert journal.worries() == []
    assert tab.message.text() == \
        "The day to look again cannot be before the day it was written."


def test_what_happened_typed_on_today_survives_a_refresh(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    import uuid

    from trustjournal.core.trackers import Worry

    made = Worry(uuid=str(uuid.uuid4()), text="They forgot our date", sureness=60,
                 made_on=TODAY, look_on=TODAY, updated_utc=dt.datetime.now(dt.UTC))
    journal.save_worry(made)
    window.today_view.refresh()
    card = window.today_view.trackers.worries
    click(qtbot, card.rows[0].look_button)
    qtbot.keyClicks(card.rows[0].happened, "They remembered")
    window.today_view.refresh()
    [row] = card.rows
    assert row.answer_box.isVisible() and row.happened.text() == "They remembered"
    assert journal.get_worry(made.uuid).outcome is None
