"""The Trackers page: one tab per tracker. Each tab is a line in TABS; the urge log's
tab comes from gui/urges."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.trackers import TrackerKind
from trustjournal.gui.events import AppEvents
from trustjournal.gui.today_cards import GAP, bigger, label

if TYPE_CHECKING:
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal

NEW_KEYS = QKeySequence("Ctrl+N")  # on this page: add in the tab shown, not a new entry


class Tab(NamedTuple):
    kind: TrackerKind
    title: str  # source text, shown through translate("TrackersView", …)
    module: str
    widget: str
    watched: bool  # takes the window's safety watch (watch=…), or (journal, events) only


TABS = (
    Tab(TrackerKind.URGE, QT_TRANSLATE_NOOP("TrackersView", "Urges"),
        "trustjournal.gui.urges.log", "UrgeLogView", True),
    Tab(TrackerKind.PROMISE, QT_TRANSLATE_NOOP("TrackersView", "Promises"),
        "trustjournal.gui.trackers.promises", "PromisesTab", True),
    Tab(TrackerKind.INTENTION, QT_TRANSLATE_NOOP("TrackersView", "Intentions"),
        "trustjournal.gui.trackers.intentions", "IntentionsTab", True),
    Tab(TrackerKind.WORRY, QT_TRANSLATE_NOOP("TrackersView", "Worries"),
        "trustjournal.gui.trackers.worries", "WorriesTab", True),
)


def _widget_class(tab: Tab) -> type:
    """The tab's widget class, its module imported when the page is first built."""
    return getattr(importlib.import_module(tab.module), tab.widget)


class TrackersView(QWidget):
    """The tabs, Ctrl+N to add in the one shown, and a way to open any record."""

    safety_requested = Signal(str)
    surf_requested = Signal()  # the urge log asks for the "I want to check" window

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackersPage")
        self.journal = journal
        self.tabs = QTabWidget()
        self.tabs.setObjectName("trackerTabs")
        self.tabs.setAccessibleName(translate("TrackersView", "Trackers"))
        self.tabs.setDocumentMode(True)
        self.by_kind: dict[TrackerKind, QWidget] = {}
        for tab in TABS:
            cls = _widget_class(tab)
            widget = cls(journal, events, watch=watch) if tab.watched else cls(journal, events)
            title = translate("TrackersView", tab.title)
            widget.setAccessibleName(title)
            if hasattr(widget, "safety_requested"):
                widget.safety_requested.connect(self.safety_requested)
            if hasattr(widget, "surf_requested"):  # the urge log's "I want to check"
                widget.surf_requested.connect(self.surf_requested)
            self.tabs.addTab(widget, title)
            self.by_kind[tab.kind] = widget
        self.tabs.currentChanged.connect(self._tab_shown)

        title = label(translate("TrackersView", "Trackers"), "page-title")
        bigger(title, 1.5)
        about = label(translate("TrackersView", "Small things logged between journaling: urges "
                                "noticed, promises and how they went, one intention a day, and "
                                "worries set beside what really happened. Ctrl+N adds one in "
                                "the tab shown."), "secondary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GAP, 3 * GAP, 3 * GAP, 2 * GAP)
        layout.setSpacing(GAP)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(self.tabs, 1)
        start = self.by_kind.get(TrackerKind.PROMISE)
        if start is not None:
            self.tabs.setCurrentWidget(start)

    def tab(self, kind: TrackerKind) -> QWidget | None:
        return self.by_kind.get(kind)

    def show_tab(self, kind: TrackerKind) -> QWidget | None:
        widget = self.by_kind.get(kind)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)
        return widget

    def show_item(self, kind: TrackerKind | str, uuid: str) -> bool:
        """Show the tab of `kind` with the record `uuid` chosen; False if it is gone."""
        widget = self.show_tab(TrackerKind(kind))
        select = getattr(widget, "select", None)
        if select is None:
            return False
        found = select(uuid) is not False  # the urge log's select says nothing back
        if found and hasattr(widget, "first_field"):
            widget.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def add_new(self) -> None:
        """Ctrl+N: an empty form in the tab shown; on the urge log, the "I want to check"
        window, which is where an urge is logged."""
        widget = self.tabs.currentWidget()
        new = getattr(widget, "new", None)
        if new is not None:
            new()
        elif hasattr(widget, "surf_requested"):
            self.surf_requested.emit()

    def _tab_shown(self, _index: int) -> None:
        widget = self.tabs.currentWidget()
        if hasattr(widget, "first_field") and self.isVisible():
            widget.first_field().setFocus(Qt.FocusReason.TabFocusReason)

    # The window's Ctrl+N writes a new entry; on this page it adds a record instead. Taking
    # the shortcut-override keeps both from firing (an ambiguous shortcut does nothing).
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_new(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_new(event):
            self.add_new()
            event.accept()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_new(event: QObject) -> bool:
        return (isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == NEW_KEYS)
