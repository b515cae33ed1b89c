"""Slow journal work (opening, key derivation, conversions) on a thread, results by signal.

Messages are safe to show: a JournalError's own text, an OSError's reason, or just the
error's type for anything unexpected (exception texts could quote a journal).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


def message_for(exc: BaseException, folder: object = None) -> str:
    from trustjournal.storage.errors import JournalError

    if isinstance(exc, JournalError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f"The journal folder {folder}" if folder else "A journal file"
        return f"{where} cannot be used: {exc.strerror or type(exc).__name__}."
    return f"Something went wrong ({type(exc).__name__}). Nothing was changed."


class Task(QObject):
    """Runs fn() on a daemon thread; emits done(result) or failed(message, error) on the
    thread the Task was made in (the GUI thread), so any slot may touch widgets."""

    done = Signal(object)
    failed = Signal(str, object)
    _finished = Signal(bool, object, str)  # ok, result or error, message (crosses threads)

    def __init__(self, fn: Callable[[], Any], *, name: str = "journal-task",
                 folder: object = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._folder = folder
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        # A bound method of this object: queued to its thread whatever thread emits.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Task:
        self._thread.start()
        return self

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported to the window, never raised on a thread
            self._finished.emit(False, exc, message_for(exc, self._folder))
        else:
            self._finished.emit(True, result, "")

    def _deliver(self, ok: bool, value: object, message: str) -> None:
        if ok:
            self.done.emit(value)
        else:
            self.failed.emit(message, value)
