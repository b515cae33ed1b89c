"""The exercise schema, the strict loader, answers, metrics and the run state."""

from __future__ import annotations

import json
import textwrap
import tomllib
from pathlib import Path
from typing import Any

import pytest

from trustjournal.core.exercises import (
    CHECKIN,
    FOLLOWS,
    AnswerError,
    CheckIn,
    DraftError,
    Exercise,
    ExerciseFileError,
    ExerciseRun,
    Metric,
    StepKind,
    builtin_exercises,
    check_answer,
    exercise_to_dict,
    load_exercise,
    load_exercises,
    metrics,
    order_for_audience,
    parse_exercise,
    render_answers,
    safety_needed,
)

HEAD = """\
id = "tiny"
version = 1
title = "Tiny"
why = "A small exercise for tests."
audiences = ["both"]
minutes = 2
"""

STEPS = """\
[[steps]]
id = "what"
kind = "text"
prompt = "What happened?"
example = "We talked."

[[steps]]
id = "how"
kind = "scale"
prompt = "How was it?"
example = "7"
min = 0
max = 10
low_label = "Hard"
high_label = "Easy"
metric = "ease"
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def only_error(path: Path) -> ExerciseFileError:
    with pytest.raises(ExerciseFileError) as caught:
        load_exercise(path)
    return caught.value


@pytest.fixture(scope="module")
def shipped() -> dict[str, Exercise]:
    result = builtin_exercises()
    assert result.errors == []
    return {exercise.id: exercise for exercise in result.exercises}


# --- loading ---------------------------------------------------------------------------

def test_a_valid_file_loads(tmp_path: Path) -> None:
    exercise = load_exercise(write(tmp_path, "tiny.toml", HEAD + STEPS))
    assert exercise.id == "tiny" and exercise.version == 1
    assert [s.id for s in exercise.steps] == ["what", "how"]
    assert exercise.steps[1].kind is StepKind.SCALE
    assert exercise.steps[1].scale is not None and exercise.steps[1].scale.max == 10


@pytest.mark.parametrize(
    ("text", "step", "field", "words"),
    [
        pytest.param(HEAD.replace('title = "Tiny"\n', "") + STEPS, None, "title", "missing",
                     id="missing-title"),
        pytest.param(HEAD + STEPS.replace('prompt = "How was it?"\n', ""), "how", "prompt",
                     "missing", id="missing-prompt"),
        pytest.param(HEAD + STEPS.replace('kind = "text"', 'kind = "essay"'), "what", "kind",
                     "unknown step kind 'essay'", id="unknown-kind"),
        pytest.param(HEAD + STEPS.replace('example = "We talked."', 'exmaple = "We talked."'),
                     "what", "exmaple", "did you mean 'example'", id="unknown-step-key"),
        pytest.param(HEAD + "colour = 'blue'\n" + STEPS, None, "colour", "unknown field",
                     id="unknown-top-key"),
        pytest.param(HEAD + STEPS.replace('kind = "text"', 'kind = "text"\nmin = 1'), "what",
                     "min", "does not apply to a text step", id="misplaced-key"),
        pytest.param(HEAD.replace('["both"]', '["everyone"]') + STEPS, None, "audiences",
                     "unknown audience 'everyone'", id="unknown-audience"),
        pytest.param(HEAD.replace("version = 1", "version = 0") + STEPS, None, "version",
                     "1 or more", id="version-zero"),
        pytest.param(HEAD.replace("version = 1", 'version = "1"') + STEPS, None, "version",
                     "must be a whole number, not text", id="version-text"),
        pytest.param(HEAD + STEPS.replace('id = "how"', 'id = "what"'), "what", "id",
                     "duplicate step id", id="duplicate-step"),
        pytest.param(HEAD + STEPS.replace("max = 10", "max = 0"), "how", "max",
                     "greater than min", id="scale-min-max"),
        pytest.param(HEAD + STEPS.replace("min = 0", 'min = "low"'), "how", "min",
                     "must be a whole number", id="scale-type"),
        pytest.param(HEAD + STEPS.replace('kind = "text"', 'kind = "text"\noptional = "yes"'),
                     "what", "optional", "true or false", id="bool-type"),
        pytest.param(HEAD + STEPS.replace('id = "what"', 'id = "What now"'), None, "id",
                     "not a valid id", id="bad-step-id"),
    ],
)
def test_bad_fields_are_named(tmp_path: Path, text: str, step: str | None, field: str,
                              words: str) -> None:
    error = only_error(write(tmp_path, "broken.toml", text))
    message = str(error)
    assert "broken.toml" in message
    assert error.field == field and f"field '{field}'" in message
    assert words in message
    if step is not None:
        assert error.step == step and f"'{step}'" in message


def test_a_step_is_named_by_its_position_when_it_has_no_id(tmp_path: Path) -> None:
    error = only_error(write(tmp_path, "x.toml", HEAD + STEPS.replace('id = "how"\n', "")))
    assert error.step_index == 2 and error.field == "id"
    assert "step 2" in str(error)


def test_choice_without_options(tmp_path: Path) -> None:
    text = HEAD + """
