"""A Progress card: a title, the caption in words, and the chart or the same figures as a
table ("Show as table"), so exact values never depend on hovering with a mouse."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import translate
from trustjournal.gui.dates import number_text

Cell = str | int | float | None


def cell_text(value: Cell) -> str:
    """A figure as the table shows it: whole numbers bare, others to two decimals."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if float(value).is_integer():
        return number_text(int(value))
    return number_text(value, 2)


class ChartCard(QWidget):
    """A titled panel: the caption, then the chart or its table, or the empty-state text."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-card")
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.table_button = QPushButton(translate("ChartCard", "Show as table"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(
            translate("ChartCard", "{title}: show as table").format(title=title))
        self.table_button.setToolTip(
            translate("ChartCard", "The exact figures behind the chart, as a table"))
        self.table_button.toggled.connect(self._toggle_table)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(
            translate("ChartCard", "{title}: summary").format(title=title))
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setAccessibleName(title)
        self.table = QTableWidget()
        self.table.setAccessibleName(translate("ChartCard", "{title}: table").format(title=title))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(240)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(80)
        self.empty.setObjectName("empty-state")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addLayout(heading)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack)
        layout.addWidget(self.empty)
        self.empty.hide()

    def show_chart(self, chart: QChart, caption: str, rows: int = 0, *,
                   table: tuple[Sequence[str], Sequence[Sequence[Cell]]] | None = None) -> None:
        """Show `chart` (and fill its table); `rows` of horizontal bars get room enough
        for their labels."""
        self.view.setMinimumHeight(max(240, 70 + 34 * rows))
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.set_table(*(table or ((), ())))
        self.caption.setText(caption)
        self.caption.show()
        self.stack.show()
        self.table_button.show()
        self.empty.hide()

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(cell_text(value))
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setMinimumHeight(max(240, min(480, 40 + 30 * len(rows))))

    def table_cells(self) -> list[list[str]]:
        """The table as text, row by row (what a screen reader reads out)."""
        return [[self.table.item(r, c).text() if self.table.item(r, c) else ""
                 for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def table_headers(self) -> list[str]:
        return [self.table.horizontalHeaderItem(c).text()
                for c in range(self.table.columnCount())]

    def _toggle_table(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.view)
        self.table_button.setText(translate("ChartCard", "Show as chart") if on
                                  else translate("ChartCard", "Show as table"))

    def show_empty(self, text: str) -> None:
        self.caption.hide()
        self.stack.hide()
        self.table_button.hide()
        self.empty.setText(text)
        self.empty.show()

    @property
    def showing_chart(self) -> bool:
        return not self.stack.isHidden()
