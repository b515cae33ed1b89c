"""The "do this instead" list of the urge timer, read from resources/urge_alternatives.toml.

Plain Python (no Qt), so the shipped file is checked without a window.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from trustjournal.core.content_language import parse_localized, resource_files, resources_root
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, language, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.resources import resource

FILE_NAME = "urge_alternatives.toml"
ACTIONS = frozenset({"write"})  # what an alternative's button may do


class AlternativesError(ValueError):
    """The file can't be used; the message names the file and what is wrong."""


@lazy_dataclass(frozen=True, slots=True)
class Alternative:
    id: str
    title: str
    line: str
    done: str  # the words "what I did instead" gets when this one is ticked
    action: str | None = None


# If the shipped file can't be read, the timer still offers something to do. Unlike the
# file (content, made per language elsewhere), these words live in code, so they are
# translated when the list is read.
FALLBACK = (Alternative("breathe",
                        QT_TRANSLATE_NOOP("UrgeAlternatives", "Breathe slowly with the circle"),
                        QT_TRANSLATE_NOOP("UrgeAlternatives",
                                          "In while it grows, out while it shrinks."),
                        QT_TRANSLATE_NOOP("UrgeAlternatives", "breathed slowly")),)


def fallback() -> tuple[Alternative, ...]:
    """FALLBACK in the current language."""
    return tuple(Alternative(item.id, translate("UrgeAlternatives", item.title),
                             translate("UrgeAlternatives", item.line),
                             translate("UrgeAlternatives", item.done), item.action)
                 for item in FALLBACK)


def load_alternatives(path: Path) -> tuple[Alternative, ...]:
    """The alternatives in the file at path, in its order; AlternativesError if it is
    unreadable, empty, or an item lacks a text or repeats an id."""
    return parse_alternatives(_read(path), path)


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise AlternativesError(f"{path.name} can't be read: {exc}") from None


def parse_alternatives(data: Mapping[str, Any], path: Path) -> tuple[Alternative, ...]:
    """Check and read the parsed alternatives file (path names it in errors)."""
    items = data.get("alternative")
    if not isinstance(items, list) or not items:
        raise AlternativesError(f"{path.name} lists no [[alternative]] items")
    result: list[Alternative] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        where = f"{path.name}, item {number}"
        if not isinstance(item, dict):
            raise AlternativesError(f"{where} is not a table")
        texts = {}
        for key in ("id", "title", "line", "done"):
            value = item.get(key)
            if not isinstance(value, str) or not value.strip():
                raise AlternativesError(f"{where} needs a text for {key!r}")
            texts[key] = value.strip()
        if texts["id"] in seen:
            raise AlternativesError(f"{where} repeats the id {texts['id']!r}")
        seen.add(texts["id"])
        action = item.get("action")
        if action is not None and action not in ACTIONS:
            raise AlternativesError(f"{where} has an unknown action {action!r}")
        unknown = set(item) - {"id", "title", "line", "done", "action"}
        if unknown:
            raise AlternativesError(f"{where} has unknown fields: {', '.join(sorted(unknown))}")
        result.append(Alternative(action=action, **texts))
    return tuple(result)


def builtin_alternatives() -> tuple[Alternative, ...]:
    """The shipped list in the app's language, read once a run per language; the
    fallback if the English file can't be read."""
    return _builtin_alternatives(language(), resources_root())


@cache
def _builtin_alternatives(code: str, root: str) -> tuple[Alternative, ...]:
    del root  # part of the cache key only
    path = resource(FILE_NAME)
    try:
        return parse_localized(_read(path), resource_files(FILE_NAME, code=code),
                               lambda data: parse_alternatives(data, path), code)
    except AlternativesError:
        return fallback()
