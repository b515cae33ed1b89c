"""The trackers taken together: every record at once with the user's exercise versions
(`TrackerSet`, for export and import), a search hit (`TrackerHit`), and the per-day
rows storage counts for the Progress page (`TrackerData`).

core.trackers names all of them too (they load from here when first named there): the
window's start-up needs only the single records, and loads no module it does not need
(the records' methods are written on first use: core.lazy_dataclass). Standard library
only.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from trustjournal.core.lazy_dataclass import lazy_dataclass

if TYPE_CHECKING:
    from trustjournal.core.trackers import Intention, Promise, TrackerKind, Urge, Worry


@lazy_dataclass(frozen=True, slots=True)
class UserExerciseVersion:
    """One saved version of an exercise the user built: its whole TOML text, as the
    exercise loader reads it. Versions are never changed once saved, so entries made
    with an older version still render with the questions they answered. `based_on` is
    the built-in exercise it was duplicated from, if any; `removed_utc` marks an
    exercise the user removed from their list (its versions stay for old entries)."""

    exercise_id: str
    version: int
    toml: str
    saved_utc: dt.datetime
    based_on: str | None = None
    removed_utc: dt.datetime | None = None


@lazy_dataclass(frozen=True, slots=True)
class TrackerSet:
    """Every tracker record and user exercise version of a journal (export, import)."""

    urges: tuple[Urge, ...] = ()
    promises: tuple[Promise, ...] = ()
    intentions: tuple[Intention, ...] = ()
    worries: tuple[Worry, ...] = ()
    exercises: tuple[UserExerciseVersion, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.urges or self.promises or self.intentions or self.worries
                    or self.exercises)


@lazy_dataclass(frozen=True, slots=True)
class TrackerHit:
    """A tracker record whose text matched a search: which one, its day, and the text."""

    kind: TrackerKind
    uuid: str
    day: dt.date
    text: str


# -- what storage aggregates for Progress (per day, live data only) ------------------


class UrgeDay(NamedTuple):
    """The urges logged on one day: how each ended and the sum of their peaks."""

    day: dt.date
    urges: int
    resisted: int
    partly: int
    acted: int
    peak_sum: int


class PromiseDay(NamedTuple):
    """Promises by one person settled on one day, by how they were settled."""

    day: dt.date
    by: str  # a PromiseBy value
    kept: int
    broken: int
    renegotiated: int


class IntentionDay(NamedTuple):
    """One day's intention: None when it was set but not checked off yet."""

    day: dt.date
    outcome: str | None  # an IntentionOutcome value


class WorryCount(NamedTuple):
    """How many settled worries had this sureness and this outcome (calibration)."""

    sureness: int
    outcome: str  # a WorryOutcome value
    count: int


@lazy_dataclass(frozen=True, slots=True)
class TrackerData:
    """What the Progress page needs of the trackers over a range of days, oldest first.

    Urges and intentions count on their own day, promises on the day they were settled,
    worries on the day they were settled (calibration counts every settled worry in the
    range); `open_worries` is how many still wait for their day.
    """

    urges: tuple[UrgeDay, ...] = ()
    promises: tuple[PromiseDay, ...] = ()
    intentions: tuple[IntentionDay, ...] = ()
    worries: tuple[WorryCount, ...] = ()
    open_worries: int = 0
    open_promises: int = 0
    first_day: dt.date | None = None  # the earliest day of any tracker record
