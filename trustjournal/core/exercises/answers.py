"""Answers to steps: checking them, telling whether a step is answered, and turning
them into metrics for statistics and Markdown for the journal entry."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from trustjournal.core.exercises.model import (
    _ID,
    FEELING_SCALE,
    OTHER,
    Exercise,
    Metric,
    Step,
    StepKind,
    _type_name,
)
from trustjournal.core.i18n import mid_sentence, translate


def _check_pick(step: Step, item: Any, known: Iterable[str] | None) -> str | None:
    """Why one picked item (option/trap id, or {"other": text}) is not valid, else None."""
    if isinstance(item, dict):
        if set(item) != {OTHER} or not isinstance(item[OTHER], str) or not item[OTHER].strip():
            return translate("ExerciseAnswers", "an own answer must look like {example}").format(
                example='{"other": "some words"}')
        if step.kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE) and not step.allow_other:
            return translate("ExerciseAnswers", "this step has no free-text answer")
        return None
    if not isinstance(item, str):
        return translate("ExerciseAnswers", "expected an id, not {found}").format(
            found=_type_name(item))
    if known is not None and item not in known:
        return _not_an_option(item)
    if _ID.fullmatch(item):
        return None
    return translate("ExerciseAnswers", "'{item}' is not a valid id").format(item=item)


def _not_an_option(item: Any) -> str:
    return translate("ExerciseAnswers", "'{item}' is not one of the options").format(item=item)


def _check_picks(step: Step, value: Any, known: Iterable[str] | None) -> str | None:
    if not isinstance(value, list | tuple):
        return translate("ExerciseAnswers", "expected a list, not {found}").format(
            found=_type_name(value))
    for item in value:
        if reason := _check_pick(step, item, known):
            return reason
    keys = [(OTHER, item[OTHER].strip()) if isinstance(item, dict) else item for item in value]
    if len(set(keys)) != len(keys):
        return translate("ExerciseAnswers", "the same item is picked twice")
    return None


def _check_feelings(value: Any) -> str | None:
    if not isinstance(value, list | tuple):
        return translate("ExerciseAnswers", "expected a list of feelings, not {found}").format(
            found=_type_name(value))
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, dict) or set(item) - {"label"} != {"feeling", "intensity"}:
            return translate("ExerciseAnswers", "each feeling must look like {example}").format(
                example='{"feeling": "anxious", "intensity": 60}')
        name, level = item["feeling"], item["intensity"]
        label = item.get("label", "x")  # one's own word carries its label along
        if not isinstance(label, str) or not label.strip() or len(label) > 40:
            return translate("ExerciseAnswers",
                             "the label of '{feeling}' must be text of 1 to 40 characters"
                             ).format(feeling=name)
        if not isinstance(name, str) or not _ID.fullmatch(name):
            return translate("ExerciseAnswers", "'{feeling}' is not a valid feeling id").format(
                feeling=name)
        if not FEELING_SCALE.contains(level):
            return translate("ExerciseAnswers", "the intensity of '{feeling}' must be a whole "
                                                "number from 0 to 100").format(feeling=name)
        if name in seen:
            return translate("ExerciseAnswers", "'{feeling}' is picked twice").format(
                feeling=name)
        seen.add(name)
    return None


def sort_items(value: Any) -> list[str]:
    """The items a sort step sorts, from its list step's answer: each non-blank item
    once, spaces tidied (they are the keys of the sort answer)."""
    if not isinstance(value, list | tuple):
        return []
    items = [" ".join(item.split()) for item in value if isinstance(item, str)]
    return list(dict.fromkeys(item for item in items if item))


def _check_sort(step: Step, value: Any, source: Any) -> str | None:
    if not isinstance(value, dict):
        return translate("ExerciseAnswers", "expected items with the option each is sorted "
                                            "into, not {found}").format(found=_type_name(value))
    bins = {option.id for option in step.options}
    items = set(sort_items(source)) if source is not None else None
    for item, picked in value.items():
        if items is not None and item not in items:
            return translate("ExerciseAnswers", "'{item}' is not an item of the list being "
                                                "sorted").format(item=item)
        if picked not in bins:
            return _not_an_option(picked)
    return None


def check_answer(step: Step, value: Any, source: Any = None) -> str | None:
    """Why value is not a valid answer to step (None when it is). `source` is the answer
    to the step being re-rated (rerate) or sorted (sort)."""
    kind, scale = step.kind, step.scale
    if kind is StepKind.SUMMARY:
        return None if value is None else translate("ExerciseAnswers",
                                                     "a summary step takes no answer")
    if kind is StepKind.TEXT:
        if not isinstance(value, str):
            return translate("ExerciseAnswers", "expected text, not {found}").format(
                found=_type_name(value))
        if step.single_line and "\n" in value.strip():
            return translate("ExerciseAnswers", "must be a single line")
        most = step.max_length
        if most and len(value) > most:
            return translate("ExerciseAnswers", "must be at most %Ln characters", None, most)
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
        return None if ok else translate("ExerciseAnswers", "expected a list of text items")
    if kind is StepKind.SORT:
        return _check_sort(step, value, source)
    assert scale is not None
    if kind is StepKind.RERATE and step.rerates_feelings:
        if not isinstance(value, dict):
            return translate("ExerciseAnswers", "expected feeling ids with new ratings, not "
                                                "{found}").format(found=_type_name(value))
        picked = {f.get("feeling") for f in source if isinstance(f, dict)} if source else None
        for name, level in value.items():
            if picked is not None and name not in picked:
                return translate("ExerciseAnswers", "'{feeling}' was not picked in the step "
                                                    "being re-rated").format(feeling=name)
            if not scale.contains(level):
                return translate("ExerciseAnswers", "the new rating of '{feeling}' must be a "
                                                    "whole number from {least} to {most}"
                                 ).format(feeling=name, least=scale.min, most=scale.max)
        return None
    if scale.contains(value):
        return None
    return translate("ExerciseAnswers", "expected a whole number from {least} to {most}, not "
                                        "{found}").format(least=scale.min, most=scale.max,
                                                          found=repr(value))


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
    if step.kind is StepKind.SORT:
        return bool(value) and all(item in value for item in sort_items(source))
    if isinstance(value, list | tuple):
        return bool(value)
    return True


def _source_of(exercise: Exercise, step: Step, answers: Mapping[str, Any]) -> Any:
    """The valid answer to the step that `step` re-rates or sorts, else None."""
    source_id = step.rerate_of or step.sort_of
    if not source_id:
        return None
    value = answers.get(source_id)
    valid = value is not None and check_answer(exercise.step(source_id), value) is None
    return value if valid else None


def is_shown(exercise: Exercise, step: Step, answers: Mapping[str, Any]) -> bool:
    """False for a step whose show_if condition the earlier answers do not meet (or whose
    condition's own step is hidden); such a step is skipped and its answer left out."""
    condition = step.show_if
    if condition is None:
        return True
    source = exercise.step(condition.step)
    value = answers.get(condition.step)
    if value is None or check_answer(source, value) is not None:
        return False
    return condition.matches(value) and is_shown(exercise, source, answers)


def shown_answers(exercise: Exercise, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers without those of hidden steps (what an entry keeps); the exercise's
    app-supplied text, if any, stays."""
    hidden = {step.id for step in exercise.steps if not is_shown(exercise, step, answers)}
    return {key: value for key, value in answers.items() if key not in hidden}


def _answered(exercise: Exercise, answers: Mapping[str, Any]) -> Iterable[tuple[Step, Any, Any]]:
    """(step, answer, answer of the re-rated step) for every shown step with a valid answer."""
    for step in exercise.steps:
        value, source = answers.get(step.id), _source_of(exercise, step, answers)
        if step.kind is not StepKind.SUMMARY and is_answered(step, value, source) \
                and is_shown(exercise, step, answers):
            yield step, value, source


def _pick_label(item: Any) -> str:
    return OTHER if isinstance(item, dict) else str(item)


def metrics(exercise: Exercise, answers: Mapping[str, Any]) -> list[Metric]:
    """The figures statistics need, from every answered step that names a metric.

    scale/rerate: (metric, value, None); feelings and re-rated feelings: one per feeling,
    labelled with the feeling id; choice, multi_choice, distortions: (metric, None, id or
    'other') per pick; list: (metric, number of items, None); sort: (metric, None,
    option id) per item. Hidden steps (show_if not met) give none.
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
        elif step.kind is StepKind.SORT:
            out += [Metric(name, None, picked) for picked in value.values()]
    return out


def safety_needed(exercise: Exercise, answers: Mapping[str, Any]) -> bool:
    """True when a shown step's answer picks an option that should show the safety panel."""
    return any(step.triggers_safety(answers.get(step.id)) for step in exercise.steps
               if is_shown(exercise, step, answers))


def _name(item_id: str, names: Mapping[str, str] | None) -> str:
    return (names or {}).get(item_id) or item_id.replace("_", " ").capitalize()


def _feeling(item: Mapping[str, Any], names: Mapping[str, str] | None) -> str:
    return item.get("label") or _name(item["feeling"], names)


def _with_labels(source: Any, names: Mapping[str, str] | None) -> dict[str, str]:
    """The names plus the labels the picked feelings carry (one's own words)."""
    carried = {f["feeling"]: f["label"] for f in source or []
               if isinstance(f, dict) and isinstance(f.get("label"), str)}
    return {**(names or {}), **carried}


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
                return translate("ExerciseAnswers", "{words} (my own)").format(
                    words=_one_line(item[OTHER]))
            if isinstance(item, dict):
                return translate("ExerciseAnswers", "{choice}: {words}").format(
                    choice=step.other_text.rstrip("…. "), words=_one_line(item[OTHER]))
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
            line = translate("ExerciseAnswers", "{feeling}: {value} out of 100")
            body = "\n".join("- " + line.format(feeling=_feeling(f, feeling_names),
                                                value=f["intensity"]) for f in value)
        elif kind is StepKind.SORT:
            body = "\n".join(f"- {item}: {pick(picked)}" for item, picked in value.items())
        elif kind is StepKind.RERATE and step.rerates_feelings:
            before = {f["feeling"]: f["intensity"] for f in source or []}
            known = _with_labels(source, feeling_names)
            line = translate("ExerciseAnswers", "{feeling}: {value} out of 100 (was {before})")
            body = "\n".join("- " + line.format(feeling=_name(name, known), value=level,
                                                before=before.get(name, "?"))
                             for name, level in value.items())
        else:
            assert scale is not None
            body = _scale_text(value, scale.min, scale.max,
                               source if kind is StepKind.RERATE else None)
        sections.append((step, body))
    return sections


def _scale_text(value: int, least: int, most: int, before: Any) -> str:
    """A rating as a sentence; `before` is the earlier rating of a re-rating, if any."""
    if least == 0 and before is None:
        text = translate("ExerciseAnswers", "{value} out of {most}")
    elif least == 0:
        text = translate("ExerciseAnswers", "{value} out of {most} (was {before})")
    elif before is None:
        text = translate("ExerciseAnswers", "{value} (on a scale from {least} to {most})")
    else:
        text = translate("ExerciseAnswers",
                         "{value} (on a scale from {least} to {most}) (was {before})")
    return text.format(value=value, least=least, most=most, before=before)


def render_answers(exercise: Exercise, answers: Mapping[str, Any], *,
                   feeling_names: Mapping[str, str] | None = None,
                   trap_names: Mapping[str, str] | None = None) -> str:
    """The answers as readable Markdown for the journal entry body (unanswered steps left out).

    Feeling and trap ids are shown through the given names (else the id, made readable).
    An exercise's prefill text (e.g. the weekly review's summary) comes first, under its
    label, when the answers hold it.
    """
    parts = [f"### {step.heading}\n\n{body}" for step, body in
             render_sections(exercise, answers, feeling_names=feeling_names,
                             trap_names=trap_names)]
    given = prefill_text(exercise, answers)
    if given and exercise.prefill is not None:
        parts.insert(0, f"### {exercise.prefill.label}\n\n{given}")
    return "\n\n".join(parts) + ("\n" if parts else "")


def prefill_text(exercise: Exercise, answers: Mapping[str, Any]) -> str:
    """The app-supplied text kept with the answers (e.g. the week's summary), or ''."""
    if exercise.prefill is None:
        return ""
    value = answers.get(exercise.prefill.id)
    return value.strip() if isinstance(value, str) else ""


GAP = "___"  # an answer a prefilled sentence needs but does not have yet
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]{0,59})\}")


