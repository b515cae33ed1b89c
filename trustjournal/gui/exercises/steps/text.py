"""Free writing: a box, or one line with a length limit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.exercises import (
    GAP,
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


def gap_after(text: str, start: int, end: int, forward: bool) -> int:
    """Where the next ___ gap after the selection (or the previous one before it) starts,
    or -1. Only gaps ahead count, so Tab still leaves the field past the last one."""
    return text.find(GAP, end) if forward else text.rfind(GAP, 0, start)


class _PlainEdit(QPlainTextEdit):
    """Tab jumps to the next ___ gap, else leaves the box (keyboard use); Ctrl+Return is
    left to the runner."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        cursor = self.textCursor()
        gap = gap_after(self.toPlainText(), cursor.selectionStart(), cursor.selectionEnd(),
                        forward)
        if gap < 0:
            return super().focusNextPrevChild(forward)
        cursor.setPosition(gap)
        cursor.setPosition(gap + len(GAP), cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True


class _GapLine(OneLine):
    """A one-line field where Tab jumps to the next ___ gap before leaving."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        start = self.selectionStart() if self.hasSelectedText() else self.cursorPosition()
        end = start + len(self.selectedText())
        gap = gap_after(self.text(), start, end, forward)
        if gap < 0:
            return super().focusNextPrevChild(forward)
        self.setSelection(gap, len(GAP))
        return True


@register(StepKind.TEXT)
class TextStep(StepWidget):
    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line: QLineEdit | None = None
        self.box: QPlainTextEdit | None = None
        if step.single_line:
            self.line = _GapLine()
            if step.max_length:
                self.line.setMaxLength(step.max_length)
            self.line.setAccessibleName(step.heading)
            self.line.textChanged.connect(self._edited)
            self.line.returnPressed.connect(self.submitted)
            layout.addWidget(self.line)
        else:
            self.box = _PlainEdit()
            self.box.setTabChangesFocus(True)
            self.box.setMinimumHeight(150)
            self.box.setAccessibleName(step.heading)
            self.box.setPlaceholderText(translate("TextStep", "Write here, in your own words."))
            self.box.textChanged.connect(self._edited)
            layout.addWidget(self.box)
        if step.starter:
            layout.addWidget(hint_label(
                translate("TextStep", "Type over the … gaps, or rewrite it all in your words.")))
        if step.prefill:
            layout.addWidget(hint_label(
                translate("TextStep", "Made from your earlier answers. Change anything; Tab "
                                      "jumps to the next {gap} gap, if there is one.")
                .format(gap=GAP)))
        self.counter = hint_label("")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counter.setVisible(bool(step.max_length))
        layout.addWidget(self.counter)

    @property
    def editor(self) -> QWidget:
        return self.line or self.box  # type: ignore[return-value]

    def text(self) -> str:
        return self.line.text() if self.line else self.box.toPlainText()  # type: ignore[union-attr]

    def value(self) -> Any:
        text = self.text()
        if self.step.starter and text.strip() == self.step.starter.strip():
            return None  # the starting words untouched are not an answer yet
        return text

    def _load(self, run: ExerciseRun, value: Any) -> None:
        text = value if isinstance(value, str) else self.step.starter
        if text != self.text():
            if self.line:
                self.line.setText(text)
            else:
                self.box.setPlainText(text)  # type: ignore[union-attr]
                self.box.moveCursor(self.box.textCursor().MoveOperation.End)  # type: ignore[union-attr]
        self._count()

    def focus_first(self) -> None:
        self.editor.setFocus(Qt.FocusReason.TabFocusReason)
        mark = "…" if self.step.starter and self.value() is None else GAP
        gap = self.text().find(mark) if self.step.starter or self.step.prefill else -1
        if gap >= 0:  # the words have gaps: put the first one under the cursor
            if self.line:
                self.line.setSelection(gap, len(mark))
            else:
                cursor = self.box.textCursor()  # type: ignore[union-attr]
                cursor.setPosition(gap)
                cursor.setPosition(gap + len(mark), cursor.MoveMode.KeepAnchor)
                self.box.setTextCursor(cursor)  # type: ignore[union-attr]

    def _edited(self) -> None:
        self._count()
        self._emit()

    def _count(self) -> None:
        most = self.step.max_length
        if most:
            self.counter.setText(
                translate("TextStep", "{used} of %n characters", None, most)
                .format(used=len(self.text())))