[[steps]]
id = "pick"
kind = "choice"
prompt = "Which one?"
"""
    error = only_error(write(tmp_path, "choice.toml", text))
    assert (error.step, error.field) == ("pick", "options")
    assert "missing" in str(error) and "choice.toml" in str(error)


def test_choice_with_a_single_option_and_no_other(tmp_path: Path) -> None:
    text = HEAD + """
[[steps]]
id = "pick"
kind = "choice"
prompt = "Which one?"
allow_other = false
options = [{ id = "a", label = "A" }]
"""
    error = only_error(write(tmp_path, "choice.toml", text))
    assert error.field == "options" and "at least 2" in str(error)


def test_option_problems_name_the_option(tmp_path: Path) -> None:
    text = HEAD + """
[[steps]]
id = "pick"
kind = "multi_choice"
prompt = "Which?"
options = [{ id = "a", label = "A" }, { id = "b", lable = "B" }]
"""
    _, errors = parse_exercise(tomllib.loads(text), "opts.toml")
    fields = {error.field for error in errors}
    assert "options[2].lable" in fields and "options[2].label" in fields


@pytest.mark.parametrize(
    ("target", "words"),
    [("nowhere", "no step has the id 'nowhere'"), ("later", "must come before"),
     ("what", "must be a scale or feelings step")],
)
def test_bad_rerate_of(tmp_path: Path, target: str, words: str) -> None:
    text = HEAD + STEPS + f"""
[[steps]]
id = "again"
kind = "rerate"
prompt = "And now?"
rerate_of = "{target}"

