"""The English corpus of the safety check, as every cue language's corpus is laid out
(tests/core/test_cue_languages.py reads `<lang>_safety.py` for each language in
trustjournal.core.safety_cues.LANGUAGES).

NOTICED: (sentence, the category that must come first); QUIET: sentences that must find
nothing. English keeps its large corpus in tests/core/safety_corpus*.py (with its own,
stricter tests); this file hands it over in the shared shape.
"""

from __future__ import annotations

from tests.core.safety_corpus import OWN, QUIET, TRIGGER
from trustjournal.core.danger import Category

NOTICED: list[tuple[str, Category]] = TRIGGER + [(text, Category.OWN_BEHAVIOUR)
                                                 for text in OWN]
QUIET = list(QUIET)
