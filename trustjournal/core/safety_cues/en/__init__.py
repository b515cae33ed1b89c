"""English cues for the safety check. Pure data; see the package docstring for the names.

Text reaches these patterns lower-cased, with straight apostrophes, single spaces, no
markup, one sentence at a time; a capitalised word that is probably a person's name
arrives as NAME_MARK followed by the word ("Mark" -> "\ue000mark").
"""

from __future__ import annotations

from trustjournal.core.safety_cues.en.free import FREE
from trustjournal.core.safety_cues.en.general import GENERAL_FREE, GENERAL_PARTNER
from trustjournal.core.safety_cues.en.lexicon import GENERAL_TRIGGERS
from trustjournal.core.safety_cues.en.partner import PARTNER
from trustjournal.core.safety_cues.en.slots import NAME_MARK, SLOTS
from trustjournal.core.safety_cues.en.triggers import TRIGGERS
from trustjournal.core.safety_cues.en.words import (
    CLAUSE_WORDS,
    DETERMINERS,
    FIGURATIVE,
    NEGATIONS,
    NOT_NAMES,
)
from trustjournal.core.safety_cues.en.writer import WRITER

__all__ = [
    "CLAUSE_WORDS",
    "DETERMINERS",
    "FIGURATIVE",
    "FREE",
    "GENERAL_FREE",
    "GENERAL_PARTNER",
    "GENERAL_TRIGGERS",
    "NAME_MARK",
    "NEGATIONS",
    "NOT_NAMES",
    "PARTNER",
    "SLOTS",
    "TRIGGERS",
    "WRITER",
]
