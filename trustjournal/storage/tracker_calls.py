"""The Journal's tracker calls: urges, promises, daily intentions, worries and the
user's own exercises, as one-line delegations to their stores.

Journal (storage/journal.py) takes them in; they live here to keep that module small.
The stores are made on first use, like the Journal's other late stores.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustjournal.core.entries import Change
    from trustjournal.core.trackers import (
        Intention,
        Promise,
        PromiseStatus,
        TrackerData,
        TrackerHit,
        TrackerSet,
        Urge,
        UserExerciseVersion,
        Worry,
    )
    from trustjournal.storage.gateway import Gateway
    from trustjournal.storage.own_exercises import OwnExerciseStore
    from trustjournal.storage.stats import KeptTrackerData
    from trustjournal.storage.trackers import TrackerStore


class TrackerCalls:
    """The tracker part of the Journal API, kept apart from journal.py."""

    _gateway: Gateway

    @cached_property
    def trackers(self) -> TrackerStore:
        """Urges, promises, daily intentions and worries."""
        from trustjournal.storage.trackers import TrackerStore

        return TrackerStore(self._gateway)

    @cached_property
    def own_exercises(self) -> OwnExerciseStore:
        """Versions of the exercises the user built."""
        from trustjournal.storage.own_exercises import OwnExerciseStore

        return OwnExerciseStore(self._gateway)

    # -- trackers (TrackerStore) ---------------------------------------------------

    def save_urge(self, urge: Urge) -> Change:
        """Insert the urge, or replace the one with its uuid (checked first)."""
        return self.trackers.save_urge(urge)

    def get_urge(self, uuid: str) -> Urge:
        """One urge; TrackerNotFoundError if there is none."""
        return self.trackers.get_urge(uuid)

    def urges(self, start: dt.date | None = None, end: dt.date | None = None,
              limit: int | None = None) -> list[Urge]:
        """Urges of days start..end, newest first."""
        return self.trackers.urges(start, end, limit)

    def delete_urge(self, uuid: str) -> Change:
        """Delete an urge for good."""
        return self.trackers.delete_urge(uuid)

    def urges_to_follow_up(self, now: dt.datetime, limit: int | None = None) -> list[Urge]:
        """Urges still to be asked "how do you feel now?", newest first (the first
        `limit` of them when given)."""
        return self.trackers.urges_to_follow_up(now, limit)

    def save_promise(self, promise: Promise) -> Change:
        """Insert the promise, or replace the one with its uuid (checked first)."""
        return self.trackers.save_promise(promise)

    def get_promise(self, uuid: str) -> Promise:
        """One promise; TrackerNotFoundError if there is none."""
        return self.trackers.get_promise(uuid)

    def delete_promise(self, uuid: str) -> Change:
        """Delete a promise for good."""
        return self.trackers.delete_promise(uuid)

    def promises(self, status: PromiseStatus | None = None) -> list[Promise]:
        """Open promises by due day, then settled ones newest first."""
        return self.trackers.promises(status)

    def promises_due(self, day: dt.date) -> list[Promise]:
        """Open promises due by `day`, earliest due first."""
        return self.trackers.promises_due(day)

    def save_intention(self, intention: Intention) -> Change:
        """Insert the intention, or replace the one with its uuid (one per day)."""
        return self.trackers.save_intention(intention)

    def get_intention(self, uuid: str) -> Intention:
        """One intention; TrackerNotFoundError if there is none."""
        return self.trackers.get_intention(uuid)

    def delete_intention(self, uuid: str) -> Change:
        """Delete an intention for good."""
        return self.trackers.delete_intention(uuid)

    def intention_on(self, day: dt.date) -> Intention | None:
        """The intention set for `day`, or None."""
        return self.trackers.intention_on(day)

    def intentions(self, start: dt.date | None = None, end: dt.date | None = None
                   ) -> list[Intention]:
        """Intentions of days start..end, newest first."""
        return self.trackers.intentions(start, end)

    def intentions_to_check(self, day: dt.date) -> list[Intention]:
        """Earlier days' intentions not checked off yet, newest first."""
        return self.trackers.intentions_to_check(day)

    def save_worry(self, worry: Worry) -> Change:
        """Insert the worry, or replace the one with its uuid (checked first)."""
        return self.trackers.save_worry(worry)

    def get_worry(self, uuid: str) -> Worry:
        """One worry; TrackerNotFoundError if there is none."""
        return self.trackers.get_worry(uuid)

    def delete_worry(self, uuid: str) -> Change:
        """Delete a worry for good."""
        return self.trackers.delete_worry(uuid)

    def worries(self, open_only: bool = False) -> list[Worry]:
        """Open worries by the day to look again, then settled ones newest first."""
        return self.trackers.worries(open_only)

    def worries_due(self, day: dt.date) -> list[Worry]:
        """Open worries to look at again by `day`, earliest first."""
        return self.trackers.worries_due(day)

    @cached_property
    def _kept_tracker_data(self) -> KeptTrackerData:
        from trustjournal.storage.stats import KeptTrackerData

        return KeptTrackerData(self._gateway, self.trackers.tracker_data)

    def tracker_data(self, start: dt.date | None = None, end: dt.date | None = None
                     ) -> TrackerData:
        """The Progress page's per-day tracker aggregates over start..end (kept until a
        tracker record changes)."""
        return self._kept_tracker_data.tracker_data(start, end)

    def search_trackers(self, query: str, limit: int = 50) -> list[TrackerHit]:
        """Tracker records holding every word of `query`, newest first."""
        return self.trackers.search_trackers(query, limit)

    def tracker_set(self) -> TrackerSet:
        """Every tracker record and user exercise version (for export)."""
        return self.trackers.tracker_set()

    # -- the user's own exercises (OwnExerciseStore) ---------------------------------

    def save_user_exercise(self, exercise_id: str, toml: str, based_on: str | None = None
                           ) -> UserExerciseVersion:
        """Keep `toml` as the exercise's next version (nothing if unchanged)."""
        return self.own_exercises.save_user_exercise(exercise_id, toml, based_on)

    def user_exercises(self) -> list[UserExerciseVersion]:
        """The latest version of each exercise the user has not removed."""
        return self.own_exercises.user_exercises()

    def user_exercise(self, exercise_id: str, version: int | None = None
                      ) -> UserExerciseVersion | None:
        """One version (latest by default), removed or not; None if unknown."""
        return self.own_exercises.user_exercise(exercise_id, version)

    def user_exercise_versions(self, exercise_id: str) -> list[UserExerciseVersion]:
        """Every version of a user exercise, oldest first."""
        return self.own_exercises.user_exercise_versions(exercise_id)

    def remove_user_exercise(self, exercise_id: str) -> Change:
        """Take an exercise off the user's list (its versions stay)."""
        return self.own_exercises.remove_user_exercise(exercise_id)


__all__ = ["TrackerCalls"]
