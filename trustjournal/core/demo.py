"""A synthetic journal for demos and benchmarks: deterministic for a given seed.

Every generated entry carries the DEMO_TAG so demo data can never pass for real writing.
Besides free entries there are daily check-ins and finished exercises, built with the
real exercise definitions (answers → `metrics()` and `render_answers()`), so what lands in
the journal is exactly what the app would store and the Progress page has something to
show: a gentle improvement over the years, with noise and the odd hard week.

`count` is the total number of entries, check-ins and exercises included: about 40 % are
check-ins (one on most days, counting back from today, never more than the span has
days), 15 % exercises, the rest free entries.

Free entries are as long as people's real journal entries (about 290 words, 1.5 KB on
average, a few of several thousand words), so searches, exports and imports of a demo
journal cost what they would cost on a real one.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from collections.abc import Iterator
from dataclasses import field
from functools import cache
from typing import Any

from trustjournal.core.exercises import (
    CHECKIN,
    Exercise,
    Metric,
    StepKind,
    metrics,
    render_answers,
)
from trustjournal.core.lazy_dataclass import lazy_dataclass

DEMO_TAG = "demo"
CHECKIN_SHARE = 0.40
EXERCISE_SHARE = 0.15
CHECKIN_DAYS = 0.9  # share of days with a check-in, where there are check-ins
TITLE_CHARS = 70  # as the exercise runner shortens titles
LONG_SHARE = 0.02  # free entries of several thousand words

_OPENINGS = (
    "This morning I noticed",
    "Tonight I keep thinking about how",
    "Writing this down because",
    "Something small happened today:",
    "I want to remember that",
    "After dinner I realised",
    "On the walk home I felt",
    "It surprised me that",
)
_MIDDLES = (
    "he texted to say he would be late, and I managed not to call him back three times",
    "she told me about her plans before I asked, which helped more than she knows",
    "my chest went tight when the phone lit up face down on the table",
    "I asked a question instead of assuming the worst, and the answer was ordinary",
    "an old memory from my last relationship came back out of nowhere",
    "we talked for an hour without either of us getting defensive",
    "I caught myself reading meaning into a short reply",
    "we kept the promise to eat together on Sunday",
    "I felt jealous when a friend's name came up, and I said so calmly",
    "I wanted to check the location app and chose to go for a run instead",
    "the worry was loud at first and then got quieter",
    "he apologised for forgetting and explained without me pushing",
)
_ENDINGS = (
    "I am proud of how I handled it.",
    "Tomorrow I want to try the same thing again.",
    "It still stings a little, and that is allowed.",
    "I think this is about my past more than about us.",
    "Small steps, but they count.",
    "I need to talk about it when we are both calm.",
    "I noticed the thought, and I did not have to obey it.",
    "Writing it out made it smaller.",
)
_TITLES = (
    "A calmer evening",
    "The late text",
    "Old fear, new day",
    "Asked instead of assumed",
    "Sunday dinner",
    "A hard moment",
    "Progress, quietly",
    "What I noticed",
    "Talking it through",
    "",
)
# Everyday sentences that fill out a free entry to a realistic length; a wider vocabulary
# than the openings above, so that searches meet common, rare and prefix words.
_DETAILS = (
    "Work was busy, and by the afternoon my head was full of meetings and small deadlines.",
    "My sister called and we talked about our parents for a long time.",
    "I keep a list of the moments that went well, because the bad ones shout louder.",
    "The therapist said that noticing a pattern is already half of changing it.",
    "We watched a film together and for once I did not look at his phone.",
    "I made soup from the vegetables that were left, and the kitchen smelled like home.",
    "The train was delayed again, so I read on the platform and tried to breathe slowly.",
    "There was a moment in the evening when everything felt simple and warm.",
    "I remembered how my father used to promise things and then forget them.",
    "A friend asked how we were doing and I answered honestly for the first time.",
    "I wrote a message, deleted it, and wrote a kinder one instead.",
    "The weather turned cold, and we walked along the river with our hands in our pockets.",
    "Sleep came late; I lay awake replaying the conversation word by word.",
    "She laughed at my terrible joke, and the tension in the room disappeared.",
    "I noticed the urge to ask where he had been, and I let it pass like a wave.",
    "We planned the holiday in August and argued only a little about the budget.",
    "It is strange how a small kindness can carry me through a whole difficult week.",
    "I told myself that feelings are information, not instructions.",
    "The garden needs work, and digging in the soil calms me more than anything else.",
    "My colleague mentioned her divorce, and it stirred up old fears I thought were gone.",
    "We agreed to put our phones in the drawer after nine, and it felt like a gift.",
    "I counted five things I could see and four I could hear until my breathing slowed.",
    "He surprised me with coffee in bed, and I tried to simply enjoy it.",
    "Some days the progress feels invisible, but looking back over the month it is real.",
    "I read an old entry from last winter and barely recognised how frightened I was.",
    "The neighbours were loud until midnight, which did not help my mood.",
    "I want to be someone who asks for what she needs instead of testing people.",
    "We cooked pasta, put on music and danced badly in the kitchen.",
    "Anger came first, then sadness underneath it, and then finally some relief.",
    "I booked an appointment with the counsellor for next Thursday.",
)
_TAGS = ("anxiety", "progress", "talk", "jealousy", "past", "gratitude", "promise", "calm", "work")

# -- words for the exercises (each a plausible answer, in the demo's own voice) ----------

_CHECKIN_FEELINGS = ("hopeful", "anxious", "calm", "worried", "close", "grateful", "lonely",
                     "reassured", "on_edge", "content")
_CHECKIN_NOTES = (
    "A quiet day, nothing much to report.",
    "We cooked together and it felt easy.",
    "Long day at work; the worry crept in around six.",
    "Talked about the weekend without any tension.",
    "Slept badly, so everything felt sharper.",
    "He called at lunch just to say hi.",
)
_SITUATIONS = (
    "Friday evening. She was out with colleagues and had not replied for two hours.",
    "He laughed at a message and tilted the screen away.",
    "She mentioned a new friend from the gym twice at dinner.",
    "He came home later than he said, without texting first.",
    "She was quiet all evening and went to bed early.",
)
_THOUGHTS = (
    "She never tells me the whole story.",
    "He is probably talking to someone else.",
    "If this goes wrong I won't survive it.",
    "It's my fault she's pulling away.",
    "He always does this when he wants to hide something.",
    "I just know she's losing interest.",
)
_THOUGHT_FEELINGS = ("jealous", "scared", "anxious", "angry", "hurt", "insecure", "lonely",
                     "suspicious", "rejected")
_TRAPS = ("mind_reading", "fortune_telling", "catastrophising", "all_or_nothing",
          "overgeneralising", "personalising", "emotional_reasoning", "mental_filter")
_FOR = ("The reply took two hours.", "The screen was turned away.",
        "The plans changed at the last minute.")
_AGAINST = ("The colleagues were there too; I saw the photos.",
            "Last week he showed me his phone without me asking.",
            "She told me about the evening before she went.",
            "We have had a warm few weeks.")
_BALANCED = (
    "A slow reply means a busy evening more often than anything else. I can ask calmly.",
    "I don't know what the message was. Guessing makes it worse; asking makes it smaller.",
    "Being late once doesn't undo how open he has been lately.",
    "My fear is real, and it is not the same as a fact.",
)
_MOMENTS = (
    "Yesterday evening, when her phone buzzed during the film.",
    "This morning, when he said he'd be home 'around late'.",
    "At the party, when she talked to her ex for a while.",
    "Sunday, when plans changed with no explanation.",
)
_FACTS = (
    "A message came in. She read it, smiled and put the phone down.",
    "He said he'd be back late. He didn't say when.",
    "They talked for about ten minutes, then she came back to me.",
    "The trip was moved. He said his brother asked him to.",
)
_SOURCES = ("partner_here", "past_betrayal", "family", "self_worth", "fear_of_being_left",
            "fear_of_closeness", "own_judgment")
_NEXT_STEPS = (
    "Tell her it scared me, without accusing her of anything.",
    "Write down what my gut says before I react.",
    "Ask him how his evening went, and really listen.",
)
_VICTORIES = (
    "I wanted to check his location and went for a walk instead.",
    "I told her I felt left out, calmly, and she listened.",
    "I kept my promise to be home for dinner.",
    "I calmed myself down with slow breaths before asking anything.",
    "I asked what the message was about instead of assuming.",
    "I said no to reading his messages, kindly but clearly.",
    "A whole evening without checking her phone.",
)
_VICTORY_KINDS = ("trusted", "said_feeling", "kept_promise", "calmed_myself", "asked",
                  "boundary")
_SOURCES_OF_FEELING = (
    "Seeing an unfamiliar name light up on her screen.",
    "An old memory of being left without a word.",
    "Him going quiet after a long day.",
)
_ACCEPTANCE = (
    "Right now I feel anxious. It's uncomfortable, and it's allowed to be here. It comes "
    "from an old hurt, and I'm working on it.",
    "I feel jealous, and that's okay. It comes from fear, not from facts, and I'm learning.",
)
_KINDNESS = ("You are scared because you care. You can take this slowly.",
             "You've handled harder days than this one.",
             "It makes sense to feel this. Be gentle with yourself tonight.")

# Share of each exercise among the demo's exercises.
_EXERCISE_MIX = (("challenge_a_thought", 35), ("get_to_the_root", 20),
                 ("celebrate_small_victory", 30), ("acknowledge_feelings", 15))


@lazy_dataclass(frozen=True, slots=True)
class DemoEntry:
    """One generated entry, with the answers and metrics an exercise or check-in has."""

    uuid: str
    title: str
    body: str
    tags: tuple[str, ...]
    local_date: dt.date
    created_utc: dt.datetime
    starred: bool
    kind: str = "free"  # as EntryKind: free, exercise or checkin
    exercise_id: str | None = None
    exercise_version: int | None = None
    answers: dict[str, Any] | None = None
    metrics: tuple[Metric, ...] = field(default=())


@cache
def _definitions() -> tuple[dict[str, Exercise], dict[str, str], dict[str, str]]:
    """The shipped exercises and the feeling and trap names the runner renders with."""
    from trustjournal.core.exercises import builtin_exercises
    from trustjournal.core.resources_data import (
        builtin_feelings,
        builtin_traps,
        feeling_names,
        trap_names,
    )

    loaded = {exercise.id: exercise for exercise in builtin_exercises().exercises}
    return loaded, feeling_names(builtin_feelings()), trap_names(builtin_traps())


def _entry_title(exercise: Exercise, answers: dict[str, Any]) -> str:
    """The exercise's name and the first words of its first text answer, as the runner
    titles a finished exercise."""
    first = next((answers[s.id] for s in exercise.steps
                  if s.kind is StepKind.TEXT and isinstance(answers.get(s.id), str)
                  and answers[s.id].strip()), "")
    words = " ".join(first.split())
    room = TITLE_CHARS - len(exercise.title) - 2
    if len(words) > room:
        words = words[: max(room - 1, 10)].rstrip() + "…"
    return f"{exercise.title}: {words}" if words else exercise.title


def free_length(rng: random.Random) -> int:
    """Words a free entry aims at: mostly a few hundred (log-normal around 195; the
    paragraph that crosses the aim adds some), one in fifty a long one of 900 to 2,500
    words. Written entries come out at about 290 words, 1.5 KB, on average."""
    if rng.random() < LONG_SHARE:
        return rng.randint(900, 2500)
    return int(min(900, max(40, rng.lognormvariate(math.log(195), 0.45))))


def _clamp(value: float, low: int, high: int, step: int = 1) -> int:
    return int(min(high, max(low, round(value / step) * step)))


class _Writer:
    """Makes one entry of each kind; `progress` (0 → 1 over the span) drives the trend."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.exercises, self.feeling_names, self.trap_names = _definitions()
        self.hard_weeks: dict[int, bool] = {}

    def uuid(self) -> str:
        """A version-4 UUID from the seeded generator (the same seed, the same ids)."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def created(self, day: dt.date, first_hour: int = 6, last_hour: int = 23) -> dt.datetime:
        """A time on that day between the given hours."""
        seconds = self.rng.randint(first_hour * 3600, last_hour * 3600)
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)

    def hard(self, day: dt.date) -> bool:
        """About one week in ten is a harder one, the same for every scale."""
        week = day.toordinal() // 7
        if week not in self.hard_weeks:
            self.hard_weeks[week] = self.rng.random() < 0.1
        return self.hard_weeks[week]

    def free(self, day: dt.date) -> DemoEntry:
        """A free entry: paragraphs of everyday worries and small wins, as long as a real
        one (see `free_length`)."""
        rng = self.rng
        target = free_length(rng)
        paragraphs: list[str] = []
        words = 0
        while words < target:
            sentences = [
                f"{rng.choice(_OPENINGS)} {rng.choice(_MIDDLES)}.",
                *(rng.choice(_DETAILS) if rng.random() < 0.7
                  else f"{rng.choice(_MIDDLES).capitalize()}."
                  for _ in range(rng.randint(2, 6))),
                rng.choice(_ENDINGS),
            ]
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        tags = (*sorted(rng.sample(_TAGS, rng.randint(0, 2))), DEMO_TAG)
        return DemoEntry(uuid=self.uuid(), title=rng.choice(_TITLES),
                         body="\n\n".join(paragraphs), tags=tags, local_date=day,
                         created_utc=self.created(day), starred=rng.random() < 0.05)

    def checkin(self, day: dt.date, progress: float) -> DemoEntry:
        """A complete check-in on the trend for `progress`, with noise and hard weeks."""
        rng = self.rng
        dip = 1.0 if self.hard(day) else 0.0
        answers: dict[str, Any] = {
            "trust": _clamp(3.5 + 3.5 * progress - 2 * dip + rng.gauss(0, 1.1), 0, 10),
            "anxiety": _clamp(7.0 - 3.5 * progress + 2 * dip + rng.gauss(0, 1.1), 0, 10),
            "connection": _clamp(4.0 + 3.0 * progress - 1.5 * dip + rng.gauss(0, 1.1), 0, 10),
        }
        if rng.random() < 0.4:
            answers["feelings"] = [{"feeling": name, "intensity": rng.randrange(20, 95, 5)}
                                   for name in rng.sample(_CHECKIN_FEELINGS, rng.randint(1, 2))]
        if rng.random() < 0.3:
            answers["note"] = rng.choice(_CHECKIN_NOTES)
        title = (f"Check-in · trust {answers['trust']}, anxiety {answers['anxiety']}, "
                 f"connection {answers['connection']}")
        return self._finish(CHECKIN, answers, day, title=title, kind="checkin",
                            created=self.created(day, 18, 23))

    def exercise(self, exercise_id: str, day: dt.date, progress: float) -> DemoEntry:
        """A finished exercise with plausible answers (later ones a little easier)."""
        make = {"challenge_a_thought": self._thought, "get_to_the_root": self._root,
                "celebrate_small_victory": self._victory,
                "acknowledge_feelings": self._feelings}[exercise_id]
        return self._finish(self.exercises[exercise_id], make(progress), day,
                            starred=self.rng.random() < 0.03)

    def _finish(self, exercise: Exercise, answers: dict[str, Any], day: dt.date, *,
                title: str | None = None, kind: str = "exercise",
                created: dt.datetime | None = None, starred: bool = False) -> DemoEntry:
        body = render_answers(exercise, answers, feeling_names=self.feeling_names,
                              trap_names=self.trap_names)
        return DemoEntry(uuid=self.uuid(), title=title or _entry_title(exercise, answers),
                         body=body, tags=(DEMO_TAG,), local_date=day,
                         created_utc=created or self.created(day), starred=starred,
                         kind=kind, exercise_id=exercise.id,
                         exercise_version=exercise.version, answers=answers,
                         metrics=tuple(metrics(exercise, answers)))

    def _thought(self, progress: float) -> dict[str, Any]:
        rng = self.rng
        belief = rng.randrange(60, 100, 5)
        feelings = [{"feeling": name, "intensity": rng.randrange(45, 95, 5)}
                    for name in rng.sample(_THOUGHT_FEELINGS, rng.randint(1, 3))]
        # Later on, taking a thought apart tends to loosen it a little more.
        effect = 0.6 + 0.6 * progress
        return {
            "situation": rng.choice(_SITUATIONS),
            "thought": rng.choice(_THOUGHTS),
            "belief": belief,
            "feelings": feelings,
            "traps": rng.sample(_TRAPS, rng.randint(1, 3)),
            "evidence_for": rng.sample(_FOR, rng.randint(1, 2)),
            "evidence_against": rng.sample(_AGAINST, rng.randint(1, 3)),
            "balanced": rng.choice(_BALANCED),
            "belief_after": _clamp(belief - rng.uniform(10, 45) * effect, 0, 100, 5),
            "feelings_after": {f["feeling"]: _clamp(f["intensity"] - rng.uniform(5, 40) * effect,
                                                    0, 100, 5) for f in feelings},
        }

    def _root(self, progress: float) -> dict[str, Any]:
        rng = self.rng
        where = rng.choices(("here", "past", "both", "unsure"),
                            weights=(3 - progress, 3 + progress, 2, 1))[0]
        answers: dict[str, Any] = {
            "moment": rng.choice(_MOMENTS),
            "facts": rng.choice(_FACTS),
            "sources": rng.sample(_SOURCES, rng.randint(1, 3)),
            "where": where,
        }
        if rng.random() < 0.5:
            answers["next_step"] = rng.choice(_NEXT_STEPS)
        return answers

    def _victory(self, progress: float) -> dict[str, Any]:
        rng = self.rng
        index = rng.randrange(len(_VICTORIES))
        answers: dict[str, Any] = {
            "what": _VICTORIES[index],
            "kind": _VICTORY_KINDS[index % len(_VICTORY_KINDS)],
            "pride": _clamp(rng.uniform(4, 8) + 2 * progress, 0, 10),
        }
        if rng.random() < 0.4:
            answers["helped"] = "Remembering how much calmer I felt the last time I waited."
        return answers

    def _feelings(self, progress: float) -> dict[str, Any]:
        rng = self.rng
        return {
            "feelings": [{"feeling": name, "intensity": rng.randrange(30, 90, 5)}
                         for name in rng.sample(_THOUGHT_FEELINGS, rng.randint(1, 3))],
            "source": rng.choice(_SOURCES_OF_FEELING),
            "acceptance": rng.choice(_ACCEPTANCE),
            "kindness": rng.choice(_KINDNESS),
        }


def _plan(count: int, start: dt.date, span_days: int,
          rng: random.Random) -> list[tuple[dt.date, str]]:
    """(day, what) for every entry, oldest first: 'free', 'checkin' or an exercise id."""
    checkins = min(round(count * CHECKIN_SHARE), int(span_days * CHECKIN_DAYS))
    exercises = min(round(count * EXERCISE_SHARE), count - checkins)
    plan: list[tuple[dt.date, str]] = []
    # Check-ins on most days, counting back from today until there are enough.
    offset = span_days - 1
    while len(plan) < checkins and offset >= 0:
        if rng.random() < CHECKIN_DAYS:
            plan.append((start + dt.timedelta(days=offset), "checkin"))
        offset -= 1
    ids = [exercise_id for exercise_id, _ in _EXERCISE_MIX]
    weights = [weight for _, weight in _EXERCISE_MIX]
    for i in range(exercises):
        day = start + dt.timedelta(days=(i * span_days) // max(exercises, 1))
        plan.append((day, rng.choices(ids, weights)[0]))
    free = count - len(plan)
    plan += [(start + dt.timedelta(days=(i * span_days) // free), "free") for i in range(free)]
    plan.sort(key=lambda item: item[0])  # stable: a day's entries keep their order
    return plan


def demo_entries(
    count: int, years: int, seed: int, today: dt.date | None = None
) -> Iterator[DemoEntry]:
    """Yield `count` entries (free, check-ins, exercises) over `years` years up to today,
    oldest first."""
    rng = random.Random(seed)
    end = today or dt.date(2026, 6, 30)
    span_days = max(1, years * 365)
    start = end - dt.timedelta(days=span_days - 1)
    writer = _Writer(rng)
    for day, what in _plan(count, start, span_days, rng):
        progress = (day - start).days / max(span_days - 1, 1)
        if what == "free":
            yield writer.free(day)
        elif what == "checkin":
            yield writer.checkin(day, progress)
        else:
            yield writer.exercise(what, day, progress)
