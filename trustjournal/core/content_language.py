"""Content files (exercises, feelings, traps, safety, Today's words, urge alternatives,
the privacy page) in the app's language, over the English files as the base.

A language file holds only the texts it translates, at the English file's own keys; a
list of tables in the English file (steps, options, families, regions, ...) is a table
keyed by each item's id there, or by its position ("1", "2", ...) when its items have no
id (a region's lines). Everything that is not text - ids, step kinds, versions, scales,
option ids, safety flags, phone numbers, countries - comes from English and a language
file cannot change it, so an entry written in one language reads with its questions in
any other.

A language file that breaks these rules is left out as a whole (English is shown for
that file) and the problem, naming the file and the key, is logged and kept in
`problems()`: a translation slip must never stop the app or hide the safety panel. A
broken English file stays an error for its loader, as before.

In the pseudo-locale (`i18n.PSEUDO`) every English text comes back through
`i18n.pseudo`, so a pseudo-locale run shows which content went through this layer.
"""

from __future__ import annotations

import importlib
import logging
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from trustjournal.core import i18n

_log = logging.getLogger(__name__)
T = TypeVar("T")

STRUCTURE_KEYS = frozenset({
    "id", "kind", "purpose", "number", "checked", "metric", "rerate_of", "suggest_from",
    "sort_of", "category", "action", "step", "exercise",
})
"""Keys whose text values are ids, codes or numbers: never translated."""

TEXT_LISTS = frozenset({"paragraphs"})
"""Keys whose values are lists of sentences (translated item by item, same count)."""

_NOT_TEXT = "is not translated: ids, numbers, kinds and flags come from the English file"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_problems: list[str] = []


class TranslationFileError(ValueError):
    """A language file that does not fit its English file: names the file and the key."""

    def __init__(self, path: Path | str, key: str | None, reason: str) -> None:
        self.path, self.key, self.reason = Path(path), key, reason
        where = f"{self.path}, key '{key}'" if key else str(self.path)
        super().__init__(f"{where}: {reason}")


def language_chain(code: str | None = None) -> tuple[str, ...]:
    """The language files to lay over English, most general first: 'pt_BR' -> ('pt',
    'pt_BR'); English and the pseudo-locale have none."""
    code = i18n.language() if code is None else code
    code = code.split(".")[0].split("@")[0].replace("-", "_")
    if not code or code == i18n.PSEUDO:
        return ()
    base = code.split("_")[0]
    chain = [base] if base != code else []
    chain.append(code)
    return tuple(name for name in chain if name != i18n.ENGLISH)


def cue_languages(available: tuple[str, ...], code: str | None = None) -> tuple[str, ...]:
    """Which language's text rules (cue tables) to run for the app language (or `code`):
    its own tables if `available` has them (the full code or its language), always
    followed by English's, so choosing a language never makes a check weaker and mixed
    writing is still read. English is available[0]."""
    own = [name for name in reversed(language_chain(code)) if name in available]
    return (*own[:1], available[0]) if own and own[0] != available[0] else (available[0],)


def cue_module(package: str, available: tuple[str, ...], code: str) -> ModuleType:
    """The cue tables of one language of `package` (listed in `available`)."""
    if code not in available:
        raise KeyError(code)
    return importlib.import_module(f"{package}.{code}")


def is_pseudo_language(code: str | None = None) -> bool:
    """True when the app runs in the pseudo-locale."""
    return (i18n.language() if code is None else code) == i18n.PSEUDO


def problems() -> tuple[str, ...]:
    """Every language file left out this run, with why (file and key)."""
    return tuple(_problems)


def report(error: TranslationFileError) -> None:
    """Keep and log a left-out language file (the message holds no user text)."""
    message = str(error)
    if message not in _problems:
        _problems.append(message)
        _log.warning("language file left out, English used instead: %s", message)


