"""Light Markdown highlighting for the editor, which edits the Markdown source itself.

The body is stored exactly as typed; the editor never round-trips it through a rich
text model, so no character of the user's text is ever rewritten.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

_RULES = (
    (re.compile(r"^#{1,6}\s.*$"), "heading"),
    (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), "bold"),
    (re.compile(r"(?<![*\w])\*[^*\n]+\*(?!\*)|(?<![_\w])_[^_\n]+_(?!_)"), "italic"),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s"), "marker"),
    (re.compile(r"^>.*$"), "quote"),
    (re.compile(r"`[^`\n]+`"), "code"),
)


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(document.defaultFont().pointSizeF() * 1.2)
        self._formats["heading"] = heading
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        self._formats["bold"] = bold
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        self._formats["italic"] = italic
        marker = QTextCharFormat()
        marker.setFontWeight(QFont.Weight.Bold)
        self._formats["marker"] = marker
        quote = QTextCharFormat()
        quote.setFontItalic(True)
        self._formats["quote"] = quote
        code = QTextCharFormat()
        code.setFontFixedPitch(True)
        code.setFontFamilies(["monospace"])
        self._formats["code"] = code

    def highlightBlock(self, text: str) -> None:
        if len(text) > 20_000:  # a huge pasted paragraph: skip styling, keep typing fast
            return
        for pattern, name in _RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])
