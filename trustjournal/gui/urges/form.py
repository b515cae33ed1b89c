"""The few questions asked after surfing an urge, and again when one is edited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid as uuid_module

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import translate
from trustjournal.core.trackers import PEAK_MAX, Urge, UrgeKind, UrgeOutcome, check_urge
from trustjournal.gui.theme import set_role
from trustjournal.gui.urges.words import kind_word, outcome_word, peak_ends

DEFAULT_PEAK = 5


def _label(text: str, role: str | None = None) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    if role:
        set_role(widget, role)
    return widget


class UrgeForm(QWidget):
    """What the urge was, how strong it got, what happened, what I did instead."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgeForm")
        self.touched = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        layout.addWidget(_label(translate("UrgeForm", "What was the urge?"), "section-title"))
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[UrgeKind, QRadioButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for number, kind in enumerate(UrgeKind):
            button = QRadioButton(kind_word(kind))
            button.setObjectName(f"urgeKind_{kind.value}")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            grid.addWidget(button, number // 2, number % 2)
        layout.addLayout(grid)
        self.other = QLineEdit()
        self.other.setObjectName("urgeOther")
        self.other.setAccessibleName(translate("UrgeForm", "The urge, in your words"))
        self.other.setPlaceholderText(translate("UrgeForm",
                                                "In your own words, e.g. read their emails"))
        self.other.setMaxLength(300)
        self.other.hide()
        layout.addWidget(self.other)

        layout.addSpacing(8)
        layout.addWidget(_label(translate("UrgeForm", "How strong did it get at its peak?"),
                                "section-title"))
        self.peak = QSlider(Qt.Orientation.Horizontal)
        self.peak.setObjectName("urgePeak")
        self.peak.setAccessibleName(translate("UrgeForm", "Strength at its peak, 0 to 10"))
        self.peak.setRange(0, PEAK_MAX)
        self.peak.setPageStep(1)
        self.peak.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.peak.setTickInterval(1)
        self.peak.setValue(DEFAULT_PEAK)
        self.peak_value = _label(str(DEFAULT_PEAK))
        self.peak_value.setObjectName("urgePeakValue")
        self.peak_value.setMinimumWidth(24)
        row = QHBoxLayout()
        row.addWidget(self.peak, 1)
        row.addWidget(self.peak_value)
        layout.addLayout(row)
        ends = QHBoxLayout()
        for number, text in enumerate(peak_ends()):
            end = _label(text, "caption")
            end.setWordWrap(False)
            if number:
                ends.addStretch(1)
            ends.addWidget(end)
        layout.addLayout(ends)

        layout.addSpacing(8)
        layout.addWidget(_label(translate("UrgeForm", "And in the end?"), "section-title"))
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[UrgeOutcome, QRadioButton] = {}
        outcomes = QHBoxLayout()
        for outcome in (UrgeOutcome.RESISTED, UrgeOutcome.PARTLY, UrgeOutcome.ACTED):
            button = QRadioButton(outcome_word(outcome))
            button.setObjectName(f"urgeOutcome_{outcome.value}")
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            outcomes.addWidget(button)
        outcomes.addStretch(1)
        layout.addLayout(outcomes)
        layout.addWidget(_label(translate("UrgeForm", "Whatever happened, noticing it is a step."),
                                "caption"))

        layout.addSpacing(8)
        layout.addWidget(_label(translate("UrgeForm", "What did you do instead? (optional)"),
                                "section-title"))
        self.instead = QPlainTextEdit()
        self.instead.setObjectName("urgeInstead")
        self.instead.setAccessibleName(translate("UrgeForm", "What I did instead"))
        self.instead.setPlaceholderText(translate("UrgeForm",
                                                  "e.g. went for a walk, then wrote for a bit"))
        self.instead.setTabChangesFocus(True)
        self.instead.setFixedHeight(72)
        layout.addWidget(self.instead)
        self.message = _label("", "secondary")
        self.message.setObjectName("urgeFormMessage")
        self.message.hide()
        layout.addWidget(self.message)

        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.outcome_group.buttonToggled.connect(lambda *_: self._touch())
        self.peak.valueChanged.connect(self._peak_changed)
        self.other.textEdited.connect(lambda _text: self._touch())
        self.instead.textChanged.connect(self._touch)

    # -- reading and filling -------------------------------------------------------------

    def kind(self) -> UrgeKind | None:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), None)

    def outcome(self) -> UrgeOutcome | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    def show_urge(self, urge: Urge) -> None:
        """Fill the form from a saved urge (editing it)."""
        self.kind_buttons[urge.kind].setChecked(True)
        self.other.setText(urge.other)
        self.peak.setValue(urge.peak)
        self.outcome_buttons[urge.outcome].setChecked(True)
        self.instead.setPlainText(urge.instead)
        # Adding to the note is the likely change: start typing after what is there.
        self.instead.moveCursor(QTextCursor.MoveOperation.End)
        self.touched = False

    def clear(self) -> None:
        """Back to no answers (a new urge)."""
        for group in (self.kind_group, self.outcome_group):
            # An exclusive group never lets its last checked button go otherwise.
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.other.clear()
        self.peak.setValue(DEFAULT_PEAK)
        self.instead.clear()
        self.say("")
        self.touched = False

    def suggest_instead(self, text: str) -> None:
        """Put the alternatives ticked during the timer in "instead", unless the person
        has typed there already."""
        if not self.instead.toPlainText().strip():
            self.instead.setPlainText(text)

    def problems(self) -> list[str]:
        """What still needs an answer, in words for the person."""
        found = []
        if self.kind() is None:
            found.append(translate("UrgeForm", "Pick what the urge was (or “Something else”)."))
        elif self.kind() is UrgeKind.OTHER and not self.other.text().strip():
            found.append(translate("UrgeForm", "Say in a few words what the urge was."))
        if self.outcome() is None:
            found.append(translate("UrgeForm",
                                   "Pick how it went in the end; any answer is fine."))
        return found

    def urge(self, base: Urge | None = None, *, started_utc: dt.datetime | None = None,
             surfed_seconds: int = 0) -> Urge:
        """The record the form describes: `base` with the answers put in (editing), or a
        new urge that started at started_utc. Call only when problems() is empty."""
        kind, outcome = self.kind(), self.outcome()
        assert kind is not None and outcome is not None, self.problems()
        now = dt.datetime.now(dt.UTC)
        other = self.other.text().strip() if kind is UrgeKind.OTHER else ""
        answers = {"kind": kind, "outcome": outcome, "peak": self.peak.value(),
                   "other": other, "instead": self.instead.toPlainText().strip(),
                   "updated_utc": now}
        if base is not None:
            return dataclasses.replace(base, **answers)
        started = started_utc or now
        urge = Urge(uuid=str(uuid_module.uuid4()), local_date=started.astimezone().date(),
                    started_utc=started, surfed_seconds=surfed_seconds, **answers)
        assert not check_urge(urge), check_urge(urge)
        return urge

    def written_text(self) -> str:
        """The person's own words in the form (for the safety check)."""
        parts = [self.other.text() if self.kind() is UrgeKind.OTHER else "",
                 self.instead.toPlainText()]
        return "\n".join(part for part in parts if part.strip())

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- reacting ------------------------------------------------------------------------

    def _kind_toggled(self, _button: QRadioButton, _checked: bool) -> None:
        other = self.kind() is UrgeKind.OTHER
        self.other.setVisible(other)
        if other and _checked and _button is self.kind_buttons[UrgeKind.OTHER]:
            self.other.setFocus(Qt.FocusReason.OtherFocusReason)
        self._touch()

    def _peak_changed(self, value: int) -> None:
        self.peak_value.setText(str(value))
        self._touch()

    def _touch(self) -> None:
        self.touched = True
        if self.message.isVisible() and not self.problems():
            self.say("")
        self.changed.emit()
