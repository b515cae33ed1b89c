"""Reading exercise files: a strict TOML loader that reports every problem it finds,
loading folders of exercises (the shipped ones in the app's language), and writing an
exercise back out as data. The parts of a file are read by `file_parts`."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from pathlib import Path
from typing import Any

from trustjournal.core.content_language import (
    is_pseudo_language,
    language_chain,
    parse_localized,
)
from trustjournal.core.exercises.file_parts import (
    _TOP_KEYS,
    _VARIANT_KEYS,
    _link_steps,
    _read_follow_up,
    _read_prefill,
    _read_step,
    _Reader,
)
from trustjournal.core.exercises.model import (
    AUDIENCES,
    DEFAULT_OTHER_LABEL,
    FOLLOWS,
    Exercise,
    ExerciseFileError,
    StepKind,
)
from trustjournal.core.i18n import language as app_language
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.resources_data import resource_path


def _check_follow_ups(result: LoadResult) -> None:
    """Leave out each follow-up exercise whose [follow_up] names no loaded exercise, no
    choice step of it, or an option that step does not have."""
    for exercise in list(result.exercises):
        follow_up = exercise.follow_up
        if follow_up is None:
            continue
        path = result.paths[exercise.id]
        original = result.get(follow_up.exercise)
        reason, field_name = None, "follow_up.exercise"
        if original is None or original.follow_up is not None:
            reason = f"'{follow_up.exercise}' is not an exercise that can be followed up"
        else:
            step = next((s for s in original.steps if s.id == follow_up.step), None)
            field_name = "follow_up.step"
            if step is None or step.kind is not StepKind.CHOICE:
                reason = f"'{follow_up.step}' is not a choice step of '{original.id}'"
            else:
                field_name = "follow_up.any_of"
                known = {option.id for option in step.options}
                unknown = [item for item in follow_up.any_of if item not in known]
                if unknown:
                    reason = f"'{unknown[0]}' is not an option of step '{step.id}'"
        if reason is not None:
            result.errors.append(ExerciseFileError(path, reason, field=field_name))
            result.exercises.remove(exercise)
            del result.paths[exercise.id]


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
    prefill = _read_prefill(data, path, errors, {step.id for step in steps})
    follow_up = _read_follow_up(data, path, errors)
    if FOLLOWS in {step.id for step in steps} or (prefill and prefill.id == FOLLOWS):
        reader.report("steps", f"'{FOLLOWS}' is kept for the entry a follow-up follows")
    if errors or exercise_id is None or version is None or minutes is None:
        return None, errors
    return Exercise(exercise_id, version, title, why, tuple(audiences), minutes, tuple(steps),
                    core, category, prefill, follow_up), errors


def read_exercise(path: Path, translations: Sequence[Path] = (), language: str | None = None
                  ) -> tuple[Exercise | None, list[ExerciseFileError]]:
    """Read and validate one exercise file: the exercise, or None and every problem found.

    With a language (see `builtin_exercises`), the texts of its `translations` files are
    put in (or their pseudo-locale form); a language file that does not fit is reported
    (content_language.problems) and the English texts kept."""
    data, errors = _read_toml(path)
    if data is None:
        return None, errors
    exercise, errors = parse_exercise(data, path)
    translations = [file for file in translations if file.exists()]
    if exercise is None or language is None or not (translations
                                                    or is_pseudo_language(language)):
        return exercise, errors

    def parse(localized: Mapping[str, Any]) -> Exercise:
        found, problems = parse_exercise(localized, path)
        if found is None:
            raise problems[0]
        return found

    return parse_localized(data, translations, parse, language), []


def _read_toml(path: Path) -> tuple[dict[str, Any] | None, list[ExerciseFileError]]:
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8")), []
    except OSError as exc:
        return None, [ExerciseFileError(path, f"could not be read ({exc.strerror or exc})")]
    except UnicodeDecodeError:
        return None, [ExerciseFileError(path, "is not UTF-8 text")]
    except tomllib.TOMLDecodeError as exc:
        return None, [ExerciseFileError(path, f"is not valid TOML: {exc}")]


def load_exercise(path: Path) -> Exercise:
    """Load one exercise file; raises the first ExerciseFileError found."""
    exercise, errors = read_exercise(path)
    if errors or exercise is None:
        raise errors[0]
    return exercise


@lazy_dataclass(frozen=True, slots=True)
class LoadResult:
    """Every exercise that loaded, every problem found, and which file each exercise came from."""

    exercises: list[Exercise]
    errors: list[ExerciseFileError]
    paths: dict[str, Path] = field(default_factory=dict)

    def get(self, exercise_id: str) -> Exercise | None:
        """The loaded exercise with this id, if any."""
        return next((ex for ex in self.exercises if ex.id == exercise_id), None)


def load_exercises(folder: Path, *more: Path, language: str | None = None) -> LoadResult:
    """Load every *.toml in the folders; a bad file is reported and the others still load.

    With a language, each exercise's texts come from `<folder>/<lang>/<file name>` where
    there is one (for each language of its chain, e.g. pt then pt_BR), else English; ids,
    versions and structure always come from the English file."""
    result = LoadResult([], [])
    chain = language_chain(language) if language is not None else ()
    for where in (folder, *more):
        if not where.is_dir():
            result.errors.append(ExerciseFileError(where, "folder not found"))
            continue
        for path in sorted(where.glob("*.toml")):
            if chain or (language is not None and is_pseudo_language(language)):
                translations = [where / lang / path.name for lang in chain]
                exercise, errors = read_exercise(path, translations, language)
            else:
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
    _check_follow_ups(result)
    return result


def builtin_exercises(language: str | None = None) -> LoadResult:
    """Load the exercises shipped in resources/exercises/, in the app's language (or the
    one given): resources/exercises/<lang>/<id>.toml holds a language's texts."""
    return load_exercises(resource_path("exercises"),
                          language=app_language() if language is None else language)


