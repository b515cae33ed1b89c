"""The one way the GUI runs work off its thread: `Tasks.run(fn)` gives a `Task`.

The work runs on a thread of its own; what it returns, the error it raised and its
progress arrive as signals on the GUI thread (the thread the Tasks object lives in), so
any slot may touch widgets. `cancel()` asks the work to stop: a work function that takes
a `progress(done, total)` callback learns it there (the callback answers False) and
stops cleanly in its own way; work run with `report_cancelled=False` is then no longer
reported at all.
`Tasks.shutdown()` cancels everything and waits for the threads to let go of the journal,
for when the window locks or closes.

Messages of failed work are safe to show: a JournalError's own text, an OSError's
reason, or just the error's type for anything else (exception texts could quote a
journal).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from trustjournal.core.i18n import translate

# progress(done, total or None) -> keep going?
Progress = Callable[[int, int | None], bool]
# Progress reports that cross to the GUI thread per task, at most about this many.
PROGRESS_STEPS = 200


def message_for(exc: BaseException, folder: object = None) -> str:
    """A sentence for the person about a failed piece of work; never the error's text
    unless it is one of ours (JournalError) or the operating system's reason."""
    from trustjournal.storage.errors import JournalError

    if isinstance(exc, JournalError):
        return str(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        if folder:
            return translate("Tasks", "The journal folder {folder} cannot be used: "
                             "{reason}.").format(folder=folder, reason=reason)
        return translate("Tasks", "A journal file cannot be used: {reason}.").format(
            reason=reason)
    return translate("Tasks", "Something went wrong ({error}). Nothing was changed.").format(
        error=type(exc).__name__)


class Task(QObject):
    """One piece of work on its own thread. Signals arrive on the GUI thread:
    `progressed(done, total)` (total -1 when unknown), then either `done(result)` or
    `failed(message, error)`, then `finished()`. Without `report_cancelled`, a cancelled
    task reports nothing but `finished()`."""

    done = Signal(object)
    failed = Signal(str, object)
    progressed = Signal(int, int)
    finished = Signal()
    # Cross from the work's thread; queued to this object's (the GUI) thread.
    _ended = Signal(bool, object, str)
    _stepped = Signal(int, int)

    def __init__(self, fn: Callable[..., Any], *, name: str, folder: object = None,
                 with_progress: bool = False, report_cancelled: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._fn = fn
        self._folder = folder
        self._with_progress = with_progress
        self._report_cancelled = report_cancelled
        self._cancel = threading.Event()
        self._over = threading.Event()
        self._last = -1
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._stepped.connect(self._step, Qt.ConnectionType.QueuedConnection)

    # -- asked from the GUI thread ----------------------------------------------------

    def start(self) -> Task:
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop; its result (if it still has one) is not reported."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """The work has started and its function has not returned yet."""
        return self._thread.is_alive() and not self._over.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work's function has returned (True) or timeout passed."""
        if not self._thread.is_alive() and not self._thread.ident:
            return True  # never started
        return self._over.wait(timeout)

    # -- on the work's thread ---------------------------------------------------------

    def progress(self, done: int, total: int | None) -> bool:
        """The callback handed to the work: reports (throttled), answers keep going?"""
        step = max(1, total // PROGRESS_STEPS) if total else 100
        if done == 0 or done == total or done - self._last >= step:
            self._last = done
            self._stepped.emit(done, -1 if total is None else total)
        return not self._cancel.is_set()

    def _work(self) -> None:
        try:
            result = self._fn(self.progress) if self._with_progress else self._fn()
        except Exception as exc:  # reported to the window, never raised on a thread
            # Without its traceback: the frames would tie this task (and the work's
            # locals) to the error the window keeps, past the task's deletion.
            exc.__traceback__ = None
            exc.__context__ = exc.__cause__ = None
            ended: tuple[bool, object, str] = (False, exc, message_for(exc, self._folder))
        else:
            ended = (True, result, "")
        self._fn = None  # let go of what the work held (the journal, its arguments)
        try:
            # Emitted before wait() returns: whoever waited may delete this object next.
            self._ended.emit(*ended)
        except RuntimeError:  # the owner was destroyed while the work ran on
            pass
        finally:
            self._over.set()

    # -- back on the GUI thread -------------------------------------------------------

    # Real slots, so this object is the receiver: a queued report for a task that has
    # been deleted meanwhile is dropped by Qt instead of reaching a dead object.
    @Slot(int, int)
    def _step(self, done: int, total: int) -> None:
        if not self._cancel.is_set():
            self.progressed.emit(done, total)

    @Slot(bool, object, str)
    def _deliver(self, ok: bool, value: object, message: str) -> None:
        if not self._cancel.is_set() or self._report_cancelled:
            if ok:
                self.done.emit(value)
            else:
                self.failed.emit(message, value)
        self.finished.emit()


class Tasks(QObject):
    """Runs work off the GUI thread for its owner and keeps track of it until it ends.

    The owner (a widget) is required: Qt then deletes the tasks with it, through its own
    event loop, never while a report is on its way to them. `ended(task)` comes after a
    task's last report."""

    ended = Signal(object)

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._running: list[Task] = []

    def run(self, fn: Callable[..., Any], *, name: str = "journal-task",
            folder: object = None, progress: bool = False, report_cancelled: bool = True,
            done: Callable[[Any], object] | None = None,
            failed: Callable[[str, object], object] | None = None,
            progressed: Callable[[int, int], object] | None = None) -> Task:
        """Start fn() (fn(progress) when `progress`) on a thread; the slots given are
        connected before it starts, so not even a very quick result is missed."""
        task = Task(fn, name=name, folder=folder, with_progress=progress,
                    report_cancelled=report_cancelled, parent=self)
        if done is not None:
            task.done.connect(done)
        if failed is not None:
            task.failed.connect(failed)
        if progressed is not None:
            task.progressed.connect(progressed)
        # A slot of this object, not a lambda holding the task: a connection must not
        # keep a task's wrapper alive past its deletion.
        task.finished.connect(self._forget)
        self._running.append(task)
        return task.start()

    def running(self) -> list[Task]:
        """Tasks whose results have not been delivered yet."""
        return list(self._running)

    def cancel_all(self) -> None:
        for task in self._running:
            task.cancel()

    def wait_all(self, timeout: float = 30) -> bool:
        """Block until every task's work has returned; False if one is still going when
        timeout passes (it then keeps running on its daemon thread)."""
        deadline = time.monotonic() + timeout
        return all(task.wait(max(0.0, deadline - time.monotonic()))
                   for task in list(self._running))

    def shutdown(self, timeout: float = 30) -> bool:
        """Cancel all work and wait for it to let go (the window locks or closes)."""
        self.cancel_all()
        return self.wait_all(timeout)

    @Slot()
    def _forget(self) -> None:
        task = self.sender()
        if task in self._running:
            self._running.remove(task)  # type: ignore[arg-type]
            self.ended.emit(task)
        # Not deleted here: Qt deletes finished tasks with their owner. (deleteLater on a
        # task that reported an error crashed PySide6 later, at garbage collection.)
