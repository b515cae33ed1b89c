"""Tracker records written through the journal API, for the Progress, weekly review and
stats tests: one call per record, with the figures the tests then expect."""

from __future__ import annotations

import datetime as dt

from tests.storage import tracker_records as records
from trustjournal.core.trackers import (
    IntentionOutcome,
    PromiseBy,
    PromiseStatus,
    UrgeOutcome,
    WorryOutcome,
)
from trustjournal.storage import Journal


def urge(journal: Journal, day: dt.date, outcome: UrgeOutcome, peak: int) -> str:
    made = records.urge(day, outcome=outcome, peak=peak, instead="Went for a walk.")
    journal.save_urge(made)
    return made.uuid


def promise(journal: Journal, by: PromiseBy, made: dt.date,
            status: PromiseStatus = PromiseStatus.OPEN, settled: dt.date | None = None) -> str:
    made_promise = records.promise(made, by=by, status=status, settled_on=settled)
    journal.save_promise(made_promise)
    return made_promise.uuid


def intention(journal: Journal, day: dt.date, outcome: IntentionOutcome | None) -> str:
    made = records.intention(day, outcome=outcome)
    journal.save_intention(made)
    return made.uuid


def worry(journal: Journal, sureness: int, made: dt.date, outcome: WorryOutcome | None,
          settled: dt.date | None = None) -> str:
    made_worry = records.worry(made, sureness=sureness, look_on=settled, outcome=outcome,
                               settled_on=settled if outcome else None)
    journal.save_worry(made_worry)
    return made_worry.uuid


def fill_month(journal: Journal, monday: dt.date) -> None:
    """Four weeks from `monday`: urges in weeks 1, 3 and 4 (7 of 10 resisted, 1 partly),
    promises settled in weeks 1 and 2, six intentions, and 5 worries looked at again."""
    week = [monday + dt.timedelta(days=7 * n) for n in range(4)]
    day = dt.timedelta(days=1)
    R, P, A = UrgeOutcome.RESISTED, UrgeOutcome.PARTLY, UrgeOutcome.ACTED
    for when, outcome, peak in ((week[0], R, 8), (week[0], A, 9), (week[0], A, 7),
                                (week[0] + 2 * day, R, 6),
                                (week[2] + day, R, 5), (week[2] + day, R, 6),
                                (week[2] + day, P, 4),
                                (week[3] + 2 * day, R, 3), (week[3] + 2 * day, R, 2),
                                (week[3] + 2 * day, R, 4)):
        urge(journal, when, outcome, peak)
    K, B, N = PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.RENEGOTIATED
    for by, status, settled in ((PromiseBy.ME, K, week[0] + day), (PromiseBy.ME, K, week[0]),
                                (PromiseBy.ME, B, week[0] + day), (PromiseBy.ME, K, week[1]),
                                (PromiseBy.PARTNER, K, week[1]),
                                (PromiseBy.PARTNER, N, week[1] + day)):
        promise(journal, by, week[0], status, settled)
    promise(journal, PromiseBy.US, week[1])  # still open
    D_, PT, NT = IntentionOutcome.DONE, IntentionOutcome.PARTLY, IntentionOutcome.NOT_TODAY
    for when, outcome in ((week[0], D_), (week[0] + day, PT), (week[0] + 2 * day, NT),
                          (week[1], D_), (week[1] + day, D_), (week[3] + 5 * day, None)):
        intention(journal, when, outcome)
    for sureness, outcome in ((90, WorryOutcome.DID_NOT), (85, WorryOutcome.DID_NOT),
                              (80, WorryOutcome.CAME_TRUE), (95, WorryOutcome.DID_NOT),
                              (40, WorryOutcome.DID_NOT)):
        worry(journal, sureness, week[0], outcome, week[2])
    worry(journal, 70, week[3], None)  # waits for its day
