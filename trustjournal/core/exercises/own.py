"""The person's own exercises: stored TOML read with the same loader as the shipped
files, the list the Exercises page offers, and lookups by version.

Storage keeps each saved version's whole TOML text and never parses it; here it becomes
an Exercise. The version number storage gave a row is the one that counts: an entry
records (exercise id, version), and must find the questions it was answered with even
after the exercise was edited or removed. Own ids start with OWN_PREFIX and never equal
a shipped exercise's id, so a shipped exercise can never be shadowed or changed.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import replace
from typing import Any

from trustjournal.core.exercises.loader import exercise_to_dict, parse_exercise
from trustjournal.core.exercises.model import Exercise, ExerciseFileError
from trustjournal.core.exercises.toml_text import to_toml
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.trackers import UserExerciseVersion

OWN_PREFIX = "my_"
MAX_ID = 60  # the loader's limit for ids
MAX_TOML_BYTES = 512 * 1024  # far above any real exercise; a bigger file is not one
# Only shipped exercises may follow up another one: the link needs the app's own wiring.
_OWN_ONLY_KEYS = ("follow_up",)

Lookup = Callable[[str, int | None], UserExerciseVersion | None]


def source_name(exercise_id: str, version: int) -> str:
    """How problems in a stored version name it (there is no file)."""
    return translate("OwnExercises", "your exercise '{exercise}' (version {version})").format(
        exercise=exercise_id, version=version)


def parse_own_toml(text: str, source: str | None = None
                   ) -> tuple[Exercise | None, list[ExerciseFileError]]:
    """Read an own exercise's TOML text with the shipped files' checks, plus the rules
    own exercises add; the exercise, or None and every problem found."""
    source = source if source is not None else translate("OwnExercises", "this file")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_TOML_BYTES:
        kilobytes = MAX_TOML_BYTES // 1024
        return None, [ExerciseFileError(source, translate(
            "OwnExercises", "is too large to be an exercise (more than %Ln KB)", None,
            kilobytes))]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [ExerciseFileError(source, translate(
            "OwnExercises", "is not valid TOML: {error}").format(error=exc))]
    return parse_own_data(data, source)


def parse_own_data(data: Mapping[str, Any], source: str | None = None
                   ) -> tuple[Exercise | None, list[ExerciseFileError]]:
    """Validate exercise data as an own exercise (see parse_own_toml)."""
    source = source if source is not None else translate("OwnExercises", "this exercise")
    exercise, errors = parse_exercise(data, source)
    extra = [ExerciseFileError(source, translate(
                 "OwnExercises", "only the app's own exercises can follow up another exercise; "
                                 "remove this table"), field=key)
             for key in _OWN_ONLY_KEYS if key in data]
    if extra:
        return None, errors + extra
    return exercise, errors


def read_version(stored: UserExerciseVersion
                 ) -> tuple[Exercise | None, list[ExerciseFileError]]:
    """The exercise one stored version holds, with its id and version as storage has
    them (the text's own numbers could differ, e.g. in a hand-edited import)."""
    exercise, errors = parse_own_toml(stored.toml, source_name(stored.exercise_id,
                                                               stored.version))
    if exercise is None:
        return None, errors
    return replace(exercise, id=stored.exercise_id, version=stored.version), errors


def exercise_toml(exercise: Exercise) -> str:
    """The exercise as TOML text that parse_own_toml reads back equal."""
    return to_toml(exercise_to_dict(exercise))


def same_content(one: Exercise, other: Exercise) -> bool:
    """True when two exercises ask the same things the same way (versions aside)."""
    return replace(one, version=0) == replace(other, version=0)


@lazy_dataclass(frozen=True, slots=True)
class Catalogue:
    """What the Exercises page offers: the shipped exercises, then the latest version of
    each own exercise that reads cleanly; the problems of those that don't."""

    builtins: tuple[Exercise, ...]
    own: tuple[Exercise, ...]
    based_on: Mapping[str, str]  # own id -> the shipped exercise it was copied from
    problems: tuple[ExerciseFileError, ...] = ()

    @property
    def exercises(self) -> list[Exercise]:
        """Every exercise offered, shipped ones first."""
        return [*self.builtins, *self.own]

    def get(self, exercise_id: str) -> Exercise | None:
        """The shipped exercise or the latest own version with this id, if any."""
        return next((ex for ex in self.exercises if ex.id == exercise_id), None)

    def is_own(self, exercise_id: str) -> bool:
        """True for an exercise the person built (or copied and adapted)."""
        return any(ex.id == exercise_id for ex in self.own)


def catalogue(builtins: Iterable[Exercise], own: Iterable[UserExerciseVersion]) -> Catalogue:
    """Shipped exercises plus the given latest own versions, each read with the loader;
    an own one that fails to read, or that claims a shipped id, is left out and reported."""
    shipped = tuple(builtins)
    shipped_ids = {ex.id for ex in shipped}
    kept: list[Exercise] = []
    based_on: dict[str, str] = {}
    problems: list[ExerciseFileError] = []
    for stored in own:
        name = source_name(stored.exercise_id, stored.version)
        if stored.exercise_id in shipped_ids:
            problems.append(ExerciseFileError(name, translate(
                "OwnExercises", "has the id of an exercise that comes with the app, so it is "
                                "left out"), field="id"))
            continue
        exercise, errors = read_version(stored)
        problems.extend(errors)
        if exercise is not None:
            kept.append(exercise)
            if stored.based_on:
                based_on[exercise.id] = stored.based_on
    kept.sort(key=lambda ex: (ex.title.casefold(), ex.id))
    return Catalogue(shipped, tuple(kept), based_on, tuple(problems))


def exercise_at(catalogue_: Catalogue, lookup: Lookup, exercise_id: str,
                version: int | None) -> Exercise | None:
    """The exercise an entry was made with: a shipped one by id (they never change), an
    own one at exactly that version (removed ones too), else None."""
    builtin = next((ex for ex in catalogue_.builtins if ex.id == exercise_id), None)
    if builtin is not None:
        return builtin
    stored = lookup(exercise_id, version)
    if stored is None:
        return None
    exercise, _errors = read_version(stored)
    return exercise


def slug(title: str) -> str:
    """Lower-case a-z, 0-9 and _ from a title (accents dropped), '' if nothing is left."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")


def new_own_id(title: str, taken: Collection[str] | Callable[[str], bool]) -> str:
    """A fresh own id from the title ("my_<words>"), never one in `taken` (ids of shipped
    exercises and every own id ever saved, removed ones too)."""
    is_taken = taken if callable(taken) else taken.__contains__
    words = slug(title) or "exercise"
    # "My calm evening" becomes my_calm_evening, not my_my_calm_evening.
    base = (words if words.startswith(OWN_PREFIX) else OWN_PREFIX + words)[:MAX_ID].rstrip("_")
    candidate, number = base, 1
    while is_taken(candidate):
        number += 1
        tail = f"_{number}"
        candidate = base[: MAX_ID - len(tail)].rstrip("_") + tail
    return candidate


def duplicate(exercise: Exercise, new_id: str, title: str | None = None) -> Exercise:
    """A copy of a (shipped) exercise to adapt: a new id, version 1, never core, and no
    follow-up link (only shipped exercises follow others up)."""
    return replace(exercise, id=new_id, version=1, core=False, follow_up=None,
                   title=title or translate("OwnExercises", "{exercise} (my version)").format(
                       exercise=exercise.title))


def import_id(exercise: Exercise, shipped_ids: Collection[str],
              latest: Callable[[str], Exercise | None],
              taken: Callable[[str], bool]) -> tuple[str | None, str | None]:
    """Which id an imported exercise is saved under, and the shipped exercise it is based
    on: its own id when that is free; a fresh one when the id is a shipped exercise's, not
    an own id, or taken by a different own exercise (an import never changes one that is
    already there). (None, None) when the same exercise is already in the list."""
    if exercise.id in shipped_ids or not exercise.id.startswith(OWN_PREFIX):
        based_on = exercise.id if exercise.id in shipped_ids else None
        return new_own_id(exercise.title, taken), based_on
    if not taken(exercise.id):
        return exercise.id, None
    existing = latest(exercise.id)
    if existing is not None and same_content(existing, exercise):
        return None, None
    return new_own_id(exercise.title, taken), None
