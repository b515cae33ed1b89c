"""Tracker records with every field used: unicode, optional fields set and unset, open
and settled records, and an own exercise in several versions (one removed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from trustjournal.core.trackers import (
    Intention,
    IntentionOutcome,
    Promise,
    PromiseBy,
    PromiseStatus,
    TrackerSet,
    Urge,
    UrgeKind,
    UrgeOutcome,
    UserExerciseVersion,
    Worry,
    WorryOutcome,
)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def own_toml(exercise_id: str = "evening_calm", version: int = 1, title: str = "Evening calm",
             prompt: str = "What helped today? — Été, 日記 😊") -> str:
    """A small exercise definition the loader accepts."""
    return (f'id = "{exercise_id}"\nversion = {version}\ntitle = "{title}"\n'
            'why = "A quiet look back at the day."\naudiences = ["both"]\nminutes = 3\n\n'
            f'[[steps]]\nid = "helped"\nkind = "text"\nprompt = "{prompt}"\n')


URGES = (
    Urge(uuid="10000000-0000-4000-8000-000000000001", local_date=dt.date(2024, 3, 4),
         started_utc=utc(2024, 3, 4, 21, 5, 7, 250000), kind=UrgeKind.CHECK_PHONE, peak=8,
         outcome=UrgeOutcome.RESISTED, updated_utc=utc(2024, 3, 4, 22, 30),
         instead="Walked round the block — «frische Luft»", surfed_seconds=600,
         feeling_after="Calmer, 少し", followed_up_utc=utc(2024, 3, 4, 22, 30)),
    Urge(uuid="10000000-0000-4000-8000-000000000002", local_date=dt.date(2024, 3, 6),
         started_utc=utc(2024, 3, 6, 7, 0), kind=UrgeKind.OTHER, peak=0,
         outcome=UrgeOutcome.ACTED, updated_utc=utc(2024, 3, 6, 7, 1),
         other="Read her \"old\" messages\nagain", surfed_seconds=0),
    Urge(uuid="10000000-0000-4000-8000-000000000003", local_date=dt.date(2024, 3, 12),
         started_utc=utc(2024, 3, 12, 23, 59, 59), kind=UrgeKind.ASK_REASSURANCE, peak=10,
         outcome=UrgeOutcome.PARTLY, updated_utc=utc(2024, 3, 13, 9, 0), surfed_seconds=95,
         feeling_after=None, followed_up_utc=utc(2024, 3, 13, 9, 0)),
)
PROMISES = (
    Promise(uuid="20000000-0000-4000-8000-000000000001", text="Call when I'm late ☎",
            by=PromiseBy.ME, made_on=dt.date(2024, 3, 1), updated_utc=utc(2024, 3, 8, 18, 0),
            due=dt.date(2024, 3, 8), status=PromiseStatus.KEPT, note="Every time, even 5 min",
            settled_on=dt.date(2024, 3, 8)),
    Promise(uuid="20000000-0000-4000-8000-000000000002", text="Share the calendar",
            by=PromiseBy.PARTNER, made_on=dt.date(2024, 3, 2),
            updated_utc=utc(2024, 3, 9, 10, 0), status=PromiseStatus.RENEGOTIATED,
            note="Only work events, we agreed", settled_on=dt.date(2024, 3, 9)),
    Promise(uuid="20000000-0000-4000-8000-000000000003", text="Sunday walk, no phones",
            by=PromiseBy.US, made_on=dt.date(2024, 3, 3), updated_utc=utc(2024, 3, 3, 12, 0)),
    Promise(uuid="20000000-0000-4000-8000-000000000004", text="No checking her phone",
            by=PromiseBy.ME, made_on=dt.date(2024, 3, 5), updated_utc=utc(2024, 3, 7, 8, 0),
            due=dt.date(2024, 3, 30), status=PromiseStatus.BROKEN,
            settled_on=dt.date(2024, 3, 7)),
)
INTENTIONS = (
    Intention(uuid="30000000-0000-4000-8000-000000000001", local_date=dt.date(2024, 3, 4),
              text="Ask about her day and listen", updated_utc=utc(2024, 3, 5, 8, 0),
              outcome=IntentionOutcome.DONE, note="She laughed 😊"),
    Intention(uuid="30000000-0000-4000-8000-000000000002", local_date=dt.date(2024, 3, 5),
              text="Say what I feel, not what I fear", updated_utc=utc(2024, 3, 6, 8, 0),
              outcome=IntentionOutcome.NOT_TODAY),
    Intention(uuid="30000000-0000-4000-8000-000000000003", local_date=dt.date(2024, 3, 6),
              text="Écouter sans interrompre", updated_utc=utc(2024, 3, 6, 7, 0)),
)
WORRIES = (
    Worry(uuid="40000000-0000-4000-8000-000000000001", text="She will cancel Friday",
          sureness=90, made_on=dt.date(2024, 3, 1), look_on=dt.date(2024, 3, 8),
          updated_utc=utc(2024, 3, 8, 20, 0), outcome=WorryOutcome.DID_NOT,
          what_happened="We went, it was lovely — 素敵", settled_on=dt.date(2024, 3, 8)),
    Worry(uuid="40000000-0000-4000-8000-000000000002", text="He's hiding something",
          sureness=100, made_on=dt.date(2024, 3, 2), look_on=dt.date(2024, 3, 2),
          updated_utc=utc(2024, 3, 9, 9, 0), outcome=WorryOutcome.PARTLY,
          settled_on=dt.date(2024, 3, 9)),
    Worry(uuid="40000000-0000-4000-8000-000000000003", text="The trip will go badly",
          sureness=0, made_on=dt.date(2024, 3, 10), look_on=dt.date(2024, 4, 1),
          updated_utc=utc(2024, 3, 10, 19, 0)),
)
EXERCISES = (
    UserExerciseVersion("evening_calm", 1, own_toml(), utc(2024, 2, 1, 9, 0)),
    UserExerciseVersion("evening_calm", 2, own_toml(version=2, title="Evening calm, kinder"),
                        utc(2024, 2, 10, 9, 0, 0, 5)),
    UserExerciseVersion("my_reassurance", 1,
                        own_toml("my_reassurance", prompt="Was ich brauche"),
                        utc(2024, 2, 3, 9, 0), based_on="reassurance_for_two",
                        removed_utc=utc(2024, 3, 1, 12, 0)),
)
FULL = TrackerSet(urges=URGES, promises=PROMISES, intentions=INTENTIONS, worries=WORRIES,
                  exercises=EXERCISES)


def save_trackers(journal: Any, trackers: TrackerSet) -> None:
    """Save every urge, promise, intention and worry of `trackers` through the journal."""
    for urge in trackers.urges:
        journal.save_urge(urge)
    for promise in trackers.promises:
        journal.save_promise(promise)
    for intention in trackers.intentions:
        journal.save_intention(intention)
    for worry in trackers.worries:
        journal.save_worry(worry)
