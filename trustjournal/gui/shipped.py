"""The shipped exercises, read once a run for every page that names or suggests them
(Today's next step, the timeline's row labels): the files do not change while the app
runs, and reading all of them costs tens of milliseconds each time.

Today's next step needs one of them before the journal is usable: `shipped_exercise`
reads only that one's file (about a millisecond) until the whole set has been read,
which the window does once Today is on screen (warm_up.py)."""

from __future__ import annotations

import threading

from trustjournal.core.content_language import is_pseudo_language, language_chain
from trustjournal.core.exercises import Exercise, LoadResult, builtin_exercises
from trustjournal.core.exercises.loader import read_exercise
from trustjournal.core.i18n import language
from trustjournal.core.resources_data import resource_path

_read: dict[str, LoadResult] = {}  # language code: every shipped exercise in it
_lock = threading.Lock()  # the warm-up thread and the GUI thread may both ask


def shipped_exercises() -> LoadResult:
    """The exercises that ship with the app, in its language (read on first use, then
    kept for that language)."""
    code = language()
    with _lock:
        found = _read.get(code)
        if found is None:
            found = _read[code] = builtin_exercises(code)
        return found


def shipped_exercise(exercise_id: str) -> Exercise | None:
    """The shipped exercise with this id, in the app's language; the same answer as
    `shipped_exercises().get(exercise_id)`. Before the whole set has been read, only the
    file named after the id is, unless that exercise depends on the others (a follow-up,
    checked against the one it follows) or the file does not give that exercise cleanly."""
    code = language()
    # No lock to look: the warm-up thread holds it for its whole read, and Today must
    # not wait for that (a dict lookup is atomic; the set is stored once, complete).
    found = _read.get(code)
    if found is None:
        alone = _read_alone(exercise_id, code)
        if alone is not None:
            return alone
    return shipped_exercises().get(exercise_id)


def _read_alone(exercise_id: str, code: str) -> Exercise | None:
    folder = resource_path("exercises")
    path = folder / f"{exercise_id}.toml"
    if not path.is_file():
        return None
    # The texts as builtin_exercises puts them in (load_exercises): the language's
    # files, in the order of its chain, over the English file.
    chain = language_chain(code)
    if chain or is_pseudo_language(code):
        exercise, errors = read_exercise(path, [folder / lang / path.name for lang in chain],
                                         code)
    else:
        exercise, errors = read_exercise(path)
    if errors or exercise is None or exercise.id != exercise_id or exercise.follow_up:
        return None
    return exercise


def forget() -> None:
    """Read the files again on next use (tests that change the language or the files)."""
    with _lock:
        _read.clear()
