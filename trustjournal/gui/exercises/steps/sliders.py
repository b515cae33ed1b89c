"""Sliders: a rating, and a re-rating shown beside the earlier one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.exercises import (
    Scale,
    Step,
    StepKind,
)
from trustjournal.core.i18n import translate
from trustjournal.gui.exercises.context import StepContext
from trustjournal.gui.exercises.steps.base import (
    StepWidget,
    hint_label,
    readable,
    register,
)

if TYPE_CHECKING:
    # Only named in hints: the run's module loads when an exercise is started.
    from trustjournal.core.exercises.run import ExerciseRun


# The unset track's geometry: its thickness, the room for the tick marks under it, and
# how far in from each end the first and last marks sit (half the handle's length, so
# a mark is where the handle's middle will be).
_TRACK = 5
_TICK_ROOM = 5
_END = 7.5


class UnsetSlider(QSlider):
    """A slider that draws no handle until a value is chosen, so an untouched one never
    looks as if it says 5, 50 or 80. A click on the track picks the value under it; the
    arrow keys start from the middle (or from the earlier rating)."""

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.unset = True

    def set_unset(self, unset: bool) -> None:
        if unset != self.unset:
            self.unset = unset
            self.update()

    def handle_visible(self) -> bool:
        return not self.unset

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.unset:
            super().paintEvent(event)
            return
        # Drawn here rather than through QStyle: naming QStyle in Python builds all its
        # enums (about 10 ms), and the check-in's unset sliders are on Today's first
        # paint. An empty track (its outline in the secondary text's colour, which
        # stands out from the card enough to be seen; the focus colour when the keyboard
        # is on it, as there is no handle to show it) and greyed tick marks.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        role = (QPalette.ColorRole.Highlight if self.hasFocus()
                else QPalette.ColorRole.PlaceholderText)
        room = _TICK_ROOM if self.tickPosition() != QSlider.TickPosition.NoTicks else 0
        width, height = self.width(), self.height()
        top = (height - room - _TRACK) / 2
        painter.setPen(QPen(palette.color(role), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(0.5, top + 0.5, width - 1, _TRACK), _TRACK / 2,
                                _TRACK / 2)
        if room:
            painter.setOpacity(0.55)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
            span = max(1, self.maximum() - self.minimum())
            travel = width - 2 * _END
            step = self.tickInterval()
            if step <= 0:  # as a slider does without one: each step, unless crowded
                step = (self.singleStep() if travel * self.singleStep() / span >= 3
                        else self.pageStep())
            for value in range(self.minimum(), self.maximum() + 1, max(1, step)):
                x = _END + travel * (value - self.minimum()) / span
                if self.invertedAppearance() != (self.layoutDirection()
                                                  == Qt.LayoutDirection.RightToLeft):
                    x = width - x
                x = int(x) + 0.5  # on a pixel's middle: a sharp one-pixel line
                painter.drawLine(QPointF(x, height - room), QPointF(x, height - 1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.unset and event.button() == Qt.MouseButton.LeftButton:
            from PySide6.QtWidgets import QStyle, QStyleOptionSlider

            option = QStyleOptionSlider()
            self.initStyleOption(option)
            groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                                 QStyle.SubControl.SC_SliderGroove, self)
            value = QStyle.sliderValueFromPosition(
                self.minimum(), self.maximum(), round(event.position().x()) - groove.x(),
                max(1, groove.width()), option.upsideDown)
            self.picked.emit(value)
            event.accept()
            return
        super().mousePressEvent(event)


class ScaleInput(QWidget):
    """A slider with labelled ends that counts as unanswered until the person moves or
    clicks it, so a value nobody chose is never saved."""

    changed = Signal()

    def __init__(self, scale: Scale, name: str, parent: QWidget | None = None, *,
                 labels: bool = True, value_width: int | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self._chosen = False
        self._quiet = False
        self.slider = UnsetSlider()
        self.slider.setRange(scale.min, scale.max)
        self.slider.setSingleStep(scale.step)
        self.slider.setPageStep(max(scale.step, (scale.max - scale.min) // 10))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(max(scale.step, (scale.max - scale.min) // 10))
        self.slider.setAccessibleName(name)
        self.slider.setMinimumWidth(220 if labels else 80)
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderPressed.connect(self._pressed)
        self.slider.picked.connect(self.choose)
        self.shown = QLabel()
        # The number's room; a narrow place (the check-in card) may ask for less.
        value_width = value_width if value_width is not None else 90 if labels else 48
        self.shown.setMinimumWidth(value_width)
        self._value_width = value_width
        # The number large and bold; the words before there is one small and plain.
        self._quiet_font = self.shown.font()
        self._quiet_font.setPointSizeF(self._quiet_font.pointSizeF() * 0.85)
        self._number_font = self.shown.font()
        self._number_font.setPointSizeF(self._number_font.pointSizeF() * 1.3)
        self._number_font.setBold(True)
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.shown.setFont(self._number_font)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addSpacing(8)
        row.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        if labels:
            ends = QHBoxLayout()
            low = hint_label(f"{scale.min} · {scale.low_label}")
            high = hint_label(f"{scale.high_label} · {scale.max}")
            for end in (low, high):
                end.setWordWrap(False)  # an end label never leaves its number alone
            ends.addWidget(low)
            ends.addStretch(1)
            high.setAlignment(Qt.AlignmentFlag.AlignRight)
            ends.addWidget(high)
            ends.addSpacing(value_width)
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
        self.slider.set_unset(not self._chosen)
        if self._chosen:
            self.shown.setFont(self._number_font)
            self.shown.setText(str(self.slider.value()))
            self.shown.setToolTip("")
        else:
            # Neutral words: beside a pride or trust scale, "not yet" read like a verdict.
            self.shown.setFont(self._quiet_font)
            self.shown.setText(translate("ScaleInput", "pick one"))
            # Words that run longer in another language get their room, not a cut.
            self.shown.setMinimumWidth(max(self._value_width, self.shown.sizeHint().width()))
            self.shown.setToolTip(
                translate("ScaleInput", "Not chosen yet: move the slider or use the arrow keys."))
        self.slider.setAccessibleDescription(
            translate("ScaleInput", "{value} of {most}").format(value=self.slider.value(),
                                                               most=self.scale.max)
            if self._chosen else translate("ScaleInput", "not chosen yet"))


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
        layout.addWidget(hint_label(
            translate("ScaleStep", "Use the arrow keys or drag the handle.")))

    def value(self) -> Any:
        return self.input.value()

    def _load(self, run: ExerciseRun, value: Any) -> None:
        self.input.set_value(value if isinstance(value, int) else None)

    def focus_first(self) -> None:
        self.input.slider.setFocus(Qt.FocusReason.TabFocusReason)


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
        self.same = QPushButton(translate("RerateStep", "Keep the rest as they were")
                                if step.rerates_feelings
                                else translate("RerateStep", "It feels the same as before"))
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
            title = readable(name, names) if name else ""
            label = QLabel(f"<b>{title}</b>")
            # One sentence per row: "Earlier: 80 · now:" and the slider for the new rating.
            was = QLabel(translate("RerateStep", "Earlier: {level} · now:").format(level=level))
            was.setToolTip(translate("RerateStep", "Your earlier rating, then the one for now"))
            box = ScaleInput(scale, translate("RerateStep", "{heading}, now (earlier {level})")
                             .format(heading=title or self.step.heading, level=level),
                             labels=not name)
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
            first.slider.setFocus(Qt.FocusReason.TabFocusReason)
