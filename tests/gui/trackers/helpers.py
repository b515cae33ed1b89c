"""Shared steps for the Trackers page tests: open a tab by keyboard, type and press keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from trustjournal.core.trackers import TrackerKind
from trustjournal.gui.page_names import PAGES

CTRL = Qt.KeyboardModifier.ControlModifier


def open_tab(qtbot, window, kind: TrackerKind) -> QWidget:  # type: ignore[no-untyped-def]
    """Ctrl+<n> to the Trackers page, then its tab for `kind`."""
    number = PAGES.index("Trackers") + 1
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), CTRL)
    assert window.current_page() == "Trackers"
    tab = window.trackers_view.show_tab(kind)
    assert tab is not None
    return tab


def add_new(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N from inside the tab: an empty form, the keyboard in its first field."""
    qtbot.keyClick(tab.first_field(), Qt.Key.Key_N, CTRL)
    assert tab.current is None
    assert tab.first_field().hasFocus()


def retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def enter(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def escape(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Escape)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    # A card shown a moment ago gets its size when the page lays out, as a person sees it
    # appear before they can click it.
    qtbot.waitUntil(lambda: not button.size().isEmpty(), timeout=2000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, data: str | None) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
