"""Language data for the thinking-trap hints (`trustjournal.core.traps`): one module per
language, English first.

Each language module is pure data:

- `CUES`: per trap id (see traps.TRAP_IDS), (regular expression, weight) pairs over
  normalised text (lower case, straight apostrophes, single spaces); a trap's strength
  is the sum of the weights of its distinct cues that match;
- `SPELLED_OUT` (optional): (compiled pattern, replacement) pairs that write the
  language's contractions in full, so a cue written once fits both spellings.

A second language is added as a module `<lang>.py` here with the same names, listed in
LANGUAGES, plus its own test corpus `tests/core/cue_corpora/<lang>_traps.py` (see
resources/translations/CONTENT.md). The hints for an app language with its own tables use
those and English's (people mix languages); any other language uses English's.
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
