"""The window's work once the journal is usable: SQLite's quick check (a read), then
today's automatic backup, then the Progress page's whole-journal figures read ahead. It
starts after Today has been painted, runs as one task (see tasks.py), and locking or
closing cancels it: it stops before the backup, and a backup already being written is
only ever whole or absent (it is written aside and moved into place last)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from trustjournal.gui.first_paint import once_settled
from trustjournal.gui.tasks import Task, Tasks

if TYPE_CHECKING:
    from trustjournal.storage import Journal


def after_open_work(journal: Journal, progress: Callable[[int, int | None], bool]
                    ) -> tuple[list[str], object]:
    """On a task's thread: SQLite's quick check, then today's backup if it is due and
    the check found nothing, then the Progress figures read ahead. (problems, backup
    info or None)."""
    from trustjournal.storage import Interrupted
    from trustjournal.storage.archive import daily_backup_if_due

    try:
        problems: list[str] = journal.integrity_problems(quick=True)
    except Interrupted:  # the window closed or locked meanwhile (AfterOpen.stop)
        return [], None
    except Exception as exc:  # a damaged file can fail the check itself
        problems = [type(exc).__name__]
    if problems or not progress(1, 3):  # damaged, or cancelled: no backup
        return problems, None
    try:
        backup = daily_backup_if_due(journal)
    except Interrupted:  # stopped halfway: no backup file is left behind
        return [], None
    if progress(2, 3):
        read_progress_ahead(journal)
    return [], backup


def read_progress_ahead(journal: Journal) -> None:
    """Read the whole journal's Progress figures on this thread. Storage keeps them, so
    the page's first showing cuts its range from them instead of reading ten years of
    entries on the GUI thread (a quarter of a second at 100 k)."""
    from trustjournal.storage import Interrupted

    try:
        journal.progress_data()
    except Interrupted:  # the window closed or locked meanwhile
        pass
    except Exception:  # only a head start: the page reads again when shown, and
        pass           # reports its own error there


class AfterOpen:
    """Runs after_open_work for the window; `damage(problems)` and `backup_failed(text)`
    are called on the GUI thread."""

    def __init__(self, tasks: Tasks, damage: Callable[[list[str]], None],
                 backup_failed: Callable[[str], None]) -> None:
        self.tasks = tasks
        self.task: Task | None = None
        self._journal: Journal | None = None  # the one the running task works on
        self._due = False
        self._round = 0  # each after_paint; stop() makes a pending start a no-op
        self._damage, self._backup_failed = damage, backup_failed
        tasks.ended.connect(self._ended)

    def after_paint(self, page: QWidget | None, journal: Callable[[], Journal | None]) -> None:
        """Start once `page` has been painted (at once if it is not on screen)."""
        self._due = True
        self._round += 1
        round_ = self._round

        def start() -> None:
            if self._due and self._round == round_:  # not stopped meanwhile
                self.start(journal())

        if page is None or not page.isVisible():
            QTimer.singleShot(0, self.tasks, start)
        else:
            once_settled(page, start)

    def idle(self) -> bool:
        """Nothing waits to start or runs."""
        return not self._due and self.task is None

    def start(self, journal: Journal | None) -> None:
        self._due = False
        if journal is None or self.task is not None:
            return
        self._journal = journal
        task = self.tasks.run(
            lambda progress: after_open_work(journal, progress), name="after-open",
            folder=journal.path.parent, progress=True, report_cancelled=False,
            done=self._done, failed=lambda message, _error: self._backup_failed(message))
        self.task = task

    def stop(self) -> None:
        """Locking or closing: cancel, stop SQLite's check or the backup's copy where
        it is (Journal.interrupt), and wait until the journal is let go."""
        self._due = False
        self._round += 1
        task, self.task = self.task, None
        journal, self._journal = self._journal, None
        if task is None:
            return
        task.cancel()
        # Again while waiting: an interrupt that came just before the check began
        # would be missed by it.
        deadline = time.monotonic() + 120
        while not task.wait(0.05) and time.monotonic() < deadline:
            if journal is not None:
                journal.interrupt()

    def _ended(self, task: object) -> None:
        if self.task is task:  # not an older one, cancelled when the journal locked
            self.task = None

    def _done(self, result: object) -> None:
        problems, _backup = result  # type: ignore[misc]
        if problems:
            self._damage(problems)
