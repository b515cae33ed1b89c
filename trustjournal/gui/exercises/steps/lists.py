"""Several short items, one per line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.exercises import (
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


@register(StepKind.LIST)
class ListStep(StepWidget):
    """Short items, one per line; a fresh empty line is always waiting at the end."""

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        self.removes: dict[QLineEdit, QToolButton] = {}
        self.edits: list[QLineEdit] = []
        self.lines = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.lines)
        layout.addWidget(hint_label(translate("ListStep", "Press Enter for another line.")))
        self._append("")

    def items(self) -> list[str]:
        return [edit.text() for edit in self.edits]

    def value(self) -> Any:
        return [text for text in self.items() if text.strip()]

    def _load(self, run: ExerciseRun, value: Any) -> None:
        wanted = [item for item in value or [] if isinstance(item, str)] + [""]
        if wanted == self.items():
            return
        while self.edits:
            self._drop(self.edits[-1])
        for text in wanted:
            self._append(text)

    def _append(self, text: str) -> QLineEdit:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edit = OneLine(text)
        edit.setAccessibleName(translate("ListStep", "{heading}, item {number}")
                               .format(heading=self.step.heading, number=len(self.edits) + 1))
        edit.textEdited.connect(lambda _t, e=edit: self._typed(e))
        edit.returnPressed.connect(lambda e=edit: self._enter(e))
        remove = QToolButton()
        remove.setText("×")
        remove.setAccessibleName(translate("ListStep", "Remove this line"))
        remove.setToolTip(translate("ListStep", "Remove this line"))
        remove.clicked.connect(lambda _=False, e=edit: self._remove(e))
        line.addWidget(QLabel("•"))
        line.addWidget(edit, 1)
        line.addWidget(remove)
        self.lines.addWidget(row)
        self.edits.append(edit)
        self.removes[edit] = remove
        self._show_removes()
        return edit

    def _show_removes(self) -> None:
        """A line can be removed (× or Tab to it) unless it is the empty one at the end."""
        for edit, remove in self.removes.items():
            remove.setVisible(edit is not self.edits[-1] or bool(edit.text()))

    def _drop(self, edit: QLineEdit) -> None:
        self.edits.remove(edit)
        self.removes.pop(edit, None)
        row = edit.parentWidget()
        row.hide()
        row.deleteLater()

    def _typed(self, edit: QLineEdit) -> None:
        if edit is self.edits[-1] and edit.text().strip():
            self._append("")
        self._show_removes()
        self._emit()

    def _enter(self, edit: QLineEdit) -> None:
        index = self.edits.index(edit)
        if index == len(self.edits) - 1:
            if not edit.text().strip():
                self.submitted.emit()  # Enter on the empty last line: done with the list
                return
            self._append("")
        self.edits[index + 1].setFocus(Qt.FocusReason.TabFocusReason)

    def _remove(self, edit: QLineEdit) -> None:
        index = self.edits.index(edit)
        if edit is self.edits[-1]:
            edit.clear()
        else:
            self._drop(edit)
        self._show_removes()
        self.edits[min(index, len(self.edits) - 1)].setFocus(Qt.FocusReason.TabFocusReason)
        self._emit()

    def focus_first(self) -> None:
        filled = [e for e in self.edits if e.text().strip()]
        (self.edits[-1] if filled else self.edits[0]).setFocus(Qt.FocusReason.TabFocusReason)
