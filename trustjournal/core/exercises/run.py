"""An exercise in progress (ExerciseRun) for a GUI runner, and its saved draft format."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import field
from typing import Any

from trustjournal.core.exercises.answers import (
    _source_of,
    check_answer,
    fill_prefill,
    is_answered,
    is_shown,
    safety_needed,
    shown_answers,
    sort_items,
)
from trustjournal.core.exercises.model import (
    FOLLOWS,
    AnswerError,
    DraftError,
    Exercise,
    Step,
    StepKind,
)
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass

DRAFT_FORMAT = 1
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _plain(value: Any) -> Any:
    """A deep copy using only list/dict, so answers stay JSON-able and unshared."""
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


@lazy_dataclass
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
            raise ValueError(f"no step at index {self.index}")  # a programming error, never shown
        given, self.answers = self.answers, {}
        for step in self.exercise.steps:
            if step.id in given:
                self.set_answer(step.id, given[step.id])
        prefill = self.exercise.prefill
        if prefill is not None and prefill.id in given:
            self.set_prefill(given[prefill.id])
        known = {step.id for step in self.exercise.steps} | ({prefill.id} if prefill else set())
        if self.exercise.follow_up is not None and FOLLOWS in given:
            self.set_follows(given[FOLLOWS])
            known.add(FOLLOWS)
        for step_id in given.keys() - known:
            raise AnswerError(step_id, translate("ExerciseRun", "no such step in this exercise"))

    @property
    def step(self) -> Step:
        """The step being shown."""
        return self.exercise.steps[self.index]

    def source_value(self, step_id: str | None = None) -> Any:
        """For a rerate or sort step (default: the current one), the answer it re-rates
        or sorts."""
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
            # Ratings of feelings no longer picked (or of a cleared step) are just numbers,
            # and so are sortings of items no longer listed.
            if step_id not in (later.rerate_of, later.sort_of) or later.id not in self.answers:
                continue
            if value is None:
                del self.answers[later.id]
            elif later.rerates_feelings or later.sort_of:
                kept = ({f["feeling"] for f in value} if later.rerates_feelings
                        else set(sort_items(value)))
                self.answers[later.id] = {k: v for k, v in self.answers[later.id].items()
                                          if k in kept}

    @property
    def prefill(self) -> str:
        """The app-supplied text this run was started with (e.g. the week's summary), or ''."""
        if self.exercise.prefill is None:
            return ""
        value = self.answers.get(self.exercise.prefill.id)
        return value if isinstance(value, str) else ""

    def set_prefill(self, text: str | None) -> None:
        """Keep app-supplied text with the answers (None or blank removes it); it is saved
        in drafts and at the top of the entry. AnswerError if the exercise takes none."""
        prefill = self.exercise.prefill
        if prefill is None:
            raise AnswerError("prefill",
                              translate("ExerciseRun", "this exercise takes no prefilled text"))
        if text is None or (isinstance(text, str) and not text.strip()):
            self.answers.pop(prefill.id, None)
            return
        if not isinstance(text, str):
            raise AnswerError(prefill.id, translate("ExerciseRun", "expected text"))
        self.answers[prefill.id] = text

    @property
    def follows(self) -> str | None:
        """The uuid of the entry this follow-up follows, if set."""
        value = self.answers.get(FOLLOWS)
        return value if isinstance(value, str) else None

    def set_follows(self, entry_uuid: str) -> None:
        """Link a follow-up exercise to the entry it follows (kept as answers['follows'])."""
        if self.exercise.follow_up is None:
            raise AnswerError(FOLLOWS, translate("ExerciseRun", "this exercise follows no other"))
        if not isinstance(entry_uuid, str) or not _UUID.fullmatch(entry_uuid):
            raise AnswerError(FOLLOWS, translate("ExerciseRun", "expected the uuid of an entry"))
        self.answers[FOLLOWS] = entry_uuid

    def clear_answer(self, step_id: str) -> None:
        """Forget the answer to a step."""
        self.set_answer(step_id, None)

    def is_answered(self, step_id: str) -> bool:
        """True when the step has a real (non-blank) answer."""
        step = self.exercise.step(step_id)
        return is_answered(step, self.answers.get(step_id), self.source_value(step_id))

    def is_applicable(self, step_id: str) -> bool:
        """False for a step that is skipped just now: hidden by its show_if condition, or
        a re-rating or sorting whose earlier step was left unanswered."""
        step = self.exercise.step(step_id)
        if not is_shown(self.exercise, step, self.answers):
            return False
        source = step.rerate_of or step.sort_of
        return source is None or self.is_answered(source)

    def answers_to_save(self) -> dict[str, Any]:
        """The answers an entry keeps: those of hidden steps are dropped (a draft still
        keeps them, in case the earlier answer changes back)."""
        return _plain(shown_answers(self.exercise, self.answers))

    def prefill_for(self, step_id: str, feeling_names: Mapping[str, str] | None = None) -> str:
        """The step's prefill sentence built from the answers so far ('' if it has none)."""
        step = self.exercise.step(step_id)
        if not step.prefill:
            return ""
        return fill_prefill(self.exercise, step, self.answers, feeling_names=feeling_names)

    def apply_prefill(self, step_id: str, feeling_names: Mapping[str, str] | None = None
                      ) -> bool:
        """Give a still unanswered step with a prefill its sentence as the answer, to be
        rewritten freely; never replaces what is there. True when it was applied."""
        if self.is_answered(step_id):
            return False
        text = self.prefill_for(step_id, feeling_names)
        if not text:
            return False
        try:
            self.set_answer(step_id, text)
        except AnswerError:
            return False  # too long for the step: the person writes it themself
        return True

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
                if step.pinned and self.is_answered(step.id) and self.is_applicable(step.id)]

    def suggested_traps(self, step_id: str | None = None) -> list[str]:
        """For a distortions step (default: the current one), traps hinted by the wording."""
        step = self.exercise.step(step_id) if step_id else self.step
        text = self.answers.get(step.suggest_from) if step.suggest_from else None
        # The hints' cue tables only for a distortions step, not for every run (Today's
        # check-in card makes one while the window starts).
        from trustjournal.core.traps import suggest_traps

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
            raise DraftError(translate("ExerciseRun", "this draft is damaged: it has no answers"))
        if data.get("exercise_id") != exercise.id:
            raise DraftError(translate("ExerciseRun", "this draft belongs to the exercise "
                                                      "'{draft}', not '{exercise}'")
                             .format(draft=data.get("exercise_id"), exercise=exercise.id))
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
        prefill = exercise.prefill
        if prefill is not None and prefill.id in answers:
            try:
                run.set_prefill(answers[prefill.id])
                known.add(prefill.id)
            except AnswerError:
                pass  # not text: kept in `dropped` below like any answer that no longer fits
        if exercise.follow_up is not None and FOLLOWS in answers:
            try:
                run.set_follows(answers[FOLLOWS])
                known.add(FOLLOWS)
            except AnswerError:
                pass  # not a uuid: kept in `dropped` like any answer that no longer fits
        run.dropped.update({k: _plain(v) for k, v in answers.items() if k not in known})
        current = data.get("step")
        if isinstance(current, str) and current in known:
            run.go_to(current)
        return run
