"""One input widget per step kind, found through a registry keyed by StepKind.

A step widget shows the run's answer to its step (`load`), reports edits (`changed`) and
gives its answer back (`value`, None when nothing is given). The runner owns the run:
widgets never change answers themselves, so a check-in, an exercise and a test all go
through ExerciseRun.set_answer and its checks.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.exercises import (
    FEELING_SCALE,
    OTHER,
    ExerciseRun,
    Scale,
    Step,
    StepKind,
    render_sections,
)
from trustjournal.gui.exercises.context import StepContext

_REGISTRY: dict[StepKind, type[StepWidget]] = {}


def register(kind: StepKind) -> Callable[[type[StepWidget]], type[StepWidget]]:
    """Class decorator: this widget renders steps of `kind`."""

    def add(cls: type[StepWidget]) -> type[StepWidget]:
        _REGISTRY[kind] = cls
        cls.kind = kind
        return cls

    return add


def registered_kinds() -> frozenset[StepKind]:
    return frozenset(_REGISTRY)


def create_step_widget(step: Step, context: StepContext, parent: QWidget | None = None
                       ) -> StepWidget:
    try:
        cls = _REGISTRY[step.kind]
    except KeyError:
        raise LookupError(f"no widget shows steps of kind '{step.kind}'") from None
    return cls(step, context, parent)


def hint_label(text: str) -> QLabel:
    """Small, muted, wrapping text under a control."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def readable(item_id: str, names: dict[str, str]) -> str:
    return names.get(item_id) or item_id.replace("_", " ").capitalize()


