"""A preview (the exercise builder's "try it") runs the real runner and writes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.exercises.helpers import click, next_step, slide, type_into
from trustjournal.core.exercises import builtin_exercises
from trustjournal.gui.events import AppEvents
from trustjournal.gui.exercises.runner import ExerciseRunner


def test_a_preview_keeps_no_draft_and_saves_no_entry(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    exercise = builtin_exercises().get("celebrate_small_victory")
    runner = ExerciseRunner(journal, AppEvents(), exercise, preview=True)
    qtbot.addWidget(runner)
    runner.resize(900, 700)
    runner.show()
    qtbot.waitExposed(runner)
    assert runner.later_button.text() == "Back to editing"
    closed: list[bool] = []
    finished: list[str] = []
    runner.closed.connect(lambda: closed.append(True))
    runner.finished.connect(finished.append)

    type_into(qtbot, runner.current.editor, "I asked instead of assuming.")
    runner._draft_timer.timeout.emit()  # the moment a draft would be written
    next_step(qtbot, runner)
    click(qtbot, next(iter(runner.current.buttons.values())))
    next_step(qtbot, runner)
    slide(qtbot, runner.current.input.slider, 7)
    while not runner.run.is_last:  # the rest may be skipped
        next_step(qtbot, runner)
    assert runner.run.is_last and runner.next_button.text() == "End the preview"
    click(qtbot, runner.next_button)

    assert closed == [True] and finished == []
    assert runner.saved_uuid is None
    assert journal.drafts() == []
    assert journal.count_entries() == 0
    QApplication.processEvents()
    qtbot.keyClick(runner, Qt.Key.Key_Escape)  # leaving by Esc writes nothing either
    assert journal.drafts() == []
