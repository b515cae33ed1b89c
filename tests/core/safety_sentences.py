"""Every sentence of the safety test corpus, gathered from its modules in a fixed order
(for tests that compare the check's output over all of them)."""

from __future__ import annotations

from tests.core import safety_blind, safety_corpus, safety_corpus_broad, safety_corpus_later

_MODULES = (safety_corpus, safety_corpus_broad, safety_corpus_later, safety_blind)


def corpus_sentences() -> list[str]:
    """Each distinct corpus sentence once, in module and list order."""
    seen: dict[str, None] = {}
    for module in _MODULES:
        for name in sorted(vars(module)):
            value = getattr(module, name)
            if not name.isupper() or not isinstance(value, list):
                continue
            for item in value:
                text = item[0] if isinstance(item, tuple) else item
                if isinstance(text, str) and text:
                    seen.setdefault(text, None)
    return list(seen)
