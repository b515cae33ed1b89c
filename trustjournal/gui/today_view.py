"""The Today page: a calm start, one click to write."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from trustjournal.core.entries import Change
from trustjournal.gui.events import AppEvents

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


class TodayView(QWidget):
    write_requested = Signal()

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
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
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(note)
        self.write_button.clicked.connect(self.write_requested)
        events.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        now = dt.datetime.now()
        self.title.setText(greeting(now))
        self.date_label.setText(f"{now:%A}, {now.day} {now:%B %Y}")
        today = dt.date.today()
        page = self._journal.timeline_page(limit=50)
        written = sum(1 for e in page.entries if e.local_date == today)
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

    def _changed(self, change: Change) -> None:
        if change.order or change.trash:
            self.refresh()
