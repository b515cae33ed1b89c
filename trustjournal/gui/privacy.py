"""The privacy page: what is protected and what is not, from resources/privacy.md."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from trustjournal.resources import resource

FALLBACK = ("# Privacy\n\nTrustJournal keeps your journal on this computer and makes no "
            "network connections. The full page could not be read.")


def privacy_text() -> str:
    try:
        return resource("privacy.md").read_text(encoding="utf-8")
    except OSError:
        return FALLBACK


class PrivacyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Privacy")
        self.resize(680, 620)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setMarkdown(privacy_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
