"""The Trackers page itself: its place in the sidebar, its tabs (the urge log first), and
the accessible names of what it shows."""

from __future__ import annotations

from tests.gui.trackers.helpers import open_tab
from trustjournal.core.trackers import TrackerKind
from trustjournal.gui.page_names import PAGES
from trustjournal.gui.trackers import view as trackers_view


def tab_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_trackers_come_after_exercises_with_their_own_shortcut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert PAGES.index("Trackers") == PAGES.index("Exercises") + 1
    row = PAGES.index("Trackers")
    assert window.sidebar.item(row).text() == "Trackers"
    assert window.sidebar.item(row).toolTip() == f"Trackers (Ctrl+{row + 1})"
    assert not window.sidebar.item(row).icon().isNull()
    assert window.built_page("Trackers") is None  # built when first shown
    tab = open_tab(qtbot, window, TrackerKind.PROMISE)
    assert window.pages.currentWidget() is window.trackers_view
    assert tab.text_edit.accessibleName() == "What was promised"


def test_the_urge_log_is_the_first_tab_and_the_page_opens_on_promises(
        qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.gui.events import AppEvents
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.gui.urges.log import UrgeLogView

    events, watch = AppEvents(), SafetyWatch(journal)
    page = trackers_view.TrackersView(journal, events, watch=watch)
    qtbot.addWidget(page)
    assert tab_titles(page) == ["Urges", "Promises", "Intentions", "Worries"]
    assert isinstance(page.tab(TrackerKind.URGE), UrgeLogView)
    assert page.tab(TrackerKind.URGE).accessibleName() == "Urges"
    # The page opens on Promises, the first tab of its own.
    assert page.tabs.currentWidget() is page.tab(TrackerKind.PROMISE)


def test_every_control_on_the_page_and_its_cards_has_a_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDateEdit,
        QLineEdit,
        QListWidget,
        QSlider,
    )

    open_tab(qtbot, window, TrackerKind.PROMISE)
    for root in (window.trackers_view, window.today_view.trackers):
        for kind in (QLineEdit, QComboBox, QSlider, QDateEdit, QListWidget):
            for widget in root.findChildren(kind):
                if isinstance(widget.parent(), (QComboBox, QDateEdit)):
                    continue  # a combo's or date box's own line edit: the box has the name
                assert widget.accessibleName(), (kind.__name__, widget.objectName())
        for button in root.findChildren(QAbstractButton):
            if type(button).__name__ == "QToolButton":
                continue  # the tab bar's scroll arrows
            assert button.text() or button.accessibleName(), button.objectName()
