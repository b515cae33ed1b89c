"""The runner's promises: drafts, keyboard use, the check-in, safety, editing, bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.exercises.helpers import click, next_step, slide, step_id, type_into
from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import Metric, builtin_exercises, load_exercises
from trustjournal.gui.events import AppEvents
from trustjournal.gui.exercises.runner import ExerciseRunner
from trustjournal.gui.exercises_view import ExercisesView
from trustjournal.gui.main_window import PAGES, MainWindow
from trustjournal.storage import open_journal
from trustjournal.storage.errors import JournalError


def runner_for(qtbot, journal, exercise_id: str, draft=None, **kw) -> ExerciseRunner:  # type: ignore[no-untyped-def]
    exercise = builtin_exercises().get(exercise_id)
    runner = ExerciseRunner(journal, AppEvents(), exercise, draft, **kw)
    qtbot.addWidget(runner)
    runner.resize(900, 700)
    with qtbot.waitActive(runner):
        runner.show()
        runner.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return runner


def test_a_draft_survives_closing_the_app(qtbot, journal_file: Path) -> None:
    journal = open_journal(journal_file)
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGES.index("Exercises"))
    click(qtbot, window.exercises_view.cards["challenge_a_thought"].start_button)
    runner = window.exercises_view.runner
    type_into(qtbot, runner.current.editor, "Monday, the phone call she cut short.")
    next_step(qtbot, runner)
    type_into(qtbot, runner.current.editor, "She is hiding something")  # no pause, no Next
    window.close()  # closing mid-exercise keeps everything typed so far
    journal.close()

    journal = open_journal(journal_file)
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    card = window.exercises_view.cards["challenge_a_thought"]
    assert card.start_button.text() == "Continue"
    assert "in progress" in card.meta.text()
    window.show_page(PAGES.index("Exercises"))
    click(qtbot, card.start_button)
    runner = window.exercises_view.runner
    assert step_id(runner) == "thought"  # back where it was left
    assert runner.current.text() == "She is hiding something"
    click(qtbot, runner.back_button)
    assert runner.current.text() == "Monday, the phone call she cut short."
    window.close()
    journal.close()


def test_discarding_a_draft_asks_first(qtbot, window, journal, monkeypatch) -> None:
    journal.save_draft("get_to_the_root", 1, {"exercise_id": "get_to_the_root",
                                              "answers": {"moment": "The late text"}})
    view = window.exercises_view
    view.refresh()
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    window.show_page(PAGES.index("Exercises"))
    click(qtbot, view.cards["get_to_the_root"].discard_button)
    assert journal.load_draft("get_to_the_root") is not None  # cancelled: kept
    click(qtbot, view.cards["get_to_the_root"].discard_button)
    assert journal.load_draft("get_to_the_root") is None
    assert view.cards["get_to_the_root"].start_button.text() == "Start"


def test_keyboard_only(qtbot, journal) -> None:
    runner = runner_for(qtbot, journal, "celebrate_small_victory")
    box = runner.current.editor
    assert box.hasFocus()  # each step puts the cursor where the answer goes
    qtbot.keyClicks(box, "I told him I was worried instead of sulking.")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert step_id(runner) == "kind"
    assert "sulking" in journal.load_draft("celebrate_small_victory")["answers"]["what"]
    choice = runner.current
    assert choice.group.buttons()[0].hasFocus()
    qtbot.keyClick(choice.group.buttons()[0], Qt.Key.Key_Space)
    qtbot.keyClick(runner, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert step_id(runner) == "pride"
    slider = runner.current.input.slider
    assert slider.hasFocus()
    qtbot.keyClick(runner, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert step_id(runner) == "pride"  # not chosen yet: stays, and says why
    assert runner.message.isVisible()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert runner.current.value() == 10
    qtbot.keyClick(runner, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert step_id(runner) == "kind"
    qtbot.keyClick(runner, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(runner, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(runner, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # skip optional
    assert runner.run.step.kind == "summary"
    assert runner.next_button.hasFocus()
    with qtbot.waitSignal(runner.finished):
        qtbot.keyClick(runner.next_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert journal.exercise_answers(runner.saved_uuid)["pride"] == 10


def test_escape_keeps_the_exercise_for_later(qtbot, journal) -> None:
    runner = runner_for(qtbot, journal, "get_to_the_root")
    qtbot.keyClicks(runner.current.editor, "The birthday party")
    with qtbot.waitSignal(runner.closed):
        qtbot.keyClick(runner.current.editor, Qt.Key.Key_Escape)
    draft = journal.load_draft("get_to_the_root")
    assert draft["answers"]["moment"] == "The birthday party"


def test_opening_and_leaving_without_typing_leaves_no_draft(qtbot, journal) -> None:
    runner = runner_for(qtbot, journal, "get_to_the_root")
    with qtbot.waitSignal(runner.closed):
        click(qtbot, runner.later_button)
    assert journal.drafts() == []


def test_summary_links_go_back_to_a_step(qtbot, journal) -> None:
    draft = {"exercise_id": "celebrate_small_victory", "step": "summary",
             "answers": {"what": "I slept well", "kind": "calmed_myself", "pride": 6}}
    runner = runner_for(qtbot, journal, "celebrate_small_victory", draft)
    summary = runner.current
    assert "I slept well" in summary.view.toPlainText()
    assert summary.links[:3] == ["what", "kind", "pride"]
    summary.view.anchorClicked.emit(QUrl("step:pride"))  # what a click on "Change" sends
    assert step_id(runner) == "pride"
    assert runner.current.value() == 6  # the answer is shown, not reset


def test_daily_check_in_from_today_and_edited_the_same_day(qtbot, window, journal) -> None:
    today = window.today_view
    assert today.checkin_button.text() == "Step by step…"
    click(qtbot, today.checkin_button)  # one click from Today's check-in card
    dialog = window.checkin_dialog
    assert dialog is not None and dialog.isVisible()
    runner = dialog.runner
    for value in (4, 7, 6):
        slide(qtbot, runner.current.input.slider, value)
        next_step(qtbot, runner)
    # Everything needed is there: it can be saved right away, or finished with the rest.
    assert runner.save_now_button.isVisible()
    feelings = runner.current
    click(qtbot, feelings.checks["hopeful"])
    slide(qtbot, feelings.picked["hopeful"].slider, 60)  # moved: now it is an answer
    next_step(qtbot, runner)
    type_into(qtbot, runner.current.editor, "We cooked together.")
    with qtbot.waitSignal(runner.finished):
        qtbot.keyClick(runner.current.editor, Qt.Key.Key_Return)  # Return on the note saves
    qtbot.waitUntil(lambda: window.checkin_dialog is None)
    entry = journal.checkin_on(dt.date.today())
    assert entry is not None and entry.kind == EntryKind.CHECKIN
    assert entry.title == "Check-in · trust 4, anxiety 7, connection 6"
    assert "We cooked together." in entry.body
    assert {(m.name, m.value, m.label) for m in journal.entry_metrics(entry.uuid)} == {
        ("trust", 4.0, None), ("anxiety", 7.0, None), ("connection", 6.0, None),
        ("feeling", 60.0, "hopeful")}
    assert today.checkin.stack.currentWidget() is today.checkin.done

    click(qtbot, today.checkin.edit_button)
    click(qtbot, today.checkin_button)
    runner = window.checkin_dialog.runner
    assert runner.current.value() == 4  # today's answers come back
    slide(qtbot, runner.current.input.slider, 6)
    with qtbot.waitSignal(runner.finished):
        click(qtbot, runner.save_now_button)
    again = journal.checkin_on(dt.date.today())
    assert again.uuid == entry.uuid  # the same check-in, changed, not a second one
    assert Metric("trust", 6.0) in journal.entry_metrics(entry.uuid)
    assert journal.count_entries() == 1
    assert journal.drafts() == []


def test_closing_the_check_in_keeps_what_was_set(qtbot, window, journal) -> None:
    click(qtbot, window.today_view.checkin_button)
    dialog = window.checkin_dialog
    slide(qtbot, dialog.runner.current.input.slider, 3)
    dialog.close()
    assert journal.load_draft("checkin")["answers"] == {"trust": 3}
    qtbot.waitUntil(lambda: window.checkin_dialog is None)
    click(qtbot, window.today_view.checkin_button)
    assert window.checkin_dialog.runner.run.answers == {"trust": 3}


def test_an_answer_that_sounds_unsafe_offers_the_safety_panel_once(qtbot, window) -> None:
    window.show_page(PAGES.index("Exercises"))
    click(qtbot, window.exercises_view.cards["get_to_the_root"].start_button)
    runner = window.exercises_view.runner
    type_into(qtbot, runner.current.editor, "He reads my messages every night.")
    next_step(qtbot, runner)
    qtbot.waitUntil(lambda: window.safety_dialog is not None)
    panel = window.safety_dialog
    assert panel.section_ids()[0] == "abuse"  # control: the abuse lines come first
    panel.reject()
    qtbot.waitUntil(lambda: window.safety_dialog is None)
    type_into(qtbot, runner.current.editor, "He went through my phone again.")
    next_step(qtbot, runner)
    qtbot.wait(50)
    assert window.safety_dialog is None  # offered once, calmly; never again in this exercise
    assert step_id(runner) == "guesses"  # and the exercise simply carries on


def test_a_finished_exercise_can_be_edited_and_deleted_like_any_entry(qtbot, window, journal
                                                                     ) -> None:
    exercise = builtin_exercises().get("celebrate_small_victory")
    answers = {"what": "I asked instead of assuming", "kind": "asked", "pride": 5}
    entry, _ = journal.save_exercise_entry(
        exercise_id=exercise.id, exercise_version=exercise.version, title="A win",
        body="I asked instead of assuming", answers=answers,
        metrics=[Metric("pride", 5.0)])
    window.open_entry(entry.uuid)
    editor = window.journal_view.editor
    assert editor.answers_banner.isVisible()
    assert editor.body_edit.isReadOnly()  # its text comes from the answers
    click(qtbot, editor.answers_button)
    runner = window.exercises_view.runner
    assert window.current_page() == "Exercises" and runner.entry_uuid == entry.uuid
    assert runner.run.step.kind == "summary"
    runner.go_to("pride")
    slide(qtbot, runner.current.input.slider, 8)
    runner.go_to("summary")
    with qtbot.waitSignal(runner.finished):
        click(qtbot, runner.next_button)
    assert journal.exercise_answers(entry.uuid)["pride"] == 8
    assert journal.entry_metrics(entry.uuid) == [Metric("victory_kind", None, "asked"),
                                                 Metric("pride", 8.0)]
    assert journal.count_entries() == 1
    window.journal_view.trash_action.trigger()
    assert journal.count_entries() == 0
    assert journal.count_entries(trashed=True) == 1


def test_saving_fails_cleanly_and_keeps_the_answers(qtbot, journal, monkeypatch) -> None:
    draft = {"exercise_id": "celebrate_small_victory", "step": "summary",
             "answers": {"what": "I slept well", "kind": "calmed_myself", "pride": 6}}
    runner = runner_for(qtbot, journal, "celebrate_small_victory", draft)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))

    def full(**_kw):  # type: ignore[no-untyped-def]
        raise JournalError("The disk is full.")

    monkeypatch.setattr(journal, "save_exercise_entry", full)
    click(qtbot, runner.next_button)
    assert warnings and "disk is full" in warnings[0] and "still here" in warnings[0]
    assert runner.isVisible() and runner.saved_uuid is None
    assert journal.load_draft("celebrate_small_victory")["answers"]["what"] == "I slept well"
    assert "I slept well" not in warnings[0]  # no journal text in error messages


def test_bad_input_many_feelings_long_answers_and_skipped_steps(qtbot, journal) -> None:
    runner = runner_for(qtbot, journal, "acknowledge_feelings")
    feelings = runner.current
    for check in feelings.checks.values():  # every feeling in the list
        check.setChecked(True)
    assert len(feelings.picked) == len(feelings.checks) >= 70
    for box in feelings.picked.values():  # each strength chosen, as a person would
        box.slider.setFocus()
        qtbot.keyClick(box.slider, Qt.Key.Key_Right)
    next_step(qtbot, runner)
    ten_pages = ("I keep going over it. " * 20 + "\n\n") * 150
    while not runner.run.is_last:
        widget = runner.current
        if runner.run.step.optional:
            assert runner.next_button.text() == "Skip"
        elif runner.run.step.kind == "text":
            widget.editor.selectAll()
            qtbot.keyClick(widget.editor, Qt.Key.Key_Delete)
            assert not runner.next_button.isEnabled()  # empty: not an answer
            type_into(qtbot, widget.editor, "   ")
            assert not runner.next_button.isEnabled()  # blank: still not an answer
            widget.editor.setPlainText(ten_pages)  # pasted
        next_step(qtbot, runner)
    with qtbot.waitSignal(runner.finished):
        click(qtbot, runner.next_button)
    uuid = runner.saved_uuid
    answers = journal.exercise_answers(uuid)
    assert len(answers["feelings"]) == len(feelings.checks)
    assert answers["kindness"] == ten_pages
    assert len(journal.entry_metrics(uuid)) == len(feelings.checks)
    assert ten_pages.strip() in journal.get_entry(uuid).body


def test_a_broken_exercise_file_is_named_and_the_others_still_load(qtbot, journal, tmp_path
                                                                  ) -> None:
    folder = tmp_path / "exercises"
    folder.mkdir()
    good = builtin_exercises().paths["celebrate_small_victory"]
    (folder / good.name).write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.toml").write_text(
        'id = "broken"\nversion = 1\ntitle = "Broken"\nwhy = "x"\naudiences = ["both"]\n'
        'minutes = 5\n[[steps]]\nid = "a"\nkind = "dance"\nprompt = "?"\n', encoding="utf-8")
    view = ExercisesView(journal, AppEvents(), exercises=load_exercises(folder))
    qtbot.addWidget(view)
    view.show()
    assert list(view.cards) == ["celebrate_small_victory"]
    assert view.problems.isVisible()
    text = view.problems.text()
    assert "broken.toml" in text and "kind" in text and "dance" in text


def test_a_hundred_feelings_from_a_draft_all_show_and_save(qtbot, journal) -> None:
    many = [{"feeling": f"feeling_{n:03}", "intensity": n % 101} for n in range(100)]
    draft = {"exercise_id": "acknowledge_feelings", "step": "feelings",
             "answers": {"feelings": many}}
    runner = runner_for(qtbot, journal, "acknowledge_feelings", draft)
    assert len(runner.current.picked) == 100
    assert runner.current.value() == many
    runner.save_draft()
    assert journal.load_draft("acknowledge_feelings") is None  # nothing changed, no rewrite
    slide(qtbot, runner.current.picked["feeling_007"].slider, 45)
    assert runner.save_draft()
    saved = journal.load_draft("acknowledge_feelings")["answers"]["feelings"]
    assert len(saved) == 100 and saved[7] == {"feeling": "feeling_007", "intensity": 45}


@pytest.mark.parametrize("exercise_id", [ex.id for ex in builtin_exercises().exercises])
def test_every_step_of_every_shipped_exercise_has_a_widget(qtbot, journal, exercise_id) -> None:
    exercise = builtin_exercises().get(exercise_id)
    runner = runner_for(qtbot, journal, exercise_id)
    for step in exercise.steps:
        page = runner._page(step)
        assert page.widget_.kind == step.kind
        assert step.prompt in [label.text() for label in page.findChildren(type(runner.title))]


def test_every_step_kind_has_a_registered_widget() -> None:
    from trustjournal.core.exercises import StepKind
    from trustjournal.gui.exercises.steps import registered_kinds

    assert registered_kinds() == frozenset(StepKind)


def test_enter_in_the_check_in_goes_on_and_never_closes_it(qtbot, window, journal) -> None:
    click(qtbot, window.today_view.checkin_button)
    dialog = window.checkin_dialog
    runner = dialog.runner
    slider = runner.current.input.slider
    qtbot.waitUntil(slider.hasFocus)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Return)
    assert dialog.isVisible() and step_id(runner) == "anxiety"  # Enter means "next"
    assert runner.next_button.isDefault() and not runner.later_button.isDefault()


def test_tab_goes_from_the_answer_to_the_buttons_below(qtbot, journal) -> None:
    runner = runner_for(qtbot, journal, "challenge_a_thought")
    box = runner.current.editor
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "At the station.")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert runner.later_button.hasFocus()
    qtbot.keyClick(runner.later_button, Qt.Key.Key_Tab)
    assert runner.back_button.hasFocus() or runner.next_button.hasFocus()


def test_list_lines_are_removed_by_keyboard_and_the_empty_one_has_no_button(qtbot, journal
                                                                           ) -> None:
    draft = {"exercise_id": "challenge_a_thought", "step": "evidence_for",
             "answers": {"situation": "s", "thought": "t", "belief": 50,
                         "feelings": [{"feeling": "sad", "intensity": 40}],
                         "evidence_for": ["one", "two"]}}
    runner = runner_for(qtbot, journal, "challenge_a_thought", draft)
    lines = runner.current
    assert [e.text() for e in lines.edits] == ["one", "two", ""]
    assert not lines.removes[lines.edits[-1]].isVisible()
    remove_first = lines.removes[lines.edits[0]]
    assert remove_first.isVisible() and remove_first.focusPolicy() & Qt.FocusPolicy.TabFocus
    remove_first.setFocus()
    qtbot.keyClick(remove_first, Qt.Key.Key_Space)
    assert runner.run.answers["evidence_for"] == ["two"]


def test_enter_in_the_feelings_search_picks_the_best_match(qtbot, journal) -> None:
    runner = runner_for(qtbot, journal, "acknowledge_feelings")
    feelings = runner.current
    qtbot.keyClicks(feelings.find, "ope")
    found = feelings.matches()
    assert found[0] == "open"  # a name starting with the words comes first
    assert found.index("hopeless") < found.index("hopeful")  # then the list's order
    assert feelings.highlighted == "open" and feelings.enter_picks.text().startswith(
        "Enter picks: Open")
    feelings.find.clear()
    qtbot.keyClicks(feelings.find, "hopef")
    assert feelings.matches() == ["hopeful"]
    qtbot.keyClick(feelings.find, Qt.Key.Key_Return)
    assert list(feelings.picked) == ["hopeful"] and feelings.find.text() == ""
    qtbot.keyClicks(feelings.find, "scared")
    qtbot.keyClick(feelings.find, Qt.Key.Key_Return)
    qtbot.waitUntil(feelings.picked["scared"].slider.isVisible)  # shown on the next turn
    assert feelings.find.hasFocus()  # ready for the next feeling
    qtbot.keyClick(feelings.find, Qt.Key.Key_Tab)  # the first slider is next
    assert feelings.picked["hopeful"].slider.hasFocus()
    # Picked but no slider moved yet: nothing is an answer so far.
    assert not runner.run.answers.get("feelings")
    qtbot.keyClick(feelings.picked["hopeful"].slider, Qt.Key.Key_Right)
    assert [f["feeling"] for f in runner.run.answers["feelings"]] == ["hopeful"]
    assert feelings.unmoved() == ["scared"] and feelings.unmoved_hint.isVisible()
    assert "Scared" in feelings.unmoved_hint.text()


def test_hope_and_enter_takes_the_highlighted_hopeful_not_hopeless(qtbot, journal) -> None:
    runner = runner_for(qtbot, journal, "acknowledge_feelings")
    feelings = runner.current
    qtbot.keyClicks(feelings.find, "hope")
    assert feelings.matches()[:2] == ["hopeful", "hopeless"]  # the shorter prefix match first
    assert feelings.highlighted == "hopeful"
    assert feelings.enter_picks.isVisible()
    assert feelings.enter_picks.text().startswith("Enter picks: Hopeful")
    check = feelings.checks["hopeful"]
    qtbot.waitUntil(check.isVisible)
    # Visibly marked: the box is painted in the highlight colour, the others are not.
    marked = check.palette().color(check.palette().ColorRole.Highlight)
    assert check.grab().toImage().pixelColor(check.width() - 2, 1) == marked
    other = feelings.checks["hopeless"]
    assert other.grab().toImage().pixelColor(other.width() - 2, 1) != marked
    qtbot.keyClick(feelings.find, Qt.Key.Key_Down)  # the arrows move the mark
    assert feelings.highlighted == "hopeless"
    assert feelings.enter_picks.text().startswith("Enter picks: Hopeless")
    qtbot.keyClick(feelings.find, Qt.Key.Key_Up)
    assert feelings.highlighted == "hopeful"
    qtbot.keyClick(feelings.find, Qt.Key.Key_Return)
    assert list(feelings.picked) == ["hopeful"]
    assert not feelings.checks["hopeless"].isChecked()


def test_a_match_ticked_by_hand_passes_the_mark_on(qtbot, journal) -> None:
    runner = runner_for(qtbot, journal, "acknowledge_feelings")
    feelings = runner.current
    qtbot.keyClicks(feelings.find, "hope")
    click(qtbot, feelings.checks["hopeful"])
    assert feelings.highlighted == "hopeless"
    assert feelings.enter_picks.text().startswith("Enter picks: Hopeless")
    assert feelings.checks["hopeful"].styleSheet() == ""  # the old mark is gone


def test_a_required_feeling_counts_only_once_its_slider_moved(qtbot, journal) -> None:
    runner = runner_for(qtbot, journal, "acknowledge_feelings")
    feelings = runner.current
    assert not runner.run.step.optional
    click(qtbot, feelings.checks["anxious"])
    assert feelings.picked["anxious"].value() is None
    assert not runner.next_button.isEnabled()  # untouched: not answered, can't go on
    assert feelings.unmoved_hint.isVisible()
    qtbot.keyClick(feelings.picked["anxious"].slider, Qt.Key.Key_Right)
    assert runner.next_button.isEnabled()
    assert runner.run.answers["feelings"] == [
        {"feeling": "anxious", "intensity": feelings.picked["anxious"].slider.value()}]
    assert not feelings.unmoved_hint.isVisible()


def test_a_draft_timer_that_outlives_its_journal_does_nothing(qtbot, journal_file: Path
                                                              ) -> None:
    journal = open_journal(journal_file)
    runner = runner_for(qtbot, journal, "challenge_a_thought")
    type_into(qtbot, runner.current.editor, "Monday, the phone call she cut short.")
    assert runner._draft_timer.isActive()  # typing started the draft timer
    journal.close()
    assert runner.save_draft() is False  # no error from a closed journal, nothing written
    with open_journal(journal_file) as reopened:
        assert reopened.load_draft("challenge_a_thought") is None
