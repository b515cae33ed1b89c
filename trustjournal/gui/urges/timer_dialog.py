"""The "I want to check" window: sit with the urge for a few minutes, then log it.

First a calm timer (a breathing circle, the time left, pause, stop) beside a list of
things to do instead; when the time is up or the person stops, a few questions, saved as
one `Urge`. It is not modal, so "write it here" can open an entry while the timer runs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import sentence_start, translate
from trustjournal.core.trackers import DEFAULT_SURF_MINUTES, Urge, UrgeKind, UrgeOutcome
from trustjournal.gui.events import AppEvents
from trustjournal.gui.theme import set_primary, set_role
from trustjournal.gui.urges.alternatives import Alternative, builtin_alternatives
from trustjournal.gui.urges.breathing import BreathingCircle, breath, breathing_in
from trustjournal.gui.urges.clock import Clock, SurfClock, minutes_text
from trustjournal.gui.urges.form import UrgeForm
from trustjournal.gui.urges.words import safety_key
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal

MINUTES_SETTING = "urge_surf_minutes"
STILL_SETTING = "urge_circle_still"  # true: the circle does not move (less motion)
DRAFT_SETTING = "urge_draft"  # answers typed but not saved when the window was closed
MAX_MINUTES = 60
MOVING_TICK_MS = 40  # smooth enough for a slow circle, light on the processor
STILL_TICK_MS = 250


def surf_minutes(journal: Journal) -> int:
    value = journal.get_setting(MINUTES_SETTING, DEFAULT_SURF_MINUTES)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MINUTES:
        return DEFAULT_SURF_MINUTES
    return value


def _label(text: str, role: str | None = None, name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    if role:
        set_role(widget, role)
    return widget


def spent_words(seconds: int, *, done: bool) -> str:
    if done:
        return translate("UrgeTimer", "The time is up. You stayed with the urge the whole way "
                                      "through.")
    if seconds < 60:
        return translate("UrgeTimer", "You paused before acting. That counts.")
    minutes = round(seconds / 60)  # a plain name: lupdate skips calls with an expression
    return translate("UrgeTimer", "You stayed with the urge for %n minutes.", None, minutes)


class AlternativeRow(QWidget):
    """One thing to do instead: tick it when you do it; "write" has its own button."""

    def __init__(self, alternative: Alternative, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alternative = alternative
        self.check = QCheckBox(alternative.title)
        self.check.setObjectName(f"alternative_{alternative.id}")
        self.check.setToolTip(translate("AlternativeRow",
                                        "Tick it if you do it; it goes into your log"))
        line = _label(alternative.line, "secondary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.check, 1)
        self.button: QPushButton | None = None
        if alternative.action == "write":
            self.button = QPushButton(translate("AlternativeRow", "Write now"))
            self.button.setAutoDefault(False)
            self.button.setObjectName(f"alternativeAction_{alternative.id}")
            top.addWidget(self.button)
        layout.addLayout(top)
        layout.addWidget(line)
        line.setContentsMargins(24, 0, 0, 0)


class UrgeSurfDialog(QDialog):
    """The urge timer, then the urge's log. `clock` and `seconds` let tests run it
    without waiting (a fake clock, a short length)."""

    saved = Signal(str)  # the urge's uuid
    safety_requested = Signal(str)  # a safety panel section to offer after saving
    write_requested = Signal()  # open a new journal entry

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None, clock: Clock = time.monotonic,
                 seconds: float | None = None,
                 alternatives: tuple[Alternative, ...] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgeDialog")
        self.setWindowTitle(translate("UrgeSurfDialog", "I want to check"))
        self.setModal(False)
        self.resize(840, 580)
        self.journal = journal
        self.events = events
        self.watch = watch
        self.saved_uuid: str | None = None
        self._surfed_from_draft: int | None = None
        self._restored = False  # showing answers kept from an earlier time
        self._clock_source = clock
        self._seconds = seconds
        self.started_utc = dt.datetime.now(dt.UTC)
        self.clock = self._new_clock()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._surf_page(alternatives or builtin_alternatives()))
        self.pages.addWidget(self._log_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self.tick)
        self._set_still(bool(journal.get_setting(STILL_SETTING, False)), keep=False)
        draft = journal.get_setting(DRAFT_SETTING)
        if draft is not None:
            if isinstance(draft, dict) and self._restore(draft):
                return
            self._forget_draft()  # unreadable: offering it again each time would not help
        self.tick()
        self.ticker.start()

    # -- the timer -----------------------------------------------------------------------

    def _surf_page(self, alternatives: tuple[Alternative, ...]) -> QWidget:
        page = QWidget()
        title = _label(translate("UrgeSurfDialog", "Let the urge rise, and let it pass"),
                       "page-title")
        intro = _label(translate("UrgeSurfDialog", "An urge is like a wave: it builds, peaks "
                                 "and fades, usually within minutes. You don't have to act on "
                                 "it yet. Stay with it for a while and see what it does."),
                       "secondary")
        self.circle = BreathingCircle()
        self.cue = _label("", "secondary", "urgeCue")
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining = _label("", "section-title", "urgeRemaining")
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pause_button = QPushButton(translate("UrgeSurfDialog", "Pause"))
        self.pause_button.setObjectName("urgePause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(translate("UrgeSurfDialog", "Stop and log it"))
        self.stop_button.setObjectName("urgeStop")
        self.stop_button.setToolTip(translate("UrgeSurfDialog",
                                              "End the timer now and note how it went"))
        self.stop_button.clicked.connect(self.stop)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("urgeMinutes")
        self.minutes.setAccessibleName(translate("UrgeSurfDialog", "Minutes on the timer"))
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSuffix(translate("UrgeSurfDialog", " min", "after the minutes"))
        self.minutes.setValue(max(1, round(self.clock.total / 60)))
        self.minutes.setToolTip(translate("UrgeSurfDialog",
                                          "How long the timer runs; kept for next time"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.still = QCheckBox(translate("UrgeSurfDialog", "Keep the circle still"))
        self.still.setObjectName("urgeStill")
        self.still.setToolTip(translate("UrgeSurfDialog",
                                        "Less movement on screen; kept for next time"))
        self.still.toggled.connect(self._set_still)
        # Enter must not pause or stop the timer by chance: neither is a default button.
        for button in (self.pause_button, self.stop_button):
            button.setAutoDefault(False)
        controls = QHBoxLayout()
        controls.addStretch(1)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        options = QHBoxLayout()
        options.addStretch(1)
        options.addWidget(_label(translate("UrgeSurfDialog", "Timer:"), "secondary"))
        options.addWidget(self.minutes)
        options.addSpacing(16)
        options.addWidget(self.still)
        options.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.circle, 1)
        left.addWidget(self.cue)
        left.addWidget(self.remaining)
        left.addLayout(controls)
        left.addLayout(options)

        self.alternative_rows: list[AlternativeRow] = []
        listing = QWidget()
        rows = QVBoxLayout(listing)
        rows.setContentsMargins(0, 0, 8, 0)
        for alternative in alternatives:
            row = AlternativeRow(alternative)
            if row.button is not None:
                row.button.clicked.connect(lambda _=False, r=row: self._act(r))
            rows.addWidget(row)
            self.alternative_rows.append(row)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The lines wrap, so the list only ever needs to scroll down, never sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(listing)
        right = QVBoxLayout()
        right.addWidget(_label(translate("UrgeSurfDialog", "While you wait, you could…"),
                               "section-title"))
        right.addWidget(scroll, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(24)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        return page

    def _new_clock(self) -> SurfClock:
        seconds = self._seconds if self._seconds is not None else \
            60 * surf_minutes(self.journal)
        return SurfClock(seconds, self._clock_source)

    def _start_fresh(self) -> None:
        """A new timer for the urge happening now (after earlier answers were dealt with)."""
        self._restored = False
        self._surfed_from_draft = None
        self.started_utc = dt.datetime.now(dt.UTC)
        self.clock = self._new_clock()
        for row in self.alternative_rows:
            row.check.setChecked(False)
        self.form.clear()
        self.pause_button.setText(translate("UrgeSurfDialog", "Pause"))
        self.pages.setCurrentIndex(0)
        self.ticker.start()
        self.tick()

    def tick(self) -> None:
        """Show the time left and the breath now; when the time is up, go on to the log."""
        self._show_time()
        if self.clock.done() and self.pages.currentIndex() == 0:
            self._to_log(done=True)

    def _show_time(self) -> None:
        elapsed = self.clock.elapsed()
        self.circle.show_state(breath(elapsed), elapsed / self.clock.total)
        self.remaining.setText(translate("UrgeSurfDialog", "{time} left").format(
            time=minutes_text(self.clock.remaining())))
        if not self.clock.running:
            self.cue.setText(translate("UrgeSurfDialog", "Paused. Carry on whenever you are "
                                                         "ready.")
                             if not self.clock.stopped else "")
        elif self.circle.still:
            self.cue.setText(translate("UrgeSurfDialog",
                                       "Breathe slowly, with a longer out-breath."))
        else:
            self.cue.setText(translate("UrgeSurfDialog", "Breathe in…") if breathing_in(elapsed)
                             else translate("UrgeSurfDialog", "Breathe out…"))

    def toggle_pause(self) -> None:
        if self.clock.running:
            self.clock.pause()
            self.pause_button.setText(translate("UrgeSurfDialog", "Resume"))
        else:
            self.clock.resume()
            self.pause_button.setText(translate("UrgeSurfDialog", "Pause"))
        self.tick()

    def stop(self) -> None:
        """End the timer where it is and go on to the log."""
        self._to_log(done=self.clock.done())

    def _minutes_changed(self, minutes: int) -> None:
        self.clock.set_total(60 * minutes)
        self.journal.set_setting(MINUTES_SETTING, minutes)
        self.tick()

    def _set_still(self, still: bool, keep: bool = True) -> None:
        self.circle.still = still
        if self.still.isChecked() != still:
            self.still.blockSignals(True)
            self.still.setChecked(still)
            self.still.blockSignals(False)
        if keep:
            self.journal.set_setting(STILL_SETTING, still)
        self.ticker.setInterval(STILL_TICK_MS if still else MOVING_TICK_MS)
        self.circle.update()

    def _act(self, row: AlternativeRow) -> None:
        row.check.setChecked(True)
        if row.alternative.action == "write":
            self.write_requested.emit()

    # -- the log -------------------------------------------------------------------------

    def _log_page(self) -> QWidget:
        page = QWidget()
        self.log_title = _label("", "page-title", "urgeLogTitle")
        intro = _label(translate("UrgeSurfDialog", "A few quick questions, so you can see over "
                                 "the weeks how these moments go. There are no wrong answers."),
                       "secondary")
        self.form = UrgeForm()
        self.save_button = QPushButton(translate("UrgeSurfDialog", "Save"))
        self.save_button.setObjectName("urgeSave")
        set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.back_button = QPushButton(translate("UrgeSurfDialog", "Back to the timer"))
        self.back_button.setObjectName("urgeBack")
        self.back_button.clicked.connect(self._back_to_timer)
        self.discard_button = QPushButton(translate("UrgeSurfDialog", "Don't log this one"))
        self.discard_button.setObjectName("urgeDiscard")
        self.discard_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.log_title)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return page

    def _to_log(self, *, done: bool) -> None:
        self.clock.stop()
        self.ticker.stop()
        self._show_time()
        self.log_title.setText(spent_words(self.surfed_seconds(), done=done))
        self.back_button.setVisible(not done)
        ticked = [row.alternative.done for row in self.alternative_rows
                  if row.check.isChecked()]
        if ticked:
            separator = translate("UrgeSurfDialog", ", ", "between items of a list")
            self.form.suggest_instead(sentence_start(separator.join(ticked)))
        self.pages.setCurrentIndex(1)
        self.save_button.setDefault(True)
        self.form.kind_buttons[UrgeKind.CHECK_PHONE].setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_to_timer(self) -> None:
        self.clock.stopped = False
        self.clock.resume()
        self.pause_button.setText(translate("UrgeSurfDialog", "Pause"))
        self.pages.setCurrentIndex(0)
        self.ticker.start()
        self.tick()

    def surfed_seconds(self) -> int:
        """The time actually spent with the timer (pauses left out)."""
        if self._surfed_from_draft is not None:
            return self._surfed_from_draft
        return round(self.clock.elapsed())

    def save(self) -> None:
        """Save the answers as one urge; the window closes when it is saved (or, for
        answers kept from last time, the timer starts)."""
        problems = self.form.problems()
        if problems:
            self.form.say(" ".join(problems))
            return
        urge = self.form.urge(started_utc=self.started_utc,
                              surfed_seconds=self.surfed_seconds())
        try:
            change = self.journal.save_urge(urge)
        except JournalError as exc:
            self.form.say(translate("UrgeSurfDialog", "It could not be saved just now "
                                    "({reason}). Your answers are still here; try again in a "
                                    "moment.").format(reason=exc))
            return
        self.saved_uuid = urge.uuid
        self._forget_draft()
        section = (self.watch.check(safety_key(urge.uuid), self.form.written_text())
                   if self.watch is not None else None)
        self.events.emit_change(change)
        self.events.status.emit(_thanks(urge))
        self.saved.emit(urge.uuid)
        self.form.touched = False
        if self._restored:
            self._start_fresh()  # those were earlier answers: now the urge of this moment
        else:
            self.accept()
        if section:
            self.safety_requested.emit(section)

    def discard(self) -> None:
        """Log nothing and forget any kept answers: the window closes (or, for answers
        kept from last time, the timer starts)."""
        self._forget_draft()
        self.form.touched = False
        if self._restored:
            self._start_fresh()
        else:
            self.reject()

    # -- closing keeps what was typed --------------------------------------------------

    def reject(self) -> None:
        # Closed, Esc, or the window locking: answers given but not saved are kept in
        # the journal and come back the next time this window opens.
        self.ticker.stop()
        self.keep_answers()
        super().reject()

    def keep_answers(self) -> None:
        """Keep answers given but not saved in the journal, for the next time this window
        opens (the app is closing, the window locking, or this window closing)."""
        if self.pages.currentIndex() == 1 and self.form.touched:
            self._keep_draft()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ticker.stop()
        super().closeEvent(event)

    def _keep_draft(self) -> None:
        form = self.form
        kind, outcome = form.kind(), form.outcome()
        draft: dict[str, Any] = {
            "started": self.started_utc.timestamp(), "surfed": self.surfed_seconds(),
            "kind": kind.value if kind else None, "other": form.other.text(),
            "peak": form.peak.value(), "outcome": outcome.value if outcome else None,
            "instead": form.instead.toPlainText()}
        # A journal that can't be written now can't keep them either; closing goes on.
        with contextlib.suppress(JournalError):
            self.journal.set_setting(DRAFT_SETTING, draft)

    def _forget_draft(self) -> None:
        if self.journal.get_setting(DRAFT_SETTING) is not None:
            self.journal.set_setting(DRAFT_SETTING, None)

    def _restore(self, draft: dict[str, Any]) -> bool:
        """Open on the log with answers kept from last time; False if they can't be read."""
        try:
            started = dt.datetime.fromtimestamp(float(draft["started"]), dt.UTC)
            surfed = max(0, int(draft.get("surfed", 0)))
            kind = UrgeKind(draft["kind"]) if draft.get("kind") else None
            outcome = UrgeOutcome(draft["outcome"]) if draft.get("outcome") else None
            peak = int(draft.get("peak", self.form.peak.value()))
        except (KeyError, TypeError, ValueError, OverflowError, OSError):
            return False
        self.started_utc = started
        self.clock.stop()
        self._surfed_from_draft = surfed
        if kind is not None:
            self.form.kind_buttons[kind].setChecked(True)
        self.form.other.setText(str(draft.get("other", "")))
        self.form.peak.setValue(peak)
        if outcome is not None:
            self.form.outcome_buttons[outcome].setChecked(True)
        self.form.instead.setPlainText(str(draft.get("instead", "")))
        self.pages.setCurrentIndex(1)
        self._restored = True
        self.log_title.setText(translate("UrgeSurfDialog", "Your answers from last time are "
                                         "still here. Save them or let them go, and the timer "
                                         "starts."))
        self.back_button.hide()
        self.save_button.setDefault(True)
        self.form.touched = True
        return True


def _thanks(urge: Urge) -> str:
    if urge.outcome is UrgeOutcome.RESISTED:
        return translate("UrgeTimer", "Logged. You let that one pass.")
    return translate("UrgeTimer", "Logged. Thank you for noticing it.")
