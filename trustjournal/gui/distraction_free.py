"""Distraction-free writing (F11): the window goes full screen with only the writing
column on it. Leaving (Esc or F11) puts back exactly what was there; the text, the
cursor and the window's own state are never touched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from trustjournal.core.i18n import translate
from trustjournal.gui.page_names import PAGES

if TYPE_CHECKING:
    from trustjournal.gui.journal_view import JournalView
    from trustjournal.gui.main_window import MainWindow

SHORTCUT = "F11"


class DistractionFree(QObject):
    """One per window; follows whichever Journal page the window has now."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: JournalView | None = None
        self.active = False
        self._hidden: list[QWidget] = []
        self._was_full_screen = False
        self.action = QAction(translate("DistractionFree", "&Distraction-free writing"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(translate(
            "DistractionFree", "Only the page you are writing on ({shortcut}; Esc leaves)")
            .format(shortcut=SHORTCUT))
        self.action.toggled.connect(self._toggled)
        window.addAction(self.action)
        self.leave_action = QAction(
            translate("DistractionFree", "Leave distraction-free writing"), window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self.leave)
        window.addAction(self.leave_action)
        menus = getattr(window, "menus", {})
        if "view" in menus:
            menus["view"].addAction(self.action)
        if hasattr(window, "journal_menu_actions"):
            window.journal_menu_actions.append(self.action)

    @classmethod
    def install(cls, window: MainWindow, view: JournalView) -> DistractionFree:
        """The window's distraction-free mode, now following `view`."""
        # One of the window's own children: looked for there only, not through every
        # widget of the window (which makes a Python object for each on the way).
        mode = window.findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if mode is None:
            mode = cls(window)
        mode.follow(view)
        return mode

    def follow(self, view: JournalView) -> None:
        self.leave()
        self.view = view
        # Leaving the page (another page, locking) leaves the mode first.
        view.installEventFilter(self)

    def enter(self) -> None:
        self.action.setChecked(True)

    def leave(self) -> None:
        self.action.setChecked(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Hide and self.active:
            self.leave()
        return False

    def _toggled(self, on: bool) -> None:
        if on == self.active:
            return
        if on:
            self._enter()
        else:
            self._leave()

    def _enter(self) -> None:
        window, view = self.window, self.view
        if view is None or window.journal is None:
            self.action.setChecked(False)
            return
        self.active = True
        window.show_page(PAGES.index("Journal"))
        chrome = [window.menuBar(), window.toolbar, window.side, window.statusBar(),
                  view.toolbar, view.timeline.parentWidget()]
        self._hidden = [w for w in chrome if w is not None and w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        view.editor.set_distraction_free(True)
        self._was_full_screen = window.isFullScreen()
        if not self._was_full_screen:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        self.leave_action.setEnabled(True)
        view.editor.body_edit.setFocus()

    def _leave(self) -> None:
        self.active = False
        self.leave_action.setEnabled(False)
        window = self.window
        if not self._was_full_screen:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.view is not None:
            self.view.editor.set_distraction_free(False)
