"""The screens before the journal: first run, the recovery key, unlock, and hidden.

None of them shows or holds journal text. Passphrases live only in the fields and are
cleared as soon as they have been handed to the storage layer.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.passphrase import MIN_LENGTH, strength
from trustjournal.gui.theme import set_primary, set_role, space

# Shown as translate("NewPassphrase", MISMATCH); compared in that form too.
MISMATCH = QT_TRANSLATE_NOOP("NewPassphrase", "The two passphrases don't match yet.")
# Shown as translate("PassphraseStrength", word).
STRENGTH_WORDS = (QT_TRANSLATE_NOOP("PassphraseStrength", "Very weak"),
                  QT_TRANSLATE_NOOP("PassphraseStrength", "Weak"),
                  QT_TRANSLATE_NOOP("PassphraseStrength", "Fair"),
                  QT_TRANSLATE_NOOP("PassphraseStrength", "Good"),
                  QT_TRANSLATE_NOOP("PassphraseStrength", "Strong"))
# After this many wrong tries, each further try waits: 2, 4, 8, 16, then 30 seconds.
FREE_TRIES = 3
MAX_DELAY_S = 30


def retry_delay(failures: int) -> int:
    """Seconds to wait before the next try, after `failures` wrong ones in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_DELAY_S, 2 ** (failures - FREE_TRIES + 1))


def _card(*widgets: QWidget, width: int = 520) -> QWidget:
    """Centre a narrow column of widgets in the page."""
    inner = QFrame()
    set_role(inner, "card")
    inner.setMaximumWidth(width)
    column = QVBoxLayout(inner)
    column.setContentsMargins(space(4), space(3), space(4), space(3))
    column.setSpacing(space(1))
    for widget in widgets:
        column.addWidget(widget)
    # A language whose words run longer widens the card rather than cutting a choice
    # (radio buttons and buttons cannot wrap).
    inner.setMaximumWidth(max(width, inner.minimumSizeHint().width()))
    outer = QWidget()
    row = QHBoxLayout(outer)
    row.addStretch(1)
    row.addWidget(inner, 4)
    row.addStretch(1)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(outer)
    layout.addStretch(2)
    return page


