"""The exercise builder on a real journal, driven the way a person would: steps of several
kinds, reordering, a broken step, preview, running and saving an entry, editing (a new
version; the old entry keeps its questions), adapting a copy of a shipped exercise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.exercises.helpers import click, next_step, slide, type_into
from trustjournal.core.exercises import StepKind, builtin_exercises
from trustjournal.core.exercises.own import read_version
from trustjournal.core.resources_data import resource_path
from trustjournal.gui.builder.builder import ExerciseBuilder
from trustjournal.gui.builder.step_editor import StepEditor
from trustjournal.gui.events import AppEvents
from trustjournal.gui.exercises_view import ExercisesView

OWN_ID = "my_evening_wind_down"


def view_for(qtbot, journal) -> ExercisesView:  # type: ignore[no-untyped-def]
    view = ExercisesView(journal, AppEvents())
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def add(qtbot, builder: ExerciseBuilder, kind: StepKind, prompt: str) -> StepEditor:  # type: ignore[no-untyped-def]
    builder.kind_choice.setCurrentIndex(builder.kind_choice.findData(kind))
    click(qtbot, builder.add_button)
    editor = builder.editors[-1]
    assert editor.kind is kind
    if prompt:
        type_into(qtbot, editor.prompt, prompt)
    return editor


def type_lines(qtbot, widget, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def build_wind_down(qtbot, view: ExercisesView) -> ExerciseBuilder:  # type: ignore[no-untyped-def]
    """Title, why, and five steps: text, choice, scale, list, rerate of the scale."""
    click(qtbot, view.new_button)
    builder = view.builder
    assert builder is not None and view.stack.currentWidget() is builder
    type_into(qtbot, builder.title, "Evening wind-down")
    type_into(qtbot, builder.why, "A calm close to the day, so worries don't follow you to bed.")
    add(qtbot, builder, StepKind.TEXT, "What went well today?")
    choice = add(qtbot, builder, StepKind.CHOICE, "Where is your mind right now?")
    type_lines(qtbot, choice.options, ["Calm", "Busy", "Worried"])
    scale = add(qtbot, builder, StepKind.SCALE, "How calm do you feel?")
    type_into(qtbot, scale.label, "Calm before")
    add(qtbot, builder, StepKind.LIST, "Three small things you are grateful for")
    rerate = add(qtbot, builder, StepKind.RERATE, "And how calm do you feel now?")
    assert rerate.sources["rerate_of"].currentData() == scale.step_id
    assert builder.check() is not None, builder.last_errors
    return builder


def run_through(qtbot, runner, first: str = "Dinner with friends.") -> str:  # type: ignore[no-untyped-def]
    """Answer every step of the wind-down (in its saved order) and save; the entry's uuid."""
    type_into(qtbot, runner.current.editor, first)
    next_step(qtbot, runner)
    click(qtbot, runner.current.buttons["calm"])
    next_step(qtbot, runner)
    slide(qtbot, runner.current.input.slider, 5)
    next_step(qtbot, runner)
    type_into(qtbot, runner.current.edits[0], "Warm tea")
    next_step(qtbot, runner)
    slide(qtbot, runner.current.inputs[""].slider, 8)
    next_step(qtbot, runner)
    assert runner.saved_uuid is not None
    return runner.saved_uuid


def card_button(qtbot, view: ExercisesView, exercise_id: str, name: str):  # type: ignore[no-untyped-def]
    """A button of a card once the list has been laid out again (it is rebuilt after a
    runner or the builder closes)."""
    def ready() -> bool:
        QApplication.processEvents()
        button = getattr(view.cards[exercise_id], name)
        return button.isVisible() and button.height() > 0

    qtbot.waitUntil(ready)
    return getattr(view.cards[exercise_id], name)


def prompts(builder: ExerciseBuilder) -> list[str]:
    return [step["prompt"] for step in builder.data()["steps"]]


