"""One input widget per step kind, found through a registry keyed by StepKind.

A step widget shows the run's answer to its step (`load`), reports edits (`changed`) and
gives its answer back (`value`, None when nothing is given). The runner owns the run:
widgets never change answers themselves, so a check-in, an exercise and a test all go
through ExerciseRun.set_answer and its checks. Each kind's module registers itself on
import; a new kind is a new module listed here.
"""

from trustjournal.gui.exercises.steps import (  # noqa: F401  (each registers its kind)
    choices,
    feelings,
    lists,
    sliders,
    sort,
    summary,
    text,
    traps,
)
from trustjournal.gui.exercises.steps.base import (
    StepWidget,
    create_step_widget,
    hint_label,
    registered_kinds,
)
from trustjournal.gui.exercises.steps.sliders import ScaleInput
from trustjournal.gui.exercises.steps.summary import SummaryStep

__all__ = ["ScaleInput", "StepWidget", "SummaryStep", "create_step_widget", "hint_label",
           "registered_kinds"]
