"""Display names for what the figures count: exercises, thinking traps and answer options.

Taken from the shipped resources (exercise files, thinking_traps.toml), so a reworded
label shows up on the charts at once; an id nobody names is made readable instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import field
from functools import cache
from pathlib import Path

from trustjournal.core.lazy_dataclass import lazy_dataclass

try:
    # What hashlib.blake2b is, without hashlib's import of OpenSSL (milliseconds of a new
    # process's first Progress page; see storage/kept_figures.py).
    from _blake2 import blake2b
except ImportError:  # another Python implementation
    from hashlib import blake2b

from trustjournal.core.exercises.model import OTHER, Exercise
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, language, translate
from trustjournal.core.resources_data import ThinkingTrap

# Words for the "own words" answers, which are counted under the label 'other'
# (translated where they are looked up, context "ProgressNames").
OTHER_NAMES: dict[str, str] = {
    "trap": QT_TRANSLATE_NOOP("ProgressNames", "Traps of my own"),
    "root_source": QT_TRANSLATE_NOOP("ProgressNames", "Something else"),
    "victory_kind": QT_TRANSLATE_NOOP("ProgressNames", "Another kind of win")}
# Short names for the "mostly here / mostly my past" answer, as the share chart shows them.
WHERE_NAMES: dict[str, str] = {
    "here": QT_TRANSLATE_NOOP("ProgressNames", "About here (between us)"),
    "past": QT_TRANSLATE_NOOP("ProgressNames", "About my past"),
    "both": QT_TRANSLATE_NOOP("ProgressNames", "Some of each"),
    "unsure": QT_TRANSLATE_NOOP("ProgressNames", "Not sure yet")}


def scale_label(metric: str) -> str:
    """A check-in question's short label ('felt_trusted' → 'Felt trusted'), from the
    check-in's own definition so the chart and the question use the same words."""
    from trustjournal.core.exercises.checkin import SCALES

    scale = SCALES.get(metric)
    return scale.label if scale is not None else readable(metric)


def readable(item_id: str) -> str:
    """An id as words: 'fear_of_being_left' → 'Fear of being left'."""
    return item_id.replace("_", " ").strip().capitalize() or item_id


@lazy_dataclass(frozen=True)
class Names:
    """Lookups from ids to the words people see."""

    exercises: Mapping[str, str] = field(default_factory=dict)
    traps: Mapping[str, str] = field(default_factory=dict)
    options: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (metric, id)

    def exercise(self, exercise_id: str) -> str:
        """An exercise's title (its id made readable if unknown)."""
        return self.exercises.get(exercise_id) or readable(exercise_id)

    def trap(self, trap_id: str) -> str:
        """A thinking trap's name; traps written in one's own words count as one group."""
        if trap_id == OTHER:
            return translate("ProgressNames", OTHER_NAMES["trap"])
        return self.traps.get(trap_id) or readable(trap_id)

    def option(self, metric: str, option_id: str) -> str:
        """The short label of a picked option (the words before a colon, if any)."""
        if metric == "root_where" and option_id in WHERE_NAMES:
            return translate("ProgressNames", WHERE_NAMES[option_id])
        if option_id == OTHER:
            return translate("ProgressNames", OTHER_NAMES.get(metric, OTHER_NAMES["root_source"]))
        label = self.options.get((metric, option_id))
        return label.split(":")[0].strip() if label else readable(option_id)

    @classmethod
    def of(cls, exercises: Iterable[Exercise], traps: Iterable[ThinkingTrap] = ()) -> Names:
        """Names from exercise definitions (titles, options of steps that feed a metric)."""
        titles: dict[str, str] = {}
        options: dict[tuple[str, str], str] = {}
        for exercise in exercises:
            titles[exercise.id] = exercise.title
            for step in exercise.steps:
                if step.metric:
                    for option in step.options:
                        options.setdefault((step.metric, option.id), option.label)
        return cls(titles, {trap.id: trap.name for trap in traps}, options)


def builtin_names() -> Names:
    """Names from the shipped resources in the app's present language, read once per
    language; unreadable files leave ids readable."""
    from trustjournal.core.content_language import resources_root

    return _names_in(language(), resources_root())


# Keyed by language: one cache for all would keep showing the words of whichever
# language asked first after the app (or a test) switched to another. And by resources
# folder, as the files read are.
@cache
def _names_in(code: str, root: str) -> Names:
    del root  # part of the cache key only
    kept = _from_table(code)
    return kept if kept is not None else read_names(code)


def read_names(code: str) -> Names:
    """Names read from the shipped files themselves in language `code` (what the names
    table, names_table.py, is made from): 16 exercise files parsed, about 14 ms."""
    from trustjournal.core.exercises.loader import builtin_exercises
    from trustjournal.core.resources_data import ResourceFileError, builtin_traps

    try:
        traps: tuple[ThinkingTrap, ...] = builtin_traps()
    except (OSError, ResourceFileError):
        traps = ()
    return Names.of(builtin_exercises(code).exercises, traps)


def names_source() -> list[Path]:
    """The shipped files the English names come from, in the order names_digest reads
    them: every exercise file, then the thinking traps."""
    from trustjournal.core.resources_data import resource_path

    return [*sorted(resource_path("exercises").glob("*.toml")),
            resource_path("thinking_traps.toml")]


def names_digest(files: Iterable[Path]) -> str | None:
    """A digest of the files' names and bytes; None if one cannot be read."""
    digest = blake2b(digest_size=16)
    try:
        for path in files:
            data = path.read_bytes()
            digest.update(f"{path.name}\0{len(data)}\0".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def _from_table(code: str) -> Names | None:
    """The English names from names_table.py when they stand for the files a read would
    read now: the language lays no texts of its own over them (no language files for the
    exercises or traps, not the pseudo-locale) and the files' digest is the table's.
    None otherwise, and the files are read. A new process's first Progress page would
    otherwise parse every exercise file for a few dozen words."""
    from trustjournal.core.content_language import (
        is_pseudo_language,
        language_chain,
        resource_files,
    )
    from trustjournal.core.progress import names_table

    if is_pseudo_language(code):
        return None
    files = names_source()
    folder = files[-1].parent / "exercises"
    if any((folder / lang).exists() for lang in language_chain(code)) or any(
            path.exists() for path in resource_files("thinking_traps.toml", code=code)):
        return None
    if names_digest(files) != names_table.DIGEST:
        return None
    return Names(names_table.EXERCISES, names_table.TRAPS, names_table.OPTIONS)
