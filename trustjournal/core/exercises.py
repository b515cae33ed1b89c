"""Guided exercises as data: the schema, a strict TOML loader, answers, and run state.

An exercise is a TOML file under resources/exercises/ (see EXERCISES.md). Answers are
plain JSON-able values keyed by step id; their shape depends on the step kind:

- ``text``: ``str``.
- ``choice``: an option id ``str``, or ``{"other": "own words"}`` when the step allows it.
- ``multi_choice``: a list of the above, no item twice.
- ``feelings``: a list of ``{"feeling": feeling_id, "intensity": 0..100}``, distinct feelings.
- ``scale``: an ``int`` within the step's scale.
- ``list``: a list of ``str`` (blank items are ignored when reading the answer).
- ``distortions``: a list of trap ids and ``{"other": "own words"}`` (traps of one's own).
- ``rerate``: an ``int`` on the re-rated step's scale; when it re-rates a ``feelings`` step,
  a dict ``feeling_id -> 0..100`` covering the feelings picked in that step.
- ``summary``: ``None`` (nothing to answer).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from trustjournal.core.resources_data import resource_path
from trustjournal.core.traps import suggest_traps


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
    SUMMARY = "summary"


# "distrusting": I find it hard to trust; "distrusted": my partner finds it hard to trust me.
AUDIENCES: tuple[str, ...] = ("distrusting", "distrusted", "both")
DEFAULT_OTHER_LABEL = "Something else…"
OTHER = "other"  # the key of a free-text answer, and the metric label it is counted under
_ID = re.compile(r"[a-z][a-z0-9_]{0,59}")


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Option:
    """One answer of a choice step; choosing a `safety` option shows the safety panel."""

    id: str
    label: str
    hint: str = ""
    safety: bool = False


@dataclass(frozen=True, slots=True)
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
    starter: str = ""  # text: words the box starts with, for the person to rewrite
    single_line: bool = False
    max_length: int | None = None

    @property
    def heading(self) -> str:
        """The short name shown above the answer in recaps (the prompt if no label)."""
        return self.label or self.prompt

    @property
    def safety_trigger(self) -> frozenset[str]:
        """Ids of the options that should show the safety panel."""
        return frozenset(option.id for option in self.options if option.safety)

    def option(self, option_id: str) -> Option | None:
        """The option with this id, if the step has one."""
        return next((option for option in self.options if option.id == option_id), None)

    def triggers_safety(self, value: Any) -> bool:
        """True when this answer picks an option marked `safety`."""
        picked = [value] if self.kind is StepKind.CHOICE else value
        if self.kind not in (StepKind.CHOICE, StepKind.MULTI_CHOICE) or not picked:
            return False
        return any(isinstance(item, str) and item in self.safety_trigger for item in picked)


@dataclass(frozen=True, slots=True)
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

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError if there is none)."""
        return self.steps[self.index_of(step_id)]

    def index_of(self, step_id: str) -> int:
        """Position of the step with this id (KeyError if there is none)."""
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def suits(self, audience: str) -> bool:
        """True if the exercise fits someone who chose this audience at first run."""
        return audience == "both" or "both" in self.audiences or audience in self.audiences


