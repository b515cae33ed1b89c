"""The daily check-in: under a minute, in a small window; today's is edited, not repeated."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import CHECKIN, ExerciseRun, checkin_for
from trustjournal.core.i18n import translate
from trustjournal.gui.events import AppEvents
from trustjournal.gui.perspective import current

if TYPE_CHECKING:
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal


class CheckInDialog(QDialog):
    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 day: dt.date | None = None, *, watch: SafetyWatch | None = None) -> None:
        from trustjournal.gui.exercises.runner import ExerciseRunner

        super().__init__(parent)
        self.setWindowTitle(translate("CheckInDialog", "Daily check-in"))
        self.resize(780, 560)
        self.saved_uuid: str | None = None
        existing = journal.checkin_on(day or dt.date.today())
        draft = journal.load_draft(CHECKIN.id)
        # A draft counts only for the same check-in: today's, or a new one if none yet.
        if draft is not None and draft.get("entry_uuid") != (existing.uuid if existing else None):
            draft = None
        answers = dict(journal.exercise_answers(existing.uuid) or {}) if existing else {}
        if draft is not None and isinstance(draft.get("answers"), dict):
            answers = draft["answers"]
        # The questions that fit whose trust the journal is about, plus any a saved
        # check-in already answered (made under another perspective): none is dropped.
        self.exercise = checkin_for(current(journal), answers)
        if existing is not None and draft is None:
            draft = ExerciseRun(self.exercise, answers=answers).to_dict()
        self.runner = ExerciseRunner(
            journal, events, self.exercise, draft, entry_kind=EntryKind.CHECKIN,
            entry_uuid=existing.uuid if existing else None, watch=watch,
        )
        self.runner.finished.connect(self._finished)
        self.runner.closed.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.runner)
        # Enter anywhere but a button goes on to the next question (never "later"). Set
        # once the runner is inside the dialog, or the dialog picks its own default.
        self.runner.next_button.setDefault(True)

    def _finished(self, entry_uuid: str) -> None:
        self.saved_uuid = entry_uuid
        self.accept()

    def reject(self) -> None:
        # Closing the window keeps what was typed as a draft, like the exercises do.
        self.runner.save_for_later()
        super().reject()
