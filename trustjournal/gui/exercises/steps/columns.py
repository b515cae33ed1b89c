"""A layout of short items (feeling names) in as many equal columns as the width holds.

Column width comes from the widest item's own size hint, so a name is never cut short at
any width, font size or style; a fixed column count did that in narrow places.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget

WIDE_COLUMNS = 3  # what the layout asks for when nothing limits it


class ColumnsLayout(QLayout):
    """Items row by row in equal columns: as many as fit, at least one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # -- QLayout's item list -----------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    # -- sizes -------------------------------------------------------------------------

    def _spacing(self, which: QStyle.PixelMetric) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        owner = self.parentWidget()
        if owner is None:
            return 6
        return max(0, owner.style().pixelMetric(which, None, owner))

    def _gaps(self) -> tuple[int, int]:
        return (self._spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing),
                self._spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing))

    def _cell(self) -> QSize:
        """The widest and tallest item, hidden ones too: filtering the list then never
        changes the columns under the person's eyes."""
        cell = QSize(0, 0)
        for item in self._items:
            widget = item.widget()
            hint = widget.sizeHint() if widget is not None else item.sizeHint()
            cell = cell.expandedTo(hint)
        return cell

    def _columns(self, width: int) -> int:
        cell = self._cell()
        across, _down = self._gaps()
        inner = width - self._margins_width()
        return max(1, (inner + across) // max(1, cell.width() + across))

    def _margins_width(self) -> int:
        m: QMargins = self.contentsMargins()
        return m.left() + m.right()

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:
        cell = self._cell()
        m = self.contentsMargins()
        return QSize(cell.width() + m.left() + m.right(), cell.height() + m.top() + m.bottom())

    def sizeHint(self) -> QSize:
        cell = self._cell()
        across, _down = self._gaps()
        columns = max(1, min(WIDE_COLUMNS, len(self._items)))
        width = columns * cell.width() + (columns - 1) * across + self._margins_width()
        return QSize(width, self.heightForWidth(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the shown items out in rect (or only measure); returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        columns = self._columns(rect.width())
        across, down = self._gaps()
        column_width = max(self._cell().width(),
                           (area.width() - (columns - 1) * across) // columns)
        y = area.y()
        shown = self._shown()
        for start in range(0, len(shown), columns):
            row = shown[start:start + columns]
            height = max(item.sizeHint().height() for item in row)
            if move:
                for n, item in enumerate(row):
                    x = area.x() + n * (column_width + across)
                    item.setGeometry(QRect(QPoint(x, y), QSize(column_width, height)))
            y += height + down
        used = y - area.y() - (down if shown else 0)
        return max(0, used) + m.top() + m.bottom()

