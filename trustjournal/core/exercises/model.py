"""The exercise schema: step kinds, steps and exercises, metrics, and the errors.

Answers are plain JSON-able values keyed by step id; their shape depends on the step kind:
- ``text``: ``str``.
- ``choice``: an option id ``str``, or ``{"other": "own words"}`` when the step allows it.
- ``multi_choice``: a list of the above, no item twice.
- ``feelings``: a list of ``{"feeling": feeling_id, "intensity": 0..100}``, distinct feelings.
- ``scale``: an ``int`` within the step's scale.
- ``list``: a list of ``str`` (blank items are ignored when reading the answer).
- ``distortions``: a list of trap ids and ``{"other": "own words"}`` (traps of one's own).
- ``rerate``: an ``int`` on the re-rated step's scale; when it re-rates a ``feelings`` step,
  a dict ``feeling_id -> 0..100`` covering the feelings picked in that step.
- ``sort``: a dict ``item -> option id`` putting each item of the earlier ``list`` step
  named by ``sort_of`` into one of the step's options (its bins).
- ``summary``: ``None`` (nothing to answer).

A step with ``show_if`` is asked only when an earlier choice was answered with one of the
listed options; while hidden it is skipped, not required, and its answer is left out of
the entry, the recap and the metrics. A text step's ``prefill`` is a sentence built from
earlier answers (``{step_id}`` placeholders) that becomes its answer when first shown.
Steps may carry wording ``variants`` per audience; Exercise.for_audience picks them.

An exercise with a ``[prefill]`` table also keeps the app-supplied text under the
prefill's id (a ``str``; not a step, never checked against one).
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass


class StepKind(StrEnum):
    """What a step asks for; the answer's shape follows from it (see the module doc)."""

    TEXT = "text"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    FEELINGS = "feelings"
    SCALE = "scale"
    LIST = "list"
    DISTORTIONS = "distortions"
    RERATE = "rerate"
    SORT = "sort"
    SUMMARY = "summary"


# "distrusting": I find it hard to trust; "distrusted": my partner finds it hard to trust me.
AUDIENCES: tuple[str, ...] = ("distrusting", "distrusted", "both")
DEFAULT_OTHER_LABEL = QT_TRANSLATE_NOOP("Step", "Something else…")  # see Step.other_text
OTHER = "other"  # the key of a free-text answer, and the metric label it is counted under
_ID = re.compile(r"[a-z][a-z0-9_]{0,59}")


@lazy_dataclass(frozen=True, slots=True)
class Scale:
    """A slider: whole numbers from min to max in steps of step, with labelled ends."""

    min: int
    max: int
    low_label: str
    high_label: str
    step: int = 1

    def contains(self, value: object) -> bool:
        """True for a whole number (not a bool) within the scale."""
        return type(value) is int and self.min <= value <= self.max


FEELING_SCALE = Scale(0, 100, "Barely there", "As strong as it gets", step=5)


@lazy_dataclass(frozen=True, slots=True)
class Option:
    """One answer of a choice step; choosing a `safety` option shows the safety panel."""

    id: str
    label: str
    hint: str = ""
    safety: bool = False


@lazy_dataclass(frozen=True, slots=True)
class ShowIf:
    """Ask a step only when the earlier choice step `step` was answered with one of
    `any_of` (for a multi_choice step: when any of them is among the picks)."""

    step: str
    any_of: tuple[str, ...]

    def matches(self, value: Any) -> bool:
        """True when this answer to the earlier step lets the step show."""
        picked = value if isinstance(value, list | tuple) else [value]
        keys = {OTHER if isinstance(item, dict) else item for item in picked}
        return bool(keys & set(self.any_of))


@lazy_dataclass(frozen=True, slots=True)
class Variant:
    """Wording of a step for one audience; blank fields keep the shared wording."""

    audience: str
    prompt: str = ""
    note: str = ""
    example: str = ""


@lazy_dataclass(frozen=True, slots=True)
class Step:
    """One step of an exercise. Which fields matter depends on `kind` (see the module doc)."""

    id: str
    kind: StepKind
    prompt: str
    label: str = ""
    example: str = ""
    note: str = ""
    optional: bool = False
    pinned: bool = False  # keep this step's answer in view on every later step
    metric: str | None = None  # name under which the answer feeds statistics
    options: tuple[Option, ...] = ()
    allow_other: bool = False
    other_label: str = DEFAULT_OTHER_LABEL
    scale: Scale | None = None  # scale, feelings and rerate steps
    rerate_of: str | None = None
    rerates_feelings: bool = False  # set by the loader when rerate_of names a feelings step
    suggest_from: str | None = None  # distortions: the text step whose wording hints traps
    sort_of: str | None = None  # sort: the list step whose items are sorted into options
    show_if: ShowIf | None = None
    prefill: str = ""  # text: a sentence from earlier answers, "{step_id}" placeholders
    variants: tuple[Variant, ...] = ()
    starter: str = ""  # text: words the box starts with, for the person to rewrite
    single_line: bool = False
    max_length: int | None = None

    @property
    def heading(self) -> str:
        """The short name shown above the answer in recaps (the prompt if no label)."""
        return self.label or self.prompt

    @property
    def other_text(self) -> str:
        """The label of the own-words answer as shown: the default one in the app's
        language, a label the exercise chose as it wrote it."""
        if self.other_label == DEFAULT_OTHER_LABEL:
            return translate("Step", DEFAULT_OTHER_LABEL)
        return self.other_label

    @property
    def safety_trigger(self) -> frozenset[str]:
        """Ids of the options that should show the safety panel."""
        return frozenset(option.id for option in self.options if option.safety)

    def for_audience(self, audience: str) -> Step:
        """This step worded for the audience (its variant's non-blank fields win)."""
        variant = next((v for v in self.variants if v.audience == audience), None)
        if variant is None:
            return self
        return replace(self, prompt=variant.prompt or self.prompt,
                       note=variant.note or self.note, example=variant.example or self.example)

    def option(self, option_id: str) -> Option | None:
        """The option with this id, if the step has one."""
        return next((option for option in self.options if option.id == option_id), None)

    def triggers_safety(self, value: Any) -> bool:
        """True when this answer picks an option marked `safety` (for a sort step: when
        any item is put in such a bin)."""
        picked = [value] if self.kind is StepKind.CHOICE else value
        if self.kind is StepKind.SORT and isinstance(value, dict):
            picked = list(value.values())
        elif self.kind not in (StepKind.CHOICE, StepKind.MULTI_CHOICE):
            return False
        if not picked:
            return False
        return any(isinstance(item, str) and item in self.safety_trigger for item in picked)


