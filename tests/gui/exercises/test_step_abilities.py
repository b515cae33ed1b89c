"""Branching, prefilled sentences, wording per perspective and sorting, through widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.exercises.helpers import click, next_step, slide, step_id, type_into
from trustjournal.core.exercises import GAP, Metric, load_exercises
from trustjournal.gui.events import AppEvents
from trustjournal.gui.exercises.runner import ExerciseRunner
from trustjournal.gui.exercises_view import ExercisesView

EXERCISE = """\
id = "abilities"
version = 1
title = "Abilities"
why = "For tests."
audiences = ["both"]
minutes = 3

[[steps]]
id = "feelings"
kind = "feelings"
prompt = "What do you feel?"

[[steps]]
id = "where"
kind = "choice"
prompt = "Here or the past?"
allow_other = false
metric = "where"
options = [{ id = "here", label = "Mostly here" }, { id = "past", label = "Mostly my past" }]

[[steps]]
id = "talk"
kind = "text"
prompt = "What would you say to them?"
show_if = { step = "where", any_of = ["here"] }

[[steps]]
id = "care"
kind = "text"
prompt = "How could you look after yourself?"
show_if = { step = "where", any_of = ["past"] }

[steps.variants.distrusted]
prompt = "How could you look after yourself while they heal?"

[[steps]]
id = "expectations"
kind = "list"
prompt = "What do you expect?"

[[steps]]
id = "sorted"
kind = "sort"
prompt = "Sort each one."
sort_of = "expectations"
metric = "expectation_kind"
options = [{ id = "fair", label = "Reasonable" },
           { id = "control", label = "Controlling", safety = true }]

[[steps]]
id = "source"
kind = "text"
prompt = "Where from?"
optional = true

[[steps]]
id = "sentence"
kind = "text"
prompt = "Make it a sentence."
prefill = "I feel {feelings}; it comes from {source}, and {care}."