[[steps]]
id = "later"
kind = "scale"
prompt = "Later?"
min = 0
max = 5
low_label = "a"
high_label = "b"
"""
    error = only_error(write(tmp_path, "rerate.toml", text))
    assert (error.step, error.field) == ("again", "rerate_of")
    assert words in str(error) and "rerate.toml" in str(error)


def test_invalid_toml_names_the_file_and_line(tmp_path: Path) -> None:
    error = only_error(write(tmp_path, "syntax.toml", HEAD + 'title = "unclosed\n'))
    assert "syntax.toml" in str(error) and "not valid TOML" in str(error)
    assert "line" in str(error)


def test_every_problem_in_a_file_is_reported(tmp_path: Path) -> None:
    text = HEAD.replace("minutes = 2", "minutes = 0") + STEPS.replace("max = 10", "max = 0")
    _, errors = parse_exercise(tomllib.loads(text), "many.toml")
    assert {e.field for e in errors} == {"minutes", "max"}


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a_good.toml", HEAD + STEPS)
    write(tmp_path, "b_bad.toml", HEAD.replace('"tiny"', '"other"') + "steps = []\n")
    write(tmp_path, "c_good.toml", HEAD.replace('"tiny"', '"third"') + STEPS)
    result = load_exercises(tmp_path)
    assert [e.id for e in result.exercises] == ["tiny", "third"]
    assert len(result.errors) == 1 and result.errors[0].path.name == "b_bad.toml"
    assert result.paths["third"].name == "c_good.toml"
    assert result.get("third") is not None and result.get("other") is None


def test_duplicate_exercise_ids_name_both_files(tmp_path: Path) -> None:
    first = tmp_path / "one"
    second = tmp_path / "two"
    first.mkdir()
    second.mkdir()
    write(first, "mine.toml", HEAD + STEPS)
    write(second, "copy.toml", HEAD + STEPS)
    result = load_exercises(first, second)
    assert [e.id for e in result.exercises] == ["tiny"]
    (error,) = result.errors
    assert "copy.toml" in str(error) and "mine.toml" in str(error)
    assert error.field == "id"


def test_missing_folder_is_an_error_not_a_crash(tmp_path: Path) -> None:
    result = load_exercises(tmp_path / "nope")
    assert result.exercises == [] and "folder not found" in str(result.errors[0])


def test_exercises_survive_a_round_trip_through_plain_data(shipped: dict[str, Exercise]) -> None:
    for exercise in [*shipped.values(), CHECKIN]:
        data = json.loads(json.dumps(exercise_to_dict(exercise)))
        again, errors = parse_exercise(data)
        assert errors == [] and again == exercise


def test_safety_options_come_from_data(tmp_path: Path) -> None:
    text = HEAD + """
