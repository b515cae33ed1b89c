"""Own exercises in the whole window: the Journal page shows an old entry with the
questions it answered and reopens it in that version; answers go past the safety check
like any exercise's."""

from __future__ import annotations

from tests.gui.builder.test_builder import (
    OWN_ID,
    build_wind_down,
    card_button,
    run_through,
    type_into,
)
from tests.gui.exercises.helpers import click, next_step
from trustjournal.gui.main_window import PAGES


def test_an_old_entry_reads_and_reopens_with_its_version(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    window.show_page(PAGES.index("Exercises"))
    view = window.exercises_view
    click(qtbot, build_wind_down(qtbot, view).save_button)
    click(qtbot, card_button(qtbot, view, OWN_ID, "start_button"))
    uuid = run_through(qtbot, view.runner)
    assert window.current_page() == "Journal"  # a saved exercise opens in the journal
    window.show_page(PAGES.index("Exercises"))
    click(qtbot, card_button(qtbot, view, OWN_ID, "edit_button"))
    view.builder.editors[0].prompt.selectAll()
    type_into(qtbot, view.builder.editors[0].prompt, "What felt kind today?")
    click(qtbot, view.builder.save_button)
    assert journal.user_exercise(OWN_ID).version == 2

    window.open_entry(uuid)
    editor = window.journal_view.editor
    assert window.current_page() == "Journal"
    assert "What went well today?" in editor.body_edit.toPlainText()
    assert "felt kind" not in editor.body_edit.toPlainText()
    click(qtbot, editor.answers_button)
    runner = view.runner
    assert window.current_page() == "Exercises" and runner.entry_uuid == uuid
    assert (runner.exercise.id, runner.exercise.version) == (OWN_ID, 1)
    runner.go_to("step_1")
    assert runner.current.text() == "Dinner with friends."
    assert runner.exercise.steps[0].prompt == "What went well today?"


def test_answers_to_an_own_exercise_pass_the_safety_check(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page(PAGES.index("Exercises"))
    view = window.exercises_view
    click(qtbot, build_wind_down(qtbot, view).save_button)
    click(qtbot, card_button(qtbot, view, OWN_ID, "start_button"))
    runner = view.runner
    type_into(qtbot, runner.current.editor, "He reads my messages every night.")
    next_step(qtbot, runner)
    qtbot.waitUntil(lambda: window.safety_dialog is not None)
    assert window.safety_dialog.section_ids()[0] == "abuse"
    window.safety_dialog.reject()
