"""One input widget per step kind, found through a registry keyed by StepKind.

A step widget shows the run's answer to its step (`load`), reports edits (`changed`) and
gives its answer back (`value`, None when nothing is given). The runner owns the run:
widgets never change answers themselves, so a check-in, an exercise and a test all go
through ExerciseRun.set_answer and its checks. Each kind's module registers itself on
import; a new kind is a new module listed in base.KIND_MODULES (imported in that order,
when a step widget is asked for, until its kind's module is in).
"""

from typing import Any

from trustjournal.gui.exercises.steps.base import (
    StepWidget,
    create_step_widget,
    hint_label,
    registered_kinds,
)
from trustjournal.gui.exercises.steps.sliders import ScaleInput


def __getattr__(name: str) -> Any:
    # The summary step's module only when it is asked for (see base.KIND_MODULES).
    if name == "SummaryStep":
        from trustjournal.gui.exercises.steps.summary import SummaryStep

        return SummaryStep
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ScaleInput", "StepWidget", "SummaryStep", "create_step_widget", "hint_label",
           "registered_kinds"]
