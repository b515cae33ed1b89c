"""The Import dialog: choose a file or folder, see what it holds, then import it all or
nothing. exchange.runner does the work on a thread with a progress bar and Cancel; a
cancelled import leaves the journal unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import translate
from trustjournal.gui import file_dialogs
from trustjournal.gui.progress_task import ProgressPanel, WorkDialog
from trustjournal.gui.tasks import Task, Tasks

if TYPE_CHECKING:
    from trustjournal.gui.events import AppEvents
    from trustjournal.storage.journal import Journal


class ImportDialog(WorkDialog):
    """Choose a file or folder; see what it holds; then import it all, or nothing."""

    def __init__(self, journal: Journal, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from trustjournal.exchange import registry

        self.journal = journal
        self.events = events
        self.path: Path | None = None
        self.task: Task | None = None
        self.tasks = Tasks(self)
        self.ready = False
        self.setWindowTitle(translate("ImportDialog", "Import"))
        self.resize(600, 360)
        intro = QLabel(translate(
            "ImportDialog",
            "Bring in entries from a TrustJournal export, jrnl (its JSON export), Day One "
            "(Journal.json or the exported .zip) or a folder of Markdown files. You see what "
            "will be added before anything changes, and entries already in your journal are "
            "skipped. A backup is made first."))
        intro.setWordWrap(True)
        self.file_button = QPushButton(translate("ImportDialog", "Choose a file…"))
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button = QPushButton(translate("ImportDialog", "Choose a folder…"))
        self.folder_button.setToolTip(
            translate("ImportDialog", "A folder of Markdown files, one entry each"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.path_label = QLabel(translate("ImportDialog", "Nothing chosen yet."))
        self.path_label.setWordWrap(True)
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(translate("ImportDialog", "Format"))
        self.format_box.addItem(translate("ImportDialog", "Find out automatically"), "auto")
        for name, importer in sorted(registry.importers().items()):
            self.format_box.addItem(importer.label, name)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.preview = QLabel()
        self.preview.setAccessibleName(translate("ImportDialog", "What will be imported"))
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.panel = ProgressPanel()
        self.panel.cancel_requested.connect(self.cancel)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            translate("ImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        choose = QHBoxLayout()
        choose.addWidget(self.file_button)
        choose.addWidget(self.folder_button)
        choose.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("ImportDialog", "From"), self.path_label)
        form.addRow(translate("ImportDialog", "Format"), self.format_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        chosen = file_dialogs.open_file(
            self, translate("ImportDialog", "Import from"), file_dialogs.last_folder(self.journal),
            translate("ImportDialog", "Journal exports (*.json *.zip *.md *.markdown *.txt)")
            + ";;" + translate("ImportDialog", "All files (*)"))
        if chosen:
            file_dialogs.remember_folder(self.journal, chosen.parent)
            self.set_path(chosen)

    def choose_folder(self) -> None:
        chosen = file_dialogs.folder(
            self, translate("ImportDialog", "Import a folder of Markdown files"),
            file_dialogs.last_folder(self.journal))
        if chosen:
            file_dialogs.remember_folder(self.journal, chosen.parent)
            self.set_path(chosen)

    @property
    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def set_path(self, path: Path) -> None:
        """Take `path` and check it at once (tests call this directly)."""
        self.path = path
        self.path_label.setText(str(path))
        self.start_preview()

    def _format_changed(self) -> None:
        if self.path is not None and self.task is None:
            self.start_preview()

    def start_preview(self) -> None:
        from trustjournal.exchange import runner

        assert self.path is not None
        path, fmt, journal = self.path, self.format_name, self.journal
        self.ready = False
        self.import_button.setEnabled(False)
        self.preview.setText("")
        self._run(lambda progress: runner.preview_import(journal, path, fmt, progress),
                  translate("ImportDialog", "Reading…"), self._previewed)

    def _previewed(self, result: object) -> None:
        importer, preview = result  # type: ignore[misc]
        self.ready = preview.new > 0 or preview.new_trackers > 0
        if self.ready:
            text = translate("ImportDialog", "{format}: {summary}.").format(
                format=importer.label, summary=preview.describe())
        elif preview.total:
            total = preview.total
            text = translate(
                "ImportDialog", "{format}: all %Ln entries are already in your journal. There "
                "is nothing new to import.", None, total).format(format=importer.label)
        else:
            text = translate("ImportDialog", "{format}: this holds no entries.").format(
                format=importer.label)
        self.preview.setText(text)
        self.import_button.setEnabled(self.ready)
        if self.ready:
            self.import_button.setFocus()

    def start_import(self) -> None:
        from trustjournal.exchange import runner

        if not self.ready or self.path is None:
            return
        path, fmt, journal = self.path, self.format_name, self.journal
        self.import_button.setEnabled(False)
        self._run(lambda progress: runner.import_file(journal, path, fmt, progress),
                  translate("ImportDialog", "Importing…"), self._imported)

    def _imported(self, result: Any) -> None:
        self.ready = False
        # Whole sentences, each with its own count, in the order they are read.
        added = result.added
        sentences = [translate("ImportDialog", "Added %Ln entries to your journal.", None,
                               added)]
        if result.skipped:
            skipped = result.skipped
            sentences.append(translate(
                "ImportDialog", "%Ln were already there and were skipped.", None,
                skipped))
        trackers = result.preview.describe_trackers()
        if trackers:
            sentences.append(translate("ImportDialog", "From the trackers: {trackers}.").format(
                trackers=trackers))
        self.preview.setText(" ".join(sentences))
        self.events.emit_change(result.change)
        added = result.added
        self.events.status.emit(translate("ImportDialog", "Imported %Ln entries", None,
                                          added))

    def _run(self, fn: Any, text: str, on_done: Any) -> None:
        for widget in (self.file_button, self.folder_button, self.format_box):
            widget.setEnabled(False)
        self.close_button.setEnabled(False)
        self.panel.begin(text)
        self.task = self.tasks.run(fn, name="import", progress=True,
                                   progressed=self.panel.update_progress,
                                   done=lambda value: self._finished(on_done, value),
                                   failed=self._failed)

    def _finished(self, on_done: Any, value: object) -> None:
        self._stopped()
        on_done(value)

    def _stopped(self) -> None:
        self.task = None
        self.panel.finish()
        for widget in (self.file_button, self.folder_button, self.format_box):
            widget.setEnabled(True)
        self.close_button.setEnabled(True)

    def _failed(self, message: str, error: object) -> None:
        from trustjournal.exchange.model import Cancelled, ExchangeError

        self._stopped()
        self.ready = False
        self.import_button.setEnabled(False)
        if isinstance(error, Cancelled):
            self.preview.setText(
                translate("ImportDialog", "Cancelled. Your journal was not changed."))
        else:
            # The reason is a whole message of its own, a paragraph above this one.
            reason = str(error) if isinstance(error, ExchangeError) else message
            self.preview.setText(reason + "\n\n" + translate(
                "ImportDialog", "Nothing was imported; your journal is unchanged."))

