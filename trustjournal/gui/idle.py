"""Auto-lock: after some idle minutes, and when the system suspends the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from trustjournal.gui.first_paint import once_settled

if TYPE_CHECKING:
    from trustjournal.storage import Journal

SETTING = "auto_lock_minutes"
DEFAULT_MINUTES = 5
CHOICES = (0, 1, 2, 5, 10, 15, 30, 60)  # 0: never
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


def minutes_setting(journal: Journal) -> int:
    value = journal.get_setting(SETTING, DEFAULT_MINUTES)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else DEFAULT_MINUTES


class IdleLock(QObject):
    """Emits timeout after the chosen idle time, or when the session suspends the app."""

    timeout = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.timeout)
        self._watching = False
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state)  # type: ignore[attr-defined]

    def configure(self, journal: Journal) -> None:
        """Start the countdown the journal's setting asks for (the journal was just
        opened): events are watched from one turn after the window's next paint on,
        so the pages' first paint, and what waits for it, is not handed to Python event
        by event."""
        window = self.parent()
        if not isinstance(window, QWidget) or not window.isVisible():
            self.set_minutes(minutes_setting(journal))
            return
        self._set_countdown(minutes_setting(journal))
        once_settled(window, lambda: self._watch(bool(self.minutes)))
        window.update()

    def set_minutes(self, minutes: int) -> None:
        self._set_countdown(minutes)
        self._watch(bool(minutes))

    def _set_countdown(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.minutes = 0
        self.timer.stop()
        self._watch(False)

    def watching(self) -> bool:
        """Whether every event of the application passes through this lock now."""
        return self._watching

    def _watch(self, on: bool) -> None:
        # The application-wide filter only while a countdown runs: each event it sees is
        # handed to Python, and the first of each kind of object makes PySide build that
        # class's enums (about 120 of them while the window first paints).
        app = QGuiApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.minutes and event.type() in _ACTIVITY:
            self.timer.start()  # restarts the countdown
        return False

    def _state(self, state: Qt.ApplicationState) -> None:
        if self.minutes and state == Qt.ApplicationState.ApplicationSuspended:
            self.timeout.emit()