def test_build_reorder_check_preview_save_and_run(qtbot, journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    builder = build_wind_down(qtbot, view)

    # Reorder by button and by keyboard.
    list_step = builder.editors[3]
    click(qtbot, list_step.up_button)
    assert builder.editors.index(list_step) == 2
    list_step.prompt.setFocus()
    qtbot.keyClick(list_step.prompt, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert builder.editors.index(list_step) == 3
    assert QApplication.focusWidget() is list_step.prompt  # the cursor moves with it
    qtbot.keyClick(list_step.prompt, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert prompts(builder)[2] == "Three small things you are grateful for"

    # A re-rating moved above what it re-rates: the loader's message sits on that step.
    rerate = builder.editors[4]
    for _ in range(3):
        click(qtbot, rerate.up_button)
    assert builder.editors.index(rerate) == 1
    builder.check()
    assert rerate.problems.isVisible()
    assert "Rates again:" in rerate.problems.text()
    assert "it must come before this step" in rerate.problems.text()
    assert all(e.problems.isHidden() for e in builder.editors if e is not rerate)
    click(qtbot, builder.save_button)  # blocked: nothing stored
    assert journal.user_exercises() == []
    for _ in range(3):
        click(qtbot, rerate.down_button)
    assert builder.check() is not None

    # A step with an empty question blocks saving, with its message beside it.
    broken = add(qtbot, builder, StepKind.TEXT, "")
    click(qtbot, builder.save_button)
    assert broken.problems.isVisible()
    assert broken.problems.text() == "• Question: must not be empty"
    assert journal.user_exercises() == []
    assert builder.preview() is None  # no preview of a broken exercise either

    # Removing it can be undone, and removing it again makes the exercise sound.
    click(qtbot, broken.remove_button)
    assert len(builder.editors) == 5 and builder.undo_bar.isVisible()
    click(qtbot, builder.undo_button)
    assert len(builder.editors) == 6 and builder.editors[5].step_id == broken.step_id
    builder.editors[5].prompt.setFocus()
    qtbot.keyClick(builder.editors[5].prompt, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.AltModifier)
    assert len(builder.editors) == 5
    assert builder.check() is not None

    # Preview runs it in the real runner and writes nothing.
    click(qtbot, builder.preview_button)
    runner = builder.preview_runner
    assert runner is not None and builder.stack.currentWidget() is runner
    assert runner.exercise.steps[0].prompt == "What went well today?"
    type_into(qtbot, runner.current.editor, "A long walk after dinner.")
    next_step(qtbot, runner)
    click(qtbot, runner.current.buttons["calm"])
    runner.save_draft()
    click(qtbot, runner.later_button)
    assert builder.preview_runner is None and builder.stack.currentWidget() is builder.edit_page
    assert journal.drafts() == []
    assert journal.user_exercises() == []

    # Save: version 1 under a fresh own id; the card says it is yours.
    click(qtbot, builder.save_button)
    assert view.builder is None and view.stack.currentWidget() is view.list_page
    (stored,) = journal.user_exercises()
    assert (stored.exercise_id, stored.version, stored.based_on) == (OWN_ID, 1, None)
    exercise, errors = read_version(stored)
    assert errors == [] and exercise is not None
    assert [s.kind for s in exercise.steps] == [StepKind.TEXT, StepKind.CHOICE,
                                                StepKind.LIST, StepKind.SCALE, StepKind.RERATE]
    assert [o.label for o in exercise.steps[1].options] == ["Calm", "Busy", "Worried"]
    card = view.cards[OWN_ID]
    assert card.meta.text().startswith("Yours ·")

    # Run it and save an entry: the row keeps the own id and version 1.
    click(qtbot, card_button(qtbot, view, OWN_ID, "start_button"))
    runner = view.runner
    assert runner is not None and runner.exercise.id == OWN_ID
    type_into(qtbot, runner.current.editor, "Dinner with friends.")
    next_step(qtbot, runner)
    click(qtbot, runner.current.buttons["busy"])
    next_step(qtbot, runner)
    type_into(qtbot, runner.current.edits[0], "Warm tea")
    next_step(qtbot, runner)
    slide(qtbot, runner.current.input.slider, 4)
    next_step(qtbot, runner)
    slide(qtbot, runner.current.inputs[""].slider, 7)
    saved: list[str] = []
    view.entry_saved.connect(saved.append)
    next_step(qtbot, runner)
    (uuid,) = saved
    entry = journal.get_entry(uuid)
    assert (entry.exercise_id, entry.exercise_version) == (OWN_ID, 1)
    assert "What went well today?" in entry.body and "Dinner with friends." in entry.body
    assert journal.exercise_answers(uuid) == {
        "step_1": "Dinner with friends.", "step_2": "busy", "step_4": ["Warm tea"],
        "step_3": 4, "step_5": 7}


def test_edit_raises_the_version_and_old_entries_keep_their_questions(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    builder = build_wind_down(qtbot, view)
    click(qtbot, builder.save_button)
    click(qtbot, card_button(qtbot, view, OWN_ID, "start_button"))
    old_uuid = run_through(qtbot, view.runner)

    click(qtbot, card_button(qtbot, view, OWN_ID, "edit_button"))
    builder = view.builder
    assert builder is not None and builder.exercise_id == OWN_ID
    assert prompts(builder)[0] == "What went well today?"
    click(qtbot, builder.save_button)  # nothing changed: no new version
    assert builder.status.text() == "No changes to save."
    assert len(journal.user_exercise_versions(OWN_ID)) == 1
    builder.editors[0].prompt.selectAll()
    type_into(qtbot, builder.editors[0].prompt, "What are you thankful for today?")
    click(qtbot, builder.save_button)
    assert [v.version for v in journal.user_exercise_versions(OWN_ID)] == [1, 2]
    assert view.exercise(OWN_ID).version == 2
    assert view.exercise(OWN_ID).steps[0].prompt == "What are you thankful for today?"

    # The old entry opens with version 1's questions, and keeps version 1 when saved again.
    runner = view.edit_entry(old_uuid)
    assert runner is not None
    assert runner.exercise.version == 1
    assert runner.exercise.steps[0].prompt == "What went well today?"
    assert runner.run.step.kind is StepKind.RERATE  # an entry opens on its last step
    runner.go_to("step_1")
    assert runner.pages["step_1"].isVisible()
    assert runner.current.text() == "Dinner with friends."
    next_step(qtbot, runner)
    runner.finish()
    entry = journal.get_entry(old_uuid)
    assert entry.exercise_version == 1
    assert "What went well today?" in entry.body
    assert "thankful" not in entry.body

    # A new run uses the latest version.
    click(qtbot, card_button(qtbot, view, OWN_ID, "start_button"))
    assert view.runner.exercise.version == 2
    assert view.runner.exercise.steps[0].prompt == "What are you thankful for today?"


def test_remove_with_undo_and_an_entry_of_a_removed_exercise_still_opens(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    click(qtbot, build_wind_down(qtbot, view).save_button)
    click(qtbot, card_button(qtbot, view, OWN_ID, "start_button"))
    uuid = run_through(qtbot, view.runner)
    versions = journal.user_exercise_versions(OWN_ID)

    click(qtbot, card_button(qtbot, view, OWN_ID, "remove_button"))
    assert journal.user_exercises() == [] and OWN_ID not in view.cards
    assert view.undo_bar.isVisible()
    click(qtbot, view.undo_button)
    assert [s.exercise_id for s in journal.user_exercises()] == [OWN_ID]
    assert [(v.version, v.toml) for v in journal.user_exercise_versions(OWN_ID)] == \
        [(v.version, v.toml) for v in versions]
    assert OWN_ID in view.cards and not view.undo_bar.isVisible()

    click(qtbot, card_button(qtbot, view, OWN_ID, "remove_button"))
    assert journal.user_exercises() == []
    runner = view.edit_entry(uuid)
    assert runner is not None and runner.exercise.id == OWN_ID
    assert runner.exercise.steps[0].prompt == "What went well today?"


def test_duplicate_and_adapt_leaves_the_shipped_exercise_alone(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    shipped_file = resource_path("exercises") / "challenge_a_thought.toml"
    before_bytes = shipped_file.read_bytes()
    original = builtin_exercises().get("challenge_a_thought")
    view = view_for(qtbot, journal)
    assert view.cards["challenge_a_thought"].duplicate_button is not None
    assert view.cards["challenge_a_thought"].edit_button is None
    click(qtbot, view.cards["challenge_a_thought"].duplicate_button)
    builder = view.builder
    assert builder.title.text() == "Challenge a thought (my version)"
    assert len(builder.editors) == len(original.steps)
    builder.title.selectAll()
    type_into(qtbot, builder.title, "My thought check")
    builder.editors[0].prompt.selectAll()
    type_into(qtbot, builder.editors[0].prompt, "Where were you when it started?")
    click(qtbot, builder.save_button)

    (stored,) = journal.user_exercises()
    assert (stored.exercise_id, stored.version, stored.based_on) == (
        "my_thought_check", 1, "challenge_a_thought")
    copy, errors = read_version(stored)
    assert errors == []
    assert copy.steps[0].prompt == "Where were you when it started?"
    # Everything the builder does not show came along unchanged (metrics, pins, hints).
    assert copy.steps[1:] == original.steps[1:]
    assert shipped_file.read_bytes() == before_bytes
    assert view.exercise("challenge_a_thought") == original
    assert not view.cards["challenge_a_thought"].meta.text().startswith("Yours")
    assert view.cards["my_thought_check"].meta.text().startswith("Yours")


def test_a_new_exercise_never_takes_a_used_id(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    click(qtbot, build_wind_down(qtbot, view).save_button)
    click(qtbot, build_wind_down(qtbot, view).save_button)
    assert sorted(s.exercise_id for s in journal.user_exercises()) == [
        OWN_ID, f"{OWN_ID}_2"]
    assert all(s.version == 1 for s in journal.user_exercises())


def test_missing_title_is_shown_above_the_steps(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    click(qtbot, view.new_button)
    builder = view.builder
    click(qtbot, builder.save_button)
    lines = builder.top_problems.text().splitlines()
    assert "• Title: must not be empty" in lines
    assert "• Steps: must hold at least one step" in lines
    assert journal.user_exercises() == []
    click(qtbot, builder.close_button)
    assert view.builder is None and view.stack.currentWidget() is view.list_page


def test_a_draft_begun_before_an_edit_carries_on_with_its_questions(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    click(qtbot, build_wind_down(qtbot, view).save_button)
    click(qtbot, card_button(qtbot, view, OWN_ID, "start_button"))
    type_into(qtbot, view.runner.current.editor, "Half an evening.")
    qtbot.keyClick(view.runner.current.editor, Qt.Key.Key_Escape)  # kept for later
    assert view.runner is None
    assert journal.load_draft(OWN_ID)["exercise_version"] == 1

    click(qtbot, card_button(qtbot, view, OWN_ID, "edit_button"))
    view.builder.editors[0].prompt.selectAll()
    type_into(qtbot, view.builder.editors[0].prompt, "What felt good today?")
    click(qtbot, view.builder.save_button)
    assert journal.user_exercise(OWN_ID).version == 2

    button = card_button(qtbot, view, OWN_ID, "start_button")
    assert button.text() == "Continue"
    click(qtbot, button)
    assert view.runner.exercise.version == 1
    assert view.runner.exercise.steps[0].prompt == "What went well today?"
    assert view.runner.current.text() == "Half an evening."


def test_closing_with_unsaved_changes_asks_first(qtbot, journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    click(qtbot, view.new_button)
    builder = view.builder
    type_into(qtbot, builder.title, "Half built")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent, title, *_args, **_kw):  # type: ignore[no-untyped-def]
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(builder.title, Qt.Key.Key_Escape)
    assert asked == ["Leave without saving?"] and view.builder is builder  # kept
    click(qtbot, builder.close_button)
    assert view.builder is None and journal.user_exercises() == []
