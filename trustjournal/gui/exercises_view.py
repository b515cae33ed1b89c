"""The Exercises page: the list for the person's perspective (shipped exercises and the
person's own), the runner, and the builder for own exercises."""

from __future__ import annotations

import datetime as dt
import html
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
    exercise_to_dict,
    order_for_audience,
)
from trustjournal.core.exercises.own import Catalogue, catalogue, duplicate, exercise_at
from trustjournal.core.i18n import translate
from trustjournal.gui.dates import date_text
from trustjournal.gui.events import AppEvents
from trustjournal.gui.perspective import PerspectiveCombo, current
from trustjournal.gui.safety import not_therapy_text
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.core.trackers import UserExerciseVersion
    from trustjournal.gui.builder.builder import ExerciseBuilder
    from trustjournal.gui.builder.transfer import ImportResult
    from trustjournal.gui.exercises.runner import ExerciseRunner
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal


def last_done_text(day: dt.date | None, today: dt.date | None = None) -> str:
    if day is None:
        return translate("ExercisesView", "Not done yet")
    today = today or dt.date.today()
    if day == today:
        return translate("ExercisesView", "Last done today")
    if day == today - dt.timedelta(days=1):
        return translate("ExercisesView", "Last done yesterday")
    return translate("ExercisesView", "Last done {date}").format(date=date_text(day))


def follow_up_text(title: str, day: dt.date) -> str:
    """Names the entry a follow-up follows, for the top of the follow-up's entry."""
    return translate("ExercisesView", "“{title}”, saved on {date}").format(
        title=title, date=date_text(day))


def _meta_text(minutes: int, last_done: str, *, own: bool, has_draft: bool) -> str:
    """The line under a card's title; each combination a whole sentence to translate."""
    if own and has_draft:
        text = translate("ExercisesView", "Yours · About %n min · {last_done} · in progress",
                         None, minutes)
    elif own:
        text = translate("ExercisesView", "Yours · About %n min · {last_done}", None, minutes)
    elif has_draft:
        text = translate("ExercisesView", "About %n min · {last_done} · in progress",
                         None, minutes)
    else:
        text = translate("ExercisesView", "About %n min · {last_done}", None, minutes)
    return text.format(last_done=last_done)