def join_words(items: Iterable[str]) -> str:
    """Items as one phrase: "a", "a and b", "a, b and c"."""
    words = [item for item in items if item]
    if len(words) < 2:
        return "".join(words)
    return translate("ExerciseAnswers", "{items} and {last}").format(
        items=translate("ExerciseAnswers", ", ", "between the items of a list").join(words[:-1]),
        last=words[-1])


def _in_sentence(label: str) -> str:
    """An option label made to sit mid-sentence: first letter lowered unless it is "I" or
    an abbreviation."""
    first = label.split(" ", 1)[0]
    if first in ("I", "I'm", "I've", "I'd", "I'll") or first[1:2].isupper():
        return label
    return mid_sentence(label)


def answer_words(step: Step, value: Any, source: Any = None, *,
                 feeling_names: Mapping[str, str] | None = None) -> str:
    """An answer as words that read well inside a sentence ('' when it has none)."""
    if not is_answered(step, value, source):
        return ""

    def pick(item: Any) -> str:
        if isinstance(item, dict):
            return _one_line(item[OTHER])
        option = step.option(item)
        return _in_sentence(option.label) if option else _name(item, None).lower()

    kind = step.kind
    if kind is StepKind.TEXT:
        return _one_line(value).rstrip(" .,;:!")
    if kind is StepKind.LIST:
        return join_words(_one_line(item).rstrip(" .,;:!") for item in value if item.strip())
    if kind is StepKind.CHOICE:
        return pick(value)
    if kind in (StepKind.MULTI_CHOICE, StepKind.DISTORTIONS):
        return join_words(pick(item) for item in value)
    if kind is StepKind.FEELINGS:
        return join_words(_feeling(f, feeling_names).lower() for f in value)
    if kind is StepKind.SORT:
        return join_words(value)
    if kind is StepKind.RERATE and step.rerates_feelings:
        known = _with_labels(source, feeling_names)
        return join_words(_name(name, known).lower() for name in value)
    return str(value)


def fill_prefill(exercise: Exercise, step: Step, answers: Mapping[str, Any], *,
                 feeling_names: Mapping[str, str] | None = None) -> str:
    """The step's prefill sentence with each {step_id} replaced by that earlier answer in
    words; a placeholder with no (shown) answer stays a visible gap, ___."""

    def word(match: re.Match[str]) -> str:
        source = exercise.step(match.group(1))
        value = answers.get(source.id)
        if not is_shown(exercise, source, answers):
            return GAP
        words = answer_words(source, value, _source_of(exercise, source, answers),
                             feeling_names=feeling_names)
        return words or GAP

    text = PLACEHOLDER.sub(word, step.prefill)
    return re.sub(r"[ \t]+([.,;:!?])", r"\1", text)
