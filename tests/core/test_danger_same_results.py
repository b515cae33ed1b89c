"""The speed-ups of the safety check change no result.

safety_baseline.json holds what `find_concerns` returned, before the check was made
faster, for every corpus sentence alone and for the corpus read as long entries of 40
sentences each (so sentences meet the per-text prefilter and broad stage together). To
refresh it after a deliberate change of the cues, run this module as a script."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.core.safety_sentences import corpus_sentences
from trustjournal.core import danger
from trustjournal.core.safety_cues.en import broad

BASELINE = Path(__file__).with_name("safety_baseline.json")
CHUNK = 40


def _concerns(text: str) -> list[list[str]]:
    return [[c.category.value, c.cue] for c in danger.find_concerns(text)]


def _current() -> dict[str, list]:
    sentences = corpus_sentences()
    return {
        "sentences": [[text, _concerns(text)] for text in sentences],
        "joined": [_concerns(" ".join(sentences[i:i + CHUNK]))
                   for i in range(0, len(sentences), CHUNK)],
    }


def _baseline() -> dict[str, list]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def test_every_corpus_sentence_finds_what_it_found_before() -> None:
    expected = _baseline()["sentences"]
    current = _current()["sentences"]
    assert [text for text, _ in current] == [text for text, _ in expected]
    changed = [(text, was, now) for (text, was), (_, now) in zip(expected, current,
                                                                   strict=True) if was != now]
    assert changed == []
    # The baseline is not empty or trivially quiet: most sentences find something.
    assert sum(1 for _, found in expected if found) > len(expected) // 2


def test_the_corpus_read_as_long_entries_finds_what_it_found_before() -> None:
    assert _current()["joined"] == _baseline()["joined"]


def test_results_do_not_depend_on_the_word_caches() -> None:
    # The per-word lookups are kept across checks: a cold and a warm check agree.
    text = " ".join(corpus_sentences()[:200])
    danger._language("en").seen_words.clear()
    broad._word_bits.clear()
    cold = _concerns(text)
    assert cold == _concerns(text)
    assert danger._language("en").seen_words and broad._word_bits


if __name__ == "__main__":
    BASELINE.write_text(json.dumps(_current(), indent=0, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    sys.exit(0)