@dataclass(frozen=True, slots=True)
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

    def __str__(self) -> str:
        parts = [str(self.path)]
        if self.step_index is not None:
            parts.append(f"step {self.step_index}" + (f" ('{self.step}')" if self.step else ""))
        elif self.step:
            parts.append(f"step '{self.step}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join([", ".join(parts), self.reason])


class AnswerError(ValueError):
    """An answer that does not fit its step."""

    def __init__(self, step_id: str, reason: str) -> None:
        self.step_id = step_id
        self.reason = reason
        super().__init__(f"step '{step_id}': {reason}")


class DraftError(ValueError):
    """A saved draft that cannot be resumed with this exercise."""


# --- reading exercise files ------------------------------------------------------------

_TOP_KEYS = ("id", "version", "title", "why", "audiences", "minutes", "core", "category",
             "steps")
_STEP_KEYS = ("id", "kind", "prompt", "label", "example", "note", "optional", "pinned")
_KIND_KEYS: dict[StepKind, tuple[str, ...]] = {
    StepKind.TEXT: ("starter", "single_line", "max_length"),
    StepKind.CHOICE: ("options", "allow_other", "other_label", "metric"),
    StepKind.MULTI_CHOICE: ("options", "allow_other", "other_label", "metric"),
    StepKind.FEELINGS: ("metric",),
    StepKind.SCALE: ("min", "max", "step", "low_label", "high_label", "metric"),
    StepKind.LIST: ("metric",),
    StepKind.DISTORTIONS: ("suggest_from", "metric"),
    StepKind.RERATE: ("rerate_of", "metric"),
    StepKind.SUMMARY: (),
}
_SUMMARY_KEYS = ("id", "kind", "prompt", "label", "note")
_OPTION_KEYS = ("id", "label", "hint", "safety")
_TYPE_NAMES = {str: "text", int: "a whole number", bool: "true or false", list: "a list",
               dict: "a table", float: "a decimal number"}


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class _Reader:
    """Reads typed fields out of one TOML table, reporting problems instead of raising."""

    def __init__(self, table: Mapping[str, Any], path: Path, errors: list[ExerciseFileError],
                 step: str | None = None, step_index: int | None = None,
                 prefix: str = "") -> None:
        self.table, self.path, self.errors = table, path, errors
        self.step, self.step_index, self.prefix = step, step_index, prefix

    def report(self, key: str | None, reason: str) -> None:
        name = f"{self.prefix}{key}" if key else (self.prefix.rstrip(".") or None)
        self.errors.append(ExerciseFileError(self.path, reason, step=self.step,
                                             step_index=self.step_index, field=name))

    def unknown(self, allowed: Iterable[str], elsewhere: Mapping[str, str] | None = None) -> None:
        allowed = tuple(allowed)
        for key in self.table:
            if key in allowed:
                continue
            if elsewhere and key in elsewhere:
                self.report(key, elsewhere[key])
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.7)
            self.report(key, "unknown field" + (f" (did you mean '{close[0]}'?)" if close else ""))

    def get(self, key: str, kind: type, *, required: bool) -> Any:
        if key not in self.table:
            if required:
                self.report(key, "is missing")
            return None
        value = self.table[key]
        if type(value) is not kind:
            self.report(key, f"must be {_TYPE_NAMES[kind]}, not {_type_name(value)}")
            return None
        return value

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self.get(key, str, required=required)
        if value is None:
            return default
        if required and not value.strip():
            self.report(key, "must not be empty")
        return str(value.strip())

    def ident(self, key: str, *, required: bool = True) -> str | None:
        value = self.get(key, str, required=required)
        if value is not None and not _ID.fullmatch(value):
            self.report(key, f"'{value}' is not a valid id (use a-z, 0-9 and _, starting "
                             "with a letter, at most 60 characters)")
            return None
        return value

    def integer(self, key: str, *, required: bool = False, default: int | None = None,
                least: int | None = None) -> int | None:
        value = self.get(key, int, required=required)
        if value is None:
            return default
        if least is not None and value < least:
            self.report(key, f"must be {least} or more, not {value}")
            return default
        return int(value)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.get(key, bool, required=False)
        return default if value is None else bool(value)


def _misplaced(kind: StepKind) -> dict[str, str]:
    """Reasons for keys that belong to other step kinds, so typos and mix-ups read clearly."""
    keys = {key for keys in _KIND_KEYS.values() for key in keys}
    if kind is StepKind.SUMMARY:
        keys.update(_STEP_KEYS)
    return {key: f"does not apply to a {kind.value} step" for key in keys}


def _read_options(reader: _Reader) -> tuple[Option, ...]:
    raw = reader.get("options", list, required=True)
    if raw is None:
        return ()
    options: list[Option] = []
    seen: set[str] = set()
    for number, item in enumerate(raw, start=1):
        sub = _Reader(item if isinstance(item, dict) else {}, reader.path, reader.errors,
                      reader.step, reader.step_index, prefix=f"options[{number}].")
        if not isinstance(item, dict):
            sub.report(None, f"must be a table with id and label, not {_type_name(item)}")
            continue
        sub.unknown(_OPTION_KEYS)
        option_id = sub.ident("id")
        label = sub.text("label", required=True)
        if option_id in seen:
            sub.report("id", f"duplicate option id '{option_id}'")
        elif option_id == OTHER:
            sub.report("id", "'other' is reserved for the free-text answer (use allow_other)")
        elif option_id and label:
            seen.add(option_id)
            options.append(Option(option_id, label, sub.text("hint"), sub.flag("safety")))
    return tuple(options)


def _read_scale(reader: _Reader) -> Scale | None:
    low = reader.integer("min", required=True)
    high = reader.integer("max", required=True)
    step = reader.integer("step", default=1, least=1)
    low_label = reader.text("low_label", required=True)
    high_label = reader.text("high_label", required=True)
    if low is None or high is None or step is None:
        return None
    if low >= high:
        reader.report("max", f"must be greater than min ({low}), not {high}")
        return None
    if step > high - low:
        reader.report("step", f"must fit between min and max ({high - low} or less)")
        return None
    return Scale(low, high, low_label, high_label, step)