[[steps]]
id = "rule"
kind = "multi_choice"
prompt = "Which of these happen?"
options = [
    { id = "say_where", label = "Saying where I'll be" },
    { id = "read_messages", label = "Reading each other's messages", safety = true },
]
"""
    exercise = load_exercise(write(tmp_path, "rules.toml", text))
    step = exercise.step("rule")
    assert step.safety_trigger == {"read_messages"}
    assert not safety_needed(exercise, {"rule": ["say_where"]})
    assert safety_needed(exercise, {"rule": ["say_where", "read_messages"]})
    run = ExerciseRun(exercise)
    run.set_answer("rule", ["read_messages"])
    assert run.safety_needed()


def test_order_for_audience_puts_suitable_core_exercises_first(
        shipped: dict[str, Exercise]) -> None:
    ordered = order_for_audience(shipped.values(), "distrusted")
    ids = [exercise.id for exercise in ordered]
    # Exercises only for the partner who doubts go last, the core one first among them.
    assert ids[-3:] == ["get_to_the_root", "then_and_now", "trust_my_judgment"]
    # The page leads with what is made for the doubted partner, then the core ones.
    assert ids[:2] == ["check_in_with_myself", "understand_their_distrust"]
    assert all(ex.core for ex in ordered[2:5])
    leading = [ex.id for ex in order_for_audience(shipped.values(), "distrusting")][:3]
    assert leading == ["get_to_the_root", "then_and_now", "trust_my_judgment"]
    assert len(ordered) == len(shipped)  # nothing is left out, only ordered
    assert shipped["get_to_the_root"].suits("distrusting")
    assert shipped["get_to_the_root"].suits("both")


# --- answers ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("step_id", "value", "ok"),
    [
        ("situation", "Late home.", True),
        ("situation", 5, False),
        ("belief", 80, True),
        ("belief", 101, False),
        ("belief", True, False),
        ("belief", 50.0, False),
        ("feelings", [{"feeling": "jealous", "intensity": 80}], True),
        ("feelings", [{"feeling": "jealous", "intensity": 180}], False),
        ("feelings", [{"feeling": "jealous"}], False),
        ("feelings", [{"feeling": "own_raw", "intensity": 5, "label": "Raw"}], True),
        ("feelings", [{"feeling": "own_raw", "intensity": 5, "label": " "}], False),
        ("feelings", [{"feeling": "own_raw", "intensity": 5, "label": "x" * 41}], False),
        ("feelings", [{"feeling": "own_raw", "intensity": 5, "label": 3}], False),
        ("feelings", [{"feeling": "own_raw", "intensity": 5, "colour": "red"}], False),
        ("feelings", [{"feeling": "sad", "intensity": 1}, {"feeling": "sad", "intensity": 2}],
         False),
        ("traps", ["mind_reading", {"other": "my own trap"}], True),
        ("traps", ["mind_reading", "mind_reading"], False),
        ("traps", [{"other": "  "}], False),
        ("traps", [{"other": "Comparing"}, {"other": "Replaying"}], True),
        ("traps", [{"other": "Comparing"}, {"other": "Comparing "}], False),
        ("evidence_for", ["one", "two"], True),
        ("evidence_for", "one", False),
        ("summary", None, True),
        ("summary", "text", False),
    ],
)
def test_check_answer_shapes(shipped: dict[str, Exercise], step_id: str, value: Any,
                             ok: bool) -> None:
    step = shipped["challenge_a_thought"].step(step_id)
    assert (check_answer(step, value) is None) is ok


def test_choice_answers(shipped: dict[str, Exercise]) -> None:
    root = shipped["get_to_the_root"]
    assert check_answer(root.step("where"), "past") is None
    assert "not one of the options" in (check_answer(root.step("where"), "mars") or "")
    assert "no free-text" in (check_answer(root.step("where"), {"other": "x"}) or "")
    assert check_answer(root.step("sources"), ["family", {"other": "work stress"}]) is None


def test_rerated_feelings_must_have_been_picked(shipped: dict[str, Exercise]) -> None:
    step = shipped["challenge_a_thought"].step("feelings_after")
    before = [{"feeling": "jealous", "intensity": 80}]
    assert check_answer(step, {"jealous": 40}, before) is None
    assert "was not picked" in (check_answer(step, {"sad": 40}, before) or "")
    assert check_answer(step, {"jealous": 140}, before) is not None


# --- run state -------------------------------------------------------------------------

def thought_answers() -> dict[str, Any]:
    return {
        "situation": "Saturday night; she was an hour late and didn't text.",
        "thought": "She's probably with someone else.",
        "belief": 80,
        "feelings": [{"feeling": "jealous", "intensity": 80},
                     {"feeling": "scared", "intensity": 70}],
        "traps": ["mind_reading", "fortune_telling"],
        "evidence_for": ["She was an hour late.", "She didn't answer my call.", " "],
        "evidence_against": ["She said the meeting might run long."],
        "balanced": "She's late, and late doesn't mean unfaithful.",
        "belief_after": 40,
        "feelings_after": {"jealous": 40, "scared": 30},
    }


def test_next_waits_for_required_answers_and_skips_nothing_optional(
        shipped: dict[str, Exercise]) -> None:
    run = ExerciseRun(shipped["challenge_a_thought"])
    assert run.step.id == "situation" and not run.can_go_back()
    assert not run.next()  # required and empty
    run.set_answer("situation", "   ")
    assert not run.next()  # blank is not an answer
    run.set_answer("situation", "Late home")
    assert run.next() and run.step.id == "thought"
    run.set_answer("thought", "She's probably with someone")
    run.next()
    run.set_answer("belief", 80)
    run.next()
    run.set_answer("feelings", [{"feeling": "jealous", "intensity": 80}])
    run.next()
    assert run.step.id == "traps" and run.step.optional
    assert run.suggested_traps()[0] == "mind_reading"
    assert run.next() and run.step.id == "evidence_for"  # optional: may be left empty
    assert run.back() and run.step.id == "traps"
    assert run.pinned()[0][0].id == "thought"


def test_rerate_steps_are_skipped_when_there_is_nothing_to_rerate(
        shipped: dict[str, Exercise]) -> None:
    exercise = shipped["challenge_a_thought"]
    answers = thought_answers()
    answers.pop("belief_after")
    del answers["belief"]
    run = ExerciseRun(exercise, answers, index=exercise.index_of("balanced"))
    assert not run.is_applicable("belief_after")
    assert run.next() and run.step.id == "feelings_after"
    assert run.back() and run.step.id == "balanced"
    assert [s.id for s in run.missing_required()] == ["belief"]


def test_complete_and_missing(shipped: dict[str, Exercise]) -> None:
    exercise = shipped["challenge_a_thought"]
    run = ExerciseRun(exercise)
    assert not run.is_complete
    assert "summary" not in [s.id for s in run.missing_required()]
    for step_id, value in thought_answers().items():
        run.set_answer(step_id, value)
    assert run.is_complete and run.missing_required() == []
    run.set_answer("feelings_after", {"jealous": 40})  # scared not re-rated yet
    assert [s.id for s in run.missing_required()] == ["feelings_after"]


def test_changing_picked_feelings_trims_their_rerating(shipped: dict[str, Exercise]) -> None:
    run = ExerciseRun(shipped["challenge_a_thought"], thought_answers())
    run.set_answer("feelings", [{"feeling": "scared", "intensity": 70}])
    assert run.answers["feelings_after"] == {"scared": 30}
    run.clear_answer("belief")
    assert "belief_after" not in run.answers


def test_bad_answers_raise(shipped: dict[str, Exercise]) -> None:
    run = ExerciseRun(shipped["challenge_a_thought"])
    with pytest.raises(AnswerError, match="belief"):
        run.set_answer("belief", 500)
    with pytest.raises(KeyError):
        run.set_answer("nope", 1)
    with pytest.raises(AnswerError, match="no such step"):
        ExerciseRun(shipped["challenge_a_thought"], {"nope": 1})


def test_draft_round_trip_through_json(shipped: dict[str, Exercise]) -> None:
    exercise = shipped["challenge_a_thought"]
    run = ExerciseRun(exercise, thought_answers())
    run.go_to("balanced")
    data = json.loads(json.dumps(run.to_dict()))
    assert data["exercise_id"] == "challenge_a_thought" and data["exercise_version"] == 1
    again = ExerciseRun.from_dict(exercise, data)
    assert again.answers == run.answers and again.step.id == "balanced"
    assert again.dropped == {}


def test_draft_answers_that_no_longer_fit_are_kept_aside(shipped: dict[str, Exercise]) -> None:
    exercise = shipped["challenge_a_thought"]
    data = ExerciseRun(exercise, {"situation": "Late", "belief": 80}).to_dict()
    data["answers"]["belief"] = 150
    data["answers"]["old_step"] = "words I wrote"
    data["exercise_version"] = 0
    again = ExerciseRun.from_dict(exercise, data)
    assert again.answers == {"situation": "Late"}
    assert again.dropped == {"belief": 150, "old_step": "words I wrote"}
    assert ExerciseRun.from_dict(exercise, again.to_dict()).dropped == again.dropped


def test_draft_of_another_exercise_is_refused(shipped: dict[str, Exercise]) -> None:
    data = ExerciseRun(shipped["get_to_the_root"]).to_dict()
    with pytest.raises(DraftError, match="get_to_the_root"):
        ExerciseRun.from_dict(shipped["challenge_a_thought"], data)
    with pytest.raises(DraftError):
        ExerciseRun.from_dict(shipped["challenge_a_thought"], {"exercise_id": "x"})


# --- rendering and metrics -------------------------------------------------------------

def test_render_answers_is_readable_markdown(shipped: dict[str, Exercise]) -> None:
    text = render_answers(shipped["challenge_a_thought"], thought_answers(),
                          feeling_names={"jealous": "Jealous", "scared": "Scared"},
                          trap_names={"mind_reading": "Mind reading"})
    assert "### The thought\n\nShe's probably with someone else." in text
    assert "80 out of 100" in text and "40 out of 100 (was 80)" in text
    assert "- Jealous: 40 out of 100 (was 80)" in text
    assert "- Mind reading" in text and "- Fortune telling" in text
    assert "- She was an hour late." in text and "- \n" not in text
    assert "Looking back" not in text  # the summary step has no answer to show


def test_own_traps_are_rendered_and_counted(shipped: dict[str, Exercise]) -> None:
    exercise = shipped["challenge_a_thought"]
    answers = {**thought_answers(), "traps": ["mind_reading", {"other": "Comparing us"}]}
    assert "- Comparing us (my own)" in render_answers(exercise, answers)
    traps = [m for m in metrics(exercise, answers) if m.name == "trap"]
    assert traps == [Metric("trap", None, "mind_reading"), Metric("trap", None, "other")]


def test_render_leaves_out_unanswered_steps(shipped: dict[str, Exercise]) -> None:
    exercise = shipped["celebrate_small_victory"]
    text = render_answers(exercise, {"what": "I asked instead of guessing.",
                                     "kind": {"other": "I slept well"}})
    assert text.startswith("### What went well\n\nI asked instead of guessing.")
    assert "Something else: I slept well" in text
    assert "proud" not in text
    assert render_answers(exercise, {}) == ""


def test_metrics_of_a_thought_record(shipped: dict[str, Exercise]) -> None:
    found = metrics(shipped["challenge_a_thought"], thought_answers())
    assert found == [
        Metric("belief_before", 80.0),
        Metric("feeling_before", 80.0, "jealous"),
        Metric("feeling_before", 70.0, "scared"),
        Metric("trap", None, "mind_reading"),
        Metric("trap", None, "fortune_telling"),
        Metric("belief_after", 40.0),
        Metric("feeling_after", 40.0, "jealous"),
        Metric("feeling_after", 30.0, "scared"),
    ]


def test_metrics_of_get_to_the_root(shipped: dict[str, Exercise]) -> None:
    answers = {"moment": "Phone face down", "facts": "A message came at ten.",
               "sources": ["past_betrayal", "fear_of_being_left", {"other": "work"}],
               "where": "past"}
    assert metrics(shipped["get_to_the_root"], answers) == [
        Metric("root_source", None, "past_betrayal"),
        Metric("root_source", None, "fear_of_being_left"),
        Metric("root_source", None, "other"),
        Metric("root_where", None, "past"),
    ]


def test_metrics_of_acknowledge_feelings(shipped: dict[str, Exercise]) -> None:
    answers = {"feelings": [{"feeling": "anxious", "intensity": 70},
                            {"feeling": "lonely", "intensity": 40}],
               "source": "x", "acceptance": "y", "kindness": "z"}
    assert metrics(shipped["acknowledge_feelings"], answers) == [
        Metric("feeling", 70.0, "anxious"), Metric("feeling", 40.0, "lonely")]


def test_metrics_of_a_small_victory(shipped: dict[str, Exercise]) -> None:
    answers = {"what": "Went for a walk", "kind": "trusted", "pride": 7}
    assert metrics(shipped["celebrate_small_victory"], answers) == [
        Metric("victory_kind", None, "trusted"), Metric("pride", 7.0)]


def test_metrics_ignore_invalid_or_missing_answers(shipped: dict[str, Exercise]) -> None:
    assert metrics(shipped["celebrate_small_victory"], {"pride": 70, "kind": "mars"}) == []


# --- the daily check-in ----------------------------------------------------------------

def test_checkin_values_and_metrics() -> None:
    checkin = CheckIn(6, 3, 8, feelings=(("hopeful", 60),), note="A calm evening.")
    assert checkin.metrics() == [Metric("trust", 6.0), Metric("anxiety", 3.0),
                                 Metric("connection", 8.0), Metric("feeling", 60.0, "hopeful")]
    assert CheckIn.from_answers(checkin.answers()) == checkin
    run = ExerciseRun(CHECKIN, checkin.answers())
    assert run.is_complete


@pytest.mark.parametrize(
    "kwargs",
    [{"trust": 11}, {"anxiety": -1}, {"connection": True}, {"note": "two\nlines"},
     {"note": "x" * 281}, {"feelings": (("hopeful", 101),)}, {"feelings": (("hopeful",),)}],
)
def test_checkin_rejects_bad_values(kwargs: dict[str, Any]) -> None:
    values = {"trust": 5, "anxiety": 5, "connection": 5, **kwargs}
    with pytest.raises(AnswerError):
        CheckIn(**values)


def test_checkin_from_answers_needs_the_three_scales() -> None:
    with pytest.raises(AnswerError, match="connection"):
        CheckIn.from_answers({"trust": 5, "anxiety": 5})


FOLLOWER = """\
id = "later"
version = 1
title = "Later"
why = "Looks back at a tiny run."
audiences = ["both"]
minutes = 2

