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
from collections.abc import Callable, Iterable, Mapping

from trustjournal.resources import resource

# (context, text, disambiguation, n) -> the text in the current language.
Backend = Callable[[str, str, "str | None", int], str]

ENGLISH = "en"
PSEUDO = "en_XA"
# Overrides the system's language and the Settings choice (tests, e2e, the pseudo-locale).
LANGUAGE_VARIABLE = "TRUSTJOURNAL_LANGUAGE"
# The journal setting holding the person's choice ("" or missing: the system's language).
SETTING = "language"
CATALOGUE_PREFIX = "trustjournal_"

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


def normalise(name: str) -> str:
    """'de_DE.UTF-8@euro', 'de-DE' -> 'de_DE'; the C and POSIX locales -> '' (no choice)."""
    name = name.strip().split(".")[0].split("@")[0].replace("-", "_")
    if name in ("", "C", "POSIX"):
        return ""
    head, _, tail = name.partition("_")
    return f"{head.lower()}_{tail}" if tail else head.lower()


def environment_language(environ: Mapping[str, str]) -> str:
    """The language the environment asks for, the way gettext reads it: the override
    first, then the locale (LC_ALL, LC_MESSAGES, LANG) whose C/POSIX means English, and
    LANGUAGE's first entry ahead of the locale when one is set; English otherwise."""
    override = normalise(environ.get(LANGUAGE_VARIABLE, ""))
    if override:
        return override
    locale = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)),
                  "")
    if not normalise(locale):
        return ENGLISH
    for wanted in environ.get("LANGUAGE", "").split(":"):
        if normalise(wanted):
            return normalise(wanted)
    return normalise(locale)


def is_english(name: str) -> bool:
    """True for English in any region (the source language needs no catalogue); the
    pseudo-locale is not English here, it has a catalogue of its own."""
    return name != PSEUDO and (name == ENGLISH or name.startswith(ENGLISH + "_"))


def catalogue_languages() -> list[str]:
    """The languages that have a compiled catalogue, sorted ('de', 'en', 'en_XA', …)."""
    folder = resource("translations")
    if not folder.is_dir():
        return []
    return sorted(path.stem.removeprefix(CATALOGUE_PREFIX)
                  for path in folder.glob(CATALOGUE_PREFIX + "*.qm"))


def best_language(wanted: Iterable[str], available: Iterable[str]) -> str:
    """The first of `wanted` (most wanted first) that has a catalogue, exactly ('pt_BR')
    or by its language alone ('de_AT' -> 'de'); English when none has one."""
    have = set(available)
    for name in (normalise(w) for w in wanted):
        if not name:
            continue
        if is_english(name):
            return name
        if name in have:
            return name
        if name.split("_")[0] in have:
            return name.split("_")[0]
    return ENGLISH


def mid_sentence(label: str) -> str:
    """A label placed inside a sentence: only its first letter lowered ('daily backup'),
    never the whole text (German nouns keep their capitals)."""
    return label[:1].lower() + label[1:]


def sentence_start(text: str) -> str:
    """Text starting a sentence: only its first letter raised (unlike str.capitalize,
    which lowers the rest)."""
    return text[:1].upper() + text[1:]


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
    import tomllib  # on the first plural shown: the CLI's start stays short

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
# keyboard accelerators, the product name.
_KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%\d+|<[^<>]*>|&[a-zA-Z]+;|&&|&(?=\w)|TrustJournal)")
_FILLER = "~·"


def pseudo(text: str) -> str:
    """The pseudo-locale's form of `text`: accented, about 40 % longer, in brackets, with
    placeholders, tags, accelerators and the product name untouched; so untranslated
    text and text that does not fit both show at a glance. Each line gets its own
    brackets, so every line on screen shows where it came from."""
    return "\n".join(_pseudo_line(line) for line in text.split("\n"))


def _pseudo_line(text: str) -> str:
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
