"""The daily check-in: a built-in exercise (CHECKIN) and its answers as a value (CheckIn)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from trustjournal.core.exercises.answers import check_answer, metrics
from trustjournal.core.exercises.loader import parse_exercise
from trustjournal.core.exercises.model import AnswerError, Exercise, Metric


@dataclass(frozen=True, slots=True)
class CheckinScale:
    """One 0–10 check-in question; its id is also the name of its metric rows."""

    id: str
    label: str  # the question in a few words, as charts and tables name it
    prompt: str
    example: str
    low: str
    high: str
    higher_is_easier: bool = True  # False where a higher value is a heavier day


# Every check-in question ever asked, in the order charts list them. The first three are
# the original ones: their metric names stay, so check-ins from any version keep reading.
SCALES: dict[str, CheckinScale] = {scale.id: scale for scale in (
    CheckinScale("trust", "Trust", "How much do you trust your partner today?",
                 "6 — steadier than yesterday.", "Not at all", "Completely"),
    CheckinScale("anxiety", "Anxiety", "How anxious do you feel today?",
                 "3 — a bit jumpy this morning, calmer now.", "Calm", "Very anxious",
                 higher_is_easier=False),
    CheckinScale("connection", "Connection", "How close to your partner do you feel today?",
                 "8 — we laughed a lot over dinner.", "Far apart", "Very close"),
    CheckinScale("felt_trusted", "Felt trusted", "How trusted did you feel today?",
                 "5 — they asked where I was, but believed me.", "Not at all",
                 "Completely trusted"),
    CheckinScale("distrust_weight", "Weight of the distrust",
                 "How heavy did the distrust between you feel today?",
                 "7 — I kept bracing for the next question.", "Light, hardly there",
                 "Very heavy", higher_is_easier=False),
    CheckinScale("needs_met", "My own needs met",
                 "How well were your own needs met today (rest, friends, being heard)?",
                 "4 — I cancelled my run to stay home again.", "Not at all", "Fully met"),
)}

# Which questions each perspective is asked (see gui/perspective.py for the choices).
# No perspective chosen yet keeps the original three.
PERSPECTIVE_SCALES: dict[str | None, tuple[str, ...]] = {
    None: ("trust", "anxiety", "connection"),
    "distrusting": ("trust", "anxiety", "connection"),
    "distrusted": ("felt_trusted", "distrust_weight", "connection", "needs_met"),
    "both": ("trust", "felt_trusted", "anxiety", "connection", "needs_met"),
}


def _build_checkin(scales: tuple[str, ...]) -> Exercise:
    def scale(item: CheckinScale) -> dict[str, Any]:
        return {"id": item.id, "kind": "scale", "label": item.label, "prompt": item.prompt,
                "example": item.example, "min": 0, "max": 10, "low_label": item.low,
                "high_label": item.high, "metric": item.id}

    exercise, errors = parse_exercise({
        "id": "checkin", "version": 1, "title": "Daily check-in", "minutes": 1,
        "audiences": ["both"], "category": "checkin",
        "why": "A minute a day to notice how you are. Over weeks, these small notes show "
               "the shape of things better than any single hard day can.",
        "steps": [
            *(scale(SCALES[scale_id]) for scale_id in scales),
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


_BUILT: dict[tuple[str, ...], Exercise] = {}


def checkin_with(scales: tuple[str, ...]) -> Exercise:
    """The check-in asking these questions (ids from SCALES, in the order given)."""
    unknown = [s for s in scales if s not in SCALES]
    if unknown:
        raise ValueError(f"unknown check-in question: {unknown[0]}")
    if scales not in _BUILT:
        _BUILT[scales] = _build_checkin(scales)
    return _BUILT[scales]


def checkin_for(perspective: str | None, answers: Mapping[str, Any] | None = None) -> Exercise:
    """The check-in for a perspective ('distrusting', 'distrusted', 'both' or None).

    Given the answers of a check-in saved earlier (perhaps under another perspective), the
    questions it answered are asked too, so editing it never drops a saved value.
    """
    wanted = PERSPECTIVE_SCALES.get(perspective, PERSPECTIVE_SCALES[None])
    saved = [s for s in SCALES if answers and s in answers and s not in wanted]
    if saved:
        wanted = tuple(s for s in SCALES if s in wanted or s in saved)
    return checkin_with(wanted)


def checkin_title(answers: Mapping[str, Any]) -> str:
    """'Check-in · trust 4, anxiety 7, connection 6': each answered question, short."""
    parts = [f"{SCALES[s].label.lower()} {answers[s]}" for s in SCALES if s in answers]
    return "Check-in · " + ", ".join(parts) if parts else "Check-in"


CHECKIN = checkin_with(PERSPECTIVE_SCALES[None])  # the original questions


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
