"""The main window's journal life: what happens after the journal is usable (SQLite's
check, today's backup, warm-ups), locking, closing and letting go of the journal. A part
of MainWindow (mixed into it), kept apart so the window's module stays about its shell
and its pages."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog

from trustjournal.core.i18n import translate
from trustjournal.gui.events import AppEvents

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QListWidget, QStackedWidget, QStatusBar, QWidget

    from trustjournal.gui.after_open import AfterOpen
    from trustjournal.gui.gate import Gate
    from trustjournal.gui.idle import IdleLock
    from trustjournal.gui.reminders import Reminders
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.gui.tasks import Task, Tasks
    from trustjournal.gui.urges import UrgeSurfDialog
    from trustjournal.gui.window_pages import Pages
    from trustjournal.storage import Journal


class WindowLocking:
    """Attaching is MainWindow's; everything that lets the journal go again is here."""

    journal: Journal | None
    encrypted: bool
    events: AppEvents
    safety_watch: SafetyWatch
    tasks: Tasks
    after_open: AfterOpen
    idle: IdleLock
    reminders: Reminders | None
    reminders_pending: Callable[[], None] | None
    page_stack: Pages
    pages: QStackedWidget
    sidebar: QListWidget
    resume_page: int
    kept_lock_path: Path | None
    _gate: Gate | None
    _quitting: bool
    urge_dialog: UrgeSurfDialog | None

    if TYPE_CHECKING:  # the rest of MainWindow
        locked: SignalInstance
        damage_found: SignalInstance

        @property
        def gate(self) -> Gate: ...
        def built_page(self, name: str) -> QWidget | None: ...
        def _set_unlocked(self, unlocked: bool) -> None: ...
        def open_entry(self, entry_uuid: str) -> None: ...
        def statusBar(self) -> QStatusBar: ...
        def findChildren(self, kind: type) -> list: ...  # type: ignore[type-arg]
        def removeAction(self, action: object) -> None: ...
        def close(self) -> bool: ...

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
        from trustjournal.storage.session import JournalSession

        session = JournalSession.around(journal)  # keeps the key for the damaged screen
        self.journal = None
        self.tasks.shutdown(10)
        self.page_stack.drop()
        self._drop_new_action()
        self.sidebar.setEnabled(False)
        session.close()
        self._set_unlocked(False)
        self.gate.show_damaged(journal.path, _damage_found(journal.path),
                               encrypted=encrypted, session=session)
        return True

    def _drop_new_action(self) -> None:
        """Take the Journal page's New action off the window (the page is going). Once
        only: the action goes with its page, and a later page brings its own."""
        action = self.__dict__.pop("new_action", None)
        if action is not None and shiboken6.isValid(action):
            self.removeAction(action)

    def lock(self) -> bool:
        """Hide everything at once, keep every word, close the journal and ask again.

        Returns False (the text stays hidden but the journal stays open) when the latest
        changes could not be saved, so nothing typed is lost.
        """
        if self.journal is None:
            return True
        self.resume_page = max(0, self.pages.currentIndex())
        self._set_unlocked(False)
        self.gate.show_locked(self.journal.path, self.encrypted)
        self._stop_work_dialogs()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # the check-in keeps a draft when closed
        self.statusBar().clearMessage()
        if not self._save_everything():
            self.events.status.emit(translate(
                "WindowLocking", "Locked, but the latest changes are not saved yet."))
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
        if self.urge_dialog is not None:
            self.urge_dialog.keep_answers()  # answers typed after the timer, not saved yet
        today = self.built_page("Today")
        if today is not None:
            today.leave()  # type: ignore[attr-defined]
        exercises, journal_view = self.built_page("Exercises"), self.built_page("Journal")
        return ((exercises is None or exercises.leave())  # type: ignore[attr-defined]
                and (journal_view is None
                     or journal_view.save_editor()))  # type: ignore[attr-defined]

    def detach_journal(self, *, keep_lock: bool = False) -> None:
        """Close the journal and throw away every page built on it."""
        journal, self.journal = self.journal, None
        if journal is None:
            return
        self.safety_watch.journal = None
        self._stop_background()
        self.kept_lock_path = journal.path if keep_lock else None
        self.idle.stop()
        self._stop_page_work()
        self._stop_work_dialogs()
        self.sidebar.setEnabled(False)
        self.page_stack.drop()
        self._drop_new_action()
        self.events.deleteLater()
        self.events = AppEvents(self)
        self.events.open_entry.connect(self.open_entry)
        self.events.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        from trustjournal.storage.session import JournalSession

        session = JournalSession.around(journal)
        if keep_lock:
            session.lock()  # closed, the key forgotten, the process lock kept
        else:
            session.close()

    def shutdown(self) -> None:
        """The event loop has ended: make sure the journal file is closed."""
        if self._gate is not None:
            self._gate.wait()
            self._gate.abandon()
        self._stop_background()
        if self.journal is not None:
            self.journal.close()
        self._release_kept_lock()

    def _release_kept_lock(self) -> None:
        if self.kept_lock_path is not None:
            from trustjournal.storage.session import JournalSession

            JournalSession(self.kept_lock_path).release()
            self.kept_lock_path = None

    def close_for_conversion(self) -> bool:
        """Save everything and close the journal (its file is about to be rewritten)."""
        if not self._save_everything():
            return False
        self._set_unlocked(False)
        self.gate.show_busy(translate(
            "WindowLocking", "Converting your journal… This can take a little while."))
        self.detach_journal()
        return True

    def ensure_reminders(self) -> None:
        """The reminders set up now, if start-up has not got to them yet."""
        pending, self.reminders_pending = self.reminders_pending, None
        if pending is not None and self.reminders is None:
            pending()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ensure_reminders()  # closed early in start-up: still to the tray if wanted
        if self.reminders is not None and self.reminders.keeps_running() and not self._quitting:
            event.ignore()
            self.reminders.to_tray()
            return
        if self.journal is None:
            self._stop_background()
            if self._gate is not None:
                self._gate.wait()
                self._gate.abandon()
            self._release_kept_lock()
            event.accept()
            return
        today = self.built_page("Today")
        if today is not None:
            today.leave()  # type: ignore[attr-defined]
        exercises = self.built_page("Exercises")
        if exercises is not None and not exercises.leave():  # type: ignore[attr-defined]
            event.ignore()
            return
        if not self._save_everything():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self,
                translate("WindowLocking", "Your latest changes are not saved"),
                translate(
                    "WindowLocking",
                    "The journal could not be written just now, so your latest changes are "
                    "only in the editor. Keep the window open to try again (for example after "
                    "freeing disk space), or close and lose those changes."),
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Retry,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.idle.stop()
        self._stop_page_work()
        self._stop_work_dialogs()
        self._stop_background()
        event.accept()

    def _after_usable(self) -> None:
        """Once Today has been painted: the after-open work (check, today's backup,
        Progress read ahead) and the warm-ups."""
        page = self.pages.currentWidget()
        self.after_open.after_paint(page, lambda: self.journal)
        # The safety check's tables and the word list, after Today is on screen.
        from trustjournal.gui import warm_up

        warm_up.after_paint(self, page, self._warm_speller)

    def _warm_speller(self) -> None:
        view = self.built_page("Journal")
        if view is None or self.journal is None or self.journal.closed:
            return  # locked or shut down meanwhile: nothing to warm
        editor = view.built_editor()  # type: ignore[attr-defined]
        if editor is not None:
            editor.speller.warm_up()
            return
        # The editor comes when its page is first shown: its word list loads now all
        # the same, read from the same settings.
        from trustjournal.gui.spelling import Speller
        from trustjournal.storage.errors import JournalError

        with contextlib.suppress(JournalError):  # optional: the editor reads them again
            Speller(self.journal).warm_up()

    @property
    def background_task(self) -> Task | None:
        """The check-then-backup task while it runs."""
        return self.after_open.task

    def background_idle(self) -> bool:
        """No check or backup is waiting to start or running (tests wait for this)."""
        return self.after_open.idle()

    def start_background_check(self) -> None:
        """SQLite's quick check of every page, off the GUI thread (then today's backup)."""
        self.after_open.start(self.journal)

    def _backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(translate(
            "WindowLocking", "Today's backup could not be made: {reason}").format(
                reason=message), 20_000)

    def _stop_background(self) -> None:
        """Locking or closing: stop the check or backup and every other task."""
        self.after_open.stop()
        self.tasks.shutdown(30)

    def _stop_page_work(self) -> None:
        search = self.built_page("Search")
        if search is not None:
            search.shutdown()  # type: ignore[attr-defined]

    def _check_found(self, problems: object) -> None:
        if not problems or self.journal is None:  # closed meanwhile: nothing to act on
            return
        self.events.status.emit(
            translate("WindowLocking", "The journal failed its integrity check."))
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            self,
            translate("WindowLocking", "The journal looks damaged"),
            translate(
                "WindowLocking",
                "TrustJournal found damage in the journal file while checking it. To keep it "
                "from getting worse, it is closed now; the file has not been changed. Next "
                "you can restore your latest backup, or save a copy of what can still be "
                "read."),
        )
        if self.journal is not None:
            self.damage_found.emit(_damage_found(self.journal.path))
        self.close()


def _damage_found(path: Path) -> str:
    return translate(
        "WindowLock",
        "SQLite's check found damage inside {file}, so it cannot be used safely as it is.",
    ).format(file=path.name)
