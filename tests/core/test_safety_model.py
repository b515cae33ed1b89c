"""The learned stage of the safety check: its data, its weights file, and what it adds."""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
from pathlib import Path

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
    # false alarms run higher here than on ordinary text). The split then grew by 260
    # sentences, mostly indirect self-harm and sexual coercion, many of them ambiguous
    # between two categories; the model before that growth scored 65.3 %, 5.5 %, 93.3 %
    # on the grown split, the one trained with it 71.8 %, 5.5 %, 92.5 %; with the new
    # figures of speech and cues 74.0 %, 4.6 %, 92.8 %. Floors a few sentences lower.
    recall, false_alarms, right, count = _rates(trainer.tsv_rows("held"))
    print(f"\nheld-out split: {count} to notice; recall {recall:.1%}, "
          f"false alarms {false_alarms:.1%}, category right {right:.1%}")
    assert count >= 400
    assert recall >= 0.72
    assert false_alarms <= 0.055
    assert right >= 0.915


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


def test_self_harm_needs_a_lower_score_than_other_harm() -> None:
    # Between the two thresholds a sentence is a hit only when its category is self-harm.
    model = safety_model.weights()
    assert model.self_harm_threshold < model.threshold
    lang = _lang()
    between = []
    for sentence, label in trainer.tsv_rows("held"):
        prepared = lang.figurative.sub(" ~ ", danger._mark_names(
            sentence, sentence.lower(), lang))
        found = safety_model.features(prepared)
        score = model.harm_score(found)
        if model.self_harm_threshold < score <= model.threshold and len(
                danger._sentences(sentence)) == 1:
            between.append((prepared, model.best_category(found), label))
    judged = [(safety_model.judge(p, model), category) for p, category, _ in between]
    assert any(verdict and category == "self_harm" for verdict, category in judged)
    assert any(category != "self_harm" for _, category in judged)
    for verdict, category in judged:
        assert (verdict is not None) == (category == "self_harm")
    # and the self-harm sentences among them are mostly what was labelled so
    found = [label for (verdict, _), (_, _, label) in zip(judged, between, strict=True)
             if verdict]
    assert sum(label == "self_harm" for label in found) >= 0.7 * len(found)


@pytest.mark.parametrize("text", [
    "i have nobody left now except him",
    "everything I loved is gone because of his moods",
    "i have literally nobody left except him",
    "there is nobody now but him",
])
def test_him_or_his_keeps_the_model_from_calling_it_self_harm(text: str) -> None:
    # "him" and "his" are read only in pairs; they still put the partner in the sentence.
    prepared = danger._mark_names(text, text.lower(), _lang())
    assert safety_model.weights().best_category(safety_model.features(prepared)) != "self_harm"


# -- the same words always get the same answer ---------------------------------------------

# Sentences whose sums sit exactly on a line, where the order a set of words or
# features was added up in (it changes with PYTHONHASHSEED) used to decide the answer.
# The gate's words of this one add up exactly to its bar: with float weights it was
# found (self-harm) under some hash seeds and missed under others (3 and 4).
_AT_THE_GATE = "i keep thinking about exits, and not the kind with a door then"
# Two categories tie exactly here: monitoring or isolation by the hash seed (2 gave
# isolation). A tie goes to the more urgent category.
_CATEGORY_TIE = ("She goes through my contacts and deletes anyone she doesn't like, "
                 "I've lost touch with everyone always though")
# Found by the same search (a sentence only the model finds, with words added until its
# gate words add up to the bar): each was missed under some hash seeds.
_MORE_AT_THE_GATE = [
    "Nothing matters, I just want it over antidepressants kart",
    "I slammed my head against the wall over and over antidepressants had",
    "I tried to hang myself once acid were",
    "It would be so easy to drive into the wall on the motorway his saying",
]

# Runs in a fresh interpreter: every concern of each text, and for each sentence every
# score and choice of the model (as repr, so a difference in the last bit shows).
_READ_UNDER_A_SEED = """
import json, sys
from trustjournal.core import danger, safety_model
lang = danger._language("en")
model = safety_model.weights()
out = []
for text in json.load(sys.stdin):
    sentences = []
    for raw in danger._sentences(text):
        low = raw.lower()
        marked = danger._mark_names(raw, low, lang)
        prepared = lang.figurative.sub(" ~ ", marked)
        found = safety_model.features(prepared)
        sentences.append([
            repr(safety_model.gate_score(set(low.replace(",", " ").split()), model)),
            repr(model.quick_score(safety_model.tokens(safety_model._names_as_partner(marked)))),
            repr(model.harm_score(found)),
            model.best_category(found),
            model.strongest(found),
            safety_model.judge(prepared, model),
        ])
    concerns = [[c.category.value, c.cue] for c in danger.find_concerns(text)]
    out.append([concerns, sentences])
json.dump(out, sys.stdout)
"""


def _read_under_seeds(texts: list[str], seeds: list[str]) -> dict[str, list]:  # type: ignore[type-arg]
    env = dict(os.environ)
    runs = {}
    for seed in seeds:
        env["PYTHONHASHSEED"] = seed
        runs[seed] = subprocess.Popen(
            [sys.executable, "-c", _READ_UNDER_A_SEED], env=dict(env), text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    results = {}
    for seed, run in runs.items():
        out, err = run.communicate(json.dumps(texts))
        assert run.returncode == 0, err
        results[seed] = json.loads(out)
    return results


def test_the_same_words_get_the_same_answer_under_any_hash_seed() -> None:
    held = [s for s, _ in trainer.tsv_rows("held")][::3]
    texts = ([_AT_THE_GATE, _CATEGORY_TIE, *_MORE_AT_THE_GATE]
             + held + [" ".join(held[i:i + 40]) for i in range(0, len(held), 40)])
    seeds = ["0", "1", "2", "3", "4", "12345", "random"]
    results = _read_under_seeds(texts, seeds)
    for seed in seeds[1:]:
        differ = [text for text, a, b in zip(texts, results["0"], results[seed], strict=True)
                  if a != b]
        assert differ == [], f"PYTHONHASHSEED={seed}: {len(differ)} texts read otherwise"
    concerns = [concerns for concerns, _ in results["0"]]
    assert concerns[0] == [["self_harm", "thinking about"]]
    assert concerns[1] == [["monitoring", "through my"]]
    assert all(found and found[0][0] == "self_harm" for found in concerns[2:5])
    # and the comparison means something: many texts found, every sentence scored
    assert sum(1 for found in concerns if found) > len(held) // 3
    assert all(sentences for _, sentences in results["0"])


def test_a_sentence_whose_gate_words_add_up_to_the_bar_passes_it() -> None:
    model = safety_model.weights()
    words = set(_AT_THE_GATE.replace(",", " ").split())
    assert safety_model.gate_score(words, model) == model.gate_threshold
    assert [c.category for c in find_concerns(_AT_THE_GATE)] == [Category.SELF_HARM]


@pytest.mark.parametrize("where", ["harm", "gate_threshold"])
def test_a_weights_file_with_finer_weights_is_refused(tmp_path: Path, where: str) -> None:
    # Held in thousandths, a fourth decimal would be lost without a word; the gate's bar
    # is compared in thousandths too, so it is refused as the file loads, not mid-check.
    data = json.loads(safety_model.MODEL_PATH.read_text(encoding="utf-8"))
    if where == "harm":
        data["harm"]["wslapped"] = 0.1234
    else:
        data["gate_threshold"] = 1.3291
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="three decimals"):
        safety_model.load(path)
