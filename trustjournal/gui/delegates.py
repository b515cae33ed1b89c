"""Painting list rows: day headers, entry cards and search results."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from trustjournal.core.entries import EntrySummary
from trustjournal.core.search import snippet_segments
from trustjournal.gui.timeline_model import ENTRY_ROLE, HEADER_ROLE

Index = QModelIndex | QPersistentModelIndex
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 10
PAD = 8
PREVIEW_CHARS = 90
MAX_LINES = 5


def entry_html(summary: EntrySummary, second_line_html: str, show_date: bool) -> str:
    star = "★ " if summary.starred else ""
    title = escape(summary.title or "Untitled")
    meta = [f"{summary.word_count} words"]
    if show_date:
        meta.insert(0, f"{summary.local_date:%d %b %Y}")
    if summary.tags:
        meta.append(" ".join(f"#{escape(t)}" for t in summary.tags))
    return (
        f"<div><b>{star}{title}</b></div>"
        f"<div>{second_line_html}</div>"
        f"<div><small>{' · '.join(meta)}</small></div>"
    )


def _shorten(text: str, limit: int = PREVIEW_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def snippet_html(snippet: str) -> str:
    return "".join(
        f"<b><u>{escape(text)}</u></b>" if match else escape(text)
        for text, match in snippet_segments(snippet)
    )


class EntryDelegate(QStyledItemDelegate):
    """Day headers as small bold labels; entries as three-line cards (rich text)."""

    def __init__(self, parent=None, show_date: bool = False) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._show_date = show_date

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        summary = index.data(ENTRY_ROLE)
        if not isinstance(summary, EntrySummary):
            return None
        snippet = index.data(SNIPPET_ROLE)
        # Two lines of preview at most, so the date, word count and tags always show.
        second = snippet_html(snippet) if snippet else escape(_shorten(summary.preview))
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(entry_html(summary, second, self._show_date))
        doc.setTextWidth(max(50, option.rect.width() - 2 * PAD))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.data(HEADER_ROLE):
            return QSize(100, option.fontMetrics.height() + 2 * PAD)
        line = option.fontMetrics.lineSpacing()
        # Lay the card out at the width it will be painted at: the view's viewport.
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        width = width or option.rect.width() or 300
        opt = QStyleOptionViewItem(option)
        opt.rect.setWidth(width)
        doc = self._document(opt, index)
        height = int(doc.size().height()) if doc else 3 * line
        return QSize(100, min(height, MAX_LINES * line) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        try:
            if index.data(HEADER_ROLE):
                font = QFont(option.font)
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
                rect = option.rect.adjusted(PAD, PAD // 2, -PAD, 0)
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 str(index.data(Qt.ItemDataRole.DisplayRole)))
                return
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            if selected:
                painter.fillRect(option.rect, option.palette.highlight())
            doc = self._document(option, index)
            if doc is None:
                return
            ctx = QAbstractTextDocumentLayout.PaintContext()
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
            painter.translate(option.rect.left() + PAD, option.rect.top() + PAD)
            clip = QRectF(0, 0, option.rect.width() - 2 * PAD, option.rect.height() - 2 * PAD)
            painter.setClipRect(clip)
            ctx.clip = clip
            doc.documentLayout().draw(painter, ctx)
        finally:
            painter.restore()
