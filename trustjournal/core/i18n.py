"""One door for every sentence the app shows: `translate(context, text, disambiguation, n)`.

The GUI and the CLI install a backend (Qt's translators) at start-up; until one is
installed, or when the language is English and the CLI wants to stay free of Qt, the text
comes back as written, with English plural forms read from
`resources/translations/en_plurals/*.toml`. Core stays standard-library only, so the
captions and errors it builds are whole translatable sentences, not English pieces.

`pyside6-lupdate` finds every call written as `translate("Context", "Text", ...)` (the name
must be `translate`, the first two arguments string literals), and `QT_TRANSLATE_NOOP` for
tables whose strings are translated where they are shown.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable

from trustjournal.resources import resource

# (context, text, disambiguation, n) -> the text in the current language.
Backend = Callable[[str, str, "str | None", int], str]

ENGLISH = "en"
PSEUDO = "en_XA"

_backend: Backend | None = None
_language = ENGLISH
_english_plurals: dict[tuple[str, str], tuple[str, str]] | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language. With `n` >= 0 the text is a plural (`%n` or `%Ln`
    marks the number) and the form that fits `n` is chosen."""
    if _backend is not None:
        return _backend(context, text, disambiguation, n)
    if n < 0:
        return text
    singular, plural = english_plural_forms(context, text)
    return substitute_count(singular if n == 1 else plural, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for the catalogue without translating it here (tables of names)."""
    del context
    return text


def install(backend: Backend | None, language: str = ENGLISH) -> None:
    """Route every `translate` call through `backend` (None: back to plain English)."""
    global _backend, _language
    _backend = backend
    _language = language


def language() -> str:
    """The language the app shows, as a locale name ('en', 'de', 'pt_BR', 'en_XA')."""
    return _language


def substitute_count(text: str, n: int) -> str:
    """Put `n` where `%n` (plain digits) or `%Ln` (digits grouped, English style) stand."""
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def english_plural_forms(context: str, text: str) -> tuple[str, str]:
    """The (one, other) English forms of a plural source text; the text itself for both
    when no file lists it, so a missing entry shows '1 entries', never an error."""
    global _english_plurals
    if _english_plurals is None:
        _english_plurals = _read_english_plurals()
    return _english_plurals.get((context, text), (text, text))


def _read_english_plurals() -> dict[tuple[str, str], tuple[str, str]]:
    found: dict[tuple[str, str], tuple[str, str]] = {}
    folder = resource("translations", "en_plurals")
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        for context, table in data.items():
            for source, forms in table.items():
                found[(context, source)] = (forms[0], forms[1])
    return found


# --- The pseudo-locale -------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒğĥíĵķĺɱñóƥɋŕšŧúṽŵẋýžÁƁÇĐÉƑĞĤÍĴĶĹṀÑÓƤɊŔŠŦÚṼŴẊÝŽ",
)
# Pieces a translation must keep as they are: placeholders, plural marks, tags, entities,
# keyboard accelerators.
_KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%\d+|<[^<>]*>|&[a-zA-Z]+;|&&|&(?=\w))")
_FILLER = "~·"


def pseudo(text: str) -> str:
    """The pseudo-locale's form of `text`: accented, about 40 % longer, in brackets, with
    placeholders, tags and accelerators untouched; so untranslated text and text that
    does not fit both show at a glance."""
    if not text.strip():
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    core = text.strip()
    pieces = _KEEP.split(core)
    out = "".join(p if i % 2 else p.translate(_ACCENTED) for i, p in enumerate(pieces))
    visible = sum(len(p) for i, p in enumerate(pieces) if not i % 2)
    pad = max(1, round(visible * 0.4))
    filler = (_FILLER * pad)[:pad]
    return f"{lead}[{out} {filler}]{trail}"


def is_pseudo(text: str) -> bool:
    """True when every line of `text` carries the pseudo-locale's brackets."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_looks_pseudo(line) for line in lines)


def _looks_pseudo(line: str) -> bool:
    return "[" in line and "]" in line
