"""The editor's preview and the exports render a body through the same function."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextTable

from tests.exchange.markdown_sample import SAMPLE
from trustjournal.exchange.html_format import HtmlExporter
from trustjournal.exchange.model import EntryRecord, ExportOptions
from trustjournal.gui.preview import TOP_HEADING, preview_html

EXPORT_TOP_HEADING = 4  # the HTML and PDF exports' level for a body's highest heading


def exported_body(tmp_path: Path, body: str) -> str:
    """The body's HTML as the HTML export writes it into the page."""
    moment = dt.datetime(2024, 3, 5, 9, 0, tzinfo=dt.UTC)
    record = EntryRecord("0" * 32, "free", "Sample", body, dt.date(2024, 3, 5), moment, moment)
    target = tmp_path / "page.html"
    assert HtmlExporter().write([record], target, ExportOptions(title="J")) == 1
    page = target.read_text(encoding="utf-8")
    found = re.search(r'<div class="body">\n(.*?)\n</div>\n</article>', page, re.S)
    assert found, page[-800:]
    return found.group(1)


def heading_shifted(html: str, by: int) -> str:
    return re.sub(r"<(/?)h(\d)>", lambda m: f"<{m[1]}h{int(m[2]) + by}>", html)


def test_preview_and_export_write_the_same_html(tmp_path: Path) -> None:
    preview = preview_html(SAMPLE)
    exported = exported_body(tmp_path, SAMPLE)
    # Only the heading numbers differ: the export puts the body under an h3 title.
    assert heading_shifted(preview, EXPORT_TOP_HEADING - TOP_HEADING) == exported
    assert "<h2>What happened</h2>" in preview and "<h4>What happened</h4>" in exported
    assert "<table>" in exported and "<td>30</td>" in exported
    assert "late</em> and I felt <strong>scared</strong>.<br>\nIt was <s>nothing</s>" \
        in exported
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; and &lt;b&gt;not bold&lt;/b&gt;" \
        in exported
    assert "<script" not in exported and "<b>" not in exported
    assert "my notes and [image: a cat]" in exported and "example.org" not in exported


def test_the_editor_preview_shows_what_the_export_writes(qtbot, window, tmp_path: Path) -> None:
    window.write_new()
    editor = window.journal_view.editor
    editor.body_edit.setPlainText(SAMPLE)
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.body_stack.currentWidget() is editor.preview
    shown = editor.preview.document()
    # The same words, laid out the same way, as Qt shows the export's body.
    expected = QTextDocument()
    expected.setHtml(heading_shifted(exported_body(tmp_path, SAMPLE),
                                     TOP_HEADING - EXPORT_TOP_HEADING))
    assert shown.toPlainText() == expected.toPlainText()
    text = shown.toPlainText()
    assert '<script>alert("x")</script> and <b>not bold</b>' in text  # raw HTML as text
    assert "code <kept> as *is*" in text
    assert "She was late and I felt scared.\nIt was nothing something." in text
    assert "[image: a cat]" in text and "example.org" not in shown.toHtml()
    tables = [f for f in shown.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert [(t.rows(), t.columns()) for t in tables] == [(2, 3)]
    cell = tables[0].cellAt(1, 2).firstCursorPosition()
    cell.movePosition(cell.MoveOperation.EndOfBlock, cell.MoveMode.KeepAnchor)
    assert cell.selectedText() == "30"
    assert editor.body_edit.toPlainText() == SAMPLE  # the preview never touches the text
