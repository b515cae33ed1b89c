"""The urge widgets where the window puts them: the Urges tab of the Trackers page and the
follow-up card on Today."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.exercises.helpers import click, type_into
from tests.gui.urges.helpers import FakeClock, saved_urge
from trustjournal.core.trackers import TrackerKind
from trustjournal.gui.main_window import PAGES
from trustjournal.gui.urges import UrgeFollowUpCard, UrgeLogView


def settled(widget: QWidget) -> bool:
    """The widget's place stays the same over a turn of the event loop."""
    before = widget.geometry()
    QApplication.processEvents()
    return widget.geometry() == before


def test_the_urges_tab_lists_urges_and_opens_the_timer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(window.journal)
    window.urge_clock = FakeClock()
    window.show_page(PAGES.index("Trackers"))
    log = window.trackers_view.show_tab(TrackerKind.URGE)
    assert isinstance(log, UrgeLogView)
    assert log.isVisible() and len(log.texts()) == 1
    assert window.trackers_view.show_item(TrackerKind.URGE, urge.uuid)
    assert log.selected_uuid() == urge.uuid
    click(qtbot, log.surf_button)
    assert window.urge_dialog is not None and window.urge_dialog.isVisible()


def test_today_asks_how_you_feel_about_an_urge_from_hours_ago(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(window.journal, hours_ago=3)  # Today is built already: not asked
    window.show_page(PAGES.index("Journal"))
    window.show_page(PAGES.index("Today"))  # coming back to Today looks again
    cards = window.today_view.findChildren(UrgeFollowUpCard)
    assert len(cards) == 1
    card = cards[0]
    qtbot.waitUntil(card.isVisible)
    # Shown just now: Today's column makes room for it over a few turns of the event
    # loop, as a person would see it settle before clicking.
    qtbot.waitUntil(lambda: settled(card) and not card.save_button.rect().isEmpty())
    type_into(qtbot, card.feeling, "Settled")
    click(qtbot, card.save_button)
    assert window.journal.get_urge(urge.uuid).feeling_after == "Settled"
    assert not card.isVisible()
