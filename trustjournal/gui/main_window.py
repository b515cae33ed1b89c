"""The main window: a sidebar of pages and the page itself. No entry text in its title."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal import APP_NAME
from trustjournal.core import danger
from trustjournal.core.entries import EntryKind
from trustjournal.gui.events import AppEvents
from trustjournal.gui.exercises_view import ExercisesView
from trustjournal.gui.gate import Gate
from trustjournal.gui.idle import IdleLock
from trustjournal.gui.journal_view import JournalView
from trustjournal.gui.progress_view import ProgressView
from trustjournal.gui.safety import SafetyDialog
from trustjournal.gui.safety_watch import SafetyWatch
from trustjournal.gui.search_view import SearchView
from trustjournal.gui.today_view import TodayView
from trustjournal.gui.worker import Task
from trustjournal.storage.session import JournalSession

if TYPE_CHECKING:
    from trustjournal.gui.checkin import CheckInDialog
    from trustjournal.gui.reminders import Reminders
    from trustjournal.storage import Journal

PAGES = ("Today", "Journal", "Exercises", "Progress", "Search")
LOCK_SHORTCUT = "Ctrl+Shift+L"


class _CheckSignals(QObject):
    done = Signal(object)  # list of problems ([] when healthy)


class _CheckTask(QRunnable):
    def __init__(self, journal: Journal, signals: _CheckSignals) -> None:
        super().__init__()
        self._journal, self._signals = journal, signals

    def run(self) -> None:
        try:
            problems: list[str] = self._journal.integrity_problems(quick=True)
        except Exception as exc:  # a damaged file can fail the check itself
            problems = [type(exc).__name__]
        self._signals.done.emit(problems)


class MainWindow(QMainWindow):
    """Shows at once as a shell; the pages are built when the journal is attached."""

    journal_ready = Signal()

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
        self._quitting = False
        self.checkin_dialog: CheckInDialog | None = None
        self.recovery_dialog: QDialog | None = None
        self.kept_lock_path: Path | None = None
        self.backup_task: Task | None = None
        self.restore_task: Task | None = None
        self.safety_dialog: SafetyDialog | None = None
        # One watch for the window's life, so a panel offered once is not offered again
        # for the same entry after locking and unlocking.
        self.safety_watch = SafetyWatch()
        self.events = AppEvents(self)
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)

        self.pages = QStackedWidget()
        self.gate = Gate()
        self.gate.opened.connect(self._gate_opened)
        self.gate.open_failed.connect(self.open_failed)
        self.gate.notice.connect(lambda text: self.events.status.emit(text))
        self.gate.quit_requested.connect(self.close)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName("Pages")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setStyleSheet("QListWidget::item { padding: 4px 10px; }")
        self.sidebar.setEnabled(False)
        self.safety_button = QPushButton("Safety and support")
        self.safety_button.setToolTip("Where to turn if things feel unsafe (F1)")
        self.safety_button.clicked.connect(self.show_safety)
        safety_action = QAction(self)
        safety_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        safety_action.triggered.connect(self.show_safety)
        self.addAction(safety_action)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.sidebar, 1)
        side_layout.addWidget(self.safety_button)
        self.side = side
        self._fit_sidebar()
        for number, name in enumerate(PAGES, start=1):
            item = QListWidgetItem(name)
            item.setToolTip(f"{name} (Ctrl+{number})")
            item.setSizeHint(QSize(120, 36))
            self.sidebar.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, n=number - 1: self.show_page(n))
            self.addAction(action)

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 950])
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        # Locked or not yet open, the window shows only the gate: no page, no sidebar.
        self.outer = QStackedWidget()
        self.outer.addWidget(self.gate)
        self.outer.addWidget(splitter)
        self.main_area = splitter
        self.setCentralWidget(self.outer)

        self.toolbar = self.addToolBar("TrustJournal")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.lock_action = QAction("Lock", self)
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(f"Hide everything and lock now ({LOCK_SHORTCUT})")
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction("Settings", self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.show_settings)
        self.privacy_action = QAction("Privacy", self)
        self.privacy_action.setToolTip("What TrustJournal protects, and what it can't")
        self.privacy_action.triggered.connect(self.show_privacy)
        self.about_action = QAction("About", self)
        self.about_action.triggered.connect(self.show_about)
        self.backups_action = QAction("Backups", self)
        self.backups_action.setToolTip("Your journal's backups: make one now, or restore one")
        self.backups_action.triggered.connect(self.show_backups)
        self.export_action = QAction("Export", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setToolTip("Save entries as JSON, Markdown, CSV, HTML or a "
                                      "printable PDF (Ctrl+Shift+E)")
        self.export_action.triggered.connect(self.show_export)
        self.import_action = QAction("Import", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setToolTip("Bring in entries from another journal (Ctrl+Shift+I)")
        self.import_action.triggered.connect(self.show_import)
        for action in (self.lock_action, self.settings_action, self.backups_action,
                       self.export_action, self.import_action, self.privacy_action,
                       self.about_action):
            self.toolbar.addAction(action)
            self.addAction(action)
        self.idle = IdleLock(self)
        self.idle.timeout.connect(self.lock)
        from trustjournal.gui.desktop_lock import DesktopLock

        self.desktop_lock = DesktopLock.for_desktop(self)
        self.desktop_lock.lock_requested.connect(lambda _why: self.lock())
        self._set_unlocked(False)

        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.show_search)
        self.addAction(find)
        quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_for_real)
        self.addAction(quit_action)
        self.events.open_entry.connect(self.open_entry)
        self.events.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        if journal is not None:
            self.attach_journal(journal)

    def start(self, path: Path) -> None:
        """Open the journal at path, asking first for whatever it needs."""
        self.gate.start(path)

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
        self.start_background_check()
        self.start_daily_backup()
        # Compile the safety check's tables while the person is still reading the page.
        QTimer.singleShot(0, self, danger.warm_up)

    def _unreadable_on_attach(self, journal: Journal, encrypted: bool) -> bool:
        """Building the pages failed while reading the journal. If SQLite's check finds
        damage, put the pages away, close the journal and show the damaged screen (True);
        otherwise it is not damage, and the error goes on (False)."""
        try:
            problems = journal.integrity_problems(quick=True)
        except Exception:  # the check itself could not read the file
            problems = ["unreadable"]
        if not problems:
            return False
        session = JournalSession.around(journal)  # keeps the key for the damaged screen
        self.journal = None
        QThreadPool.globalInstance().waitForDone(10_000)
        while self.pages.count():
            view = self.pages.widget(0)
            self.pages.removeWidget(view)
            view.deleteLater()
        if hasattr(self, "new_action"):
            self.removeAction(self.new_action)
        self.sidebar.setEnabled(False)
        session.close()
        self._set_unlocked(False)
        self.gate.show_damaged(
            journal.path,
            f"SQLite's check found damage inside {journal.path.name}, so it cannot be used "
            "safely as it is.",
            encrypted=encrypted, session=session)
        return True

    def _set_unlocked(self, unlocked: bool) -> None:
        self.outer.setCurrentWidget(self.main_area if unlocked else self.gate)
        for action in (self.lock_action, self.settings_action, self.backups_action,
                       self.export_action, self.import_action):
            action.setEnabled(unlocked)

    def attach_journal(self, journal: Journal, *, encrypted: bool = False) -> None:
        """Build the pages on an open journal."""
        self.journal = journal
        self.encrypted = encrypted
        self.checkin_dialog = None
        self.safety_watch.journal = journal
        self.today_view = TodayView(journal, self.events)
        self.journal_view = JournalView(journal, self.events, watch=self.safety_watch)
        self.exercises_view = ExercisesView(journal, self.events, watch=self.safety_watch)
        self.progress_view = ProgressView(journal, self.events)
        self.progress_view.review_requested.connect(self.start_weekly_review)
        self.exercises_view.prefill_provider = self.progress_view.week_summary
        self.search_view = SearchView(journal, self.events)
        for view in (self.today_view, self.journal_view, self.exercises_view,
                     self.progress_view, self.search_view):
            self.pages.addWidget(view)
        self.sidebar.setEnabled(True)

        self.new_action = self.journal_view.new_action
        self.addAction(self.new_action)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(lambda: self.show_page(PAGES.index("Journal")))
        self.today_view.write_requested.connect(self.write_new)
        self.today_view.checkin_requested.connect(self.open_checkin)
        self.exercises_view.entry_saved.connect(self.open_entry)
        self.exercises_view.safety_requested.connect(self.offer_safety)
        self.journal_view.editor.safety_offered.connect(self.offer_safety)
        self.journal_view.editor.edit_answers_requested.connect(self.edit_answers)
        self.journal_view.editor.follow_up_check = (
            lambda uuid: self.exercises_view.follow_up_for(uuid) is not None)
        self.journal_view.editor.follow_up_requested.connect(self.follow_up)
        self.journal_view.editor.status_changed.connect(self._editor_status)
        self.sidebar.setCurrentRow(-1)
        self.show_page(0)
        self.kept_lock_path = None  # open_journal took over a lock kept while locked
        self._set_unlocked(True)
        self.idle.configure(journal)
        self.journal_ready.emit()

    # -- locking ---------------------------------------------------------------------

    def lock(self) -> bool:
        """Hide everything at once, keep every word, close the journal and ask again.

        Returns False (the text stays hidden but the journal stays open) when the latest
        changes could not be saved, so nothing typed is lost.
        """
        if self.journal is None:
            return True
        self._set_unlocked(False)
        self.gate.show_locked(self.journal.path, self.encrypted)
        self._stop_work_dialogs()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # the check-in keeps a draft when closed
        self.statusBar().clearMessage()
        if not self._save_everything():
            self.events.status.emit("Locked, but the latest changes are not saved yet.")
            return False
        self.detach_journal(keep_lock=True)  # nobody else opens it while it is locked
        self.statusBar().clearMessage()
        self.locked.emit()
        return True

    def _stop_work_dialogs(self) -> None:
        """Cancel a running export or import and wait for it, before the journal closes
        (a cancelled import changes nothing; a cancelled export leaves no file)."""
        from trustjournal.gui.progress_task import WorkDialog

        for dialog in self.findChildren(WorkDialog):
            dialog.shutdown()

    def _save_everything(self) -> bool:
        if self.journal is None:
            return True
        return self.exercises_view.leave() and self.journal_view.editor.save()

    def detach_journal(self, *, keep_lock: bool = False) -> None:
        """Close the journal and throw away every page built on it."""
        journal, self.journal = self.journal, None
        if journal is None:
            return
        self.safety_watch.journal = None
        self._wait_for_backup()
        self.kept_lock_path = journal.path if keep_lock else None
        self.idle.stop()
        self.search_view.shutdown()
        self._stop_work_dialogs()
        QThreadPool.globalInstance().waitForDone(10_000)
        self.sidebar.setEnabled(False)
        while self.pages.count():
            view = self.pages.widget(0)
            self.pages.removeWidget(view)
            view.deleteLater()
        if hasattr(self, "new_action"):
            self.removeAction(self.new_action)
        self.events.deleteLater()
        self.events = AppEvents(self)
        self.events.open_entry.connect(self.open_entry)
        self.events.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        session = JournalSession.around(journal)
        if keep_lock:
            session.lock()  # closed, the key forgotten, the process lock kept
        else:
            session.close()

    def shutdown(self) -> None:
        """The event loop has ended: make sure the journal file is closed."""
        self.gate.wait()
        self.gate.abandon()
        self._wait_for_backup()
        if self.journal is not None:
            self.journal.close()
        self._release_kept_lock()

    def _release_kept_lock(self) -> None:
        if self.kept_lock_path is not None:
            JournalSession(self.kept_lock_path).release()
            self.kept_lock_path = None

    def close_for_conversion(self) -> bool:
        """Save everything and close the journal (its file is about to be rewritten)."""
        if not self._save_everything():
            return False
        self._set_unlocked(False)
        self.gate.show_busy("Converting your journal… This can take a little while.")
        self.detach_journal()
        return True

    def show_recovery_key(self, recovery_key: str) -> None:
        from trustjournal.gui.settings import recovery_key_dialog

        self.recovery_dialog = recovery_key_dialog(self, recovery_key)

    def show_settings(self) -> None:
        from trustjournal.gui.settings import SettingsDialog

        if self.journal is not None:
            SettingsDialog(self).exec()

    def show_backups(self) -> QDialog | None:
        from trustjournal.gui.backups_dialog import BackupsDialog

        if self.journal is None:
            return None
        dialog = BackupsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def start_weekly_review(self, summary: str) -> None:
        """Open the weekly review on the Exercises page with the week's summary."""
        self.show_page(PAGES.index("Exercises"))
        runner = self.exercises_view.start("weekly_review", prefill=summary)
        if runner is not None and runner.exercise.id != "weekly_review":
            self.events.status.emit("Finish or save the open exercise for later first.")

    def show_export(self) -> QDialog | None:
        from trustjournal.gui.export_dialog import ExportDialog

        if self.journal is None:
            return None
        titles = {ex.id: ex.title for ex in self.exercises_view.exercises()}
        dialog = ExportDialog(self.journal, encrypted=self.encrypted, parent=self,
                              exercise_titles=titles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_import(self) -> QDialog | None:
        from trustjournal.gui.import_dialog import ImportDialog

        if self.journal is None:
            return None
        dialog = ImportDialog(self.journal, self.events, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def start_daily_backup(self) -> None:
        """Today's automatic backup, if it is due, on a thread: start-up never waits."""
        from trustjournal.storage.archive import daily_backup_if_due

        journal = self.journal
        if journal is None or self.backup_task is not None:
            return
        task = Task(lambda: daily_backup_if_due(journal), name="daily-backup",
                    folder=journal.path.parent, parent=self)
        task.done.connect(self._backup_finished)
        task.failed.connect(self._backup_failed)
        self.backup_task = task
        task.start()

    def _backup_finished(self, _info: object) -> None:
        self.backup_task = None

    def _backup_failed(self, message: str, _error: object) -> None:
        self.backup_task = None
        self.statusBar().showMessage(f"Today's backup could not be made: {message}", 20_000)

    def _wait_for_backup(self) -> None:
        """The journal is about to close: let a backup that is being made finish first."""
        if self.backup_task is not None:
            self.backup_task.wait(120)

    def show_privacy(self) -> None:
        from trustjournal.gui.privacy import PrivacyDialog

        PrivacyDialog(self).exec()

    def show_about(self) -> None:
        from trustjournal.gui.about import AboutDialog

        AboutDialog(self.journal.path.parent if self.journal else None, self).exec()

    def start_background_check(self) -> None:
        """SQLite's quick_check reads every page: run it off the GUI thread."""
        self._check_signals = _CheckSignals(self)
        self._check_signals.done.connect(self._check_done)
        assert self.journal is not None
        QThreadPool.globalInstance().start(_CheckTask(self.journal, self._check_signals))

    def _check_done(self, problems: object) -> None:
        if not problems:
            return
        self.events.status.emit("The journal failed its integrity check.")
        QMessageBox.critical(
            self,
            "The journal looks damaged",
            "TrustJournal found damage in the journal file while checking it. To keep it "
            "from getting worse, it is closed now; the file has not been changed. Next you "
            "can restore your latest backup, or save a copy of what can still be read.",
        )
        if self.journal is not None:
            self.damage_found.emit(
                f"SQLite's check found damage inside {self.journal.path.name}, so it cannot "
                "be used safely as it is.")
        self.close()

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

    def show_safety(self) -> SafetyDialog:
        """The safety panel with every section, in a calm order (sidebar button, F1)."""
        if self.safety_dialog is not None:
            self.safety_dialog.raise_()
            self.safety_dialog.activateWindow()
            return self.safety_dialog
        return self._open_safety(None, self)

    def offer_safety(self, section: str) -> None:
        """Something just saved sounds like it calls for help: offer the panel, opening
        on the section that answers it ("" for every section). It comes after the save
        has finished, in the window the person is writing in, never while locked."""
        QTimer.singleShot(0, self, lambda: self._offer_safety(section))

    def _offer_safety(self, section: str) -> None:
        if self.journal is None or self.safety_dialog is not None:
            return
        checkin = self.checkin_dialog
        parent = checkin if checkin is not None and checkin.isVisible() else self
        self._open_safety(section or None, parent)

    def _open_safety(self, focus: str | None, parent: QWidget) -> SafetyDialog:
        dialog = SafetyDialog(parent, journal=self.journal, focus=focus)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.hide_requested.connect(self.lock)
        dialog.finished.connect(lambda _result, d=dialog: self._safety_closed(d))
        self.safety_dialog = dialog
        dialog.open()
        return dialog

    def _safety_closed(self, dialog: SafetyDialog) -> None:
        if self.safety_dialog is dialog:
            self.safety_dialog = None

    def _fit_sidebar(self) -> None:
        """Wide enough for the Safety button's whole label at the current font size."""
        width = max(180, self.safety_button.sizeHint().width() + 8)
        self.side.setMaximumWidth(width)
        self.side.setMinimumWidth(self.safety_button.sizeHint().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "side"):
            self._fit_sidebar()

    def open_checkin(self) -> None:
        """The daily check-in in a small window; today's is edited rather than repeated."""
        from trustjournal.gui.checkin import CheckInDialog

        if self.journal is None:
            return
        if self.checkin_dialog is not None:
            self.checkin_dialog.raise_()
            self.checkin_dialog.activateWindow()
            return
        dialog = CheckInDialog(self.journal, self.events, self, watch=self.safety_watch)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.runner.safety_requested.connect(self.offer_safety)
        dialog.finished.connect(self._checkin_closed)
        self.checkin_dialog = dialog
        dialog.open()

    def _checkin_closed(self) -> None:
        dialog, self.checkin_dialog = self.checkin_dialog, None
        if dialog is not None and dialog.saved_uuid:
            self.events.status.emit("Check-in saved. Thank you for taking a minute.")

    def edit_answers(self, entry_uuid: str) -> None:
        """Reopen an exercise (or today's check-in) entry with its answers."""
        if self.journal is None:
            return
        entry = self.journal.get_entry(entry_uuid)
        if entry.kind == EntryKind.CHECKIN:
            if entry.local_date != dt.date.today():
                self.events.status.emit("Only today's check-in can be changed.")
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
        if text == "Saved":
            self.statusBar().showMessage("Saved", 3000)

    def quit_for_real(self) -> None:
        """Quit even when reminders keep the app in the tray (Ctrl+Q, the tray's Quit)."""
        self._quitting = True
        if self.close():
            QApplication.quit()
        self._quitting = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminders is not None and self.reminders.keeps_running() and not self._quitting:
            event.ignore()
            self.reminders.to_tray()
            return
        if self.journal is None:
            self.gate.wait()
            self.gate.abandon()
            self._release_kept_lock()
            event.accept()
            return
        if not self.exercises_view.leave():
            event.ignore()
            return
        if not self.journal_view.editor.save():
            answer = QMessageBox.warning(
                self,
                "Your latest changes are not saved",
                "The journal could not be written just now, so your latest changes are only "
                "in the editor. Keep the window open to try again (for example after freeing "
                "disk space), or close and lose those changes.",
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Retry,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.idle.stop()
        self.search_view.shutdown()
        self._stop_work_dialogs()
        QThreadPool.globalInstance().waitForDone(10_000)
        self._wait_for_backup()
        event.accept()
