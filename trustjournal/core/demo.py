"""A synthetic journal for demos and benchmarks: deterministic for a given seed.

Every generated entry carries the DEMO_TAG so demo data can never pass for real writing.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

DEMO_TAG = "demo"

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
_TAGS = ("anxiety", "progress", "talk", "jealousy", "past", "gratitude", "promise", "calm", "work")


@dataclass(frozen=True, slots=True)
class DemoEntry:
    uuid: str
    title: str
    body: str
    tags: tuple[str, ...]
    local_date: dt.date
    created_utc: dt.datetime
    starred: bool


def demo_entries(
    count: int, years: int, seed: int, today: dt.date | None = None
) -> Iterator[DemoEntry]:
    """Yield `count` entries spread over `years` years up to today, oldest first."""
    rng = random.Random(seed)
    end = today or dt.date(2026, 6, 30)
    span_days = max(1, years * 365)
    start = end - dt.timedelta(days=span_days - 1)
    for i in range(count):
        day = start + dt.timedelta(days=(i * span_days) // max(count, 1))
        paragraphs = []
        for _ in range(rng.randint(1, 4)):
            sentences = [
                f"{rng.choice(_OPENINGS)} {rng.choice(_MIDDLES)}.",
                *(f"{rng.choice(_MIDDLES).capitalize()}." for _ in range(rng.randint(0, 3))),
                rng.choice(_ENDINGS),
            ]
            paragraphs.append(" ".join(sentences))
        tags = (*sorted(rng.sample(_TAGS, rng.randint(0, 2))), DEMO_TAG)
        seconds = rng.randint(6 * 3600, 23 * 3600)
        created = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)
        yield DemoEntry(
            uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            title=rng.choice(_TITLES),
            body="\n\n".join(paragraphs),
            tags=tags,
            local_date=day,
            created_utc=created,
            starred=rng.random() < 0.05,
        )
