"""The screen for a journal file that cannot be read: what happened, and the ways on.

Shown by the gate in place of the journal. Nothing here writes to the damaged file:
restoring moves it aside into backups/ unchanged before the backup takes its place, and
"Save a readable copy" reads it through a copy. Slow work runs on a thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import mid_sentence, translate
from trustjournal.gui import file_dialogs
from trustjournal.gui.access import _card, _label, _password_field, _press_on_enter
from trustjournal.gui.dates import date_time_text
from trustjournal.gui.tasks import Task, Tasks

if TYPE_CHECKING:
    from trustjournal.storage.session import JournalSession


def _restore_latest(session: JournalSession, passphrase: str) -> tuple[Any, str]:
    """Restore the newest good backup and open the journal; returns it and what to say."""
    _unlock_if_needed(session, passphrase)
    result = session.restore_latest()
    journal = session.open(verify=False)
    when = date_time_text(result.restored.taken)
    if result.damaged_copy is None:
        said = translate("Damaged", "Restored the backup from {when}.").format(when=when)
    else:
        said = translate("Damaged", "Restored the backup from {when}. The damaged file is "
                         "kept, unchanged, as backups/{file}.").format(
                             when=when, file=result.damaged_copy.name)
    return journal, said


def _save_copy(session: JournalSession, passphrase: str, target: Path) -> Any:
    _unlock_if_needed(session, passphrase)
    return session.save_readable_copy(target)


def _unlock_if_needed(session: JournalSession, passphrase: str) -> None:
    if passphrase:  # asked for on this screen: proven again on each try
        session.unlock_damaged(passphrase)


class DamagedView(QWidget):
    """Plain words about the damage, then: restore the latest good backup, save a
    readable copy, show the folder, or quit."""

    restored = Signal(object, bool, str)  # the reopened journal, encrypted, what to say
    quit_requested = Signal()

    def __init__(self, session: JournalSession, reason: str, *, encrypted: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = session.path
        self.encrypted = encrypted
        self.task: Task | None = None
        self.tasks = Tasks(self)
        self.latest = next((b for b in session.backups() if b.restorable), None)

        title = _label(translate("DamagedView", "Your journal can't be opened safely"),
                       big=True)
        # The reason (a whole message of its own) is a paragraph above this one.
        what = _label(reason + "\n\n" + translate(
            "DamagedView",
            "TrustJournal has not changed the file, and will not write to it. This can "
            "happen after a power cut, a full disk or a failing drive. Here is what you "
            "can do:"))
        if self.latest is not None:
            when, kind = date_time_text(self.latest.taken), mid_sentence(self.latest.label)
            if self.latest.entries:
                entries = self.latest.entries
                latest = translate(
                    "DamagedView",
                    "The latest backup is from {when} ({kind}, %n entries). The damaged file "
                    "is moved into the backups folder first, unchanged, so nothing is lost.",
                    None, entries).format(when=when, kind=kind)
            else:
                latest = translate(
                    "DamagedView",
                    "The latest backup is from {when} ({kind}). The damaged file is moved "
                    "into the backups folder first, unchanged, so nothing is lost.",
                ).format(when=when, kind=kind)
        else:
            latest = translate("DamagedView",
                               "There are no backups of this journal in its backups folder.")
        self.restore_button = QPushButton(
            translate("DamagedView", "Restore the latest good backup"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(self.latest is not None)
        self.restore_button.clicked.connect(self.restore)
        self.latest_label = _label(latest, muted=True)
        self.needs_passphrase = encrypted and not session.unlocked
        self.passphrase: QLineEdit = _password_field(translate("DamagedView", "Passphrase"))
        self.passphrase.setVisible(self.needs_passphrase)
        self.passphrase_note = _label(translate(
            "DamagedView", "Your passphrase is needed to open the encrypted backup or copy."),
            muted=True)
        self.passphrase_note.setVisible(self.needs_passphrase)

        self.copy_button = QPushButton(translate("DamagedView", "Save a readable copy…"))
        self.copy_button.clicked.connect(lambda: self.save_copy())
        copy_note = _label(translate(
            "DamagedView", "Copies every entry that can still be read into a new journal, "
            "in an empty folder you choose. The damaged file is only read."), muted=True)
        self.folder_button = QPushButton(translate("DamagedView", "Show the folder"))
        self.folder_button.clicked.connect(self.show_folder)
        self.quit_button = QPushButton(translate("DamagedView", "Quit"))
        self.quit_button.clicked.connect(self.quit_requested)
        _press_on_enter(self.restore_button, self.copy_button, self.folder_button,
                        self.quit_button)
        self.message = _label("")

        row = QWidget()
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_card(title, what, self.passphrase_note, self.passphrase,
                               self.restore_button, self.latest_label, self.copy_button,
                               copy_note, self.message, row, width=600))

    # -- the ways on -----------------------------------------------------------------

    def restore(self) -> None:
        if not self._ready():
            return
        session = self.session
        passphrase = self.passphrase.text() if self.needs_passphrase else ""
        self.passphrase.clear()
        self._busy(translate(
            "DamagedView", "Restoring the latest good backup… This can take a little while."))
        self._run(lambda: _restore_latest(session, passphrase), self._restored)

    def save_copy(self, folder: str | None = None) -> None:
        if not self._ready():
            return
        if folder is None:
            chosen = file_dialogs.folder(
                self, translate("DamagedView", "Choose an empty folder for the readable copy"),
                Path.home())
            folder = str(chosen) if chosen else None
        if not folder:
            return
        session = self.session
        passphrase = self.passphrase.text() if self.needs_passphrase else ""
        target = Path(folder)
        self._busy(translate(
            "DamagedView", "Copying what can be read… This can take a little while."))
        self._run(lambda: _save_copy(session, passphrase, target), self._copied)

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    # -- results ---------------------------------------------------------------------

    def _restored(self, result: tuple[Any, str]) -> None:
        journal, said = result
        self.restored.emit(journal, self.encrypted, said)

    def _copied(self, report: Any) -> None:
        self._idle()
        if report.unreadable:
            entries = report.entries
            text = translate(
                "DamagedView",
                "Saved a readable copy with %n entries in {folder}. Some parts of the damaged "
                "file could not be read, so a few entries may be missing. The damaged file "
                "has not been changed. To open the copy, start TrustJournal with: "
                "trustjournal --data-dir \"{folder}\"", None, entries)
        else:
            entries = report.entries
            text = translate(
                "DamagedView",
                "Saved a readable copy with %n entries in {folder}. The damaged file has not "
                "been changed. To open the copy, start TrustJournal with: "
                "trustjournal --data-dir \"{folder}\"", None, entries)
        self.message.setText(text.format(folder=report.journal_file.parent))

    def _failed(self, message: str, _error: object) -> None:
        self._idle()
        self.message.setText(message)

    # -- plumbing --------------------------------------------------------------------

    def _ready(self) -> bool:
        if self.task is not None:
            return False
        if self.needs_passphrase and not self.passphrase.text():
            self.message.setText(translate("DamagedView", "Type your passphrase first."))
            self.passphrase.setFocus()
            return False
        return True

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        for button in (self.restore_button, self.copy_button, self.quit_button):
            button.setEnabled(False)

    def _idle(self) -> None:
        self.task = None
        self.restore_button.setEnabled(self.latest is not None)
        self.copy_button.setEnabled(True)
        self.quit_button.setEnabled(True)

    def _run(self, fn: Any, done: Any) -> None:
        self.task = self.tasks.run(fn, name="damaged-journal", folder=self.path.parent,
                                   done=done, failed=self._failed)

    def wait(self) -> None:
        """Let a running restore or copy finish (the window is closing)."""
        if self.task is not None:
            self.task.wait(60)