def read_toml(path: Path) -> dict[str, Any] | None:
    """A language file's data; None when there is no such file. Raises
    TranslationFileError for a file that is unreadable, not UTF-8 or not TOML."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise TranslationFileError(path, None, f"could not be read ({exc.strerror or exc})"
                                   ) from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise TranslationFileError(path, None, "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise TranslationFileError(path, None, f"is not valid TOML: {exc}") from None


def _localize(english: Mapping[str, Any], files: list[Path],
              code: str | None) -> tuple[dict[str, Any], list[Path]]:
    """The English data in the language: each of `files` (one per language of the chain,
    missing ones skipped) laid over it in turn, or the pseudo form in the pseudo-locale;
    a file that does not fit is reported and skipped. Also gives the files used."""
    if is_pseudo_language(code):
        return pseudo_data(english), []
    data, used = dict(english), []
    for path in files:
        try:
            translated = read_toml(path)
            if translated is not None:
                data = overlay(data, translated, path)
                used.append(path)
        except TranslationFileError as exc:
            report(exc)
    return data, used


def parse_localized(english: Mapping[str, Any], files: list[Path],
                    parse: Callable[[Mapping[str, Any]], T], code: str | None = None) -> T:
    """`parse` (the English file's own checks) of the data in the language. Should the
    translated texts fail those checks (a stray brace, say), the language files are
    reported and English is parsed instead, so only a broken English file raises."""
    data, used = _localize(english, files, code)
    if not used and not is_pseudo_language(code):
        return parse(english)
    try:
        return parse(data)
    except ValueError as exc:
        for path in used or files:
            report(TranslationFileError(path, None, f"its texts fail the file's checks ({exc})"))
        return parse(english)


def resource_files(*parts: str, code: str | None = None) -> list[Path]:
    """The language files for the English file resources/<parts>, most general language
    first: resources/<lang>/<parts> (they may not exist)."""
    # resources.py is standard-library only; imported late so core stays import-light.
    from trustjournal.resources import resource

    return [resource(lang, *parts) for lang in language_chain(code)]


def resources_root() -> str:
    """Where resources/ is now, part of the cache keys (tests point it elsewhere)."""
    from trustjournal.resources import resources_dir

    return str(resources_dir())


def overlay(english: Mapping[str, Any], translated: Mapping[str, Any],
            path: Path | str) -> dict[str, Any]:
    """English data with the translated texts put in; TranslationFileError (the first
    problem, naming the key) when the translation has a key, type or placeholder that
    does not fit the English file."""
    return _overlay_table(english, translated, Path(path), "")


def _overlay_table(english: Mapping[str, Any], translated: Any, path: Path,
                   where: str) -> dict[str, Any]:
    if not isinstance(translated, Mapping):
        raise TranslationFileError(path, where or None,
                                   f"must be a table, not {_kind(translated)}")
    merged = dict(english)
    for key, value in translated.items():
        name = f"{where}{key}"
        if key not in english and (key in STRUCTURE_KEYS
                                   or not isinstance(value, str | Mapping)):
            raise TranslationFileError(path, name, _NOT_TEXT)
        if key not in english:
            import difflib  # only for the message of a broken file

            close = difflib.get_close_matches(str(key), [str(k) for k in english], n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise TranslationFileError(path, name, f"unknown key, not in the English file{hint}")
        merged[key] = _overlay_value(key, english[key], value, path, name)
    return merged


def _overlay_value(key: str, english: Any, value: Any, path: Path, name: str) -> Any:
    if isinstance(english, str) and key not in STRUCTURE_KEYS:
        return _text(english, value, path, name)
    if isinstance(english, Mapping):
        return _overlay_table(english, value, path, f"{name}.")
    if _is_table_list(english):
        return _overlay_items(english, value, path, name)
    if key in TEXT_LISTS and isinstance(english, list):
        if not isinstance(value, list) or len(value) != len(english):
            raise TranslationFileError(path, name, f"must be a list of {len(english)} texts, "
                                       "like the English file's")
        return [_text(old, new, path, f"{name}[{number}]")
                for number, (old, new) in enumerate(zip(english, value, strict=True), 1)]
    raise TranslationFileError(path, name, _NOT_TEXT)


def _text(english: str, value: Any, path: Path, name: str) -> str:
    if not isinstance(value, str):
        raise TranslationFileError(path, name, f"must be text, not {_kind(value)}")
    if not value.strip():
        raise TranslationFileError(path, name, "must not be empty (leave the key out to "
                                               "show the English text)")
    wanted = sorted(_PLACEHOLDER.findall(english))
    if sorted(_PLACEHOLDER.findall(value)) != wanted:
        shown = ", ".join(wanted) or "none"
        raise TranslationFileError(path, name, "must have the same placeholders as the "
                                               f"English text ({shown})")
    return value


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping)
                                                           for v in value)


def item_keys(items: list[Mapping[str, Any]]) -> list[str]:
    """How a language file names the items of an English list of tables: their ids, or
    their positions from 1 when they have none."""
    if all(isinstance(item.get("id"), str) for item in items):
        return [item["id"] for item in items]
    return [str(number) for number in range(1, len(items) + 1)]


def _overlay_items(english: list[Mapping[str, Any]], value: Any, path: Path,
                   name: str) -> list[dict[str, Any]]:
    keys = item_keys(english)
    if not isinstance(value, Mapping):
        raise TranslationFileError(path, name, f"must be a table of items by id ({keys[0]}, "
                                               f"...), not {_kind(value)}")
    merged = [dict(item) for item in english]
    for key, table in value.items():
        if key not in keys:
            raise TranslationFileError(path, f"{name}.{key}", "no item with this id in the "
                                       f"English file (its items: {', '.join(keys)})")
        index = keys.index(key)
        merged[index] = _overlay_table(english[index], table, path, f"{name}.{key}.")
    return merged


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    return "a number" if isinstance(value, int | float) else type(value).__name__


# --- the pseudo-locale ------------------------------------------------------------------

def pseudo_data(english: Mapping[str, Any]) -> dict[str, Any]:
    """The English data with every translatable text in its pseudo-locale form."""
    return {key: _pseudo_value(key, value) for key, value in english.items()}


def _pseudo_value(key: str, value: Any) -> Any:
    if isinstance(value, str):
        return value if key in STRUCTURE_KEYS else i18n.pseudo(value)
    if isinstance(value, Mapping):
        return pseudo_data(value)
    if _is_table_list(value):
        return [pseudo_data(item) for item in value]
    if key in TEXT_LISTS and isinstance(value, list):
        return [i18n.pseudo(item) if isinstance(item, str) else item for item in value]
    return value


_MARKDOWN_LEAD = re.compile(r"^(\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)*)")
_CODE = re.compile(r"`[^`]*`")


def pseudo_markdown(text: str) -> str:
    """A Markdown page in the pseudo-locale: each line's words changed, its heading,
    list and quote marks and its `code` spans (shortcuts) kept as they are."""
    lines = []
    for line in text.splitlines():
        lead = _MARKDOWN_LEAD.match(line)
        start = lead.end() if lead else 0
        rest = line[start:]
        if not rest.strip():
            lines.append(line)
            continue
        # Code spans go through pseudo() as placeholders, which it keeps untouched.
        spans = _CODE.findall(rest)
        marked = _CODE.sub(lambda m: "{\ue001}", rest)
        changed = i18n.pseudo(marked)
        for span in spans:
            changed = changed.replace("{\ue001}", span, 1)
        lines.append(line[:start] + changed)
    return "\n".join(lines) + ("\n" if text.endswith("\n") else "")
