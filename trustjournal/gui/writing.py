"""The writing surface: a centred column of about 70 characters, airy lines, spelling.

A QTextEdit rather than a QPlainTextEdit because only its layout honours a paragraph's
line height. It still holds plain Markdown source: rich text is never accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from trustjournal.core.i18n import translate
from trustjournal.gui.spelling import Speller, word_span
from trustjournal.gui.theme.apply import body_font
from trustjournal.gui.theme.scale import space

COLUMN_CHARS = 70
LINE_HEIGHT = 140  # percent of the font's line spacing


class WritingEdit(QTextEdit):
    """The entry body. `speller` (set by the editor) adds suggestions to the menu.

    It draws its placeholder itself: QTextEdit clips its own to the empty document's one
    line (with the airy line height, a wrapped hint showed its second line cut through
    the middle), so Qt is given none and `placeholderText` answers with this one."""

    word_added = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setPlaceholderText(translate(
            "WritingEdit", "Write whatever is on your mind. There is no right way to begin."))
        self.setFont(body_font(self.font()))
        self.document().setDocumentMargin(space(2))
        self.speller: Speller | None = None
        self._side = -1

    # -- the placeholder -------------------------------------------------------------

    def placeholderText(self) -> str:  # Qt's name, for every caller in Python
        return self._placeholder

    def setPlaceholderText(self, text: str) -> None:
        if text != self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def placeholder_rect(self) -> QRect:
        """Where the placeholder is drawn (viewport coordinates), as high as its wrapped
        lines need, so none of them is ever cut."""
        margin = int(self.document().documentMargin())
        area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        flags = int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        needed = self.fontMetrics().boundingRect(area, flags, self._placeholder)
        return QRect(area.topLeft(), QSize(area.width(), max(area.height(), needed.height())))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._placeholder or not self.document().isEmpty():
            return
        layout = self.document().firstBlock().layout()
        if layout is not None and layout.preeditAreaText():
            return  # text being composed (an input method) shows instead, as in Qt
        # Where and how Qt draws its own: the document's margin in, its top left.
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.placeholder_rect(),
                         Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self._placeholder)
        painter.end()

    # -- the column --------------------------------------------------------------------

    def column_width(self) -> float:
        """The widest the text may run, in pixels: about 70 average characters."""
        return QFontMetricsF(self.font()).averageCharWidth() * COLUMN_CHARS

    def fit_column(self) -> None:
        """Centre the column in the space there is. Viewport margins, not document
        formats, so resizing never becomes an edit (no undo step, no save)."""
        available = self.contentsRect().width()
        bar = self.verticalScrollBar()
        if bar.isVisible():
            available -= bar.width()
        text = self.column_width() + 2 * self.document().documentMargin()
        side = max(0, int((available - text) / 2))
        if side != self._side:
            self._side = side
            self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_column()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._side = -1
            self.fit_column()

    # -- line height ---------------------------------------------------------------------

    def apply_line_height(self) -> None:
        """Give every paragraph the airy line height; new paragraphs inherit it from the
        one they are split from. A format change: call it only while loading text."""
        block = QTextBlockFormat()
        block.setLineHeight(float(LINE_HEIGHT),
                            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Qt answers Return in an empty paragraph whose format is not the default by
        # only resetting that format: the blank line typed would vanish (and the next
        # one lose its line height). A plain new paragraph keeps both.
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain
                and not self.isReadOnly()):
            cursor = self.textCursor()
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            cursor.insertBlock()
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- spelling in the context menu ------------------------------------------------------

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The right-click menu at `pos` (viewport coordinates): for a misspelt word, up
        to five suggestions and "Add to my words" above the usual items."""
        menu = self.createStandardContextMenu(pos)
        speller = self.speller
        if speller is None or not speller.enabled or self.isReadOnly():
            return menu
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        span = word_span(block.text(), cursor.positionInBlock())
        if span is None:
            return menu
        word = block.text()[span[0]:span[1]]
        if not speller.misspelt(word):
            return menu
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []
        suggestions = speller.suggestions(word)
        start, end = block.position() + span[0], block.position() + span[1]
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(
                lambda _=False, s=suggestion: self.replace_word(start, end, s))
            actions.append(action)
        if not suggestions:
            none = QAction(translate("WritingEdit", "No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(translate("WritingEdit", "Add to my words"), menu)
        add.setToolTip(translate("WritingEdit", "Never mark this word again in this journal"))
        add.triggered.connect(lambda _=False, w=word: self._add_word(w))
        actions.append(add)
        menu.insertActions(first, actions)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        return menu

    def replace_word(self, start: int, end: int, replacement: str) -> None:
        """Put `replacement` in place of the text from `start` to `end`: one undo step."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        self.setTextCursor(cursor)

    def _add_word(self, word: str) -> None:
        if self.speller is not None:
            self.speller.add_word(word)
            self.word_added.emit(word)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # QTextEdit gets its context menu events in viewport coordinates already.
        menu = self.context_menu_at(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
