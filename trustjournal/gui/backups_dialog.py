"""The Backups screen: the journal's backups, newest first; make one now, or restore one.

Restoring rewrites the journal file, so it goes like a conversion in Settings: the
window saves and closes the journal, the storage layer restores on a thread (after
backing up the journal as it is), and the window opens the journal again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, mid_sentence, translate
from trustjournal.core.rotation import size_text
from trustjournal.gui.dates import date_time_text, number_text
from trustjournal.gui.tasks import Task, Tasks

if TYPE_CHECKING:
    from trustjournal.gui.main_window import MainWindow
    from trustjournal.storage.archive import BackupInfo
    from trustjournal.storage.session import JournalSession

# Shown as translate("BackupsDialog", name).
COLUMNS = (QT_TRANSLATE_NOOP("BackupsDialog", "When"),
           QT_TRANSLATE_NOOP("BackupsDialog", "Kind"),
           QT_TRANSLATE_NOOP("BackupsDialog", "Entries"),
           QT_TRANSLATE_NOOP("BackupsDialog", "Size"))


class BackupsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from trustjournal.storage.archive import backups_folder

        journal = window.journal
        assert journal is not None
        self.window_ = window
        self.path = journal.path
        self.folder = backups_folder(self.path)
        self.backups: list[BackupInfo] = []
        self.tasks = Tasks(self)
        self.setWindowTitle(translate("BackupsDialog", "Backups"))
        self.resize(680, 460)

        intro = QLabel(translate(
            "BackupsDialog",
            "TrustJournal backs up your journal on each day you use it, and before risky "
            "changes such as restoring a backup. Every backup is checked against the journal "
            "before it is kept. Backups of an encrypted journal are encrypted too."))
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName(translate("BackupsDialog", "Backups"))
        self.table.setHeaderLabels([translate("BackupsDialog", name) for name in COLUMNS])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.where = QLabel(
            translate("BackupsDialog", "Folder: {folder}").format(folder=self.folder))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.backup_button = QPushButton(translate("BackupsDialog", "Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(translate("BackupsDialog", "Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(translate("BackupsDialog", "Show the folder"))
        self.folder_button.clicked.connect(self.show_folder)
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.where)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    # -- the list --------------------------------------------------------------------

    def refresh(self) -> None:
        """List the backups at once from their names; entry counts follow from a thread."""
        from trustjournal.storage.archive import counted_backups, list_backups

        self.backups = list_backups(self.path)
        self._fill()
        if not self.backups:
            self.message.setText(translate(
                "BackupsDialog", "There are no backups yet. “Back up now” makes the first one."))
        journal = self.window_.journal
        if journal is not None and self.backups:
            self._run(lambda: counted_backups(journal), self._counted)

    def _fill(self) -> None:
        selected = self.selected()
        self.table.clear()
        for info in self.backups:
            entries = "" if info.entries is None else number_text(info.entries)
            item = QTreeWidgetItem([date_time_text(info.taken), info.label, entries,
                                    size_text(info.size)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, info.name)
            if not info.restorable:
                item.setToolTip(1, translate(
                    "BackupsDialog", "A journal file that could not be read, set aside "
                    "unchanged when a backup was restored. It is never removed automatically."))
                item.setForeground(1, self.palette().placeholderText())
            self.table.addTopLevelItem(item)
            if selected is not None and info.path == selected.path:
                item.setSelected(True)

    def _counted(self, counted: list[BackupInfo]) -> None:
        if [b.path for b in counted] == [b.path for b in self.backups]:
            self.backups = counted
            self._fill()

    def selected(self) -> BackupInfo | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return self.backups[self.table.indexOfTopLevelItem(items[0])]

    def select(self, row: int) -> None:
        self.table.setCurrentItem(self.table.topLevelItem(row))

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.restorable)

    # -- actions ---------------------------------------------------------------------

    def back_up_now(self) -> None:
        from trustjournal.storage.archive import make_backup

        journal = self.window_.journal
        if journal is None:
            return
        self.backup_button.setEnabled(False)
        self.message.setText(translate("BackupsDialog", "Making a backup and checking it…"))
        self._run(lambda: make_backup(journal, "manual"), self._backed_up, self._failed)

    def _backed_up(self, info: BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        self.refresh()
        self.message.setText(translate(
            "BackupsDialog", "Made a backup and checked it against your journal: {file}").format(
                file=info.name))

    def _failed(self, message: str, _error: object) -> None:
        self.backup_button.setEnabled(True)
        self.message.setText(message)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not info.restorable:
            return
        when, kind = date_time_text(info.taken), mid_sentence(info.label)
        if info.entries is not None:
            entries = info.entries
            text = translate(
                "BackupsDialog",
                "Your journal will be replaced by the backup from {when} ({kind}, %Ln "
                "entries).\n\nA backup of your journal as it is now is made first, so you can "
                "come back to it from this list.", None, entries)
        else:
            text = translate(
                "BackupsDialog",
                "Your journal will be replaced by the backup from {when} ({kind}).\n\nA "
                "backup of your journal as it is now is made first, so you can come back to "
                "it from this list.")
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("BackupsDialog", "Restore this backup?"),
            text.format(when=when, kind=kind), parent=self)
        restore = box.addButton(translate("BackupsDialog", "Restore"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        self.wait()
        self.accept()
        start_restore(self.window_, info.path)

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # -- plumbing --------------------------------------------------------------------

    def _run(self, fn: Any, done: Any, failed: Any = None) -> None:
        self.tasks.run(fn, name="backups", folder=self.folder, done=done, failed=failed)

    def wait(self) -> None:
        self.tasks.wait_all(120)

    def done(self, result: int) -> None:  # every way the dialog closes
        self.wait()
        super().done(result)


def _restore_and_reopen(session: JournalSession, backup: Path
                        ) -> tuple[Any, Any, str | None]:
    """Restore, then open the journal again whatever happened: the restored one, or the
    untouched old one when the backup was refused. Returns journal, result, refusal."""
    from trustjournal.storage.errors import JournalError

    result, refusal = None, None
    try:
        result = session.restore_backup(backup)
    except JournalError as exc:
        refusal = str(exc)
    return session.open(verify=False), result, refusal


def start_restore(window: MainWindow, backup: Path) -> Task | None:
    """Close the journal, restore `backup` on a thread, and attach the journal again."""
    from trustjournal.storage.session import JournalSession

    journal = window.journal
    if journal is None:
        return None
    # The session keeps the journal's key (if any) to open it again after the restore.
    session = JournalSession.around(journal)
    path, encrypted = journal.path, window.encrypted
    if not window.close_for_conversion():
        QMessageBox.warning(window, translate("BackupsDialog", "Nothing was changed"),
                            translate("BackupsDialog", "Your latest changes could not be "
                                      "saved, so the backup was not restored."))
        return None
    window.gate.show_busy(
        translate("BackupsDialog", "Restoring the backup… This can take a little while."))

    def done(value: tuple[Any, Any, str | None]) -> None:
        window.restore_task = None
        reopened, result, refusal = value
        window.attach_journal(reopened, encrypted=encrypted)
        if refusal is not None:
            # The refusal is a whole message of its own, a paragraph above this one.
            QMessageBox.warning(window, translate("BackupsDialog", "The backup was not restored"),
                                refusal + "\n\n"
                                + translate("BackupsDialog", "Your journal is as it was."))
            return
        window.events.status.emit(translate(
            "BackupsDialog", "Restored the backup from {when}. Your journal as it was is in "
            "the backups list.").format(when=date_time_text(result.restored.taken)))

    def failed(message: str, _error: object) -> None:
        window.restore_task = None
        window.gate.start(path)  # it says what is wrong, and offers the damaged screen
        QMessageBox.warning(
            window, translate("BackupsDialog", "The journal could not be opened again"), message)

    task = window.tasks.run(lambda: _restore_and_reopen(session, backup), name="restore",
                            folder=path.parent, done=done, failed=failed)
    window.restore_task = task
    return task
