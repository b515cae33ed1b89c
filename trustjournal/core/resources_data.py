"""The feelings vocabulary, the thinking traps and the safety panel text, read from TOML.

Each loader takes a file path (so tests can point at temp files) and checks the file
strictly: unknown keys, missing fields and duplicate ids raise ResourceFileError naming the
file and the field. The builtin_* helpers read the files shipped in resources/, in the
app's language (a language's texts laid over English, see content_language), once per
language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.content_language import (
    TranslationFileError,
    is_pseudo_language,
    parse_localized,
    pseudo_markdown,
    report,
    resource_files,
    resources_root,
)
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, language, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass

# The safety panel's types (core.safety_info) load with the panel: start-up reads only
# the feelings from here.
if TYPE_CHECKING:
    from trustjournal.core.safety_info import SafetyInfo, SafetyLine, SafetyRegion

_ID = re.compile(r"[a-z][a-z0-9_]{0,59}")


class ResourceFileError(ValueError):
    """A problem in a resource file, naming the file and the field."""

    def __init__(self, path: Path | str, reason: str, field: str | None = None) -> None:
        self.path, self.reason, self.field = Path(path), reason, field
        where = f"{self.path}, field '{field}'" if field else str(self.path)
        super().__init__(f"{where}: {reason}")


@lazy_dataclass(frozen=True, slots=True)
class Feeling:
    """One word of the feelings vocabulary."""

    id: str
    label: str


@lazy_dataclass(frozen=True, slots=True)
class FeelingFamily:
    """Feelings that belong together, e.g. fear and anxiety."""

    id: str
    label: str
    feelings: tuple[Feeling, ...]


@lazy_dataclass(frozen=True, slots=True)
class ThinkingTrap:
    """A thinking trap with a plain explanation and an example from a relationship."""

    id: str
    name: str
    explanation: str
    example: str


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
            lists: tuple[str, ...] = (), optional: tuple[str, ...] = (),
            unchecked: tuple[str, ...] = ()) -> dict[str, Any]:
    """Check a table has exactly these keys: non-empty texts, non-empty lists (or optional),
    and keys the caller checks itself (unchecked, optional too)."""
    if not isinstance(table, dict):
        raise ResourceFileError(path, "must be a table", where.rstrip(".") or None)
    for key in table:
        if key not in texts + lists + optional + unchecked:
            raise ResourceFileError(path, "unknown field", f"{where}{key}")
    for key in texts + lists:
        if key not in table and key not in optional:
            raise ResourceFileError(path, "is missing", f"{where}{key}")
    for key, value in table.items():
        if key in unchecked:
            continue
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
    return parse_feelings(_read(path), path)


def parse_feelings(raw: Any, path: Path) -> tuple[FeelingFamily, ...]:
    """Check and read the parsed feelings file (path names it in errors)."""
    data = _fields(path, raw, "", (), ("families",))
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
    return parse_traps(_read(path), path)


def parse_traps(raw: Any, path: Path) -> tuple[ThinkingTrap, ...]:
    """Check and read the parsed thinking traps file (path names it in errors)."""
    data = _fields(path, raw, "", (), ("traps",))
    traps = tuple(ThinkingTrap(**_fields(path, raw, f"traps[{number}].",
                                         ("id", "name", "explanation", "example")))
                  for number, raw in enumerate(data["traps"], start=1))
    _unique(path, [trap.id for trap in traps], "traps")
    return traps


_CHECKED = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_COUNTRY = re.compile(r"[A-Z]{2}")


def _checked(path: Path, value: str, where: str) -> str:
    match = _CHECKED.fullmatch(value)
    try:
        if match is None:
            raise ValueError
        dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        raise ResourceFileError(path, f"'{value}' is not a date like 2026-12", where) from None
    return value


def _text_list(path: Path, values: list[Any], where: str) -> tuple[str, ...]:
    for number, text in enumerate(values, start=1):
        if not isinstance(text, str) or not text.strip():
            raise ResourceFileError(path, "must be non-empty text", f"{where}[{number}]")
    return tuple(text.strip() for text in values)


def _safety_line(path: Path, raw: Any, where: str) -> SafetyLine:
    from trustjournal.core.safety_info import PURPOSES, SafetyLine

    data = _fields(path, raw, where, ("name", "number", "purpose", "checked"),
                   optional=("note", "hours"))
    if data["purpose"] not in PURPOSES:
        raise ResourceFileError(path, f"'{data['purpose']}' is not one of "
                                f"{', '.join(PURPOSES)}", f"{where}purpose")
    for key in ("note", "hours"):
        if key in data and not data[key]:
            raise ResourceFileError(path, "must not be empty (leave it out instead)",
                                    f"{where}{key}")
    _checked(path, data["checked"], f"{where}checked")
    return SafetyLine(**data)


def _safety_region(path: Path, raw: Any, where: str) -> SafetyRegion:
    from trustjournal.core.safety_info import SafetyRegion

    # countries may be empty (the "elsewhere" region), so it is checked here, not by _fields
    data = _fields(path, raw, where, ("id", "name"), ("lines",), unchecked=("countries",))
    countries = data.get("countries", [])
    if not isinstance(countries, list):
        raise ResourceFileError(path, "must be a list", f"{where}countries")
    for number, code in enumerate(countries, start=1):
        if not isinstance(code, str) or not _COUNTRY.fullmatch(code):
            raise ResourceFileError(path, "must be a two-letter country code like GB",
                                    f"{where}countries[{number}]")
    lines = tuple(_safety_line(path, line, f"{where}lines[{number}].")
                  for number, line in enumerate(data["lines"], start=1))
    if not any(line.purpose == "emergency" for line in lines):
        raise ResourceFileError(path, "needs an emergency line", f"{where}lines")
    return SafetyRegion(data["id"], data["name"], tuple(countries), lines)


def load_safety(path: Path) -> SafetyInfo:
    """Read the safety panel: its words, one section per purpose, and every region's lines
    (each region needs an emergency line; one region must be "elsewhere")."""
    return parse_safety(_read(path), path)


def parse_safety(raw: Any, path: Path) -> SafetyInfo:
    """Check and read the parsed safety file (path names it in errors)."""
    from trustjournal.core.safety_info import ELSEWHERE, PURPOSES, SafetyInfo, SafetySection

    data = _fields(path, raw, "", ("title", "not_therapy", "privacy"),
                   ("paragraphs", "regions"), unchecked=("sections",))
    paragraphs = _text_list(path, data["paragraphs"], "paragraphs")
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, dict):
        raise ResourceFileError(path, "is missing" if raw_sections is None else
                                "must be a table", "sections")
    for key in raw_sections:
        if key not in PURPOSES:
            raise ResourceFileError(path, "unknown section", f"sections.{key}")
    sections = []
    for purpose in PURPOSES:
        if purpose not in raw_sections:
            raise ResourceFileError(path, "is missing", f"sections.{purpose}")
        fields = _fields(path, raw_sections[purpose], f"sections.{purpose}.",
                         ("heading", "text", "offer", "none_here"))
        sections.append(SafetySection(purpose, **fields))
    regions = tuple(_safety_region(path, raw, f"regions[{number}].")
                    for number, raw in enumerate(data["regions"], start=1))
    _unique(path, [region.id for region in regions], "regions")
    _unique(path, [code.lower() for region in regions for code in region.countries],
            "regions.countries")
    if not any(region.id == ELSEWHERE for region in regions):
        raise ResourceFileError(path, f"needs a region with the id '{ELSEWHERE}'", "regions")
    return SafetyInfo(data["title"], paragraphs, data["not_therapy"], data["privacy"],
                      tuple(sections), regions)


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
    """The feelings vocabulary shipped in resources/feelings.toml, in the app's language."""
    return _builtin("feelings.toml", language(), resources_root())


