"""Painting list rows: day headers, entry cards and search results.

Every row is measured with the same text layout that paints it, at the width of the
view, so a title that wraps makes its row taller and a day header can never be drawn
over the entry above it, whatever the width, font size or theme.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QWidget

from trustjournal.core.entries import EntrySummary
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.search import snippet_segments
from trustjournal.gui.dates import date_text
from trustjournal.gui.timeline_model import (
    ENTRY_ROLE,
    HEADER_ROLE,
    entry_word,
    is_checkin,
    kind_label,
    untitled,
)

# The text and style classes load with the first row measured or painted (the timeline
# is hidden behind Today at start-up): each brings its enums, about 10 ms, along.
if TYPE_CHECKING:
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 10
PAD = 8
GAP = 4
TITLE_LINES = 2
PREVIEW_LINES = 2
MIN_TEXT_WIDTH = 40


def shown_title(summary: EntrySummary, badge: str) -> str:
    """The title without the kind the badge already names ("Check-in · …")."""
    title = summary.title or untitled()
    plain = entry_word()
    for joint in (": ", " · "):
        if badge != plain and title.startswith(badge + joint) and len(title) > len(badge) + 2:
            rest = title[len(badge) + len(joint):]
            return rest[:1].upper() + rest[1:]
    return title


def meta_text(summary: EntrySummary, show_date: bool) -> str:
    word_count = summary.word_count
    words = translate("Delegates", "%Ln words", None, word_count)
    tags = " ".join(f"#{t}" for t in summary.tags)
    day = date_text(summary.local_date) if show_date else ""
    # Each arrangement whole, so a language may order the parts its own way.
    if day and tags:
        return translate("Delegates", "{date} · {words} · {tags}").format(
            date=day, words=words, tags=tags)
    if day:
        return translate("Delegates", "{date} · {words}").format(date=day, words=words)
    if tags:
        return translate("Delegates", "{words} · {tags}").format(words=words, tags=tags)
    return words


def snippet_pieces(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as plain text pieces, matches marked, Markdown left out."""
    from trustjournal.core.plain import plain_line  # with the first search, not start-up

    return snippet_segments(plain_line(snippet, keep_headings=True))


def _layout(text: str, font: QFont, width: float, max_lines: int,
            formats: list[QTextLayout.FormatRange] | None = None) -> QTextLayout:
    """Lines of `text` at `width`, at most `max_lines`, the last one elided if cut short."""
    from PySide6.QtGui import QTextLayout, QTextOption

    fm = QFontMetricsF(font)
    for attempt in range(2):
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        if formats:
            layout.setFormats(formats)
        layout.beginLayout()
        y = 0.0
        last_start = 0
        for _ in range(max_lines):
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += fm.lineSpacing()
            last_start = line.textStart()
        more = layout.createLine().isValid()
        layout.endLayout()
        if not more or attempt:
            return layout
        # Cut short: the last line is written again, elided to fit.
        rest = " ".join(text[last_start:].split())
        text = text[:last_start] + fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        formats = [f for f in formats or [] if f.start < len(text)]
    return layout


def _lines_height(layout: QTextLayout, font: QFont) -> float:
    return layout.lineCount() * QFontMetricsF(font).lineSpacing()


@lazy_dataclass
class _Card:
    kind: str
    badge: str
    badge_font: QFont
    meta: str
    title: QTextLayout
    title_font: QFont
    body: QTextLayout
    body_font: QFont

    def height(self) -> int:
        top = QFontMetricsF(self.badge_font).lineSpacing() + GAP
        title = _lines_height(self.title, self.title_font)
        body = _lines_height(self.body, self.body_font)
        return int(PAD + top + title + (GAP + body if body else 0) + PAD + 0.999)


