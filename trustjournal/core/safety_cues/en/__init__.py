"""English cues for the safety check. Pure data; see the package docstring for the names.

Text reaches these patterns lower-cased, with straight apostrophes, single spaces, no
markup, one sentence at a time; a capitalised word that is probably a person's name
arrives as NAME_MARK followed by the word ("Mark" -> "\ue000mark").
"""

from __future__ import annotations

from trustjournal.core.safety_cues.en.free import FREE as _FREE
from trustjournal.core.safety_cues.en.general import GENERAL_FREE, GENERAL_PARTNER
from trustjournal.core.safety_cues.en.lexicon import GENERAL_TRIGGERS
from trustjournal.core.safety_cues.en.partner import PARTNER as _PARTNER
from trustjournal.core.safety_cues.en.slots import NAME_MARK, SLOTS
from trustjournal.core.safety_cues.en.triggers import TRIGGERS as _TRIGGERS
from trustjournal.core.safety_cues.en.words import (
    CLAUSE_WORDS,
    DETERMINERS,
    FIGURATIVE,
    NEGATIONS,
    NOT_NAMES,
)
from trustjournal.core.safety_cues.en.writer import WRITER

# The phrase cues first, then the broad ones built from word lists.
PARTNER = {key: cues + GENERAL_PARTNER.get(key, ()) for key, cues in _PARTNER.items()}
TRIGGERS = {key: entries + GENERAL_TRIGGERS.get(key, ()) for key, entries in _TRIGGERS.items()}
FREE = {key: cues + GENERAL_FREE.get(key, ()) for key, cues in _FREE.items()}

__all__ = [
    "CLAUSE_WORDS",
    "DETERMINERS",
    "FIGURATIVE",
    "FREE",
    "NAME_MARK",
    "NEGATIONS",
    "NOT_NAMES",
    "PARTNER",
    "SLOTS",
    "TRIGGERS",
    "WRITER",
]