@lazy_dataclass(frozen=True, slots=True)
class Prefill:
    """Read-only text the app supplies when the exercise starts (e.g. the weekly review's
    summary of the week). It is kept in the answers under `id` and saved at the top of
    the entry under the heading `label`; nothing in the file says what the text is."""

    id: str
    label: str


FOLLOWS = "follows"  # answers key of a follow-up: the uuid of the entry it follows


@lazy_dataclass(frozen=True, slots=True)
class FollowUp:
    """Makes an exercise a later follow-up of entries of `exercise` whose choice step
    `step` was answered with one of `any_of`. Such an exercise is offered only from those
    entries, never as a card of its own; its answers keep the entry's uuid as FOLLOWS."""

    exercise: str
    step: str
    any_of: tuple[str, ...]

    def wanted(self, answers: Any) -> bool:
        """True when an entry with these answers still awaits this follow-up."""
        if not isinstance(answers, dict):
            return False
        value = answers.get(self.step)
        return isinstance(value, str) and value in self.any_of


@lazy_dataclass(frozen=True, slots=True)
class Exercise:
    """A guided exercise: what it is, who it suits, and its ordered steps."""

    id: str
    version: int
    title: str
    why: str
    audiences: tuple[str, ...]
    minutes: int
    steps: tuple[Step, ...]
    core: bool = False
    category: str = "other"
    prefill: Prefill | None = None
    follow_up: FollowUp | None = None

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError if there is none)."""
        return self.steps[self.index_of(step_id)]

    def index_of(self, step_id: str) -> int:
        """Position of the step with this id (KeyError if there is none)."""
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def for_audience(self, audience: str) -> Exercise:
        """The exercise with each step worded for this audience (same ids, same answers)."""
        steps = tuple(step.for_audience(audience) for step in self.steps)
        return self if steps == self.steps else replace(self, steps=steps)

    def suits(self, audience: str) -> bool:
        """True if the exercise fits someone who chose this audience at first run."""
        return audience == "both" or "both" in self.audiences or audience in self.audiences


@lazy_dataclass(frozen=True, slots=True)
class Metric:
    """One figure for statistics, e.g. ('feeling_before', 70.0, 'jealous')."""

    name: str
    value: float | None
    label: str | None = None


class ExerciseFileError(ValueError):
    """One problem in an exercise file, naming the file, the step and the field."""

    def __init__(self, path: Path | str, reason: str, *, step: str | None = None,
                 step_index: int | None = None, field: str | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.step = step
        self.step_index = step_index  # 1-based
        self.field = field
        super().__init__(str(self))

    def where(self) -> str:
        """Which step and field the problem is in, as words ('' when neither is known)."""
        number, step, field = self.step_index, self.step, self.field
        if number is not None and step and field:
            text = translate("ExerciseFileError", "step {number} ('{step}'), field '{field}'")
        elif number is not None and step:
            text = translate("ExerciseFileError", "step {number} ('{step}')")
        elif number is not None and field:
            text = translate("ExerciseFileError", "step {number}, field '{field}'")
        elif number is not None:
            text = translate("ExerciseFileError", "step {number}")
        elif step and field:
            text = translate("ExerciseFileError", "step '{step}', field '{field}'")
        elif step:
            text = translate("ExerciseFileError", "step '{step}'")
        elif field:
            text = translate("ExerciseFileError", "field '{field}'")
        else:
            return ""
        return text.format(number=number, step=step, field=field)

    def __str__(self) -> str:
        where = self.where()
        if where:
            return translate("ExerciseFileError", "{file}, {place}: {problem}").format(
                file=self.path, place=where, problem=self.reason)
        return translate("ExerciseFileError", "{file}: {problem}").format(
            file=self.path, problem=self.reason)


class AnswerError(ValueError):
    """An answer that does not fit its step."""

    def __init__(self, step_id: str, reason: str) -> None:
        self.step_id = step_id
        self.reason = reason
        super().__init__(f"step '{step_id}': {reason}")


class DraftError(ValueError):
    """A saved draft that cannot be resumed with this exercise."""


# --- shared by the loader and the answer checks ----------------------------------------

_TYPE_NAMES = {str: QT_TRANSLATE_NOOP("ExerciseModel", "text"),
               int: QT_TRANSLATE_NOOP("ExerciseModel", "a whole number"),
               bool: QT_TRANSLATE_NOOP("ExerciseModel", "true or false"),
               list: QT_TRANSLATE_NOOP("ExerciseModel", "a list"),
               dict: QT_TRANSLATE_NOOP("ExerciseModel", "a table"),
               float: QT_TRANSLATE_NOOP("ExerciseModel", "a decimal number")}


def _type_name(value: object) -> str:
    name = _TYPE_NAMES.get(type(value))
    return translate("ExerciseModel", name) if name else type(value).__name__