class StepWidget(QWidget):
    """Base of every step widget."""

    kind: ClassVar[StepKind]
    changed = Signal()  # the person edited the answer
    submitted = Signal()  # Return in a one-line answer: the runner moves on

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.context = context
        self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def load(self, run: ExerciseRun) -> None:
        """Show the run's answer (and whatever earlier answers this step depends on)."""
        self._loading = True
        try:
            self._load(run, run.answers.get(self.step.id))
        finally:
            self._loading = False

    def _load(self, run: ExerciseRun, value: Any) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        self.focusNextChild()

    def _emit(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()


# --- text ----------------------------------------------------------------------------

class _PlainEdit(QPlainTextEdit):
    """Tab leaves the box (keyboard use); Ctrl+Return is left to the runner."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()
            return
        super().keyPressEvent(event)


@register(StepKind.TEXT)
class TextStep(StepWidget):
    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line: QLineEdit | None = None
        self.box: QPlainTextEdit | None = None
        if step.single_line:
            self.line = QLineEdit()
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
            self.box.setPlaceholderText("Write here, in your own words.")
            self.box.textChanged.connect(self._edited)
            layout.addWidget(self.box)
        if step.starter:
            layout.addWidget(hint_label("Type over the … gaps, or rewrite it all in your words."))
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
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        gap = self.text().find("…") if self.step.starter and self.value() is None else -1
        if gap >= 0:  # the starting words have gaps: put the first one under the cursor
            if self.line:
                self.line.setSelection(gap, 1)
            else:
                cursor = self.box.textCursor()  # type: ignore[union-attr]
                cursor.setPosition(gap)
                cursor.setPosition(gap + 1, cursor.MoveMode.KeepAnchor)
                self.box.setTextCursor(cursor)  # type: ignore[union-attr]

    def _edited(self) -> None:
        self._count()
        self._emit()

    def _count(self) -> None:
        if self.step.max_length:
            self.counter.setText(f"{len(self.text())} of {self.step.max_length} characters")


# --- choice and multi-choice ------------------------------------------------------------

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
            label = step.other_label
            self.other_button = QRadioButton(label) if self.exclusive else QCheckBox(label)
            self.group.addButton(self.other_button)
            self.other_edit = QLineEdit()
            self.other_edit.setPlaceholderText("In your own words")
            self.other_edit.setAccessibleName(f"{label} in your own words")
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
            target.setFocus(Qt.FocusReason.OtherFocusReason)


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


# --- sliders ----------------------------------------------------------------------------

class ScaleInput(QWidget):
    """A slider with labelled ends that counts as unanswered until the person moves or
    clicks it, so a value nobody chose is never saved."""

    changed = Signal()

    def __init__(self, scale: Scale, name: str, parent: QWidget | None = None, *,
                 labels: bool = True) -> None:
        super().__init__(parent)
        self.scale = scale
        self._chosen = False
        self._quiet = False
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(scale.min, scale.max)
        self.slider.setSingleStep(scale.step)
        self.slider.setPageStep(max(scale.step, (scale.max - scale.min) // 10))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(max(scale.step, (scale.max - scale.min) // 10))
        self.slider.setAccessibleName(name)
        self.slider.setMinimumWidth(220)
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderPressed.connect(self._pressed)
        self.shown = QLabel()
        self.shown.setMinimumWidth(90)
        font = self.shown.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.shown.setFont(font)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        if labels:
            ends = QHBoxLayout()
            ends.addWidget(hint_label(f"{scale.min} · {scale.low_label}"))
            ends.addStretch(1)
            high = hint_label(f"{scale.high_label} · {scale.max}")
            high.setAlignment(Qt.AlignmentFlag.AlignRight)
            ends.addWidget(high)
            ends.addSpacing(90)
            layout.addLayout(ends)
        self.set_value(None)

    def value(self) -> int | None:
        return self.slider.value() if self._chosen else None

    def set_value(self, value: int | None, start: int | None = None) -> None:
        """Show a value without reporting a change; None shows the slider at `start` (or
        the middle) as not chosen yet."""
        self._quiet = True
        try:
            self._chosen = value is not None
            middle = self.scale.min + (self.scale.max - self.scale.min) // 2
            if value is not None:  # a saved value is shown exactly, even off the steps
                self.slider.setValue(max(self.scale.min, min(self.scale.max, value)))
            else:
                self.slider.setValue(self._snap(start if start is not None else middle))
        finally:
            self._quiet = False
        self._show()

    def choose(self, value: int) -> None:
        """Pick a value as if the person had (reports the change)."""
        self._chosen = True
        if self.slider.value() == self._snap(value):
            self._show()
            self.changed.emit()
        else:
            self.slider.setValue(self._snap(value))

    def _snap(self, value: int) -> int:
        low, step = self.scale.min, self.scale.step
        snapped = low + round((value - low) / step) * step
        return max(low, min(self.scale.max, snapped))

    def _moved(self, value: int) -> None:
        if self._quiet:
            return
        if value != self._snap(value):
            self.slider.setValue(self._snap(value))  # comes back here with a clean value
            return
        self._chosen = True
        self._show()
        self.changed.emit()

    def _pressed(self) -> None:
        if not self._chosen:
            self._chosen = True
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        if self._chosen:
            self.shown.setText(str(self.slider.value()))
            self.shown.setToolTip("")
        else:
            self.shown.setText("<span style='font-weight:normal'><small>not yet</small></span>")
            self.shown.setToolTip("Not chosen yet: move the slider or use the arrow keys.")
        self.slider.setAccessibleDescription(
            f"{self.slider.value()} of {self.scale.max}" if self._chosen else "not chosen yet")


@register(StepKind.SCALE)
class ScaleStep(StepWidget):
    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        assert step.scale is not None
        self.input = ScaleInput(step.scale, step.heading)
        self.input.changed.connect(self._emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        layout.addWidget(hint_label("Use the arrow keys or drag the handle."))

    def value(self) -> Any:
        return self.input.value()

    def _load(self, run: ExerciseRun, value: Any) -> None:
        self.input.set_value(value if isinstance(value, int) else None)

    def focus_first(self) -> None:
        self.input.slider.setFocus(Qt.FocusReason.OtherFocusReason)


@register(StepKind.RERATE)
class RerateStep(StepWidget):
    """The earlier rating beside a new one: one slider, or one per feeling picked earlier."""

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        assert step.scale is not None
        self.inputs: dict[str, ScaleInput] = {}  # feeling id (or "" for a plain rating)
        self.before: dict[str, int] = {}
        self.rows = QGridLayout()
        self.rows.setColumnStretch(2, 1)
        self.same = QPushButton("Keep the rest as they were" if step.rerates_feelings
                                else "It feels the same as before")
        self.same.clicked.connect(self._keep_rest)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        buttons = QHBoxLayout()
        buttons.addWidget(self.same)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def value(self) -> Any:
        if not self.step.rerates_feelings:
            return self.inputs[""].value() if "" in self.inputs else None
        chosen = {name: box.value() for name, box in self.inputs.items()}
        return {name: level for name, level in chosen.items() if level is not None}

    def _load(self, run: ExerciseRun, value: Any) -> None:
        source = run.source_value(self.step.id)
        if self.step.rerates_feelings:
            before = {f["feeling"]: f["intensity"] for f in source or []}
        else:
            before = {"": source} if isinstance(source, int) else {}
        if before != self.before:
            self._build(before)
        for name, box in self.inputs.items():
            if self.step.rerates_feelings:
                level = value.get(name) if isinstance(value, dict) else None
            else:
                level = value if isinstance(value, int) else None
            box.set_value(level, start=self.before.get(name))

    def _build(self, before: dict[str, int]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.inputs.clear()
        self.before = dict(before)
        scale = self.step.scale
        assert scale is not None
        names = self.context.feeling_names
        for row, (name, level) in enumerate(before.items()):
            title = readable(name, names) if name else "Before"
            label = QLabel(f"<b>{title}</b>")
            was = QLabel(f"was {level}")
            was.setToolTip("Your earlier rating")
            box = ScaleInput(scale, f"{title}, now", labels=not name)
            box.changed.connect(self._emit)
            self.inputs[name] = box
            self.rows.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(was, row, 1, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(box, row, 2)
        self.same.setVisible(bool(before))

    def _keep_rest(self) -> None:
        self._loading = True
        try:
            for name, box in self.inputs.items():
                if box.value() is None:
                    box.choose(self.before[name])
        finally:
            self._loading = False
        self._emit()

    def focus_first(self) -> None:
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.slider.setFocus(Qt.FocusReason.OtherFocusReason)


# --- feelings -------------------------------------------------------------------------

@register(StepKind.FEELINGS)
class FeelingsStep(StepWidget):
    """The vocabulary grouped by family on the left; each picked feeling gets a slider."""

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        self.picked: dict[str, ScaleInput] = {}
        self.rows: dict[str, QWidget] = {}
        self.remove_buttons: dict[str, QToolButton] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.groups: list[tuple[QGroupBox, list[tuple[str, QCheckBox]]]] = []

        self.find = QLineEdit()
        self.find.setPlaceholderText("Find a feeling…")
        self.find.setAccessibleName("Find a feeling")
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._filter)
        vocabulary = QVBoxLayout()
        vocabulary.addWidget(self.find)
        if not context.families:
            vocabulary.addWidget(hint_label(" ".join(context.problems)
                                            or "No feelings list is installed."))
        for family in context.families:
            box = QGroupBox(family.label)
            grid = QGridLayout(box)
            members: list[tuple[str, QCheckBox]] = []
            for n, feeling in enumerate(family.feelings):
                check = QCheckBox(feeling.label)
                check.toggled.connect(lambda on, f=feeling.id: self._toggled(f, on))
                grid.addWidget(check, n // 3, n % 3)
                self.checks[feeling.id] = check
                members.append((feeling.label.casefold(), check))
            self.groups.append((box, members))
            vocabulary.addWidget(box)
        vocabulary.addStretch(1)

        chosen_box = QGroupBox("How strong each one is")
        chosen_layout = QVBoxLayout(chosen_box)
        self.empty = hint_label("Tick the feelings that fit; each gets a slider here, "
                                "from barely there (0) to as strong as it gets (100).")
        chosen_layout.addWidget(self.empty)
        self.chosen = QVBoxLayout()
        chosen_layout.addLayout(self.chosen)
        chosen_layout.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(vocabulary, 3)
        layout.addWidget(chosen_box, 2, Qt.AlignmentFlag.AlignTop)

    def value(self) -> Any:
        return [{"feeling": name, "intensity": box.value()} for name, box in self.picked.items()]

    def _load(self, run: ExerciseRun, value: Any) -> None:
        wanted = {f["feeling"]: f["intensity"] for f in value or []}
        for name in list(self.picked):
            if name not in wanted:
                self._remove_row(name)
        for name, level in wanted.items():
            if name not in self.picked:
                self._add_row(name)
            self.picked[name].set_value(level)
        for name, check in self.checks.items():
            check.setChecked(name in wanted)

    def _toggled(self, name: str, on: bool) -> None:
        if self._loading:
            return
        if on and name not in self.picked:
            self._add_row(name)
        elif not on and name in self.picked:
            self._remove_row(name)
        self._emit()

    def _add_row(self, name: str) -> None:
        label = readable(name, self.context.feeling_names)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        title = QLabel(label)
        title.setMinimumWidth(90)
        box = ScaleInput(FEELING_SCALE, f"How strong: {label}", labels=False)
        box.set_value(50)
        box.changed.connect(self._emit)
        remove = QToolButton()
        remove.setText("×")
        remove.setAccessibleName(f"Remove {label}")
        remove.setToolTip(f"Remove {label}")
        remove.clicked.connect(lambda _=False, n=name: self._unpick(n))
        line.addWidget(title)
        line.addWidget(box, 1)
        line.addWidget(remove)
        self.chosen.addWidget(row)
        self.picked[name] = box
        self.rows[name] = row
        self.remove_buttons[name] = remove
        self.empty.setVisible(False)

    def _remove_row(self, name: str) -> None:
        self.picked.pop(name, None)
        self.remove_buttons.pop(name, None)
        row = self.rows.pop(name, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self.empty.setVisible(not self.picked)

    def _unpick(self, name: str) -> None:
        check = self.checks.get(name)
        if check is not None and check.isChecked():
            check.setChecked(False)  # removes the row through _toggled
        else:
            self._remove_row(name)
            self._emit()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for box, members in self.groups:
            shown = 0
            for label, check in members:
                visible = not needle or needle in label
                check.setVisible(visible)
                shown += visible
            box.setVisible(shown > 0)

    def focus_first(self) -> None:
        self.find.setFocus(Qt.FocusReason.OtherFocusReason)


# --- list -----------------------------------------------------------------------------

@register(StepKind.LIST)
class ListStep(StepWidget):
    """Short items, one per line; a fresh empty line is always waiting at the end."""

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        self.edits: list[QLineEdit] = []
        self.lines = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.lines)
        layout.addWidget(hint_label("Press Enter for another line."))
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
        edit = QLineEdit(text)
        edit.setAccessibleName(f"{self.step.heading}, item {len(self.edits) + 1}")
        edit.textEdited.connect(lambda _t, e=edit: self._typed(e))
        edit.returnPressed.connect(lambda e=edit: self._enter(e))
        remove = QToolButton()
        remove.setText("×")
        remove.setAccessibleName("Remove this line")
        remove.setToolTip("Remove this line")
        remove.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        remove.clicked.connect(lambda _=False, e=edit: self._remove(e))
        line.addWidget(QLabel("•"))
        line.addWidget(edit, 1)
        line.addWidget(remove)
        self.lines.addWidget(row)
        self.edits.append(edit)
        return edit

    def _drop(self, edit: QLineEdit) -> None:
        self.edits.remove(edit)
        row = edit.parentWidget()
        row.hide()
        row.deleteLater()

    def _typed(self, edit: QLineEdit) -> None:
        if edit is self.edits[-1] and edit.text().strip():
            self._append("")
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
        if edit is self.edits[-1]:
            edit.clear()
        else:
            self._drop(edit)
        self._emit()

    def focus_first(self) -> None:
        filled = [e for e in self.edits if e.text().strip()]
        (self.edits[-1] if filled else self.edits[0]).setFocus(Qt.FocusReason.OtherFocusReason)


# --- thinking traps -------------------------------------------------------------------

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
        self.accept_button = QPushButton("Tick the suggested ones")
        self.accept_button.clicked.connect(self.accept_suggestions)
        self.ignore_button = QPushButton("No thanks")
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
                                           or "No list of thinking traps is installed."))
        for trap in context.traps:
            self._add_trap(trap.id, trap.name, trap.explanation, trap.example)

        self.own_box = QVBoxLayout()
        self.own_edit = QLineEdit()
        self.own_edit.setPlaceholderText("A trap of your own, in your words")
        self.own_edit.setAccessibleName("Add a thinking trap of your own")
        self.own_edit.returnPressed.connect(self.add_own)
        add = QPushButton("Add")
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
        mark = QLabel("· suggested from your words")
        mark.setStyleSheet("color: palette(link);")
        mark.hide()
        head = QHBoxLayout()
        head.addWidget(check)
        head.addWidget(mark)
        head.addStretch(1)
        self.list.addLayout(head)
        if explanation:
            text = explanation + (f"\nFor example: “{example}”" if example else "")
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
        self.banner_text.setText(
            f"The words you used sometimes go with: <b>{names}</b>. This is only a hint from "
            "the wording; you know what you meant.")
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
        check.setToolTip("A trap you named yourself")
        check.toggled.connect(self._emit)
        self.own.append(check)
        self.own_box.addWidget(check)
        return check

    def focus_first(self) -> None:
        target = self.accept_button if self.banner.isVisible() else \
            next(iter(self.checks.values()), self.own_edit)
        target.setFocus(Qt.FocusReason.OtherFocusReason)


# --- summary --------------------------------------------------------------------------

@register(StepKind.SUMMARY)
class SummaryStep(StepWidget):
    """Everything answered so far, each with a "Change" link back to its step (Tab reaches
    the links, Enter follows one)."""

    go_to = Signal(str)
    fills_page = True

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setAccessibleName("Your answers")
        self.view.setMinimumHeight(200)
        self.view.anchorClicked.connect(self._follow)
        self.links: list[str] = []  # step ids, in the order their links appear
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def value(self) -> Any:
        return None

    def _load(self, run: ExerciseRun, value: Any) -> None:
        self.links = []
        parts: list[str] = []
        sections = render_sections(run.exercise, run.answers,
                                   feeling_names=self.context.feeling_names,
                                   trap_names=self.context.trap_names)
        for step, body in sections:
            parts.append(f"<p style='margin-bottom:2px'><b>{escape(step.heading)}</b>"
                         f"&nbsp;&nbsp;{self._link(step, 'Change')}</p>"
                         f"<p style='margin-top:0; margin-left:14px'>{answer_html(body)}</p>")
        missing = run.missing_required()
        if missing:
            items = "".join(f"<li>{self._link(step, escape(step.heading))}</li>"
                            for step in missing)
            parts.append(f"<p><b>Still to answer before you can save:</b></p><ul>{items}</ul>")
        if run.dropped:
            kept = escape("; ".join(str(v) for v in run.dropped.values()))
            parts.append("<p><i>Kept from an earlier version of this exercise, and saved with "
                         f"it:</i> {kept}</p>")
        self.view.setHtml("".join(parts) or "<p>Nothing answered yet.</p>")

    def _link(self, step: Step, text: str) -> str:
        self.links.append(step.id)
        return f"<a href='step:{escape(step.id)}'>{text}</a>"

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "step":
            self.go_to.emit(url.path())

    def focus_first(self) -> None:
        pass  # the runner puts focus on "Save to journal"


def answer_html(markdown: str) -> str:
    """One answer's Markdown from render_sections as simple rich text: "- " lines become
    bullets, other lines stay as written (escaped, never interpreted)."""
    lines = []
    for line in markdown.splitlines():
        lines.append("• " + escape(line[2:]) if line.startswith("- ") else escape(line))
    return "<br/>".join(lines)


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
        elif item.layout():
            _clear(item.layout())
