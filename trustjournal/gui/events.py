"""The application-events object: one per window, passed explicitly to each view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the window's shell needs this module before its first paint
    from trustjournal.core.entries import Change


class AppEvents(QObject):
    """Broadcasts what a journal call changed so views refresh only that."""

    changed = Signal(object)  # Change
    open_entry = Signal(str)  # uuid: show this entry in the journal page
    status = Signal(str)  # a short message for the status bar (never entry text)

    def emit_change(self, change: Change) -> None:
        if not change.empty:
            self.changed.emit(change)
