"""Reading the parts of an exercise file: steps, options, scales, show_if, variants,
prefill and follow-up tables, each checked strictly, every problem reported (used by
`loader`, which reads whole files and folders)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from trustjournal.core.exercises.answers import PLACEHOLDER
from trustjournal.core.exercises.model import (
    _ID,
    _TYPE_NAMES,
    AUDIENCES,
    DEFAULT_OTHER_LABEL,
    FEELING_SCALE,
    OTHER,
    ExerciseFileError,
    FollowUp,
    Option,
    Prefill,
    Scale,
    ShowIf,
    Step,
    StepKind,
    Variant,
    _type_name,
)

_TOP_KEYS = ("id", "version", "title", "why", "audiences", "minutes", "core", "category",
             "prefill", "follow_up", "steps")
_FOLLOW_UP_KEYS = ("exercise", "step", "any_of")
_PREFILL_KEYS = ("id", "label")
_STEP_KEYS = ("id", "kind", "prompt", "label", "example", "note", "optional", "pinned",
              "show_if", "variants")
_SHOW_IF_KEYS = ("step", "any_of")
_VARIANT_KEYS = ("prompt", "note", "example")
_KIND_KEYS: dict[StepKind, tuple[str, ...]] = {
    StepKind.TEXT: ("starter", "prefill", "single_line", "max_length"),
    StepKind.CHOICE: ("options", "allow_other", "other_label", "metric"),
    StepKind.MULTI_CHOICE: ("options", "allow_other", "other_label", "metric"),
    StepKind.FEELINGS: ("metric",),
    StepKind.SCALE: ("min", "max", "step", "low_label", "high_label", "metric"),
    StepKind.LIST: ("metric",),
    StepKind.DISTORTIONS: ("suggest_from", "metric"),
    StepKind.RERATE: ("rerate_of", "metric"),
    StepKind.SORT: ("options", "sort_of", "metric"),
    StepKind.SUMMARY: (),
}
_SUMMARY_KEYS = ("id", "kind", "prompt", "label", "note")
_OPTION_KEYS = ("id", "label", "hint", "safety")


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
            import difflib  # only for the message of a broken file

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


def _read_show_if(reader: _Reader) -> ShowIf | None:
    """The optional show_if table; whether it names a real earlier choice is checked later."""
    if "show_if" not in reader.table:
        return None
    raw = reader.table["show_if"]
    sub = _Reader(raw if isinstance(raw, dict) else {}, reader.path, reader.errors,
                  reader.step, reader.step_index, prefix="show_if.")
    if not isinstance(raw, dict):
        sub.report(None, "must be a table like { step = \"where\", any_of = [\"here\"] }, "
                         f"not {_type_name(raw)}")
        return None
    before = len(reader.errors)
    sub.unknown(_SHOW_IF_KEYS)
    source = sub.ident("step")
    values = sub.get("any_of", list, required=True)
    if values is not None and not values:
        sub.report("any_of", "must name at least one option")
    for value in values or []:
        if not isinstance(value, str):
            sub.report("any_of", f"must list option ids, not {_type_name(value)}")
    if len(reader.errors) > before or source is None or not values:
        return None
    return ShowIf(source, tuple(values))


def _read_variants(reader: _Reader) -> tuple[Variant, ...]:
    """The optional [steps.variants.<audience>] tables: wording for one audience."""
    if "variants" not in reader.table:
        return ()
    raw = reader.table["variants"]
    if not isinstance(raw, dict):
        reader.report("variants", f"must be a table of audiences, not {_type_name(raw)}")
        return ()
    variants: list[Variant] = []
    for audience, table in raw.items():
        sub = _Reader(table if isinstance(table, dict) else {}, reader.path, reader.errors,
                      reader.step, reader.step_index, prefix=f"variants.{audience}.")
        if audience not in AUDIENCES:
            sub.report(None, f"unknown audience '{audience}' (known: {', '.join(AUDIENCES)})")
            continue
        if not isinstance(table, dict):
            sub.report(None, f"must be a table with {', '.join(_VARIANT_KEYS)}, "
                             f"not {_type_name(table)}")
            continue
        sub.unknown(_VARIANT_KEYS)
        variant = Variant(audience, sub.text("prompt"), sub.text("note"), sub.text("example"))
        if not (variant.prompt or variant.note or variant.example):
            sub.report(None, "must change the prompt, note or example")
            continue
        variants.append(variant)
    return tuple(variants)


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
        "show_if": _read_show_if(reader),
        "variants": _read_variants(reader),
    }
    if kind is StepKind.SORT:
        values["options"] = _read_options(reader)
        values["allow_other"] = False
        values["sort_of"] = reader.ident("sort_of")
        if "options" in raw and len(values["options"]) < 2 and len(errors) == before:
            reader.report("options", "a sort step needs at least 2 options to sort into")
    elif kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE):
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
        values["prefill"] = reader.text("prefill")
        if values["starter"] and values["prefill"]:
            reader.report("prefill", "a step can have a starter or a prefill, not both")
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
                                   ("suggest_from", step.suggest_from, (StepKind.TEXT,)),
                                   ("sort_of", step.sort_of, (StepKind.LIST,)),
                                   ("show_if.step", step.show_if and step.show_if.step,
                                    (StepKind.CHOICE, StepKind.MULTI_CHOICE))):
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
            elif key == "show_if.step" and step.show_if is not None:
                source = steps[source_index - 1]
                known = {option.id for option in source.options}
                if source.allow_other:
                    known.add(OTHER)
                for value in step.show_if.any_of:
                    if value not in known:
                        report("show_if.any_of", f"'{value}' is not an option of step "
                                                 f"'{target}' (its options: "
                                                 f"{', '.join(sorted(known))})")
        if step.prefill:
            _check_prefill(step, steps[: index - 1], report)
        linked.append(step)
    if steps and all(step.kind is StepKind.SUMMARY for step in steps):
        errors.append(ExerciseFileError(path, "needs at least one step that asks something",
                                        field="steps"))
    return linked


def _check_prefill(step: Step, earlier: list[Step], report: Any) -> None:
    """Every {placeholder} in a prefill must name an earlier step that asks something."""
    kinds = {s.id: s.kind for s in earlier}
    rest = PLACEHOLDER.sub("", step.prefill)
    if "{" in rest or "}" in rest:
        report("prefill", "has a brace that is not a {step_id} placeholder")
    for name in PLACEHOLDER.findall(step.prefill):
        if name == step.id:
            report("prefill", f"'{{{name}}}' is this step itself; use an earlier step")
        elif name not in kinds:
            report("prefill", f"'{{{name}}}' names no earlier step")
        elif kinds[name] is StepKind.SUMMARY:
            report("prefill", f"'{{{name}}}' is a summary step, which has no answer")


def _read_prefill(data: Mapping[str, Any], path: Path, errors: list[ExerciseFileError],
                  step_ids: set[str]) -> Prefill | None:
    """The optional [prefill] table: where app-supplied text is kept, and its heading."""
    if "prefill" not in data:
        return None
    raw = data["prefill"]
    reader = _Reader(raw if isinstance(raw, dict) else {}, path, errors, prefix="prefill.")
    if not isinstance(raw, dict):
        reader.report(None, f"must be a table with id and label, not {_type_name(raw)}")
        return None
    before = len(errors)
    reader.unknown(_PREFILL_KEYS)
    prefill_id = reader.ident("id")
    label = reader.text("label", required=True)
    if prefill_id in step_ids:
        reader.report("id", f"'{prefill_id}' is already a step id; pick another name")
    if len(errors) > before or prefill_id is None:
        return None
    return Prefill(prefill_id, label)


def _read_follow_up(data: Mapping[str, Any], path: Path, errors: list[ExerciseFileError],
                    ) -> FollowUp | None:
    """The optional [follow_up] table; whether it names a real exercise and step is
    checked once every file is loaded (see _check_follow_ups)."""
    if "follow_up" not in data:
        return None
    raw = data["follow_up"]
    reader = _Reader(raw if isinstance(raw, dict) else {}, path, errors, prefix="follow_up.")
    if not isinstance(raw, dict):
        reader.report(None, f"must be a table with exercise, step and any_of, "
                            f"not {_type_name(raw)}")
        return None
    before = len(errors)
    reader.unknown(_FOLLOW_UP_KEYS)
    exercise_id = reader.ident("exercise")
    step_id = reader.ident("step")
    any_of = reader.get("any_of", list, required=True) or []
    if "any_of" in raw and not any_of:
        reader.report("any_of", "must name at least one option")
    if not all(isinstance(item, str) for item in any_of):
        reader.report("any_of", "must be a list of option ids")
    if len(errors) > before or exercise_id is None or step_id is None:
        return None
    return FollowUp(exercise_id, step_id, tuple(any_of))
