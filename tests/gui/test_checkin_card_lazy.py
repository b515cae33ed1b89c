"""Today opens quickly on a day whose check-in is done: the card's form (a slider per
question and the feelings) is made only when it is shown, and then sits in the tab order
exactly where it would have been had it been made with the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSlider, QWidget

from tests.gui.exercises.helpers import click
from tests.gui.test_today_view import checkins, press, save_checkin
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.perspective import SETTING
from trustjournal.storage import open_journal

TAB = Qt.Key.Key_Tab


def shown_window(qtbot, journal) -> MainWindow:  # type: ignore[no-untyped-def]
    journal.set_setting(SETTING, "distrusting")  # chosen before: no question about it
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def tab_order(window: MainWindow) -> list[tuple[str, str]]:
    """The widgets Tab visits, from the sidebar round to it again, as (type, name)."""
    found, widget = [], window.sidebar.nextInFocusChain()
    while widget is not window.sidebar:
        if (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            found.append((type(widget).__name__, widget.objectName()))
        widget = widget.nextInFocusChain()
    return found


def test_a_done_checkin_makes_its_form_only_when_it_is_changed(qtbot, journal) -> None:
    uuid = save_checkin(journal, {"trust": 4, "anxiety": 6, "connection": 7})
    window = shown_window(qtbot, journal)
    today = window.today_view
    card = today.checkin
    assert card.stack.currentWidget() is card.done
    assert card.figures.text() == "Trust 4 · Anxiety 6 · Connection 7"
    assert today.findChildren(QSlider) == []  # nothing made that is not shown

    click(qtbot, card.edit_button)
    assert card.stack.currentWidget() is card.form
    assert {k: s.value() for k, s in card.scales.items()} == {
        "trust": 4, "anxiety": 6, "connection": 7}
    # By keyboard from the sidebar, as on a day the form was made with the page.
    window.sidebar.setFocus()
    press(qtbot, [TAB, TAB])
    assert QApplication.focusWidget() is card.scales["trust"].slider
    press(qtbot, ["5"])
    for step_id, value in (("anxiety", 2), ("connection", 8)):
        card.scales[step_id].slider.setFocus()
        press(qtbot, [str(value)])
    click(qtbot, card.save_button)
    (entry,) = checkins(journal)
    assert entry.uuid == uuid  # still the one check-in of the day
    assert journal.exercise_answers(uuid) == {"trust": 5, "anxiety": 2, "connection": 8}
    assert card.stack.currentWidget() is card.done


def test_a_form_made_later_keeps_the_tab_order_of_one_made_first(qtbot, journal,
                                                                 tmp_path: Path) -> None:
    save_checkin(journal, {"trust": 4, "anxiety": 6, "connection": 7})
    later = shown_window(qtbot, journal)
    click(qtbot, later.today_view.checkin.edit_button)  # the form is made now
    QApplication.processEvents()
    with open_journal(tmp_path / "other" / "notes.db") as other:
        # Yesterday's: one entry under "Recently" on both pages, and none done today.
        save_checkin(other, {"trust": 4, "anxiety": 6, "connection": 7},
                     dt.date.today() - dt.timedelta(days=1))
        first = shown_window(qtbot, other)  # no check-in yet: the form comes with the page
        QApplication.processEvents()
        made_first = tab_order(first)
        first.close()
    assert isinstance(later.today_view.checkin.form, QWidget)
    order = tab_order(later)
    assert ("UnsetSlider", "") in order
    assert order == made_first


def test_another_perspectives_questions_are_made_when_asked_and_tabbed_in_place(
        qtbot, journal, tmp_path: Path) -> None:
    """Today's form makes a row only for the questions asked now. Choosing a perspective
    on Today asks others: their rows are made then, and Tab visits them exactly as on a
    page made with that perspective chosen from the start."""
    window = MainWindow(journal)  # no perspective chosen yet: Today asks for one
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    today = window.today_view
    card = today.checkin
    assert set(card.all_rows) == {"trust", "anxiety", "connection"}
    assert len(today.findChildren(QSlider)) == 3  # no slider for a question not asked

    click(qtbot, today.perspective_card.buttons["distrusted"])
    qtbot.waitUntil(lambda: "felt_trusted" in card.scales)
    assert list(card.scales) == ["felt_trusted", "distrust_weight", "connection",
                                 "needs_met"]
    assert all(scale.isVisible() for scale in card.scales.values())
    assert not card.all_rows["trust"][1].isVisible()
    # By keyboard: from the sidebar, the first new question's slider is two Tabs away.
    window.sidebar.setFocus()
    press(qtbot, [TAB, TAB])
    assert QApplication.focusWidget() is card.scales["felt_trusted"].slider
    QApplication.processEvents()
    with open_journal(tmp_path / "other" / "notes.db") as other:
        other.set_setting(SETTING, "distrusted")
        first = MainWindow(other)
        qtbot.addWidget(first)
        first.show()
        qtbot.waitExposed(first)
        QApplication.processEvents()
        made_first = tab_order(first)
        first.close()
    order = tab_order(window)
    assert order.count(("UnsetSlider", "")) == 4
    assert order == made_first
