"""Offline hints about which thinking traps a thought's wording may fit.

The hints only suggest: the person decides which traps really fit. Each cue is a regular
expression over normalised text (lower case, straight apostrophes, single spaces) with a
weight; a trap's strength is the sum of the weights of its distinct cues that match.
The cues are language data in `trustjournal.core.trap_cues` (English first); this module
holds no words of its own.
"""

from __future__ import annotations

import re
from functools import cache

from trustjournal.core import trap_cues
from trustjournal.core.lazy_dataclass import lazy_dataclass

# The canonical order; ties in strength keep this order.
TRAP_IDS: tuple[str, ...] = (
    "mind_reading",
    "fortune_telling",
    "catastrophising",
    "all_or_nothing",
    "overgeneralising",
    "personalising",
    "emotional_reasoning",
    "labelling",
    "should_statements",
    "mental_filter",
    "discounting_positive",
    "blaming",
    "past_repeats",
    "love_tests",
    "worry_keeps_me_safe",
    "doubting_my_radar",
)

# A cue must stand as whole words: no letter, digit or joined word on either side
# ("should-er" and "alwaysy" are not cues; "'always'" in quotes still is).
_BEFORE = r"(?<!\w)(?<!\w[-'])"
_AFTER = r"(?![-']?\w)"



@cache
def _compiled(trap: str, code: str = "en") -> tuple[tuple[re.Pattern[str], int], ...]:
    # Compiled when a thought is first checked, not when the module loads: the module
    # comes with every exercise (and the window's Today page), most runs never ask.
    return tuple((re.compile(_BEFORE + f"(?:{cue})" + _AFTER), weight)
                 for cue, weight in trap_cues.module(code).CUES.get(trap, ()))


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
                              "`": "'", "\u201c": '"', "\u201d": '"'})
_SPACES = re.compile(r"\s+")


@lazy_dataclass(frozen=True, slots=True)
class TrapHint:
    """One suggested trap, how strongly the wording points to it, and the words that did."""

    trap: str
    strength: int
    cues: tuple[str, ...]


def normalise(text: str) -> str:
    """Lower-case the text, straighten curly quotes and fold runs of spaces."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES).lower()).strip()


def spell_out(plain: str, code: str = "en") -> str:
    """Normalised text with its contractions written in full ("he'll" -> "he will"), by
    the rules of one language's cue tables."""
    for pattern, words in getattr(trap_cues.module(code), "SPELLED_OUT", ()):
        plain = pattern.sub(words, plain)
    return plain


def trap_hints(text: str, language: str | None = None) -> list[TrapHint]:
    """Every trap the wording hints at, strongest first, with the matching words. The cue
    tables are those of the app's language (or `language`) and English's."""
    plain = normalise(text)
    if not plain:
        return []
    codes = trap_cues.languages_for(language)
    full = {code: spell_out(plain, code) for code in codes}
    hints: list[TrapHint] = []
    for trap in TRAP_IDS:
        strength = 0
        cues: list[str] = []
        for code in codes:
            for pattern, weight in _compiled(trap, code):
                match = pattern.search(plain) or pattern.search(full[code])
                if match:
                    strength += weight
                    cues.append(match.group(0))
        if strength:
            hints.append(TrapHint(trap, strength, tuple(cues)))
    order = {trap: i for i, trap in enumerate(TRAP_IDS)}
    hints.sort(key=lambda h: (-h.strength, order[h.trap]))
    return hints


def suggest_traps(text: str, limit: int | None = None, language: str | None = None
                  ) -> list[str]:
    """Trap ids the wording of a thought may fit, strongest first; only ever a suggestion."""
    ids = [hint.trap for hint in trap_hints(text, language)]
    return ids if limit is None else ids[:limit]
