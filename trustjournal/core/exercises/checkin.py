"""The daily check-in: a built-in exercise (CHECKIN) and its answers as a value (CheckIn)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from trustjournal.core.exercises.answers import check_answer, metrics
from trustjournal.core.exercises.loader import parse_exercise
from trustjournal.core.exercises.model import AnswerError, Exercise, Metric


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
             "prompt": "Any feelings you'd like to name?", "example": "Hopeful 60, calm 30.",
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
