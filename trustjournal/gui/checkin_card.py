"""The daily check-in on one card, as the Today page shows it: the perspective's sliders,
feelings behind "More", one line and Save. Same answers, metrics and entry as the
step-by-step window (gui/checkin.py); today's check-in is replaced, never doubled."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change, Entry, EntryKind
from trustjournal.core.exercises import (
    CHECKIN,
    AnswerError,
    Exercise,
    Step,
    StepKind,
    checkin_for,
    checkin_title,
    metrics,
    render_answers,
)
from trustjournal.core.exercises.checkin import SCALES
from trustjournal.core.i18n import translate
from trustjournal.gui.checkin_layout import NARROW_SLIDER, NARROW_VALUE, Pages, QuestionRows
from trustjournal.gui.events import AppEvents
from trustjournal.gui.exercises.context import context_for
from trustjournal.gui.focus_chain import put_before_in_tab_order
from trustjournal.gui.perspective import current
from trustjournal.gui.safety_watch import SafetyWatch, written_text
from trustjournal.gui.today_cards import bigger
from trustjournal.gui.visibility import show_as
from trustjournal.storage.errors import JournalError

# The form's step widgets (sliders, the feelings picker, the note) load with the form:
# on a day whose check-in is done, Today shows without them.
if TYPE_CHECKING:
    from trustjournal.gui.exercises.steps import StepWidget
    from trustjournal.gui.exercises.steps.sliders import ScaleInput
    from trustjournal.storage import Journal

TEN_AFTER_ONE_MS = 1200  # "1" then "0" within this time on one slider means 10


def save_checkin(journal: Journal, exercise: Exercise, answers: dict[str, Any],
                 entry_uuid: str | None) -> tuple[Entry, Change]:
    """Save a check-in's answers as the day's check-in entry (replacing entry_uuid's)."""
    from trustjournal.core.text import clean_title  # with the first save, not start-up

    context = context_for(journal)
    body = render_answers(exercise, answers, feeling_names=context.feeling_names,
                          trap_names=context.trap_names)
    return journal.save_exercise_entry(
        exercise_id=exercise.id, exercise_version=exercise.version,
        title=clean_title(checkin_title(answers)), body=body, answers=answers,
        metrics=metrics(exercise, answers), kind=EntryKind.CHECKIN, entry_uuid=entry_uuid,
    )


def figures_text(answers: dict[str, Any], feeling_names: dict[str, str]) -> str:
    """'Trust 6 · Anxiety 3 · Connection 8', then the feelings named, one line each."""
    between = translate("CheckinCard", " · ", "between the figures of a check-in")
    lines = [between.join(
        translate("CheckinCard", "{scale} {value}").format(scale=SCALES[s].label,
                                                           value=answers[s])
        for s in SCALES if s in answers)]
    feelings = answers.get("feelings") or []
    if feelings:
        named = translate("CheckinCard", ", ", "between the feelings named").join(
            translate("CheckinCard", "{feeling} {intensity}").format(
                feeling=f.get("label") or feeling_names.get(f["feeling"]) or f["feeling"],
                intensity=f["intensity"]) for f in feelings)
        lines.append(translate("CheckinCard", "Feelings: {feelings}").format(feelings=named))
    return "\n".join(lines)


# What _build_form makes (see InlineCheckIn.__getattr__).
_FORM_PARTS = frozenset({
    "form", "heading", "keys_hint", "rows", "all_rows", "note", "more_button", "more_box",
    "more_layout", "checkin_button", "save_button", "message",
})


def _scale_steps(exercise: Exercise) -> Iterator[Step]:
    return (step for step in exercise.steps
            if step.kind is StepKind.SCALE and step.scale is not None)


def _caption(text: str, role: str = "caption") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", role)
    return label


class InlineCheckIn(QFrame):
    """Today's check-in on one card: the perspective's sliders, feelings behind "more",
    one line and Save. By keyboard: a digit picks a slider's number ("1" "0" is 10) and,
    once the number can't grow into another, moves on to the next slider still open;
    Enter moves on too, and saves once no slider is open."""

    saved = Signal(str)  # uuid of the day's check-in entry
    safety_requested = Signal(str)  # a safety panel section to offer after saving
    full_requested = Signal()  # the step-by-step check-in in its own window

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.events = events
        self.watch = watch or SafetyWatch(journal)
        self.setObjectName("checkinCard")
        self.setProperty("role", "card")
        self.exercise: Exercise = checkin_for(current(journal))
        self.entry_uuid: str | None = None  # the day's check-in, once there is one
        self.answers: dict[str, Any] = {}  # what the day's saved check-in says
        self.day = dt.date.today()
        self.editing = False
        self.dirty = False
        self.scales: dict[str, ScaleInput] = {}
        self._typed: tuple[QSlider, int, float] | None = None  # the last digit typed
        # The slider a digit just moved the keyboard to: the Enter or Tab a person used to
        # press after a number is taken as already done there, so old habits still work.
        self._moved_to: QSlider | None = None

        # Made in place, from the outside in (the card's layout, then its pages): a part
        # made on its own and placed afterwards is styled again, with everything in it.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.stack = Pages(self)
        layout.addWidget(self.stack)
        # The form (a slider per question, the feelings: most of the Today page's widgets)
        # is made only when it is first shown: on most days Today opens on a check-in that
        # is done, and start-up paid for building and styling it unseen.
        self._form_built = False
        # While the card itself is being made, what it makes keeps the order it is made in
        # (the tab order then runs as the card reads); a form made later moves itself.
        self._making = True
        self.stack.addWidget(self._build_done())

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(800)
        self._draft_timer.timeout.connect(self.save_draft)
        try:
            self.reload()
        finally:
            self._making = False

    # -- building ----------------------------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet: a part of the form asked for before
        # the form was first shown is made then, so callers never see it missing.
        if name in _FORM_PARTS and not self.__dict__.get("_form_built", True):
            self._ensure_form()
            return getattr(self, name)
        if name == "feelings" and "_form_built" in self.__dict__:
            return self._ensure_feelings()
        raise AttributeError(name)

    def _ensure_form(self, *, current: bool = False) -> None:
        """Make the form if it is not yet; current=True: it is the page shown next (it
        is then never hidden only to be shown again, each a styling and a layout)."""
        if self._form_built:
            return
        self._form_built = True
        moves = not self.__dict__.get("_making", False) and self.window() is not self
        self.stack.addWidget(self._build_form(), current=current)
        if moves:
            put_before_in_tab_order(self.form, self.done)

    def _ensure_feelings(self) -> StepWidget:
        """The feelings picker, made on first use. It sits in the tab order after More
        and before the note, as if it had been made with the form."""
        made = self.__dict__.get("feelings")
        if made is not None:
            return made
        from trustjournal.gui.exercises.steps import create_step_widget

        self._ensure_form()
        feelings: StepWidget = create_step_widget(
            CHECKIN.step("feelings"), context_for(self.journal), self.more_box)
        self.feelings = feelings
        feelings.changed.connect(self._edited)
        self.more_layout.addWidget(feelings)
        put_before_in_tab_order(feelings, self.note)
        return feelings

    def _build_form(self) -> QWidget:
        from trustjournal.gui.exercises.steps.base import OneLine

        self.form = QWidget(self.stack)
        self.form.setObjectName("checkinForm")
        # Alt+D reaches the first slider from anywhere on the page.
        self.heading = QLabel(translate("InlineCheckIn", "How are you to&day?"))
        self.heading.setProperty("role", "section-title")
        bigger(self.heading, 1.25)
        self.keys_hint = _caption(translate(
            "InlineCheckIn", "Type a number from 0 to 10 for each question (the next one "
            "follows by itself); Enter saves."))
        self.keys_hint.setObjectName("checkinKeysHint")
        self.rows = QuestionRows(self.form)
        self._make_rows()
        self.note = OneLine()
        self.note.setObjectName("checkinNote")
        self.note.setAccessibleName(translate("InlineCheckIn", "Note about today"))
        self.note.textEdited.connect(self._edited)
        self.note.returnPressed.connect(self.save)
        self.more_button = QPushButton(translate("InlineCheckIn", "More: name your feelings"))
        self.more_button.setObjectName("moreLink")
        self.more_button.setProperty("role", "link")
        self.more_button.setFlat(True)
        self.more_button.setCheckable(True)
        self.more_button.setToolTip(
            translate("InlineCheckIn", "Optional: pick feelings and how strong each one is"))
        self.more_button.toggled.connect(self._show_more)
        self.more_box = QWidget()
        self.more_box.setObjectName("checkinFeelings")
        self.more_layout = QVBoxLayout(self.more_box)
        self.more_layout.setContentsMargins(0, 0, 0, 8)
        # The feelings picker (over a hundred named feelings) is made when it is first
        # needed: opened with More, or filled from a draft or the day's check-in.
        self.more_box.hide()
        self.checkin_button = QPushButton(translate("InlineCheckIn", "Step by step…"))
        self.checkin_button.setObjectName("checkinFull")
        self.checkin_button.setProperty("role", "link")
        self.checkin_button.setFlat(True)
        self.checkin_button.setToolTip(translate(
            "InlineCheckIn", "The same check-in one question at a time, in its own window"))
        self.checkin_button.clicked.connect(self._open_full)
        self.save_button = QPushButton(translate("InlineCheckIn", "Save"))
        self.save_button.setObjectName("checkinSave")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = _caption("", "secondary")
        self.message.setObjectName("checkinMessage")
        self.message.hide()

        # Widgets join the tab order as they are laid out here (the sliders, parented
        # when made, come first): questions, More and the feelings, the note, the buttons.
        more = QHBoxLayout()
        more.addWidget(self.more_button)
        more.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.checkin_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.keys_hint)
        layout.addSpacing(8)
        layout.addWidget(self.rows)
        layout.addLayout(more)
        layout.addWidget(self.more_box)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        return self.form

    def _build_done(self) -> QWidget:
        self.done = QWidget(self.stack)
        self.done.setObjectName("checkinDone")
        self.done_heading = QLabel(translate("InlineCheckIn", "You checked in today"))
        self.done_heading.setProperty("role", "section-title")
        bigger(self.done_heading, 1.25)
        self.figures = QLabel()
        self.figures.setObjectName("checkinFigures")
        self.figures.setWordWrap(True)
        self.done_note = QLabel()
        self.done_note.setObjectName("checkinNoteShown")
        self.done_note.setWordWrap(True)
        self.done_note.setTextFormat(Qt.TextFormat.PlainText)
        thanks = _caption(translate("InlineCheckIn", "Thank you for taking a minute."))
        self.edit_button = QPushButton(translate("InlineCheckIn", "Change today's check-in"))
        self.edit_button.setObjectName("checkinEdit")
        self.edit_button.setToolTip(translate(
            "InlineCheckIn", "Change the numbers or the note; it stays one check-in"))
        self.edit_button.clicked.connect(self.edit)
        row = QHBoxLayout()
        row.addWidget(thanks, 1)
        row.addWidget(self.edit_button)
        layout = QVBoxLayout(self.done)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.done_heading)
        layout.addWidget(self.figures)
        layout.addWidget(self.done_note)
        layout.addLayout(row)
        return self.done

    def _make_rows(self) -> None:
        """A question and slider for each question the check-in asks now, made before the
        note and buttons: the window's tab order then runs through them in place. The
        other perspectives' questions are made when first asked (_build_rows)."""
        self.all_rows: dict[str, tuple[QLabel, ScaleInput]] = {}
        for step in _scale_steps(self.exercise):
            self._make_row(step)

    def _make_row(self, step: Step) -> tuple[QLabel, ScaleInput]:
        from trustjournal.gui.exercises.steps.sliders import ScaleInput

        assert step.scale is not None
        # Parented now, not when first laid out: a widget joins the tab order when it
        # gets its parent.
        prompt = QLabel(step.prompt, self.rows)
        prompt.setWordWrap(True)
        prompt.setObjectName("checkinQuestion")
        scale = ScaleInput(step.scale, step.heading, self.rows, value_width=NARROW_VALUE)
        scale.slider.setMinimumWidth(NARROW_SLIDER)
        scale.slider.setToolTip(translate(
            "InlineCheckIn", "{min} · {low}   —   {high} · {max}").format(
            min=step.scale.min, low=step.scale.low_label, high=step.scale.high_label,
            max=step.scale.max))
        scale.slider.installEventFilter(self)
        scale.changed.connect(self._edited)
        prompt.setBuddy(scale.slider)
        # Shown by _build_rows, which places it in the grid at once.
        self.all_rows[step.id] = (prompt, scale)
        return prompt, scale

    def _build_rows(self) -> None:
        """Show the rows of the questions the check-in asks now, in its order."""
        asked = {step.id for step in _scale_steps(self.exercise)}
        for step_id, (prompt, scale) in self.all_rows.items():
            if step_id not in asked:
                show_as(prompt, False)
                show_as(scale, False)
        self.scales = {}
        pairs = []
        made_now = []
        for step in _scale_steps(self.exercise):
            if step.id not in self.all_rows:  # another perspective's, asked the first time
                made_now.append(self._make_row(step)[1])
            prompt, scale = self.all_rows[step.id]
            pairs.append((prompt, scale))
            show_as(prompt, True)
            show_as(scale, True)
            self.scales[step.id] = scale
        # A row made now comes last in the tab order: back among the sliders, before More.
        for scale in made_now:
            put_before_in_tab_order(scale, self.more_button)
        self.rows.show_pairs(pairs)
        first = next(iter(self.scales.values()), None)
        if first is not None:
            self.heading.setBuddy(first.slider)
        # Only the sliders move: everything after them keeps the order it was laid out in.
        order: list[QWidget] = [*(s.slider for s in self.scales.values()), self.more_button]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    # -- state -------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the day's check-in: done with its figures, or the form to fill in. What is
        being typed is never thrown away by a reload."""
        today = dt.date.today()
        if self.dirty and today == self.day:
            return
        self.day = today
        self.dirty = False
        existing = self.journal.checkin_on(today)
        self.entry_uuid = existing.uuid if existing else None
        self.answers = dict(self.journal.exercise_answers(existing.uuid) or {}) if existing else {}
        if existing is None:
            self.editing = False
        if existing is not None and not self.editing:
            self._show_done()
            return
        answers = self.answers
        draft = self.journal.load_draft(CHECKIN.id)
        if (draft is not None and draft.get("entry_uuid") == self.entry_uuid
                and isinstance(draft.get("answers"), dict)):
            answers = draft["answers"]  # what was typed last time, not saved yet
        self._show_form(answers)

    def _show_form(self, answers: dict[str, Any]) -> None:
        self._ensure_form(current=True)
        exercise = checkin_for(current(self.journal), {**self.answers, **answers})
        if exercise is not self.exercise or not self.scales:
            self.exercise = exercise
            self._build_rows()
        for step_id, scale in self.scales.items():
            value = answers.get(step_id)
            scale.set_value(value if isinstance(value, int) else None)
        note = answers.get("note")
        self.note.setText(note if isinstance(note, str) else "")
        self.note.setMaxLength(self.exercise.step("note").max_length or 280)
        self.note.setPlaceholderText(self.exercise.step("note").prompt)
        feelings = answers.get("feelings") or []
        self._load_feelings(feelings)
        self.more_button.setChecked(bool(feelings))
        self.message.hide()
        self.stack.setCurrentWidget(self.form)

    def _show_done(self) -> None:
        # The feelings' names only for a check-in that has feelings to name.
        names = (context_for(self.journal).feeling_names if self.answers.get("feelings")
                 else {})
        self.figures.setText(figures_text(self.answers, names))
        note = self.answers.get("note")
        self.done_note.setText(translate("InlineCheckIn", "“{note}”").format(note=note)
                               if isinstance(note, str) and note.strip() else "")
        show_as(self.done_note, bool(self.done_note.text()))
        self.stack.setCurrentWidget(self.done)

    def edit(self) -> None:
        """Open the day's check-in again in the form; saving replaces it."""
        self.editing = True
        self.dirty = False
        self.reload()
        self.focus_first()

    def focus_first(self) -> None:
        first = next(iter(self.scales.values()), None)
        if (self._form_built and self.stack.currentWidget() is self.form
                and first is not None):
            first.slider.setFocus(Qt.FocusReason.OtherFocusReason)

    def answers_now(self) -> dict[str, Any]:
        """The answers as the form shows them (unchosen sliders and empty parts left out)."""
        answers: dict[str, Any] = {}
        for step_id, scale in self.scales.items():
            if (value := scale.value()) is not None:
                answers[step_id] = value
        picker = self.__dict__.get("feelings")  # not made yet: none picked
        if picker is not None and (feelings := picker.value()):
            answers["feelings"] = feelings
        if self.note.text().strip():
            answers["note"] = self.note.text()
        return answers

    def _edited(self, *_: object) -> None:
        self.dirty = True
        self.message.hide()
        self._draft_timer.start()

    def _show_more(self, on: bool) -> None:
        if on:
            self._ensure_feelings()
        self.more_box.setVisible(on)
        self.more_button.setText(translate("InlineCheckIn", "Fewer: hide the feelings") if on
                                 else translate("InlineCheckIn", "More: name your feelings"))
        if on and self.more_button.hasFocus():
            self.feelings.focus_first()

    def _load_feelings(self, feelings: list[Any]) -> None:
        if not feelings and "feelings" not in self.__dict__:
            return  # a picker not made yet has nothing picked
        from trustjournal.core.exercises.run import ExerciseRun  # see save()

        run = ExerciseRun(self.exercise)
        with contextlib.suppress(AnswerError):
            run.set_answer("feelings", feelings)
        self.feelings.load(run)

    def save_draft(self) -> None:
        """Keep what is typed but not saved, where the step-by-step check-in finds it too."""
        self._draft_timer.stop()
        if not self.dirty or self.journal.closed:
            return
        from trustjournal.core.exercises.run import ExerciseRun  # see save()

        try:
            state = ExerciseRun(self.exercise, answers=self.answers_now()).to_dict()
        except AnswerError:
            return
        if self.entry_uuid:
            state["entry_uuid"] = self.entry_uuid
        try:
            self.events.emit_change(
                self.journal.save_draft(self.exercise.id, self.exercise.version, state))
        except JournalError as exc:
            self._say(translate("InlineCheckIn", "What you typed could not be kept as a "
                                "draft just now ({error}). It is still here.").format(error=exc))

    # -- keys and saving -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QSlider) and event.type() == QEvent.Type.FocusOut:
            if watched is self._moved_to:
                self._moved_to = None
        elif (event.type() == QEvent.Type.KeyPress and isinstance(watched, QSlider)
                and isinstance(event, QKeyEvent)):
            scale = next((s for s in self.scales.values() if s.slider is watched), None)
            if scale is not None and self._key(scale, event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, scale: ScaleInput, event: QKeyEvent) -> bool:
        moved_here, self._moved_to = self._moved_to is scale.slider, None
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            if moved_here:
                return True  # the digit already moved on: this key's work is done
            if event.key() == Qt.Key.Key_Tab:
                return False
            self.advance(scale)
            return True
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self._digit(scale, int(text))
            return True
        return False

    def _digit(self, scale: ScaleInput, value: int) -> None:
        now = time.monotonic()
        last = self._typed
        follows_one = (last is not None and last[0] is scale.slider and last[1] == 1
                       and now - last[2] < TEN_AFTER_ONE_MS / 1000)
        if follows_one and value == 0:
            value = 10
        elif follows_one and 10 + value > scale.scale.max:
            # "1" then "5" can't be 15: the 1 stays, and the 5 is the next question's.
            following = self._move_on(scale)
            if following is not None:
                self._typed = None
                self._digit(following, value)
                return
        self._typed = (scale.slider, value, now)
        scale.choose(value)
        if not self._may_grow(scale, value):
            self._typed = None
            self._move_on(scale)

    @staticmethod
    def _may_grow(scale: ScaleInput, value: int) -> bool:
        """Whether another digit could still make a bigger number of this scale ("1" of
        0–10 may become 10; "0" or "4" can't)."""
        return value != 0 and value * 10 <= scale.scale.max and value < 10

    def _move_on(self, scale: ScaleInput) -> ScaleInput | None:
        """Put the keyboard on the next slider after this one still without a number;
        None (the keyboard stays, and Enter saves) when there is none."""
        found = False
        for other in self.scales.values():
            if other is scale:
                found = True
            elif found and other.value() is None:
                other.slider.setFocus(Qt.FocusReason.TabFocusReason)
                self._moved_to = other.slider
                return other
        return None

    def advance(self, scale: ScaleInput) -> None:
        """Enter on a slider: on to the next slider still without a number, or save."""
        ids = list(self.scales)
        start = next(i for i, s in enumerate(self.scales.values()) if s is scale)
        for step_id in ids[start + 1:] + ids[:start + 1]:
            if self.scales[step_id].value() is None:
                self.scales[step_id].slider.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.save()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save(self) -> None:
        """Save the form as the day's check-in (one per day: today's is replaced)."""
        answers = self.answers_now()
        open_ids = [i for i, s in self.scales.items() if s.value() is None]
        if open_ids:
            scale = self.scales[open_ids[0]]
            self._say(translate("InlineCheckIn", "Pick a number for “{question}” too, then "
                                "save. Any number is fine.").format(
                question=self.exercise.step(open_ids[0]).heading))
            scale.slider.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # The run's module (and the thinking-trap hints it loads) only once something is
        # saved or the feelings are opened: Today is built without it.
        from trustjournal.core.exercises.run import ExerciseRun

        try:
            run = ExerciseRun(self.exercise, answers=answers)
        except AnswerError as exc:
            self._say(translate("InlineCheckIn", "That can't be saved as it is: {reason}.")
                      .format(reason=exc.reason))
            return
        answers = run.answers_to_save()
        # Asked again now: a check-in saved a moment ago in the step-by-step window is
        # replaced, never doubled.
        existing = self.journal.checkin_on(dt.date.today())
        try:
            entry, change = save_checkin(self.journal, self.exercise, answers,
                                         existing.uuid if existing else None)
        except JournalError as exc:
            self.save_draft()
            self._say(translate("InlineCheckIn", "The check-in could not be saved just now "
                                "({error}). Your answers are still here; try again in a "
                                "moment.").format(error=exc))
            return
        self._draft_timer.stop()
        section = self.watch.check(entry.uuid, written_text(self.exercise, answers))
        self.dirty = False
        self.editing = False
        self.events.emit_change(change)
        self.reload()
        self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(entry.uuid)
        if section:
            self.safety_requested.emit(section)

    def _open_full(self) -> None:
        self.save_draft()  # the window starts from what is typed here
        # The draft holds it now; what the window saves or keeps shows here after.
        self.dirty = False
        self.full_requested.emit()

    def leave(self) -> None:
        """The window is closing or locking: keep what is typed as a draft."""
        self.save_draft()
