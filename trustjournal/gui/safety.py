"""The safety panel: always one click away, and shown calmly when an answer calls for it.

Its words and resources are data (resources/safety.toml). Nothing is opened or sent:
phone numbers are plain text the person can read or copy.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from trustjournal.core.resources_data import ResourceFileError, SafetyInfo, builtin_safety

FALLBACK = SafetyInfo(
    title="Your safety matters",
    paragraphs=(
        "Abuse is never okay, and feeling safe is your right.",
        "If you are in danger, call your local emergency number.",
    ),
    resources=(),
    privacy="Nothing here opens or sends anything by itself.",
)


def safety_html(info: SafetyInfo) -> str:
    parts = [f"<h2>{escape(info.title)}</h2>"]
    parts += [f"<p>{escape(p)}</p>" for p in info.paragraphs]
    if info.resources:
        parts.append("<h3>Where to turn</h3><ul>")
        for res in info.resources:
            contact = f" — <b>{escape(res.contact)}</b>" if res.contact else ""
            note = f"<br/><small>{escape(res.note)}</small>" if res.note else ""
            parts.append(f"<li>{escape(res.name)}{contact}{note}</li>")
        parts.append("</ul>")
    parts.append(f"<p><i>{escape(info.privacy)}</i></p>")
    return "".join(parts)


def load_safety_info() -> SafetyInfo:
    """The shipped text; a damaged or missing file still leaves a short safe message."""
    try:
        return builtin_safety()
    except (OSError, ResourceFileError):
        return FALLBACK


class SafetyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Safety and support")
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        if reason:
            intro = QLabel(reason)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(safety_html(load_safety_info()))
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