def order_for_audience(exercises: Iterable[Exercise], audience: str) -> list[Exercise]:
    """Exercises that suit the audience first: those made for exactly this perspective
    ahead of the ones for everybody, core ones first within each group; the rest after."""
    def made_for(ex: Exercise) -> bool:
        return audience != "both" and audience in ex.audiences

    return sorted(exercises, key=lambda ex: (not ex.suits(audience), not made_for(ex),
                                             not ex.core))


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    """The exercise as TOML/JSON-shaped data that parse_exercise reads back unchanged."""
    steps = []
    for step in exercise.steps:
        out: dict[str, Any] = {"id": step.id, "kind": step.kind.value, "prompt": step.prompt}
        for key in ("label", "example", "note", "starter", "prefill", "metric", "rerate_of",
                    "suggest_from", "sort_of", "max_length"):
            if getattr(step, key):
                out[key] = getattr(step, key)
        for key in ("optional", "pinned", "single_line"):
            if getattr(step, key):
                out[key] = True
        if step.show_if is not None:
            out["show_if"] = {"step": step.show_if.step, "any_of": list(step.show_if.any_of)}
        if step.variants:
            out["variants"] = {v.audience: {k: getattr(v, k) for k in _VARIANT_KEYS
                                            if getattr(v, k)} for v in step.variants}
        if step.kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE, StepKind.SORT):
            out["options"] = [{k: v for k, v in (("id", o.id), ("label", o.label),
                                                 ("hint", o.hint), ("safety", o.safety)) if v}
                              for o in step.options]
        if step.kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE):
            out["allow_other"] = step.allow_other
            if step.other_label != DEFAULT_OTHER_LABEL:
                out["other_label"] = step.other_label
        if step.kind is StepKind.SCALE and step.scale:
            out.update(min=step.scale.min, max=step.scale.max, step=step.scale.step,
                       low_label=step.scale.low_label, high_label=step.scale.high_label)
        steps.append(out)
    data: dict[str, Any] = {
        "id": exercise.id, "version": exercise.version, "title": exercise.title,
        "why": exercise.why, "audiences": list(exercise.audiences),
        "minutes": exercise.minutes, "core": exercise.core, "category": exercise.category,
        "steps": steps}
    if exercise.prefill is not None:
        data["prefill"] = {"id": exercise.prefill.id, "label": exercise.prefill.label}
    if exercise.follow_up is not None:
        data["follow_up"] = {"exercise": exercise.follow_up.exercise,
                             "step": exercise.follow_up.step,
                             "any_of": list(exercise.follow_up.any_of)}
    return data
