"""Shared pieces of the urge tests: a clock that moves only when told, and saved urges."""

from __future__ import annotations

import datetime as dt
import uuid

from trustjournal.core.trackers import Urge, UrgeKind, UrgeOutcome

HARM = "I want to kill myself tonight."


class FakeClock:
    """Seconds that pass only when the test says so (no sleeping)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def saved_urge(journal, hours_ago: float = 2.0, **fields) -> Urge:  # type: ignore[no-untyped-def]
    """An urge stored in the journal, started `hours_ago` hours before now."""
    started = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=hours_ago)
    values = {"uuid": str(uuid.uuid4()), "local_date": started.astimezone().date(),
              "started_utc": started, "kind": UrgeKind.CHECK_PHONE, "peak": 6,
              "outcome": UrgeOutcome.RESISTED, "updated_utc": started,
              "surfed_seconds": 600}
    values.update(fields)
    urge = Urge(**values)
    journal.save_urge(urge)
    return urge
