"""The command line's language: which one, and the translation backend for it.

English needs nothing (the text is written in English, plurals come from data), so an
English run never imports Qt and starts as fast as before. The pseudo-locale is made in
Python from the English text. Any other language with a compiled catalogue
(resources/translations/trustjournal_<lang>.qm) is read with QtCore's QTranslator (no
application object, no display) through the loader app.py passes in, since Qt lives in
gui/; without a catalogue the CLI stays English.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from trustjournal.core import i18n

ENV_LANGUAGE = "TRUSTJOURNAL_LANGUAGE"


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The language asked for: $TRUSTJOURNAL_LANGUAGE, else the locale's messages
    language (LC_ALL, LC_MESSAGES, LANG); 'en' for C, POSIX or nothing set."""
    env = os.environ if environ is None else environ
    for name in (ENV_LANGUAGE, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            name_only = value.split(".")[0].split("@")[0]
            return i18n.ENGLISH if name_only in ("C", "POSIX", "") else name_only
    return i18n.ENGLISH


def catalogue(language: str) -> Path | None:
    """The compiled catalogue for `language` ('pt_BR', else 'pt'), if one is shipped."""
    from trustjournal.resources import resource

    for name in dict.fromkeys((language, language.split("_")[0])):
        path = resource("translations", f"trustjournal_{name}.qm")
        if path.is_file():
            return path
    return None


# (catalogue file, English fallback) -> a backend, or None if the file cannot be read.
CatalogueLoader = Callable[[Path, Callable[[str, str, int], str]], "i18n.Backend | None"]


def install_cli_language(environ: Mapping[str, str] | None = None,
                         load: CatalogueLoader | None = None) -> str:
    """Install the backend for the CLI's language; returns the language now in use.
    `load` reads a compiled catalogue (app.py passes the Qt one); without it, or without
    a catalogue for the language, the CLI stays English."""
    language = cli_language(environ)
    if language == i18n.PSEUDO:
        i18n.install(_pseudo_backend, i18n.PSEUDO)
        return i18n.PSEUDO
    if language.split("_")[0] == "en":
        return i18n.ENGLISH
    found = catalogue(language)
    if found is None or load is None:
        return i18n.ENGLISH
    backend = load(found, _english)
    if backend is None:
        return i18n.ENGLISH
    i18n.install(backend, language)
    return language


def _english(context: str, text: str, n: int) -> str:
    if n < 0:
        return text
    one, other = i18n.english_plural_forms(context, text)
    return one if n == 1 else other


def _pseudo_backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
    del disambiguation
    return i18n.substitute_count(i18n.pseudo(_english(context, text, n)), max(n, 0))

