"""How the check-in card arranges itself: one page at a time, sized to that page, and
questions beside their sliders or above them, whichever the card's width allows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from trustjournal.gui.visibility import show_as

if TYPE_CHECKING:  # the sliders load with the check-in's form (checkin_card)
    from trustjournal.gui.exercises.steps.sliders import ScaleInput


class Pages(QWidget):
    """Shows one of its pages, sized to that page alone (a QStackedWidget keeps the size
    of its largest page, which left a tall empty card once the feelings had been open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget, *, current: bool = False) -> None:
        """Add a page: shown if it is the first or `current`, else hidden."""
        self._pages.append(page)
        self._layout.addWidget(page)
        if current:
            self.setCurrentWidget(page)
        else:
            show_as(page, len(self._pages) == 1)

    def setCurrentWidget(self, page: QWidget) -> None:
        for other in self._pages:
            if other is not page:
                show_as(other, False)
        show_as(page, True)

    def currentWidget(self) -> QWidget | None:
        return next((p for p in self._pages if not p.isHidden()), None)



NARROW_SLIDER = 120  # a slider's least width in the card (the exercises' own is wider)
NARROW_VALUE = 72  # and the room for its number ("pick one" before there is one)
PROMPT_BESIDE = 160  # a question needs this much beside its slider, else it goes above


class QuestionRows(QWidget):
    """The questions and their sliders: each question beside its slider where the card is
    wide enough, above it where it is not, so a narrow card never cuts a slider short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.pairs: list[tuple[QLabel, ScaleInput]] = []
        self.beside = True

    def show_pairs(self, pairs: list[tuple[QLabel, ScaleInput]]) -> None:
        self.pairs = pairs
        self._place()

    def _slider_width(self) -> int:
        return max((scale.minimumSizeHint().width() for _p, scale in self.pairs), default=0)

    def _place(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for column in (0, 1):
            self.grid.setColumnStretch(column, 0)
        for row, (prompt, scale) in enumerate(self.pairs):
            if self.beside:
                self.grid.addWidget(prompt, row, 0)
                self.grid.addWidget(scale, row, 1)
            else:
                self.grid.addWidget(prompt, 2 * row, 0, 1, 2)
                self.grid.addWidget(scale, 2 * row + 1, 0, 1, 2)
        self.grid.setColumnStretch(1, 1)

    def minimumSizeHint(self) -> QSize:
        # The questions-above arrangement's width: any card may fall back to it.
        return QSize(self._slider_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        beside = event.size().width() >= (PROMPT_BESIDE + self.grid.horizontalSpacing()
                                          + self._slider_width())
        if beside != self.beside:
            self.beside = beside
            self._place()
        super().resizeEvent(event)