[[steps]]
id = "summary"
kind = "summary"
prompt = "Look back."
"""


def exercise_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "exercises"
    folder.mkdir()
    (folder / "abilities.toml").write_text(EXERCISE, encoding="utf-8")
    return folder


def open_runner(qtbot, journal, tmp_path: Path, audience: str = "both"):  # type: ignore[no-untyped-def]
    journal.set_setting("perspective", audience)
    view = ExercisesView(journal, AppEvents(), exercises=load_exercises(exercise_folder(tmp_path)))
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    click(qtbot, view.cards["abilities"].start_button)
    assert view.runner is not None
    return view, view.runner


def page_texts(runner: ExerciseRunner) -> list[str]:
    return [label.text() for label in runner.stack.currentWidget().findChildren(QLabel)]


def test_branch_prefill_and_sort_through_the_widgets(qtbot, journal, tmp_path: Path,
                                                    monkeypatch) -> None:
    view, runner = open_runner(qtbot, journal, tmp_path)
    shown: list[str] = []  # without a window, the view only asks for the panel
    view.safety_requested.connect(shown.append)
    feelings = runner.current
    click(qtbot, feelings.checks["anxious"])
    click(qtbot, feelings.checks["lonely"])
    slide(qtbot, feelings.picked["anxious"].slider, 50)
    slide(qtbot, feelings.picked["lonely"].slider, 50)
    next_step(qtbot, runner)
    assert runner.step_label.text().startswith("Step 2 of 7")  # both branches hidden
    click(qtbot, runner.current.buttons["here"])
    assert runner.step_label.text().startswith("Step 2 of 8")
    next_step(qtbot, runner)
    assert step_id(runner) == "talk"
    type_into(qtbot, runner.current.editor, "I got scared last night.")
    click(qtbot, runner.back_button)
    click(qtbot, runner.current.buttons["past"])  # the other branch: "talk" is hidden now
    next_step(qtbot, runner)
    assert step_id(runner) == "care"
    assert "How could you look after yourself?" in page_texts(runner)
    type_into(qtbot, runner.current.editor, "A long walk.")
    next_step(qtbot, runner)

    items = runner.current
    type_into(qtbot, items.edits[0], "Say when I'll be late")
    qtbot.keyClick(items.edits[0], Qt.Key.Key_Return)
    type_into(qtbot, items.edits[1], "Read each other's messages")
    next_step(qtbot, runner)
    sort = runner.current
    assert step_id(runner) == "sorted" and sort.items == ["Say when I'll be late",
                                                         "Read each other's messages"]
    click(qtbot, sort.buttons[("Say when I'll be late", "fair")])
    assert not runner.next_button.isEnabled()  # one item is not sorted yet
    click(qtbot, sort.buttons[("Read each other's messages", "control")])
    next_step(qtbot, runner)
    qtbot.waitUntil(lambda: len(shown) == 1)  # controlling: the panel is offered
    assert runner.next_button.text() == "Skip"
    next_step(qtbot, runner)  # where it comes from is left out for now

    # The sentence is made from the earlier answers; the missing one is a gap.
    assert step_id(runner) == "sentence"
    text = runner.current
    assert text.text() == f"I feel anxious and lonely; it comes from {GAP}, and A long walk."
    box = text.editor
    qtbot.waitUntil(lambda: box.hasFocus())
    assert box.textCursor().selectedText() == GAP  # the first gap is ready to type over
    qtbot.keyClicks(box, "an old fear")
    box.moveCursor(box.textCursor().MoveOperation.Start)
    assert GAP not in text.text()
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # no gap left: Tab leaves the box
    assert not box.hasFocus()
    assert runner.run.answers["sentence"] == (
        "I feel anxious and lonely; it comes from an old fear, and A long walk.")
    click(qtbot, runner.back_button)
    type_into(qtbot, runner.current.editor, "My dad")
    next_step(qtbot, runner)
    # Coming back never overwrites what was typed.
    assert runner.current.text().endswith("from an old fear, and A long walk.")
    next_step(qtbot, runner)
    summary = runner.current.view.toPlainText()
    assert "A long walk." in summary and "I got scared" not in summary
    with qtbot.waitSignal(runner.finished) as saved:
        click(qtbot, runner.next_button)
    uuid = saved.args[0]
    answers = journal.exercise_answers(uuid)
    assert "talk" not in answers and answers["care"] == "A long walk."
    assert answers["sorted"] == {"Say when I'll be late": "fair",
                                 "Read each other's messages": "control"}
    body = journal.get_entry(uuid).body
    assert "I got scared" not in body and "- Read each other's messages: Controlling" in body
    metrics = journal.entry_metrics(uuid)
    assert Metric("where", None, "past") in metrics
    assert [m.label for m in metrics if m.name == "expectation_kind"] == ["fair", "control"]


def test_tab_walks_the_gaps_then_leaves(qtbot, journal, tmp_path: Path) -> None:
    draft = {"exercise_id": "abilities", "step": "sentence", "answers": {
        "feelings": [{"feeling": "sad", "intensity": 40}], "where": "here",
        "care": "x", "expectations": ["x"], "sorted": {"x": "fair"}}}
    journal.save_draft("abilities", 1, draft)
    _view, runner = open_runner(qtbot, journal, tmp_path)
    assert step_id(runner) == "sentence"
    text = runner.current
    assert text.text() == f"I feel sad; it comes from {GAP}, and {GAP}."
    box = text.editor
    qtbot.waitUntil(lambda: box.hasFocus())
    first = text.text().index(GAP)
    second = text.text().index(GAP, first + 1)
    assert box.textCursor().selectionStart() == first
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.hasFocus() and box.textCursor().selectionStart() == second
    qtbot.keyClick(box, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert box.hasFocus() and box.textCursor().selectionStart() == first
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.keyClicks(box, "resting")
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # no gap after the cursor: on to the buttons
    assert not box.hasFocus()
    assert QApplication.focusWidget() is runner.later_button
    assert runner.run.answers["sentence"] == f"I feel sad; it comes from {GAP}, and resting."
    runner.leave()  # the typing is kept as a draft, with the gap still showing
    assert journal.load_draft("abilities")["answers"]["sentence"].endswith(
        f"{GAP}, and resting.")


def test_the_wording_follows_the_journal_perspective(qtbot, journal, tmp_path: Path) -> None:
    draft = {"exercise_id": "abilities", "step": "care", "answers": {"where": "past"}}
    journal.save_draft("abilities", 1, draft)
    _view, runner = open_runner(qtbot, journal, tmp_path, audience="distrusted")
    assert step_id(runner) == "care"
    assert "How could you look after yourself while they heal?" in page_texts(runner)
