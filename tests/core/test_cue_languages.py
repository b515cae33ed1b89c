"""Text rules per language: each cue language of the safety check and of the trap hints
has its own corpus file in tests/core/cue_corpora/, and choosing a language never makes
the safety check weaker (its own tables run beside English's, never instead)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.core.made_up_cues import cue_language
from trustjournal.core import safety_cues, trap_cues
from trustjournal.core.danger import Category, find_concerns, first_concern
from trustjournal.core.safety_cues import en
from trustjournal.core.traps import TRAP_IDS, suggest_traps

CORPORA = Path(__file__).resolve().parent / "cue_corpora"


def corpus(language: str, kind: str):  # type: ignore[no-untyped-def]
    return importlib.import_module(f"tests.core.cue_corpora.{language}_{kind}")


@pytest.mark.parametrize("package", [safety_cues, trap_cues], ids=["safety", "traps"])
def test_every_cue_language_is_listed_english_first_with_its_own_corpus(package) -> None:
    found = {info.name for info in pkgutil.iter_modules(package.__path__)}
    assert package.LANGUAGES[0] == "en"
    assert found == set(package.LANGUAGES)
    kind = "safety" if package is safety_cues else "traps"
    for language in package.LANGUAGES:
        assert (CORPORA / f"{language}_{kind}.py").is_file(), language


@pytest.mark.parametrize("language", safety_cues.LANGUAGES)
def test_each_safety_language_names_real_categories(language: str) -> None:
    module = safety_cues.module(language)
    values = {c.value for c in Category}
    assert set(module.PARTNER) <= values and set(module.FREE) <= values
    assert set(module.TRIGGERS) <= values
    for entries in module.TRIGGERS.values():
        for entry in entries:
            assert re.fullmatch(r"[\w'$/|+-]+", entry), entry


@pytest.mark.parametrize("language", safety_cues.LANGUAGES)
def test_each_safety_language_reads_its_own_corpus(language: str) -> None:
    sentences = corpus(language, "safety")
    missed = [(text, wanted) for text, wanted in sentences.NOTICED
              if (got := first_concern(text, language)) is None or got.category != wanted]
    alarms = [text for text in sentences.QUIET if find_concerns(text, language)]
    assert len(sentences.NOTICED) >= 10 and len(sentences.QUIET) >= 10
    # English's own suite measures recall; here every language must keep what it had.
    assert len(missed) <= len(sentences.NOTICED) // 20, missed[:5]
    assert len(alarms) <= len(sentences.QUIET) // 20, alarms[:5]


@pytest.mark.parametrize("language", trap_cues.LANGUAGES)
def test_each_trap_language_reads_its_own_corpus(language: str) -> None:
    module = trap_cues.module(language)
    assert set(module.CUES) <= set(TRAP_IDS)
    thoughts = corpus(language, "traps")
    for text, trap in thoughts.FIRST:
        assert suggest_traps(text, 1, language) == [trap], text
    for text in thoughts.NONE:
        assert suggest_traps(text, language=language) == [], text


@pytest.mark.parametrize("language", ["en", "de", "pt_BR", "en_XA"])
def test_a_language_without_tables_of_its_own_reads_exactly_like_english(
        language: str) -> None:
    assert safety_cues.languages_for(language) == ("en",)
    assert trap_cues.languages_for(language) == ("en",)
    sentences = corpus("en", "safety")
    for text, _ in sentences.NOTICED[::7]:
        assert find_concerns(text, language) == find_concerns(text, "en"), text


# A made-up cue language, English words written backwards, to show what a language with
# tables of its own gets: its sentences read, and English still read beside them.
_XX = SimpleNamespace(
    SLOTS={"P": r"(?:eh|ehs)", "S": r"{P}", "I": r"(?:i)", "ME": r"(?:em)"},
    PARTNER={"violence": (r"tih {ME}",)},
    WRITER=(r"tih reh",),
    FREE={"self_harm": (r"eid ot tnaw i",)},
    TRIGGERS={"violence": ("tih",), "self_harm": ("eid$",), "own_behaviour": ("tih",)},
    FIGURATIVE=(r"eid ot gniyd",),
    NEGATIONS=frozenset({"ton"}),
    CLAUSE_WORDS=frozenset({"dna"}),
    NOT_NAMES=en.NOT_NAMES,
    DETERMINERS=frozenset({"ym"}),
    NAME_MARK=en.NAME_MARK,
)


@pytest.fixture
def made_up_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with cue_language(monkeypatch, "xx", _XX) as code:
        yield code


def test_a_language_with_its_own_tables_also_reads_english(made_up_language: str) -> None:
    assert safety_cues.languages_for("xx_YY") == ("xx", "en")
    assert [c.category for c in find_concerns("Eh tih em.", "xx")] == [Category.VIOLENCE]
    assert find_concerns("Eh tih em.", "en") == []
    assert find_concerns("Eh ton tih em.", "xx") == []
    # Mixed writing: the English sentence is found beside the made-up one.
    found = find_concerns("I want to kill myself. Eh tih em.", "xx")
    assert [c.category for c in found] == [Category.SELF_HARM, Category.VIOLENCE]
    # Never weaker than English, whatever it is asked to read.
    for text, _ in corpus("en", "safety").NOTICED[::5]:
        english = {c.category for c in find_concerns(text, "en")}
        assert english <= {c.category for c in find_concerns(text, "xx")}, text
