"""A Today card that asks, an hour or more after an urge was logged, how the person feels
now. One gentle question about the latest such urge: a few words, or "not now". Either
answer closes the question for that urge and for any older one still waiting, so the
card never comes back with a queue of questions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change
from trustjournal.core.i18n import translate
from trustjournal.core.trackers import Urge, UrgeOutcome
from trustjournal.gui.events import AppEvents
from trustjournal.gui.theme import set_primary, set_role
from trustjournal.gui.urges.words import safety_key, urge_phrase
from trustjournal.gui.visibility import show_as
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal

GAP = 8


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def asking_text(urge: Urge, today: dt.date) -> str:
    """"Earlier today you noticed an urge to check their phone, and let it pass.\""""
    when = ("today" if urge.local_date == today
            else "yesterday" if urge.local_date == today - dt.timedelta(days=1) else "")
    texts = {
        ("today", UrgeOutcome.RESISTED): translate(
            "UrgeFollowUp", "Earlier today you noticed {urge}, and let it pass."),
        ("today", UrgeOutcome.PARTLY): translate(
            "UrgeFollowUp", "Earlier today you noticed {urge}, and partly went with it."),
        ("today", UrgeOutcome.ACTED): translate(
            "UrgeFollowUp", "Earlier today you noticed {urge}."),
        ("yesterday", UrgeOutcome.RESISTED): translate(
            "UrgeFollowUp", "Yesterday you noticed {urge}, and let it pass."),
        ("yesterday", UrgeOutcome.PARTLY): translate(
            "UrgeFollowUp", "Yesterday you noticed {urge}, and partly went with it."),
        ("yesterday", UrgeOutcome.ACTED): translate(
            "UrgeFollowUp", "Yesterday you noticed {urge}."),
        ("", UrgeOutcome.RESISTED): translate(
            "UrgeFollowUp", "A little while ago you noticed {urge}, and let it pass."),
        ("", UrgeOutcome.PARTLY): translate(
            "UrgeFollowUp", "A little while ago you noticed {urge}, and partly went with it."),
        ("", UrgeOutcome.ACTED): translate(
            "UrgeFollowUp", "A little while ago you noticed {urge}."),
    }
    return texts[(when, urge.outcome)].format(urge=urge_phrase(urge))


