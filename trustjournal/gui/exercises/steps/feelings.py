"""The feelings picker: vocabulary by family, a 0–100 slider per feeling."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core import own_feelings
from trustjournal.core.exercises import (
    FEELING_SCALE,
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
from trustjournal.gui.exercises.steps.columns import ColumnsLayout
from trustjournal.gui.exercises.steps.sliders import ScaleInput

if TYPE_CHECKING:
    from trustjournal.core.exercises.run import ExerciseRun

SIDE_MIN = 330  # the picked feelings' sliders beside the list
UNDER_MIN = 240  # and under it, where a narrow card has no room beside


@register(StepKind.FEELINGS)
class FeelingsStep(StepWidget):
    """The vocabulary grouped by family on the left; each picked feeling gets a slider."""

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, context, parent)
        self.picked: dict[str, ScaleInput] = {}
        self.rows: dict[str, QWidget] = {}
        self.row_parts: dict[str, tuple[QLabel, ScaleInput, QToolButton]] = {}
        self.remove_buttons: dict[str, QToolButton] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.groups: list[tuple[QGroupBox, list[tuple[str, QCheckBox]]]] = []
        self.highlighted: str | None = None  # the match Enter picks, shown in the list
        # Within a run the names are shared, so a word added here reads well on later
        # steps; without a journal to keep words in, a private copy.
        self.names = (context.feeling_names if context.own_words is not None
                      else dict(context.feeling_names))
        self.own_box: QGroupBox | None = None
        self.own_grid: QGridLayout | None = None
        self.own_members: list[tuple[str, QCheckBox]] = []
        self.own_removers: dict[str, QToolButton] = {}

        self.find = OneLine()
        self.find.setPlaceholderText(
            translate("FeelingsStep", "Find a feeling… (Enter picks the marked one)"))
        self.find.setAccessibleName(translate("FeelingsStep", "Find a feeling"))
        self.find.textChanged.connect(self._filter)
        self.find.returnPressed.connect(self.pick_found)
        self.find.installEventFilter(self)
        # Says in words which feeling Enter takes, so a near miss is never silent.
        self.enter_picks = hint_label("")
        self.enter_picks.setVisible(False)
        vocabulary = QVBoxLayout()
        vocabulary.addWidget(self.find)
        vocabulary.addWidget(self.enter_picks)
        self.add_own_button = QPushButton("")
        self.add_own_button.setVisible(False)
        self.add_own_button.clicked.connect(self.add_own)
        vocabulary.addWidget(self.add_own_button)
        if not context.families:
            vocabulary.addWidget(hint_label(" ".join(context.problems)
                                            or translate("FeelingsStep",
                                                         "No feelings list is installed.")))
        for family in context.families:
            if family.id == own_feelings.FAMILY_ID:
                continue  # one's own words come last, each with a way to remove it
            box = QGroupBox(family.label)
            # As many columns as the names' real widths allow: never a word cut short.
            columns = ColumnsLayout(box)
            members: list[tuple[str, QCheckBox]] = []
            for feeling in family.feelings:
                check = QCheckBox(feeling.label)
                check.toggled.connect(lambda on, f=feeling.id: self._toggled(f, on))
                columns.addWidget(check)
                self.checks[feeling.id] = check
                members.append((feeling.label.casefold(), check))
            self.groups.append((box, members))
            vocabulary.addWidget(box)
        if context.own_words is not None:
            self.own_box = QGroupBox(own_feelings.family_label())
            self.own_grid = QGridLayout(self.own_box)
            self.groups.append((self.own_box, self.own_members))
            vocabulary.addWidget(self.own_box)
            for family in context.families:
                if family.id == own_feelings.FAMILY_ID:
                    for feeling in family.feelings:
                        self._add_own_check(feeling.id, feeling.label)
            self.own_box.setVisible(bool(self.own_members))
        vocabulary.addStretch(1)

        chosen_box = _Chosen(translate("FeelingsStep", "How strong each one is"))
        chosen_layout = QVBoxLayout(chosen_box)
        self.empty = hint_label(translate(
            "FeelingsStep", "Tick the feelings that fit; each gets a slider here, "
                            "from barely there (0) to as strong as it gets (100)."))
        chosen_layout.addWidget(self.empty)
        self.chosen = QVBoxLayout()
        chosen_layout.addLayout(self.chosen)
        self.unmoved_hint = hint_label("")
        self.unmoved_hint.setVisible(False)
        chosen_layout.addWidget(self.unmoved_hint)
        chosen_layout.addStretch(1)

        # Fixed shares of the width, so filtering the list never shifts the sliders; the
        # list is never narrower than its widest name. Where both don't fit side by side
        # (the check-in card on Today), the sliders go under the list.
        self.vocabulary = left = QWidget()
        left.setLayout(vocabulary)
        vocabulary.setContentsMargins(0, 0, 0, 0)
        policy = left.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        left.setSizePolicy(policy)
        self.chosen_box = chosen_box
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.split.setContentsMargins(0, 0, 0, 0)
        self.split.addWidget(left, 3)
        self.split.addWidget(chosen_box, 2, Qt.AlignmentFlag.AlignTop)
        self._side_by_side(True)

    def _list_width(self) -> int:
        """The narrowest the list can be with every name whole (one column)."""
        return self.vocabulary.layout().minimumSize().width()

    def _side_by_side(self, wide: bool) -> None:
        # Name, slider and value side by side, never on top of each other; that takes
        # SIDE_MIN beside the list, or a little less under it.
        self.chosen_box.least = SIDE_MIN if wide else UNDER_MIN
        self.chosen_box.updateGeometry()
        self.vocabulary.setMinimumWidth(self._list_width())
        self.split.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                else QBoxLayout.Direction.TopToBottom)
        self.split.setStretch(0, 3 if wide else 0)
        self.split.setStretch(1, 2 if wide else 0)
        self.split.setAlignment(self.vocabulary, Qt.AlignmentFlag.AlignTop if wide
                                else Qt.AlignmentFlag(0))
        for name in self.row_parts:
            self._arrange_row(name)

    def _fits_side_by_side(self, width: int) -> bool:
        return width >= self._list_width() + SIDE_MIN + max(0, self.split.spacing())

    def minimumSizeHint(self) -> QSize:
        # The narrow arrangement's width: a narrow card may always have the sliders under.
        hint = super().minimumSizeHint()
        narrow = max(UNDER_MIN, self.chosen_box.layout().minimumSize().width())
        return QSize(max(self._list_width(), narrow), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self._fits_side_by_side(event.size().width())
        if wide != (self.split.direction() == QBoxLayout.Direction.LeftToRight):
            self._side_by_side(wide)
        super().resizeEvent(event)

    def value(self) -> Any:
        # A slider nobody moved is no answer yet: that feeling is left out until it is.
        # One's own word carries its label, so the entry reads well after an export too.
        return [{"feeling": name, "intensity": box.value(), **self._carried(name)}
                for name, box in self.picked.items() if box.value() is not None]

    def _carried(self, name: str) -> dict[str, str]:
        if name.startswith(own_feelings.PREFIX) and name in self.names:
            return {"label": self.names[name]}
        return {}

    def _add_own_check(self, name: str, label: str) -> QCheckBox:
        assert self.own_grid is not None and self.own_box is not None
        check = QCheckBox(label)
        check.toggled.connect(lambda on, f=name: self._toggled(f, on))
        remover = QToolButton()
        remover.setText("×")
        remover.setAccessibleName(
            translate("FeelingsStep", "Stop offering {feeling}").format(feeling=label))
        remover.setToolTip(translate("FeelingsStep",
                                     "Stop offering “{feeling}” (entries that used it keep it)")
                           .format(feeling=label))
        remover.clicked.connect(lambda _=False, f=name: self.remove_own(f))
        row = self.own_grid.rowCount()
        self.own_grid.addWidget(check, row, 0)
        self.own_grid.addWidget(remover, row, 1)
        self.checks[name] = check
        self.own_removers[name] = remover
        self.own_members.append((label.casefold(), check))
        self.names[name] = label
        self.own_box.setVisible(True)
        return check

    def _exact_match(self) -> bool:
        needle = " ".join(self.find.text().split()).casefold()
        return any(label == needle for _box, members in self.groups for label, _c in members)

    def _offer_own(self) -> None:
        word = " ".join(self.find.text().split())
        offer = (self.context.own_words is not None and bool(word)
                 and not self._exact_match())
        self.add_own_button.setText(
            translate("FeelingsStep", "Add “{word}” as your own feeling").format(word=word)
            if offer else "")
        self.add_own_button.setVisible(offer)

    def add_own(self) -> None:
        """Keep the typed word as one's own feeling and pick it at once."""
        own = self.context.own_words
        if own is None:
            return
        try:
            name, label = own.add(self.find.text())
        except own_feelings.OwnFeelingError as exc:
            self.enter_picks.setText(str(exc))
            self.enter_picks.setVisible(True)
            return
        check = self._add_own_check(name, label)
        check.setChecked(True)  # adds its slider through _toggled, unanswered until moved
        self.find.clear()

    def remove_own(self, name: str) -> None:
        """Stop offering one's own word here and later; a picked one stays picked."""
        own = self.context.own_words
        if own is None or name not in self.own_removers:
            return
        own.remove(name)
        check = self.checks.pop(name)
        self.own_members[:] = [(label, c) for label, c in self.own_members if c is not check]
        for widget in (check, self.own_removers.pop(name)):
            widget.hide()
            widget.deleteLater()
        if self.own_box is not None:
            self.own_box.setVisible(bool(self.own_members))
        if self.highlighted == name:
            self.highlighted = None
        self._filter(self.find.text())

    def unmoved(self) -> list[str]:
        """Picked feelings whose strength was not chosen yet (they are not kept)."""
        return [name for name, box in self.picked.items() if box.value() is None]

    def _emit(self, *_: object) -> None:
        self._show_unmoved()
        super()._emit()

    def _show_unmoved(self) -> None:
        names = [readable(n, self.names) for n in self.unmoved()]
        # lupdate reads a plural only with %n in the source and a plain name as its count.
        count = len(names)
        self.unmoved_hint.setText(
            translate("FeelingsStep", "Move the sliders for {feelings} to keep these %n "
                                      "feelings; until then they count as not answered.",
                      None, count)
            .format(feelings=", ".join(names)) if names else "")
        self.unmoved_hint.setVisible(bool(names))

    def _load(self, run: ExerciseRun, value: Any) -> None:
        wanted = {f["feeling"]: f["intensity"] for f in value or []}
        for item in value or []:
            if isinstance(item.get("label"), str):
                self.names.setdefault(item["feeling"], item["label"])
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
        label = readable(name, self.names)
        row = QWidget()
        line = QGridLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        title = _Name(label)
        box = ScaleInput(FEELING_SCALE,
                         translate("FeelingsStep", "How strong: {feeling}").format(feeling=label),
                         labels=False)
        box.set_value(None)  # not chosen until the person moves it
        box.changed.connect(self._emit)
        remove = QToolButton()
        remove.setText("×")
        remove_text = translate("FeelingsStep", "Remove {feeling}").format(feeling=label)
        remove.setAccessibleName(remove_text)
        remove.setToolTip(remove_text)
        remove.clicked.connect(lambda _=False, n=name: self._unpick(n))
        self.row_parts[name] = (title, box, remove)
        self.rows[name] = row
        self._arrange_row(name)
        self.chosen.addWidget(row)
        self.picked[name] = box
        self.remove_buttons[name] = remove
        self.empty.setVisible(False)
        self._chain_tabs()

    def _arrange_row(self, name: str) -> None:
        """Name, slider and × on one line beside the list; under it (where the room is
        narrow) the name goes above its slider, so neither is cut short."""
        title, box, remove = self.row_parts[name]
        grid = self.rows[name].layout()
        assert isinstance(grid, QGridLayout)
        while grid.count():
            grid.takeAt(0)
        for column in range(3):
            grid.setColumnStretch(column, 0)
        if self.split.direction() == QBoxLayout.Direction.LeftToRight:
            grid.addWidget(title, 0, 0)
            grid.addWidget(box, 0, 1)
            grid.addWidget(remove, 0, 2)
            grid.setColumnStretch(1, 1)
        else:
            grid.addWidget(title, 0, 0, 1, 2)
            grid.addWidget(remove, 0, 2)
            grid.addWidget(box, 1, 0, 1, 3)
            grid.setColumnStretch(0, 1)

    def _remove_row(self, name: str) -> None:
        self.picked.pop(name, None)
        self.row_parts.pop(name, None)
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
        for name, remover in self.own_removers.items():
            remover.setVisible(not self.checks[name].isHidden())
        candidates = self._candidates()
        self._highlight(candidates[0] if candidates else None)
        self._offer_own()

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
            self.enter_picks.setText(translate("FeelingsStep", "No feeling matches yet.")
                                     if self.find.text().strip() else "")
            return
        check = self.checks[name]
        check.setStyleSheet("QCheckBox { background: palette(highlight); "
                            "color: palette(highlighted-text); font-weight: bold; }")
        check.setAccessibleDescription(translate("FeelingsStep", "Enter picks this one"))
        label = readable(name, self.names)
        self.enter_picks.setText(
            translate("FeelingsStep", "Enter picks: {feeling} (↑ ↓ for another)")
            .format(feeling=label))
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
        if name is None and self.add_own_button.isVisible() and not self.matches():
            self.add_own()  # nothing matches: Enter keeps the typed word as one's own
            return
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


class _Name(QLabel):
    """A picked feeling's name beside its slider: at least a little room, so the sliders
    line up, and never less than the whole name."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(70, hint.width()), hint.height())


class _Chosen(QGroupBox):
    """The picked feelings' sliders: at least `least` wide, and never narrower than what
    they hold."""

    least = SIDE_MIN

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(self.least, hint.width()), hint.height())
