"""The thinking-traps picker, with hints from the wording."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
    readable,
    register,
)

if TYPE_CHECKING:
    from trustjournal.core.exercises.run import ExerciseRun


@register(StepKind.DISTORTIONS)
class DistortionsStep(StepWidget):
    """Every trap with a plain explanation and an example; hints from the wording are
    offered, never ticked for the person; traps of their own can be added."""

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        self.suggested: list[str] = []
        self.dismissed: list[str] = []
        self.checks: dict[str, QCheckBox] = {}
        self.marks: dict[str, QLabel] = {}
        self.own: list[QCheckBox] = []

        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.accept_button = QPushButton(translate("DistortionsStep", "Tick the suggested ones"))
        self.accept_button.clicked.connect(self.accept_suggestions)
        self.ignore_button = QPushButton(translate("DistortionsStep", "No thanks"))
        self.ignore_button.clicked.connect(self.ignore_suggestions)
        banner = QVBoxLayout(self.banner)
        banner.addWidget(self.banner_text)
        banner_buttons = QHBoxLayout()
        banner_buttons.addWidget(self.accept_button)
        banner_buttons.addWidget(self.ignore_button)
        banner_buttons.addStretch(1)
        banner.addLayout(banner_buttons)
        self.banner.hide()

        self.list = QVBoxLayout()
        if not context.traps:
            self.list.addWidget(hint_label(" ".join(context.problems)
                                           or translate("DistortionsStep",
                                                        "No list of thinking traps is installed.")))
        for trap in context.traps:
            self._add_trap(trap.id, trap.name, trap.explanation, trap.example)

        self.own_box = QVBoxLayout()
        self.own_edit = OneLine()
        self.own_edit.setPlaceholderText(
            translate("DistortionsStep", "A trap of your own, in your words"))
        self.own_edit.setAccessibleName(
            translate("DistortionsStep", "Add a thinking trap of your own"))
        self.own_edit.returnPressed.connect(self.add_own)
        add = QPushButton(translate("DistortionsStep", "Add"))
        add.clicked.connect(self.add_own)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_edit, 1)
        own_row.addWidget(add)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(self.list)
        layout.addLayout(self.own_box)
        layout.addLayout(own_row)

    def _add_trap(self, trap_id: str, name: str, explanation: str = "", example: str = "") -> None:
        check = QCheckBox(name)
        check.toggled.connect(self._emit)
        mark = QLabel(translate("DistortionsStep", "· suggested from your words"))
        mark.setStyleSheet("color: palette(link);")
        mark.hide()
        head = QHBoxLayout()
        head.addWidget(check)
        head.addWidget(mark)
        head.addStretch(1)
        self.list.addLayout(head)
        if explanation:
            text = translate("DistortionsStep", "{explanation}\nFor example: “{example}”").format(
                explanation=explanation, example=example) if example else explanation
            hint = hint_label(text)
            hint.setContentsMargins(26, 0, 0, 6)
            check.setToolTip(text)
            self.list.addWidget(hint)
        self.checks[trap_id] = check
        self.marks[trap_id] = mark

    def value(self) -> Any:
        picked: list[Any] = [t for t, check in self.checks.items() if check.isChecked()]
        return picked + [{OTHER: c.text()} for c in self.own if c.isChecked()]

    def _load(self, run: ExerciseRun, value: Any) -> None:
        picked = list(value or [])
        for item in picked:
            if isinstance(item, str) and item not in self.checks:
                self._add_trap(item, readable(item, self.context.trap_names))
        for trap_id, check in self.checks.items():
            check.setChecked(trap_id in picked)
        own = [item[OTHER] for item in picked if isinstance(item, dict)]
        for check in self.own:
            check.setChecked(check.text() in own)
        for text in own:
            if not any(check.text() == text for check in self.own):
                self._add_own_check(text)
        self._suggest([t for t in run.suggested_traps(self.step.id) if t in self.checks])

    def _suggest(self, traps: list[str]) -> None:
        if traps != self.suggested:
            self.dismissed = []
        self.suggested = traps
        for trap_id, mark in self.marks.items():
            mark.setVisible(trap_id in traps)
        names = ", ".join(readable(t, self.context.trap_names) for t in traps)
        self.banner_text.setText(translate(
            "DistortionsStep", "The words you used sometimes go with: <b>{names}</b>. This is "
                               "only a hint from the wording; you know what you meant.")
            .format(names=names))
        self.banner.setVisible(bool(traps) and traps != self.dismissed)
        self.accept_button.setEnabled(any(not self.checks[t].isChecked() for t in traps))

    def accept_suggestions(self) -> None:
        for trap_id in self.suggested:
            self.checks[trap_id].setChecked(True)
        self.banner.hide()

    def ignore_suggestions(self) -> None:
        self.dismissed = list(self.suggested)
        self.banner.hide()

    def add_own(self) -> None:
        text = " ".join(self.own_edit.text().split())
        if not text:
            return
        existing = next((c for c in self.own if c.text() == text), None)
        if existing is None:
            existing = self._add_own_check(text)
        existing.setChecked(True)
        self.own_edit.clear()
        self._emit()

    def _add_own_check(self, text: str) -> QCheckBox:
        check = QCheckBox(text)
        check.setToolTip(translate("DistortionsStep", "A trap you named yourself"))
        check.toggled.connect(self._emit)
        self.own.append(check)
        self.own_box.addWidget(check)
        return check

    def focus_first(self) -> None:
        target = self.accept_button if self.banner.isVisible() else \
            next(iter(self.checks.values()), self.own_edit)
        target.setFocus(Qt.FocusReason.TabFocusReason)
