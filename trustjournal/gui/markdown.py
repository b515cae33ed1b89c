"""Live Markdown styling for the editor, which edits the Markdown source itself.

The body is stored exactly as typed; the editor never round-trips it through a rich
text model, so no character of the person's text is ever rewritten. Styling is only
drawn on top: headings larger, emphasis bold or italic (nested too), list markers in
the accent, quotes and the Markdown signs themselves quieter, misspelt words underlined.
Qt calls highlightBlock for the changed paragraph only, so typing costs one paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from trustjournal.gui.theme import palette
from trustjournal.gui.theme.scale import BODY, PAGE_TITLE, SECTION_TITLE

if TYPE_CHECKING:
    from trustjournal.gui.spelling import Speller
    from trustjournal.gui.theme import Theme

BOLD, ITALIC, CODE, SYNTAX, QUOTE, MARKER, MISSPELT = (1 << n for n in range(7))
IN_FENCE = 1  # block state: inside a ``` fenced code block
HEADING_SCALE = {1: PAGE_TITLE / BODY, 2: SECTION_TITLE / BODY, 3: 18 / BODY}
LONGEST_STYLED = 20_000  # a huge pasted paragraph is left plain, so typing stays fast

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:\s|$)")
_QUOTE = re.compile(r"^ {0,3}(?:> ?)+")
_MARKER = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])(?=\s)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_DELIMITERS = re.compile(r"\*+|_+")


def _punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, *, theme: Theme = "light",
                 speller: Speller | None = None) -> None:
        super().__init__(document)
        self._theme: Theme = theme
        self.speller = speller
        self._formats: dict[tuple[int, int], QTextCharFormat] = {}

    def set_theme(self, theme: Theme) -> None:
        """Draw with `theme`'s colours (and the document's current font size) from now."""
        self._theme = theme
        self._formats.clear()

    def highlightBlock(self, text: str) -> None:
        in_fence = self.previousBlockState() == IN_FENCE
        self.setCurrentBlockState(IN_FENCE if in_fence else 0)
        if len(text) > LONGEST_STYLED:
            return
        if _FENCE.match(text):
            self.setCurrentBlockState(0 if in_fence else IN_FENCE)
            self._paint([CODE | SYNTAX] * len(text), 0)
            return
        if in_fence:
            self._paint([CODE] * len(text), 0)
            return
        flags, level = line_flags(text)
        if self.speller is not None:
            for start, length in self.speller.misspelt(text):
                if not any(f & (CODE | SYNTAX) for f in flags[start:start + length]):
                    for i in range(start, start + length):
                        flags[i] |= MISSPELT
        self._paint(flags, level)

    def _paint(self, flags: list[int], level: int) -> None:
        start = 0
        for i in range(1, len(flags) + 1):
            if i == len(flags) or flags[i] != flags[start]:
                if flags[start] or level:
                    self.setFormat(start, i - start, self._format(flags[start], level))
                start = i

    def _format(self, flags: int, level: int) -> QTextCharFormat:
        key = (flags, level)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = self._build(flags, level)
        return fmt

    def _build(self, flags: int, level: int) -> QTextCharFormat:
        colours = palette(self._theme)
        fmt = QTextCharFormat()
        if level:
            fmt.setFontWeight(QFont.Weight.Bold)
            base = self.document().defaultFont().pointSizeF()
            if base > 0:
                fmt.setFontPointSize(base * HEADING_SCALE.get(level, 1.0))
        if flags & (BOLD | MARKER):
            fmt.setFontWeight(QFont.Weight.Bold)
        if flags & (ITALIC | QUOTE):
            fmt.setFontItalic(True)
        if flags & QUOTE:
            fmt.setForeground(QColor(colours.text_secondary))
        if flags & CODE:
            fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            fmt.setFontFamilies([fixed.family(), "monospace"])
            fmt.setFontFixedPitch(True)
            fmt.setBackground(QColor(colours.surface_alt))
        if flags & MARKER:
            fmt.setForeground(QColor(colours.accent))
        if flags & SYNTAX:
            fmt.setForeground(QColor(colours.text_secondary))
        if flags & MISSPELT:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(colours.error))
        return fmt


def line_flags(text: str) -> tuple[list[int], int]:
    """The styling of each character of one Markdown line, and its heading level (0: not
    a heading). Pure, so the parsing is tested without drawing."""
    flags = [0] * len(text)
    level = 0
    start = 0
    if heading := _HEADING.match(text):
        level = len(heading.group(1))
        _mark(flags, heading.start(1), heading.end(1), SYNTAX)
        start = heading.end()
    elif quote := _QUOTE.match(text):
        _mark(flags, 0, len(text), QUOTE)
        _mark(flags, 0, quote.end(), SYNTAX)
        start = quote.end()
    if not level and (marker := _MARKER.match(text, start)):
        _mark(flags, marker.end() - len(marker.group().lstrip()), marker.end(), MARKER)
        start = marker.end()
    for span in _CODE_SPAN.finditer(text, start):
        _mark(flags, span.start(), span.end(), CODE)
        _mark(flags, span.start(1), span.end(1), SYNTAX)
        _mark(flags, span.end(2), span.end(), SYNTAX)
    _emphasis(text, flags, start)
    return flags, level


def _mark(flags: list[int], start: int, end: int, bit: int) -> None:
    for i in range(start, end):
        flags[i] |= bit


def _emphasis(text: str, flags: list[int], start: int) -> None:
    """Pair * and _ runs the way CommonMark does (flanking rules, the rule of three,
    strong before emphasis), so "***a** b*" and "*a **b** c*" nest correctly."""
    runs: list[list] = []  # [char, first, end, can_open, can_close, length]
    for match in _DELIMITERS.finditer(text, start):
        first, end = match.span()
        if flags[first] & CODE:
            continue
        char = text[first]
        before = text[first - 1] if first > 0 else " "
        after = text[end] if end < len(text) else " "
        left = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before))
        right = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after))
        if char == "*":
            can_open, can_close = left, right
        else:  # no emphasis inside words with _ (snake_case stays plain)
            can_open = left and (not right or _punct(before))
            can_close = right and (not left or _punct(after))
        runs.append([char, first, end, can_open, can_close, end - first])
    closer = 0
    while closer < len(runs):
        char, first, end, _, can_close, length = runs[closer]
        if not can_close or first >= end:
            closer += 1
            continue
        opener = closer - 1
        while opener >= 0:
            o = runs[opener]
            both = o[4] or runs[closer][3]
            if (o[0] == char and o[3] and o[1] < o[2]
                    and not (both and (o[5] + length) % 3 == 0
                             and not (o[5] % 3 == 0 and length % 3 == 0))):
                break
            opener -= 1
        if opener < 0:
            closer += 1
            continue
        o = runs[opener]
        use = 2 if o[2] - o[1] >= 2 and end - first >= 2 else 1
        bit = BOLD if use == 2 else ITALIC
        _mark(flags, o[2] - use, first + use, bit)
        _mark(flags, o[2] - use, o[2], SYNTAX)
        _mark(flags, first, first + use, SYNTAX)
        o[2] -= use
        runs[closer][1] += use
        for between in runs[opener + 1:closer]:  # cannot pair across this emphasis
            between[3] = between[4] = False
