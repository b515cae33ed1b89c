"""Qt's side of translation: which language the app shows, and the backend behind
`trustjournal.core.i18n.translate` (our catalogue and Qt's own, through QTranslator).

The language, strongest first: the TRUSTJOURNAL_LANGUAGE variable, the person's choice
in Settings, the system's languages (QLocale). The choice is stored inside the journal,
and also remembered in `language.json` in the data folder, like the theme in
appearance.json: the first-run and unlock screens are drawn before any journal is open,
and they must already speak the chosen language. The file holds a language code only,
which says nothing about the journal; the locked screen shows that language to anyone
anyway, so keeping it outside the journal gives nothing away that opening the app does
not. A change applies at the next start (every window builds its text once).

Only QtCore is imported here, so the CLI can use the same backend for a language other
than English (it loads it lazily, and English never imports Qt).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trustjournal.core import i18n
from trustjournal.resources import resource

FILE = "language.json"
# A widget property: this widget shows data that is the same in every language (program
# versions, phone numbers, a file's path), so the pseudo-locale check passes it by.
NOT_TRANSLATED = "notTranslated"
# Kept alive for as long as they are installed (Qt does not own them).
_installed: list[QTranslator] = []


def system_languages() -> list[str]:
    """The system's UI languages, most wanted first, as locale names ('de_DE')."""
    return [i18n.normalise(name) for name in QLocale.system().uiLanguages()]


def load_choice(folder: Path | None) -> str:
    """The remembered Settings choice ('' for the system's language)."""
    if folder is None:
        return ""
    try:
        text = (folder / FILE).read_text("utf-8")
    except (OSError, ValueError):
        return ""
    # Only now: with no choice kept (the usual start), the window paints without json.
    import json

    try:
        value = json.loads(text).get("language", "")
    except (ValueError, AttributeError):
        return ""
    return i18n.normalise(value) if isinstance(value, str) else ""


def save_choice(folder: Path, choice: str) -> None:
    """Remember `choice` ('' for the system's language) for the next start; user-only
    file, replaced whole."""
    from trustjournal.paths import ensure_private_dir

    ensure_private_dir(folder)
    target = folder / FILE
    temp = target.with_name(FILE + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        import json

        json.dump({"language": i18n.normalise(choice)}, handle)
    os.replace(temp, target)


def wanted_language(folder: Path | None,
                    environ: Mapping[str, str] | None = None) -> tuple[str, bool]:
    """(language, chosen): the language to show, and whether it was asked for (the
    variable or a Settings choice) rather than taken from the system. An asked-for
    language also sets the locale (dates, numbers); the system's keeps its own."""
    environ = os.environ if environ is None else environ
    override = i18n.normalise(environ.get(i18n.LANGUAGE_VARIABLE, ""))
    available = i18n.catalogue_languages()
    for asked in (override, load_choice(folder)):
        best = i18n.best_language([asked], available) if asked else ""
        # A language with no catalogue yet is passed over, not turned into English.
        if best and (best != i18n.ENGLISH or i18n.is_english(asked)):
            return best, True
    return i18n.best_language(system_languages(), available), False


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own qtbase_*.qm are: QLibraryInfo's folder, and the folder inside the
    PySide6 package (a frozen build keeps them there, whatever QLibraryInfo says)."""
    import PySide6

    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
             Path(PySide6.__file__).resolve().parent / "Qt" / "translations"]
    return [path for i, path in enumerate(found) if path.is_dir() and path not in found[:i]]


def catalogue(language: str, name: str = "trustjournal") -> QTranslator | None:
    """A translator holding `name`'s catalogue for `language` (our own from resources/,
    Qt's own 'qtbase' from Qt's folder); None when there is none. Qt's lookup falls back
    from 'de_DE' to 'de'."""
    translator = QTranslator()
    ours = name == "trustjournal"
    folders = [resource("translations")] if ours else qt_translations_dirs()
    for folder in folders:
        if translator.load(f"{name}_{language}", str(folder)):
            return translator
    return None


class QtBackend:
    """`translate` through a QTranslator: plural forms follow the catalogue's language
    (Qt's rules); a message the catalogue lacks comes back in English, its plurals from
    the English forms in resources/translations/en_plurals/."""

    def __init__(self, translator: QTranslator | None, locale: QLocale | None = None) -> None:
        self.translator = translator
        self.locale = locale  # None: the default locale at the time of each call

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = ""
        if self.translator is not None:
            found = self.translator.translate(context, text, disambiguation, n)
        if n < 0:
            return found or text
        if not found:
            singular, plural = i18n.english_plural_forms(context, text)
            found = singular if n == 1 else plural
        locale = self.locale if self.locale is not None else QLocale()
        return found.replace("%Ln", locale.toString(n)).replace("%n", str(n))


def install_app_language(app: QCoreApplication, folder: Path | None) -> str:
    """Pick the language at start-up and install our catalogue and Qt's own into `app`
    and behind `translate`; gives the language installed."""
    language, chosen = wanted_language(folder)
    if chosen and language != i18n.PSEUDO:
        # Dates, numbers and Qt's own widgets follow the asked-for language.
        QLocale.setDefault(QLocale(language))
    install_language(app, language)
    return language


def install_language(app: QCoreApplication | None, language: str) -> None:
    """Install `language`'s catalogues (replacing earlier ones) into `app` (None: the
    CLI, which has no application) and behind `translate`."""
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    ours = catalogue(language)
    if i18n.is_english(language) and ours is None:
        ours = catalogue(i18n.ENGLISH)  # its plural forms
    if ours is not None:
        _installed.append(ours)
    if language != i18n.PSEUDO and not i18n.is_english(language):
        qt_own = catalogue(language, "qtbase")
        if qt_own is not None:
            _installed.append(qt_own)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
        app.setLayoutDirection(QLocale(language).textDirection())
    i18n.install(QtBackend(ours), language)


def uninstall(app: QCoreApplication | None) -> None:
    """Back to plain English with no translators (tests that switch languages)."""
    if app is not None:
        for old in _installed:
            with contextlib.suppress(RuntimeError):
                app.removeTranslator(old)
    _installed.clear()
    i18n.install(None)


_cli_backends: dict[str, QtBackend] = {}


def cli_backend(language: str) -> QtBackend:
    """The backend for a CLI run in `language` (no application: QTranslator works
    without one); made once."""
    if language not in _cli_backends:
        ours = catalogue(language)
        _cli_backends[language] = QtBackend(ours, QLocale(language))
    return _cli_backends[language]
