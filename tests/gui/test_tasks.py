"""The one task mechanism (gui/tasks.py): results, errors, progress, cancel, close."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from trustjournal.gui.tasks import Tasks
from trustjournal.storage.errors import JournalError


def owned(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """The widget that owns the tasks; pytest-qt closes and deletes it after the test."""
    owner = QWidget()
    qtbot.addWidget(owner)
    return owner


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]


def test_the_result_arrives_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = owned(qtbot)
    tasks = Tasks(owner)
    worked_on: list[str] = []
    got: list[tuple[object, bool]] = []

    def work() -> int:
        worked_on.append(threading.current_thread().name)
        return 42

    tasks.run(work, name="answer", done=lambda value: got.append((value, on_gui_thread())))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, True)]
    assert worked_on == ["answer"]  # not the GUI thread
    qtbot.waitUntil(lambda: not tasks.running(), timeout=5000)


def test_an_error_is_a_message_without_the_journals_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = owned(qtbot)
    tasks = Tasks(owner)
    failed: list[tuple[str, object]] = []

    def leaky() -> None:
        raise ValueError("my most private sentence about him")

    tasks.run(leaky, failed=lambda message, error: failed.append((message, error)))
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    message, error = failed[0]
    assert isinstance(error, ValueError)
    assert "private" not in message and "ValueError" in message

    def ours() -> None:
        raise JournalError("The journal is busy; try again.")

    tasks.run(ours, failed=lambda message, error: failed.append((message, error)))
    qtbot.waitUntil(lambda: len(failed) == 2, timeout=5000)
    assert failed[1][0] == "The journal is busy; try again."


def test_progress_arrives_and_cancel_stops_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = owned(qtbot)
    tasks = Tasks(owner)
    steps: list[tuple[int, int]] = []
    done: list[object] = []
    started = threading.Event()

    def long_work(progress) -> str:  # type: ignore[no-untyped-def]
        count = 0
        while progress(count, None):
            started.set()
            count += 1
            time.sleep(0.001)
        return f"stopped after {count}"

    task = tasks.run(long_work, progress=True, progressed=lambda d, t: steps.append((d, t)),
                     done=done.append)
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(steps), timeout=5000)
    assert task.running
    task.cancel()
    assert task.wait(5)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert str(done[0]).startswith("stopped after ")
    assert all(total == -1 for _, total in steps)  # an unknown total


def test_cancelled_quiet_work_reports_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = owned(qtbot)
    tasks = Tasks(owner)
    release = threading.Event()
    reported: list[object] = []
    task = tasks.run(lambda: release.wait(5) and "late result", report_cancelled=False,
                     done=reported.append, failed=lambda m, e: reported.append(m))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
        release.set()
    qtbot.wait(20)
    assert reported == []
    assert not tasks.running()


def test_closing_cancels_and_waits_for_running_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = owned(qtbot)
    tasks = Tasks(owner)
    let_go = threading.Event()

    def holds_on(progress) -> None:  # type: ignore[no-untyped-def]
        while progress(0, 1):
            time.sleep(0.005)
        time.sleep(0.05)  # finishing up after the cancel, like closing a file
        let_go.set()

    tasks.run(holds_on, progress=True)
    tasks.run(holds_on, progress=True)
    time.sleep(0.02)
    assert tasks.shutdown(5)  # returns only when both have let go
    assert let_go.is_set()
    assert all(not task.running for task in tasks.running())


def test_waiting_gives_up_on_work_that_does_not_stop(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = owned(qtbot)
    tasks = Tasks(owner)
    release = threading.Event()
    tasks.run(lambda: release.wait(5))
    began = time.monotonic()
    assert not tasks.shutdown(0.1)  # it cannot hear the cancel: the wait is bounded
    assert time.monotonic() - began < 2
    release.set()
    assert tasks.wait_all(5)
