"""Sorting the items of an earlier list into the step's options, one row per item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.exercises import (
    Step,
    StepKind,
    sort_items,
)
from trustjournal.gui.exercises.context import StepContext
from trustjournal.gui.exercises.steps.base import (
    StepWidget,
    hint_label,
    register,
)

if TYPE_CHECKING:
    from trustjournal.core.exercises.run import ExerciseRun


@register(StepKind.SORT)
class SortStep(StepWidget):
    """Each listed item with a radio button per option; the rows follow the list, so
    going back and changing it changes what is sorted here."""

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        self.items: list[str] = []
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, str], QRadioButton] = {}
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid_holder)
        hints = [f"{option.label}: {option.hint}" for option in step.options if option.hint]
        for hint in hints:
            layout.addWidget(hint_label(hint))

    def value(self) -> Any:
        picked = {}
        for item in self.items:
            checked = self.groups[item].checkedButton()
            if checked is not None:
                picked[item] = checked.property("option")
        return picked or None

    def _load(self, run: ExerciseRun, value: Any) -> None:
        items = sort_items(run.source_value(self.step.id))
        if items != self.items:
            self._build(items)
        chosen = value if isinstance(value, dict) else {}
        for (item, option_id), button in self.buttons.items():
            group = self.groups[item]
            group.setExclusive(False)
            button.setChecked(chosen.get(item) == option_id)
            group.setExclusive(True)

    def _build(self, items: list[str]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for group in self.groups.values():
            group.deleteLater()
        self.items, self.groups, self.buttons = items, {}, {}
        for column, option in enumerate(self.step.options, start=1):
            self.grid.addWidget(QLabel(f"<b>{option.label}</b>"), 0, column,
                                Qt.AlignmentFlag.AlignCenter)
        for row, item in enumerate(items, start=1):
            label = QLabel(item)
            label.setWordWrap(True)
            self.grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            self.groups[item] = group
            for column, option in enumerate(self.step.options, start=1):
                button = QRadioButton()
                button.setProperty("option", option.id)
                button.setAccessibleName(f"{item}: {option.label}")
                button.setToolTip(option.label)
                group.addButton(button)
                self.buttons[(item, option.id)] = button
                self.grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
            group.buttonToggled.connect(self._emit)
        self.grid.setColumnStretch(0, 1)

    def focus_first(self) -> None:
        if self.buttons:
            next(iter(self.buttons.values())).setFocus(Qt.FocusReason.TabFocusReason)