def builtin_traps() -> tuple[ThinkingTrap, ...]:
    """The thinking traps shipped in resources/thinking_traps.toml, in the app's language."""
    return _builtin("thinking_traps.toml", language(), resources_root())


def builtin_safety() -> SafetyInfo:
    """The safety panel shipped in resources/safety.toml, in the app's language (phone
    numbers, purposes and regions always from the English file)."""
    return _builtin("safety.toml", language(), resources_root())


_PARSERS: dict[str, Callable[[Any, Path], Any]] = {
    "feelings.toml": parse_feelings,
    "thinking_traps.toml": parse_traps,
    "safety.toml": parse_safety,
}


@functools.cache
def _builtin(name: str, code: str, root: str) -> Any:
    """One shipped file in one language, read once per language (and resources folder).
    A broken English file raises ResourceFileError; a broken language file is reported
    and English shown."""
    del root  # part of the cache key only
    path = resource_path(name)
    parse = _PARSERS[name]
    return parse_localized(_read(path), resource_files(name, code=code),
                           lambda data: parse(data, path), code)


def builtin_privacy_page() -> str:
    """The privacy page (Markdown) in the app's language: the language's own
    resources/<lang>/privacy.md when there is one (the page is translated as a whole),
    else the English resources/privacy.md. Raises OSError when the English one is missing."""
    if is_pseudo_language():
        return pseudo_markdown(resource_path("privacy.md").read_text(encoding="utf-8"))
    for path in reversed(resource_files("privacy.md")):
        try:
            return path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as exc:
            report(TranslationFileError(path, None, f"could not be read ({exc})"))
    return resource_path("privacy.md").read_text(encoding="utf-8")


NOT_THERAPY_FALLBACK = QT_TRANSLATE_NOOP("ResourcesData",
                                         "TrustJournal is a self-help journal, not therapy.")


def not_therapy_fallback() -> str:
    """The short stand-in for the "not therapy" words, in the app's language."""
    return translate("ResourcesData", NOT_THERAPY_FALLBACK)


def builtin_not_therapy() -> str:
    """The "self-help, not therapy" words from resources/safety.toml (a short stand-in
    if the file can't be read, so the notice is never missing)."""
    try:
        return builtin_safety().not_therapy
    except (OSError, ResourceFileError):
        return not_therapy_fallback()
