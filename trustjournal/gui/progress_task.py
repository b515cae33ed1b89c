"""Long work with a progress bar and a Cancel button: the panel that shows a task's
progress (tasks.Task with `progress=True`) and the dialog base that runs one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from trustjournal.core.i18n import translate
from trustjournal.gui.dates import number_text
from trustjournal.gui.tasks import Task


class ProgressPanel(QWidget):
    """A bar, a line of text and Cancel; hidden while nothing runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("ProgressPanel", "Progress"))
        self.label = QLabel()
        self.cancel_button = QPushButton(translate("ProgressPanel", "Cancel"))
        self.cancel_button.setToolTip(translate("ProgressPanel", "Stop; nothing is left half done"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.cancel_button.setEnabled(True)
        self.show()

    def update_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.bar.setFormat(translate("ProgressPanel", "{done} of {total}").format(
                done=number_text(done), total=number_text(total)))
        else:
            self.bar.setRange(0, 0)

    def finish(self) -> None:
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("ProgressPanel", "Stopping…"))
        self.cancel_requested.emit()


class WorkDialog(QDialog):
    """A dialog that runs one progress Task at a time. Escape or Close while it runs
    cancels the work first; shutdown() (the window is locking or closing) cancels, waits
    for the thread to stop touching the journal, then closes."""

    task: Task | None = None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def reject(self) -> None:
        if self.task is not None:
            self.cancel()
            return
        super().reject()

    def shutdown(self, timeout: float = 60) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.wait(timeout)
            self.task = None
        super().reject()
