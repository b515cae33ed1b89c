"""The Exercises page: the list for the person's perspective, and the runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change
from trustjournal.core.exercises import (
    FOLLOWS,
    Exercise,
    LoadResult,
    builtin_exercises,
    order_for_audience,
)
from trustjournal.gui.dates import date_text
from trustjournal.gui.events import AppEvents
from trustjournal.gui.perspective import PerspectiveCombo, current
from trustjournal.gui.safety import not_therapy_text
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.gui.exercises.runner import ExerciseRunner
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal


def last_done_text(day: dt.date | None, today: dt.date | None = None) -> str:
    if day is None:
        return "Not done yet"
    today = today or dt.date.today()
    if day == today:
        return "Last done today"
    if day == today - dt.timedelta(days=1):
        return "Last done yesterday"
    return f"Last done {date_text(day)}"


def follow_up_text(title: str, day: dt.date) -> str:
    """Names the entry a follow-up follows, for the top of the follow-up's entry."""
    return f"“{title}”, saved on {date_text(day)}"


class ExerciseCard(QFrame):
    start = Signal(str)  # exercise id
    discard = Signal(str)
    follow_up = Signal()  # the "How did it go?" button

    def __init__(self, exercise: Exercise, last: dt.date | None, has_draft: bool,
                 parent: QWidget | None = None, *, follow_up: bool = False) -> None:
        super().__init__(parent)
        self.exercise_id = exercise.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(f"<b>{exercise.title}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.meta = meta = QLabel(f"About {exercise.minutes} min · {last_done_text(last)}"
                      + (" · in progress" if has_draft else ""))
        meta.setStyleSheet("color: palette(placeholder-text);")
        why = QLabel(exercise.why)
        why.setWordWrap(True)
        self.start_button = QPushButton("Continue" if has_draft else "Start")
        self.start_button.setAccessibleName(f"{self.start_button.text()} {exercise.title}")
        self.start_button.clicked.connect(lambda: self.start.emit(self.exercise_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        self.discard_button: QPushButton | None = None
        if has_draft:
            self.discard_button = QPushButton("Discard the unfinished one")
            self.discard_button.clicked.connect(lambda: self.discard.emit(self.exercise_id))
            buttons.addWidget(self.discard_button)
        self.follow_up_button: QPushButton | None = None
        if follow_up:
            self.follow_up_button = QPushButton("How did it go?")
            self.follow_up_button.setAccessibleName(f"How did it go? ({exercise.title})")
            self.follow_up_button.clicked.connect(self.follow_up.emit)
            buttons.addWidget(self.follow_up_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(meta)
        layout.addWidget(why)
        layout.addLayout(buttons)


class ExercisesView(QWidget):
    """Cards for each exercise; starting one swaps the list for the runner."""

    entry_saved = Signal(str)  # uuid of a newly finished exercise
    entry_changed = Signal(str)  # uuid of a finished exercise saved again after a change
    safety_requested = Signal(str)  # from the runner: a safety panel section, "" for all

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 exercises: LoadResult | None = None, *,
                 watch: SafetyWatch | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._watch = watch
        self._events = events
        self._loaded = exercises or builtin_exercises()
        # Supplies the weekly review's summary when it starts from this page.
        self.prefill_provider: Callable[[], str] | None = None
        self.runner: ExerciseRunner | None = None
        self.cards: dict[str, ExerciseCard] = {}

        heading = QLabel("Guided exercises")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        self.perspective = PerspectiveCombo(journal)
        self.perspective.perspective_changed.connect(lambda _key: self.refresh())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel("Showing first what suits:"))
        top.addWidget(self.perspective)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(self._loaded.errors))
        if self._loaded.errors:
            lines = "\n".join(f"• {error}" for error in self._loaded.errors)
            self.problems.setText(
                "Some exercise files could not be read, so they are left out; "
                f"everything else works.\n{lines}"
            )
        self._cards_box = QVBoxLayout()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addLayout(self._cards_box)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(24, 16, 24, 16)
        list_layout.addLayout(top)
        list_layout.addWidget(self.problems)
        list_layout.addWidget(scroll, 1)
        # Said once here, quietly, where people choose what to work on.
        self.not_therapy = QLabel(not_therapy_text())
        self.not_therapy.setWordWrap(True)
        self.not_therapy.setAccessibleName("About these exercises")
        self.not_therapy.setStyleSheet("color: palette(placeholder-text);")
        self.not_therapy.setContentsMargins(4, 8, 4, 0)
        list_layout.addWidget(self.not_therapy)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        events.changed.connect(self._changed)
        self.refresh()

    def exercise(self, exercise_id: str) -> Exercise | None:
        return self._loaded.get(exercise_id)

    def exercises(self) -> list[Exercise]:
        """Every exercise offered on this page."""
        return list(self._loaded.exercises)

    def refresh(self) -> None:
        while self._cards_box.count():
            item = self._cards_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards.clear()
        last = self._journal.last_done()
        drafts = {d.exercise_id for d in self._journal.drafts()}
        audience = current(self._journal) or "both"
        # A follow-up is offered only from the entries it follows, never as its own card.
        regular = [ex for ex in self._loaded.exercises if ex.follow_up is None]
        for exercise in order_for_audience(regular, audience):
            awaiting = self._awaiting(exercise.id)
            card = ExerciseCard(exercise, last.get(exercise.id), exercise.id in drafts,
                                follow_up=awaiting is not None)
            if awaiting is not None:
                card.follow_up.connect(lambda a=awaiting: self.start_follow_up(*a))
            card.start.connect(self.start)
            card.discard.connect(self.discard_draft)
            self._cards_box.addWidget(card)
            self.cards[exercise.id] = card

    def _awaiting(self, exercise_id: str, entry_uuid: str | None = None
                  ) -> tuple[str, str] | None:
        """(follow-up exercise id, entry uuid) for the newest entry of the exercise (or
        the given one) that still awaits a follow-up, or None."""
        for follow_up in self._loaded.exercises:
            rule = follow_up.follow_up
            if rule is None or rule.exercise != exercise_id:
                continue
            for uuid, _day, _title, answers in self._journal.awaiting_follow_up(
                    exercise_id, follow_up.id):
                if entry_uuid in (None, uuid) and rule.wanted(answers):
                    return follow_up.id, uuid
        return None

    def follow_up_for(self, entry_uuid: str) -> str | None:
        """The id of the follow-up exercise this entry still awaits, or None."""
        try:
            entry = self._journal.get_entry(entry_uuid)
        except JournalError:
            return None
        if not entry.exercise_id or entry.trashed:
            return None
        awaiting = self._awaiting(entry.exercise_id, entry_uuid)
        return awaiting[0] if awaiting else None

    def start_follow_up(self, follow_up_id: str, entry_uuid: str) -> ExerciseRunner | None:
        """Open a follow-up exercise linked to the entry it follows (resuming its draft
        when that draft follows the same entry)."""
        exercise = self._loaded.get(follow_up_id)
        if exercise is None or exercise.follow_up is None or self.runner is not None:
            return self.runner
        try:
            entry = self._journal.get_entry(entry_uuid)
        except JournalError as exc:
            QMessageBox.warning(self, "TrustJournal", str(exc))
            return None
        draft = self._journal.load_draft(follow_up_id)
        answers = draft.get("answers") if draft else None
        if not isinstance(answers, dict) or answers.get(FOLLOWS) != entry_uuid:
            draft = {"exercise_id": exercise.id, "step": exercise.steps[0].id,
                     "answers": {FOLLOWS: entry_uuid}}
        runner = self._open(exercise, draft, None)
        if not runner.run.prefill:
            runner.set_prefill(follow_up_text(entry.title, entry.local_date))
        return runner

    def start(self, exercise_id: str, prefill: str | None = None) -> ExerciseRunner | None:
        """Open the runner, resuming the unfinished one if there is a draft. An exercise
        that takes app-supplied text (the weekly review) gets `prefill`, else the
        provider's, unless its draft already has some."""
        exercise = self._loaded.get(exercise_id)
        # A follow-up needs the entry it follows: start_follow_up opens it.
        if exercise is None or exercise.follow_up is not None or self.runner is not None:
            return self.runner
        draft = self._journal.load_draft(exercise_id)
        entry_uuid = draft.get("entry_uuid") if draft else None
        runner = self._open(exercise, draft,
                            entry_uuid if isinstance(entry_uuid, str) else None)
        if exercise.prefill is not None and not runner.run.prefill:
            if prefill is None and self.prefill_provider is not None:
                prefill = self.prefill_provider()
            if prefill:
                runner.set_prefill(prefill)
        return runner

    def edit_entry(self, entry_uuid: str) -> ExerciseRunner | None:
        """Open a finished exercise again with its answers, to change and save it anew."""
        if self.runner is not None:
            self._events.status.emit("Finish or save the open exercise for later first.")
            return None
        try:
            entry = self._journal.get_entry(entry_uuid)
            answers = self._journal.exercise_answers(entry_uuid) or {}
        except JournalError as exc:
            QMessageBox.warning(self, "TrustJournal", str(exc))
            return None
        exercise = self._loaded.get(entry.exercise_id or "")
        if exercise is None:
            QMessageBox.information(
                self, "TrustJournal",
                "This exercise is not installed in this version, so its answers can't be "
                "opened in it. The entry itself is safe and stays as it is.")
            return None
        draft = self._journal.load_draft(exercise.id)
        if not draft or draft.get("entry_uuid") != entry_uuid:
            draft = {"exercise_id": exercise.id, "answers": answers,
                     "step": exercise.steps[-1].id}
        return self._open(exercise, draft, entry_uuid)

    def _open(self, exercise: Exercise, draft: dict | None,
              entry_uuid: str | None) -> ExerciseRunner:
        from trustjournal.gui.exercises.runner import ExerciseRunner

        # Steps worded for whose trust the journal is about (same ids and answers).
        audience = current(self._journal) or "both"
        runner = ExerciseRunner(self._journal, self._events, exercise.for_audience(audience),
                                draft, entry_uuid=entry_uuid, watch=self._watch)
        runner.finished.connect(self._finished)
        runner.closed.connect(self._close_runner)
        runner.safety_requested.connect(self.safety_requested)
        self.runner = runner
        self.stack.addWidget(runner)
        self.stack.setCurrentWidget(runner)
        self._events.status.emit(f"Started “{exercise.title}”. Esc keeps it for later.")
        return runner

    def discard_draft(self, exercise_id: str) -> None:
        answer = QMessageBox.question(
            self, "Discard the unfinished exercise?",
            "What you wrote in it so far will be removed. This cannot be undone.",
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        try:
            self._events.emit_change(self._journal.discard_draft(exercise_id))
        except JournalError as exc:
            QMessageBox.warning(self, "TrustJournal", str(exc))

    def leave(self) -> bool:
        """Called before the window closes: keep the exercise in progress as a draft."""
        if self.runner is not None:
            return bool(self.runner.save_for_later())
        return True

    def _finished(self, entry_uuid: str) -> None:
        # A runner opened on an entry (or on the draft of a change to one) saves a change:
        # that is no new victory to celebrate, so it gets a signal of its own.
        changed = self.runner is not None and self.runner.entry_uuid is not None
        self._close_runner()
        self._events.status.emit("Saved to your journal.")
        (self.entry_changed if changed else self.entry_saved).emit(entry_uuid)

    def _close_runner(self) -> None:
        if self.runner is None:
            return
        self.stack.setCurrentWidget(self.list_page)
        self.stack.removeWidget(self.runner)
        self.runner.deleteLater()
        self.runner = None
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.exercises:
            self.perspective.refresh()
            if self.runner is None:
                self.refresh()