class UrgeFollowUpCard(QFrame):
    """Shown only while an urge waits for its follow-up; hides itself otherwise."""

    safety_requested = Signal(str)  # a safety panel section to offer after an answer
    settled = Signal(str)  # the uuid of the urge just answered or declined

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None,
                 now: Callable[[], dt.datetime] = _utc_now, read: bool = True) -> None:
        """read=False: hidden until refresh() is first called (by a caller that refreshes
        every card together at once)."""
        super().__init__(parent)
        self.setObjectName("urgeFollowUpCard")
        set_role(self, "card")
        self.journal = journal
        self.events = events
        self.watch = watch
        self._now = now
        self.urge: Urge | None = None
        self._asked_at = now()  # the time the shown question was chosen at
        self._watched: QWidget | None = None  # the page holding the card

        self.title = QLabel(translate("UrgeFollowUpCard", "How do you feel now?"))
        self.title.setObjectName("urgeFollowUpTitle")
        set_role(self.title, "section-title")
        self.text = QLabel("")
        self.text.setObjectName("urgeFollowUpText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(translate("UrgeFollowUpCard", "Only if you feel like it. Looking back is "
                                                    "how you see the wave pass."))
        hint.setWordWrap(True)
        set_role(hint, "secondary")
        self.feeling = QLineEdit()
        self.feeling.setObjectName("urgeFollowUpFeeling")
        self.feeling.setAccessibleName(translate("UrgeFollowUpCard", "How I feel now"))
        self.feeling.setPlaceholderText(translate("UrgeFollowUpCard",
                                                  "A few words, e.g. calmer than I expected"))
        self.feeling.setMaxLength(1000)
        self.feeling.textChanged.connect(self._typed)
        self.feeling.returnPressed.connect(self.answer)
        self.save_button = QPushButton(translate("UrgeFollowUpCard", "Save"))
        self.save_button.setObjectName("urgeFollowUpSave")
        set_primary(self.save_button)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.answer)
        self.later_button = QPushButton(translate("UrgeFollowUpCard", "Not now"))
        self.later_button.setObjectName("urgeFollowUpDecline")
        self.later_button.setToolTip(translate("UrgeFollowUpCard",
                                               "Leave it; this question won't come back for it"))
        self.later_button.clicked.connect(self.decline)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        set_role(self.message, "secondary")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GAP, 3 * GAP, 3 * GAP, 3 * GAP)
        layout.setSpacing(GAP)
        for widget in (self.title, self.text, hint, self.feeling, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        events.changed.connect(self._changed)
        if parent is not None:  # a parent given now sends no ParentChange
            self._watch_parent()
        if read:
            self.refresh()
        else:
            self.hide()

    def refresh(self) -> None:
        """Ask about the latest urge waiting for its follow-up, or hide when none is."""
        # Only the latest is asked about: a long-kept journal can hold thousands still
        # waiting, and reading them all each time Today is built or shown costs.
        self._asked_at = self._now()
        try:
            waiting = self.journal.urges_to_follow_up(self._asked_at, limit=1)
        except JournalError:
            waiting = []
        latest = waiting[0] if waiting else None
        if latest is None or self.urge is None or latest.uuid != self.urge.uuid:
            self.feeling.clear()
            self.message.hide()
        self.urge = latest
        if latest is not None:
            self.text.setText(asking_text(latest, self._now().astimezone().date()))
        self._show_if_asking()

    def asking(self) -> bool:
        """An urge is waiting for its follow-up (the card wants to be shown)."""
        return self.urge is not None

    def _show_if_asking(self) -> None:
        # Without a parent, showing would open the card as a window of its own: it
        # shows once a page holds it (the ParentChange below).
        if not self.asking():
            show_as(self, False)
        elif self.parentWidget() is not None:
            show_as(self, True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self._watch_parent()
            self._show_if_asking()
        return super().event(event)

    def _watch_parent(self) -> None:
        # Time passes while the page is away: each time it is shown again, look again
        # (a hidden card gets no show event of its own).
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = self.parentWidget()
        if self._watched is not None:
            self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Show:
            self.refresh()
        return False

    def answer(self) -> None:
        """Keep the words typed as how the person feels now."""
        words = self.feeling.text().strip()
        if not words:
            return
        self._settle(words)

    def decline(self) -> None:
        """"Not now": nothing is written, and the question is not asked again."""
        self._settle(None)

    def _settle(self, words: str | None) -> None:
        urge = self.urge
        if urge is None:
            return
        now = self._now()
        change = Change()
        try:
            # The older ones closed with it are those waiting when it was asked; ones
            # that became due since then were never behind this question.
            waiting_then = self.journal.urges_to_follow_up(self._asked_at)
            uuids = [waiting.uuid for waiting in waiting_then]
            older = (waiting_then[uuids.index(urge.uuid) + 1:] if urge.uuid in uuids
                     else waiting_then)
            for waiting in [urge, *older]:
                if waiting.uuid == urge.uuid:
                    updated = dataclasses.replace(
                        urge, followed_up_utc=now, updated_utc=now,
                        feeling_after=words if words is not None else urge.feeling_after)
                else:  # older ones: closed quietly, never asked about one by one
                    updated = dataclasses.replace(waiting, followed_up_utc=now,
                                                  updated_utc=now)
                change = change | self.journal.save_urge(updated)
        except JournalError as exc:
            self.message.setText(translate(
                "UrgeFollowUpCard", "That could not be saved just now ({reason}). Your words "
                "are still here; try again in a moment.").format(reason=exc))
            self.message.show()
            self.events.emit_change(change)
            return
        section = None
        if words and self.watch is not None:
            section = self.watch.check(safety_key(urge.uuid), words)
        self.feeling.clear()
        self.events.emit_change(change)
        if words:
            self.events.status.emit("Noted. Thank you for looking back on it.")
        self.refresh()
        self.settled.emit(urge.uuid)
        if section:
            self.safety_requested.emit(section)

    def _typed(self, text: str) -> None:
        self.save_button.setEnabled(bool(text.strip()))

    def _changed(self, change: Change) -> None:
        if change.trackers:
            self.refresh()
