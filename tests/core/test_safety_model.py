"""The learned stage of the safety check: its data, its weights file, and what it adds."""

from __future__ import annotations

import collections
import json

import pytest

from tests.core import train_safety_model as trainer
from tests.core.safety_blind import BLIND_B
from tests.core.safety_corpus import EXERCISE_EXAMPLES, ORDINARY
from trustjournal.core import danger, safety_model
from trustjournal.core.danger import Category, Section, find_concerns, sounds_unsafe

HARM = {c.value for c in Category} - {"own_behaviour"}


def _lang() -> danger._Language:
    return danger._language("en")


# -- the training data and the weights file ------------------------------------------------


def test_the_training_data_is_big_labelled_and_split() -> None:
    rows = trainer.tsv_rows()
    labels = collections.Counter(label for _, label in rows)
    assert set(labels) <= HARM | {"none", "own_behaviour"}
    assert sum(labels[c] for c in HARM) >= 1500
    assert labels["none"] >= 1500
    assert min(labels[c] for c in HARM) >= 90, labels
    assert labels["own_behaviour"] >= 60
    sentences = [s for s, _ in rows]
    assert len(set(sentences)) == len(sentences)
    held = trainer.tsv_rows("held")
    assert 0.15 <= len(held) / len(rows) <= 0.25
    # The held-out rows and the blind set never reach the trainer.
    trained = {s for s, _ in trainer.training_data()}
    assert trained.isdisjoint(s for s, _ in held)
    assert trained.isdisjoint(s for s, _ in BLIND_B)


def test_the_shipped_weights_were_trained_on_the_data_in_the_repository() -> None:
    # Edit safety_train.tsv, a corpus or the settings, then run
    # `python -m tests.core.train_safety_model`; this test says when that was forgotten.
    model = safety_model.load()
    assert model.fingerprint == trainer.fingerprint(trainer.training_data())
    assert model.threshold == trainer.HYPER["threshold"]
    assert model.categories == trainer.HARM_CATEGORIES


def test_the_weights_file_is_compact_and_well_formed() -> None:
    path = safety_model.MODEL_PATH
    assert path.stat().st_size < 600_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["category_bias"]) == len(data["categories"]) == len(HARM)
    assert all(len(row) == len(HARM) for row in data["category"].values())
    assert all(feature[0] in "wpbsfgt" for feature in data["harm"])


# -- what the model adds ----------------------------------------------------------------------


def _rates(rows: list[tuple[str, str | None]]) -> tuple[float, float, float, int]:
    harm = [(s, label) for s, label in rows if label not in (None, "none", "own_behaviour")]
    quiet = [s for s, label in rows if label in (None, "none")]
    hits = right = 0
    for sentence, label in harm:
        found = [c for c in find_concerns(sentence) if c.section is not Section.OWN_BEHAVIOUR]
        if found:
            hits += 1
            right += found[0].category.value == label
    alarms = sum(1 for sentence in quiet if find_concerns(sentence))
    return hits / len(harm), alarms / len(quiet), right / max(hits, 1), len(harm)


def test_recall_false_alarms_and_category_on_the_held_out_split() -> None:
    # The "held" rows of safety_train.tsv, which the model never saw. Measured when the
    # model was first trained: 71.1 %, 5.2 %, 94.7 % (the cue tables alone: 57.9 %,
    # 3.7 %, 95.0 %: many of these quiet sentences were written to trip both stages, so
    # false alarms run higher here than on ordinary text); floors a few sentences lower.
    recall, false_alarms, right, count = _rates(trainer.tsv_rows("held"))
    print(f"\nheld-out split: {count} to notice; recall {recall:.1%}, "
          f"false alarms {false_alarms:.1%}, category right {right:.1%}")
    assert count >= 400
    assert recall >= 0.69
    assert false_alarms <= 0.06
    assert right >= 0.93


def test_the_model_finds_phrasings_no_cue_knows() -> None:
    # Sentences of the held-out split the cue tables alone miss, found by the model.
    lang = _lang()
    missed = [(s, label) for s, label in trainer.tsv_rows("held")
              if label in HARM and not danger._find(s, lang, learned=False)]
    found = [s for s, _ in missed if sounds_unsafe(s)]
    assert len(missed) >= 100
    assert len(found) >= len(missed) // 5


@pytest.mark.parametrize("text", [
    "He has never once laid a finger on me.",
    "She would never go through my phone.",
    "He doesn't stop me seeing my friends.",
    "I'm not scared of him, I'm scared of losing him.",
])
def test_negations_stay_quiet(text: str) -> None:
    assert find_concerns(text) == [], text


def test_negation_marks_the_next_words_only_within_their_clause() -> None:
    assert safety_model.tokens("he never hit me but he shoves me") == [
        "PX", "never", "!hit", "!me", "but", "PX", "shoves", "me"]
    assert safety_model.tokens("my fiancée won't let me out") == [
        "my", "PX", "wont", "!let", "!me", "!out"]


def test_a_name_reads_as_the_partner() -> None:
    marked = danger._mark_names("Ravi took it", "ravi took it", _lang())
    assert "wPX" in safety_model.features(marked)
    assert "bPX took" in safety_model.features(marked)


def test_the_model_never_reports_the_writers_own_behaviour() -> None:
    # Own behaviour found by the cues stays the only concern; the model adds nothing.
    for text in ["I read her messages every night while she sleeps.",
                 "I made him give me all his passwords."]:
        assert [c.category for c in find_concerns(text)] == [Category.OWN_BEHAVIOUR], text


def test_a_model_hit_names_words_and_never_the_name_mark() -> None:
    lang = _lang()
    for sentence, label in trainer.tsv_rows("held"):
        if label in HARM and not danger._find(sentence, lang, learned=False):
            concerns = find_concerns(sentence)
            if concerns:
                assert all(c.cue and "\ue000" not in c.cue for c in concerns)
                return
    pytest.fail("no sentence found by the model alone")


def test_the_gate_lets_few_sentences_of_an_ordinary_entry_through() -> None:
    # The full model costs some twenty microseconds a sentence: an ordinary entry must
    # pay it for a small share of its sentences only (see tests/perf).
    model = safety_model.weights()
    sentences = danger._sentences(" ".join(EXERCISE_EXAMPLES + ORDINARY))
    through = [s for s in sentences if safety_model.gate_score(
        set(s.lower().replace(",", " ").split()), model) >= model.gate_threshold]
    assert len(through) <= len(sentences) // 10


def test_harm_in_a_long_entry_is_still_found_by_the_model() -> None:
    lang = _lang()
    found_alone = next(s for s, label in trainer.tsv_rows("held")
                       if label in HARM and not danger._find(s, lang, learned=False)
                       and sounds_unsafe(s))
    calm = " ".join(s for s in ORDINARY if s)
    assert sounds_unsafe(calm + " " + found_alone + " " + calm)
    assert not sounds_unsafe(calm + " " + calm)


def test_results_do_not_depend_on_the_models_word_tables(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The per-word tables are kept across checks and bounded: a cold check, a warm one
    # and one whose tables overflow at every text all agree.
    text = " ".join(s for s, _ in trainer.tsv_rows("held")[:300])
    warm = find_concerns(text)
    monkeypatch.setattr(safety_model, "_gate_weights", {})
    monkeypatch.setattr(safety_model, "_gate_positive", set())
    safety_model._families.clear()
    safety_model.weights().singles.clear()
    assert find_concerns(text) == warm
    monkeypatch.setattr(safety_model, "_KNOWN_WORDS", 5)
    assert find_concerns(text) == warm
    assert len(warm) >= 5
