"""A made-up app language with cue tables of its own, for tests of the safety check."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from trustjournal.core import danger, safety_cues


@contextmanager
def cue_language(monkeypatch: pytest.MonkeyPatch, code: str, tables: Any,
                 *caches: Callable[..., Any]) -> Iterator[str]:
    """`code` offered beside English, its cue module being `tables`; the compiled
    languages (danger's, and any other `caches`) are forgotten before and after."""
    monkeypatch.setattr(safety_cues, "LANGUAGES", ("en", code))
    real_module = safety_cues.module
    monkeypatch.setattr(safety_cues, "module",
                        lambda asked: tables if asked == code else real_module(asked))
    forget = (danger._language, *caches)
    for cache in forget:
        cache.cache_clear()  # type: ignore[attr-defined]
    try:
        yield code
    finally:
        for cache in forget:
            cache.cache_clear()  # type: ignore[attr-defined]
