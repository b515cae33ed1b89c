"""The way into a journal: first run, unlock, recovery, or simply open a plain one.

The gate is what the window shows while no journal is attached. Every slow step (key
derivation, opening, converting) runs on a thread; the gate emits `opened` with the
journal once it is usable, or `open_failed` with a message for the user.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from trustjournal.gui.access import HiddenView, RecoveryKeyView, SetupView, UnlockView
from trustjournal.gui.worker import Task

if TYPE_CHECKING:
    from trustjournal.storage import Journal

NEW, PLAIN, ENCRYPTED = "new", "plain", "encrypted"


def probe(path: Path) -> str:
    """What is at path: nothing yet, a plain journal, or an encrypted one."""
    from trustjournal.storage.keys import check_key_file, is_encrypted
    from trustjournal.storage.lock import check_not_open_elsewhere

    if not path.exists():
        return NEW
    check_not_open_elsewhere(path)  # said at once, not after a passphrase
    if is_encrypted(path):
        check_key_file(path)  # a missing or damaged key file is said before any prompt
        return ENCRYPTED
    return PLAIN


def _open_plain(path: Path, create: bool = False) -> Journal:
    from trustjournal.storage import open_journal

    # The whole-file check runs later, in the background, once the window is up.
    return open_journal(path, create=create, verify=False)


def _unlock(path: Path, passphrase: str) -> Journal:
    from trustjournal.storage.keys import open_encrypted, unlock

    return open_encrypted(path, unlock(path, passphrase), verify=False)


def _recover(path: Path, recovery_key: str, new_passphrase: str) -> Journal:
    from trustjournal.storage.keys import change_passphrase, open_encrypted, unlock_with_recovery

    key = unlock_with_recovery(path, recovery_key)
    journal = open_encrypted(path, key, verify=False)  # proves the key before rewrapping
    try:
        change_passphrase(path, key, new_passphrase)
    except BaseException:
        journal.close()
        raise
    return journal


def _create(path: Path, passphrase: str | None) -> tuple[Journal, str | None]:
    if passphrase is None:
        return _open_plain(path, create=True), None
    from trustjournal.storage.keys import create_encrypted

    return create_encrypted(path, passphrase)


def is_wrong_secret(error: object) -> bool:
    from trustjournal.storage.errors import PassphraseError

    return isinstance(error, PassphraseError)


class Gate(QStackedWidget):
    opened = Signal(object, bool)  # Journal, encrypted
    open_failed = Signal(str)  # the journal can't be opened at all: the app explains and quits

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.encrypted = False
        self.loading = QLabel("Opening your journal…")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.loading)
        self.view: QWidget = self.loading
        self.tasks: list[Task] = []

    # -- entry points ----------------------------------------------------------------

    def start(self, path: Path) -> None:
        """Find out what is at path, then ask for what is needed (or just open it)."""
        self.path = path
        self.show_busy("Opening your journal…")
        self._run(lambda: probe(path), self._probed, self._fatal, folder=path.parent)

    def show_busy(self, text: str) -> None:
        self.loading.setText(text)
        self._show(self.loading)

    def show_locked(self, path: Path, encrypted: bool) -> None:
        self.path, self.encrypted = path, encrypted
        if encrypted:
            view = UnlockView()
            view.unlock_requested.connect(self._unlock)
            view.recover_requested.connect(self._recover)
            self._show(view)
            view.focus()
        else:
            hidden = HiddenView()
            hidden.show_requested.connect(self._reopen_plain)
            self._show(hidden)
            hidden.show_button.setFocus()

    # -- steps -----------------------------------------------------------------------

    def _probed(self, kind: str) -> None:
        assert self.path is not None
        if kind == NEW:
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
        self._show(self.loading)
        self._run(lambda: _open_plain(path), lambda j: self._opened(j, False), self._fatal,
                  folder=path.parent)

    def _create(self, passphrase: str | None) -> None:
        assert self.path is not None
        path = self.path
        setup = self.view
        self._run(lambda: _create(path, passphrase), self._created,
                  lambda message, _error: setup.fail(message)  # type: ignore[attr-defined]
                  , folder=path.parent)

    def _created(self, result: tuple[Journal, str | None]) -> None:
        journal, recovery_key = result
        if recovery_key is None:
            self._opened(journal, False)
            return
        view = RecoveryKeyView(recovery_key)
        view.confirmed.connect(lambda: self._opened(journal, True))
        self._pending = journal
        self._show(view)
        view.copy_button.setFocus()

    def _unlock(self, passphrase: str) -> None:
        assert self.path is not None
        path, view = self.path, self.view
        self._run(lambda: _unlock(path, passphrase), lambda j: self._opened(j, True),
                  lambda message, error: view.failed(  # type: ignore[attr-defined]
                      message, wrong_secret=is_wrong_secret(error)),
                  folder=path.parent)

    def _recover(self, recovery_key: str, new_passphrase: str) -> None:
        assert self.path is not None
        path, view = self.path, self.view
        self._run(lambda: _recover(path, recovery_key, new_passphrase),
                  lambda j: self._opened(j, True),
                  lambda message, error: view.failed(  # type: ignore[attr-defined]
                      message, wrong_secret=is_wrong_secret(error)),
                  folder=path.parent)

    def _opened(self, journal: Journal, encrypted: bool) -> None:
        self._pending = None
        self.encrypted = encrypted
        self._show(self.loading)
        self.opened.emit(journal, encrypted)

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
        task = Task(fn, folder=folder, parent=self)
        task.done.connect(done)
        task.failed.connect(failed)
        task.done.connect(lambda _r, t=task: self._forget(t))
        task.failed.connect(lambda _m, _e, t=task: self._forget(t))
        self.tasks.append(task)
        task.start()

    def _forget(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
            task.deleteLater()

    def wait(self) -> None:
        """Let running tasks finish (used when the window closes, and by tests)."""
        for task in list(self.tasks):
            task.wait(30)

    def abandon(self) -> None:
        """The window is closing before the journal was attached: close what was opened."""
        pending = getattr(self, "_pending", None)
        if pending is not None:
            pending.close()
            self._pending = None
