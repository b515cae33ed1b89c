"""One step of an exercise being built: its words, what its kind needs, and its problems.

A step editor edits the step as data (the shape exercise_to_dict gives and the loader
reads), starting from a copy of what it was given: fields it shows are overwritten, all
others (an option's hint, a metric, wording for one audience…) are kept as they were, so
a duplicated shipped exercise loses nothing it does not show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.exercises import OTHER, StepKind
from trustjournal.core.exercises.own import slug
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate

KIND_NAMES: dict[StepKind, str] = {
    StepKind.TEXT: QT_TRANSLATE_NOOP("StepEditor", "Free writing"),
    StepKind.CHOICE: QT_TRANSLATE_NOOP("StepEditor", "Pick one"),
    StepKind.MULTI_CHOICE: QT_TRANSLATE_NOOP("StepEditor", "Pick any"),
    StepKind.FEELINGS: QT_TRANSLATE_NOOP("StepEditor", "Feelings with their strength"),
    StepKind.SCALE: QT_TRANSLATE_NOOP("StepEditor", "A rating on a scale"),
    StepKind.LIST: QT_TRANSLATE_NOOP("StepEditor", "A short list"),
    StepKind.DISTORTIONS: QT_TRANSLATE_NOOP("StepEditor", "Thinking traps"),
    StepKind.RERATE: QT_TRANSLATE_NOOP("StepEditor", "Rate again (before and after)"),
    StepKind.SORT: QT_TRANSLATE_NOOP("StepEditor", "Sort a list into groups"),
    StepKind.SUMMARY: QT_TRANSLATE_NOOP("StepEditor", "A recap before saving"),
}
CHOICE_KINDS = (StepKind.CHOICE, StepKind.MULTI_CHOICE, StepKind.SORT)
# Which earlier steps a reference may name (the loader checks order and kind again).
SOURCES: dict[str, tuple[StepKind, ...]] = {
    "rerate_of": (StepKind.SCALE, StepKind.FEELINGS),
    "sort_of": (StepKind.LIST,),
    "suggest_from": (StepKind.TEXT,),
}
# How the loader's field names read next to the step.
FIELD_NAMES = {
    "prompt": QT_TRANSLATE_NOOP("StepEditor", "Question"),
    "label": QT_TRANSLATE_NOOP("StepEditor", "Short name"),
    "example": QT_TRANSLATE_NOOP("StepEditor", "Example"),
    "note": QT_TRANSLATE_NOOP("StepEditor", "Note"),
    "options": QT_TRANSLATE_NOOP("StepEditor", "Choices"),
    "min": QT_TRANSLATE_NOOP("StepEditor", "Lowest"),
    "max": QT_TRANSLATE_NOOP("StepEditor", "Highest"),
    "step": QT_TRANSLATE_NOOP("StepEditor", "Steps of"),
    "low_label": QT_TRANSLATE_NOOP("StepEditor", "Lowest means"),
    "high_label": QT_TRANSLATE_NOOP("StepEditor", "Highest means"),
    "rerate_of": QT_TRANSLATE_NOOP("StepEditor", "Rates again"),
    "sort_of": QT_TRANSLATE_NOOP("StepEditor", "Sorts the list"),
    "suggest_from": QT_TRANSLATE_NOOP("StepEditor", "Hints from"),
    "starter": QT_TRANSLATE_NOOP("StepEditor", "Starts with"),
    "prefill": QT_TRANSLATE_NOOP("StepEditor", "Filled in from"),
    "max_length": QT_TRANSLATE_NOOP("StepEditor", "At most"),
    "id": QT_TRANSLATE_NOOP("StepEditor", "Step name"),
    "kind": QT_TRANSLATE_NOOP("StepEditor", "Kind"),
    "show_if": QT_TRANSLATE_NOOP("StepEditor", "Asked only after"),
    "metric": QT_TRANSLATE_NOOP("StepEditor", "Figure for Progress"),
    "variants": QT_TRANSLATE_NOOP("StepEditor", "Wording for"),
    "allow_other": QT_TRANSLATE_NOOP("StepEditor", "Something else"),
    "other_label": QT_TRANSLATE_NOOP("StepEditor", "Something else"),
}


def default_step(kind: StepKind, step_id: str) -> dict[str, Any]:
    """A new step of this kind, with what the kind needs ready to fill in."""
    data: dict[str, Any] = {"id": step_id, "kind": kind.value, "prompt": ""}
    if kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE):
        data.update(options=[], allow_other=True)
    elif kind is StepKind.SORT:
        data["options"] = []
    elif kind is StepKind.SCALE:
        data.update(min=0, max=10, step=1, low_label=translate("StepEditor", "Not at all"),
                    high_label=translate("StepEditor", "Completely"))
    return data


def field_text(field: str | None, reason: str) -> str:
    """A loader problem as a line next to the step: the field's name, then the reason."""
    if not field:
        return reason[:1].upper() + reason[1:]
    head, _, rest = field.partition(".")
    name = field_name(head.split("[")[0]) if head.split("[")[0] in FIELD_NAMES else \
        head.replace("_", " ").capitalize()
    if head.startswith("options["):
        name = translate("StepEditor", "Choice {number}").format(
            number=head[len("options["):-1])
    if rest:
        return translate("StepEditor", "{field} {part}: {problem}").format(
            field=name, part=rest, problem=reason)
    return translate("StepEditor", "{field}: {problem}").format(field=name, problem=reason)


