"""The privacy page: what is protected and what is not, from resources/privacy.md."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from trustjournal.core.i18n import translate
from trustjournal.core.resources_data import builtin_privacy_page
from trustjournal.gui.safety import not_therapy_text


def fallback_text() -> str:
    """A short page in place of privacy.md when it cannot be read."""
    heading = translate("Privacy", "Privacy")
    text = translate("Privacy", "TrustJournal keeps your journal on this computer and makes "
                     "no network connections. The full page could not be read.")
    return f"# {heading}\n\n{text}"


def privacy_text() -> str:
    try:
        return builtin_privacy_page()
    except (OSError, UnicodeDecodeError):
        return fallback_text()


def help_text() -> str:
    """The help part of the page: what the journal is not, and what its safety check does."""
    heading = translate("Privacy", "A self-help journal")
    check = translate(
        "Privacy", "When something you write sounds like self-harm, harm or control, "
        "TrustJournal offers its Safety and support panel once. That check runs only on this "
        "computer and keeps no record of what it noticed; you can turn it off in Settings.")
    return f"## {heading}\n\n{not_therapy_text()}\n\n{check}\n"


class PrivacyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PrivacyDialog", "Privacy"))
        self.resize(680, 620)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setMarkdown(f"{privacy_text()}\n\n{help_text()}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
