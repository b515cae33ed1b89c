"""The Today page: a calm start, one click to write."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trustjournal.core.entries import Change, EntryKind
from trustjournal.gui.dates import long_day_text
from trustjournal.gui.events import AppEvents
from trustjournal.gui.perspective import CHOICES, SETTING, current

if TYPE_CHECKING:
    from trustjournal.storage import Journal


def greeting(now: dt.datetime) -> str:
    if now.hour < 5:
        return "Still up? Be gentle with yourself tonight."
    if now.hour < 12:
        return "Good morning."
    if now.hour < 18:
        return "Good afternoon."
    return "Good evening."


class PerspectiveCard(QFrame):
    """Asked once, at first run; changeable later on the Exercises page."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        question = QLabel("<b>Who is this journal about, for you?</b>")
        hint = QLabel("It only changes which exercises come first. Every exercise stays "
                      "open to you, and you can change this any time.")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(hint)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in CHOICES:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)


class TodayView(QWidget):
    write_requested = Signal()
    checkin_requested = Signal()

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._events = events
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.title.setFont(font)
        self.date_label = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.write_button = QPushButton("Write an entry")
        self.write_button.setToolTip("Start a new entry for today (Ctrl+N)")
        self.write_button.setMinimumHeight(40)
        self.checkin_button = QPushButton("Daily check-in")
        self.checkin_button.setToolTip(
            "Three quick sliders and a line about today — under a minute"
        )
        self.checkin_button.setMinimumHeight(40)
        self.checkin_label = QLabel()
        self.checkin_label.setWordWrap(True)
        self.perspective_card = PerspectiveCard()
        self.perspective_card.chosen.connect(self._perspective_chosen)
        note = QLabel(
            "This journal lives only on this computer. Nothing you write here is sent anywhere."
        )
        note.setWordWrap(True)
        note.setForegroundRole(note.foregroundRole())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.date_label)
        layout.addSpacing(16)
        layout.addWidget(self.summary)
        layout.addSpacing(16)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.write_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.checkin_label)
        layout.addSpacing(16)
        layout.addWidget(self.perspective_card)
        layout.addStretch(1)
        layout.addWidget(note)
        self.write_button.clicked.connect(self.write_requested)
        self.checkin_button.clicked.connect(self.checkin_requested)
        events.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        now = dt.datetime.now()
        self.title.setText(greeting(now))
        self.date_label.setText(long_day_text(now.date()))
        today = dt.date.today()
        page = self._journal.timeline_page(limit=50)
        # A check-in is counted on its own line below, not as something written.
        written = sum(1 for e in page.entries
                      if e.local_date == today and e.kind != EntryKind.CHECKIN)
        total = self._journal.count_entries()
        if total == 0:
            self.summary.setText(
                "Welcome. This is a private place to notice what you feel and think, "
                "at your own pace. Start with a few lines about today."
            )
        elif written:
            self.summary.setText(
                f"You have written {written} entr{'y' if written == 1 else 'ies'} today. "
                f"{total:,} in your journal so far."
            )
        else:
            self.summary.setText(f"{total:,} entries in your journal so far.")
        checkin = self._journal.checkin_on(today)
        if checkin is None:
            self.checkin_button.setText("Daily check-in")
            self.checkin_label.setText("")
        else:
            self.checkin_button.setText("Edit today's check-in")
            self.checkin_label.setText("You checked in today. Thank you for taking a minute.")
        self.perspective_card.setVisible(current(self._journal) is None)

    def _perspective_chosen(self, key: str) -> None:
        self._journal.set_setting(SETTING, key)
        self.perspective_card.hide()
        self._events.emit_change(Change(exercises=True))

    def _changed(self, change: Change) -> None:
        if change.order or change.trash or change.exercises:
            self.refresh()
