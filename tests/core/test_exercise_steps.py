"""Step abilities: steps shown only for some earlier answers, sentences prefilled from
earlier answers, wording per audience, and sorting a list's items into bins."""

from __future__ import annotations

import textwrap
import tomllib
from pathlib import Path
from typing import Any

import pytest

from trustjournal.core.exercises import (
    GAP,
    AnswerError,
    Exercise,
    ExerciseFileError,
    ExerciseRun,
    Metric,
    exercise_to_dict,
    join_words,
    load_exercise,
    metrics,
    parse_exercise,
    render_answers,
    safety_needed,
)

HEAD = """\
id = "branchy"
version = 1
title = "Branchy"
why = "For tests."
audiences = ["both"]
minutes = 3
"""

STEPS = """\
[[steps]]
id = "feelings"
kind = "feelings"
prompt = "What do you feel?"
metric = "feeling"

[[steps]]
id = "where"
kind = "choice"
prompt = "Here or the past?"
allow_other = false
metric = "where"
options = [{ id = "here", label = "Mostly here" }, { id = "past", label = "Mostly my past" },
           { id = "both", label = "Some of each" }]

[[steps]]
id = "talk"
kind = "text"
prompt = "What would you say to them?"
show_if = { step = "where", any_of = ["here", "both"] }

[[steps]]
id = "changing"
kind = "scale"
prompt = "Is your partner changing too?"
min = 0
max = 10
low_label = "No"
high_label = "Yes"
metric = "changing"
show_if = { step = "where", any_of = ["here", "both"] }

[[steps]]
id = "care"
kind = "multi_choice"
prompt = "What care could help?"
show_if = { step = "where", any_of = ["past", "both"] }
options = [{ id = "rest", label = "Rest" }, { id = "therapy", label = "Talking to a therapist" }]

[[steps]]
id = "therapy_note"
kind = "text"
prompt = "Who could you ask?"
optional = true
show_if = { step = "care", any_of = ["therapy"] }

[[steps]]
id = "hopes"
kind = "list"
prompt = "What do you hope for?"

[[steps]]
id = "sentence"
kind = "text"
prompt = "Make it a sentence."
prefill = "I feel {feelings} right now; it is {where}, and I hope for {hopes}. {talk}."

[[steps]]
id = "summary"
kind = "summary"
prompt = "Look back."
"""


def make(tmp_path: Path, steps: str = STEPS, head: str = HEAD) -> Exercise:
    path = tmp_path / "ex.toml"
    path.write_text(head + "\n" + steps, encoding="utf-8")
    return load_exercise(path)


def problem(tmp_path: Path, steps: str) -> ExerciseFileError:
    path = tmp_path / "bad.toml"
    path.write_text(HEAD + "\n" + textwrap.dedent(steps), encoding="utf-8")
    exercise, errors = parse_exercise(tomllib.loads(path.read_text()), path)
    assert exercise is None and errors
    return errors[0]


@pytest.fixture
def branchy(tmp_path: Path) -> Exercise:
    return make(tmp_path)


def walk(run: ExerciseRun) -> list[str]:
    """Step ids visited going Next from the start (answers must allow it)."""
    seen = [run.step.id]
    while run.next():
        seen.append(run.step.id)
    return seen


FEEL = [{"feeling": "anxious", "intensity": 60}, {"feeling": "lonely", "intensity": 30},
        {"feeling": "hopeful", "intensity": 20}]


# --- show_if -------------------------------------------------------------------------

def test_hidden_steps_are_skipped_and_not_required(branchy: Exercise) -> None:
    run = ExerciseRun(branchy, {"feelings": FEEL, "where": "past", "care": ["rest"],
                                "hopes": ["calm evenings"], "sentence": "Mine."})
    assert walk(run) == ["feelings", "where", "care", "hopes", "sentence", "summary"]
    assert run.is_complete
    assert not run.is_applicable("talk") and not run.is_applicable("therapy_note")
    assert run.back() and run.step.id == "sentence"
    while run.back():
        pass
    assert run.step.id == "feelings"


