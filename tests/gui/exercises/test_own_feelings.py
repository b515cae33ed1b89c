"""People add feeling words of their own in the finder; the journal keeps them, every
feelings step and the check-in offer them, and saved entries keep reading well."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.exercises.helpers import click, next_step, slide
from trustjournal.core import own_feelings
from trustjournal.core.exercises import ExerciseRun, load_exercises
from trustjournal.exchange.json_format import JsonExporter, JsonImporter
from trustjournal.exchange.model import ExportFilter, ExportOptions
from trustjournal.gui.checkin import CheckInDialog
from trustjournal.gui.events import AppEvents
from trustjournal.gui.exercises.runner import ExerciseRunner
from trustjournal.gui.perspective import SETTING as PERSPECTIVE
from trustjournal.storage import open_journal

EXERCISE = """\
id = "own_words"
version = 1
title = "Own words"
category = "feelings"
audiences = ["both"]
minutes = 2
why = "To try the picker."

[[steps]]
id = "feelings"
kind = "feelings"
label = "What I feel"
prompt = "What do you feel?"
metric = "feeling"

[[steps]]
id = "now"
kind = "rerate"
label = "Now"
optional = true
prompt = "And now?"
rerate_of = "feelings"
metric = "feeling_now"
"""


def start(qtbot, journal, tmp_path: Path) -> ExerciseRunner:  # type: ignore[no-untyped-def]
    folder = tmp_path / "exercises"
    folder.mkdir(exist_ok=True)
    (folder / "own.toml").write_text(EXERCISE, encoding="utf-8")
    exercise = load_exercises(folder).exercises[0]
    runner = ExerciseRunner(journal, AppEvents(), exercise)
    qtbot.addWidget(runner)
    runner.resize(900, 700)
    runner.show()
    qtbot.waitExposed(runner)
    return runner


def add_word(qtbot, step, word: str) -> None:  # type: ignore[no-untyped-def]
    step.find.clear()
    qtbot.keyClicks(step.find, word)


def test_a_new_word_is_added_rated_and_saved(qtbot, journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = start(qtbot, journal, tmp_path)
    step = runner.current
    add_word(qtbot, step, "  Jealous-ish ")
    assert step.matches() == []
    assert step.add_own_button.text() == "Add “Jealous-ish” as your own feeling"
    click(qtbot, step.add_own_button)
    assert list(step.picked) == ["own_jealous_ish"]
    assert step.find.text() == ""
    assert step.picked["own_jealous_ish"].value() is None  # unanswered until moved
    assert step.value() == []
    slide(qtbot, step.picked["own_jealous_ish"].slider, 60)
    with qtbot.waitSignal(runner.finished):
        runner.finish()
    uuid = runner.saved_uuid
    rows = {(m.name, m.label, m.value) for m in journal.entry_metrics(uuid)}
    assert ("feeling", "own_jealous_ish", 60.0) in rows
    assert "- Jealous-ish: 60 out of 100" in journal.get_entry(uuid).body
    assert journal.exercise_answers(uuid)["feelings"] == [
        {"feeling": "own_jealous_ish", "intensity": 60, "label": "Jealous-ish"}]
    assert journal.get_setting(own_feelings.SETTING) == [
        {"id": "own_jealous_ish", "label": "Jealous-ish"}]

    # The next run offers it under its own group, and so does the check-in.
    again = start(qtbot, journal, tmp_path).current
    assert again.own_box is not None and again.own_box.title() == "Your own words"
    assert again.checks["own_jealous_ish"].text() == "Jealous-ish"
    journal.set_setting(PERSPECTIVE, "distrusting")
    dialog = CheckInDialog(journal, AppEvents())
    qtbot.addWidget(dialog)
    dialog.show()
    checkin = dialog.runner
    for value in (5, 5, 5):
        slide(qtbot, checkin.current.input.slider, value)
        next_step(qtbot, checkin)
    feelings = checkin.current
    qtbot.keyClicks(feelings.find, "jealous-i")
    qtbot.keyClick(feelings.find, Qt.Key.Key_Return)  # a match: Enter picks it
    slide(qtbot, feelings.picked["own_jealous_ish"].slider, 30)
    with qtbot.waitSignal(checkin.finished):
        checkin.finish()
    assert {(m.label, m.value) for m in journal.entry_metrics(dialog.saved_uuid)
            if m.name == "feeling"} == {("own_jealous_ish", 30.0)}
    assert "Jealous-ish: 30 out of 100" in journal.get_entry(dialog.saved_uuid).body


def test_enter_adds_when_nothing_matches_and_the_rerate_shows_the_word(  # type: ignore[no-untyped-def]
        qtbot, journal, tmp_path: Path) -> None:
    runner = start(qtbot, journal, tmp_path)
    step = runner.current
    add_word(qtbot, step, "Überfordert")
    qtbot.keyClick(step.find, Qt.Key.Key_Return)
    assert list(step.picked) == ["own_uberfordert"]
    slide(qtbot, step.picked["own_uberfordert"].slider, 80)
    next_step(qtbot, runner)
    assert runner.run.step.id == "now"
    rerate = runner.current
    assert "<b>Überfordert</b>" in [label.text() for label in rerate.findChildren(QLabel)]
    slide(qtbot, rerate.inputs["own_uberfordert"].slider, 50)
    with qtbot.waitSignal(runner.finished):
        runner.finish()
    body = journal.get_entry(runner.saved_uuid).body
    assert "- Überfordert: 80 out of 100" in body
    assert "- Überfordert: 50 out of 100 (was 80)" in body


def test_duplicates_and_empty_words_are_refused(qtbot, journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    step = start(qtbot, journal, tmp_path).current
    add_word(qtbot, step, "Wobbly")
    click(qtbot, step.add_own_button)
    # The same word in another case is already there: the finder matches it instead.
    add_word(qtbot, step, "WOBBLY")
    assert step.matches() == ["own_wobbly"]
    assert not step.add_own_button.isVisible()
    # A built-in word is never offered as one's own either.
    add_word(qtbot, step, "anxious")
    assert not step.add_own_button.isVisible()
    add_word(qtbot, step, "   ")
    assert not step.add_own_button.isVisible()
    add_word(qtbot, step, "x" * 41)
    click(qtbot, step.add_own_button)
    assert "40 characters" in step.enter_picks.text()
    stored = journal.get_setting(own_feelings.SETTING)
    assert [r["label"] for r in stored] == ["Wobbly"]
    # The rules hold below the screen too.
    for word in ("wobbly", "Anxious", "", " \t"):
        try:
            own_feelings.add(stored, word, ["Anxious"])
        except own_feelings.OwnFeelingError:
            continue
        raise AssertionError(f"{word!r} was accepted")


def test_removing_a_word_keeps_old_entries_readable(qtbot, journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = start(qtbot, journal, tmp_path)
    step = runner.current
    add_word(qtbot, step, "Raw")
    click(qtbot, step.add_own_button)
    slide(qtbot, step.picked["own_raw"].slider, 40)
    with qtbot.waitSignal(runner.finished):
        runner.finish()
    uuid = runner.saved_uuid
    body = journal.get_entry(uuid).body

    later = start(qtbot, journal, tmp_path).current
    click(qtbot, later.own_removers["own_raw"])
    assert "own_raw" not in later.checks
    assert not later.own_box.isVisible()
    assert own_feelings.family(journal.get_setting(own_feelings.SETTING)) is None
    assert "own_raw" not in start(qtbot, journal, tmp_path).current.checks  # not offered

    # The saved entry is untouched, and opening it again still shows the word.
    assert journal.get_entry(uuid).body == body
    assert journal.exercise_answers(uuid)["feelings"][0]["label"] == "Raw"
    folder = tmp_path / "exercises"
    exercise = load_exercises(folder).exercises[0]
    draft = ExerciseRun(exercise, answers=journal.exercise_answers(uuid)).to_dict()
    reopened = ExerciseRunner(journal, AppEvents(), exercise, draft, entry_uuid=uuid)
    qtbot.addWidget(reopened)
    reopened.show()
    row = reopened.current.rows["own_raw"]
    assert [label.text() for label in row.findChildren(QLabel)] == ["Raw", "40"]


def test_the_word_survives_export_and_import(qtbot, journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = start(qtbot, journal, tmp_path)
    step = runner.current
    add_word(qtbot, step, "Soft-edged")
    click(qtbot, step.add_own_button)
    slide(qtbot, step.picked["own_soft_edged"].slider, 20)
    with qtbot.waitSignal(runner.finished):
        runner.finish()
    out = tmp_path / "out.json"
    JsonExporter().write(journal.iter_records(ExportFilter()), out, ExportOptions())
    other = open_journal(tmp_path / "other.journal")
    try:
        added, _, _ = other.import_records(list(JsonImporter().read(out)))
        assert added == 1
        uuid = runner.saved_uuid
        assert other.get_setting(own_feelings.SETTING) is None  # settings stay behind
        assert other.exercise_answers(uuid)["feelings"] == [
            {"feeling": "own_soft_edged", "intensity": 20, "label": "Soft-edged"}]
        assert "- Soft-edged: 20 out of 100" in other.get_entry(uuid).body
        # Opened again there, the word (carried in the answer) names its slider.
        exercise = load_exercises(tmp_path / "exercises").exercises[0]
        draft = ExerciseRun(exercise, answers=other.exercise_answers(uuid)).to_dict()
        reopened = ExerciseRunner(other, AppEvents(), exercise, draft, entry_uuid=uuid)
        qtbot.addWidget(reopened)
        row = reopened.current.rows["own_soft_edged"]
        assert [label.text() for label in row.findChildren(QLabel)] == ["Soft-edged", "20"]
    finally:
        other.close()
