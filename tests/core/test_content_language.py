"""Content files per language: a language file lays its texts over the English file,
missing files and keys fall back to English, a broken language file is left out with a
message naming the file and key, and the pseudo-locale runs every text through pseudo().

The made-up language "xx" (tests/content_language/) is laid over a copy of the shipped
English files in a temp resources folder."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from trustjournal import resources
from trustjournal.core import content_language, i18n
from trustjournal.core.exercises import builtin_exercises, metrics, render_answers
from trustjournal.core.resources_data import (
    ResourceFileError,
    builtin_feelings,
    builtin_privacy_page,
    builtin_safety,
    builtin_traps,
)
from trustjournal.core.today import builtin_today_words
from trustjournal.gui.urges.alternatives import builtin_alternatives

SHIPPED = resources.resources_dir()
TEST_DATA = Path(__file__).resolve().parent.parent / "content_language"
CONTENT = ("feelings.toml", "thinking_traps.toml", "safety.toml", "today.toml",
           "urge_alternatives.toml", "privacy.md")


@pytest.fixture(autouse=True)
def _english_again():
    content_language._problems.clear()
    yield
    i18n.install(None)
    content_language._problems.clear()


@pytest.fixture
def tmp_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources folder holding the shipped English content and the test language."""
    root = tmp_path / "resources"
    root.mkdir()
    for name in CONTENT:
        shutil.copyfile(SHIPPED / name, root / name)
    shutil.copytree(SHIPPED / "exercises", root / "exercises")
    shutil.copytree(TEST_DATA / "xx", root / "xx")
    shutil.copytree(TEST_DATA / "exercises" / "xx", root / "exercises" / "xx")
    monkeypatch.setattr(resources, "resources_dir", lambda: root)
    return root


def english_everything():
    return (builtin_feelings(), builtin_traps(), builtin_safety(), builtin_today_words(),
            builtin_alternatives(), builtin_privacy_page(), builtin_exercises().exercises)


def test_a_language_without_files_shows_english_with_no_problem() -> None:
    english = english_everything()
    i18n.install(None, "de")
    assert english_everything() == english
    assert content_language.problems() == ()


def test_the_test_language_translates_its_keys_and_keeps_english_for_the_rest(
        tmp_resources: Path) -> None:
    i18n.install(None, "xx")
    families = builtin_feelings()
    assert families[0].label == "Yteixna dna raef"
    assert families[0].feelings[0].label == "Suoixna"
    assert families[0].feelings[1].label == "Scared"  # a key the file leaves out
    assert families[1].label == "Anger"  # a family the file leaves out
    traps = builtin_traps()
    assert (traps[0].name, traps[0].example[:6]) == ("Gnidaer dnim", "He wen")
    safety = builtin_safety()
    assert safety.title == "Troppus dna ytefas" and safety.paragraphs[0] == "Enola ton era uoy."
    assert safety.section("emergency").heading == "Won thgir regnad ni era uoy fI"
    assert safety.section("crisis").heading.startswith("If you are thinking")
    elsewhere = safety.region("elsewhere").lines[0]
    assert (elsewhere.note, elsewhere.number, elsewhere.name) == (
        "Rebmun ycnegreme lacol ruoy llac.", "112", "Emergency in the EU")
    words = builtin_today_words()
    assert words.for_reason("fresh", None).title == "Era uoy reverehw trats"
    assert words.for_reason("fresh", None).text.startswith("A few honest lines")
    assert words.for_reason("hard_day", "distrusted").title == "Flesruoy rof moor emos ekam"
    assert words.for_reason("hard_day", None).title == "Go gently today"
    breathe = builtin_alternatives()[0]
    assert (breathe.id, breathe.title, breathe.done) == ("breathe",
                                                         "Elcric eht htiw ylwols ehtaerb",
                                                         "ylwols dehtaerb")
    assert breathe.line.startswith("In while it grows")
    assert builtin_privacy_page().startswith("# Stcetorp lanruoJtsurT tahW")
    assert content_language.problems() == ()


