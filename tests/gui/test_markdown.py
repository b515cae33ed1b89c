"""The editor's Markdown styling: which characters get which style, in both themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextDocument

from trustjournal.gui.markdown import (
    BOLD,
    CODE,
    ITALIC,
    MARKER,
    QUOTE,
    SYNTAX,
    MarkdownHighlighter,
    line_flags,
)
from trustjournal.gui.theme import palette


def styles(text: str, bit: int) -> str:
    flags, _ = line_flags(text)
    return "".join(c if f & bit else "." for c, f in zip(text, flags, strict=True))


def test_nested_emphasis_is_both_bold_and_italic_inside() -> None:
    assert styles("**bold *both* bold**", BOLD) == "**bold *both* bold**"
    assert styles("**bold *both* bold**", ITALIC) == ".......*both*......."
    assert styles("*it **both** it*", ITALIC) == "*it **both** it*"
    assert styles("*it **both** it*", BOLD) == "....**both**...."
    assert styles("***all*** plain", BOLD) == ".**all**......."
    assert styles("***all*** plain", ITALIC) == "***all***......"


def test_unpaired_and_intraword_delimiters_stay_plain() -> None:
    assert styles("2 * 3 * 4", BOLD | ITALIC) == "........."
    assert styles("snake_case_name", ITALIC) == "..............."
    assert styles("**unclosed and *this*", ITALIC) == "...............*this*"


def test_signs_headings_lists_quotes_and_code() -> None:
    _flags, level = line_flags("## Where it comes from")
    assert level == 2
    assert styles("## Where", SYNTAX) == "##......"
    assert styles("- item *x*", MARKER) == "-........."
    assert styles("12. item", MARKER) == "12......"
    assert styles("> - said", QUOTE) == "> - said"
    assert styles("> - said", MARKER) == "..-....."
    assert styles("a `*not em*` b", CODE) == "..`*not em*`.."
    assert styles("a `*not em*` b", ITALIC) == ".............."


def test_the_text_itself_is_never_changed_and_colours_follow_the_theme(qtbot) -> None:
    document = QTextDocument()
    text = "# Title\n> quoted line\n**bold** and *em*"
    document.setPlainText(text)
    highlighter = MarkdownHighlighter(document, theme="dark")
    highlighter.rehighlight()
    assert document.toPlainText() == text
    quote = document.findBlockByNumber(1).layout().formats()
    assert any(r.format.foreground().color() == QColor(palette("dark").text_secondary)
               for r in quote)
    title = document.firstBlock().layout().formats()
    assert any(r.format.fontWeight() == QFont.Weight.Bold
               and r.format.fontPointSize() > document.defaultFont().pointSizeF()
               for r in title)
    highlighter.set_theme("light")
    highlighter.rehighlight()
    quote = document.findBlockByNumber(1).layout().formats()
    assert any(r.format.foreground().color() == QColor(palette("light").text_secondary)
               for r in quote)