def _label(text: str, *, big: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if big:
        set_role(label, "page-title")
    if muted:
        set_role(label, "secondary")
    return label


def _press_on_enter(*buttons: QPushButton) -> None:
    """Enter on a focused button presses it (outside dialogs Qt only does that for Space)."""
    for button in buttons:
        button.setAutoDefault(True)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setPlaceholderText(name)
    return field


class NewPassphrase(QWidget):
    """A new passphrase, typed twice, with a plain strength hint."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = _password_field(translate("NewPassphrase", "New passphrase"))
        self.second = _password_field(
            translate("NewPassphrase", "The same passphrase again"))
        first_label = _label(translate("NewPassphrase", "New passphrase"))
        first_label.setBuddy(self.first)
        second_label = _label(translate("NewPassphrase", "Type it again"))
        second_label.setBuddy(self.second)
        self.meter = _label("", muted=True)
        # Said right under the field it is about, not at the bottom of the screen.
        self.match_note = _label(translate("NewPassphrase", MISMATCH))
        self.match_note.setObjectName("passphraseMismatch")
        set_role(self.match_note, "error")
        self.match_note.hide()
        self.show_box = QCheckBox(translate("NewPassphrase", "Show what I type"))
        self.show_box.toggled.connect(self._show_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first_label)
        layout.addWidget(self.first)
        layout.addWidget(self.meter)
        layout.addWidget(second_label)
        layout.addWidget(self.second)
        layout.addWidget(self.match_note)
        layout.addWidget(self.show_box)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the passphrase can't be used yet, or None."""
        text = self.first.text()
        if not text:
            return translate("NewPassphrase", "Choose a passphrase first.")
        if len(text) < MIN_LENGTH:
            return translate(
                "NewPassphrase", "Use at least %n characters; a few ordinary words work well.",
                None, MIN_LENGTH)
        if self.second.text() != text:
            return translate("NewPassphrase", MISMATCH)
        return None

    def show_problem(self, problem: str) -> bool:
        """Show `problem` beside the field it is about; False if it belongs elsewhere."""
        if problem != translate("NewPassphrase", MISMATCH):
            return False
        self.match_note.show()
        return True

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        text = self.first.text()
        second = self.second.text()
        # While the second is still being typed it may be the start of the first: say
        # nothing until it goes another way.
        self.match_note.setVisible(bool(second) and not text.startswith(second))
        if text:
            score, hint = strength(text)
            self.meter.setText(hint)  # the hint says how strong, in plain words
            self.meter.setAccessibleDescription(
                translate("PassphraseStrength", STRENGTH_WORDS[max(0, min(4, score))]))
        else:
            self.meter.setText(translate(
                "NewPassphrase",
                "Several ordinary words strung together are strong and easy to remember."))
        self.changed.emit()

    def _show_text(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)


class SetupView(QWidget):
    """First run: encryption is offered and pre-selected."""

    create_requested = Signal(object)  # the passphrase, or None for no encryption

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = _label(translate("SetupView", "Welcome to TrustJournal"), big=True)
        intro = _label(translate(
            "SetupView",
            "Your journal stays on this computer. Before you start, choose how to protect it."))
        self.encrypt = QRadioButton(
            translate("SetupView", "Protect it with a passphrase (recommended)"))
        self.encrypt.setChecked(True)
        self.plain = QRadioButton(translate("SetupView", "No passphrase"))
        group = QButtonGroup(self)
        group.addButton(self.encrypt)
        group.addButton(self.plain)
        self.new = NewPassphrase()
        self.plain_note = _label(translate(
            "SetupView",
            "Without a passphrase, anyone who can use your computer account, or gets a copy "
            "of the file, can read everything you write."), muted=True)
        self.plain_note.hide()
        self.message = _label("")
        self.message.hide()
        self.create_button = QPushButton(translate("SetupView", "Create my journal"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        _press_on_enter(self.create_button)
        # Said once, at the very start, so nobody mistakes the journal for treatment.
        # The safety panel's texts load here, not when the window's shell starts.
        from trustjournal.gui.safety import not_therapy_text

        self.not_therapy = _label(not_therapy_text(), muted=True)
        self.new.second.returnPressed.connect(self._create)
        self.encrypt.toggled.connect(self._mode)
        self.setLayout(QVBoxLayout())
        self.layout().addWidget(_card(title, intro, self.encrypt, self.new, self.plain,
                                      self.plain_note, self.message, self.create_button,
                                      self.not_therapy))

    def _mode(self, encrypt: bool) -> None:
        self.new.setVisible(encrypt)
        self.plain_note.setVisible(not encrypt)
        self.message.hide()

    def _create(self) -> None:
        if self.plain.isChecked():
            self.create_requested.emit(None)
            return
        problem = self.new.problem()
        if problem:
            if self.new.show_problem(problem):
                self.message.hide()
            else:
                self.fail(problem)
            return
        passphrase = self.new.passphrase()
        self.new.clear()
        self.set_busy(True)
        self.create_requested.emit(passphrase)

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.message.setText(message)
        self.message.show()

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.create_button.setText(translate("SetupView", "Creating…") if busy
                                   else translate("SetupView", "Create my journal"))


class RecoveryKeyView(QWidget):
    """Shown once: the recovery key, ways to keep it, and a confirmation."""

    confirmed = Signal()

    def __init__(self, recovery_key: str, parent: QWidget | None = None,
                 *, again: bool = False) -> None:
        super().__init__(parent)
        self._key = recovery_key
        title = _label(translate("RecoveryKeyView", "A new recovery key") if again
                       else translate("RecoveryKeyView", "Your recovery key"), big=True)
        intro = _label(translate(
            "RecoveryKeyView",
            "If you ever forget your passphrase, this key is the only way back into your "
            "journal. It is shown only now. Keep it somewhere safe that only you can reach, "
            "away from this computer: on paper, or in a password manager."))
        self.key_label = QLabel(recovery_key)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.key_label.font().pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMargin(10)
        self.key_label.setAccessibleName(translate("RecoveryKeyView", "Recovery key"))
        self.copy_button = QPushButton(translate("RecoveryKeyView", "Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(translate("RecoveryKeyView", "Save to a file…"))
        self.save_button.clicked.connect(self.save_to_file)
        self.print_button = QPushButton(translate("RecoveryKeyView", "Print…"))
        self.print_button.clicked.connect(self.print_key)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.copy_button, self.save_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        self.status = _label("", muted=True)
        self.stored = QCheckBox(
            translate("RecoveryKeyView", "I have stored my recovery key somewhere safe"))
        self.continue_button = QPushButton(translate("RecoveryKeyView", "Continue"))
        set_primary(self.continue_button)
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        _press_on_enter(self.copy_button, self.save_button, self.print_button,
                        self.continue_button)
        self.continue_button.clicked.connect(self._done)
        self.setLayout(QVBoxLayout())
        self.layout().addWidget(_card(title, intro, self.key_label, buttons, self.status,
                                      self.stored, self.continue_button, width=600))

    def copy(self) -> None:
        from trustjournal.gui.secret_clipboard import copy_secret

        copy_secret(self._key)
        self.status.setText(translate(
            "RecoveryKeyView",
            "Copied. Paste it where you keep it within a minute: then it is cleared from the "
            "clipboard."))

    def save_to_file(self, path: str | None = None) -> bool:
        if not path:
            from trustjournal.gui import file_dialogs

            chosen = file_dialogs.save_file(
                self, translate("RecoveryKeyView", "Save the recovery key"),
                Path.home() / "trustjournal-recovery-key.txt",
                translate("RecoveryKeyView", "Text files (*.txt)"))
            path = str(chosen) if chosen else None
        if not path:
            return False
        # Heading, key and warning as paragraphs of the file; each sentence is whole.
        heading = translate("RecoveryKeyView", "TrustJournal recovery key")
        warning = translate("RecoveryKeyView", "Keep this somewhere only you can reach. With "
                            "it, anyone can open the journal.")
        text = f"{heading}\n\n{self._key}\n\n{warning}\n"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # also when writing over a file that others could read
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            self.status.setText(translate(
                "RecoveryKeyView", "It could not be saved there: {reason}.").format(
                    reason=exc.strerror or exc))
            return False
        self.status.setText(translate("RecoveryKeyView", "Saved to {path}.").format(path=path))
        return True

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        heading = translate("RecoveryKeyView", "TrustJournal recovery key")
        doc.setPlainText(f"{heading}\n\n{self._key}\n")
        doc.print_(printer)
        self.status.setText(translate("RecoveryKeyView", "Sent to the printer."))

    def _done(self) -> None:
        self._key = ""
        self.key_label.clear()
        self.confirmed.emit()


class UnlockView(QWidget):
    """The locked window: a passphrase field, and a way in with the recovery key."""

    unlock_requested = Signal(str)
    recover_requested = Signal(str, str)  # recovery key, new passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failures = 0
        self._wait_left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)

        self.stack = QStackedWidget()
        title = _label(translate("UnlockView", "TrustJournal is locked"), big=True)
        self.passphrase = _password_field(translate("UnlockView", "Passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(translate("UnlockView", "Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.message = _label("")
        # Room for a two-line message from the start, so a wrong passphrase adds words
        # without moving the card under the person's eyes.
        self.message.setMinimumHeight(2 * QFontMetrics(self.message.font()).lineSpacing())
        self.forgot_button = QPushButton(translate("UnlockView", "Forgot your passphrase?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setProperty("link", True)
        self.forgot_button.clicked.connect(lambda: self.show_recovery(True))
        _press_on_enter(self.unlock_button, self.forgot_button)
        self.stack.addWidget(_card(title, self.passphrase, self.unlock_button, self.message,
                                   self.forgot_button))

        recover_title = _label(translate("UnlockView", "Open with your recovery key"),
                               big=True)
        recover_intro = _label(translate(
            "UnlockView",
            "Type the recovery key you stored when the journal was made (spaces and dashes "
            "don't matter), then choose a new passphrase."))
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(translate("UnlockView", "Recovery key"))
        self.recovery.setPlaceholderText(translate("UnlockView", "Recovery key"))
        self.new = NewPassphrase()
        self.recover_button = QPushButton(
            translate("UnlockView", "Open and set the new passphrase"))
        set_primary(self.recover_button)
        self.recover_button.clicked.connect(self._recover)
        self.recover_message = _label("")
        back = QPushButton(translate("UnlockView", "Back"))
        back.setFlat(True)
        back.clicked.connect(lambda: self.show_recovery(False))
        _press_on_enter(self.recover_button, back)
        self.stack.addWidget(_card(recover_title, recover_intro, self.recovery, self.new,
                                   self.recover_button, self.recover_message, back))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def show_recovery(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        (self.recovery if on else self.passphrase).setFocus()

    def focus(self) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlock(self) -> None:
        if self._wait_left or not self.unlock_button.isEnabled():
            return
        text = self.passphrase.text()
        if not text:
            self.message.setText(
                translate("UnlockView", "Type your passphrase to open the journal."))
            return
        self.passphrase.clear()
        self.set_busy(True)
        self.unlock_requested.emit(text)

    def _recover(self) -> None:
        if self._wait_left:
            return
        key = self.recovery.text().strip()
        if not key:
            self.recover_message.setText(translate("UnlockView", "Type the recovery key first."))
            return
        problem = self.new.problem()
        if problem:
            if self.new.show_problem(problem):
                self.recover_message.clear()
            else:
                self.recover_message.setText(problem)
            return
        passphrase = self.new.passphrase()
        self.new.clear()
        self.set_busy(True)
        self.recover_requested.emit(key, passphrase)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.unlock_button, self.recover_button, self.passphrase, self.recovery):
            widget.setEnabled(not busy and not self._wait_left)
        if busy:
            self.message.setText(translate("UnlockView", "Opening…"))
            self.recover_message.setText(translate("UnlockView", "Opening…"))

    def failed(self, message: str, *, wrong_secret: bool) -> None:
        """A try did not open the journal; wrong secrets make the next try wait longer."""
        if wrong_secret:
            self.failures += 1
            self._wait_left = retry_delay(self.failures)
        self.set_busy(False)
        self._show_failure(message)
        if self._wait_left:
            self._tick.start()
            self.set_busy(False)
        (self.recovery if self.stack.currentIndex() else self.passphrase).setFocus()

    def _show_failure(self, message: str) -> None:
        if self._wait_left:
            wait_left = self._wait_left
            message = translate("UnlockView", "{message} You can try again in %n s.", None,
                                wait_left).format(message=message)
        self.message.setText(message)
        self.recover_message.setText(message)

    def _count_down(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left:
            self._show_failure(translate("UnlockView", "That didn't open the journal."))
        else:
            self._tick.stop()
            self.message.setText(translate("UnlockView", "Try again when you're ready."))
            self.recover_message.setText("")
            self.set_busy(False)
            (self.recovery if self.stack.currentIndex() else self.passphrase).setFocus()


class HiddenView(QWidget):
    """A journal without a passphrase, hidden with the quick-hide shortcut."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = _label(translate("HiddenView", "TrustJournal is hidden"), big=True)
        note = _label(translate(
            "HiddenView",
            "This journal has no passphrase, so anyone at this computer can show it again. "
            "You can add one in Settings."), muted=True)
        self.show_button = QPushButton(translate("HiddenView", "Show my journal"))
        set_primary(self.show_button)
        self.show_button.clicked.connect(self.show_requested)
        _press_on_enter(self.show_button)
        self.setLayout(QVBoxLayout())
        self.layout().addWidget(_card(title, note, self.show_button))