def test_a_translated_exercise_keeps_the_english_structure(tmp_resources: Path) -> None:
    english = builtin_exercises(i18n.ENGLISH).get("acknowledge_feelings")
    i18n.install(None, "xx")
    loaded = builtin_exercises()
    assert loaded.errors == [] and content_language.problems() == ()
    exercise = loaded.get("acknowledge_feelings")
    assert exercise.title == "Sgnileef ym egdelwonkca"
    assert (exercise.id, exercise.version) == (english.id, english.version)
    assert [(s.id, s.kind, s.scale, s.metric) for s in exercise.steps] == [
        (s.id, s.kind, s.scale, s.metric) for s in english.steps]
    steps = {step.id: step for step in exercise.steps}
    assert steps["feelings"].prompt == "Won thgir gnileef uoy era tahW?"
    assert steps["body"].prompt == "Where do you notice it in your body, if anywhere?"
    assert [o.label for o in steps["helps"].options] == [
        "Breathe slowly for a minute", "Klaw a rof oG", "Text a friend",
        "Tell my partner calmly how I feel"]
    assert [o.id for o in steps["helps"].options] == [o.id for o in
                                                        dict((s.id, s) for s in
                                                             english.steps)["helps"].options]
    # Every other exercise has no file in xx and stays English.
    assert loaded.get("good_moments") == builtin_exercises(i18n.ENGLISH).get("good_moments")


def test_an_entry_written_in_english_reads_with_the_questions_in_another_language(
        tmp_resources: Path, journal) -> None:
    english = builtin_exercises(i18n.ENGLISH).get("acknowledge_feelings")
    answers = {"feelings": [{"feeling": "anxious", "intensity": 70}],
               "source": "An old hurt, written in English.", "helps": ["walk"]}
    entry, _ = journal.save_exercise_entry(
        exercise_id=english.id, exercise_version=english.version, title="Feelings",
        body=render_answers(english, answers), answers=answers,
        metrics=metrics(english, answers))
    i18n.install(None, "xx")
    stored = journal.get_entry(entry.uuid)
    exercise = builtin_exercises().get(stored.exercise_id)
    assert exercise.version == stored.exercise_version
    shown = render_answers(exercise, journal.exercise_answers(entry.uuid),
                           feeling_names={"anxious": "Suoixna"})
    assert "### Leef I tahW" in shown and "### Morf semoc ti erehW" in shown
    assert "What I feel" not in shown
    assert "An old hurt, written in English." in shown
    assert "Suoixna" in shown and "Klaw a rof oG" in shown


@pytest.mark.parametrize(("name", "text", "key", "reason"), [
    ("feelings.toml", '[families.fear]\nlable = "X"\n', "families.fear.lable",
     "unknown key"),
    ("feelings.toml", "[families.fear]\nlabel = 3\n", "families.fear.label",
     "must be text, not a number"),
    ("feelings.toml", '[families.fear.feelings.brave]\nlabel = "X"\n',
     "families.fear.feelings.brave", "no item with this id"),
    ("feelings.toml", '[families.fear]\nid = "fright"\n', "families.fear.id",
     "is not translated"),
    ("feelings.toml", '[families.fear]\nlabel = " "\n', "families.fear.label",
     "must not be empty"),
    ("safety.toml", '[regions.elsewhere.lines.1]\nnumber = "999"\n',
     "regions.elsewhere.lines.1.number", "is not translated"),
    ("safety.toml", 'paragraphs = ["One"]\n', "paragraphs", "must be a list of 3 texts"),
    ("today.toml", '[suggestion.fresh]\ntitle = ["X"]\n', "suggestion.fresh.title",
     "must be text, not a list"),
    ("urge_alternatives.toml", '[alternative.write]\naction = "open"\n',
     "alternative.write.action", "is not translated"),
    ("thinking_traps.toml", "traps = 1\n", "traps", "must be a table of items by id"),
    ("thinking_traps.toml", "[traps\n", None, "is not valid TOML"),
])
def test_a_broken_language_file_names_file_and_key_and_english_is_shown(
        tmp_resources: Path, caplog: pytest.LogCaptureFixture, name: str, text: str,
        key: str | None, reason: str) -> None:
    english = english_everything()
    (tmp_resources / "xx" / name).write_text(text, encoding="utf-8")
    i18n.install(None, "xx")
    with caplog.at_level(logging.WARNING):
        shown = english_everything()
    index = ("feelings.toml", "thinking_traps.toml", "safety.toml", "today.toml",
             "urge_alternatives.toml").index(name)
    assert shown[index] == english[index]  # the whole file falls back to English
    [problem] = content_language.problems()
    assert str(tmp_resources / "xx" / name) in problem and reason in problem
    if key is not None:
        assert f"key '{key}'" in problem
    assert problem in caplog.text