def test_the_other_branch_is_asked_and_required(branchy: Exercise) -> None:
    run = ExerciseRun(branchy, {"feelings": FEEL, "where": "here"})
    run.index = branchy.index_of("where")
    assert run.next() and run.step.id == "talk"
    assert [s.id for s in run.missing_required()] == ["talk", "changing", "hopes", "sentence"]
    run.set_answer("where", "both")
    assert [s.id for s in run.missing_required()] == ["talk", "changing", "care", "hopes",
                                                      "sentence"]


def test_a_step_hidden_behind_a_hidden_step_stays_hidden(branchy: Exercise) -> None:
    run = ExerciseRun(branchy, {"where": "past", "care": ["therapy"]})
    assert run.is_applicable("therapy_note")
    run.set_answer("where", "here")  # care is hidden now, so its follow-up is too
    assert not run.is_applicable("care") and not run.is_applicable("therapy_note")


def test_answers_of_steps_that_became_hidden_are_dropped_from_the_entry(
        branchy: Exercise) -> None:
    run = ExerciseRun(branchy, {"feelings": FEEL, "where": "here", "talk": "I was scared.",
                                "changing": 6, "care": ["therapy"], "therapy_note": "Dr K",
                                "hopes": ["calm"], "sentence": "Mine."})
    saved = run.answers_to_save()
    assert "care" not in saved and "therapy_note" not in saved
    assert saved["talk"] == "I was scared." and saved["changing"] == 6
    body = render_answers(branchy, run.answers)
    assert "Dr K" not in body and "Rest" not in body and "I was scared." in body
    assert Metric("changing", 6.0) in metrics(branchy, run.answers)
    # The draft keeps them, so changing the answer back loses nothing.
    assert run.to_dict()["answers"]["therapy_note"] == "Dr K"
    run.set_answer("where", "past")
    saved = run.answers_to_save()
    assert "talk" not in saved and "changing" not in saved and saved["care"] == ["therapy"]
    assert all(m.name != "changing" for m in metrics(branchy, run.answers))


def test_a_hidden_step_does_not_offer_the_safety_panel(tmp_path: Path) -> None:
    exercise = make(tmp_path, STEPS.replace(
        '{ id = "therapy", label = "Talking to a therapist" }',
        '{ id = "therapy", label = "Talking to a therapist", safety = true }'))
    answers = {"where": "past", "care": ["therapy"]}
    assert safety_needed(exercise, answers)
    answers["where"] = "here"
    assert not safety_needed(exercise, answers)


SHOW_IF_PROBLEMS = [
    ('show_if = { step = "nope", any_of = ["a"] }', "show_if.step", "no step has the id"),
    ('show_if = { step = "later", any_of = ["a"] }', "show_if.step", "must come before"),
    ('show_if = { step = "words", any_of = ["a"] }', "show_if.step", "is a text step"),
    ('show_if = { step = "pick", any_of = ["c"] }', "show_if.any_of", "'c' is not an option"),
    ('show_if = { step = "pick", any_of = [] }', "show_if.any_of", "at least one"),
    ('show_if = { step = "pick", any_of = ["a"], when = 1 }', "show_if.when", "unknown field"),
    ('show_if = "pick"', "show_if", "must be a table"),
    ('show_if = { any_of = ["a"] }', "show_if.step", "is missing"),
]


@pytest.mark.parametrize(("line", "field", "words"), SHOW_IF_PROBLEMS)
def test_bad_show_if_is_named(tmp_path: Path, line: str, field: str, words: str) -> None:
    error = problem(tmp_path, f"""\
        [[steps]]
        id = "words"
        kind = "text"
        prompt = "Say it"

        [[steps]]
        id = "pick"
        kind = "choice"
        prompt = "Pick"
        allow_other = false
        options = [{{ id = "a", label = "A" }}, {{ id = "b", label = "B" }}]

        [[steps]]
        id = "shown"
        kind = "text"
        prompt = "Maybe"
        {line}

        [[steps]]
        id = "later"
        kind = "choice"
        prompt = "Later"
        options = [{{ id = "a", label = "A" }}]
        """)
    assert error.step == "shown" and error.field == field, str(error)
    assert words in error.reason
    assert "bad.toml" in str(error) and "step 3 ('shown')" in str(error)


