"""The main window: a sidebar of pages and the page itself. No entry text in its title."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal import APP_NAME
from trustjournal.core.i18n import translate
from trustjournal.gui.after_open import AfterOpen
from trustjournal.gui.events import AppEvents
from trustjournal.gui.first_paint import once_settled
from trustjournal.gui.idle import IdleLock
from trustjournal.gui.safety_watch import SafetyWatch
from trustjournal.gui.tasks import Task, Tasks
from trustjournal.gui.window_dialogs import WindowDialogs
from trustjournal.gui.window_lock import WindowLocking
from trustjournal.gui.window_pages import PAGES, Pages

if TYPE_CHECKING:
    from collections.abc import Callable

    from trustjournal.gui.checkin import CheckInDialog
    from trustjournal.gui.desktop_lock import DesktopLock
    from trustjournal.gui.exercises_view import ExercisesView
    from trustjournal.gui.gate import Gate
    from trustjournal.gui.journal_view import JournalView
    from trustjournal.gui.progress_view import ProgressView
    from trustjournal.gui.reminders import Reminders
    from trustjournal.gui.safety import SafetyDialog
    from trustjournal.gui.search_view import SearchView
    from trustjournal.gui.today_view import TodayView
    from trustjournal.gui.trackers.view import TrackersView
    from trustjournal.gui.urges import UrgeSurfDialog
    from trustjournal.storage import Journal

LOCK_SHORTCUT = "Ctrl+Shift+L"
# "I want to check": one chord away from anywhere in the window. Not Ctrl+Shift+U, which
# IBus takes for typing a character by its code on many Linux desktops.
URGE_SHORTCUT = "Ctrl+Shift+K"


# At the latest this long after the journal is attached, the desktop lock listens even
# if the page never painted.
DESKTOP_LOCK_LATEST_MS = 1500


class MainWindow(WindowDialogs, WindowLocking, QMainWindow):
    """Shows at once as a shell; once the journal is attached, Today and the Journal page
    are built, every other page the first time it is shown."""

    journal_ready = Signal()
    # The shell has been painted and the journal is being opened (start()).
    shell_shown = Signal()

    locked = Signal()
    open_failed = Signal(str)
    # The background check found damage; the window closes, and the application shows
    # the damaged screen in a new one (application.run_gui).
    damage_found = Signal(str)

    def __init__(self, journal: Journal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal: Journal | None = None
        self.encrypted = False
        self.reminders: Reminders | None = None  # run_gui sets them up; tests may
        # Start-up leaves the reminders for after Today's paint; this sets them up at
        # once when something needs them sooner (closing to the tray, Settings).
        self.reminders_pending: Callable[[], None] | None = None
        self._quitting = False
        self.checkin_dialog: CheckInDialog | None = None
        self.recovery_dialog: QDialog | None = None
        self.kept_lock_path: Path | None = None
        self.restore_task: Task | None = None
        self.safety_dialog: SafetyDialog | None = None
        self.urge_dialog: UrgeSurfDialog | None = None
        self.urge_clock = time.monotonic  # what the urge timer counts by (tests fake it)
        # All work off the GUI thread that belongs to the window (tasks.py).
        self.tasks = Tasks(self)
        self.after_open = AfterOpen(self.tasks, self._check_found, self._backup_failed)
        self.resume_page = 0  # the page to show when the journal is attached
        # One watch for the window's life, so a panel offered once is not offered again
        # for the same entry after locking and unlocking.
        self.safety_watch = SafetyWatch()
        self.events = AppEvents(self)
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)

        self.pages = QStackedWidget()
        self.page_stack = Pages(self, self.pages)
        # The gate (first run, unlock, the damaged screen) is built when first needed,
        # after the shell is painted; until then the window says what it is doing.
        self._gate: Gate | None = None
        self.opening = QLabel(translate("MainWindow", "Opening your journal…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(translate("MainWindow", "Pages"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setEnabled(False)
        self.safety_button = QPushButton(translate("MainWindow", "Safety and support"))
        self.safety_button.setObjectName("safetyButton")
        self.safety_button.setToolTip(
            translate("MainWindow", "Where to turn if things feel unsafe (F1)"))
        self.safety_button.clicked.connect(self.show_safety)
        self.safety_action = QAction(translate("MainWindow", "Safety and support"), self)
        self.safety_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.safety_action.triggered.connect(self.show_safety)
        self.addAction(self.safety_action)
        self.urge_button = QPushButton(translate("MainWindow", "I want to check"))
        self.urge_button.setObjectName("urgeButton")
        self.urge_button.setToolTip(translate(
            "MainWindow", "Sit with the urge for a few minutes before acting on it ({keys})"
        ).format(keys=URGE_SHORTCUT))
        self.urge_button.clicked.connect(self.show_urge_timer)
        self.urge_action = QAction(translate("MainWindow", "I want to check…"), self)
        self.urge_action.setShortcut(QKeySequence(URGE_SHORTCUT))
        self.urge_action.triggered.connect(self.show_urge_timer)
        self.addAction(self.urge_action)
        side = QWidget()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.sidebar, 1)
        # The same gap around it as the Safety button's stylesheet margin gives that one.
        urge_row = QVBoxLayout()
        urge_row.setContentsMargins(8, 8, 8, 0)
        urge_row.addWidget(self.urge_button)
        side_layout.addLayout(urge_row)
        side_layout.addWidget(self.safety_button)
        self.side = side
        # Tab from the pages' list still goes straight to Safety and then the page (a
        # check-in by keyboard stays within ten presses); the urge button is one
        # Shift+Tab back from the list, and Ctrl+Shift+K from anywhere.
        QWidget.setTabOrder(self.urge_button, self.sidebar)
        QWidget.setTabOrder(self.sidebar, self.safety_button)
        self.page_actions: list[QAction] = []
        for number, name in enumerate(PAGES, start=1):
            shown = translate("PageNames", name)  # the name stays the page's key
            item = QListWidgetItem(shown)
            item.setToolTip(translate("MainWindow", "{page} (Ctrl+{number})").format(
                page=shown, number=number))
            self.sidebar.addItem(item)
            action = QAction(shown, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, n=number - 1: self.show_page(n))
            self.addAction(action)
            self.page_actions.append(action)
        # The sidebar is hidden until a journal is open: it is measured while the journal
        # opens (_open), or as it is first shown, not before the shell's first paint.
        self._sidebar_fitted = False

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(1)  # a hairline: the sidebar's own colour marks the edge
        splitter.setSizes([150, 950])
        self.sidebar.currentRowChanged.connect(self.page_stack.show_row)
        # Locked or not yet open, the window shows only the gate: no page, no sidebar.
        self.outer = QStackedWidget()
        self.outer.addWidget(self.opening)
        self.outer.addWidget(splitter)
        self.main_area = splitter
        self.setCentralWidget(self.outer)

        self.toolbar = self.addToolBar("TrustJournal")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.lock_action = QAction(translate("MainWindow", "Lock"), self)
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(translate(
            "MainWindow", "Hide everything and lock now ({keys})").format(keys=LOCK_SHORTCUT))
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction(translate("MainWindow", "Settings"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.show_settings)
        self.privacy_action = QAction(translate("MainWindow", "Privacy"), self)
        self.privacy_action.setToolTip(
            translate("MainWindow", "What TrustJournal protects, and what it can't"))
        self.privacy_action.triggered.connect(self.show_privacy)
        self.about_action = QAction(translate("MainWindow", "About"), self)
        self.about_action.triggered.connect(self.show_about)
        self.backups_action = QAction(translate("MainWindow", "Backups"), self)
        self.backups_action.setToolTip(
            translate("MainWindow", "Your journal's backups: make one now, or restore one"))
        self.backups_action.triggered.connect(self.show_backups)
        self.export_action = QAction(translate("MainWindow", "Export"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setToolTip(translate(
            "MainWindow", "Save entries as JSON, Markdown, CSV, HTML or a printable PDF "
            "({keys})").format(keys="Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.show_export)
        self.import_action = QAction(translate("MainWindow", "Import"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setToolTip(translate(
            "MainWindow", "Bring in entries from another journal ({keys})"
        ).format(keys="Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.show_import)
        for action in (self.lock_action, self.settings_action, self.backups_action,
                       self.export_action, self.import_action, self.privacy_action,
                       self.about_action):
            self.toolbar.addAction(action)
            self.addAction(action)
        self.idle = IdleLock(self)
        self.idle.timeout.connect(self.lock)
        # The desktop's lock and sleep signals (D-Bus) are listened to from just after
        # the journal is usable (attach_journal), or from when first asked about.
        self._desktop_lock: DesktopLock | None = None
        self._set_unlocked(False)

        self.find_action = QAction(translate("MainWindow", "Search…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.show_search)
        self.addAction(self.find_action)
        self.quit_action = QAction(translate("MainWindow", "Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_for_real)
        self.addAction(self.quit_action)
        self._build_menu_bar()
        self.events.open_entry.connect(self.open_entry)
        self.events.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        if journal is not None:
            self.attach_journal(journal)

    @property
    def desktop_lock(self) -> DesktopLock:
        """What locks the journal with the desktop (sleep, session and screen lock)."""
        if self._desktop_lock is None:
            from trustjournal.gui.desktop_lock import DesktopLock

            self._desktop_lock = DesktopLock.for_desktop(self)
            self._desktop_lock.lock_requested.connect(lambda _why: self.lock())
        return self._desktop_lock

    @property
    def gate(self) -> Gate:
        """The way into the journal, built on first use (its modules load with it)."""
        if self._gate is None:
            from trustjournal.gui.gate import Gate
            from trustjournal.gui.warm_up import import_first_pages

            gate = Gate()
            # The first pages' code is read while the journal opens (warm_up.py).
            gate.read_pages = import_first_pages
            gate.opened.connect(self._gate_opened)
            gate.open_failed.connect(self.open_failed)
            gate.notice.connect(lambda text: self.events.status.emit(text))
            gate.quit_requested.connect(self.close)
            self._gate = gate
            self.outer.insertWidget(0, gate)
            if self.outer.currentWidget() is self.opening:
                self.outer.setCurrentWidget(gate)
        return self._gate

    def start(self, path: Path) -> None:
        """Open the journal at path, asking first for whatever it needs. A window on
        screen paints its shell first: the opening thread starts after that paint."""
        if self.isVisible():
            # Once the paint is done (not inside the paint's own turn of the event loop).
            once_settled(self, lambda: self._open(path))
            self.update()
        else:
            self.gate.start(path)

    def _open(self, path: Path) -> None:
        self.gate.start(path)  # which reads the first pages' code too (warm_up.py)
        self._fit_sidebar()  # meanwhile: styling the hidden sidebar is Qt's own work
        self.shell_shown.emit()

    def show_damaged(self, path: Path, reason: str, *, encrypted: bool) -> None:
        """Show the damaged screen for the journal at path (it is not open)."""
        self._set_unlocked(False)
        self.gate.show_damaged(path, reason, encrypted=encrypted)

    def _gate_opened(self, journal: Journal, encrypted: bool) -> None:
        try:
            self.attach_journal(journal, encrypted=encrypted)
        except Exception:
            if not self._unreadable_on_attach(journal, encrypted):
                raise
            return
        self._after_usable()

    def _set_unlocked(self, unlocked: bool) -> None:
        if unlocked and not self._sidebar_fitted:
            self._fit_sidebar()
        self.outer.setCurrentWidget(
            self.main_area if unlocked else (self._gate or self.opening))
        for action in (self.lock_action, self.settings_action, self.backups_action,
                       self.export_action, self.import_action):
            action.setEnabled(unlocked)
            # Greyed buttons on the first-run and unlock screens look broken: what
            # cannot be used there is not shown at all.
            action.setVisible(unlocked)
        self.urge_button.setEnabled(unlocked)
        self.urge_action.setEnabled(unlocked)
        if hasattr(self, "journal_menu_actions"):
            for action in self.journal_menu_actions:
                action.setVisible(unlocked)

    def attach_journal(self, journal: Journal, *, encrypted: bool = False) -> None:
        """Put the journal behind the window: Today and the Journal page now (the timeline
        loads its first page), every other page when first shown (window_pages.py)."""
        self.journal = journal
        self.encrypted = encrypted
        self.checkin_dialog = None
        self.safety_watch.journal = journal
        self.page_stack.attach()
        self.sidebar.setEnabled(True)
        self.sidebar.setCurrentRow(-1)
        # Unlocking goes back to the page the person was on when it locked.
        self.show_page(self.resume_page)
        self.resume_page = 0
        self.kept_lock_path = None  # open_journal took over a lock kept while locked
        self._set_unlocked(True)
        self.idle.configure(journal)
        self._listen_to_the_desktop_soon()
        self.journal_ready.emit()

    def _listen_to_the_desktop_soon(self) -> None:
        # Once the page shown has been painted and what waited for it has run: setting
        # up D-Bus is not part of becoming usable, and locking needs an open journal.
        # A page that is visible may still never paint (the window minimised or on
        # another workspace while the journal opened), so a timer starts it regardless:
        # a journal left open through the screen locking is the worse outcome.
        page = self.pages.currentWidget()
        if page is not None and page.isVisible():
            once_settled(page, lambda: self.desktop_lock)
            QTimer.singleShot(DESKTOP_LOCK_LATEST_MS, self, lambda: self.desktop_lock)
        else:
            QTimer.singleShot(0, self, lambda: self.desktop_lock)

    # -- pages (window_pages.py) ---------------------------------------------------------

    @property
    def today_view(self) -> TodayView:
        return self.page_stack.get("Today")  # type: ignore[return-value]

    @property
    def journal_view(self) -> JournalView:
        return self.page_stack.get("Journal")  # type: ignore[return-value]

    @property
    def exercises_view(self) -> ExercisesView:
        return self.page_stack.get("Exercises")  # type: ignore[return-value]

    @property
    def progress_view(self) -> ProgressView:
        return self.page_stack.get("Progress")  # type: ignore[return-value]

    @property
    def trackers_view(self) -> TrackersView:
        return self.page_stack.get("Trackers")  # type: ignore[return-value]

    @property
    def search_view(self) -> SearchView:
        return self.page_stack.get("Search")  # type: ignore[return-value]

    def built_page(self, name: str) -> QWidget | None:
        """The page if it has been built on the current journal, else None."""
        return self.page_stack.built(name)

    # -- locking and closing: window_lock.py; dialogs: window_dialogs.py -------------

    def start_exercise(self, exercise_id: str) -> None:
        self.show_page(PAGES.index("Exercises"))
        self.exercises_view.start(exercise_id)

    def _exercise_saved(self, entry_uuid: str) -> None:
        # A small victory gets a quiet moment on Today; anything else opens in the journal.
        if self.today_view.celebrate(entry_uuid):
            self.show_page(PAGES.index("Today"))
        else:
            self.open_entry(entry_uuid)

    def start_weekly_review(self, summary: str) -> None:
        """Open the weekly review on the Exercises page with the week's summary."""
        self.show_page(PAGES.index("Exercises"))
        runner = self.exercises_view.start("weekly_review", prefill=summary)
        if runner is not None and runner.exercise.id != "weekly_review":
            self.events.status.emit(translate(
                "MainWindow", "Finish or save the open exercise for later first."))

    # -- menu bar, theme and icons (issue 18) --------------------------------------------

    def _build_menu_bar(self) -> None:
        from trustjournal.gui.menus import build_menu_bar
        from trustjournal.gui.theme import Appearance

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # run_gui's application keeps one Appearance for every window; a window made on
        # its own (tests, tools) gets its own, saved beside the journal it shows.
        self.appearance = app.findChild(Appearance) or Appearance(app, None, parent=self)
        self.menus = build_menu_bar(self)
        self.theme_actions[self.appearance.choice].setChecked(True)
        self.appearance.changed.connect(self._theme_changed)
        self._set_icons()
        for action in self.journal_menu_actions:  # shown once a journal is open
            action.setVisible(self.journal is not None)

    def choose_theme(self, choice: str) -> None:
        """System, light or dark: applied to every window at once and kept."""
        if self.appearance.folder is None and self.journal is not None:
            self.appearance.folder = self.journal.path.parent
        self.appearance.set_choice(choice)  # type: ignore[arg-type]
        self.theme_actions[choice].setChecked(True)

    def _theme_changed(self, _theme: str) -> None:
        self._set_icons()
        self._fit_sidebar()

    def _set_icons(self) -> None:
        from trustjournal.gui.icons import icon as make_icon

        made: dict[str, QIcon] = {}

        def icon(name: str) -> QIcon:
            # The sidebar and the View menu show the same icons: each is made once.
            if name not in made:
                made[name] = make_icon(name)
            return made[name]

        for row, page in enumerate(PAGES):  # each page's icon is named after it
            self.sidebar.item(row).setIcon(icon(page.lower()))
            self.page_actions[row].setIcon(icon(page.lower()))
        self.safety_button.setIcon(icon("safety"))
        self.safety_action.setIcon(icon("safety"))
        for action, name in ((self.lock_action, "lock"), (self.settings_action, "settings"),
                             (self.backups_action, "backups"), (self.export_action, "export"),
                             (self.import_action, "import"), (self.privacy_action, "privacy"),
                             (self.about_action, "about"), (self.find_action, "search"),
                             (self.quit_action, "quit"), (self.shortcuts_action, "shortcuts"),
                             (self.not_therapy_action, "not-therapy")):
            action.setIcon(icon(name))
        self.menus["theme"].setIcon(icon("theme"))

    def save_now(self) -> None:
        if self.journal is not None:
            self.journal_view.save_editor()

    def show_entry_history(self) -> None:
        if self.journal is not None:
            self.show_page(PAGES.index("Journal"))
            self.journal_view.editor.show_history()

    def toggle_preview(self) -> None:
        if self.journal is not None:
            self.show_page(PAGES.index("Journal"))
            self.journal_view.editor.preview_button.toggle()

    def show_page(self, number: int) -> None:
        if self.journal is not None:
            self.sidebar.setCurrentRow(number)

    def current_page(self) -> str:
        return PAGES[self.pages.currentIndex()]

    def show_search(self) -> None:
        if self.journal is None:
            return
        self.show_page(PAGES.index("Search"))
        self.search_view.focus_query()

    def show_tracker_item(self, kind: str, uuid: str) -> None:
        """Open the Trackers page on one record (a search hit, a card on Today)."""
        if self.journal is None:
            return
        self.show_page(PAGES.index("Trackers"))
        if not self.trackers_view.show_item(kind, uuid):
            self.events.status.emit(
                translate("MainWindow", "That record is no longer in the journal."))

    def write_new(self) -> None:
        if self.journal is None:
            return
        self.show_page(PAGES.index("Journal"))
        self.journal_view.new_entry()

    def open_entry(self, entry_uuid: str) -> None:
        self.show_page(PAGES.index("Journal"))
        if self.journal_view.show_trash_action.isChecked():
            self.journal_view.show_trash_action.setChecked(False)
        self.journal_view.select_entry(entry_uuid)

    def show_urge_timer(self) -> UrgeSurfDialog | None:
        """The "I want to check" window: the urge timer, then its log (sidebar button,
        Ctrl+Shift+K). Only one at a time; not modal, so writing stays possible."""
        from trustjournal.gui.urges import UrgeSurfDialog

        if self.journal is None:
            return None
        if self.urge_dialog is not None:
            self.urge_dialog.raise_()
            self.urge_dialog.activateWindow()
            return self.urge_dialog
        dialog = UrgeSurfDialog(self.journal, self.events, self, watch=self.safety_watch,
                                clock=self.urge_clock)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.safety_requested.connect(self.offer_safety)
        dialog.write_requested.connect(self.write_new)
        dialog.finished.connect(lambda _result, d=dialog: self._urge_closed(d))
        self.urge_dialog = dialog
        dialog.show()
        dialog.activateWindow()  # not modal, so the keyboard must be handed over
        return dialog

    def _urge_closed(self, dialog: UrgeSurfDialog) -> None:
        if self.urge_dialog is dialog:
            self.urge_dialog = None

    def _fit_sidebar(self) -> None:
        """As wide as its content asks at the current font and style (the Safety button's
        whole label, the longest page name), with no cap: larger text widens it."""
        self.safety_button.ensurePolished()
        self.urge_button.ensurePolished()
        self.sidebar.ensurePolished()
        button = max(self.safety_button.sizeHint().width(), self.urge_button.sizeHint().width())
        margins = self.safety_button.contentsMargins()
        button += margins.left() + margins.right() + 2 * 8  # its stylesheet margin
        names = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 16
        width = max(button, names, 150)
        self.side.setMinimumWidth(width)
        self.side.setMaximumWidth(max(width, int(width * 1.3)))
        self.side.updateGeometry()
        self._sidebar_fitted = True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and getattr(self, "_sidebar_fitted", False):
            self._fit_sidebar()

    def edit_answers(self, entry_uuid: str) -> None:
        """Reopen an exercise (or today's check-in) entry with its answers."""
        if self.journal is None:
            return
        entry = self.journal.get_entry(entry_uuid)
        from trustjournal.core.entries import EntryKind

        if entry.kind == EntryKind.CHECKIN:
            if entry.local_date != dt.date.today():
                self.events.status.emit(
                    translate("MainWindow", "Only today's check-in can be changed."))
                return
            self.open_checkin()
            return
        if not self.journal_view.editor.save():
            return
        self.show_page(PAGES.index("Exercises"))
        self.exercises_view.edit_entry(entry_uuid)

    def follow_up(self, entry_uuid: str) -> None:
        """Start the later follow-up of an entry (e.g. how a prepared talk went)."""
        follow_up_id = self.exercises_view.follow_up_for(entry_uuid)
        if follow_up_id is None or not self.journal_view.editor.save():
            return
        self.show_page(PAGES.index("Exercises"))
        self.exercises_view.start_follow_up(follow_up_id, entry_uuid)

    def _editor_status(self, text: str) -> None:
        # The editor's own word for it, in the language shown.
        from trustjournal.gui.editor import saved_text

        if text == saved_text():
            self.statusBar().showMessage(translate("MainWindow", "Saved"), 3000)

    def quit_for_real(self) -> None:
        """Quit even when reminders keep the app in the tray (Ctrl+Q, the tray's Quit)."""
        self._quitting = True
        if self.close():
            QApplication.quit()
        self._quitting = False
