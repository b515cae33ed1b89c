"""The faster safety check finds exactly what the check before it found.

`safety_reference` keeps the steps of the check as they were before they were rewritten
for speed (issue 15); the varied corpus of `safety_variety` (every corpus and training
sentence written several ways, text walked from every cue, long entries) is read by
both, in English, in a language without tables of its own, and in a made-up language
with tables of its own, and every concern, cue and order must agree."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from tests.core import safety_reference, safety_variety
from tests.core.made_up_cues import cue_language
from trustjournal.core import danger, danger_text, safety_cues, safety_patterns
from trustjournal.core.danger import Concern, find_concerns
from trustjournal.core.safety_cues import en


def _differences(texts: list[str], language: str | None = None
                 ) -> list[tuple[str, list[Concern], list[Concern]]]:
    out = []
    for text in texts:
        now = find_concerns(text, language)
        before = safety_reference.find_concerns(text, language)
        if now != before:
            out.append((text, before, now))
    return out


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return safety_variety.corpus()


def test_the_varied_corpus_is_varied(corpus: list[str]) -> None:
    # Enough of it is noticed, in every category, for the comparison to mean something.
    found = [find_concerns(text) for text in corpus[::5]]
    assert sum(1 for concerns in found if concerns) > len(found) // 3
    assert {c.category for concerns in found for c in concerns} == set(danger.Category)
    assert any(len(text) > 5000 for text in corpus)
    assert any("\u2019" in text for text in corpus) and any("<b>" in text for text in corpus)


def test_every_text_of_the_varied_corpus_finds_what_it_found_before(
        corpus: list[str]) -> None:
    assert _differences(corpus) == []


@pytest.mark.parametrize("language", ["en", "de_DE", "pseudo"])
def test_other_app_languages_find_what_they_found_before(corpus: list[str],
                                                         language: str) -> None:
    assert _differences(corpus[::23], language) == []


def test_sentences_are_cut_as_before() -> None:
    texts = [
        "", " ", "...", "a.b", "Hi!!! there?? ok;;; fine\u2026 and \u2013 so \u2014 on",
        " , , leading commas, and trailing ,, ", "tabs\tand\x0bvertical\x0cfeeds\u2028too",
        "line\r\nbreaks\n\n\nmany", "x " * 2000, ("word " * 300 + ". ") * 3,
        "a -- b - c -d e- f", "\u201cquoted\u201d (brackets) [links](x) **bold** _it_",
        "&amp; &lt;b&gt; &#57344; \ue000 private", "It\u2019s \u2018fine\u2019 \u02bcok\u00b4",
        "\u03a3\u039f\u03a3. \u0130i. \u1e9e\u00df",
        "![a picture](p.png) !x [a](b) ![](c) !![d](e) [f]( g) [[h](i)](j) ![k]\n(l)",
    ]
    # Every kind of white space, alone, in runs, beside ends and commas, in ASCII text
    # and beside text outside it.
    for space in [" ", *danger_text._SPACES, "\n", "\r"]:
        for other in ("", "\u00e9", "\U0001f60a"):
            texts += [f"a{space}b", f"{space}a{space * 3}b{space}", f"a{space}.{space}b",
                      f"a ,{space}, b{space}", f"{other}x{space}{space} y ", space * 5]
    for text in texts:
        assert danger_text.sentences(text) == safety_reference.sentences(text), text


def test_the_white_space_list_holds_every_white_space() -> None:
    # sentences() replaces each of these rather than splitting on white space: a
    # character str.split() splits on but missing from the list would stay in the text.
    spaces = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}
    assert set(danger_text._SPACES) == spaces - {" ", "\n", "\r"}
    assert set(danger_text._ASCII_SPACES) == {c for c in danger_text._SPACES if c.isascii()}


def test_names_are_marked_as_before(corpus: list[str]) -> None:
    lang = danger._language("en")
    odd = ["He And Mark", "I Mark", "MARK hit me", "McDonald hit me", "O'Brien hit me",
           "Ann hit me", "A B Cd", "The Ex", "Jos\u00e9 hit me", "\u00c9mile hit me",
           "My Facebook", "I'm Sam", "When Mark left"]
    for raw in [*odd, *corpus[::7]]:
        lowered = raw.lower()
        assert (danger_text.mark_names(raw, lowered, lang)
                == safety_reference.mark_names(raw, lowered, lang)), raw


# A made-up cue language (English words written backwards), to show a language with
# tables of its own reads as before too.
_XX = SimpleNamespace(
    SLOTS={"P": r"(?:eh|ehs|\ue000\w+)", "S": r"{P}", "I": r"(?:i)", "ME": r"(?:em)"},
    PARTNER={"violence": (r"tih {ME}",), "fear": (r"seracs {ME}",)},
    WRITER=(r"tih reh",),
    FREE={"self_harm": (r"eid ot tnaw i",)},
    TRIGGERS={"violence": ("tih",), "fear": ("serac",), "self_harm": ("eid$",),
              "own_behaviour": ("tih",)},
    FIGURATIVE=(r"eid ot gniyd",),
    NEGATIONS=frozenset({"ton"}),
    CLAUSE_WORDS=frozenset({"dna"}),
    NOT_NAMES=en.NOT_NAMES | {"eh", "ehs"},
    DETERMINERS=frozenset({"ym"}),
    NAME_MARK=en.NAME_MARK,
)


@pytest.fixture
def made_up_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with cue_language(monkeypatch, "xx", _XX, safety_reference.old_language) as code:
        yield code


def test_a_language_with_tables_of_its_own_finds_what_it_found_before(
        made_up_language: str, corpus: list[str]) -> None:
    own = ["Eh tih em.", "Eh ton tih em.", "Kram tih em dna seracs em.", "EHS TIH EM",
           "I want to kill myself. Eh tih em.", "eid ot tnaw i", "eid ot gniyd i",
           "Kram seracs em, ton eh."]
    texts = [*own, *safety_variety.variants(own), *corpus[::31]]
    found = [find_concerns(text, made_up_language) for text in own]
    assert all(found[:1]) and not found[1]
    assert _differences(texts, made_up_language) == []


def test_every_cue_pattern_matches_where_it_matched_before(corpus: list[str]) -> None:
    # The cue patterns are rewritten for speed (safety_patterns): each channel, compiled
    # the old way and the new way, finds the same matches in the same places.
    lang = danger._language("en")
    lang.cues.compile_all()
    old = {channel: re.compile(source) for channel, source
           in safety_reference.cue_sources(safety_cues.module("en")).items()}
    assert old.keys() == lang.cues.compiled.keys()
    assert sum(old[c].pattern != lang.cues.compiled[c].pattern for c in old) > len(old) // 2
    sentences = {danger_text.mark_names(raw, raw.lower(), lang)
                 for text in corpus[::6] for raw in danger_text.sentences(text)[:40]}
    changed = [(channel, sentence) for sentence in sentences for channel, pattern in old.items()
               if [(m.start(), m.group(0)) for m in pattern.finditer(sentence)]
               != [(m.start(), m.group(0)) for m in lang.cues[channel].finditer(sentence)]]
    assert changed == []


@pytest.mark.parametrize("cue", [
    r"(?:a|ab|b)c|d", r"(?:ab|a)(?:c|)", r"(?:a|b c)?d", r"(?:it's|i'm|x-y) z",
    r"(?:(?<=^)|(?<=\bc ))(?:ab|b(?:a|c)?)d", r"(?<!c )(?<!d )(?:a|ba)", r"(?:a|b)",
    r"(?:(?<=b)|(?<=c))[ab]", r"(?<=a)b?c", r"(?:a|\w)b", r"a(?:b|c)", r"(?:x|y)*a",
])
def test_a_rewritten_cue_reads_as_before(cue: str) -> None:
    rng = random.Random(cue)
    before = re.compile(r"(?<![\w'])(?:" + cue + r")(?![\w'])")
    after = re.compile(r"(?<![\w'])(?:" + safety_patterns.quick(cue) + r")(?![\w'])")
    for _ in range(3000):
        text = "".join(rng.choice("abcd '-xyz") for _ in range(rng.randint(0, 12)))
        assert ([(m.start(), m.group(0)) for m in before.finditer(text)]
                == [(m.start(), m.group(0)) for m in after.finditer(text)]), (cue, text)


@pytest.mark.parametrize(("text", "expected"), [
    # A channel's first hit is negated: later sentences are still read.
    ("He never hit me. We ate soup. He hit me.", ["violence"]),
    # The first hit is kept; the sentences after it are read for the other categories.
    ("He hit me. I am scared of him. He reads my texts every night.",
     ["violence", "fear", "monitoring"]),
    # A figure of speech is blanked in the sentence where something matched, and the
    # categories after it in that sentence read the blanked text.
    ("I'm dying to see him and he hit me.", ["violence"]),
    ("Nothing here. Nothing there. Still nothing.", []),
])
def test_each_channel_read_across_the_text_finds_what_the_sentence_loop_found(
        text: str, expected: list[str]) -> None:
    # danger._misses tries each channel on all its sentences before the sentence loop;
    # what is found, and its order, is as before.
    long_text = " ".join(["We went for a walk by the river and talked."] * 40 + [text])
    for each in (text, long_text):
        now = find_concerns(each)
        assert now == safety_reference.find_concerns(each)
        assert [c.category.value for c in now] == expected


def test_cues_sorted_by_first_letter_read_as_before() -> None:
    # safety_patterns.alternatives sorts cues by their first letter; random lists of cues
    # of every form it meets (plain words, groups of words, look-behinds first, a "|" of
    # their own, optional groups) match as the plain alternation does.
    forms = [r"ab", r"a b", r"ba", r"b", r"a", r"(?:ab|a|b)c", r"(?:b|ba) a", r"c|ab",
             r"(?<=a )b", r"(?:a )?b", r"\w a", r"a(?:b|c)?", r"(?:ca|cb|a)", r"d(?<=cd)",
             r"(?:a|b)*c", r"a'b", r"(?:a-b|a b) c"]
    rng = random.Random(8)
    for _ in range(300):
        cues = [rng.choice(forms) for _ in range(rng.randint(1, 14))]
        before = re.compile(r"(?<![\w'])(?:" + "|".join(cues) + r")(?![\w'])")
        after = re.compile(r"(?<![\w'])" + safety_patterns.alternatives(cues) + r"(?![\w'])")
        for _ in range(60):
            text = "".join(rng.choice("abcd '-") for _ in range(rng.randint(0, 14)))
            assert ([(m.start(), m.group(0)) for m in before.finditer(text)]
                    == [(m.start(), m.group(0)) for m in after.finditer(text)]), (cues, text)


def test_the_english_channels_are_sorted_by_first_letter() -> None:
    # The speed of the check relies on it: most channels open with one group per letter.
    lang = danger._language("en")
    lang.cues.compile_all()
    letter_groups = re.compile(r"(?:\(\?:|\|)[a-z]\(\?:")
    sorted_channels = [pattern for pattern in lang.cues.compiled.values()
                       if len(letter_groups.findall(pattern.pattern)) >= 3]
    assert len(sorted_channels) >= len(lang.cues.compiled) // 3