# --- prefill -------------------------------------------------------------------------

NAMES = {"anxious": "Anxious", "lonely": "Lonely", "hopeful": "Hopeful"}


def test_prefill_weaves_earlier_answers_into_readable_words(branchy: Exercise) -> None:
    run = ExerciseRun(branchy, {"feelings": FEEL, "where": "here",
                                "talk": "  I missed you.  ", "hopes": ["calm evenings.", " ",
                                                                       "a walk", "honesty"]})
    assert run.prefill_for("sentence", NAMES) == (
        "I feel anxious, lonely and hopeful right now; it is mostly here, and I hope for "
        "calm evenings, a walk and honesty. I missed you.")


def test_missing_or_hidden_answers_leave_visible_gaps(branchy: Exercise) -> None:
    run = ExerciseRun(branchy, {"feelings": FEEL[:1], "where": "past", "talk": "Hidden now"})
    assert run.prefill_for("sentence", NAMES) == (
        f"I feel anxious right now; it is mostly my past, and I hope for {GAP}. {GAP}.")


def test_prefill_is_applied_once_and_never_overwrites(branchy: Exercise) -> None:
    run = ExerciseRun(branchy, {"feelings": FEEL[:2], "where": "here", "talk": "Hi",
                                "hopes": ["rest"]})
    assert run.apply_prefill("sentence", NAMES)
    assert run.answers["sentence"].startswith("I feel anxious and lonely right now")
    run.set_answer("sentence", "My own words entirely.")
    run.set_answer("feelings", FEEL)
    assert not run.apply_prefill("sentence", NAMES)
    assert run.answers["sentence"] == "My own words entirely."
    assert not run.apply_prefill("talk", NAMES)  # a step with no prefill is left alone


def test_join_words() -> None:
    assert join_words([]) == "" and join_words(["a"]) == "a"
    assert join_words(["a", "b"]) == "a and b" and join_words(["a", "b", "c"]) == "a, b and c"


@pytest.mark.parametrize(("prefill", "words"), [
    ("I feel {nope}.", "'{nope}' names no earlier step"),
    ("I feel {later}.", "'{later}' names no earlier step"),
    ("I feel {shown}.", "this step itself"),
    ("I feel {words.", "brace"),
    ("I feel {Words}.", "brace"),
])
def test_bad_prefill_references_are_named(tmp_path: Path, prefill: str, words: str) -> None:
    error = problem(tmp_path, f"""\
        [[steps]]
        id = "words"
        kind = "text"
        prompt = "Say it"

        [[steps]]
        id = "shown"
        kind = "text"
        prompt = "Sentence"
        prefill = "{prefill}"

        [[steps]]
        id = "later"
        kind = "text"
        prompt = "Later"
        """)
    assert error.step == "shown" and error.field == "prefill", str(error)
    assert words in error.reason


def test_prefill_only_on_text_steps(tmp_path: Path) -> None:
    error = problem(tmp_path, """\
        [[steps]]
        id = "rate"
        kind = "scale"
        prompt = "Rate"
        min = 0
        max = 10
        low_label = "Low"
        high_label = "High"
        prefill = "x"
        """)
    assert error.field == "prefill" and "does not apply to a scale step" in error.reason


# --- variants ------------------------------------------------------------------------

VARIANTS = """\
[[steps]]
id = "what"
kind = "text"
prompt = "Shared prompt"
example = "Shared example"
note = "Shared note"

[steps.variants.distrusted]
prompt = "Prompt for the partner who is doubted"
example = "Their example"

[steps.variants.distrusting]
note = "Note for the partner who doubts"

[[steps]]
id = "plain"
kind = "text"
prompt = "Same for all"
"""


