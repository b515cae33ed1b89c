"""The broad second stage of the safety check: what it adds, what it leaves alone."""

from __future__ import annotations

import pytest

from tests.core.safety_corpus import EXERCISE_EXAMPLES, HELD_OUT, HELD_OUT_3, OWN, QUIET, TRIGGER
from tests.core.safety_corpus_broad import (
    FAMILIES,
    FAMILIES_QUIET,
    FRESH_1,
    FRESH_2,
    FRESH_3,
)
from tests.core.test_danger import _rates
from trustjournal.core import danger
from trustjournal.core.danger import Category, find_concerns, first_concern, sounds_unsafe
from trustjournal.core.safety_cues.en import broad

FRESH = FRESH_1 + FRESH_2 + FRESH_3
FRESH_TRIGGER = [(t, c) for t, c in FRESH if c is not None and c is not Category.OWN_BEHAVIOUR]
FRESH_QUIET = [t for t, c in FRESH if c is None]


@pytest.mark.parametrize(("name", "trigger", "quiet"), [
    ("broad families", FAMILIES, FAMILIES_QUIET),
    ("fresh batches", FRESH_TRIGGER, FRESH_QUIET),
])
def test_recall_false_alarms_and_category_accuracy(
        name: str, trigger: list[tuple[str, Category]], quiet: list[str]) -> None:
    # False alarms are counted for what this stage adds: a near miss the phrase cues
    # already flag is theirs to leave alone (the print lists both kinds).
    lang = danger._language("en")
    theirs = [text for text in quiet if danger._find(text, lang, second=False)]
    for text in theirs:
        print(f"  flagged by the phrase cues: {text}")
    quiet = [text for text in quiet if text not in theirs]
    recall, false_alarms, accuracy, problems = _rates(trigger, quiet)
    print(f"\nsafety {name}: {len(trigger)} to notice, {len(quiet)} to leave alone; "
          f"recall {recall:.1%}, false alarms {false_alarms:.1%}, "
          f"category right {accuracy:.1%}")
    for problem in problems:
        print("  " + problem)
    assert recall >= 0.95
    assert false_alarms <= 0.05
    assert accuracy >= 0.90


def test_every_category_has_families_and_nothing_is_repeated() -> None:
    per_category = {c: sum(1 for _, e in FAMILIES if e is c) for c in Category}
    assert per_category.pop(Category.OWN_BEHAVIOUR) == 0
    assert min(per_category.values()) >= 3, per_category
    everything = ([t for t, _ in FAMILIES] + FAMILIES_QUIET + [t for t, _ in FRESH]
                  + [t for t, _ in TRIGGER] + QUIET + OWN
                  + [t for t, _ in HELD_OUT + HELD_OUT_3])
    assert len(set(everything)) == len(everything)


@pytest.mark.parametrize(("text", "category"), [
    ("My whole salary goes into his account.", Category.FINANCIAL),
    ("I have a plan now, and it scares me less than it should.", Category.SELF_HARM),
    ("He deadbolted the door from the outside and went out.", Category.CONFINEMENT),
    ("Her car has been parked across from my flat all week.", Category.STALKING),
])
def test_the_second_stage_finds_what_the_cues_miss(text: str, category: Category) -> None:
    lang = danger._language("en")
    assert danger._find(text, lang, second=False) == {}
    concern = first_concern(text)
    assert concern is not None and concern.category is category, text
    assert sounds_unsafe(text)


def test_a_sentence_the_cues_found_is_not_read_again() -> None:
    # "He hit me" is a literal cue; the second stage would read the same sentence as
    # violence too, but the literal cue's words are the ones kept.
    concerns = find_concerns("He hit me and I got hit again later.")
    assert [c.category for c in concerns] == [Category.VIOLENCE]
    assert concerns[0].cue == "he hit me"


@pytest.mark.parametrize("text", [
    "He never locked me out on the balcony, he'd never do that.",
    "She doesn't keep my passport, I keep it myself.",
    "We both put our wages into his account because mine has fees, which is fine.",
    "He checks his banking app every evening.",
    "I counted my tablets to make sure the pharmacy got it right.",
])
def test_negations_mutual_frames_and_own_things_are_left_alone(text: str) -> None:
    lang = danger._language("en")
    assert danger._find(text, lang) == danger._find(text, lang, second=False), text


def test_the_anchor_prefilter_never_changes_a_result() -> None:
    texts = ([t for t, _ in FAMILIES] + FAMILIES_QUIET + [t for t, _ in FRESH]
             + [t for t, _ in TRIGGER] + QUIET + OWN + EXERCISE_EXAMPLES)
    for text in texts:
        lowered = [s.lower() for s in danger._sentences(text)]
        words = [set(s.replace(",", " ").split()) for s in lowered]
        quick = broad.read(lowered, words, lowered.__getitem__)
        full = broad.read(lowered, words, lowered.__getitem__, prefilter=False)
        assert [found[:2] for found in quick] == [found[:2] for found in full], text