class ExerciseCard(QFrame):
    start = Signal(str)  # exercise id
    discard = Signal(str)
    follow_up = Signal()  # the "How did it go?" button
    edit = Signal(str)  # own exercises: open in the builder
    export = Signal(str)
    remove = Signal(str)
    duplicate = Signal(str)  # shipped exercises: adapt a copy

    def __init__(self, exercise: Exercise, last: dt.date | None, has_draft: bool,
                 parent: QWidget | None = None, *, follow_up: bool = False,
                 own: bool = False) -> None:
        super().__init__(parent)
        self.exercise_id = exercise.id
        self.own = own
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(f"<b>{html.escape(exercise.title)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.meta = meta = QLabel(_meta_text(exercise.minutes, last_done_text(last),
                                             own=own, has_draft=has_draft))
        meta.setStyleSheet("color: palette(placeholder-text);")
        why = QLabel(exercise.why)
        why.setWordWrap(True)
        if has_draft:
            self.start_button = QPushButton(translate("ExerciseCard", "Continue"))
            self.start_button.setAccessibleName(
                translate("ExerciseCard", "Continue {exercise}").format(exercise=exercise.title))
        else:
            self.start_button = QPushButton(translate("ExerciseCard", "Start"))
            self.start_button.setAccessibleName(
                translate("ExerciseCard", "Start {exercise}").format(exercise=exercise.title))
        self.start_button.clicked.connect(lambda: self.start.emit(self.exercise_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        self.discard_button: QPushButton | None = None
        if has_draft:
            self.discard_button = QPushButton(
                translate("ExerciseCard", "Discard the unfinished one"))
            self.discard_button.clicked.connect(lambda: self.discard.emit(self.exercise_id))
            buttons.addWidget(self.discard_button)
        self.follow_up_button: QPushButton | None = None
        if follow_up:
            self.follow_up_button = QPushButton(translate("ExerciseCard", "How did it go?"))
            self.follow_up_button.setAccessibleName(
                translate("ExerciseCard", "How did it go? ({exercise})")
                .format(exercise=exercise.title))
            self.follow_up_button.clicked.connect(self.follow_up.emit)
            buttons.addWidget(self.follow_up_button)
        self.edit_button = self.export_button = self.remove_button = None
        self.duplicate_button = None
        if own:
            name = exercise.title
            self.edit_button = self._extra(
                buttons, translate("ExerciseCard", "Edit"),
                translate("ExerciseCard", "Edit {exercise}").format(exercise=name), self.edit)
            self.export_button = self._extra(
                buttons, translate("ExerciseCard", "Export…"),
                translate("ExerciseCard", "Export {exercise}").format(exercise=name),
                self.export)
            self.remove_button = self._extra(
                buttons, translate("ExerciseCard", "Remove"),
                translate("ExerciseCard", "Remove {exercise}").format(exercise=name),
                self.remove)
        else:
            self.duplicate_button = self._extra(
                buttons, translate("ExerciseCard", "Duplicate and adapt"),
                translate("ExerciseCard", "Duplicate and adapt {exercise}")
                .format(exercise=exercise.title), self.duplicate)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(meta)
        layout.addWidget(why)
        layout.addLayout(buttons)

    def _extra(self, row: QHBoxLayout, text: str, name: str, signal: Signal) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda: signal.emit(self.exercise_id))
        row.addWidget(button)
        return button


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
        self._catalogue: Catalogue = catalogue(self._loaded.exercises, ())
        self.builder: ExerciseBuilder | None = None
        # Supplies the weekly review's summary when it starts from this page.
        self.prefill_provider: Callable[[], str] | None = None
        self.runner: ExerciseRunner | None = None
        self.cards: dict[str, ExerciseCard] = {}

        heading = QLabel(translate("ExercisesView", "Guided exercises"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        self.perspective = PerspectiveCombo(journal)
        self.perspective.perspective_changed.connect(lambda _key: self.refresh())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(translate("ExercisesView", "Showing first what suits:")))
        top.addWidget(self.perspective)
        self.new_button = QPushButton(translate("ExercisesView", "New exercise"))
        self.new_button.setToolTip(translate(
            "ExercisesView", "Build an exercise of your own from the same kinds of steps"))
        self.new_button.clicked.connect(lambda: self.new_exercise())
        self.import_button = QPushButton(translate("ExercisesView", "Import an exercise…"))
        self.import_button.setToolTip(
            translate("ExercisesView", "Add an exercise from a TOML file"))
        self.import_button.clicked.connect(lambda: self.import_exercise())
        own_row = QHBoxLayout()
        own_row.addWidget(self.new_button)
        own_row.addWidget(self.import_button)
        own_row.addStretch(1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.hide()
        # After removing an own exercise: one step back (its versions are all still kept).
        self._removed: UserExerciseVersion | None = None
        self.undo_bar = QFrame()
        self.undo_text = QLabel()
        self.undo_button = QPushButton(translate("ExercisesView", "Undo"))
        self.undo_button.setToolTip(
            translate("ExercisesView", "Put the exercise back on your list"))
        self.undo_button.clicked.connect(self.undo_remove)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
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
        list_layout.addLayout(own_row)
        list_layout.addWidget(self.undo_bar)
        list_layout.addWidget(self.problems)
        list_layout.addWidget(scroll, 1)
        # Said once here, quietly, where people choose what to work on.
        self.not_therapy = QLabel(not_therapy_text())
        self.not_therapy.setWordWrap(True)
        self.not_therapy.setAccessibleName(translate("ExercisesView", "About these exercises"))
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
        """A shipped exercise, or the latest version of an own one."""
        return self._catalogue.get(exercise_id)

    def exercises(self) -> list[Exercise]:
        """Every exercise offered on this page (own ones after the shipped ones)."""
        return self._catalogue.exercises

    def exercise_at(self, exercise_id: str, version: int | None) -> Exercise | None:
        """The exercise as an entry made with this version saw it (own ones by version)."""
        try:
            return exercise_at(self._catalogue, self._journal.user_exercise, exercise_id,
                               version)
        except JournalError:
            return None

    def _reload(self) -> None:
        try:
            own = self._journal.user_exercises()
        except JournalError as exc:
            own = []
            self._events.status.emit(
                translate("ExercisesView",
                          "Your own exercises could not be read just now ({error}).")
                .format(error=exc))
        self._catalogue = catalogue(self._loaded.exercises, own)
        problems = [*self._loaded.errors, *self._catalogue.problems]
        self.problems.setVisible(bool(problems))
        if problems:
            lines = "\n".join(f"• {error}" for error in problems)
            self.problems.setText(
                translate("ExercisesView", "Some exercises could not be read, so they are left "
                                           "out; everything else works.\n{problems}")
                .format(problems=lines)
            )

    def refresh(self) -> None:
        self._reload()
        while self._cards_box.count():
            item = self._cards_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards.clear()
        last = self._journal.last_done()
        drafts = {d.exercise_id for d in self._journal.drafts()}
        audience = current(self._journal) or "both"
        # A follow-up is offered only from the entries it follows, never as its own card.
        regular = [ex for ex in self._catalogue.exercises if ex.follow_up is None]
        for exercise in order_for_audience(regular, audience):
            awaiting = self._awaiting(exercise.id)
            card = ExerciseCard(exercise, last.get(exercise.id), exercise.id in drafts,
                                follow_up=awaiting is not None,
                                own=self._catalogue.is_own(exercise.id))
            if awaiting is not None:
                card.follow_up.connect(lambda a=awaiting: self.start_follow_up(*a))
            card.start.connect(self.start)
            card.discard.connect(self.discard_draft)
            card.edit.connect(self.edit_exercise)
            card.export.connect(self.export_exercise)
            card.remove.connect(self.remove_exercise)
            card.duplicate.connect(self.duplicate_exercise)
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
        exercise = self._catalogue.get(exercise_id)
        # A follow-up needs the entry it follows: start_follow_up opens it.
        if exercise is None or exercise.follow_up is not None or self.runner is not None:
            return self.runner
        if self.builder is not None:
            self._events.status.emit(
                translate("ExercisesView", "Save or close the exercise you are building first."))
            return None
        draft = self._journal.load_draft(exercise_id)
        entry_uuid = draft.get("entry_uuid") if draft else None
        begun = draft.get("exercise_version") if draft else None
        if self._catalogue.is_own(exercise_id) and type(begun) is int \
                and begun != exercise.version:
            # Carry on with the questions the draft was begun with (edited since).
            exercise = self.exercise_at(exercise_id, begun) or exercise
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
        if self.runner is not None or self.builder is not None:
            self._events.status.emit(
                translate("ExercisesView", "Finish or save the open exercise for later first.")
                if self.runner else
                translate("ExercisesView", "Save or close the exercise you are building first."))
            return None
        try:
            entry = self._journal.get_entry(entry_uuid)
            answers = self._journal.exercise_answers(entry_uuid) or {}
        except JournalError as exc:
            QMessageBox.warning(self, "TrustJournal", str(exc))
            return None
        # An own exercise edited since opens with the questions this entry answered.
        exercise = self.exercise_at(entry.exercise_id or "", entry.exercise_version)
        if exercise is None:
            QMessageBox.information(
                self, "TrustJournal",
                translate("ExercisesView", "This exercise is not installed in this version, so "
                                           "its answers can't be opened in it. The entry itself "
                                           "is safe and stays as it is."))
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
        self._events.status.emit(
            translate("ExercisesView", "Started “{exercise}”. Esc keeps it for later.")
            .format(exercise=exercise.title))
        return runner

    def discard_draft(self, exercise_id: str) -> None:
        answer = QMessageBox.question(
            self, translate("ExercisesView", "Discard the unfinished exercise?"),
            translate("ExercisesView",
                      "What you wrote in it so far will be removed. This cannot be undone."),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        try:
            self._events.emit_change(self._journal.discard_draft(exercise_id))
        except JournalError as exc:
            QMessageBox.warning(self, "TrustJournal", str(exc))

    # -- own exercises ---------------------------------------------------------------

    def _taken(self, exercise_id: str) -> bool:
        """Ids a new own exercise may not have: shipped ones and every own id ever saved."""
        return (any(ex.id == exercise_id for ex in self._catalogue.builtins)
                or self._journal.user_exercise(exercise_id) is not None)

    def new_exercise(self) -> ExerciseBuilder | None:
        """Open the builder on an empty exercise."""
        return self._open_builder(None)

    def edit_exercise(self, exercise_id: str) -> ExerciseBuilder | None:
        """Open an own exercise in the builder; saving makes a new version."""
        exercise = self._catalogue.get(exercise_id)
        if exercise is None or not self._catalogue.is_own(exercise_id):
            return None
        return self._open_builder(exercise_to_dict(exercise), exercise_id=exercise_id,
                                  based_on=self._catalogue.based_on.get(exercise_id))

    def duplicate_exercise(self, exercise_id: str) -> ExerciseBuilder | None:
        """Open a copy of an exercise to adapt; the original never changes."""
        exercise = self._catalogue.get(exercise_id)
        if exercise is None:
            return None
        based_on = (exercise_id if not self._catalogue.is_own(exercise_id)
                    else self._catalogue.based_on.get(exercise_id))
        copy = duplicate(exercise, "my_copy")
        return self._open_builder(exercise_to_dict(copy), based_on=based_on)

    def _open_builder(self, data: dict | None, *, exercise_id: str | None = None,
                      based_on: str | None = None) -> ExerciseBuilder | None:
        from trustjournal.gui.builder.builder import ExerciseBuilder

        if self.runner is not None or self.builder is not None:
            self._events.status.emit(
                translate("ExercisesView", "Finish or save the open exercise for later first."))
            return None
        builder = ExerciseBuilder(self._journal, self._events, data, exercise_id=exercise_id,
                                  based_on=based_on, taken=self._taken)
        builder.closed.connect(self._close_builder)
        builder.saved.connect(lambda _id: self._close_builder())
        self.builder = builder
        self.stack.addWidget(builder)
        self.stack.setCurrentWidget(builder)
        builder.title.setFocus()
        return builder

    def _close_builder(self) -> None:
        builder, self.builder = self.builder, None
        if builder is None:
            return
        self.stack.setCurrentWidget(self.list_page)
        self.stack.removeWidget(builder)
        builder.deleteLater()
        self.refresh()

    def export_exercise(self, exercise_id: str) -> None:
        from trustjournal.gui.builder.transfer import export_exercise

        try:
            path = export_exercise(self, self._journal, exercise_id)
        except JournalError as exc:
            QMessageBox.warning(self, translate("ExercisesView", "Not exported"), str(exc))
            return
        if path is not None:
            self._events.status.emit(translate("ExercisesView", "Exercise exported to {file}.")
                                     .format(file=path.name))

    def import_exercise(self) -> ImportResult | None:
        from trustjournal.gui.builder.transfer import import_exercise

        shipped = {ex.id for ex in self._catalogue.builtins}
        return import_exercise(self, self._journal, self._events, shipped)

    def remove_exercise(self, exercise_id: str) -> None:
        """Take an own exercise off the list (Undo puts it back); entries made with it
        keep their questions, as every version stays in the journal."""
        exercise = self._catalogue.get(exercise_id)
        if exercise is None or not self._catalogue.is_own(exercise_id):
            return
        try:
            latest = self._journal.user_exercise(exercise_id)
            change = self._journal.remove_user_exercise(exercise_id)
        except JournalError as exc:
            QMessageBox.warning(self, "TrustJournal", str(exc))
            return
        self._removed = latest
        self.undo_text.setText(
            translate("ExercisesView", "Removed “{exercise}” from your exercises. Entries you "
                                       "made with it stay as they are.")
            .format(exercise=exercise.title))
        self.undo_bar.show()
        self._events.emit_change(change)
        self.undo_button.setFocus()

    def undo_remove(self) -> None:
        """Put the exercise removed last back on the list, as it was."""
        removed, self._removed = self._removed, None
        self.undo_bar.hide()
        if removed is None:
            return
        try:
            # The same text as its latest version: storage un-removes it, adds nothing.
            self._journal.save_user_exercise(removed.exercise_id, removed.toml,
                                             removed.based_on)
        except JournalError as exc:
            QMessageBox.warning(self, "TrustJournal", str(exc))
            return
        self._events.emit_change(Change(exercises=True))

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
        self._events.status.emit(translate("ExercisesView", "Saved to your journal."))
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
            if self.runner is None and self.builder is None:
                self.refresh()
