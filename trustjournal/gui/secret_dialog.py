"""The dialog that asks for the current passphrase and/or a new one, then runs a
protection change (re-key, encrypt, decrypt) on a thread, showing its steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import translate
from trustjournal.gui.access import NewPassphrase
from trustjournal.gui.tasks import Tasks


class SecretDialog(QDialog):
    """Asks for the current passphrase and/or a new one, then runs `work` on a thread.
    `work` may call `report(step, steps, what)` from that thread to show its progress."""

    stepped = Signal(int, int, str)  # emitted on the worker thread, delivered queued

    def __init__(self, parent: QWidget, title: str, intro: str, *, current: bool,
                 new: bool, action: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.result_value: Any = None
        self.work: Callable[[str, str], Any] | None = None
        # Conversions close the journal just before the work, and reopen it on failure.
        self.before: Callable[[str], str | None] | None = None  # gets the current
        # passphrase; returns a reason to stop
        self.after_failure: Callable[[str], None] | None = None
        text = QLabel(intro)
        text.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(translate("SecretDialog", "Current passphrase"))
        self.current.setPlaceholderText(translate("SecretDialog", "Current passphrase"))
        self.current.setVisible(current)
        self.new = NewPassphrase()
        self.new.setVisible(new)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("SecretDialog", "Progress"))
        self.progress.setVisible(False)
        self.stepped.connect(self._stepped)
        self.tasks = Tasks(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setDefault(True)
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.current, self.new, self.message, self.progress,
                       self.buttons):
            layout.addWidget(widget)
        (self.current if current else self.new.first).setFocus()

    def _go(self) -> None:
        if self.current.isVisible() and not self.current.text():
            self.message.setText(translate("SecretDialog", "Type your current passphrase first."))
            return
        if self.new.isVisible() and (problem := self.new.problem()):
            if not self.new.show_problem(problem):
                self.message.setText(problem)
            return
        if self.before is not None and (reason := self.before(self.current.text())):
            self.message.setText(reason)
            return
        current, new = self.current.text(), self.new.passphrase()
        self.current.clear()
        self.new.clear()
        assert self.work is not None
        work = self.work
        self.go.setEnabled(False)
        self.message.setText(translate("SecretDialog", "Working…"))
        self.task = self.tasks.run(lambda: work(current, new), name="passphrase",
                                   done=self._done, failed=self._failed)

    def report(self, step: int, steps: int, what: str) -> None:
        """Progress from the work's thread (a queued signal carries it over)."""
        self.stepped.emit(step, steps, what)

    def _stepped(self, step: int, steps: int, what: str) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, steps)
        self.progress.setValue(step)
        self.message.setText(translate("SecretDialog", "{what}… (step {step} of {steps})")
                             .format(what=what, step=step, steps=steps))

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, message: str, _error: object) -> None:
        if self.after_failure is not None:
            self.reject()
            self.after_failure(message)
            return
        self.go.setEnabled(True)
        self.progress.setVisible(False)
        self.message.setText(message)
        (self.current if self.current.isVisible() else self.new.first).setFocus()
