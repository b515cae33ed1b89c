"""A translation backend from a compiled catalogue, with QtCore only (no application
object, no display), for the command line in a language other than English.

Qt lives in gui/, so app.py hands this to the CLI's language set-up (cli_language.py);
the window installs its own translators.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTranslator

from trustjournal.core import i18n


def backend_from_catalogue(path: Path, english: Callable[[str, str, int], str]
                           ) -> i18n.Backend | None:
    """A backend reading `path` (a .qm file); `english(context, text, n)` gives the text
    a message has no translation for yet. None if the catalogue cannot be read."""
    translator = QTranslator()
    if not translator.load(str(path)):
        return None

    def backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n)
        if not found:
            found = english(context, text, n)
        return i18n.substitute_count(found, n) if n >= 0 else found

    return backend
