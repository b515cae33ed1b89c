"""Run something once a widget has been painted for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # After the paint itself has run, on the next turn of the event loop.
            QTimer.singleShot(0, self._widget, self._fire)
        return False

    def _fire(self) -> None:
        self.deleteLater()
        self._then()


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call `then` (on the GUI thread) right after `widget`'s next paint; never if the
    widget is destroyed first."""
    _FirstPaint(widget, then)


def once_settled(widget: QWidget, then: Callable[[], object]) -> None:
    """Call `then` one turn of the event loop after `widget`'s next paint: after
    whatever else waited for that paint (the window becoming usable). For work that
    starts once the journal is usable: threads that start competing for Python's lock,
    or set-up on the GUI thread, then come after the moment they would delay."""
    after_first_paint(widget, lambda: QTimer.singleShot(0, widget, then))
