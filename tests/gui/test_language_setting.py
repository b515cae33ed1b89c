"""The language choice in Settings: offered in each language's own name, kept inside
the journal and remembered for the screens before unlock, shown from the next start."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustjournal.core import i18n
from trustjournal.gui import translation
from trustjournal.gui.language_setting import SHOW_PSEUDO, language_name, offered_languages
from trustjournal.gui.settings import SettingsDialog


def test_languages_are_named_in_their_own_words() -> None:
    assert language_name("de") == "Deutsch"
    assert language_name("en") == "English"
    assert language_name("pt_BR") == "português (Brasil)"


def test_the_pseudo_locale_is_offered_only_when_asked_for() -> None:
    assert "en_XA" not in offered_languages({})
    assert "en_XA" in offered_languages({SHOW_PSEUDO: "1"})
    assert "en_XA" in offered_languages({"TRUSTJOURNAL_LANGUAGE": "en_XA"})
    assert "en" in offered_languages({})


def test_choosing_a_language_keeps_it_for_the_next_start(
    qtbot, window, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.delenv("TRUSTJOURNAL_LANGUAGE", raising=False)
    monkeypatch.setenv(SHOW_PSEUDO, "1")
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    combo = dialog.language.combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "System language" and combo.itemData(0) == ""
    assert "English" in items and combo.currentIndex() == 0
    assert not dialog.language.note.isVisibleTo(dialog)
    combo.setCurrentIndex(combo.findData(i18n.PSEUDO))
    combo.activated.emit(combo.currentIndex())
    folder: Path = window.journal.path.parent
    assert window.journal.get_setting(i18n.SETTING) == i18n.PSEUDO
    assert translation.load_choice(folder) == i18n.PSEUDO
    assert translation.wanted_language(folder, {}) == (i18n.PSEUDO, True)
    assert dialog.language.note.isVisibleTo(dialog)
    # Opened again, the dialog shows the choice.
    again = SettingsDialog(window)
    qtbot.addWidget(again)
    assert again.language.combo.currentData() == i18n.PSEUDO
