"""The step-by-step runner: one page per step, back and next, a draft kept as you go.

Keyboard: Alt+Right or Ctrl+Return goes on (and saves on the last page), Alt+Left goes
back, Escape keeps the exercise for later. Every edit is written to the draft a moment
after typing stops and at every page turn, so closing the app mid-way loses nothing.
"""

from __future__ import annotations

import itertools
import uuid as uuidlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import (
    AnswerError,
    DraftError,
    Exercise,
    ExerciseRun,
    Step,
    StepKind,
    checkin_title,
    is_shown,
    metrics,
    render_answers,
)
from trustjournal.core.i18n import translate
from trustjournal.core.text import clean_title
from trustjournal.gui.events import AppEvents
from trustjournal.gui.exercises.context import StepContext, context_for
from trustjournal.gui.exercises.steps import StepWidget, SummaryStep, create_step_widget, hint_label
from trustjournal.gui.safety_watch import SafetyWatch, written_text
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.storage import Journal

DRAFT_DELAY_MS = 800
TITLE_CHARS = 70


def entry_title(exercise: Exercise, answers: dict[str, Any]) -> str:
    """The exercise's name, followed by the first words of its first written answer."""
    first = next((answers[s.id] for s in exercise.steps
                  if s.kind is StepKind.TEXT and isinstance(answers.get(s.id), str)
                  and answers[s.id].strip()), "")
    words = " ".join(first.split())
    if not words:
        return exercise.title
    room = TITLE_CHARS - len(exercise.title) - 2
    if len(words) > room:
        words = words[: max(room - 1, 10)].rstrip() + "…"
    return f"{exercise.title}: {words}"


class StepPage(QScrollArea):
    """A step's words (prompt, example, note) above its input widget."""

    def __init__(self, step: Step, widget: StepWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.widget_ = widget
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 12, 4)
        prompt = QLabel(step.prompt)
        prompt.setWordWrap(True)
        font = prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        prompt.setFont(font)
        layout.addWidget(prompt)
        if step.example:
            example = hint_label(translate("StepPage", "For example: “{example}”")
                                 .format(example=step.example))
            font = example.font()
            font.setItalic(True)
            example.setFont(font)
            layout.addWidget(example)
        if step.note:
            layout.addWidget(hint_label(step.note))
        if step.optional:
            layout.addWidget(hint_label(translate("StepPage", "You can skip this one.")))
        layout.addSpacing(8)
        if getattr(widget, "fills_page", False):
            layout.addWidget(widget, 1)
        else:
            layout.addWidget(widget)
            layout.addStretch(1)
        self.setWidget(inner)


