"""The feelings picker: vocabulary by family, a 0–100 slider per feeling."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.exercises import (
    FEELING_SCALE,
    ExerciseRun,
    Step,
    StepKind,
)
from trustjournal.gui.exercises.context import StepContext
from trustjournal.gui.exercises.steps.base import (
    OneLine,
    StepWidget,
    hint_label,
    readable,
    register,
)
from trustjournal.gui.exercises.steps.sliders import ScaleInput


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
        self.highlighted: str | None = None  # the match Enter picks, shown in the list

        self.find = OneLine()
        self.find.setPlaceholderText("Find a feeling… (Enter picks the marked one)")
        self.find.setAccessibleName("Find a feeling")
        self.find.textChanged.connect(self._filter)
        self.find.returnPressed.connect(self.pick_found)
        self.find.installEventFilter(self)
        # Says in words which feeling Enter takes, so a near miss is never silent.
        self.enter_picks = hint_label("")
        self.enter_picks.setVisible(False)
        vocabulary = QVBoxLayout()
        vocabulary.addWidget(self.find)
        vocabulary.addWidget(self.enter_picks)
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
        self.unmoved_hint = hint_label("")
        self.unmoved_hint.setVisible(False)
        chosen_layout.addWidget(self.unmoved_hint)
        chosen_layout.addStretch(1)

        # Fixed shares of the width, so filtering the list never shifts the sliders.
        left = QWidget()
        left.setLayout(vocabulary)
        vocabulary.setContentsMargins(0, 0, 0, 0)
        policy = left.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        left.setSizePolicy(policy)
        chosen_box.setMinimumWidth(330)  # name, slider and value side by side, never on top
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left, 3, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(chosen_box, 2, Qt.AlignmentFlag.AlignTop)

    def value(self) -> Any:
        # A slider nobody moved is no answer yet: that feeling is left out until it is.
        return [{"feeling": name, "intensity": box.value()} for name, box in self.picked.items()
                if box.value() is not None]

    def unmoved(self) -> list[str]:
        """Picked feelings whose strength was not chosen yet (they are not kept)."""
        return [name for name, box in self.picked.items() if box.value() is None]

    def _emit(self, *_: object) -> None:
        self._show_unmoved()
        super()._emit()

    def _show_unmoved(self) -> None:
        names = [readable(n, self.context.feeling_names) for n in self.unmoved()]
        one = len(names) == 1
        self.unmoved_hint.setText(
            f"Move the slider for {', '.join(names)} to keep {'it' if one else 'them'}; until "
            f"then {'it counts' if one else 'they count'} as not answered." if names else "")
        self.unmoved_hint.setVisible(bool(names))

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
        self._show_unmoved()

    def _toggled(self, name: str, on: bool) -> None:
        if self._loading:
            return
        if on and name not in self.picked:
            self._add_row(name)
        elif not on and name in self.picked:
            self._remove_row(name)
        if self.find.text().strip():  # a ticked match is no longer Enter's to pick
            candidates = self._candidates()
            self._highlight(self.highlighted if self.highlighted in candidates
                            else candidates[0] if candidates else None)
        self._emit()

    def _add_row(self, name: str) -> None:
        label = readable(name, self.context.feeling_names)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        title = QLabel(label)
        title.setMinimumWidth(70)
        box = ScaleInput(FEELING_SCALE, f"How strong: {label}", labels=False)
        box.set_value(None)  # not chosen until the person moves it
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
        self._chain_tabs()

    def _remove_row(self, name: str) -> None:
        self.picked.pop(name, None)
        self.remove_buttons.pop(name, None)
        row = self.rows.pop(name, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self.empty.setVisible(not self.picked)
        self._show_unmoved()

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
        candidates = self._candidates()
        self._highlight(candidates[0] if candidates else None)

    def matches(self) -> list[str]:
        """Feelings shown by the search box: an exact name first, then names that start
        with the words (shortest first, so "hope" finds "hopeful" before "hopeless"), then
        the rest, each group in the list's order."""
        needle = self.find.text().strip().casefold()
        if not needle:
            return []
        found = []
        for order, (label, name) in enumerate(
                (label, self._name_of(check))
                for (_box, members) in self.groups for label, check in members):
            if needle in label:
                prefix = label.startswith(needle)
                found.append(((label != needle, not prefix, len(label) if prefix else 0, order),
                              name))
        return [name for _rank, name in sorted(found, key=lambda pair: pair[0])]

    def _candidates(self) -> list[str]:
        """The matches Enter could still pick (ones already picked are passed over)."""
        return [name for name in self.matches() if not self.checks[name].isChecked()]

    def _highlight(self, name: str | None) -> None:
        """Mark the feeling Enter would pick, in the list and in words under the box."""
        if self.highlighted is not None and self.highlighted in self.checks:
            old = self.checks[self.highlighted]
            old.setStyleSheet("")
            old.setAccessibleDescription("")
        self.highlighted = name
        if name is None:
            self.enter_picks.setVisible(bool(self.find.text().strip()))
            self.enter_picks.setText("No feeling matches yet." if self.find.text().strip()
                                     else "")
            return
        check = self.checks[name]
        check.setStyleSheet("QCheckBox { background: palette(highlight); "
                            "color: palette(highlighted-text); font-weight: bold; }")
        check.setAccessibleDescription("Enter picks this one")
        label = readable(name, self.context.feeling_names)
        self.enter_picks.setText(f"Enter picks: {label} (↑ ↓ for another)")
        self.enter_picks.setVisible(True)

    def move_highlight(self, step: int) -> None:
        """Arrow keys in the search box walk the highlight through the matches."""
        candidates = self._candidates()
        if not candidates:
            return
        at = candidates.index(self.highlighted) if self.highlighted in candidates else -step
        self._highlight(candidates[(at + step) % len(candidates)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.find and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.find.text().strip():
                self.move_highlight(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _name_of(self, check: QCheckBox) -> str:
        return next(name for name, box in self.checks.items() if box is check)

    def pick_found(self) -> None:
        """Enter in the search box picks the highlighted match and clears the box."""
        name = self.highlighted
        if name is not None and not self.checks[name].isChecked():
            self.checks[name].setChecked(True)  # adds its slider through _toggled
            self.find.clear()

    def _chain_tabs(self) -> None:
        """Tab from the search box reaches the sliders of picked feelings first, then the
        list, so a picked feeling's strength is a key press away."""
        chain: list[QWidget] = [self.find]
        for name, box in self.picked.items():
            chain += [box.slider, self.remove_buttons[name]]
        chain += list(self.checks.values())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        self.find.setFocus(Qt.FocusReason.TabFocusReason)
