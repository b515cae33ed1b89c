"""The feelings vocabulary, the thinking traps and the safety panel text, read from TOML.

Each loader takes a file path (so tests can point at temp files) and checks the file
strictly: unknown keys, missing fields and duplicate ids raise ResourceFileError naming the
file and the field. The builtin_* helpers read the files shipped in resources/.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_ID = re.compile(r"[a-z][a-z0-9_]{0,59}")


class ResourceFileError(ValueError):
    """A problem in a resource file, naming the file and the field."""

    def __init__(self, path: Path | str, reason: str, field: str | None = None) -> None:
        self.path, self.reason, self.field = Path(path), reason, field
        where = f"{self.path}, field '{field}'" if field else str(self.path)
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class Feeling:
    """One word of the feelings vocabulary."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class FeelingFamily:
    """Feelings that belong together, e.g. fear and anxiety."""

    id: str
    label: str
    feelings: tuple[Feeling, ...]


@dataclass(frozen=True, slots=True)
class ThinkingTrap:
    """A thinking trap with a plain explanation and an example from a relationship."""

    id: str
    name: str
    explanation: str
    example: str


@dataclass(frozen=True, slots=True)
class SafetyResource:
    """Somewhere to turn: a name, how to reach it (may be empty) and a short note."""

    name: str
    contact: str
    note: str


@dataclass(frozen=True, slots=True)
class SafetyInfo:
    """The safety panel: a title, paragraphs of text, resources and a privacy note."""

    title: str
    paragraphs: tuple[str, ...]
    resources: tuple[SafetyResource, ...]
    privacy: str


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise ResourceFileError(path, f"could not be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ResourceFileError(path, "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ResourceFileError(path, f"is not valid TOML: {exc}") from None


def _fields(path: Path, table: Any, where: str, texts: tuple[str, ...],
            lists: tuple[str, ...] = (), optional: tuple[str, ...] = ()) -> dict[str, Any]:
    """Check a table has exactly these keys: non-empty texts, non-empty lists (or optional)."""
    if not isinstance(table, dict):
        raise ResourceFileError(path, "must be a table", where.rstrip(".") or None)
    for key in table:
        if key not in texts + lists + optional:
            raise ResourceFileError(path, "unknown field", f"{where}{key}")
    for key in texts + lists:
        if key not in table and key not in optional:
            raise ResourceFileError(path, "is missing", f"{where}{key}")
    for key, value in table.items():
        wanted = list if key in lists else str
        if not isinstance(value, wanted):
            kind = "a list" if wanted is list else "text"
            raise ResourceFileError(path, f"must be {kind}", f"{where}{key}")
        if key not in optional and not (value.strip() if isinstance(value, str) else value):
            raise ResourceFileError(path, "must not be empty", f"{where}{key}")
        if key == "id" and not _ID.fullmatch(value):
            raise ResourceFileError(path, f"'{value}' is not a valid id", f"{where}{key}")
    return {k: v.strip() if isinstance(v, str) else v for k, v in table.items()}


def _unique(path: Path, ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ResourceFileError(path, f"the id '{item}' is used twice", where)
        seen.add(item)


def load_feelings(path: Path) -> tuple[FeelingFamily, ...]:
    """Read the feelings vocabulary (families of feelings, ids unique across the file)."""
    data = _fields(path, _read(path), "", (), ("families",))
    families: list[FeelingFamily] = []
    for number, raw in enumerate(data["families"], start=1):
        where = f"families[{number}]."
        family = _fields(path, raw, where, ("id", "label"), ("feelings",))
        feelings = tuple(Feeling(**_fields(path, item, f"{where}feelings[{i}].", ("id", "label")))
                         for i, item in enumerate(family["feelings"], start=1))
        families.append(FeelingFamily(family["id"], family["label"], feelings))
    _unique(path, [f.id for f in families], "families")
    _unique(path, [f.id for family in families for f in family.feelings], "feelings")
    return tuple(families)


def load_traps(path: Path) -> tuple[ThinkingTrap, ...]:
    """Read the thinking traps, in the order they are listed."""
    data = _fields(path, _read(path), "", (), ("traps",))
    traps = tuple(ThinkingTrap(**_fields(path, raw, f"traps[{number}].",
                                         ("id", "name", "explanation", "example")))
                  for number, raw in enumerate(data["traps"], start=1))
    _unique(path, [trap.id for trap in traps], "traps")
    return traps


def load_safety(path: Path) -> SafetyInfo:
    """Read the safety panel text and its list of places to turn to."""
    data = _fields(path, _read(path), "", ("title", "privacy"), ("paragraphs", "resources"))
    for number, text in enumerate(data["paragraphs"], start=1):
        if not isinstance(text, str) or not text.strip():
            raise ResourceFileError(path, "must be non-empty text", f"paragraphs[{number}]")
    resources = tuple(
        SafetyResource(**{"contact": "", **_fields(path, raw, f"resources[{number}].",
                                                   ("name", "note"), optional=("contact",))})
        for number, raw in enumerate(data["resources"], start=1))
    return SafetyInfo(data["title"], tuple(p.strip() for p in data["paragraphs"]), resources,
                      data["privacy"])


def feeling_names(families: tuple[FeelingFamily, ...]) -> dict[str, str]:
    """Feeling id -> label, for showing answers."""
    return {f.id: f.label for family in families for f in family.feelings}


def trap_names(traps: tuple[ThinkingTrap, ...]) -> dict[str, str]:
    """Trap id -> name, for showing answers."""
    return {trap.id: trap.name for trap in traps}


def resource_path(name: str) -> Path:
    """Where a shipped file under resources/ is, installed or in a checkout."""
    # resources.py is standard-library only; imported late so core stays import-light.
    from trustjournal.resources import resource

    return resource(name)


def builtin_feelings() -> tuple[FeelingFamily, ...]:
    """The feelings vocabulary shipped in resources/feelings.toml."""
    return load_feelings(resource_path("feelings.toml"))


def builtin_traps() -> tuple[ThinkingTrap, ...]:
    """The thinking traps shipped in resources/thinking_traps.toml."""
    return load_traps(resource_path("thinking_traps.toml"))


def builtin_safety() -> SafetyInfo:
    """The safety panel shipped in resources/safety.toml."""
    return load_safety(resource_path("safety.toml"))
