"""The speller on its own: what it checks, what it leaves alone, where its words live."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from trustjournal.gui import spelling
from trustjournal.gui.spelling import Speller, word_span


def marked(speller: Speller, text: str) -> list[str]:
    return [text[s:s + n] for s, n in speller.misspelt(text)]


def test_only_prose_words_are_checked(journal) -> None:
    speller = Speller(journal)
    speller.set_language("en")
    text = ("I recieve ~~~ #qwrtz `zxqv` [link](https://exmpl.org/qwx) www.qqwx.com "
            "me@wxqz.org 3rd 42kg NASA snake_caseq <spanx> don't person's Seperate")
    assert marked(speller, text) == ["recieve", "Seperate"]


def test_own_words_are_kept_in_the_journal_settings_only(journal, tmp_path) -> None:
    speller = Speller(journal)
    speller.set_language("en")
    assert marked(speller, "Jorunn’s Jorunn") == ["Jorunn’s", "Jorunn"]
    speller.add_word("Jorunn")
    assert marked(speller, "Jorunn jorunn") == []
    assert journal.get_setting(spelling.SETTING_WORDS) == ["jorunn"]
    assert Speller(journal).own_words == {"jorunn"}
    # Nothing beside the journal holds the word.
    for path in journal.path.parent.iterdir():
        if path.is_file() and not path.name.startswith(journal.path.name):
            assert b"jorunn" not in path.read_bytes().lower(), path


def test_off_marks_nothing_and_is_remembered(journal) -> None:
    speller = Speller(journal)
    speller.set_enabled(False)
    assert marked(speller, "recieve") == []
    assert Speller(journal).enabled is False


def test_suggestions_are_few_and_keep_the_capital(journal) -> None:
    speller = Speller(journal)
    speller.set_language("en")
    found = speller.suggestions("Recieve")
    assert found[0] == "Receive"
    assert len(found) <= spelling.MAX_SUGGESTIONS


def test_the_language_defaults_to_the_system_and_falls_back_to_english(
        journal, monkeypatch) -> None:
    class German:
        @staticmethod
        def system() -> QLocale:
            return QLocale("de_DE")

    class Klingon:
        @staticmethod
        def system() -> QLocale:
            return QLocale("tlh")

    monkeypatch.setattr(spelling, "QLocale", German)
    assert Speller(journal).language == "de"
    monkeypatch.setattr(spelling, "QLocale", Klingon)
    assert Speller(journal).language == "en"
    journal.set_setting(spelling.SETTING_LANGUAGE, "fr")
    assert Speller(journal).language == "fr"


def test_word_span_finds_the_word_under_the_cursor() -> None:
    assert word_span("we don't know", 5) == (3, 8)
    assert word_span("we  know", 3) is None


LANGUAGES_PROBE = """\
import json, sys
from importlib import resources
from trustjournal.gui import spelling

found = spelling.languages()
loaded = "spellchecker" in sys.modules
folder = resources.files("spellchecker") / "resources"
shipped = [code for code in spelling.LANGUAGE_NAMES if (folder / f"{code}.json.gz").is_file()]
print(json.dumps({"found": list(found), "loaded": loaded, "shipped": shipped}))
"""


def test_the_languages_are_found_without_loading_the_spell_checker() -> None:
    """The Journal page asks which word lists ship while it is built (start-up): that
    answer comes from the files alone; the spell checker loads later, off the GUI thread."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", LANGUAGES_PROBE], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout)
    assert seen["loaded"] is False
    assert seen["found"] == seen["shipped"] and "en" in seen["found"]
