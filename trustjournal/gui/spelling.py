"""Offline spell checking for the editor, from pyspellchecker's bundled word lists.

The person's own words, the on/off switch and the language are journal settings, so
they live inside the (possibly encrypted) database and never in a file beside it.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Signal

if TYPE_CHECKING:
    from spellchecker import SpellChecker

    from trustjournal.storage import Journal

SETTING_ON = "spell_check"
SETTING_LANGUAGE = "spell_language"
SETTING_WORDS = "spell_words"
MAX_SUGGESTIONS = 5

# Names in their own language, as a person looks for their own.
LANGUAGE_NAMES = {
    "en": "English", "de": "Deutsch", "es": "Español", "fr": "Français",
    "it": "Italiano", "pt": "Português", "nl": "Nederlands", "ru": "Русский",
    "lv": "Latviešu", "eu": "Euskara", "ar": "العربية", "fa": "فارسی",
}

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Stretches that are not prose: code, links and addresses, #tags, HTML, e-mail.
_NOT_PROSE = re.compile(
    r"`+[^`]*`+"
    r"|(?:https?://|www\.|mailto:|file:)\S+"
    r"|\]\([^)]*\)"
    r"|(?<![\w#])#[\w/-]+"
    r"|<[^<>\n]+>"
    r"|\S+@\S+\.\w+"
)


@functools.cache
def languages() -> dict[str, str]:
    """The languages whose word list ships with the spell checker: code → name."""
    # Found without importing the spell checker (a tenth of the Journal page's build,
    # which asks for this): its word lists load later, off the GUI thread.
    spec = importlib.util.find_spec("spellchecker")
    places = spec.submodule_search_locations if spec is not None else None
    folder: Any = Path(next(iter(places)), "resources") if places else None
    if folder is None or not folder.is_dir():  # packed in an archive: ask the package
        from importlib import resources

        folder = resources.files("spellchecker") / "resources"
    return {code: name for code, name in LANGUAGE_NAMES.items()
            if (folder / f"{code}.json.gz").is_file()}


def default_language() -> str:
    """The system's language when a word list ships for it, otherwise English."""
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in languages() else "en"


_LOCK = threading.Lock()
_LOADED: dict[str, SpellChecker] = {}


def _checker(language: str) -> SpellChecker:
    # Loading a word list takes a few tenths of a second: once per language per run.
    with _LOCK:
        if language not in _LOADED:
            from spellchecker import SpellChecker

            _LOADED[language] = SpellChecker(language=language, case_sensitive=False)
        return _LOADED[language]


def preload(language: str) -> None:
    """Load the word list off the GUI thread, so the first word typed does not wait."""
    def load() -> None:
        # A list that fails to load fails again, visibly, where it is used.
        with contextlib.suppress(Exception):
            _checker(language)

    threading.Thread(target=load, name="spelling-words", daemon=True).start()


def _normal(word: str) -> str:
    return word.replace("’", "'").lower()


class Speller(QObject):
    """Says which words of a line look misspelt and what they might be, for one journal."""

    changed = Signal()  # on/off, the language or the person's words: mark again

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._known: dict[str, bool] = {}
        self.enabled = True
        self.language = "en"
        self.own_words: set[str] = set()
        self._failed: str | None = None  # the language whose word list would not load
        # The word list loads later (warm_up): loading it now, while the window builds
        # its first pages, would compete with start-up for the interpreter.
        self._read()

    def warm_up(self) -> None:
        """Load the word list off the GUI thread now (if spelling is on), so the first
        word typed does not wait for it."""
        if self.enabled:
            preload(self.language)

    def reload(self) -> None:
        """Read the settings again (the Settings dialog changed them)."""
        self._read()
        self.changed.emit()

    def set_enabled(self, on: bool) -> None:
        self._journal.set_setting(SETTING_ON, bool(on))
        self.reload()

    def set_language(self, language: str) -> None:
        if language not in languages():
            raise ValueError(f"no word list for {language!r}")
        self._journal.set_setting(SETTING_LANGUAGE, language)
        self.reload()

    def add_word(self, word: str) -> None:
        """Never mark `word` again in this journal."""
        words = sorted(self.own_words | {_normal(word)})
        self._journal.set_setting(SETTING_WORDS, words)
        self.reload()

    def misspelt(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each word of `text` that looks misspelt; prose only."""
        if not self.enabled or not text or not self._usable():
            return []
        skip = [m.span() for m in _NOT_PROSE.finditer(text)]
        found = []
        for match in _WORD.finditer(text):
            start, end = match.span()
            if skip and any(a <= start < b or a < end <= b for a, b in skip):
                continue
            if not self.is_known(match.group()):
                found.append((start, end - start))
        return found

    def is_known(self, word: str) -> bool:
        """True for words the checker should leave alone (numbers, acronyms, own words…)."""
        if len(word) < 2 or any(c.isdigit() or c == "_" for c in word):
            return True
        if word.isupper():  # acronyms and shouting are not spelling
            return True
        key = _normal(word)
        known = self._known.get(key)
        if known is None:
            checker = _checker(self.language)
            known = bool(checker.known([key])) or (
                key.endswith("'s") and bool(checker.known([key[:-2]])))
            self._known[key] = known
        return known or key in self.own_words

    def suggestions(self, word: str) -> list[str]:
        """Up to five likely words, most common first, in the case the word was typed."""
        checker = _checker(self.language)
        key = _normal(word)
        # Two edits away is fast for short words only; long ones get one edit.
        checker.distance = 2 if len(key) <= 8 else 1
        found = checker.candidates(key) or set()
        found.discard(key)
        ranked = sorted(found, key=lambda w: (-checker.word_usage_frequency(w), w))
        result = ranked[:MAX_SUGGESTIONS]
        if word[:1].isupper():
            result = [w[:1].upper() + w[1:] for w in result]
        return result

    def _usable(self) -> bool:
        """False when the word list cannot be read (a broken install): then nothing is
        marked, and typing goes on as if spelling were off."""
        if self._failed != self.language:
            try:
                _checker(self.language)
            except (OSError, ValueError, EOFError):
                self._failed = self.language
        return self._failed != self.language

    def _read(self) -> None:
        journal = self._journal
        self.enabled = bool(journal.get_setting(SETTING_ON, True))
        language = journal.get_setting(SETTING_LANGUAGE)
        self.language = language if language in languages() else default_language()
        words = journal.get_setting(SETTING_WORDS, [])
        self.own_words = {_normal(str(w)) for w in words} if isinstance(words, list) else set()
        self._known.clear()


def word_span(text: str, position: int) -> tuple[int, int] | None:
    """(start, end) of the word of `text` at `position` (or just before it), if any."""
    for match in _WORD.finditer(text):
        if match.start() <= position <= match.end():
            return match.span()
    return None