class ExerciseRunner(QWidget):
    """Runs one exercise (or the check-in) and saves it as a journal entry."""

    finished = Signal(str)  # uuid of the saved entry
    closed = Signal()  # left without finishing (the draft is kept)
    # A safety panel section to offer ("crisis", "abuse", "own_behaviour"), or "" for all
    # of them (an option marked `safety` was picked). At most once per run.
    safety_requested = Signal(str)

    def __init__(self, journal: Journal, events: AppEvents, exercise: Exercise,
                 draft: dict[str, Any] | None = None, parent: QWidget | None = None, *,
                 entry_kind: EntryKind = EntryKind.EXERCISE, entry_uuid: str | None = None,
                 context: StepContext | None = None, watch: SafetyWatch | None = None,
                 preview: bool = False) -> None:
        super().__init__(parent)
        # A preview (from the exercise builder) writes nothing: no draft, no entry.
        self.preview = preview
        self.journal = journal
        self.events = events
        self.exercise = exercise
        self.entry_kind = entry_kind
        self.entry_uuid = entry_uuid
        self.context = context or context_for(journal)
        self.saved_uuid: str | None = None
        self._dirty = False
        self.watch = watch or SafetyWatch(journal)
        # The watch remembers by this key; a new run becomes its entry's uuid once saved.
        self.watch_key = entry_uuid or f"run:{uuidlib.uuid4()}"
        self.run = self._resume(draft)
        self.pages: dict[str, StepPage] = {}

        self.title = QLabel(f"<b>{exercise.title}</b>")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.step_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, len(exercise.steps))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(
            translate("ExerciseRunner", "Progress through the exercise"))

        self.pinned = QFrame()
        self.pinned.setFrameShape(QFrame.Shape.StyledPanel)
        self.pinned.setStyleSheet("QFrame { background: palette(alternate-base); }")
        self.pinned_text = QLabel()
        self.pinned_text.setWordWrap(True)
        self.pinned_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pinned_layout = QVBoxLayout(self.pinned)
        pinned_layout.addWidget(self.pinned_text)

        # App-supplied text the exercise was started with (the weekly review's summary).
        self.prefill_box = QLabel()
        self.prefill_box.setTextFormat(Qt.TextFormat.MarkdownText)
        self.prefill_box.setWordWrap(True)
        self.prefill_box.setAccessibleName(translate("ExerciseRunner", "Summary"))
        self.prefill_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prefill_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.prefill_box.setMargin(8)

        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(link);")
        self.message.hide()
        self.status = hint_label("")

        if preview:
            self.later_button = QPushButton(translate("ExerciseRunner", "Back to editing"))
            self.later_button.setToolTip(
                translate("ExerciseRunner", "Leave the preview; nothing is saved (Esc)"))
        else:
            self.later_button = QPushButton(translate("ExerciseRunner", "Save for later"))
            self.later_button.setToolTip(translate(
                "ExerciseRunner", "Keep what you wrote and come back to it (Esc)"))
        self.later_button.clicked.connect(self.leave)
        self.back_button = QPushButton(translate("ExerciseRunner", "Back"))
        self.back_button.setToolTip(translate("ExerciseRunner", "The previous step (Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(translate("ExerciseRunner", "Next"))
        self.next_button.setToolTip(
            translate("ExerciseRunner", "The next step (Alt+Right or Ctrl+Return)"))
        self.next_button.clicked.connect(self.next)
        self.save_now_button = QPushButton(translate("ExerciseRunner", "Save now"))
        self.save_now_button.setToolTip(translate(
            "ExerciseRunner",
            "Everything needed is answered: save without the remaining steps (Ctrl+S)"))
        self.save_now_button.clicked.connect(self.finish)
        for button in (self.later_button, self.save_now_button, self.back_button,
                       self.next_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it
        footer = QHBoxLayout()
        footer.addWidget(self.later_button)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_now_button)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.step_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(self.pinned)
        layout.addWidget(self.prefill_box)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)

        for keys, slot in (("Alt+Right", self.next), ("Ctrl+Return", self.next),
                           ("Ctrl+Enter", self.next), ("Alt+Left", self.back),
                           ("Escape", self.leave), ("Ctrl+S", self._save_shortcut)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._show_prefill()
        self._show_step()

    def set_prefill(self, text: str) -> None:
        """Start with app-supplied text (kept with the answers, saved atop the entry)."""
        self.run.set_prefill(text)
        self._dirty = True
        self._show_prefill()

    def _show_prefill(self) -> None:
        text = self.run.prefill
        prefill = self.exercise.prefill
        if text and prefill is not None:
            self.prefill_box.setText(f"**{prefill.label}**\n\n{text}")
        self.prefill_box.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_step)

    def _focus_step(self) -> None:
        if self.run.step.kind is StepKind.SUMMARY:
            self.next_button.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.current.focus_first()

    # -- state -----------------------------------------------------------------------

    def _resume(self, draft: dict[str, Any] | None) -> ExerciseRun:
        if not draft:
            return ExerciseRun(self.exercise)
        try:
            run = ExerciseRun.from_dict(self.exercise, draft)
        except DraftError:
            self.events.status.emit(translate(
                "ExerciseRunner", "The unfinished copy could not be read, so this starts fresh."))
            return ExerciseRun(self.exercise)
        if run.dropped:
            self._dirty = True  # keep the carried-over words in the next draft too
        return run

    @property
    def current(self) -> StepWidget:
        return self._page(self.run.step).widget_

    def _page(self, step: Step) -> StepPage:
        page = self.pages.get(step.id)
        if page is None:
            widget = create_step_widget(step, self.context)
            widget.changed.connect(lambda s=step.id: self._edited(s))
            widget.submitted.connect(self.next)
            if isinstance(widget, SummaryStep):
                widget.go_to.connect(self.go_to)
            page = StepPage(step, widget)
            self.pages[step.id] = page
            self.stack.addWidget(page)
        return page

    def _edited(self, step_id: str) -> None:
        widget = self.pages[step_id].widget_
        try:
            self.run.set_answer(step_id, widget.value())
        except AnswerError as exc:
            self._say(translate("ExerciseRunner", "That answer can't be kept as it is: {reason}.")
                      .format(reason=exc.reason))
            return
        self._dirty = True
        self.message.hide()
        self._draft_timer.start()
        self._show_position()
        self._update_buttons()
        self._chain_tabs()

    def _show_step(self) -> None:
        step = self.run.step
        # Not a reason to write the draft: the same sentence is made again on resuming.
        self.run.apply_prefill(step.id, self.context.feeling_names)
        page = self._page(step)
        page.widget_.load(self.run)
        self.stack.setCurrentWidget(page)
        page.verticalScrollBar().setValue(0)
        self._show_position()
        pinned = [] if step.kind is StepKind.SUMMARY else self.run.pinned()  # shown there
        self.pinned.setVisible(bool(pinned))
        self.pinned_text.setText("<br/>".join(
            f"<small>{_html(s.heading)}</small><br/><b>“{_html(' '.join(str(v).split()))}”</b>"
            for s, v in pinned))
        self.message.hide()
        self._update_buttons()
        self._chain_tabs()
        self._focus_step()

    def _show_position(self) -> None:
        """Step n of m, counting only the steps asked with the answers so far (a branch
        may hide some)."""
        step = self.run.step
        asked = [s.id for s in self.exercise.steps if is_shown(self.exercise, s, self.run.answers)]
        number = asked.index(step.id) + 1 if step.id in asked else self.run.index + 1
        total = max(len(asked), number)
        self.step_label.setText(translate("ExerciseRunner", "Step {number} of {total} · {heading}")
                                .format(number=number, total=total, heading=step.heading))
        self.progress.setRange(0, total)
        self.progress.setValue(number)

    def _chain_tabs(self) -> None:
        """Tab goes from the answer straight to the buttons below it, then back up."""
        widget = self.current
        last: QWidget = widget
        probe = widget.nextInFocusChain()
        while probe is not widget and widget.isAncestorOf(probe):
            if probe.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = probe
            probe = probe.nextInFocusChain()
        chain = [last, self.later_button, self.save_now_button, self.back_button,
                 self.next_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_buttons(self) -> None:
        step = self.run.step
        last = self.run.is_last
        self.back_button.setEnabled(self.run.can_go_back())
        self.save_now_button.setVisible(not last and self.run.is_complete)
        if last:
            self.next_button.setText(translate("ExerciseRunner", "End the preview")
                                     if self.preview
                                     else translate("ExerciseRunner", "Save to journal"))
            self.next_button.setEnabled(self.run.is_complete)
        elif step.optional and not self.run.is_answered(step.id):
            self.next_button.setText(translate("ExerciseRunner", "Skip"))
            self.next_button.setEnabled(True)
        else:
            self.next_button.setText(translate("ExerciseRunner", "Next"))
            self.next_button.setEnabled(self.run.can_go_next())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- moving ----------------------------------------------------------------------

    def next(self) -> None:
        step = self.run.step
        if self.run.is_last:
            self.finish()
            return
        if not self.run.can_go_next():
            self._say(translate("ExerciseRunner",
                                "This one needs an answer before you go on. Take your time."))
            return
        self._check_safety(step)
        self.run.next()
        self.save_draft()
        self._show_step()

    def _save_shortcut(self) -> None:
        if self.run.is_complete:
            self.finish()
        else:
            self.save_draft()

    def back(self) -> None:
        if self.run.back():
            self.save_draft()
            self._show_step()

    def go_to(self, step_id: str) -> None:
        if self.run.go_to(step_id):
            self._show_step()

    def _check_safety(self, step: Step | None = None) -> None:
        """Offer the safety panel (once per run) for a picked `safety` option, or for
        anything written so far in the run's text, list and own-words answers."""
        key = self.watch_key
        if self.preview or self.watch.was_offered(key) or not self.watch.enabled():
            return
        if step is not None and step.triggers_safety(self.run.answers.get(step.id)):
            self.watch.mark_offered(key)
            self.safety_requested.emit("")
            return
        if section := self.watch.check(key, written_text(self.exercise, self.run.answers)):
            self.safety_requested.emit(section)

    # -- saving ----------------------------------------------------------------------

    def save_draft(self) -> bool:
        """Write the run to its draft (only once something was answered)."""
        self._draft_timer.stop()
        if self.preview or not self._dirty or self.saved_uuid is not None:
            return True
        if self.journal.closed:  # a timer that outlived its journal: the lock saved first
            return False
        state = self.run.to_dict()
        if self.entry_uuid:
            state["entry_uuid"] = self.entry_uuid
        try:
            self.events.emit_change(
                self.journal.save_draft(self.exercise.id, self.exercise.version, state))
        except JournalError as exc:
            self.status.setText(translate("ExerciseRunner", "Not saved yet"))
            self._say(translate("ExerciseRunner",
                                "Your answers could not be kept as a draft just now ({error}). "
                                "They are still here; try again in a moment.").format(error=exc))
            return False
        self.status.setText(translate("ExerciseRunner", "Draft kept"))
        return True

    def save_for_later(self) -> bool:
        """Keep the exercise as a draft (the window is closing or the person steps away)."""
        return self.save_draft()

    def leave(self) -> None:
        if self.save_for_later():
            self._check_safety()
            self.closed.emit()

    def finish(self) -> None:
        missing = self.run.missing_required()
        if missing:
            self.go_to(missing[0].id)
            self._say(translate("ExerciseRunner",
                                "This one still needs an answer before the exercise can be saved."))
            return
        if self.preview:
            self.closed.emit()
            return
        answers = self.run.answers_to_save()  # without the steps a branch hides
        body = render_answers(self.exercise, answers, feeling_names=self.context.feeling_names,
                              trap_names=self.context.trap_names)
        if self.run.dropped:
            kept = "\n".join(f"- {_plain_text(v)}" for v in self.run.dropped.values())
            heading = translate("ExerciseRunner", "Kept from an earlier version of this exercise")
            body += f"\n### {heading}\n\n{kept}\n"
        checkin = self.entry_kind is EntryKind.CHECKIN
        title = checkin_title(answers) if checkin else entry_title(self.exercise, answers)
        try:
            entry, change = self.journal.save_exercise_entry(
                exercise_id=self.exercise.id, exercise_version=self.exercise.version,
                title=clean_title(title), body=body, answers=answers,
                metrics=metrics(self.exercise, answers), kind=self.entry_kind,
                entry_uuid=self.entry_uuid,
            )
        except JournalError as exc:
            self._dirty = True
            self.save_draft()
            QMessageBox.warning(self, translate("ExerciseRunner", "Not saved yet"),
                                translate("ExerciseRunner",
                                          "The exercise could not be saved just now: {error}\n\n"
                                          "Your answers are still here and kept as a draft.")
                                .format(error=exc))
            return
        self.saved_uuid = entry.uuid
        self._dirty = False
        self._check_safety(self.run.step)
        self.watch.carry(self.watch_key, entry.uuid)
        self.events.emit_change(change)
        self.finished.emit(entry.uuid)


def _html(text: str) -> str:
    from html import escape

    return escape(text, quote=False)


def _plain_text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return ", ".join(_plain_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain_text(v)}" for k, v in value.items())
    return str(value)
