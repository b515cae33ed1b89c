"""The way into a journal: first run, unlock, recovery, or simply open a plain one.

The gate is what the window shows while no journal is attached. Every slow step (key
derivation, opening, converting) runs on a thread; the gate emits `opened` with the
journal once it is usable, or `open_failed` with a message for the user. A journal file
that is damaged, cut off or unreadable gets the damaged screen (damaged.py) instead.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from trustjournal.core.i18n import translate
from trustjournal.gui.tasks import Tasks, message_for
from trustjournal.storage.errors import JournalDamagedError, NotAJournalError
from trustjournal.storage.session import (
    DAMAGED,
    ENCRYPTED,
    LOCKED,
    NEW,
    NEWER,
    PLAIN,
    JournalSession,
)

# The screens (first run, unlock, damaged) are imported when one is shown: opening a
# plain journal, the common start, shows none of them.
if TYPE_CHECKING:
    from collections.abc import Callable

    from trustjournal.gui.damaged import DamagedView
    from trustjournal.storage import Journal


def probe(path: Path) -> tuple[str, str | None]:
    """What is at path: nothing yet, a plain journal, an encrypted one, a damaged one
    (with a sentence saying why), or one that cannot be opened here (LOCKED, NEWER)."""
    found = JournalSession(path).probe()
    return found.kind, found.reason


def is_damage(error: object) -> bool:
    """Errors that mean the file itself is unreadable (not locked, not a wrong secret)."""
    return isinstance(error, (JournalDamagedError, NotAJournalError))


def _open(session: JournalSession) -> Journal:
    """Open on the gate's thread; the whole-file check runs later, in the background,
    once the window is up. Nothing is read ahead here: counting Today's entries on
    this thread as a head start (a walk of an index of the whole journal) made the
    journal usable later at 100 k entries, not sooner (about 20 ms in the start-up
    benchmark, two runs)."""
    return session.open(verify=False)


def _probe_then_open(session: JournalSession, then: Callable[[], object] | None = None
                     ) -> tuple[str, str | None, object]:
    """Probe; a plain journal (the usual start) is opened at once on the same thread,
    without a trip to the GUI thread between the two, and `then` runs there once it is
    open (the window reads its first pages' code). Gives the probe's kind and reason,
    and the journal, the error opening it raised, or None (not a plain journal)."""
    found = session.probe()
    if found.kind != PLAIN:
        return found.kind, found.reason, None
    try:
        journal = _open(session)
    except Exception as exc:  # reported as a failed open, on the GUI thread
        exc.__traceback__ = None  # the frames would keep this thread's locals alive
        exc.__context__ = exc.__cause__ = None
        return found.kind, found.reason, exc
    if then is not None:
        try:
            then()
        except Exception:  # optional work, done again where it is needed
            pass
        except BaseException:
            journal.close()  # never handed over: not left open behind a dying thread
            raise
    return found.kind, found.reason, journal


def _unlock(path: Path, passphrase: str, session: JournalSession | None = None) -> Journal:
    session = session or JournalSession(path)
    session.unlock(passphrase)
    return _open(session)


def _recover(session: JournalSession, recovery_key: str, new_passphrase: str
             ) -> tuple[Journal, str]:
    """A forgotten passphrase: the recovery key re-keys the journal under a new passphrase
    (rekey.py), so the old passphrase, even with an old copy of the key file, opens
    nothing written from now on. Returns the journal and its new recovery key."""
    session.unlock_with_recovery(recovery_key)
    result = session.change_passphrase(new_passphrase)  # checks the file with the key
    return session.open(verify=False), result.recovery


def is_wrong_secret(error: object) -> bool:
    from trustjournal.storage.errors import PassphraseError

    return isinstance(error, PassphraseError)


class Gate(QStackedWidget):
    opened = Signal(object, bool)  # Journal, encrypted
    open_failed = Signal(str)  # the journal can't be opened at all: the app explains and quits
    notice = Signal(str)  # something to tell once the journal is open (after a restore)
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.session: JournalSession | None = None
        self.encrypted = False
        self.loading = QLabel(translate("Gate", "Opening your journal…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.loading)
        self.view: QWidget = self.loading
        self.tasks = Tasks(self)
        # Reads the first pages' code (the window sets it; warm_up.import_first_pages).
        # Used once: on the gate's thread right after a plain journal opens, or on a
        # thread of its own while the gate asks for something first.
        self.read_pages: Callable[[], object] | None = None
        self._unread_pages: Callable[[], object] | None = None  # handed to start's thread

    # -- entry points ----------------------------------------------------------------

    def start(self, path: Path) -> None:
        """Find out what is at path, then ask for what is needed (or just open it)."""
        self.path = path
        session = self.session = JournalSession(path)
        self.show_busy(translate("Gate", "Opening your journal…"))
        read_pages, self.read_pages = self.read_pages, None
        self._run(lambda: _probe_then_open(session, read_pages), self._probed, self._fatal,
                  folder=path.parent)
        self._unread_pages = read_pages

    def show_busy(self, text: str) -> None:
        self.loading.setText(text)
        self._show(self.loading)

    def show_locked(self, path: Path, encrypted: bool) -> None:
        self.path, self.encrypted = path, encrypted
        self.session = JournalSession(path)
        if encrypted:
            from trustjournal.gui.access import UnlockView

            view = UnlockView()
            view.unlock_requested.connect(self._unlock)
            view.recover_requested.connect(self._recover)
            self._show(view)
            view.focus()
        else:
            from trustjournal.gui.access import HiddenView

            hidden = HiddenView()
            hidden.show_requested.connect(self._reopen_plain)
            self._show(hidden)
            hidden.show_button.setFocus()

    def show_damaged(self, path: Path, reason: str, *, encrypted: bool,
                     session: JournalSession | None = None) -> DamagedView:
        """The damaged screen for the journal at path, saying why in `reason`. A session
        that is already unlocked comes along, so the passphrase is not asked again."""
        self.path, self.encrypted = path, encrypted
        if session is None or session.path != path:
            session = JournalSession(path)
        self.session = session
        from trustjournal.gui.damaged import DamagedView

        view = DamagedView(session, reason, encrypted=encrypted)
        view.restored.connect(self._restored)
        view.quit_requested.connect(self.quit_requested)
        self._show(view)
        view.restore_button.setFocus()
        return view

    # -- steps -----------------------------------------------------------------------

    def _probed(self, result: tuple[str, str | None, object]) -> None:
        assert self.path is not None
        kind, reason, opened = result
        read_pages, self._unread_pages = self._unread_pages, None
        if read_pages is not None and (kind in (ENCRYPTED, NEW, DAMAGED)
                                       or isinstance(opened, Exception)):
            # Not read on the gate's thread: read meanwhile, while the person is asked
            # (a journal that is locked elsewhere or newer is never opened here).
            threading.Thread(target=read_pages, name="first-pages", daemon=True).start()
        if kind == PLAIN and opened is not None:
            if isinstance(opened, Exception):
                self._open_failed(message_for(opened, self.path.parent), opened)
            else:
                self._opened(opened, False)  # type: ignore[arg-type]
            return
        if kind in (LOCKED, NEWER):
            self._fatal(reason or "", None)
        elif kind == DAMAGED:
            path, session = self.path, self.session or JournalSession(self.path)
            self._run(session.needs_key,
                      lambda encrypted: self.show_damaged(path, reason or "", encrypted=encrypted),
                      self._fatal, folder=path.parent)
        elif kind == NEW:
            from trustjournal.gui.access import SetupView

            setup = SetupView()
            setup.create_requested.connect(self._create)
            self._show(setup)
            setup.new.first.setFocus()
        elif kind == ENCRYPTED:
            self.show_locked(self.path, True)
        else:
            self._reopen_plain()

    def _reopen_plain(self) -> None:
        assert self.path is not None
        path = self.path
        session = self.session = JournalSession(path)
        self._show(self.loading)
        self._run(lambda: _open(session), lambda j: self._opened(j, False),
                  self._open_failed, folder=path.parent)

    def _create(self, passphrase: str | None) -> None:
        assert self.path is not None
        path = self.path
        session = self.session = JournalSession(path)
        setup = self.view
        self._run(lambda: session.create(passphrase), self._created,
                  lambda message, _error: setup.fail(message)  # type: ignore[attr-defined]
                  , folder=path.parent)

    def _created(self, result: tuple[Journal, str | None]) -> None:
        journal, recovery_key = result
        if recovery_key is None:
            self._opened(journal, False)
            return
        from trustjournal.gui.access import RecoveryKeyView

        view = RecoveryKeyView(recovery_key)
        view.confirmed.connect(lambda: self._opened(journal, True))
        self._pending = journal
        self._show(view)
        view.copy_button.setFocus()

    def _unlock(self, passphrase: str) -> None:
        assert self.path is not None
        path, view = self.path, self.view
        session = self.session = JournalSession(path)

        def failed(message: str, error: object) -> None:
            if is_damage(error) and session.unlocked:
                # The key is right but the file is damaged: the unlocked session goes
                # to the damaged screen, which then need not ask for the passphrase.
                self.show_damaged(path, message, encrypted=True, session=session)
                return
            view.failed(message, wrong_secret=is_wrong_secret(error))  # type: ignore[attr-defined]

        self._run(lambda: _unlock(path, passphrase, session), lambda j: self._opened(j, True),
                  failed, folder=path.parent)

    def _recover(self, recovery_key: str, new_passphrase: str) -> None:
        assert self.path is not None
        path, view = self.path, self.view
        session = self.session = JournalSession(path)
        self._run(lambda: _recover(session, recovery_key, new_passphrase),
                  self._created,
                  lambda message, error: view.failed(  # type: ignore[attr-defined]
                      message, wrong_secret=is_wrong_secret(error)),
                  folder=path.parent)

    def _opened(self, journal: Journal, encrypted: bool) -> None:
        self._pending = None
        if self.session is not None:
            self.session.forget()  # the open journal's gateway holds the key from here on
            self.session = None
        self.encrypted = encrypted
        self._show(self.loading)
        self.opened.emit(journal, encrypted)

    def _restored(self, journal: Journal, encrypted: bool, message: str) -> None:
        self._opened(journal, encrypted)
        self.notice.emit(message)

    def _open_failed(self, message: str, error: object) -> None:
        if is_damage(error) and self.path is not None:
            self.show_damaged(self.path, message, encrypted=False)
            return
        self._fatal(message, error)

    def _fatal(self, message: str, _error: object) -> None:
        self.open_failed.emit(message)

    # -- plumbing --------------------------------------------------------------------

    def _show(self, view: QWidget) -> None:
        old = self.view
        if view is not self.loading and self.indexOf(view) < 0:
            self.addWidget(view)
        self.setCurrentWidget(view)
        self.view = view
        if old is not self.loading and old is not view:
            self.removeWidget(old)
            old.deleteLater()

    def _run(self, fn: Any, done: Any, failed: Any, *, folder: Path) -> None:
        self.tasks.run(fn, name="journal-gate", folder=folder, done=done, failed=failed)

    def wait(self) -> None:
        """Let running tasks finish (used when the window closes, and by tests)."""
        self.tasks.wait_all(30)
        damaged = sys.modules.get("trustjournal.gui.damaged")  # loaded if one was shown
        if damaged is not None and isinstance(self.view, damaged.DamagedView):
            self.view.wait()

    def abandon(self) -> None:
        """The window is closing before the journal was attached: close what was opened."""
        pending = getattr(self, "_pending", None)
        if pending is not None:
            pending.close()
            self._pending = None