[follow_up]
{rule}

[[steps]]
id = "note"
kind = "text"
prompt = "How was it?"
example = "Fine."
"""

PICK = """
[[steps]]
id = "done"
kind = "choice"
prompt = "Done yet?"
example = "No."
options = [{ id = "no", label = "No" }, { id = "yes", label = "Yes" }]
"""


@pytest.mark.parametrize(("rule", "field", "reason"), [
    ('exercise = "nothing"\nstep = "done"\nany_of = ["no"]', "follow_up.exercise",
     "'nothing' is not an exercise"),
    ('exercise = "tiny"\nstep = "how"\nany_of = ["no"]', "follow_up.step",
     "'how' is not a choice step"),
    ('exercise = "tiny"\nstep = "done"\nany_of = ["maybe"]', "follow_up.any_of",
     "'maybe' is not an option"),
])
def test_a_bad_follow_up_reference_leaves_the_follow_up_out(tmp_path: Path, rule: str,
                                                            field: str, reason: str) -> None:
    write(tmp_path, "tiny.toml", HEAD + STEPS + PICK)
    write(tmp_path, "later.toml", FOLLOWER.replace("{rule}", rule))
    result = load_exercises(tmp_path)
    assert [e.id for e in result.exercises] == ["tiny"]
    (error,) = result.errors
    assert error.field == field and reason in error.reason and "later.toml" in str(error)


def test_a_follow_up_table_is_read_strictly(tmp_path: Path) -> None:
    path = write(tmp_path, "later.toml", FOLLOWER.replace(
        "{rule}", 'exercise = "tiny"\nstep = "done"\nany_of = ["no"]\nwhen = "later"'))
    assert only_error(path).field == "follow_up.when"


def test_a_follow_up_keeps_the_uuid_it_follows(tmp_path: Path) -> None:
    write(tmp_path, "tiny.toml", HEAD + STEPS + PICK)
    write(tmp_path, "later.toml", FOLLOWER.replace(
        "{rule}", 'exercise = "tiny"\nstep = "done"\nany_of = ["no"]'))
    result = load_exercises(tmp_path)
    assert result.errors == []
    later, tiny = result.get("later"), result.get("tiny")
    assert later is not None and tiny is not None and later.follow_up is not None
    assert later.follow_up.wanted({"done": "no"}) and not later.follow_up.wanted({"done": "yes"})
    uuid = "0b7c8a4e-2f55-4d7e-9a51-3c1f6c0e9d21"
    run = ExerciseRun(later, {"note": "Fine.", FOLLOWS: uuid})
    assert run.answers_to_save()[FOLLOWS] == uuid == run.follows
    resumed = ExerciseRun.from_dict(later, {"exercise_id": "later", "answers": {FOLLOWS: uuid}})
    assert resumed.follows == uuid and resumed.dropped == {}
    with pytest.raises(AnswerError):
        run.set_follows("not a uuid")
    with pytest.raises(AnswerError):
        ExerciseRun(tiny, {FOLLOWS: uuid})
