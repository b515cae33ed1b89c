"""The language choice in Settings: "System language" first, then every language that has
a catalogue, each in its own name ("Deutsch", "português (Brasil)").

The choice is kept inside the journal and remembered in the data folder for the
screens drawn before a journal opens (see gui/translation.py); it shows from the next
start. The pseudo-locale is offered only to people testing translations.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from trustjournal.core import i18n
from trustjournal.core.i18n import translate
from trustjournal.gui import translation

# Set to 1 to offer the pseudo-locale in Settings (it also shows while it is in use).
SHOW_PSEUDO = "TRUSTJOURNAL_PSEUDO_LOCALE"


def language_name(code: str) -> str:
    """`code`'s language in its own words: 'Deutsch', 'English', 'português (Brasil)'."""
    if code == i18n.PSEUDO:
        return translate("LanguageSetting", "Pseudo-locale (en_XA, for testing)")
    locale = QLocale(code)
    if i18n.is_english(code) and "_" not in code:
        name = QLocale.languageToString(QLocale.Language.English)
    else:
        name = locale.nativeLanguageName() or code
    if "_" in code and locale.nativeTerritoryName():
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name


def offered_languages(environ: dict[str, str] | None = None) -> list[str]:
    """The languages to offer: each that has a catalogue; the pseudo-locale only when it
    is asked for (in use through TRUSTJOURNAL_LANGUAGE, or TRUSTJOURNAL_PSEUDO_LOCALE=1)."""
    environ = dict(os.environ) if environ is None else environ
    testing = (environ.get(SHOW_PSEUDO) == "1"
               or i18n.normalise(environ.get(i18n.LANGUAGE_VARIABLE, "")) == i18n.PSEUDO
               or i18n.language() == i18n.PSEUDO)
    return [code for code in i18n.catalogue_languages() if code != i18n.PSEUDO or testing]


class LanguageSetting(QWidget):
    """The drop-down and its note; choosing stores the choice in the journal and in the
    data folder."""

    def __init__(self, journal: Any, data_folder: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.data_folder = data_folder
        self.combo = QComboBox()
        self.combo.setObjectName("languageChoice")
        self.combo.setAccessibleName(translate("LanguageSetting", "Language of the app"))
        self.combo.addItem(translate("LanguageSetting", "System language"), "")
        for code in offered_languages():
            self.combo.addItem(language_name(code), code)
        chosen = i18n.normalise(str(journal.get_setting(i18n.SETTING, "") or ""))
        index = self.combo.findData(chosen)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.activated.connect(self._chosen)
        self.note = QLabel(translate("LanguageSetting",
                                     "A new language shows the next time TrustJournal "
                                     "starts."))
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.combo)
        column.addWidget(self.note)

    def _chosen(self, _index: int) -> None:
        code = str(self.combo.currentData() or "")
        self.journal.set_setting(i18n.SETTING, code)
        if self.data_folder is not None:
            # Unwritable folder: the journal keeps the choice; the locked screen just
            # keeps the system's language.
            with contextlib.suppress(OSError):
                translation.save_choice(self.data_folder, code)
        self.note.setVisible(True)
