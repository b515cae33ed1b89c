"""The rest of the catalog, each exercise done through its widgets: started from the
Exercises page, left half-way and resumed, saved, then checked in the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.exercises.helpers import (
    click,
    next_step,
    record_safety,
    slide,
    step_id,
    type_into,
)
from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import GAP, Metric, StepKind
from trustjournal.gui.main_window import PAGES

KEEP = object()  # leave the prefilled words as they are


def start(qtbot, window, exercise_id: str):  # type: ignore[no-untyped-def]
    window.show_page(PAGES.index("Exercises"))
    click(qtbot, window.exercises_view.cards[exercise_id].start_button)
    runner = window.exercises_view.runner
    assert runner is not None and runner.exercise.id == exercise_id
    return runner


def answer(qtbot, runner, value: Any) -> None:  # type: ignore[no-untyped-def]
    """Answer the step shown the way a person would; None leaves it unanswered."""
    widget, kind = runner.current, runner.run.step.kind
    if value is None or value is KEEP:
        return
    if kind is StepKind.TEXT:
        widget.editor.setFocus()
        widget.editor.selectAll()
        qtbot.keyClicks(widget.editor, value)
    elif kind is StepKind.CHOICE:
        click(qtbot, widget.buttons[value])
    elif kind is StepKind.MULTI_CHOICE:
        for option in value:
            click(qtbot, widget.buttons[option])
    elif kind is StepKind.LIST:
        for number, item in enumerate(value):
            widget.edits[number].setFocus()
            qtbot.keyClicks(widget.edits[number], item)
            qtbot.keyClick(widget.edits[number], Qt.Key.Key_Return)
    elif kind is StepKind.SCALE:
        slide(qtbot, widget.input.slider, value)
    elif kind is StepKind.FEELINGS:
        for feeling, level in value.items():
            click(qtbot, widget.checks[feeling])
            slide(qtbot, widget.picked[feeling].slider, level)
    elif kind is StepKind.SORT:
        for item, picked in value.items():
            click(qtbot, widget.buttons[(item, picked)])
    else:
        raise AssertionError(f"no way to answer a {kind} step")


def drive(qtbot, runner, plan: list[tuple[str, Any]]) -> None:  # type: ignore[no-untyped-def]
    """Answer each planned step in turn; the steps shown must be exactly those planned."""
    for wanted, value in plan:
        assert step_id(runner) == wanted, runner.step_label.text()
        answer(qtbot, runner, value)
        next_step(qtbot, runner)


def leave_and_resume(qtbot, window, runner, exercise_id: str):  # type: ignore[no-untyped-def]
    """Keep it for later, then continue from its card: back on the same step."""
    where = step_id(runner)
    answers = dict(runner.run.answers)
    click(qtbot, runner.later_button)
    view = window.exercises_view
    assert view.runner is None
    card = view.cards[exercise_id]
    assert card.start_button.text() == "Continue"
    click(qtbot, card.start_button)
    resumed = view.runner
    assert step_id(resumed) == where and resumed.run.answers == answers
    return resumed


def finish(qtbot, window, runner):  # type: ignore[no-untyped-def]
    assert step_id(runner) == "summary"
    assert runner.next_button.text() == "Save to journal"
    with qtbot.waitSignal(runner.finished) as saved:
        click(qtbot, runner.next_button)
    uuid = saved.args[0]
    assert window.exercises_view.runner is None
    return uuid


def saved(journal, uuid: str, exercise_id: str):  # type: ignore[no-untyped-def]
    entry = journal.get_entry(uuid)
    assert entry.kind == EntryKind.EXERCISE and entry.exercise_id == exercise_id
    assert journal.drafts() == []
    return entry, journal.exercise_answers(uuid), journal.entry_metrics(uuid)


def shown_texts(runner) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in runner.stack.currentWidget().findChildren(QLabel)]


def test_communicate_my_feelings(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "communicate_feelings")
    drive(qtbot, runner, [
        ("feelings", {"anxious": 60, "lonely": 40}),
        ("when", "plans change late."),
        ("because", "it brings back being left out"),
    ])
    runner = leave_and_resume(qtbot, window, runner, "communicate_feelings")
    drive(qtbot, runner, [("need", "a quick text")])
    # The I-statement is built from the answers so far, ready to be changed.
    assert step_id(runner) == "statement"
    sentence = ("I feel anxious and lonely when plans change late, because it brings back "
                "being left out. What would help me is a quick text.")
    assert runner.current.text() == sentence
    drive(qtbot, runner, [
        ("statement", KEEP),
        ("questions", ["How do late changes look from your side?", "What would make it easy?"]),
        ("moment", "walk"),
        ("talked", "done"),
        ("how_it_went", "He listened, and said he hadn't noticed."),
        ("heard", 8),
    ])
    uuid = finish(qtbot, window, runner)
    entry, answers, metrics = saved(journal, uuid, "communicate_feelings")
    assert answers["statement"] == sentence and answers["moment"] == "walk"
    assert sentence in entry.body and "Out on a walk together" in entry.body
    assert Metric("talk_heard", 8.0) in metrics
    assert Metric("feeling", 60.0, "anxious") in metrics


def test_communicate_my_feelings_before_the_talk_hides_how_it_went(qtbot, window, journal
                                                                    ) -> None:
    runner = start(qtbot, window, "communicate_feelings")
    drive(qtbot, runner, [
        ("feelings", {"hurt": 50}), ("when", "you look at your phone at dinner"),
        ("because", "I feel second"), ("need", "phones away while we eat"),
        ("statement", KEEP), ("questions", ["What do you need at dinner?"]),
        ("moment", "agreed"), ("talked", "not_yet"),
    ])
    uuid = finish(qtbot, window, runner)
    _entry, answers, metrics = saved(journal, uuid, "communicate_feelings")
    assert answers["talked"] == "not_yet" and "heard" not in answers
    assert all(m.name != "talk_heard" for m in metrics)


def test_recovery_conversation(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "recovery_conversation")
    drive(qtbot, runner, [
        ("calm", "yes"),
        ("my_view", "You came home two hours late with no message."),
        ("felt", {"scared": 70, "angry": 40}),
    ])
    runner = leave_and_resume(qtbot, window, runner, "recovery_conversation")
    drive(qtbot, runner, [
        ("triggered", ["fear_of_being_left", "past_betrayal"]),
        ("my_part", "I sent five messages in ten minutes."),
        ("need", "A text if you'll be more than half an hour late."),
        ("differently", "Late means a text; a text means I wait before I worry."),
    ])
    uuid = finish(qtbot, window, runner)
    entry, answers, metrics = saved(journal, uuid, "recovery_conversation")
    assert "later" not in answers and answers["calm"] == "yes"
    assert "I sent five messages" in entry.body and "Fear of being left" in entry.body
    assert [m.label for m in metrics if m.name == "root_source"] == [
        "past_betrayal", "fear_of_being_left"]
    assert Metric("feeling", 70.0, "scared") in metrics


def test_recovery_conversation_not_calm_yet_offers_to_come_back(qtbot, window, journal
                                                                ) -> None:
    runner = start(qtbot, window, "recovery_conversation")
    click(qtbot, runner.current.buttons["yes"])
    next_step(qtbot, runner)
    assert step_id(runner) == "my_view"
    type_into(qtbot, runner.current.editor, "Words written in the heat of it")
    click(qtbot, runner.back_button)
    click(qtbot, runner.current.buttons["not_yet"])
    assert runner.step_label.text().startswith("Step 1 of 3")
    drive(qtbot, runner, [("calm", None), ("later", "After dinner tomorrow.")])
    uuid = finish(qtbot, window, runner)
    entry, answers, _metrics = saved(journal, uuid, "recovery_conversation")
    assert answers == {"calm": "not_yet", "later": "After dinner tomorrow."}
    assert "heat of it" not in entry.body


def test_learn_from_a_mistake(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "learn_from_mistake")
    drive(qtbot, runner, [("whose", "shared"),
                          ("what", "I promised to call at lunch and forgot.")])
    runner = leave_and_resume(qtbot, window, runner, "learn_from_mistake")
    drive(qtbot, runner, [
        ("betrayal", "It was the third time this month."),
        ("lesson", "A promise I might forget needs a reminder."),
        ("next_time", "A reminder the moment I promise."),
    ])
    uuid = finish(qtbot, window, runner)
    entry, answers, metrics = saved(journal, uuid, "learn_from_mistake")
    assert answers["whose"] == "shared" and "Shared between us" in entry.body
    assert metrics == [Metric("mistake_whose", None, "shared")]


def test_trust_my_own_judgment(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "trust_my_judgment")
    drive(qtbot, runner, [("signs", ["She called when her train was late", "She kept Friday"])])
    assert runner.next_button.text() == "Skip"  # red flags are optional
    runner = leave_and_resume(qtbot, window, runner, "trust_my_judgment")
    drive(qtbot, runner, [
        ("red_flags", None),
        ("gut", "That she's with me and I'm scared because of my ex."),
        ("instinct", "anxiety"),
        ("confidence", 6),
    ])
    uuid = finish(qtbot, window, runner)
    _entry, answers, metrics = saved(journal, uuid, "trust_my_judgment")
    assert "red_flags" not in answers
    assert Metric("judgment_confidence", 6.0) in metrics
    assert Metric("reliability_signs", 2.0) in metrics
    assert Metric("instinct_or_anxiety", None, "anxiety") in metrics
    assert all(m.name != "red_flags" for m in metrics)


def test_boundaries_and_expectations(qtbot, window, journal, monkeypatch) -> None:
    shown = record_safety(monkeypatch)
    runner = start(qtbot, window, "boundaries_expectations")
    drive(qtbot, runner, [("expectations", ["Say when I'll be back", "Share my location"])])
    runner = leave_and_resume(qtbot, window, runner, "boundaries_expectations")
    assert runner.current.items == ["Say when I'll be back", "Share my location"]
    drive(qtbot, runner, [("sorted", {"Say when I'll be back": "reasonable",
                                      "Share my location": "controlling"})])
    qtbot.waitUntil(lambda: len(shown) == 1)  # marked controlling: the panel, calmly
    drive(qtbot, runner, [("together", ["We keep our phones private"])])
    uuid = finish(qtbot, window, runner)
    entry, answers, metrics = saved(journal, uuid, "boundaries_expectations")
    assert answers["sorted"] == {"Say when I'll be back": "reasonable",
                                 "Share my location": "controlling"}
    assert "- Share my location: Controlling" in entry.body
    assert [m.label for m in metrics if m.name == "expectation_kind"] == [
        "reasonable", "controlling"]


def test_good_moments_and_gratitude(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "good_moments")
    drive(qtbot, runner, [("shared", "Cooking together on Friday.")])
    runner = leave_and_resume(qtbot, window, runner, "good_moments")
    drive(qtbot, runner, [("partner", "She asks about my day."),
                          ("myself", "I stayed patient.")])
    uuid = finish(qtbot, window, runner)
    entry, answers, _metrics = saved(journal, uuid, "good_moments")
    assert answers == {"shared": "Cooking together on Friday.",
                       "partner": "She asks about my day.", "myself": "I stayed patient."}
    assert entry.title.startswith("Good moments and gratitude: Cooking together")


def test_check_in_with_myself(qtbot, window, journal, monkeypatch) -> None:
    shown = record_safety(monkeypatch)
    journal.set_setting("perspective", "distrusted")
    runner = start(qtbot, window, "check_in_with_myself")
    drive(qtbot, runner, [("needs", "partly"), ("personal", "sometimes")])
    runner = leave_and_resume(qtbot, window, runner, "check_in_with_myself")
    drive(qtbot, runner, [("guilt", "often"), ("safe", "not_sure")])
    qtbot.waitUntil(lambda: len(shown) == 1)  # "not sure" offers the safety panel
    drive(qtbot, runner, [("for_me", "Climbing with friends on Thursday.")])
    uuid = finish(qtbot, window, runner)
    _entry, answers, metrics = saved(journal, uuid, "check_in_with_myself")
    assert answers["safe"] == "not_sure"
    assert Metric("feels_safe", None, "not_sure") in metrics
    assert Metric("own_needs_met", None, "partly") in metrics


def test_understand_where_their_distrust_comes_from(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "understand_their_distrust")
    drive(qtbot, runner, [("history", "Her last partner hid an affair."),
                          ("sets_off", ["Phone at night", "Late plans"])])
    runner = leave_and_resume(qtbot, window, runner, "understand_their_distrust")
    drive(qtbot, runner, [("theirs", ["Her fear that secrets mean an affair"]),
                          ("ours", ["I forgot to mention a dinner"]),
                          ("reminder", None)])
    uuid = finish(qtbot, window, runner)
    entry, answers, _metrics = saved(journal, uuid, "understand_their_distrust")
    assert answers["sets_off"] == ["Phone at night", "Late plans"]
    assert "- I forgot to mention a dinner" in entry.body and "reminder" not in answers


def test_then_and_now_feeds_here_or_past(qtbot, window, journal) -> None:
    runner = start(qtbot, window, "then_and_now")
    drive(qtbot, runner, [("trigger", "He said he'd work late on Friday."), ("who_then", "ex")])
    runner = leave_and_resume(qtbot, window, runner, "then_and_now")
    drive(qtbot, runner, [
        ("then", "My ex came home later and later."),
        ("now", "He told me a week ahead and asked if I minded."),
        ("different", ["He tells me before I ask"]),
        ("where", "past"),
    ])
    uuid = finish(qtbot, window, runner)
    entry, _answers, metrics = saved(journal, uuid, "then_and_now")
    assert Metric("root_where", None, "past") in metrics  # the same figure as the root's
    assert "A former partner" in entry.body


def test_reassurance_for_two_from_the_doubted_side(qtbot, window, journal) -> None:
    journal.set_setting("perspective", "distrusted")
    runner = start(qtbot, window, "reassurance_for_two")
    assert "For example: “I'm the one being doubted.”" in shown_texts(runner)
    drive(qtbot, runner, [("side", "doubted"), ("can_give", ["A text when I leave work"])])
    runner = leave_and_resume(qtbot, window, runner, "reassurance_for_two")
    drive(qtbot, runner, [("limits", ["The same question three times a night"]),
                          ("say_limit", "I've answered that, love.")])
    uuid = finish(qtbot, window, runner)
    entry, answers, _metrics = saved(journal, uuid, "reassurance_for_two")
    assert set(answers) == {"side", "can_give", "limits", "say_limit"}
    assert "- The same question three times a night" in entry.body


def test_reassurance_for_two_from_the_doubting_side(qtbot, window, journal) -> None:
    journal.set_setting("perspective", "distrusting")
    runner = start(qtbot, window, "reassurance_for_two")
    assert "For example: “I'm the one who finds trust hard.”" in shown_texts(runner)
    drive(qtbot, runner, [("side", "doubting"), ("worry", "that he's losing interest")])
    text = runner.current
    assert text.text() == f"When I worry that he's losing interest, I remind myself that {GAP}."
    box = text.editor
    qtbot.waitUntil(lambda: box.textCursor().selectedText() == GAP)
    qtbot.keyClicks(box, "he chose today with me")  # types over the selected gap
    drive(qtbot, runner, [("self_reassurance", KEEP), ("ask_after", None)])
    uuid = finish(qtbot, window, runner)
    _entry, answers, _metrics = saved(journal, uuid, "reassurance_for_two")
    assert answers["self_reassurance"] == (
        "When I worry that he's losing interest, I remind myself that he chose today with me.")
    assert "can_give" not in answers