def _read_step(raw: Any, index: int, path: Path, errors: list[ExerciseFileError]) -> Step | None:
    if not isinstance(raw, dict):
        errors.append(ExerciseFileError(path, f"must be a [[steps]] table, not {_type_name(raw)}",
                                        step_index=index))
        return None
    name = raw.get("id") if isinstance(raw.get("id"), str) else None
    reader = _Reader(raw, path, errors, step=name, step_index=index)
    before = len(errors)
    step_id = reader.ident("id")
    kind_name = reader.text("kind", required=True)
    try:
        kind = StepKind(kind_name)
    except ValueError:
        if kind_name:
            known = ", ".join(k.value for k in StepKind)
            reader.report("kind", f"unknown step kind '{kind_name}' (known kinds: {known})")
        return None
    allowed = _SUMMARY_KEYS if kind is StepKind.SUMMARY else _STEP_KEYS + _KIND_KEYS[kind]
    reader.unknown(allowed, _misplaced(kind))
    values: dict[str, Any] = {
        "prompt": reader.text("prompt", required=True),
        "label": reader.text("label"),
        "example": reader.text("example"),
        "note": reader.text("note"),
        "optional": reader.flag("optional"),
        "pinned": reader.flag("pinned"),
        "metric": reader.ident("metric", required=False),
    }
    if kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE):
        values["options"] = _read_options(reader)
        values["allow_other"] = reader.flag("allow_other", True)
        values["other_label"] = reader.text("other_label", default=DEFAULT_OTHER_LABEL)
        least = 1 if values["allow_other"] else 2
        if "options" in raw and len(values["options"]) < least and len(errors) == before:
            reader.report("options", f"a {kind.value} step needs at least {least} option(s)")
    elif kind is StepKind.SCALE:
        values["scale"] = _read_scale(reader)
    elif kind is StepKind.FEELINGS:
        values["scale"] = FEELING_SCALE
    elif kind is StepKind.RERATE:
        values["rerate_of"] = reader.ident("rerate_of")
    elif kind is StepKind.DISTORTIONS:
        values["suggest_from"] = reader.ident("suggest_from", required=False)
    elif kind is StepKind.TEXT:
        values["starter"] = reader.text("starter")
        values["single_line"] = reader.flag("single_line")
        values["max_length"] = reader.integer("max_length", least=1)
    if len(errors) > before or step_id is None:
        return None
    return Step(step_id, kind, **values)


def _link_steps(steps: list[Step], path: Path, errors: list[ExerciseFileError]) -> list[Step]:
    """Check what steps say about each other; resolve each re-rating's scale."""
    first_at: dict[str, int] = {}
    metric_at: dict[str, int] = {}
    linked: list[Step] = []
    for index, step in enumerate(steps, start=1):
        def report(field: str, reason: str, step: Step = step, index: int = index) -> None:
            errors.append(ExerciseFileError(path, reason, step=step.id, step_index=index,
                                            field=field))

        if step.id in first_at:
            report("id", f"duplicate step id (step {first_at[step.id]} has it too)")
        first_at.setdefault(step.id, index)
        if step.metric in metric_at:
            report("metric", f"metric '{step.metric}' is already fed by step "
                             f"{metric_at[step.metric]}")
        elif step.metric:
            metric_at[step.metric] = index
        for key, target, kinds in (("rerate_of", step.rerate_of, (StepKind.SCALE,
                                                                    StepKind.FEELINGS)),
                                   ("suggest_from", step.suggest_from, (StepKind.TEXT,))):
            if target is None:
                continue
            source_index = next((i for i, s in enumerate(steps, start=1) if s.id == target), 0)
            if not source_index:
                report(key, f"no step has the id '{target}'")
            elif source_index >= index:
                report(key, f"'{target}' is step {source_index}; it must come before this step")
            elif steps[source_index - 1].kind not in kinds:
                wanted = " or ".join(k.value for k in kinds)
                report(key, f"'{target}' is a {steps[source_index - 1].kind.value} step; "
                            f"it must be a {wanted} step")
            elif key == "rerate_of":
                source = steps[source_index - 1]
                step = replace(step, scale=source.scale,
                               rerates_feelings=source.kind is StepKind.FEELINGS)
        linked.append(step)
    if steps and all(step.kind is StepKind.SUMMARY for step in steps):
        errors.append(ExerciseFileError(path, "needs at least one step that asks something",
                                        field="steps"))
    return linked


def parse_exercise(data: Mapping[str, Any], source: Path | str = "<exercise>"
                   ) -> tuple[Exercise | None, list[ExerciseFileError]]:
    """Validate parsed TOML (or JSON) data; the exercise, or None and every problem found."""
    path = Path(source)
    errors: list[ExerciseFileError] = []
    reader = _Reader(data, path, errors)
    reader.unknown(_TOP_KEYS)
    exercise_id = reader.ident("id")
    version = reader.get("version", int, required=True)
    if version is not None and version < 1:
        reader.report("version", f"must be a whole number of 1 or more, not {version}")
    title = reader.text("title", required=True)
    why = reader.text("why", required=True)
    minutes = reader.integer("minutes", required=True, least=1)
    core = reader.flag("core")
    category = reader.ident("category", required=False) or "other"
    audiences = reader.get("audiences", list, required=True) or []
    if "audiences" in data and isinstance(data["audiences"], list) and not audiences:
        reader.report("audiences", f"must name at least one of: {', '.join(AUDIENCES)}")
    for audience in audiences:
        if audience not in AUDIENCES:
            reader.report("audiences", f"unknown audience {audience!r} "
                                       f"(known: {', '.join(AUDIENCES)})")
    if len(set(map(str, audiences))) != len(audiences):
        reader.report("audiences", "names an audience twice")
    raw_steps = reader.get("steps", list, required=True)
    if raw_steps == []:
        reader.report("steps", "must hold at least one step")
    steps = [step for index, raw in enumerate(raw_steps or [], start=1)
             if (step := _read_step(raw, index, path, errors)) is not None]
    if raw_steps and len(steps) == len(raw_steps):
        steps = _link_steps(steps, path, errors)
    if errors or exercise_id is None or version is None or minutes is None:
        return None, errors
    return Exercise(exercise_id, version, title, why, tuple(audiences), minutes, tuple(steps),
                    core, category), errors


