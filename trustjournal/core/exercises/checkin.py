"""The daily check-in: a built-in exercise (CHECKIN) and its answers as a value (CheckIn)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trustjournal.core.exercises.answers import check_answer, metrics
from trustjournal.core.exercises.loader import parse_exercise
from trustjournal.core.exercises.model import AnswerError, Exercise, Metric
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, language, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass


@lazy_dataclass(frozen=True, slots=True)
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
    CheckinScale(
        "trust", QT_TRANSLATE_NOOP("Checkin", "Trust"),
        QT_TRANSLATE_NOOP("Checkin", "How much do you trust your partner today?"),
        QT_TRANSLATE_NOOP("Checkin", "6 — steadier than yesterday."),
        QT_TRANSLATE_NOOP("Checkin", "Not at all"), QT_TRANSLATE_NOOP("Checkin", "Completely")),
    CheckinScale(
        "anxiety", QT_TRANSLATE_NOOP("Checkin", "Anxiety"),
        QT_TRANSLATE_NOOP("Checkin", "How anxious do you feel today?"),
        QT_TRANSLATE_NOOP("Checkin", "3 — a bit jumpy this morning, calmer now."),
        QT_TRANSLATE_NOOP("Checkin", "Calm"), QT_TRANSLATE_NOOP("Checkin", "Very anxious"),
        higher_is_easier=False),
    CheckinScale(
        "connection", QT_TRANSLATE_NOOP("Checkin", "Connection"),
        QT_TRANSLATE_NOOP("Checkin", "How close to your partner do you feel today?"),
        QT_TRANSLATE_NOOP("Checkin", "8 — we laughed a lot over dinner."),
        QT_TRANSLATE_NOOP("Checkin", "Far apart"), QT_TRANSLATE_NOOP("Checkin", "Very close")),
    CheckinScale(
        "felt_trusted", QT_TRANSLATE_NOOP("Checkin", "Felt trusted"),
        QT_TRANSLATE_NOOP("Checkin", "How trusted did you feel today?"),
        QT_TRANSLATE_NOOP("Checkin", "5 — they asked where I was, but believed me."),
        QT_TRANSLATE_NOOP("Checkin", "Not at all"),
        QT_TRANSLATE_NOOP("Checkin", "Completely trusted")),
    CheckinScale(
        "distrust_weight", QT_TRANSLATE_NOOP("Checkin", "Weight of the distrust"),
        QT_TRANSLATE_NOOP("Checkin", "How heavy did the distrust between you feel today?"),
        QT_TRANSLATE_NOOP("Checkin", "7 — I kept bracing for the next question."),
        QT_TRANSLATE_NOOP("Checkin", "Light, hardly there"),
        QT_TRANSLATE_NOOP("Checkin", "Very heavy"),
        higher_is_easier=False),
    CheckinScale(
        "needs_met", QT_TRANSLATE_NOOP("Checkin", "My own needs met"),
        QT_TRANSLATE_NOOP("Checkin", "How well were your own needs met today "
                                     "(rest, friends, being heard)?"),
        QT_TRANSLATE_NOOP("Checkin", "4 — I cancelled my run to stay home again."),
        QT_TRANSLATE_NOOP("Checkin", "Not at all"), QT_TRANSLATE_NOOP("Checkin", "Fully met")),
)}
# How each question is named inside a check-in's title ("Check-in · trust 4, anxiety 7").
TITLE_WORDS: dict[str, str] = {
    "trust": QT_TRANSLATE_NOOP("Checkin", "trust"),
    "anxiety": QT_TRANSLATE_NOOP("Checkin", "anxiety"),
    "connection": QT_TRANSLATE_NOOP("Checkin", "connection"),
    "felt_trusted": QT_TRANSLATE_NOOP("Checkin", "felt trusted"),
    "distrust_weight": QT_TRANSLATE_NOOP("Checkin", "weight of the distrust"),
    "needs_met": QT_TRANSLATE_NOOP("Checkin", "my own needs met"),
}

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
        def words(text: str) -> str:
            return translate("Checkin", text)

        return {"id": item.id, "kind": "scale", "label": words(item.label),
                "prompt": words(item.prompt), "example": words(item.example), "min": 0,
                "max": 10, "low_label": words(item.low), "high_label": words(item.high),
                "metric": item.id}

    exercise, errors = parse_exercise({
        "id": "checkin", "version": 1, "title": translate("Checkin", "Daily check-in"),
        "minutes": 1, "audiences": ["both"], "category": "checkin",
        "why": translate("Checkin", "A minute a day to notice how you are. Over weeks, these "
                                    "small notes show the shape of things better than any "
                                    "single hard day can."),
        "steps": [
            *(scale(SCALES[scale_id]) for scale_id in scales),
            {"id": "feelings", "kind": "feelings", "label": translate("Checkin", "Feelings"),
             "optional": True,
             "prompt": translate("Checkin", "Any feelings you'd like to name?"),
             "example": translate("Checkin", "Hopeful 60, calm 30."), "metric": "feeling"},
            {"id": "note", "kind": "text", "label": translate("Checkin", "Note"),
             "optional": True, "single_line": True, "max_length": 280,
             "prompt": translate("Checkin", "Anything else about today, in one line?"),
             "example": translate("Checkin", "We planned the weekend together without a "
                                             "single argument.")},
        ],
    }, "<check-in>")
    assert exercise is not None, errors
    return exercise


# Built once per set of questions and language: its words follow the app's language.
_BUILT: dict[tuple[tuple[str, ...], str], Exercise] = {}


def checkin_with(scales: tuple[str, ...]) -> Exercise:
    """The check-in asking these questions (ids from SCALES, in the order given)."""
    unknown = [s for s in scales if s not in SCALES]
    if unknown:
        raise ValueError(f"unknown check-in question: {unknown[0]}")
    key = (scales, language())
    if key not in _BUILT:
        _BUILT[key] = _build_checkin(scales)
    return _BUILT[key]


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
    part = translate("Checkin", "{question} {value}", "one answer in a check-in's title")
    parts = [part.format(question=translate("Checkin", TITLE_WORDS[s]), value=answers[s])
             for s in SCALES if s in answers]
    if not parts:
        return translate("Checkin", "Check-in")
    return translate("Checkin", "Check-in · {answers}").format(
        answers=translate("Checkin", ", ", "between the answers in a check-in's title")
        .join(parts))


def scale_label(scale_id: str) -> str:
    """A check-in question in a few words, as charts and tables name it, in the app's
    language."""
    return translate("Checkin", SCALES[scale_id].label)


CHECKIN = checkin_with(PERSPECTIVE_SCALES[None])  # the original questions


@lazy_dataclass(frozen=True, slots=True)
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
            raise AnswerError("note", translate("Checkin", "expected text"))
        try:
            answers = self.answers()
        except (TypeError, ValueError):
            raise AnswerError("feelings", translate(
                "Checkin", "expected (feeling id, intensity) pairs")) from None
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
            raise AnswerError(missing[0], translate("Checkin", "is missing"))
        feelings = answers.get("feelings") or []
        if reason := check_answer(CHECKIN.step("feelings"), feelings):
            raise AnswerError("feelings", reason)
        return cls(answers["trust"], answers["anxiety"], answers["connection"],
                   tuple((f["feeling"], f["intensity"]) for f in feelings),
                   answers.get("note") or "")

    def metrics(self) -> list[Metric]:
        """('trust'|'anxiety'|'connection', value) and ('feeling', intensity, feeling id)."""
        return metrics(CHECKIN, self.answers())
