"""The shipped exercises, read once a run for every page that names or suggests them
(Today's next step, the timeline's row labels): the files do not change while the app
runs, and reading all of them costs tens of milliseconds each time."""

from __future__ import annotations

from functools import cache

from trustjournal.core.exercises import LoadResult, builtin_exercises
from trustjournal.core.i18n import language


def shipped_exercises() -> LoadResult:
    """The exercises that ship with the app, in its language (read on first use, then
    kept for that language)."""
    return _shipped(language())


@cache
def _shipped(code: str) -> LoadResult:
    return builtin_exercises(code)
