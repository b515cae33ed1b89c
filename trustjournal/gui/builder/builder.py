"""The exercise builder: the exercise's name, why and length, its steps (add, reorder,
remove with undo), the loader's checks next to the step at fault, a preview in the real
runner, and saving as a new version.

What is typed here is the wording of questions, not journal writing, so it is not read
by the safety watch; answers given in a preview are never saved anywhere.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change
from trustjournal.core.exercises import AUDIENCES, Exercise, ExerciseFileError, StepKind
from trustjournal.core.exercises.own import (
    exercise_toml,
    new_own_id,
    parse_own_data,
    read_version,
    same_content,
)
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.gui.builder.step_editor import (
    KIND_NAMES,
    StepEditor,
    default_step,
    field_text,
    kind_name,
)
from trustjournal.gui.events import AppEvents
from trustjournal.gui.perspective import current
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.core.trackers import UserExerciseVersion
    from trustjournal.gui.exercises.runner import ExerciseRunner
    from trustjournal.storage import Journal

AUDIENCE_NAMES = {
    "distrusting": QT_TRANSLATE_NOOP("ExerciseBuilder", "I find it hard to trust my partner"),
    "distrusted": QT_TRANSLATE_NOOP("ExerciseBuilder", "My partner finds it hard to trust me"),
    "both": QT_TRANSLATE_NOOP("ExerciseBuilder", "Both of us / not sure"),
}
CHECK_DELAY_MS = 400
_CHECK_ID = "my_exercise"  # stands in for the id a new exercise gets when it is saved


class ExerciseBuilder(QWidget):
    """Builds a new exercise, edits an own one (saving a new version) or adapts a copy of
    a shipped one. `start` is the exercise as data (exercise_to_dict's shape)."""

    saved = Signal(str)  # id of the exercise saved
    closed = Signal()

    def __init__(self, journal: Journal, events: AppEvents, start: dict[str, Any] | None,
                 *, exercise_id: str | None = None, based_on: str | None = None,
                 taken: Callable[[str], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.events = events
        self.exercise_id = exercise_id  # None until a new exercise is first saved
        self.based_on = based_on
        self._taken = taken or (lambda _id: False)
        self._top = dict(start or {})
        self._top.pop("follow_up", None)  # only shipped exercises follow others up
        self._counter = itertools.count(1)
        self.editors: list[StepEditor] = []
        self._removed: tuple[int, dict[str, Any]] | None = None
        self.preview_runner: ExerciseRunner | None = None
        self.last_errors: list[ExerciseFileError] = []

        heading = QLabel(translate("ExerciseBuilder", "Edit your exercise") if exercise_id else
                         translate("ExerciseBuilder", "Adapt a copy") if based_on else
                         translate("ExerciseBuilder", "Build your own exercise"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        self.title = QLineEdit(str(self._top.get("title", "")))
        self.title.setPlaceholderText(
            translate("ExerciseBuilder", "A short name, e.g. “Evening wind-down”"))
        self.title.setAccessibleName(translate("ExerciseBuilder", "Title"))
        self.why = QPlainTextEdit(str(self._top.get("why", "")))
        self.why.setPlaceholderText(
            translate("ExerciseBuilder", "Why this helps, in a sentence or two"))
        self.why.setAccessibleName(translate("ExerciseBuilder", "Why this helps"))
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(self.why.fontMetrics().lineSpacing() * 4 + 12)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(translate("ExerciseBuilder", " min", "after a number of minutes"))
        self.minutes.setValue(int(self._top.get("minutes", 5)))
        self.minutes.setAccessibleName(translate("ExerciseBuilder", "About how many minutes"))
        chosen = set(self._top.get("audiences", ["both"]))
        self.audiences: dict[str, QCheckBox] = {}
        who = QVBoxLayout()
        for audience in AUDIENCES:
            box = QCheckBox(translate("ExerciseBuilder", AUDIENCE_NAMES[audience])
                            if audience in AUDIENCE_NAMES else audience)
            box.setChecked(audience in chosen)
            box.toggled.connect(self._schedule_check)
            self.audiences[audience] = box
            who.addWidget(box)
        self.top_problems = QLabel()
        self.top_problems.setWordWrap(True)
        self.top_problems.setStyleSheet("color: palette(link); font-weight: bold;")
        self.top_problems.setAccessibleName(
            translate("ExerciseBuilder", "Problems with the exercise"))
        self.top_problems.hide()
        form = QFormLayout()
        form.addRow(translate("ExerciseBuilder", "Title"), self.title)
        form.addRow(translate("ExerciseBuilder", "Why this helps"), self.why)
        form.addRow(translate("ExerciseBuilder", "About", "about how many minutes"), self.minutes)
        form.addRow(translate("ExerciseBuilder", "Suits"), who)
        for signal in (self.title.textChanged, self.why.textChanged, self.minutes.valueChanged):
            signal.connect(self._schedule_check)

        self._steps_box = QVBoxLayout()
        self._steps_box.setSpacing(12)
        self.kind_choice = QComboBox()
        self.kind_choice.setAccessibleName(translate("ExerciseBuilder", "Kind of step to add"))
        for kind in KIND_NAMES:
            self.kind_choice.addItem(kind_name(kind), kind)
        self.add_button = QPushButton(translate("ExerciseBuilder", "Add this step"))
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(lambda: self.add_step(self.kind_choice.currentData()))
        adder = QHBoxLayout()
        adder.addWidget(QLabel(translate("ExerciseBuilder", "Add a step:")))
        adder.addWidget(self.kind_choice)
        adder.addWidget(self.add_button)
        adder.addStretch(1)
        self.undo_bar = QFrame()
        self.undo_text = QLabel()
        self.undo_button = QPushButton(translate("ExerciseBuilder", "Undo"))
        self.undo_button.clicked.connect(self.undo_remove)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(heading)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.top_problems)
        inner_layout.addSpacing(8)
        inner_layout.addLayout(self._steps_box)
        inner_layout.addLayout(adder)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(inner)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.close_button = QPushButton(translate("ExerciseBuilder", "Close"))
        self.close_button.setToolTip(
            translate("ExerciseBuilder", "Back to the exercises; what is not saved is left out"))
        self.close_button.clicked.connect(self.close_builder)
        self.preview_button = QPushButton(translate("ExerciseBuilder", "Preview"))
        self.preview_button.setToolTip(
            translate("ExerciseBuilder", "Try it as it will run; nothing is saved"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(translate("ExerciseBuilder", "Save"))
        self.save_button.setToolTip(translate("ExerciseBuilder", "Save this exercise (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        for button in (self.close_button, self.preview_button, self.save_button):
            button.setAutoDefault(True)
        footer = QHBoxLayout()
        footer.addWidget(self.close_button)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.preview_button)
        footer.addWidget(self.save_button)

        self.edit_page = QWidget()
        page = QVBoxLayout(self.edit_page)
        page.setContentsMargins(24, 16, 24, 16)
        page.addWidget(self.scroll, 1)
        page.addWidget(self.undo_bar)
        page.addLayout(footer)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.edit_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        for keys, slot in (("Ctrl+S", self.save), ("Escape", self.close_builder)):
            shortcut = QShortcut(QKeySequence(keys), self.edit_page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        for raw in self._top.pop("steps", []) or []:
            if isinstance(raw, dict) and "kind" in raw and "id" in raw:
                self._insert(len(self.editors), StepEditor(raw))
        self._renumber()
        self._saved_data = self.data()

    # -- steps -----------------------------------------------------------------------

    def _new_step_id(self) -> str:
        used = {editor.step_id for editor in self.editors}
        if self._removed:
            used.add(str(self._removed[1].get("id")))
        return next(f"step_{n}" for n in self._counter if f"step_{n}" not in used)

    def add_step(self, kind: StepKind) -> StepEditor:
        """Add an empty step of this kind at the end and put the cursor in it."""
        editor = StepEditor(default_step(StepKind(kind), self._new_step_id()))
        self._insert(len(self.editors), editor)
        self._renumber()
        QTimer.singleShot(0, lambda: self._reveal(editor))
        self._schedule_check()
        return editor

    def _insert(self, index: int, editor: StepEditor) -> None:
        editor.changed.connect(self._step_changed)
        editor.move_up.connect(lambda e: self.move(e, -1))
        editor.move_down.connect(lambda e: self.move(e, 1))
        editor.remove.connect(self.remove_step)
        self.editors.insert(index, editor)
        self._steps_box.insertWidget(index, editor)
        editor.show()  # at once, not when the layout next runs: its keys work straight away

    def _reveal(self, editor: StepEditor) -> None:
        if editor in self.editors:
            self.scroll.ensureWidgetVisible(editor)
            editor.focus_first()

    def move(self, editor: StepEditor, by: int) -> bool:
        """Move a step up (-1) or down (+1); False at either end."""
        index = self.editors.index(editor)
        target = index + by
        if not 0 <= target < len(self.editors):
            return False
        focused = self.focusWidget()
        self.editors.insert(target, self.editors.pop(index))
        self._steps_box.removeWidget(editor)
        self._steps_box.insertWidget(target, editor)
        self._renumber()
        if focused is not None and editor.isAncestorOf(focused):
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(editor)
        self._schedule_check()
        return True

    def remove_step(self, editor: StepEditor) -> None:
        """Take a step out; the Undo button beneath brings the last one back."""
        index = self.editors.index(editor)
        self._removed = (index, editor.value())
        self.editors.pop(index)
        self._steps_box.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        name = editor.heading_text() or kind_name(editor.kind)
        self.undo_text.setText(translate("ExerciseBuilder", "Removed step {number} (“{step}”).")
                               .format(number=index + 1, step=_short(name)))
        self.undo_bar.show()
        self._renumber()
        self._schedule_check()
        self.undo_button.setFocus()

    def undo_remove(self) -> None:
        """Put the last removed step back where it was."""
        if self._removed is None:
            return
        index, data = self._removed
        self._removed = None
        editor = StepEditor(data)
        self._insert(min(index, len(self.editors)), editor)
        self.undo_bar.hide()
        self._renumber()
        self._reveal(editor)
        self._schedule_check()

    def _renumber(self) -> None:
        total = len(self.editors)
        sources = [(e.step_id, e.heading_text(), e.kind) for e in self.editors]
        for number, editor in enumerate(self.editors, start=1):
            editor.set_position(number, total)
            editor.set_sources(sources)

    def _step_changed(self) -> None:
        sources = [(e.step_id, e.heading_text(), e.kind) for e in self.editors]
        for editor in self.editors:
            editor.set_sources(sources)
        self._schedule_check()

    # -- checking --------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """The exercise as loader data (id and version as they stand before saving)."""
        data = dict(self._top)
        data.update(id=self.exercise_id or _CHECK_ID, version=int(data.get("version", 1)),
                    title=self.title.text().strip(), why=self.why.toPlainText().strip(),
                    minutes=self.minutes.value(),
                    audiences=[a for a, box in self.audiences.items() if box.isChecked()],
                    core=False, steps=[editor.value() for editor in self.editors])
        data.setdefault("category", "other")
        return data

    def _schedule_check(self) -> None:
        self._check_timer.start()

    def check(self) -> Exercise | None:
        """Run the loader's checks; show each problem next to the step at fault (or above
        the steps); the exercise when there is none."""
        self._check_timer.stop()
        exercise, errors = parse_own_data(self.data())
        self.last_errors = errors
        by_step: dict[int, list[str]] = {}
        general: list[str] = []
        for error in errors:
            line = field_text(error.field, error.reason)
            if error.step_index is not None and 0 < error.step_index <= len(self.editors):
                by_step.setdefault(error.step_index, []).append(line)
            else:
                general.append(_top_text(error))
        for number, editor in enumerate(self.editors, start=1):
            editor.show_problems(by_step.get(number, []))
        self.top_problems.setText("\n".join(f"• {line}" for line in general))
        self.top_problems.setVisible(bool(general))
        needs_fixing = translate("ExerciseBuilder", "Some things need fixing before this can be "
                                                    "saved or tried; they are marked below.")
        if errors:
            self.status.setText(needs_fixing)
        elif self.status.text() == needs_fixing:
            self.status.clear()
        return None if errors else exercise

    def _first_problem(self) -> None:
        """Bring the first step with a problem (or the top) into view."""
        for editor in self.editors:
            if not editor.problems.isHidden():
                self.scroll.ensureWidgetVisible(editor)
                editor.focus_first()
                return
        self.scroll.ensureWidgetVisible(self.top_problems)

    def is_changed(self) -> bool:
        """True when something was edited since the builder opened or last saved."""
        return self.data() != self._saved_data

    def close_builder(self) -> None:
        """Back to the exercises, asking first when edits would be left out."""
        if self.is_changed():
            answer = QMessageBox.question(
                self, translate("ExerciseBuilder", "Leave without saving?"),
                translate("ExerciseBuilder",
                          "The changes to this exercise are not saved yet and will be left out."),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.closed.emit()

    # -- preview and save ------------------------------------------------------------

    def preview(self) -> ExerciseRunner | None:
        """Run the exercise as it stands in the real runner, saving nothing."""
        from trustjournal.gui.exercises.runner import ExerciseRunner

        exercise = self.check()
        if exercise is None:
            self._first_problem()
            return None
        audience = current(self.journal) or "both"
        runner = ExerciseRunner(self.journal, self.events, exercise.for_audience(audience),
                                None, preview=True)
        runner.closed.connect(self._end_preview)
        runner.finished.connect(lambda _uuid: self._end_preview())
        self.preview_runner = runner
        self.stack.addWidget(runner)
        self.stack.setCurrentWidget(runner)
        self.events.status.emit(translate(
            "ExerciseBuilder", "Preview: nothing you answer here is saved. Esc goes back."))
        return runner

    def _end_preview(self) -> None:
        runner, self.preview_runner = self.preview_runner, None
        if runner is None:
            return
        self.stack.setCurrentWidget(self.edit_page)
        self.stack.removeWidget(runner)
        runner.deleteLater()
        self.preview_button.setFocus()

    def save(self) -> UserExerciseVersion | None:
        """Save as a new version (version 1 for a new exercise); nothing is written when
        there are problems or nothing changed."""
        exercise = self.check()
        if exercise is None:
            self._first_problem()
            return None
        exercise_id = self.exercise_id or new_own_id(exercise.title, self._taken)
        try:
            latest = self.journal.user_exercise(exercise_id)
            version = 1
            if latest is not None:
                before, _errors = read_version(latest)
                if (self.exercise_id and not latest.removed_utc and before is not None
                        and same_content(before, exercise)):
                    self.status.setText(translate("ExerciseBuilder", "No changes to save."))
                    return latest
                version = latest.version + 1
            toml = exercise_toml(replace(exercise, id=exercise_id, version=version))
            stored = self.journal.save_user_exercise(exercise_id, toml, self.based_on)
        except JournalError as exc:
            self.status.setText(
                translate("ExerciseBuilder", "Not saved: {error}").format(error=exc))
            return None
        self.exercise_id = exercise_id
        self._top["version"] = stored.version
        self._saved_data = self.data()
        self.status.setText(translate("ExerciseBuilder", "Saved (version {version}).")
                            .format(version=stored.version))
        self.events.emit_change(Change(exercises=True))
        self.saved.emit(exercise_id)
        return stored


def _short(text: str, room: int = 40) -> str:
    words = " ".join(text.split())
    return words if len(words) <= room else words[: room - 1].rstrip() + "…"


def _top_text(error: ExerciseFileError) -> str:
    names = {"title": translate("ExerciseBuilder", "Title"),
             "why": translate("ExerciseBuilder", "Why this helps"),
             "minutes": translate("ExerciseBuilder", "Minutes"),
             "audiences": translate("ExerciseBuilder", "Suits"),
             "steps": translate("ExerciseBuilder", "Steps")}
    field = error.field or ""
    name = names.get(field)
    if name:
        return translate("ExerciseBuilder", "{field}: {problem}").format(
            field=name, problem=error.reason)
    if error.step_index is not None:
        return translate("ExerciseBuilder", "Step {number}: {problem}").format(
            number=error.step_index, problem=field_text(error.field, error.reason))
    return field_text(error.field, error.reason)