def test_the_run_picks_the_wording_for_the_perspective(tmp_path: Path) -> None:
    exercise = make(tmp_path, VARIANTS)
    doubted = exercise.for_audience("distrusted").step("what")
    assert (doubted.prompt, doubted.example, doubted.note) == (
        "Prompt for the partner who is doubted", "Their example", "Shared note")
    doubting = exercise.for_audience("distrusting").step("what")
    assert (doubting.prompt, doubting.example, doubting.note) == (
        "Shared prompt", "Shared example", "Note for the partner who doubts")
    assert exercise.for_audience("both") is exercise  # no "both" wording: all shared
    assert exercise.for_audience("distrusted").step("plain").prompt == "Same for all"
    again = parse_exercise(exercise_to_dict(exercise))[0]
    assert again == exercise


@pytest.mark.parametrize(("table", "field", "words"), [
    ("[steps.variants.partner]\nprompt = \"x\"", "variants.partner", "unknown audience"),
    ("[steps.variants.distrusted]\ntitle = \"x\"", "variants.distrusted.title",
     "unknown field"),
    ("[steps.variants.distrusted]\nprompt = 3", "variants.distrusted.prompt", "must be text"),
    ("[steps.variants.distrusted]", "variants.distrusted", "must change"),
])
def test_bad_variants_are_named(tmp_path: Path, table: str, field: str, words: str) -> None:
    error = problem(tmp_path, f"""\
[[steps]]
id = "what"
kind = "text"
prompt = "Shared"

{table}
""")
    assert error.step == "what" and error.field == field, str(error)
    assert words in error.reason


# --- sort ----------------------------------------------------------------------------

SORT = """\
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
options = [{ id = "reasonable", label = "Reasonable" },
           { id = "controlling", label = "Controlling", safety = true }]
"""


def test_sorting_items_into_bins(tmp_path: Path) -> None:
    exercise = make(tmp_path, SORT)
    run = ExerciseRun(exercise)
    assert not run.is_applicable("sorted")  # nothing to sort yet
    run.set_answer("expectations", ["Say when I'll be late", "  Share my location  ", ""])
    assert run.is_applicable("sorted")
    run.set_answer("sorted", {"Say when I'll be late": "reasonable"})
    assert not run.is_answered("sorted")  # one item is not sorted yet
    assert not safety_needed(exercise, run.answers)
    run.set_answer("sorted", {"Say when I'll be late": "reasonable",
                              "Share my location": "controlling"})
    assert run.is_answered("sorted") and run.is_complete
    assert exercise.step("sorted").triggers_safety(run.answers["sorted"])
    assert safety_needed(exercise, run.answers)
    assert [m for m in metrics(exercise, run.answers) if m.name == "expectation_kind"] == [
        Metric("expectation_kind", None, "reasonable"),
        Metric("expectation_kind", None, "controlling")]
    assert "- Share my location: Controlling" in render_answers(exercise, run.answers)
    # Removing an item from the list drops its sorting too.
    run.set_answer("expectations", ["Say when I'll be late"])
    assert run.answers["sorted"] == {"Say when I'll be late": "reasonable"}
    assert not safety_needed(exercise, run.answers)
    assert parse_exercise(exercise_to_dict(exercise))[0] == exercise


@pytest.mark.parametrize("value", [
    {"Not listed": "reasonable"}, {"Say when I'll be late": "maybe"}, ["reasonable"]])
def test_bad_sort_answers_raise(tmp_path: Path, value: Any) -> None:
    run = ExerciseRun(make(tmp_path, SORT), {"expectations": ["Say when I'll be late"]})
    with pytest.raises(AnswerError):
        run.set_answer("sorted", value)


def test_sort_must_name_an_earlier_list(tmp_path: Path) -> None:
    error = problem(tmp_path, SORT.replace('sort_of = "expectations"', 'sort_of = "sorted"'))
    assert error.field == "sort_of" and "must come before" in error.reason
    error = problem(tmp_path, SORT.replace('kind = "list"', 'kind = "text"'))
    assert error.field == "sort_of" and "must be a list step" in error.reason


def test_draft_with_branches_resumes(branchy: Exercise) -> None:
    run = ExerciseRun(branchy, {"feelings": FEEL, "where": "past", "care": ["rest"]})
    run.go_to("care")
    again = ExerciseRun.from_dict(branchy, run.to_dict())
    assert again.answers == run.answers and again.step.id == "care" and not again.dropped
