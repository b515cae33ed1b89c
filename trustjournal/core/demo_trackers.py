"""Tracker records for the demo journal: urges, promises, intentions and worries over the
same span as the demo entries, deterministic for a seed.

They follow the demo's story: early on most urges are acted on and fears feel certain;
over time more urges are resisted, more promises kept, and the person's confident fears
come true less often than they felt they would. Every text is marked as demo writing
with a leading "[demo]" so it can never pass for the person's own words.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator

from trustjournal.core.trackers import (
    PEAK_MAX,
    Intention,
    IntentionOutcome,
    Promise,
    PromiseBy,
    PromiseStatus,
    TrackerSet,
    Urge,
    UrgeKind,
    UrgeOutcome,
    Worry,
    WorryOutcome,
)

MARK = "[demo] "
URGE_DAYS = 0.35  # share of days with an urge logged
PROMISE_EVERY = 6  # a promise every few days
INTENTION_DAYS = 0.6
WORRY_EVERY = 5

_INSTEAD = (
    "Went for a walk round the block.", "Breathed slowly for a few minutes.",
    "Wrote it down here instead.", "Made tea and sat with it.", "Texted my sister.",
    "Put the phone in the other room.", "Did the dishes and let it pass.",
)
_PROMISES = (
    ("Tell each other when plans change.", PromiseBy.US),
    ("Be home by seven on Thursday.", PromiseBy.PARTNER),
    ("Ask instead of assuming when I feel unsure.", PromiseBy.ME),
    ("Share the weekend plans by Friday.", PromiseBy.PARTNER),
    ("Say it when I need reassurance, once, kindly.", PromiseBy.ME),
    ("Put the phones away at dinner.", PromiseBy.US),
    ("Call if the meeting runs late.", PromiseBy.PARTNER),
    ("Take a breath before I reply when I'm upset.", PromiseBy.ME),
)
_INTENTIONS = (
    "Say one thing I appreciate about them.", "Let a late reply be just a late reply.",
    "Ask about their day and listen to the answer.", "Keep the one promise I made today.",
    "Not look at the location app.", "Tell them one worry calmly instead of hinting.",
    "Take ten minutes for myself before dinner.",
)
_WORRIES = (
    "They will cancel our plans at the last minute.",
    "The work trip means something is going on.",
    "They'll be annoyed if I bring up the weekend.",
    "The new colleague will come between us.",
    "They won't answer tonight and I'll know why.",
    "The talk on Sunday will turn into a fight.",
)
_HAPPENED = (
    "It went fine; we had a good evening.", "They rang as soon as they were free.",
    "Partly: we argued a little, then talked it through.", "Nothing like what I feared.",
)
_NOTES = ("We agreed on a new time.", "Talked about what got in the way.", "")
_FEELINGS_AFTER = ("Calmer than I expected.", "Still a bit tense, but it passed.",
                   "Glad I waited.", "Tired, but steady.")


def _stamp(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def _days(start: dt.date, span_days: int) -> Iterator[tuple[dt.date, float]]:
    for offset in range(span_days):
        yield start + dt.timedelta(days=offset), offset / max(span_days - 1, 1)


def demo_trackers(years: int, seed: int, today: dt.date | None = None,
                  daily: bool = False) -> TrackerSet:
    """Tracker records over `years` years up to today (`daily`: an urge, an intention
    and the odd promise and worry every day, for benchmarks)."""
    rng = random.Random(seed * 7919 + 17)
    end = today or dt.date(2026, 6, 30)
    span_days = max(1, years * 365)
    start = end - dt.timedelta(days=span_days - 1)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    urges: list[Urge] = []
    promises: list[Promise] = []
    intentions: list[Intention] = []
    worries: list[Worry] = []
    for day, progress in _days(start, span_days):
        if daily or rng.random() < URGE_DAYS:
            started = _stamp(day, rng.randint(8, 22), rng.randint(0, 59))
            outcome = rng.choices(
                (UrgeOutcome.RESISTED, UrgeOutcome.PARTLY, UrgeOutcome.ACTED),
                (0.25 + 0.55 * progress, 0.2, 0.55 - 0.45 * progress))[0]
            kind = rng.choice(tuple(UrgeKind))
            peak = max(0, min(PEAK_MAX, round(rng.gauss(8 - 3.5 * progress, 1.5))))
            answered = day < end and rng.random() < 0.5
            urges.append(Urge(
                uuid=uid(), local_date=day, started_utc=started, kind=kind, peak=peak,
                outcome=outcome, updated_utc=started + dt.timedelta(minutes=12),
                other=MARK + "Wanted to read the old messages again." if kind is UrgeKind.OTHER
                else "",
                instead=MARK + rng.choice(_INSTEAD) if outcome is not UrgeOutcome.ACTED else "",
                surfed_seconds=rng.choice((180, 420, 600, 600)),
                feeling_after=MARK + rng.choice(_FEELINGS_AFTER) if answered else None,
                followed_up_utc=started + dt.timedelta(hours=3) if answered else None))
        if daily or rng.random() < INTENTION_DAYS:
            checked = day < end
            outcome_i = rng.choices(tuple(IntentionOutcome),
                                    (0.35 + 0.4 * progress, 0.3, 0.35 - 0.3 * progress))[0]
            intentions.append(Intention(
                uuid=uid(), local_date=day, text=MARK + rng.choice(_INTENTIONS),
                updated_utc=_stamp(day, 8, 30), outcome=outcome_i if checked else None))
        if (day - start).days % PROMISE_EVERY == 0 or (daily and rng.random() < 0.3):
            text, by = rng.choice(_PROMISES)
            due = day + dt.timedelta(days=rng.randint(1, 7))
            settled = due <= end
            status = rng.choices(
                (PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.RENEGOTIATED),
                (0.5 + 0.35 * progress, 0.35 - 0.3 * progress, 0.15))[0] if settled \
                else PromiseStatus.OPEN
            promises.append(Promise(
                uuid=uid(), text=MARK + text, by=by, made_on=day,
                updated_utc=_stamp(min(due, end), 20, 0), due=due, status=status,
                note=MARK + rng.choice(_NOTES) if status is PromiseStatus.RENEGOTIATED else "",
                settled_on=due if settled else None))
        if (day - start).days % WORRY_EVERY == 0 or (daily and rng.random() < 0.2):
            sureness = min(100, max(10, round(rng.gauss(80 - 25 * progress, 12) / 5) * 5))
            look_on = day + dt.timedelta(days=rng.randint(2, 10))
            settled = look_on <= end
            came_true = rng.random() < 0.08 + 0.1 * (sureness / 100)
            outcome_w = (WorryOutcome.CAME_TRUE if came_true else
                         rng.choice((WorryOutcome.DID_NOT, WorryOutcome.DID_NOT,
                                     WorryOutcome.PARTLY))) if settled else None
            worries.append(Worry(
                uuid=uid(), text=MARK + rng.choice(_WORRIES), sureness=sureness, made_on=day,
                look_on=look_on, updated_utc=_stamp(min(look_on, end), 21, 0),
                outcome=outcome_w,
                what_happened=MARK + rng.choice(_HAPPENED) if settled else "",
                settled_on=look_on if settled else None))
    return TrackerSet(urges=tuple(urges), promises=tuple(promises),
                      intentions=tuple(intentions), worries=tuple(worries))


__all__ = ["MARK", "demo_trackers"]
