"""Guided exercises as data: the schema, a strict TOML loader, answers, and run state.

An exercise is a TOML file under resources/exercises/ (see EXERCISES.md). The package:

- `model`: step kinds, steps, exercises, metrics and the errors; its docstring lists the
  shape of each step kind's answer.
- `loader`: reading and validating exercise files, loading folders, writing data back.
- `answers`: checking answers, metrics for statistics, Markdown for the journal entry.
- `run`: an exercise in progress (ExerciseRun) and its saved draft.
- `checkin`: the daily check-in (CHECKIN, checkin_for a perspective, CheckIn).

Import from here; every public name is re-exported.
"""

from typing import TYPE_CHECKING

from trustjournal.core.exercises.answers import (
    GAP,
    answer_words,
    check_answer,
    fill_prefill,
    is_answered,
    is_shown,
    join_words,
    metrics,
    prefill_text,
    render_answers,
    render_sections,
    safety_needed,
    shown_answers,
    sort_items,
)
from trustjournal.core.exercises.checkin import (
    CHECKIN,
    PERSPECTIVE_SCALES,
    SCALES,
    CheckIn,
    CheckinScale,
    checkin_for,
    checkin_title,
    checkin_with,
)
from trustjournal.core.exercises.loader import (
    LoadResult,
    builtin_exercises,
    exercise_to_dict,
    load_exercise,
    load_exercises,
    order_for_audience,
    parse_exercise,
    read_exercise,
)
from trustjournal.core.exercises.model import (
    AUDIENCES,
    DEFAULT_OTHER_LABEL,
    FEELING_SCALE,
    FOLLOWS,
    OTHER,
    AnswerError,
    DraftError,
    Exercise,
    ExerciseFileError,
    FollowUp,
    Metric,
    Option,
    Prefill,
    Scale,
    ShowIf,
    Step,
    StepKind,
    Variant,
)

if TYPE_CHECKING:
    from trustjournal.core.exercises.run import DRAFT_FORMAT, ExerciseRun

# An exercise in progress (and the thinking-trap hints it loads) is needed only once one
# is started: the timeline and Today import this package while the window starts.
_FROM_RUN = ("DRAFT_FORMAT", "ExerciseRun")


def __getattr__(name: str) -> object:
    if name in _FROM_RUN:
        from trustjournal.core.exercises import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "AUDIENCES",
    "CHECKIN",
    "DEFAULT_OTHER_LABEL",
    "DRAFT_FORMAT",
    "FEELING_SCALE",
    "FOLLOWS",
    "GAP",
    "OTHER",
    "PERSPECTIVE_SCALES",
    "SCALES",
    "AnswerError",
    "CheckIn",
    "CheckinScale",
    "DraftError",
    "Exercise",
    "ExerciseFileError",
    "ExerciseRun",
    "FollowUp",
    "LoadResult",
    "Metric",
    "Option",
    "Prefill",
    "Scale",
    "ShowIf",
    "Step",
    "StepKind",
    "Variant",
    "answer_words",
    "builtin_exercises",
    "check_answer",
    "checkin_for",
    "checkin_title",
    "checkin_with",
    "exercise_to_dict",
    "fill_prefill",
    "is_answered",
    "is_shown",
    "join_words",
    "load_exercise",
    "load_exercises",
    "metrics",
    "order_for_audience",
    "parse_exercise",
    "prefill_text",
    "read_exercise",
    "render_answers",
    "render_sections",
    "safety_needed",
    "shown_answers",
    "sort_items",
]
