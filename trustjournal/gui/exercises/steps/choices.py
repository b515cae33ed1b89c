"""Options as radio buttons or check boxes, with an answer in own words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.exercises import (
    OTHER,
    Step,
    StepKind,
)
from trustjournal.core.i18n import translate
from trustjournal.gui.exercises.context import StepContext
from trustjournal.gui.exercises.steps.base import (
    OneLine,
    StepWidget,
    hint_label,
    register,
)

if TYPE_CHECKING:
    from trustjournal.core.exercises.run import ExerciseRun


class _Choices(StepWidget):
    """Options as radio buttons or check boxes, with an optional answer in own words."""

    exclusive: ClassVar[bool] = False

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.exclusive)
        self.buttons: dict[str, QAbstractButton] = {}
        button: QAbstractButton
        for option in step.options:
            button = QRadioButton(option.label) if self.exclusive else QCheckBox(option.label)
            if option.hint:
                button.setToolTip(option.hint)
            self.group.addButton(button)
            self.buttons[option.id] = button
            layout.addWidget(button)
            if option.hint:
                hint = hint_label(option.hint)
                hint.setContentsMargins(26, 0, 0, 4)
                layout.addWidget(hint)
        self.other_button: QAbstractButton | None = None
        self.other_edit: QLineEdit | None = None
        if step.allow_other:
            label = step.other_text
            self.other_button = QRadioButton(label) if self.exclusive else QCheckBox(label)
            self.group.addButton(self.other_button)
            self.other_edit = OneLine()
            self.other_edit.setPlaceholderText(translate("Choices", "In your own words"))
            self.other_edit.setAccessibleName(
                translate("Choices", "{option} in your own words").format(option=label))
            self.other_edit.setContentsMargins(26, 0, 0, 0)
            self.other_edit.textEdited.connect(self._other_typed)
            self.other_edit.returnPressed.connect(self.submitted)
            layout.addWidget(self.other_button)
            layout.addWidget(self.other_edit)
        self.group.buttonToggled.connect(self._emit)

    def _other_typed(self, text: str) -> None:
        if self.other_button is not None and text.strip() and not self.other_button.isChecked():
            self.other_button.setChecked(True)  # emits through buttonToggled
        else:
            self._emit()

    def _other_value(self) -> dict[str, str] | None:
        if self.other_button is None or not self.other_button.isChecked():
            return None
        text = self.other_edit.text().strip() if self.other_edit else ""
        return {OTHER: text} if text else None

    def _set_checked(self, picked: list[Any]) -> None:
        self.group.setExclusive(False)
        for option_id, button in self.buttons.items():
            button.setChecked(option_id in picked)
        own = next((item[OTHER] for item in picked if isinstance(item, dict)), None)
        if self.other_button is not None and self.other_edit is not None:
            self.other_button.setChecked(own is not None)
            if own is not None or not self.other_edit.text():
                self.other_edit.setText(own or "")
        self.group.setExclusive(self.exclusive)

    def focus_first(self) -> None:
        checked = self.group.checkedButton()
        target = checked or next(iter(self.buttons.values()), self.other_button)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)


@register(StepKind.CHOICE)
class ChoiceStep(_Choices):
    exclusive = True

    def value(self) -> Any:
        checked = self.group.checkedButton()
        if checked is None:
            return None
        if checked is self.other_button:
            return self._other_value()
        return next(i for i, b in self.buttons.items() if b is checked)

    def _load(self, run: ExerciseRun, value: Any) -> None:
        self._set_checked([] if value is None else [value])


@register(StepKind.MULTI_CHOICE)
class MultiChoiceStep(_Choices):
    exclusive = False

    def value(self) -> Any:
        picked: list[Any] = [i for i, b in self.buttons.items() if b.isChecked()]
        own = self._other_value()
        return [*picked, own] if own else picked

    def _load(self, run: ExerciseRun, value: Any) -> None:
        self._set_checked(list(value or []))
