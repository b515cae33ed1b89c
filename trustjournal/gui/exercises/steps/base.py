"""The registry of step widgets and what every step widget has in common."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QWidget,
)

from trustjournal.core.exercises import (
    Step,
    StepKind,
)
from trustjournal.gui.exercises.context import StepContext

if TYPE_CHECKING:
    # Only named in hints: the run's module loads when an exercise is started.
    from trustjournal.core.exercises.run import ExerciseRun

_REGISTRY: dict[StepKind, type[StepWidget]] = {}
# Every kind's module, imported (and so registered) in this order when a step widget is
# asked for, until the module of the step's kind is in: Today's check-in form needs the
# sliders and the feelings, and the other kinds' modules (a good part of the time before
# the journal is usable) wait for an exercise. registered_kinds() imports them all.
KIND_MODULES = ("sliders", "feelings", "text", "choices", "lists", "sort", "summary",
                "traps")
_loaded = False


def _load_kinds(until: StepKind | None = None) -> None:
    """Import the kinds' modules: all of them, or only until one registers `until`."""
    global _loaded
    if _loaded:
        return
    for name in KIND_MODULES:
        if until is not None and until in _REGISTRY:
            return
        importlib.import_module(f"trustjournal.gui.exercises.steps.{name}")
    _loaded = True


def register(kind: StepKind) -> Callable[[type[StepWidget]], type[StepWidget]]:
    """Class decorator: this widget renders steps of `kind`."""

    def add(cls: type[StepWidget]) -> type[StepWidget]:
        _REGISTRY[kind] = cls
        cls.kind = kind
        return cls

    return add


def registered_kinds() -> frozenset[StepKind]:
    _load_kinds()
    return frozenset(_REGISTRY)


def create_step_widget(step: Step, context: StepContext, parent: QWidget | None = None
                       ) -> StepWidget:
    _load_kinds(step.kind)
    try:
        cls = _REGISTRY[step.kind]
    except KeyError:
        raise LookupError(f"no widget shows steps of kind '{step.kind}'") from None
    return cls(step, context, parent)


def hint_label(text: str) -> QLabel:
    """Small, muted, wrapping text under a control."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def readable(item_id: str, names: dict[str, str]) -> str:
    return names.get(item_id) or item_id.replace("_", " ").capitalize()


class StepWidget(QWidget):
    """Base of every step widget."""

    kind: ClassVar[StepKind]
    changed = Signal()  # the person edited the answer
    submitted = Signal()  # Return in a one-line answer: the runner moves on

    def __init__(self, step: Step, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.context = context
        self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def load(self, run: ExerciseRun) -> None:
        """Show the run's answer (and whatever earlier answers this step depends on)."""
        self._loading = True
        try:
            self._load(run, run.answers.get(self.step.id))
        finally:
            self._loading = False

    def _load(self, run: ExerciseRun, value: Any) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        self.focusNextChild()

    def _emit(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()


class OneLine(QLineEdit):
    """A one-line field whose Return is handled here (returnPressed), never passed on to
    a dialog's default button as well, which would act twice."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