def read_exercise(path: Path) -> tuple[Exercise | None, list[ExerciseFileError]]:
    """Read and validate one exercise file: the exercise, or None and every problem found."""
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        return None, [ExerciseFileError(path, f"could not be read ({exc.strerror or exc})")]
    except UnicodeDecodeError:
        return None, [ExerciseFileError(path, "is not UTF-8 text")]
    except tomllib.TOMLDecodeError as exc:
        return None, [ExerciseFileError(path, f"is not valid TOML: {exc}")]
    return parse_exercise(data, path)


def load_exercise(path: Path) -> Exercise:
    """Load one exercise file; raises the first ExerciseFileError found."""
    exercise, errors = read_exercise(path)
    if errors or exercise is None:
        raise errors[0]
    return exercise


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Every exercise that loaded, every problem found, and which file each exercise came from."""

    exercises: list[Exercise]
    errors: list[ExerciseFileError]
    paths: dict[str, Path] = field(default_factory=dict)

    def get(self, exercise_id: str) -> Exercise | None:
        """The loaded exercise with this id, if any."""
        return next((ex for ex in self.exercises if ex.id == exercise_id), None)


def load_exercises(folder: Path, *more: Path) -> LoadResult:
    """Load every *.toml in the folders; a bad file is reported and the others still load."""
    result = LoadResult([], [])
    for where in (folder, *more):
        if not where.is_dir():
            result.errors.append(ExerciseFileError(where, "folder not found"))
            continue
        for path in sorted(where.glob("*.toml")):
            exercise, errors = read_exercise(path)
            result.errors.extend(errors)
            if exercise is None:
                continue
            if exercise.id in result.paths:
                result.errors.append(ExerciseFileError(
                    path, f"exercise id '{exercise.id}' is already used by "
                          f"{result.paths[exercise.id]}", field="id"))
                continue
            result.paths[exercise.id] = path
            result.exercises.append(exercise)
    return result


def builtin_exercises() -> LoadResult:
    """Load the exercises shipped in resources/exercises/."""
    return load_exercises(resource_path("exercises"))


def order_for_audience(exercises: Iterable[Exercise], audience: str) -> list[Exercise]:
    """Exercises that suit the audience first, core ones first within each group."""
    return sorted(exercises, key=lambda ex: (not ex.suits(audience), not ex.core))


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    """The exercise as TOML/JSON-shaped data that parse_exercise reads back unchanged."""
    steps = []
    for step in exercise.steps:
        out: dict[str, Any] = {"id": step.id, "kind": step.kind.value, "prompt": step.prompt}
        for key in ("label", "example", "note", "starter", "metric", "rerate_of",
                    "suggest_from", "max_length"):
            if getattr(step, key):
                out[key] = getattr(step, key)
        for key in ("optional", "pinned", "single_line"):
            if getattr(step, key):
                out[key] = True
        if step.kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE):
            out["options"] = [{k: v for k, v in (("id", o.id), ("label", o.label),
                                                 ("hint", o.hint), ("safety", o.safety)) if v}
                              for o in step.options]
            out["allow_other"] = step.allow_other
            if step.other_label != DEFAULT_OTHER_LABEL:
                out["other_label"] = step.other_label
        if step.kind is StepKind.SCALE and step.scale:
            out.update(min=step.scale.min, max=step.scale.max, step=step.scale.step,
                       low_label=step.scale.low_label, high_label=step.scale.high_label)
        steps.append(out)
    return {"id": exercise.id, "version": exercise.version, "title": exercise.title,
            "why": exercise.why, "audiences": list(exercise.audiences),
            "minutes": exercise.minutes, "core": exercise.core, "category": exercise.category,
            "steps": steps}


# --- answers ---------------------------------------------------------------------------

def _check_pick(step: Step, item: Any, known: Iterable[str] | None) -> str | None:
    """Why one picked item (option/trap id, or {"other": text}) is not valid, else None."""
    if isinstance(item, dict):
        if set(item) != {OTHER} or not isinstance(item[OTHER], str) or not item[OTHER].strip():
            return 'an own answer must look like {"other": "some words"}'
        if step.kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE) and not step.allow_other:
            return "this step has no free-text answer"
        return None
    if not isinstance(item, str):
        return f"expected an id, not {_type_name(item)}"
    if known is not None and item not in known:
        return f"'{item}' is not one of the options"
    return None if _ID.fullmatch(item) else f"'{item}' is not a valid id"


def _check_picks(step: Step, value: Any, known: Iterable[str] | None) -> str | None:
    if not isinstance(value, list | tuple):
        return f"expected a list, not {_type_name(value)}"
    for item in value:
        if reason := _check_pick(step, item, known):
            return reason
    keys = [(OTHER, item[OTHER].strip()) if isinstance(item, dict) else item for item in value]
    return "the same item is picked twice" if len(set(keys)) != len(keys) else None


def _check_feelings(value: Any) -> str | None:
    if not isinstance(value, list | tuple):
        return f"expected a list of feelings, not {_type_name(value)}"
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, dict) or set(item) != {"feeling", "intensity"}:
            return 'each feeling must look like {"feeling": "anxious", "intensity": 60}'
        name, level = item["feeling"], item["intensity"]
        if not isinstance(name, str) or not _ID.fullmatch(name):
            return f"'{name}' is not a valid feeling id"
        if not FEELING_SCALE.contains(level):
            return f"the intensity of '{name}' must be a whole number from 0 to 100"
        if name in seen:
            return f"'{name}' is picked twice"
        seen.add(name)
    return None


def check_answer(step: Step, value: Any, source: Any = None) -> str | None:
    """Why value is not a valid answer to step (None when it is). `source` is the answer
    to the step being re-rated, for a rerate step."""
    kind, scale = step.kind, step.scale
    if kind is StepKind.SUMMARY:
        return None if value is None else "a summary step takes no answer"
    if kind is StepKind.TEXT:
        if not isinstance(value, str):
            return f"expected text, not {_type_name(value)}"
        if step.single_line and "\n" in value.strip():
            return "must be a single line"
        if step.max_length and len(value) > step.max_length:
            return f"must be at most {step.max_length} characters"
        return None
    if kind is StepKind.CHOICE:
        return _check_pick(step, value, [o.id for o in step.options])
    if kind is StepKind.MULTI_CHOICE:
        return _check_picks(step, value, [o.id for o in step.options])
    if kind is StepKind.DISTORTIONS:
        return _check_picks(step, value, None)
    if kind is StepKind.FEELINGS:
        return _check_feelings(value)
    if kind is StepKind.LIST:
        ok = isinstance(value, list | tuple) and all(isinstance(item, str) for item in value)
        return None if ok else "expected a list of text items"
    assert scale is not None
    bounds = f"a whole number from {scale.min} to {scale.max}"
    if kind is StepKind.RERATE and step.rerates_feelings:
        if not isinstance(value, dict):
            return f"expected feeling ids with new ratings, not {_type_name(value)}"
        picked = {f.get("feeling") for f in source if isinstance(f, dict)} if source else None
        for name, level in value.items():
            if picked is not None and name not in picked:
                return f"'{name}' was not picked in the step being re-rated"
            if not scale.contains(level):
                return f"the new rating of '{name}' must be {bounds}"
        return None
    return None if scale.contains(value) else f"expected {bounds}, not {value!r}"


def is_answered(step: Step, value: Any, source: Any = None) -> bool:
    """True when value is a real answer (not blank or empty); a summary always counts."""
    if step.kind is StepKind.SUMMARY:
        return True
    if value is None or check_answer(step, value, source) is not None:
        return False
    if step.kind is StepKind.TEXT:
        return bool(value.strip())
    if step.kind is StepKind.LIST:
        return any(item.strip() for item in value)
    if step.kind is StepKind.RERATE and step.rerates_feelings:
        picked = [f["feeling"] for f in source] if source else []
        return bool(value) and all(name in value for name in picked)
    if isinstance(value, list | tuple):
        return bool(value)
    return True


def _plain(value: Any) -> Any:
    """A deep copy using only list/dict, so answers stay JSON-able and unshared."""
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _source_of(exercise: Exercise, step: Step, answers: Mapping[str, Any]) -> Any:
    """The valid answer to the step that `step` re-rates, else None."""
    if not step.rerate_of:
        return None
    value = answers.get(step.rerate_of)
    valid = value is not None and check_answer(exercise.step(step.rerate_of), value) is None
    return value if valid else None


def _answered(exercise: Exercise, answers: Mapping[str, Any]) -> Iterable[tuple[Step, Any, Any]]:
    """(step, answer, answer of the re-rated step) for every step with a valid answer."""
    for step in exercise.steps:
        value, source = answers.get(step.id), _source_of(exercise, step, answers)
        if step.kind is not StepKind.SUMMARY and is_answered(step, value, source):
            yield step, value, source


def _pick_label(item: Any) -> str:
    return OTHER if isinstance(item, dict) else str(item)


def metrics(exercise: Exercise, answers: Mapping[str, Any]) -> list[Metric]:
    """The figures statistics need, from every answered step that names a metric.

    scale/rerate: (metric, value, None); feelings and re-rated feelings: one per feeling,
    labelled with the feeling id; choice, multi_choice, distortions: (metric, None, id or
    'other') per pick; list: (metric, number of items, None).
    """
    out: list[Metric] = []
    for step, value, _source in _answered(exercise, answers):
        name = step.metric
        if name is None:
            continue
        if step.kind is StepKind.FEELINGS:
            out += [Metric(name, float(f["intensity"]), f["feeling"]) for f in value]
        elif step.kind is StepKind.RERATE and step.rerates_feelings:
            out += [Metric(name, float(level), feeling) for feeling, level in value.items()]
        elif step.kind in (StepKind.SCALE, StepKind.RERATE):
            out.append(Metric(name, float(value)))
        elif step.kind is StepKind.CHOICE:
            out.append(Metric(name, None, _pick_label(value)))
        elif step.kind in (StepKind.MULTI_CHOICE, StepKind.DISTORTIONS):
            out += [Metric(name, None, _pick_label(item)) for item in value]
        elif step.kind is StepKind.LIST:
            out.append(Metric(name, float(sum(1 for item in value if item.strip()))))
    return out


def safety_needed(exercise: Exercise, answers: Mapping[str, Any]) -> bool:
    """True when any answer picks an option that should show the safety panel."""
    return any(step.triggers_safety(answers.get(step.id)) for step in exercise.steps)


def _name(item_id: str, names: Mapping[str, str] | None) -> str:
    return (names or {}).get(item_id) or item_id.replace("_", " ").capitalize()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render_sections(exercise: Exercise, answers: Mapping[str, Any], *,
                    feeling_names: Mapping[str, str] | None = None,
                    trap_names: Mapping[str, str] | None = None) -> list[tuple[Step, str]]:
    """(step, Markdown of its answer) for every answered step, in order.

    Feeling and trap ids are shown through the given names (else the id, made readable).
    """
    sections: list[tuple[Step, str]] = []
    for step, value, source in _answered(exercise, answers):
        kind, scale = step.kind, step.scale

        def pick(item: Any, names: Mapping[str, str] | None = None, step: Step = step) -> str:
            if isinstance(item, dict) and step.kind is StepKind.DISTORTIONS:
                return f"{_one_line(item[OTHER])} (my own)"
            if isinstance(item, dict):
                return f"{step.other_label.rstrip('…. ')}: {_one_line(item[OTHER])}"
            option = step.option(item)
            return option.label if option else _name(item, names)

        if kind is StepKind.TEXT:
            body = value.strip()
        elif kind is StepKind.LIST:
            body = "\n".join(f"- {_one_line(item)}" for item in value if item.strip())
        elif kind is StepKind.CHOICE:
            body = pick(value)
        elif kind in (StepKind.MULTI_CHOICE, StepKind.DISTORTIONS):
            names = trap_names if kind is StepKind.DISTORTIONS else None
            body = "\n".join(f"- {pick(item, names)}" for item in value)
        elif kind is StepKind.FEELINGS:
            body = "\n".join(f"- {_name(f['feeling'], feeling_names)}: {f['intensity']} out of "
                             "100" for f in value)
        elif kind is StepKind.RERATE and step.rerates_feelings:
            before = {f["feeling"]: f["intensity"] for f in source or []}
            body = "\n".join(f"- {_name(name, feeling_names)}: {level} out of 100 (was "
                             f"{before.get(name, '?')})" for name, level in value.items())
        else:
            assert scale is not None
            body = f"{value} out of {scale.max}" if scale.min == 0 else \
                f"{value} (on a scale from {scale.min} to {scale.max})"
            if kind is StepKind.RERATE and source is not None:
                body += f" (was {source})"
        sections.append((step, body))
    return sections


def render_answers(exercise: Exercise, answers: Mapping[str, Any], *,
                   feeling_names: Mapping[str, str] | None = None,
                   trap_names: Mapping[str, str] | None = None) -> str:
    """The answers as readable Markdown for the journal entry body (unanswered steps left out).

    Feeling and trap ids are shown through the given names (else the id, made readable).
    """
    sections = render_sections(exercise, answers, feeling_names=feeling_names,
                               trap_names=trap_names)
    text = "\n\n".join(f"### {step.heading}\n\n{body}" for step, body in sections)
    return text + ("\n" if sections else "")


# --- run state -------------------------------------------------------------------------

DRAFT_FORMAT = 1


@dataclass
class ExerciseRun:
    """An exercise in progress: answers by step id and the current step, for a GUI runner.

    Change answers through set_answer/clear_answer so they are checked. `dropped` keeps
    draft answers the current version of the exercise could not take, so none are lost.
    """

    exercise: Exercise
    answers: dict[str, Any] = field(default_factory=dict)
    index: int = 0
    dropped: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 <= self.index < len(self.exercise.steps):
            raise ValueError(f"no step at index {self.index}")
        given, self.answers = self.answers, {}
        for step in self.exercise.steps:
            if step.id in given:
                self.set_answer(step.id, given[step.id])
        for step_id in given.keys() - {step.id for step in self.exercise.steps}:
            raise AnswerError(step_id, "no such step in this exercise")

    @property
    def step(self) -> Step:
        """The step being shown."""
        return self.exercise.steps[self.index]

    def source_value(self, step_id: str | None = None) -> Any:
        """For a rerate step (default: the current one), the answer it re-rates."""
        step = self.exercise.step(step_id) if step_id else self.step
        return _source_of(self.exercise, step, self.answers)

    def set_answer(self, step_id: str, value: Any) -> None:
        """Record an answer (None clears it); raises AnswerError if it does not fit."""
        step = self.exercise.step(step_id)
        if value is None:
            self.answers.pop(step_id, None)
        else:
            if reason := check_answer(step, value, self.source_value(step_id)):
                raise AnswerError(step_id, reason)
            if step.kind is not StepKind.SUMMARY:
                self.answers[step_id] = _plain(value)
        for later in self.exercise.steps:
            # Ratings of feelings no longer picked (or of a cleared step) are just numbers.
            if later.rerate_of != step_id or later.id not in self.answers:
                continue
            if value is None:
                del self.answers[later.id]
            elif later.rerates_feelings:
                picked = {f["feeling"] for f in value}
                self.answers[later.id] = {k: v for k, v in self.answers[later.id].items()
                                          if k in picked}

    def clear_answer(self, step_id: str) -> None:
        """Forget the answer to a step."""
        self.set_answer(step_id, None)

    def is_answered(self, step_id: str) -> bool:
        """True when the step has a real (non-blank) answer."""
        step = self.exercise.step(step_id)
        return is_answered(step, self.answers.get(step_id), self.source_value(step_id))

    def is_applicable(self, step_id: str) -> bool:
        """False for a re-rating whose earlier step was left unanswered (it is skipped)."""
        step = self.exercise.step(step_id)
        return step.rerate_of is None or self.is_answered(step.rerate_of)

    def can_go_next(self) -> bool:
        """True when there is a later step and the current one is answered or optional."""
        step = self.step
        done = step.optional or self.is_answered(step.id)
        return done and self._neighbour(+1) is not None

    def can_go_back(self) -> bool:
        """True when there is an earlier step to go back to."""
        return self._neighbour(-1) is not None

    def next(self) -> bool:
        """Move to the next applicable step; False (and stay) if not allowed."""
        if not self.can_go_next():
            return False
        self.index = self._neighbour(+1)  # type: ignore[assignment]
        return True

    def back(self) -> bool:
        """Move to the previous applicable step; False at the first one."""
        target = self._neighbour(-1)
        if target is None:
            return False
        self.index = target
        return True

    def go_to(self, step_id: str) -> bool:
        """Jump to a step (e.g. from the summary); False if it is skipped just now."""
        if not self.is_applicable(step_id):
            return False
        self.index = self.exercise.index_of(step_id)
        return True

    @property
    def is_last(self) -> bool:
        """True on the last step that applies (where the runner offers to save)."""
        return self._neighbour(+1) is None

    def _neighbour(self, direction: int) -> int | None:
        index = self.index + direction
        while 0 <= index < len(self.exercise.steps):
            if self.is_applicable(self.exercise.steps[index].id):
                return index
            index += direction
        return None

    def missing_required(self) -> list[Step]:
        """Required steps (not skipped) that still have no answer."""
        return [step for step in self.exercise.steps
                if not step.optional and self.is_applicable(step.id)
                and not self.is_answered(step.id)]

    @property
    def is_complete(self) -> bool:
        """True when every required step is answered, so the exercise can be saved."""
        return not self.missing_required()

    def pinned(self) -> list[tuple[Step, Any]]:
        """Answered pinned steps before the current one, to keep in view."""
        return [(step, self.answers[step.id]) for step in self.exercise.steps[: self.index]
                if step.pinned and self.is_answered(step.id)]

    def suggested_traps(self, step_id: str | None = None) -> list[str]:
        """For a distortions step (default: the current one), traps hinted by the wording."""
        step = self.exercise.step(step_id) if step_id else self.step
        text = self.answers.get(step.suggest_from) if step.suggest_from else None
        return suggest_traps(text) if isinstance(text, str) else []

    def safety_needed(self) -> bool:
        """True when an answer picks an option that should show the safety panel."""
        return safety_needed(self.exercise, self.answers)

    def to_dict(self) -> dict[str, Any]:
        """The draft as JSON-able data: exercise id and version, current step, answers."""
        data: dict[str, Any] = {
            "format": DRAFT_FORMAT, "exercise_id": self.exercise.id,
            "exercise_version": self.exercise.version, "step": self.step.id,
            "answers": _plain(self.answers),
        }
        if self.dropped:
            data["dropped"] = _plain(self.dropped)
        return data

    @classmethod
    def from_dict(cls, exercise: Exercise, data: Mapping[str, Any]) -> ExerciseRun:
        """Resume a draft. Answers that no longer fit (e.g. the exercise has a newer version)
        go to `dropped`; a draft of another exercise raises DraftError."""
        if not isinstance(data, Mapping) or not isinstance(data.get("answers"), dict):
            raise DraftError("this draft is damaged: it has no answers")
        if data.get("exercise_id") != exercise.id:
            raise DraftError(f"this draft belongs to the exercise '{data.get('exercise_id')}', "
                             f"not '{exercise.id}'")
        run = cls(exercise)
        dropped = data.get("dropped")
        run.dropped = _plain(dropped) if isinstance(dropped, dict) else {}
        answers = data["answers"]
        for step in exercise.steps:
            if step.id in answers:
                try:
                    run.set_answer(step.id, answers[step.id])
                except AnswerError:
                    run.dropped[step.id] = _plain(answers[step.id])
        known = {step.id for step in exercise.steps}
        run.dropped.update({k: _plain(v) for k, v in answers.items() if k not in known})
        current = data.get("step")
        if isinstance(current, str) and current in known:
            run.go_to(current)
        return run


# --- the daily check-in ----------------------------------------------------------------

def _build_checkin() -> Exercise:
    def scale(step_id: str, prompt: str, example: str, low: str, high: str) -> dict[str, Any]:
        return {"id": step_id, "kind": "scale", "label": step_id.capitalize(), "prompt": prompt,
                "example": example, "min": 0, "max": 10, "low_label": low, "high_label": high,
                "metric": step_id}

    exercise, errors = parse_exercise({
        "id": "checkin", "version": 1, "title": "Daily check-in", "minutes": 1,
        "audiences": ["both"], "category": "checkin",
        "why": "A minute a day to notice how you are. Over weeks, these small notes show "
               "the shape of things better than any single hard day can.",
        "steps": [
            scale("trust", "How much do you trust your partner today?",
                  "6 — steadier than yesterday.", "Not at all", "Completely"),
            scale("anxiety", "How anxious do you feel today?",
                  "3 — a bit jumpy this morning, calmer now.", "Calm", "Very anxious"),
            scale("connection", "How close to your partner do you feel today?",
                  "8 — we laughed a lot over dinner.", "Far apart", "Very close"),
            {"id": "feelings", "kind": "feelings", "label": "Feelings", "optional": True,
             "prompt": "Any feelings you'd like to name?", "example": "Hopeful 60, tired 30.",
             "metric": "feeling"},
            {"id": "note", "kind": "text", "label": "Note", "optional": True,
             "single_line": True, "max_length": 280,
             "prompt": "Anything else about today, in one line?",
             "example": "We planned the weekend together without a single argument."},
        ],
    }, "<check-in>")
    assert exercise is not None, errors
    return exercise


CHECKIN = _build_checkin()


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A daily check-in: trust, anxiety and connection 0–10, optional feelings and a note.

    `feelings` holds (feeling id, intensity 0–100) pairs. Invalid values raise AnswerError.
    """

    trust: int
    anxiety: int
    connection: int
    feelings: tuple[tuple[str, int], ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.note, str):
            raise AnswerError("note", "expected text")
        try:
            answers = self.answers()
        except (TypeError, ValueError):
            raise AnswerError("feelings", "expected (feeling id, intensity) pairs") from None
        for step_id, value in answers.items():
            if reason := check_answer(CHECKIN.step(step_id), value):
                raise AnswerError(step_id, reason)

    def answers(self) -> dict[str, Any]:
        """The check-in as answers to the CHECKIN steps (empty optional ones left out)."""
        out: dict[str, Any] = {"trust": self.trust, "anxiety": self.anxiety,
                               "connection": self.connection}
        if self.feelings:
            out["feelings"] = [{"feeling": name, "intensity": level}
                               for name, level in self.feelings]
        if self.note.strip():
            out["note"] = self.note
        return out

    @classmethod
    def from_answers(cls, answers: Mapping[str, Any]) -> CheckIn:
        """Build a check-in from CHECKIN answers (e.g. a finished ExerciseRun's)."""
        missing = [s.id for s in CHECKIN.steps if not s.optional and s.id not in answers]
        if missing:
            raise AnswerError(missing[0], "is missing")
        feelings = answers.get("feelings") or []
        if reason := check_answer(CHECKIN.step("feelings"), feelings):
            raise AnswerError("feelings", reason)
        return cls(answers["trust"], answers["anxiety"], answers["connection"],
                   tuple((f["feeling"], f["intensity"]) for f in feelings),
                   answers.get("note") or "")

    def metrics(self) -> list[Metric]:
        """('trust'|'anxiety'|'connection', value) and ('feeling', intensity, feeling id)."""
        return metrics(CHECKIN, self.answers())
