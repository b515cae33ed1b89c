"""About TrustJournal: version, licence, where the journal is, what it runs on."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from trustjournal import APP_NAME, __version__
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.gui.theme import set_role
from trustjournal.gui.translation import NOT_TRANSLATED
from trustjournal.resources import resource

LICENCE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "TrustJournal is free software: you can redistribute it and/or modify it under the "
    "terms of the GNU General Public License as published by the Free Software "
    "Foundation, either version 3 of the License, or (at your option) any later version. "
    "It comes with no warranty. The licence's full text is in the LICENSE file that "
    "comes with the app."
)


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About {app}").format(app=APP_NAME))
        self.setMinimumWidth(460)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource("icons", "trustjournal.svg"))).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(f"{APP_NAME} {__version__}")
        set_role(title, "section-title")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        summary = QLabel(translate("AboutDialog",
                                   "A private, offline journal for working through trust "
                                   "issues in a relationship. No account, no network, no "
                                   "telemetry."))
        self.licence = QLabel(translate("AboutDialog", LICENCE))
        where = (translate("AboutDialog", "Journal folder: {folder}").format(folder=data_folder)
                 if data_folder else translate("AboutDialog", "Journal folder: not open"))
        self.details = QLabel(where)
        # Program names and versions are the same in every language.
        self.versions = QLabel(f"Python {platform.python_version()} · Qt {qVersion()} · "
                               f"PySide6 {pyside_version} · {platform.system()}")
        self.versions.setProperty(NOT_TRANSLATED, True)
        for label in (self.details, self.versions):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            set_role(label, "secondary")
        for label in (summary, self.licence, self.details, self.versions):
            label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (icon, title, summary, self.licence, self.details, self.versions,
                       buttons):
            layout.addWidget(widget)
