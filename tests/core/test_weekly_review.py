"""The weekly review: its data file, and the week's summary carried from the start of the
run to the top of the saved entry (the exercise "prefill")."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest

from trustjournal.core.exercises import (
    AnswerError,
    ExerciseFileError,
    ExerciseRun,
    Prefill,
    StepKind,
    builtin_exercises,
    exercise_to_dict,
    load_exercise,
    metrics,
    parse_exercise,
    prefill_text,
    render_answers,
    render_sections,
)
from trustjournal.core.progress import CheckinDay, ExerciseDay, ProgressData, week_summary
from trustjournal.core.progress.names import builtin_names

SUMMARY = "*4 Mar – 10 Mar 2024*\n\n- **Check-ins:** 2 this week. Average trust 7.0.\n"
ANSWERS = {"focus_went": "none", "improved": "We talked on Sunday without a fight.",
           "hard": "Thursday evening, the long silence.",
           "focus": "Wait ten minutes before asking."}


@pytest.fixture(scope="module")
def review():  # type: ignore[no-untyped-def]
    exercise = builtin_exercises().get("weekly_review")
    assert exercise is not None
    return exercise


def test_the_weekly_review_file_asks_what_the_catalogue_says(review) -> None:  # type: ignore[no-untyped-def]
    assert review.title == "Weekly review" and review.version == 2
    assert review.prefill == Prefill("week_summary", "Your week at a glance")
    assert [(s.id, s.kind, s.optional) for s in review.steps] == [
        ("focus_went", StepKind.CHOICE, False), ("focus_notes", StepKind.TEXT, True),
        ("improved", StepKind.TEXT, False), ("hard", StepKind.TEXT, False),
        ("focus", StepKind.TEXT, False), ("note", StepKind.TEXT, True),
        ("summary", StepKind.SUMMARY, False)]
    assert review.step("focus").single_line
    assert not review.core and review.suits("distrusting") and review.suits("distrusted")
    # Nothing here feeds statistics: the review looks back on figures, it adds none.
    assert metrics(review, ANSWERS) == []


def test_the_summary_is_kept_in_the_answers_and_the_draft(review) -> None:  # type: ignore[no-untyped-def]
    run = ExerciseRun(review, {"week_summary": SUMMARY})
    assert run.prefill == SUMMARY and run.missing_required()[0].id == "focus_went"
    for step_id, text in ANSWERS.items():
        run.set_answer(step_id, text)
    assert run.is_complete
    draft = json.loads(json.dumps(run.to_dict()))
    assert draft["answers"]["week_summary"] == SUMMARY
    again = ExerciseRun.from_dict(review, draft)
    assert again.prefill == SUMMARY and again.dropped == {} and again.answers == run.answers


def test_the_summary_opens_the_saved_entry(review) -> None:  # type: ignore[no-untyped-def]
    answers = {"week_summary": SUMMARY, **ANSWERS}
    body = render_answers(review, answers)
    assert body == (
        "### Your week at a glance\n\n"
        "*4 Mar – 10 Mar 2024*\n\n- **Check-ins:** 2 this week. Average trust 7.0.\n\n"
        "### Last week's focus\n\nI didn't set one last time\n\n"
        "### What got better\n\nWe talked on Sunday without a fight.\n\n"
        "### What was hard\n\nThursday evening, the long silence.\n\n"
        "### One focus for next week\n\nWait ten minutes before asking.\n")
    # The recap of steps stays about the steps; the summary is not one of them.
    assert [step.id for step, _ in render_sections(review, answers)] == [
        "focus_went", "improved", "hard", "focus"]
    assert prefill_text(review, answers) == SUMMARY.strip()
    without = render_answers(review, ANSWERS)
    assert without.startswith("### Last week's focus") and "glance" not in without


def test_last_weeks_focus_heads_the_summary_and_is_asked_about(review) -> None:  # type: ignore[no-untyped-def]
    data = ProgressData(dt.date(2024, 3, 4), dt.date(2024, 3, 10), None, None)
    summary = week_summary(data, dt.date(2024, 3, 4), builtin_names(),
                           last_focus="Wait ten\nminutes before asking.")
    assert summary.splitlines()[2] == (
        "- **Your focus from last time:** Wait ten minutes before asking.")
    assert "Your focus" not in week_summary(data, dt.date(2024, 3, 4), builtin_names())
    run = ExerciseRun(review, {"focus_went": "partly"})
    assert run.next() and run.step.id == "focus_notes"  # what helped or got in the way
    run.set_answer("focus_went", "none")
    run.index = 0
    assert run.next() and run.step.id == "improved"  # no focus last time: nothing to ask


def test_a_real_week_summary_goes_through(review) -> None:  # type: ignore[no-untyped-def]
    data = ProgressData(
        dt.date(2024, 3, 4), dt.date(2024, 3, 10), dt.date(2024, 1, 1), dt.date(2024, 3, 9),
        checkins=(CheckinDay(dt.date(2024, 3, 5), 1, 6.0, 3.0, 7.0, 1, 1, 1),),
        exercises=(ExerciseDay(dt.date(2024, 3, 6), "challenge_a_thought", 1),))
    summary = week_summary(data, dt.date(2024, 3, 4), builtin_names())
    run = ExerciseRun(review)
    run.set_prefill(summary)
    for step_id, text in ANSWERS.items():
        run.set_answer(step_id, text)
    body = render_answers(review, run.answers)
    assert body.startswith("### Your week at a glance\n\n*4 Mar – 10 Mar 2024*\n\n"
                           "- **Check-ins:** 1 this week. Average trust 6.0, anxiety 3.0, "
                           "connection 7.0.\n- **Exercises done:** 1: Challenge a thought (1).")


def test_prefill_rules(review) -> None:  # type: ignore[no-untyped-def]
    run = ExerciseRun(review)
    assert run.prefill == ""
    run.set_prefill("Some text")
    run.set_prefill("   ")  # blank removes it
    assert "week_summary" not in run.answers
    with pytest.raises(AnswerError, match="expected text"):
        run.set_prefill(42)  # type: ignore[arg-type]
    victory = builtin_exercises().get("celebrate_small_victory")
    with pytest.raises(AnswerError, match="no prefilled text"):
        ExerciseRun(victory).set_prefill("anything")  # type: ignore[arg-type]
    with pytest.raises(AnswerError, match="no such step"):
        ExerciseRun(victory, {"week_summary": "x"})  # type: ignore[arg-type]
    # A draft whose summary is not text keeps it aside, like any answer that no longer fits.
    resumed = ExerciseRun.from_dict(review, {"exercise_id": "weekly_review",
                                             "answers": {"week_summary": ["odd"]}})
    assert resumed.prefill == "" and resumed.dropped == {"week_summary": ["odd"]}


def test_prefill_survives_the_round_trip_through_plain_data(review) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(exercise_to_dict(review)))
    assert data["prefill"] == {"id": "week_summary", "label": "Your week at a glance"}
    again, errors = parse_exercise(data)
    assert errors == [] and again == review


HEAD = """\
    id = "tiny"
    version = 1
    title = "Tiny"
    why = "Because."
    audiences = ["both"]
    minutes = 1
    """
STEP = """
    [[steps]]
    id = "what"
    kind = "text"
    prompt = "What happened?"
    """


@pytest.mark.parametrize(("prefill", "field", "words"), [
    ('prefill = "week"\n', "prefill", "must be a table"),
    ('[prefill]\nid = "what"\nlabel = "Week"\n', "prefill.id", "already a step id"),
    ('[prefill]\nid = "week"\n', "prefill.label", "is missing"),
    ('[prefill]\nid = "Week!"\nlabel = "Week"\n', "prefill.id", "not a valid id"),
    ('[prefill]\nid = "week"\nlabel = "Week"\ntext = "x"\n', "prefill.text", "unknown field"),
])
def test_bad_prefill_tables_are_reported(tmp_path: Path, prefill: str, field: str,
                                         words: str) -> None:
    path = tmp_path / "tiny.toml"
    path.write_text(textwrap.dedent(HEAD) + prefill + textwrap.dedent(STEP), encoding="utf-8")
    with pytest.raises(ExerciseFileError) as caught:
        load_exercise(path)
    assert caught.value.field == field and words in caught.value.reason
