"""Own exercises in core: TOML written and read back, the catalogue, versions, new ids,
copies of shipped exercises and where an import goes."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustjournal.core.exercises import builtin_exercises, exercise_to_dict, parse_exercise
from trustjournal.core.exercises.own import (
    OWN_PREFIX,
    catalogue,
    duplicate,
    exercise_at,
    exercise_toml,
    import_id,
    new_own_id,
    parse_own_toml,
    read_version,
    same_content,
    slug,
)
from trustjournal.core.exercises.toml_text import to_toml
from trustjournal.core.trackers import UserExerciseVersion

NOW = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)
SHIPPED = builtin_exercises().exercises

OWN = """\
id = "my_wind_down"
version = 1
title = "Evening wind-down"
why = "A calm close to the day."
audiences = ["both"]
minutes = 5

[[steps]]
id = "good"
kind = "text"
prompt = "What went well today?"

[[steps]]
id = "calm"
kind = "scale"
prompt = "How calm do you feel?"
min = 0
max = 10
low_label = "Not calm"
high_label = "Very calm"
"""


def stored(toml: str = OWN, exercise_id: str = "my_wind_down", version: int = 1,
           based_on: str | None = None) -> UserExerciseVersion:
    return UserExerciseVersion(exercise_id, version, toml, NOW, based_on)


@pytest.mark.parametrize("exercise", SHIPPED, ids=lambda ex: ex.id)
def test_every_shipped_exercise_survives_toml_written_here(exercise) -> None:
    text = exercise_toml(exercise)
    back, errors = parse_exercise(tomllib.loads(text))
    assert errors == []
    assert back == exercise


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_text_is_written_as_a_toml_string_that_reads_back(text: str) -> None:
    data = {"a": text, "list": [text, "x"], "n": -3, "f": False,
            "t": [{"k": text, "inner": {"q": text}}], "table": {"k": text}}
    assert tomllib.loads(to_toml(data)) == data


def test_stored_version_reads_with_storage_numbers() -> None:
    # The text says version 1, storage says 3: storage's number is the one entries keep.
    exercise, errors = read_version(stored(version=3))
    assert errors == []
    assert exercise is not None
    assert (exercise.id, exercise.version) == ("my_wind_down", 3)
    assert [s.prompt for s in exercise.steps] == ["What went well today?",
                                                  "How calm do you feel?"]


def test_malformed_toml_and_loader_problems_are_listed() -> None:
    exercise, errors = parse_own_toml('title = "unfinished', "broken.toml")
    assert exercise is None
    assert "is not valid TOML" in str(errors[0])
    exercise, errors = parse_own_toml(OWN.replace('kind = "scale"', 'kind = "slider"')
                                      .replace('title = "Evening wind-down"', ""), "x.toml")
    assert exercise is None
    reasons = {(e.step_index, e.field): e.reason for e in errors}
    assert reasons[(None, "title")] == "is missing"
    assert reasons[(2, "kind")].startswith("unknown step kind 'slider'")


def test_a_follow_up_link_is_refused_for_own_exercises() -> None:
    text = OWN + '\n[follow_up]\nexercise = "communicate_feelings"\nstep = "x"\nany_of = ["a"]\n'
    exercise, errors = parse_own_toml(text)
    assert exercise is None
    assert any(e.field == "follow_up" for e in errors)


def test_catalogue_lists_shipped_then_own_and_leaves_out_bad_ones() -> None:
    clash = stored(OWN.replace("my_wind_down", "get_to_the_root"), "get_to_the_root")
    broken = stored("nonsense = [", "my_broken", 2)
    result = catalogue(SHIPPED, [stored(based_on="good_moments"), clash, broken])
    assert [ex.id for ex in result.exercises] == [*(ex.id for ex in SHIPPED), "my_wind_down"]
    assert result.get("get_to_the_root") == next(ex for ex in SHIPPED
                                                 if ex.id == "get_to_the_root")
    assert result.is_own("my_wind_down") and not result.is_own("get_to_the_root")
    assert result.based_on == {"my_wind_down": "good_moments"}
    assert sorted(str(p.path) for p in result.problems) == [
        "your exercise 'get_to_the_root' (version 1)", "your exercise 'my_broken' (version 2)"]


def test_exercise_at_finds_the_version_an_entry_was_made_with() -> None:
    v2 = OWN.replace("What went well today?", "What are you grateful for?")
    versions = {1: stored(), 2: stored(v2, version=2)}
    asked: list[tuple[str, int | None]] = []

    def lookup(exercise_id: str, version: int | None) -> UserExerciseVersion | None:
        asked.append((exercise_id, version))
        return versions.get(version or 2) if exercise_id == "my_wind_down" else None

    result = catalogue(SHIPPED, [versions[2]])
    assert result.get("my_wind_down").steps[0].prompt == "What are you grateful for?"
    old = exercise_at(result, lookup, "my_wind_down", 1)
    assert old is not None and old.version == 1
    assert old.steps[0].prompt == "What went well today?"
    assert exercise_at(result, lookup, "my_gone", 1) is None
    shipped = exercise_at(result, lookup, "get_to_the_root", 7)
    assert shipped is not None and shipped.id == "get_to_the_root"
    assert ("get_to_the_root", 7) not in asked  # shipped ones are never looked up


def test_new_ids_are_own_unique_and_valid() -> None:
    taken = {"my_evening_wind_down", "my_evening_wind_down_2", "get_to_the_root"}
    assert new_own_id("Evening wind-down", taken) == "my_evening_wind_down_3"
    assert new_own_id("Évening ☾", set()) == "my_evening"
    assert new_own_id("☾☾", set()) == "my_exercise"
    long = new_own_id("word " * 40, {"my_" + "word_" * 11 + "word"})
    assert len(long) <= 60 and long.startswith(OWN_PREFIX)
    for made in (long, new_own_id("9 lives", set())):
        exercise, errors = parse_own_toml(OWN.replace("my_wind_down", made))
        assert errors == [] and exercise is not None
    assert new_own_id("My calm evening", set()) == "my_calm_evening"  # no my_my_
    assert slug("  Hello, World! ") == "hello_world"


def test_duplicate_of_a_shipped_exercise_is_a_new_own_version_one() -> None:
    original = next(ex for ex in SHIPPED if ex.id == "challenge_a_thought")
    before = exercise_to_dict(original)
    copy = duplicate(original, "my_thought")
    assert (copy.id, copy.version, copy.core) == ("my_thought", 1, False)
    assert copy.steps == original.steps
    assert exercise_to_dict(original) == before
    back, errors = parse_own_toml(exercise_toml(copy))
    assert errors == [] and back == copy


def test_same_content_ignores_only_the_version() -> None:
    exercise, _ = read_version(stored())
    assert same_content(exercise, replace(exercise, version=5))
    assert not same_content(exercise, replace(exercise, title="Other"))


def test_import_id_never_changes_an_existing_exercise() -> None:
    exercise, _ = read_version(stored())
    shipped = {ex.id for ex in SHIPPED}
    mine = {"my_wind_down": exercise}

    def taken(exercise_id: str) -> bool:
        return exercise_id in shipped or exercise_id in mine

    assert import_id(exercise, shipped, mine.get, lambda _id: False) == ("my_wind_down", None)
    assert import_id(exercise, shipped, mine.get, taken) == (None, None)  # already there
    changed = replace(exercise, title="Evening wind-down", minutes=9)
    assert import_id(changed, shipped, mine.get, taken) == ("my_evening_wind_down", None)
    as_shipped = replace(exercise, id="good_moments")
    assert import_id(as_shipped, shipped, mine.get, taken) == ("my_evening_wind_down",
                                                               "good_moments")
    assert import_id(replace(exercise, id="plain"), shipped, mine.get, taken)[0] \
        == "my_evening_wind_down"