def kind_name(kind: StepKind) -> str:
    """How a step kind is named in the builder, in the app's language."""
    return translate("StepEditor", KIND_NAMES[kind])


def field_name(key: str) -> str:
    """How a loader field is named next to a step, in the app's language."""
    return translate("StepEditor", FIELD_NAMES[key]) if key in FIELD_NAMES else key


def _options_from(lines: list[str], before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Options from one label per line: a label kept keeps its option (id, hint, safety),
    a new one gets an id made from its words."""
    by_label = {str(o.get("label", "")): o for o in before if isinstance(o, dict)}
    used: set[str] = set()
    options: list[dict[str, Any]] = []
    for label in lines:
        kept = by_label.pop(label, None)
        if kept is not None and kept.get("id") not in used:
            option = dict(kept)
        else:
            base = slug(label)[:50] or "choice"
            if not base[0].isalpha() or base == OTHER:
                base = f"choice_{base}"
            option_id, number = base, 1
            while option_id in used or any(o.get("id") == option_id for o in by_label.values()):
                number += 1
                option_id = f"{base}_{number}"
            option = {"id": option_id, "label": label}
        used.add(str(option["id"]))
        options.append(option)
    return options


class StepEditor(QFrame):
    """A card editing one step; its buttons (and Alt+Up, Alt+Down, Alt+Delete) ask the
    builder to move or remove it."""

    changed = Signal()
    move_up = Signal(object)  # self
    move_down = Signal(object)
    remove = Signal(object)

    def __init__(self, data: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("stepCard")
        self._data = dict(data)
        self.kind = StepKind(data["kind"])
        self.step_id = str(data["id"])
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.up_button = self._button(translate("StepEditor", "Move up"),
                                      translate("StepEditor", "Move this step up (Alt+Up)"),
                                      self.move_up)
        self.down_button = self._button(translate("StepEditor", "Move down"),
                                        translate("StepEditor", "Move this step down (Alt+Down)"),
                                        self.move_down)
        self.remove_button = self._button(
            translate("StepEditor", "Remove"),
            translate("StepEditor", "Remove this step (Alt+Delete); you can undo it"),
            self.remove)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.up_button, self.down_button, self.remove_button):
            top.addWidget(button)

        self.form = QFormLayout()
        self.prompt = self._line(
            "prompt", translate("StepEditor", "What the step asks, e.g. “What happened?”"))
        self.label = self._line(
            "label", translate("StepEditor", "A few words naming the answer in the entry"))
        self.example = self._line("example",
                                  translate("StepEditor", "An example answer (optional)"))
        self.note = self._line(
            "note", translate("StepEditor", "A gentle note under the question (optional)"))
        self.form.addRow(translate("StepEditor", "Question"), self.prompt)
        self.form.addRow(translate("StepEditor", "Short name"), self.label)
        summary = self.kind is StepKind.SUMMARY
        if not summary:
            self.form.addRow(translate("StepEditor", "Example"), self.example)
        self.form.addRow(translate("StepEditor", "Note"), self.note)
        self.optional = QCheckBox(translate("StepEditor", "Can be skipped"))
        self.optional.setChecked(bool(data.get("optional")))
        self.pinned = QCheckBox(translate("StepEditor", "Keep the answer in view on later steps"))
        self.pinned.setChecked(bool(data.get("pinned")))
        if not summary:
            self.form.addRow("", self.optional)
            self.form.addRow("", self.pinned)
        for box in (self.optional, self.pinned):
            box.toggled.connect(self.changed)
        self.sources: dict[str, QComboBox] = {}
        self._kind_fields(data)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("stepProblems")
        self.problems.setStyleSheet("color: palette(link); font-weight: bold;")
        self.problems.setAccessibleName(translate("StepEditor", "Problems with this step"))
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        for keys, signal in (("Alt+Up", self.move_up), ("Alt+Down", self.move_down),
                             ("Alt+Delete", self.remove)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=signal: s.emit(self))

    def _button(self, text: str, tip: str, signal: Any) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(True)
        button.clicked.connect(lambda: signal.emit(self))
        return button

    def _line(self, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(str(self._data.get(key, "")))
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(field_name(key))
        edit.textChanged.connect(self.changed)
        return edit

    def _spin(self, value: Any, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value if type(value) is int else low)
        spin.valueChanged.connect(self.changed)
        return spin

    def _kind_fields(self, data: dict[str, Any]) -> None:
        kind = self.kind
        self.options: QPlainTextEdit | None = None
        if kind in CHOICE_KINDS:
            self.options = QPlainTextEdit("\n".join(
                str(o.get("label", "")) for o in data.get("options", []) if isinstance(o, dict)))
            self.options.setPlaceholderText(translate("StepEditor", "One choice per line"))
            self.options.setAccessibleName(translate("StepEditor", "Choices, one per line"))
            self.options.setTabChangesFocus(True)
            self.options.setFixedHeight(self.options.fontMetrics().lineSpacing() * 5 + 12)
            self.options.textChanged.connect(self.changed)
            self.form.addRow(translate("StepEditor", "Choices"), self.options)
        self.allow_other = QCheckBox(
            translate("StepEditor", "Offer “Something else…” with own words"))
        if kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE):
            self.allow_other.setChecked(bool(data.get("allow_other", True)))
            self.allow_other.toggled.connect(self.changed)
            self.form.addRow("", self.allow_other)
        if kind is StepKind.SCALE:
            self.scale_min = self._spin(data.get("min"), -1000, 1000)
            self.scale_max = self._spin(data.get("max"), -1000, 1000)
            self.scale_step = self._spin(data.get("step", 1), 1, 1000)
            self.low_label = self._line(
                "low_label", translate("StepEditor", "What the lowest number means"))
            self.high_label = self._line(
                "high_label", translate("StepEditor", "What the highest number means"))
            numbers = QHBoxLayout()
            for text, spin in ((translate("StepEditor", "from"), self.scale_min),
                               (translate("StepEditor", "to"), self.scale_max),
                               (translate("StepEditor", "in steps of"), self.scale_step)):
                numbers.addWidget(QLabel(text))
                numbers.addWidget(spin)
            numbers.addStretch(1)
            self.form.addRow(translate("StepEditor", "Numbers"), numbers)
            self.form.addRow(translate("StepEditor", "Lowest means"), self.low_label)
            self.form.addRow(translate("StepEditor", "Highest means"), self.high_label)
        if kind is StepKind.TEXT:
            self.starter = self._line(
                "starter", translate("StepEditor", "Words the answer box starts with (optional)"))
            self.single_line = QCheckBox(translate("StepEditor", "A one-line answer"))
            self.single_line.setChecked(bool(data.get("single_line")))
            self.single_line.toggled.connect(self.changed)
            self.max_length = self._spin(data.get("max_length", 0), 0, 100_000)
            self.max_length.setSpecialValueText(translate("StepEditor", "no limit"))
            self.form.addRow(translate("StepEditor", "Starts with"), self.starter)
            self.form.addRow("", self.single_line)
            self.form.addRow(translate("StepEditor", "At most (characters)"), self.max_length)
        for key in ("rerate_of", "sort_of", "suggest_from"):
            if key in _SOURCE_OF_KIND.get(kind, ()):
                label = field_name(key)
                combo = QComboBox()
                combo.setAccessibleName(label)
                combo.currentIndexChanged.connect(self.changed)
                self.sources[key] = combo
                self.form.addRow(label, combo)

    # -- what the builder asks -------------------------------------------------------

    def set_position(self, number: int, total: int) -> None:
        self.heading.setText(translate("StepEditor", "Step {number} · {kind}")
                             .format(number=number, kind=kind_name(self.kind)))
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(number < total)
        self.setAccessibleName(translate("StepEditor", "Step {number} of {total}")
                               .format(number=number, total=total))

    def set_sources(self, steps: list[tuple[str, str, StepKind]]) -> None:
        """Offer the other steps a reference may name (id, heading, kind), keeping the
        current choice even when it points nowhere valid (the loader says why)."""
        for key, combo in self.sources.items():
            current = combo.currentData() if combo.count() else self._data.get(key)
            combo.blockSignals(True)
            combo.clear()
            if key == "suggest_from":
                combo.addItem(translate("StepEditor", "(none)"), None)
            for step_id, heading, kind in steps:
                if step_id != self.step_id and kind in SOURCES[key]:
                    combo.addItem(heading or step_id, step_id)
            found = combo.findData(current)
            if found < 0 and current:
                combo.addItem(translate("StepEditor", "{step} (missing)").format(step=current),
                              current)
                found = combo.count() - 1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def value(self) -> dict[str, Any]:
        """The step as loader data: what this card shows over what it was given."""
        data = dict(self._data)
        data["prompt"] = self.prompt.text().strip()
        for key, edit in (("label", self.label), ("example", self.example),
                          ("note", self.note)):
            text = edit.text().strip()
            if text and (key != "example" or self.kind is not StepKind.SUMMARY):
                data[key] = text
            else:
                data.pop(key, None)
        if self.kind is not StepKind.SUMMARY:
            for key, box in (("optional", self.optional), ("pinned", self.pinned)):
                if box.isChecked():
                    data[key] = True
                else:
                    data.pop(key, None)
        if self.options is not None:
            lines = [line.strip() for line in self.options.toPlainText().splitlines()
                     if line.strip()]
            data["options"] = _options_from(lines, list(self._data.get("options", [])))
        if self.kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE):
            data["allow_other"] = self.allow_other.isChecked()
        if self.kind is StepKind.SCALE:
            data.update(min=self.scale_min.value(), max=self.scale_max.value(),
                        step=self.scale_step.value(),
                        low_label=self.low_label.text().strip(),
                        high_label=self.high_label.text().strip())
        if self.kind is StepKind.TEXT:
            for key, value in (("starter", self.starter.text().strip()),
                               ("single_line", self.single_line.isChecked()),
                               ("max_length", self.max_length.value())):
                if value:
                    data[key] = value
                else:
                    data.pop(key, None)
        for key, combo in self.sources.items():
            chosen = combo.currentData()
            if chosen:
                data[key] = chosen
            else:
                data.pop(key, None)
        return data

    def heading_text(self) -> str:
        return self.label.text().strip() or self.prompt.text().strip()

    def show_problems(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(f"• {line}" for line in lines))
        self.problems.setVisible(bool(lines))

    def focus_first(self) -> None:
        self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)


_SOURCE_OF_KIND: dict[StepKind, tuple[str, ...]] = {
    StepKind.RERATE: ("rerate_of",),
    StepKind.SORT: ("sort_of",),
    StepKind.DISTORTIONS: ("suggest_from",),
}
