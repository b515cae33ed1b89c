"""Qt's side of translation: the language chosen at start, plurals by the language's own
rules, English plurals, Qt's own buttons in the language, and the CLI's path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from trustjournal.catalogues import compile_catalogues
from trustjournal.core import i18n
from trustjournal.core.i18n import translate
from trustjournal.gui import translation


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test installs is taken out again, the locale put back."""
    locale = QLocale()
    yield qapp
    translation.uninstall(qapp)
    QLocale.setDefault(locale)


RUSSIAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Files</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln слово</numerusform>
            <numerusform>%Ln слова</numerusform>
            <numerusform>%Ln слов</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
</TS>
"""


def test_plural_forms_follow_the_languages_own_rules(languages: QApplication,
                                                     tmp_path: Path) -> None:
    source = tmp_path / "trustjournal_ru.ts"
    source.write_text(RUSSIAN, "utf-8")
    (compiled,) = compile_catalogues([source])
    translator = translation.QTranslator()
    assert translator.load(str(compiled))
    i18n.install(translation.QtBackend(translator, QLocale("ru")), "ru")
    shown = {n: translate("Files", "%n files", None, n) for n in (0, 1, 2, 5, 21)}
    assert shown == {0: "0 файлов", 1: "1 файл", 2: "2 файла", 5: "5 файлов", 21: "21 файл"}
    assert translate("Files", "%Ln words", None, 12345) == "12\N{NO-BREAK SPACE}345 слов"
    assert translate("Files", "Open") == "Открыть"
    # Not in the catalogue: English, as written.
    assert translate("Files", "Close") == "Close"


def test_english_plurals_read_right_in_the_window(languages: QApplication) -> None:
    translation.install_language(languages, "en_US")
    assert translate("SettingsDialog", "%n minutes", None, 1) == "1 minute"
    assert translate("SettingsDialog", "%n minutes", None, 5) == "5 minutes"
    # From the English catalogue, which the window loads for its plural forms.
    ours = translation.catalogue("en")
    assert ours is not None
    assert ours.translate("SettingsDialog", "%n minutes", None, 1) == "%n minute"


def test_a_missing_plural_in_english_falls_back_to_the_source(languages: QApplication) -> None:
    translation.install_language(languages, "en")
    assert translate("Nowhere", "%n things", None, 3) == "3 things"


def test_a_german_ui_gets_qts_own_buttons_in_german(languages: QApplication) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    translation.install_language(languages, "de_DE")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    texts = {box.button(b).text().replace("&", "")
             for b in (QDialogButtonBox.StandardButton.Cancel,
                       QDialogButtonBox.StandardButton.Close)}
    assert texts == {"Abbrechen", "Schließen"}


def test_the_pseudo_locale_shows_our_strings_in_brackets(languages: QApplication) -> None:
    translation.install_language(languages, i18n.PSEUDO)
    assert i18n.language() == i18n.PSEUDO
    assert translate("Application", "Show folder") == i18n.pseudo("Show folder")


def test_the_language_override_then_the_choice_then_the_system(tmp_path: Path) -> None:
    assert translation.wanted_language(tmp_path, {"TRUSTJOURNAL_LANGUAGE": "en_XA"}) == (
        "en_XA", True)
    translation.save_choice(tmp_path, "en_XA")
    assert (tmp_path / translation.FILE).stat().st_mode & 0o777 == 0o600
    assert json.loads((tmp_path / translation.FILE).read_text()) == {"language": "en_XA"}
    assert translation.wanted_language(tmp_path, {}) == ("en_XA", True)
    assert translation.wanted_language(tmp_path, {"TRUSTJOURNAL_LANGUAGE": "en_GB"}) == (
        "en_GB", True)
    translation.save_choice(tmp_path, "")
    language, chosen = translation.wanted_language(tmp_path, {})
    assert not chosen
    assert language == i18n.best_language(translation.system_languages(),
                                           i18n.catalogue_languages())
    # Asked for a language with no catalogue: the system's, not English by force.
    assert translation.wanted_language(tmp_path, {"TRUSTJOURNAL_LANGUAGE": "xx"}) == (
        language, False)
    (tmp_path / translation.FILE).write_text("not json")
    assert translation.load_choice(tmp_path) == ""


def test_qts_own_catalogues_are_found() -> None:
    folders = translation.qt_translations_dirs()
    assert any((folder / "qtbase_de.qm").is_file() for folder in folders), folders


CLI_PROBE = """\
import sys
from trustjournal.app import _cli_language
from trustjournal.core.i18n import language, translate
_cli_language()
print(language(), translate("Application", "Show folder"),
      any(name.startswith("PySide6") for name in sys.modules), sep="|")
"""


@pytest.mark.parametrize(("environ", "wanted"), [
    ({"LANG": "en_US.UTF-8"}, "en_US|Show folder|False"),
    ({"LANG": "C"}, "en|Show folder|False"),
    # No German catalogue yet: English, still without Qt.
    ({"LANG": "de_DE.UTF-8"}, "en|Show folder|False"),
    ({"TRUSTJOURNAL_LANGUAGE": "en_XA"}, f"en_XA|{i18n.pseudo('Show folder')}|True"),
])
def test_the_cli_speaks_the_environments_language_and_english_needs_no_qt(
    environ: dict[str, str], wanted: str
) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "TRUSTJOURNAL_LANGUAGE")}
    done = subprocess.run([sys.executable, "-c", CLI_PROBE], env={**env, **environ},
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == wanted


def test_the_start_installs_the_asked_for_language_and_its_locale(
    languages: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_LANGUAGE", "en_XA")
    system = QLocale().name()
    assert translation.install_app_language(languages, tmp_path) == "en_XA"
    assert translate("SettingsDialog", "%n minutes", None, 2) == i18n.pseudo(
        "%n minutes").replace("%n", "2")
    assert QLocale().name() == system  # the pseudo-locale keeps the system's dates
    monkeypatch.setenv("TRUSTJOURNAL_LANGUAGE", "en_GB")
    assert translation.install_app_language(languages, tmp_path) == "en_GB"
    assert QLocale().name() == "en_GB"
    assert translate("SettingsDialog", "Settings") == "Settings"


def test_grouped_counts_follow_the_locale_in_the_window(languages: QApplication) -> None:
    translation.install_language(languages, "en")
    QLocale.setDefault(QLocale("de_DE"))
    assert translate("Nowhere", "%Ln words", None, 12345) == "12.345 words"
    QLocale.setDefault(QLocale("en_US"))
    assert translate("Nowhere", "%Ln words", None, 12345) == "12,345 words"
