"""Each core exercise, done through its widgets from the Exercises page to the saved entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.exercises.helpers import click, next_step, slide, step_id, type_into
from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import Metric
from trustjournal.gui.main_window import PAGES


def start(qtbot, window, exercise_id: str):  # type: ignore[no-untyped-def]
    window.show_page(PAGES.index("Exercises"))
    view = window.exercises_view
    click(qtbot, view.cards[exercise_id].start_button)
    runner = view.runner
    assert runner is not None and runner.isVisible()
    assert runner.exercise.id == exercise_id
    return runner


def finish(qtbot, window, runner):  # type: ignore[no-untyped-def]
    assert runner.next_button.text() == "Save to journal"
    with qtbot.waitSignal(runner.finished) as saved:
        click(qtbot, runner.next_button)
    uuid = saved.args[0]
    if runner.exercise.id == "celebrate_small_victory":
        # A victory is met on Today first, with a way to read it in the journal.
        assert window.current_page() == "Today"
        card = window.today_view.celebration
        assert card.isVisible() and card.uuid == uuid
        click(qtbot, card.read_button)
    # The window shows the new entry in the journal, selected.
    assert window.current_page() == "Journal"
    assert window.journal_view.editor.entry_uuid == uuid
    assert window.exercises_view.runner is None
    return uuid


def test_challenge_a_thought(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "challenge_a_thought")
    assert runner.step_label.text().startswith("Step 1 of 11")
    assert not runner.next_button.isEnabled()  # the situation is needed first
    type_into(qtbot, runner.current.editor, "Saturday night, she was an hour late.")
    next_step(qtbot, runner)

    thought = "She's always somewhere else and never tells me the truth."
    type_into(qtbot, runner.current.editor, thought)
    next_step(qtbot, runner)

    # From here on the thought stays in view.
    assert step_id(runner) == "belief"
    assert runner.pinned.isVisible() and thought in runner.pinned_text.text()
    assert not runner.next_button.isEnabled()  # an untouched slider is not an answer
    slide(qtbot, runner.current.input.slider, 85)
    next_step(qtbot, runner)

    feelings = runner.current
    assert runner.pinned.isVisible()
    type_into(qtbot, feelings.find, "jeal")
    assert not feelings.checks["anxious"].isVisible()
    click(qtbot, feelings.checks["jealous"])
    feelings.find.clear()
    click(qtbot, feelings.checks["scared"])
    slide(qtbot, feelings.picked["jealous"].slider, 80)
    slide(qtbot, feelings.picked["scared"].slider, 70)
    next_step(qtbot, runner)

    traps = runner.current
    assert step_id(runner) == "traps"
    assert traps.banner.isVisible()
    assert "overgeneralising" in traps.suggested
    assert not traps.checks["overgeneralising"].isChecked()  # a hint, never decided for you
    assert traps.marks["overgeneralising"].isVisible()
    click(qtbot, traps.accept_button)
    assert traps.checks["overgeneralising"].isChecked()
    click(qtbot, traps.checks["mind_reading"])
    type_into(qtbot, traps.own_edit, "Comparing her to my ex")
    qtbot.keyClick(traps.own_edit, Qt.Key.Key_Return)
    next_step(qtbot, runner)

    evidence = runner.current
    type_into(qtbot, evidence.edits[0], "She was an hour late")
    qtbot.keyClick(evidence.edits[0], Qt.Key.Key_Return)
    type_into(qtbot, evidence.edits[1], "Her phone was off")
    next_step(qtbot, runner)
    against = runner.current
    type_into(qtbot, against.edits[0], "She told me the meeting might run over")
    qtbot.keyClick(against.edits[0], Qt.Key.Key_Return)
    type_into(qtbot, against.edits[1], "She has been open with me all month")
    next_step(qtbot, runner)
    type_into(qtbot, runner.current.editor, "Late is not the same as unfaithful.")
    next_step(qtbot, runner)

    rerate = runner.current
    assert step_id(runner) == "belief_after"
    assert rerate.before == {"": 85}
    assert "Earlier: 85 · now:" in [label.text() for label in rerate.findChildren(QLabel)]
    slide(qtbot, rerate.inputs[""].slider, 40)
    next_step(qtbot, runner)
    after = runner.current
    assert set(after.inputs) == {"jealous", "scared"}
    slide(qtbot, after.inputs["jealous"].slider, 30)
    assert not runner.next_button.isEnabled()  # scared is not rated again yet
    click(qtbot, after.same)  # keep the rest as they were
    next_step(qtbot, runner)

    summary = runner.current
    text = summary.view.toPlainText()
    assert thought in text and "85 out of 100" in text and "40 out of 100 (was 85)" in text
    assert "Jealous: 30 out of 100 (was 80)" in text and "Comparing her to my ex (my own)" in text
    uuid = finish(qtbot, window, runner)

    entry = journal.get_entry(uuid)
    assert entry.kind == EntryKind.EXERCISE and entry.exercise_id == "challenge_a_thought"
    assert entry.title.startswith("Challenge a thought: Saturday night")
    assert "Late is not the same as unfaithful." in entry.body
    answers = journal.exercise_answers(uuid)
    assert answers["thought"] == thought
    assert answers["traps"] == ["mind_reading", "overgeneralising",
                                {"other": "Comparing her to my ex"}]
    assert answers["evidence_for"] == ["She was an hour late", "Her phone was off"]
    assert answers["feelings_after"] == {"jealous": 30, "scared": 70}
    metrics = journal.entry_metrics(uuid)
    assert Metric("belief_before", 85.0) in metrics and Metric("belief_after", 40.0) in metrics
    assert Metric("feeling_before", 80.0, "jealous") in metrics
    assert Metric("feeling_after", 30.0, "jealous") in metrics
    assert Metric("feeling_after", 70.0, "scared") in metrics
    assert {m.label for m in metrics if m.name == "trap"} == {
        "mind_reading", "overgeneralising", "other"}
    assert journal.drafts() == []
    # Found by search through its answers, shown in the timeline.
    assert [hit.entry.uuid for hit in journal.search("unfaithful")] == [uuid]
    assert [hit.entry.uuid for hit in journal.search("meeting")] == [uuid]
    model = window.journal_view.timeline.model()
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any(t and "Challenge a thought" in t for t in titles)


def test_get_to_the_root(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "get_to_the_root")
    type_into(qtbot, runner.current.editor, "The message at 10 pm he didn't explain.")
    next_step(qtbot, runner)
    type_into(qtbot, runner.current.editor, "A message came in. He put the phone face down.")
    next_step(qtbot, runner)
    # The guesses get a step of their own, apart from the facts.
    assert step_id(runner) == "guesses" and runner.next_button.text() == "Skip"
    type_into(qtbot, runner.current.editor, "That he likes someone else more.")
    next_step(qtbot, runner)
    sources = runner.current
    click(qtbot, sources.buttons["past_betrayal"])
    click(qtbot, sources.buttons["fear_of_being_left"])
    click(qtbot, sources.buttons["fear_cheated"])
    type_into(qtbot, sources.other_edit, "My sister's divorce")  # ticks "something else"
    assert sources.other_button.isChecked()
    next_step(qtbot, runner)
    assert runner.next_button.text() == "Skip"  # the optional "more" step
    next_step(qtbot, runner)
    where = runner.current
    assert not runner.next_button.isEnabled()
    click(qtbot, where.buttons["past"])
    next_step(qtbot, runner)
    # Mostly the past: ways to care for the old hurt, not the questions about mending.
    assert step_id(runner) == "heal_how"
    click(qtbot, runner.current.buttons["then_and_now"])
    click(qtbot, runner.current.buttons["therapy"])
    next_step(qtbot, runner)
    assert step_id(runner) == "next_step"
    next_step(qtbot, runner)  # skip the optional next step
    uuid = finish(qtbot, window, runner)

    answers = journal.exercise_answers(uuid)
    assert answers["sources"] == ["past_betrayal", "fear_of_being_left", "fear_cheated",
                                  {"other": "My sister's divorce"}]
    assert answers["where"] == "past" and answers["heal_how"] == ["then_and_now", "therapy"]
    assert answers["guesses"] == "That he likes someone else more."
    assert "more" not in answers and "next_step" not in answers and "mend_how" not in answers
    body = journal.get_entry(uuid).body
    assert "Fear of being cheated on" in body and "Put then beside now" in body
    metrics = journal.entry_metrics(uuid)
    assert [m.label for m in metrics if m.name == "root_source"] == [
        "past_betrayal", "fear_of_being_left", "fear_cheated", "other"]
    assert [m.label for m in metrics if m.name == "root_where"] == ["past"]


def test_get_to_the_root_here_asks_about_mending_together(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "get_to_the_root")
    type_into(qtbot, runner.current.editor, "He cancelled our evening again.")
    next_step(qtbot, runner)
    type_into(qtbot, runner.current.editor, "He texted at six that he had to stay.")
    next_step(qtbot, runner)
    next_step(qtbot, runner)  # no guesses this time
    click(qtbot, runner.current.buttons["unsaid"])
    next_step(qtbot, runner)
    next_step(qtbot, runner)
    click(qtbot, runner.current.buttons["past"])
    click(qtbot, runner.current.buttons["here"])  # changed my mind: mostly here
    next_step(qtbot, runner)
    assert step_id(runner) == "mend_how"
    click(qtbot, runner.current.buttons["recovery"])
    next_step(qtbot, runner)
    assert step_id(runner) == "partner_changing"
    click(qtbot, runner.current.buttons["somewhat"])
    next_step(qtbot, runner)
    assert step_id(runner) == "next_step"  # the past-only step is skipped
    next_step(qtbot, runner)
    uuid = finish(qtbot, window, runner)
    answers = journal.exercise_answers(uuid)
    assert answers["mend_how"] == "recovery" and "heal_how" not in answers
    metrics = journal.entry_metrics(uuid)
    assert Metric("partner_changing", None, "somewhat") in metrics
    assert Metric("root_source", None, "unsaid") in metrics


def test_acknowledge_my_feelings(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "acknowledge_feelings")
    feelings = runner.current
    click(qtbot, feelings.checks["anxious"])
    click(qtbot, feelings.checks["lonely"])
    slide(qtbot, feelings.picked["anxious"].slider, 90)
    slide(qtbot, feelings.picked["lonely"].slider, 50)  # untouched, it would not count
    # Un-picking with the row's × button removes the feeling again.
    click(qtbot, feelings.checks["hurt"])
    click(qtbot, feelings.remove_buttons["hurt"])
    assert not feelings.checks["hurt"].isChecked()
    next_step(qtbot, runner)
    steps_seen = []
    while not runner.run.is_last:
        step = runner.run.step
        steps_seen.append(step.id)
        widget = runner.current
        if step.id == "acceptance":
            # The sentence is made from the feelings and where they come from.
            assert widget.text() == (
                "Right now I feel anxious and lonely. It's uncomfortable, and it's allowed "
                "to be here. It comes from My answer to source, and I'm working on it.")
            assert runner.next_button.isEnabled()  # it can be kept as it is
            widget.editor.selectAll()
            type_into(qtbot, widget.editor, "I'm anxious and lonely, and that's allowed.")
        elif step.id == "feelings_now":
            slide(qtbot, widget.inputs["anxious"].slider, 60)
            click(qtbot, widget.same)
        elif step.id == "helps":
            click(qtbot, widget.buttons["walk"])
            click(qtbot, widget.buttons["tell_partner"])
        elif step.kind == "text" and not step.optional:
            type_into(qtbot, widget.editor, f"My answer to {step.id}.")
        next_step(qtbot, runner)
    uuid = finish(qtbot, window, runner)
    answers = journal.exercise_answers(uuid)
    assert answers["feelings"] == [{"feeling": "anxious", "intensity": 90},
                                   {"feeling": "lonely", "intensity": 50}]
    assert answers["acceptance"] == "I'm anxious and lonely, and that's allowed."
    assert answers["kindness"] == "My answer to kindness."
    assert {(m.name, m.label, m.value) for m in journal.entry_metrics(uuid)} == {
        ("feeling", "anxious", 90.0), ("feeling", "lonely", 50.0),
        ("feeling_now", "anxious", 60.0), ("feeling_now", "lonely", 50.0),
        ("helps_now", "walk", None), ("helps_now", "tell_partner", None)}
    assert steps_seen[-2:] == ["feelings_now", "helps"]
    assert "Anxious: 90 out of 100" in journal.get_entry(uuid).body


def test_celebrate_a_small_victory(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "celebrate_small_victory")
    type_into(qtbot, runner.current.editor, "I asked instead of checking his phone.")
    next_step(qtbot, runner)
    kind = runner.current
    click(qtbot, kind.other_button)
    type_into(qtbot, kind.other_edit, "Went to sleep without waiting up")
    next_step(qtbot, runner)
    slide(qtbot, runner.current.input.slider, 9)
    next_step(qtbot, runner)
    next_step(qtbot, runner)  # the optional last words
    uuid = finish(qtbot, window, runner)
    answers = journal.exercise_answers(uuid)
    assert answers["kind"] == {"other": "Went to sleep without waiting up"}
    metrics = journal.entry_metrics(uuid)
    assert Metric("victory_kind", None, "other") in metrics
    assert Metric("pride", 9.0) in metrics
    assert journal.last_done()["celebrate_small_victory"] == journal.get_entry(uuid).local_date
    window.show_page(PAGES.index("Exercises"))
    assert "Last done today" in window.exercises_view.cards["celebrate_small_victory"].meta.text()


OLD_ANSWERS = {  # answers saved with version 1 of each reworded exercise
    "acknowledge_feelings": {
        "feelings": [{"feeling": "anxious", "intensity": 70}], "source": "The late text.",
        "acceptance": "Right now I feel anxious . It's allowed.", "kindness": "Go gently."},
    "get_to_the_root": {
        "moment": "Last night.", "facts": "He turned the phone over.",
        "sources": ["past_betrayal"], "where": "past"},
    "celebrate_small_victory": {"what": "I didn't check.", "kind": "trusted", "pride": 6},
    "weekly_review": {"week_summary": "A calm week.", "improved": "Fewer fights.",
                      "hard": "Friday.", "focus": "Ask, don't guess."},
}


def test_entries_of_the_first_versions_still_show_and_reopen(qtbot, window, journal) -> None:
    for exercise_id, answers in OLD_ANSWERS.items():
        body = f"### Old entry\n\n{exercise_id} as it was written\n"
        entry, _change = journal.save_exercise_entry(
            exercise_id=exercise_id, exercise_version=1, title=f"Old {exercise_id}",
            body=body, answers=answers, metrics=[], kind=EntryKind.EXERCISE)
        exercise = window.exercises_view.exercise(exercise_id)
        assert exercise is not None and exercise.version == 2
        assert journal.get_entry(entry.uuid).body == body  # shown exactly as saved
        runner = window.exercises_view.edit_entry(entry.uuid)
        assert runner is not None
        # Every old answer fits the new version: nothing set aside, nothing lost.
        assert runner.run.dropped == {} and runner.run.answers == answers
        runner.leave()
        assert window.exercises_view.runner is None
