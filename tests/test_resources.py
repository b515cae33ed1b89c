"""Every shipped data file loads cleanly and keeps the promises of EXERCISES.md."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from trustjournal.core.exercises import (
    Exercise,
    StepKind,
    builtin_exercises,
    load_exercise,
)
from trustjournal.core.resources_data import (
    ResourceFileError,
    ThinkingTrap,
    builtin_feelings,
    builtin_safety,
    builtin_traps,
    load_feelings,
    load_safety,
    load_traps,
)
from trustjournal.core.safety_info import PURPOSES
from trustjournal.core.traps import TRAP_IDS, suggest_traps
from trustjournal.resources import resource, resources_dir

EXERCISE_FILES = sorted(resource("exercises").glob("*.toml"))
CORE = {"get_to_the_root", "acknowledge_feelings", "challenge_a_thought",
        "celebrate_small_victory"}


def all_exercises() -> list[Exercise]:
    result = builtin_exercises()
    assert result.errors == [], [str(error) for error in result.errors]
    return result.exercises


@pytest.mark.parametrize("path", EXERCISE_FILES, ids=lambda p: p.name)
def test_every_shipped_exercise_file_is_valid(path: Path) -> None:
    exercise = load_exercise(path)
    assert path.stem == exercise.id


def test_all_exercises_load_without_errors_and_the_core_four_are_there() -> None:
    exercises = all_exercises()
    assert {ex.id for ex in exercises} >= CORE
    assert {ex.id for ex in exercises if ex.core} == CORE


@pytest.mark.parametrize("exercise", all_exercises(), ids=lambda ex: ex.id)
def test_every_prompt_is_short_and_has_an_example(exercise: Exercise) -> None:
    assert "\n" not in exercise.why and len(exercise.why.split()) <= 120
    for step in exercise.steps:
        words = len(step.prompt.split())
        assert words <= 20, f"{exercise.id}/{step.id}: prompt of {words} words"
        assert step.label, f"{exercise.id}/{step.id}: no label"
        if step.kind is not StepKind.SUMMARY:
            assert step.example, f"{exercise.id}/{step.id}: no example"
        for text in (step.prompt, step.example, step.note):
            assert "\n" not in text
        for variant in step.variants:  # wording for one audience keeps the same rules
            assert len(variant.prompt.split()) <= 20, f"{exercise.id}/{step.id}"
            assert "\n" not in variant.prompt + variant.example + variant.note


def test_the_whole_catalog_ships() -> None:
    ids = {exercise.id for exercise in all_exercises()}
    assert ids >= {"communicate_feelings", "recovery_conversation", "learn_from_mistake",
                   "trust_my_judgment", "boundaries_expectations", "good_moments",
                   "check_in_with_myself", "understand_their_distrust", "then_and_now",
                   "reassurance_for_two", "weekly_review"}


def test_thought_record_matches_the_catalog() -> None:
    thought = next(ex for ex in all_exercises() if ex.id == "challenge_a_thought")
    kinds = [step.kind for step in thought.steps]
    assert kinds == [StepKind.TEXT, StepKind.TEXT, StepKind.SCALE, StepKind.FEELINGS,
                     StepKind.DISTORTIONS, StepKind.LIST, StepKind.LIST, StepKind.TEXT,
                     StepKind.RERATE, StepKind.RERATE, StepKind.SUMMARY]
    assert thought.step("thought").pinned
    assert thought.step("traps").suggest_from == "thought"
    assert thought.step("feelings_after").rerates_feelings
    assert "phone" in thought.why  # it is about one's own thinking, not checking up


def test_root_cause_answer_is_a_statistic() -> None:
    root = next(ex for ex in all_exercises() if ex.id == "get_to_the_root")
    where = root.step("where")
    assert where.metric == "root_where" and not where.allow_other
    assert [o.id for o in where.options] == ["here", "past", "both", "unsure"]


def test_every_referenced_trap_exists() -> None:
    shipped = {trap.id for trap in builtin_traps()}
    assert len(builtin_traps()) == 16 and shipped == set(TRAP_IDS)
    # the hints suggest only TRAP_IDS, so every trap they can name is shipped
    assert set(suggest_traps("always, my fault, it's going to end")) <= shipped


@pytest.mark.parametrize("trap", builtin_traps(), ids=lambda trap: trap.id)
def test_each_trap_example_is_recognised_by_the_hints(trap: ThinkingTrap) -> None:
    assert suggest_traps(trap.example)[0] == trap.id


def test_feelings_vocabulary() -> None:
    families = builtin_feelings()
    ids = {family.id for family in families}
    assert {"fear", "anger", "sadness", "shame", "jealousy", "loneliness", "hope", "love",
            "relief"} <= ids
    for family in families:
        assert 5 <= len(family.feelings) <= 10, family.id
    names = {feeling.id: feeling.label for family in families for feeling in family.feelings}
    assert {"abandoned", "humiliated", "vulnerable", "powerless", "replaceable", "trusting",
            "secure", "loved", "understood", "respected", "accused", "smothered", "controlled",
            "exhausted"} <= set(names)
    assert names["possessive"] == "Afraid of losing them"  # a feeling, not a verdict


# The numbers checked in December 2026 (EXERCISES.md): region -> purpose -> numbers.
CHECKED_NUMBERS = {
    "us": {"crisis": ["988"], "abuse": ["1-800-799-7233"], "emergency": ["911"]},
    "ca": {"crisis": ["988"], "emergency": ["911"]},
    "uk": {"crisis": ["116 123"], "abuse": ["0808 2000 247", "0808 801 0327"],
           "own_behaviour": ["0808 802 4040"], "emergency": ["999"]},
    "ie": {"crisis": ["116 123"], "abuse": ["1800 341 900"], "emergency": ["112 or 999"]},
    "au": {"crisis": ["13 11 14"], "abuse": ["1800 737 732"], "own_behaviour": ["1300 789 978"],
           "emergency": ["000"]},
    "nz": {"crisis": ["1737"], "abuse": ["0800 733 843"], "emergency": ["111"]},
    "de": {"crisis": ["0800 111 0 111"], "abuse": ["116 016"], "emergency": ["112"]},
    "elsewhere": {"emergency": ["112"]},
}


def test_safety_panel() -> None:
    safety = builtin_safety()
    text = " ".join(safety.paragraphs).lower()
    for words in ("abuse is never okay", "right", "controlling"):
        assert words in text
    assert "not therapy" in safety.not_therapy and "therapist" in safety.not_therapy
    assert "counsellor" in safety.not_therapy
    assert "nothing" in safety.privacy.lower()
    assert [section.id for section in safety.sections] == list(PURPOSES)


def test_safety_lines_are_exactly_the_checked_ones() -> None:
    safety = builtin_safety()
    found = {region.id: {purpose: [line.number for line in region.lines_for(purpose)]
                         for purpose in PURPOSES if region.lines_for(purpose)}
             for region in safety.regions}
    assert found == CHECKED_NUMBERS
    lines = [line for region in safety.regions for line in region.lines]
    assert {line.checked for line in lines} == {"2026-12"}
    # Opening hours only where the services say so.
    assert {line.number for line in lines if line.hours} == {
        "0808 2000 247", "1800 341 900", "0800 733 843", "116 016"}
    assert {region.name for region in safety.regions} >= {
        "United States", "Canada", "United Kingdom", "Ireland", "Australia", "New Zealand",
        "Germany"}
    notes = " ".join(line.note for line in lines)
    assert "START to 88788" in notes and "110" in notes  # the table's extra ways in
    elsewhere = safety.region("elsewhere").lines_for("emergency")[0]
    assert "local emergency number" in elsewhere.note


def test_no_shipped_text_links_anywhere() -> None:
    for path in resources_dir().rglob("*.toml"):
        assert not re.search(r"https?://", path.read_text(encoding="utf-8")), path.name


@pytest.mark.parametrize(
    ("loader", "text", "words"),
    [
        (load_feelings, "[[families]]\nid = 'a'\nlabel = 'A'\nfeelings = []\n", "empty"),
        (load_feelings, "[[families]]\nid = 'a'\nlabel = 'A'\nfeelings = [{ id = 'x', "
                        "label = 'X', extra = 1 }]\n", "families[1].feelings[1].extra"),
        (load_feelings, "[[families]]\nid = 'a'\nlabel = 'A'\nfeelings = [{ id = 'x', "
                        "label = 'X' }]\n[[families]]\nid = 'b'\nlabel = 'B'\nfeelings = "
                        "[{ id = 'x', label = 'X' }]\n", "used twice"),
        (load_traps, "[[traps]]\nid = 'a'\nname = 'A'\nexplanation = 'e'\n", "example"),
    ],
)
def test_resource_loaders_name_file_and_field(tmp_path: Path, loader: Callable[[Path], object],
                                              text: str, words: str) -> None:
    path = tmp_path / "data.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResourceFileError) as caught:
        loader(path)
    assert "data.toml" in str(caught.value) and words in str(caught.value)


def safety_file(tmp_path: Path, change: Callable[[str], str] = lambda text: text) -> Path:
    """The shipped safety file, changed by `change`, as data.toml in tmp_path."""
    path = tmp_path / "data.toml"
    path.write_text(change(resource("safety.toml").read_text(encoding="utf-8")),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda t: t.replace('privacy = "', 'secret = "'), "field 'secret': unknown field"),
        (lambda t: t.replace('title = "Safety and support"\n', ""), "field 'title': is missing"),
        (lambda t: t.replace('purpose = "abuse"', 'purpose = "victims"', 1),
         "field 'regions[1].lines[2].purpose': 'victims' is not one of"),
        (lambda t: t.replace('checked = "2026-12"', 'checked = "2026-13"', 1),
         "field 'regions[1].lines[1].checked': '2026-13' is not a date"),
        (lambda t: t.replace('checked = "2026-12"', 'checked = "December"', 1),
         "field 'regions[1].lines[1].checked'"),
        (lambda t: t.replace('number = "988"\n', "", 1), "field 'regions[1].lines[1].number'"),
        (lambda t: t.replace('number = "988"', 'number = "988"\nurl = "x"', 1),
         "field 'regions[1].lines[1].url': unknown field"),
        (lambda t: t.replace('countries = ["US"]', 'countries = ["USA"]'),
         "field 'regions[1].countries[1]'"),
        (lambda t: t.replace('countries = ["CA"]', 'countries = ["US"]'), "used twice"),
        (lambda t: t.replace('id = "elsewhere"', 'id = "rest"'), "needs a region"),
        (lambda t: t.replace("[sections.own_behaviour]", "[sections.own]"),
         "field 'sections.own': unknown section"),
        (lambda t: t.replace('none_here = "Call your local emergency number."\n', ""),
         "field 'sections.emergency.none_here': is missing"),
        (lambda t: t.replace('hours = "24 h"', 'hours = ""', 1), "lines[2].hours"),
        (lambda t: t.replace('not_therapy = "', 'not_therapy = 1 #', 1),
         "field 'not_therapy': must be text"),
        (lambda t: t.replace('number = "911"\npurpose = "emergency"', 'number = "911"\n'
                             'purpose = "crisis"', 1), "field 'regions[1].lines': needs an "
                                                      "emergency line"),
        (lambda t: "title = = 1\n" + t, "not valid TOML"),
    ],
)
def test_the_safety_loader_rejects_damaged_files(tmp_path: Path, change: Callable[[str], str],
                                                  words: str) -> None:
    path = safety_file(tmp_path, change)
    assert path.read_text(encoding="utf-8") != resource("safety.toml").read_text(
        encoding="utf-8")  # the change really happened
    with pytest.raises(ResourceFileError) as caught:
        load_safety(path)
    assert "data.toml" in str(caught.value) and words in str(caught.value)


def test_the_unchanged_safety_file_loads_from_anywhere(tmp_path: Path) -> None:
    assert load_safety(safety_file(tmp_path)) == builtin_safety()


def test_content_the_review_asked_for() -> None:
    shipped = {exercise.id: exercise for exercise in all_exercises()}
    victory = shipped["celebrate_small_victory"]
    kinds = {option.id for option in victory.step("kind").options}
    assert {"reassured_freely", "own_needs", "open_plans", "not_personal"} <= kinds
    pride = victory.step("pride").scale
    assert pride is not None and "not" not in pride.low_label.lower()
    assert "awful" not in victory.step("helped").example  # kind words, not shame
    acceptance = shipped["acknowledge_feelings"].step("acceptance")
    assert "{feelings}" in acceptance.prefill and "{source}" in acceptance.prefill
    root = shipped["get_to_the_root"]
    assert root.index_of("facts") < root.index_of("guesses") < root.index_of("sources")
    sources = {option.id for option in root.step("sources").options}
    assert {"fear_cheated", "unsaid"} <= sources
    assert root.step("mend_how").show_if.any_of == ("here", "both")
    assert root.step("heal_how").show_if.any_of == ("past", "both")
    thought = shipped["challenge_a_thought"]
    assert "?" in thought.step("evidence_against").note
    assert "boundary" in thought.step("balanced").note
