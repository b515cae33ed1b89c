"""Language data for the safety check (`trustjournal.core.danger`): one module per language.

Each language module is pure data, read by `danger` and compiled once:

- `SLOTS`: named regex pieces ("{S}" the partner as subject, "{I}" the writer as subject,
  "{ME}" the writer as object, ...) that the cues below refer to by name;
- `PARTNER`: per category, verb phrases that follow the partner as subject ("{S}" is put
  in front of them);
- `WRITER`: verb phrases that follow the writer as subject ("{I}"), for the writer's own
  behaviour;
- `FREE`: per category, whole cues that bring their own subject or need none;
- `TRIGGERS`: per category, word beginnings of which at least one must occur in a
  sentence before its cues are tried (the cheap prefilter; every cue needs one);
- `GENERAL_PARTNER`, `GENERAL_FREE`, `GENERAL_TRIGGERS` (optional): the same three for
  broad cues built from word lists (verbs in every tense with what they act on); they
  have prefilter entries of their own, so a sentence pays for them only when its words
  could complete one;
- `FIGURATIVE`: phrases blanked out before matching ("dying to see him");
- `NEGATIONS`: words that, just before a cue, say it did not happen;
- `CLAUSE_WORDS`: words that start a new clause, so a negation before them is not ours;
- `NOT_NAMES`: capitalised words that are not a person's name;
- `DETERMINERS`: words after which a capitalised word is a thing, not a person.

The second stage (`en.broad`) and the learned model (`en/model.json`) are English only.

A second language is added as a module (or package) `<lang>` here with the same names,
listed in LANGUAGES, plus its own test corpus `tests/core/cue_corpora/<lang>_safety.py`
(see resources/translations/CONTENT.md). When the app's language has tables of its own,
the check reads a text with them AND with every English stage, so choosing a language can
never make the check weaker, and writing that mixes languages is still read; any other
language reads with English's alone.
"""

from __future__ import annotations

from types import ModuleType

from trustjournal.core.content_language import cue_languages, cue_module

LANGUAGES: tuple[str, ...] = ("en",)


def module(code: str) -> ModuleType:
    """The cue module of one language listed in LANGUAGES."""
    return cue_module(__name__, LANGUAGES, code)


def languages_for(code: str | None = None) -> tuple[str, ...]:
    """The cue tables to read for the app language (or `code`): its own, then English."""
    return cue_languages(LANGUAGES, code)
