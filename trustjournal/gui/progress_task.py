"""Long work with a progress bar and a Cancel button: a Task whose function gets a
progress callback, and a small panel that shows it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from trustjournal.gui.worker import Task

# progress(done, total) -> keep going?
Progress = Callable[[int, int | None], bool]


class _Reporter(QObject):
    progressed = Signal(int, int)  # done, total (-1 when unknown); queued to the GUI


class ProgressTask(QObject):
    """Runs fn(progress) on a thread. `progressed(done, total)` arrives on the GUI thread
    (throttled); `cancel()` makes the next progress call answer False, which the work
    turns into its own clean stop."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str, object)

    def __init__(self, fn: Callable[[Progress], Any], *, name: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._reporter = _Reporter()
        self._reporter.progressed.connect(self.progressed)
        self._last = -1
        self._task = Task(lambda: fn(self._progress), name=name, parent=self)
        self._task.done.connect(self.done)
        self._task.failed.connect(self.failed)

    def _progress(self, done: int, total: int | None) -> bool:
        # Called on the worker thread: only a signal crosses over, at most ~200 times.
        step = max(1, (total or 0) // 200) if total else 100
        if done == 0 or done == total or done - self._last >= step:
            self._last = done
            self._reporter.progressed.emit(done, -1 if total is None else total)
        return not self._cancel.is_set()

    def start(self) -> ProgressTask:
        self._task.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> None:
        self._task.wait(timeout)


class ProgressPanel(QWidget):
    """A bar, a line of text and Cancel; hidden while nothing runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName("Progress")
        self.label = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop; nothing is left half done")
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
            self.bar.setFormat(f"{done:,} of {total:,}")
        else:
            self.bar.setRange(0, 0)

    def finish(self) -> None:
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText("Stopping…")
        self.cancel_requested.emit()


class WorkDialog(QDialog):
    """A dialog that runs one ProgressTask at a time. Escape or Close while it runs
    cancels the work first; shutdown() (the window is locking or closing) cancels, waits
    for the thread to stop touching the journal, then closes."""

    task: ProgressTask | None = None

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