class EntryDelegate(QStyledItemDelegate):
    """Day headers as small bold labels; entries as cards: a kind badge with the date,
    words and tags, the title (two lines at most) and a plain-text preview or snippet."""

    def __init__(self, parent: QWidget | None = None, show_date: bool = False) -> None:
        super().__init__(parent)
        self._show_date = show_date
        if isinstance(parent, QListView):
            # Rows are measured at the view's width, so a resize must measure them again.
            parent.setResizeMode(QListView.ResizeMode.Adjust)
            parent.setUniformItemSizes(False)

    # -- measuring -------------------------------------------------------------------

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        return width or option.rect.width() or 300

    @staticmethod
    def _header_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def _card(self, option: QStyleOptionViewItem, index: Index, width: int) -> _Card | None:
        summary = index.data(ENTRY_ROLE)
        if not isinstance(summary, EntrySummary):
            return None
        text_width = max(MIN_TEXT_WIDTH, width - 2 * PAD)
        title_font = QFont(option.font)
        title_font.setBold(True)
        small = QFont(option.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        else:
            small.setPixelSize(max(8, round(small.pixelSize() * 0.85)))
        badge = kind_label(summary)
        star = "★ " if summary.starred else ""
        title = _layout(star + shown_title(summary, badge), title_font, text_width, TITLE_LINES)
        snippet = index.data(SNIPPET_ROLE)
        if snippet:
            from PySide6.QtGui import QTextCharFormat, QTextLayout

            text, formats, pos = "", [], 0
            for piece, match in snippet_pieces(str(snippet)):
                if match:
                    fmt = QTextCharFormat()
                    fmt.setFontWeight(QFont.Weight.Bold)
                    fmt.setFontUnderline(True)
                    span = QTextLayout.FormatRange()
                    span.start, span.length, span.format = pos, len(piece), fmt
                    formats.append(span)
                text += piece
                pos += len(piece)
            body = _layout(text, option.font, text_width, PREVIEW_LINES, formats)
        else:
            body = _layout(summary.preview, option.font, text_width, PREVIEW_LINES)
        kind = "checkin" if is_checkin(summary) else summary.kind.value
        return _Card(kind, badge, small, meta_text(summary, self._show_date), title, title_font,
                     body, option.font)

    def shown_texts(self, option: QStyleOptionViewItem, index: Index) -> tuple[str, ...]:
        """The badge, meta line, title and preview as the row paints them (for tests and
        for checking what a person sees)."""
        card = self._card(option, index, self._width(option))
        if card is None:
            return (str(index.data(Qt.ItemDataRole.DisplayRole)),)
        return card.badge, card.meta, card.title.text(), card.body.text()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(option)
        if index.data(HEADER_ROLE):
            line = QFontMetricsF(self._header_font(option)).lineSpacing()
            return QSize(MIN_TEXT_WIDTH, int(line + 0.999) + PAD + PAD // 2)
        card = self._card(option, index, width)
        # The list stretches rows to its width; asking for less never adds a scroll bar.
        return QSize(MIN_TEXT_WIDTH, card.height() if card else 2 * PAD)

    # -- painting --------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        painter.save()
        try:
            if index.data(HEADER_ROLE):
                self._paint_header(painter, option, index)
            else:
                self._paint_card(painter, option, index)
        finally:
            painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: Index) -> None:
        font = self._header_font(option)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        rect = QRectF(option.rect).adjusted(PAD, PAD, -PAD, -PAD / 2)
        text = QFontMetricsF(font).elidedText(str(index.data(Qt.ItemDataRole.DisplayRole)),
                                              Qt.TextElideMode.ElideRight, rect.width())
        painter.setClipRect(option.rect)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: Index) -> None:
        card = self._card(option, index, option.rect.width())
        if card is None:
            return
        palette = option.palette
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(option.rect)
        from PySide6.QtWidgets import QStyle

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(QRectF(option.rect).adjusted(2, 1, -2, -1), 6, 6)
        left, y = option.rect.left() + PAD, option.rect.top() + PAD
        y = self._paint_badge(painter, option, card, left, y, selected)
        painter.setPen(palette.color(text_role))
        card.title.draw(painter, QPointF(left, y))
        y += _lines_height(card.title, card.title_font) + GAP
        painter.setPen(palette.color(text_role))
        card.body.draw(painter, QPointF(left, y))

    def _paint_badge(self, painter: QPainter, option: QStyleOptionViewItem, card: _Card,
                     left: float, top: float, selected: bool) -> float:
        """The kind as a marked pill, then the meta line; returns where the title starts."""
        palette = option.palette
        fm = QFontMetricsF(card.badge_font)
        line = fm.lineSpacing()
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        available = option.rect.width() - 2 * PAD
        badge = fm.elidedText(card.badge, Qt.TextElideMode.ElideRight,
                              max(MIN_TEXT_WIDTH, available * 0.6))
        mark = line * 0.5
        pill = QRectF(left, top, fm.horizontalAdvance(badge) + mark + 3 * GAP, line)
        tint = QColor(text_colour)
        tint.setAlphaF(0.10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(pill, line / 2, line / 2)
        # A shape per kind, so the three differ at a glance and not by colour alone.
        painter.setBrush(text_colour)
        shape = QRectF(pill.left() + GAP, top + (line - mark) / 2, mark, mark)
        if card.kind == "checkin":
            painter.drawEllipse(shape)
        elif card.kind == "free":
            painter.drawRect(shape.adjusted(0, mark * 0.35, 0, -mark * 0.35))
        else:
            painter.drawRoundedRect(shape, 1.5, 1.5)
        painter.setFont(card.badge_font)
        painter.setPen(text_colour)
        painter.drawText(QRectF(shape.right() + GAP, top, fm.horizontalAdvance(badge) + GAP,
                                line), Qt.AlignmentFlag.AlignVCenter, badge)
        meta_left = pill.right() + 2 * GAP
        meta_width = option.rect.right() - PAD - meta_left
        if meta_width > MIN_TEXT_WIDTH / 2:
            muted = palette.color(QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.PlaceholderText)
            painter.setPen(muted)
            meta = fm.elidedText(card.meta, Qt.TextElideMode.ElideRight, meta_width)
            painter.drawText(QRectF(meta_left, top, meta_width, line),
                             Qt.AlignmentFlag.AlignVCenter, meta)
        return top + line + GAP