@pytest.mark.parametrize(("text", "key", "reason"), [
    ('[steps.feelings]\nkind = "text"\n', "steps.feelings.kind", "is not translated"),
    ("version = 3\n", "version", "is not translated"),
    ('[steps.helps.options.walk]\nsafety = true\n', "steps.helps.options.walk.safety",
     "is not translated"),
    ('[steps.helps.options.run]\nlabel = "Nur"\n', "steps.helps.options.run",
     "no item with this id"),
    ('[steps.breathing]\nprompt = "X"\n', "steps.breathing", "no item with this id"),
    ('[steps.feelings.variants.strangers]\nprompt = "X"\n',
     "steps.feelings.variants", "unknown key"),
    ('[steps.feelings]\noptional = true\n', "steps.feelings.optional", "is not translated"),
    ('[steps.acceptance]\nprefill = "{feeling} leef I."\n', "steps.acceptance.prefill",
     "same placeholders as the English text ({feelings}, {source})"),
    ('[steps.acceptance]\nprefill = "{feelings} {source} {"\n', None,
     "fail the file's checks"),
])
def test_a_broken_exercise_translation_is_reported_and_english_used(
        tmp_resources: Path, text: str, key: str | None, reason: str) -> None:
    english = builtin_exercises(i18n.ENGLISH)
    path = tmp_resources / "exercises" / "xx" / "acknowledge_feelings.toml"
    path.write_text(text, encoding="utf-8")
    i18n.install(None, "xx")
    loaded = builtin_exercises()
    assert loaded.errors == [] and loaded.exercises == english.exercises
    [problem] = content_language.problems()
    assert str(path) in problem and reason in problem
    if key is not None:
        assert f"key '{key}'" in problem


def test_a_broken_english_file_is_still_an_error(tmp_resources: Path) -> None:
    (tmp_resources / "feelings.toml").write_text("families = 1\n", encoding="utf-8")
    i18n.install(None, "xx")
    with pytest.raises(ResourceFileError, match=r"feelings\.toml"):
        builtin_feelings()
    (tmp_resources / "exercises" / "good_moments.toml").write_text("id = 1\n", "utf-8")
    assert any(error.path.name == "good_moments.toml" for error in builtin_exercises().errors)


def test_a_regional_language_falls_back_to_its_language_then_english(
        tmp_resources: Path) -> None:
    region = tmp_resources / "xx_YY"
    region.mkdir()
    (region / "thinking_traps.toml").write_text('[traps.mind_reading]\nname = "Regional"\n',
                                                encoding="utf-8")
    i18n.install(None, "xx_YY")
    trap = builtin_traps()[0]
    assert (trap.name, trap.explanation) == ("Regional", "Erus gnileef uoy wonk tahw "
                                                         "enoemos skniht.")
    assert builtin_feelings()[0].label == "Yteixna dna raef"
    assert content_language.language_chain("pt_BR.UTF-8") == ("pt", "pt_BR")
    assert content_language.language_chain("en_GB") == ("en_GB",)
    assert content_language.language_chain("en") == ()


def test_the_pseudo_locale_changes_every_text_and_no_id_or_number() -> None:
    english_safety = builtin_safety()
    english_exercise = builtin_exercises(i18n.ENGLISH).get("boundaries_expectations")
    i18n.install(None, i18n.PSEUDO)
    texts = [f.label for family in builtin_feelings() for f in (family, *family.feelings)]
    texts += [t for trap in builtin_traps() for t in (trap.name, trap.explanation,
                                                      trap.example)]
    safety = builtin_safety()
    texts += [safety.title, safety.not_therapy, safety.privacy, *safety.paragraphs]
    texts += [line.name for region in safety.regions for line in region.lines]
    texts += [region.name for region in safety.regions]
    words = builtin_today_words()
    texts += [w.title for variants in words.reasons.values() for w in variants.values()]
    texts += [a.line for a in builtin_alternatives()]
    exercise = builtin_exercises().get("boundaries_expectations")
    texts += [exercise.title, exercise.why]
    texts += [s.prompt for s in exercise.steps]
    texts += [o.label for s in exercise.steps for o in s.options]
    texts += [o.hint for s in exercise.steps for o in s.options if o.hint]
    assert all(i18n.is_pseudo(text) for text in texts), [
        t for t in texts if not i18n.is_pseudo(t)]
    assert [(line.number, line.purpose, line.checked) for r in safety.regions
            for line in r.lines] == [(line.number, line.purpose, line.checked)
                                     for r in english_safety.regions for line in r.lines]
    assert [(o.id, o.safety) for s in exercise.steps for o in s.options] == [
        (o.id, o.safety) for s in english_exercise.steps for o in s.options]
    assert content_language.problems() == ()


def test_the_pseudo_privacy_page_keeps_its_markdown() -> None:
    english = builtin_privacy_page()
    i18n.install(None, i18n.PSEUDO)
    page = builtin_privacy_page()
    lines = [line for line in page.splitlines() if line.strip()]
    assert all(i18n.is_pseudo(line) for line in lines)
    assert [line.split("[")[0] for line in lines] == [
        line[:len(line) - len(line.lstrip(" #->0123456789."))]
        for line in english.splitlines() if line.strip()]
    assert "`Ctrl+Shift+L`" in page
