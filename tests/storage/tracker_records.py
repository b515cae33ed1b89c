"""Tracker records for the storage tests, and raw row reads to check what landed."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from typing import Any

from trustjournal.core.trackers import (
    Intention,
    IntentionOutcome,
    Promise,
    PromiseBy,
    PromiseStatus,
    Urge,
    UrgeKind,
    UrgeOutcome,
    Worry,
    WorryOutcome,
)

D = dt.date
UTC = dt.UTC
NOW = dt.datetime(2024, 3, 10, 12, 0, 0, 250000, tzinfo=UTC)
MARCH_1 = D(2024, 3, 1)
MARCH_9 = D(2024, 3, 9)
TRACKER_TABLES = ("urges", "promises", "intentions", "worries", "user_exercises")


def new_id() -> str:
    return str(uuidlib.uuid4())


def urge(day: dt.date = MARCH_9, *, at: dt.datetime | None = None,
         outcome: UrgeOutcome = UrgeOutcome.RESISTED, peak: int = 6,
         kind: UrgeKind = UrgeKind.CHECK_PHONE, uuid: str | None = None, **kw: Any) -> Urge:
    started = at or dt.datetime.combine(day, dt.time(21, 5, 7, 120034), tzinfo=UTC)
    return Urge(uuid=uuid or new_id(), local_date=day, started_utc=started, kind=kind,
                peak=peak, outcome=outcome, updated_utc=NOW, **kw)


def promise(made_on: dt.date = MARCH_1, *, text: str = "Call when I am late",
            by: PromiseBy = PromiseBy.ME, due: dt.date | None = None,
            status: PromiseStatus = PromiseStatus.OPEN, settled_on: dt.date | None = None,
            uuid: str | None = None, **kw: Any) -> Promise:
    return Promise(uuid=uuid or new_id(), text=text, by=by, made_on=made_on, due=due,
                   status=status, settled_on=settled_on, updated_utc=NOW, **kw)


def intention(day: dt.date = MARCH_9, *, text: str = "Say thank you once",
              outcome: IntentionOutcome | None = None, uuid: str | None = None,
              **kw: Any) -> Intention:
    return Intention(uuid=uuid or new_id(), local_date=day, text=text, outcome=outcome,
                     updated_utc=NOW, **kw)


def worry(made_on: dt.date = MARCH_1, *, text: str = "She will not call back",
          sureness: int = 80, look_on: dt.date | None = None,
          outcome: WorryOutcome | None = None, settled_on: dt.date | None = None,
          uuid: str | None = None, **kw: Any) -> Worry:
    return Worry(uuid=uuid or new_id(), text=text, sureness=sureness, made_on=made_on,
                 look_on=look_on or made_on + dt.timedelta(days=7), outcome=outcome,
                 settled_on=settled_on, updated_utc=NOW, **kw)


def count_rows(journal: Any, tables: tuple[str, ...] = (*TRACKER_TABLES, "entries")
               ) -> dict[str, int]:
    """Rows in each table, read straight from the file."""
    with journal._gateway.read() as cur:
        return {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def raw(journal: Any, table: str, uuid: str) -> dict[str, Any]:
    """One row as its columns hold it."""
    with journal._gateway.read() as cur:
        cur.execute(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,))
        names = [d[0] for d in cur.description]
        row = cur.fetchone()
    assert row is not None, f"no {table} row {uuid}"
    return dict(zip(names, row, strict=True))
