"""The user's own exercises: every saved version of each, its TOML text kept whole.

Storage does not read the TOML (core/exercises does); it keeps versions apart, never
changes one once saved, and remembers which exercises the user removed from their list
(their versions stay, so entries made with them still render).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trustjournal.core.entries import Change
from trustjournal.core.i18n import translate
from trustjournal.core.trackers import UserExerciseVersion
from trustjournal.storage.errors import JournalError
from trustjournal.storage.rows import db_time, utc_now
from trustjournal.storage.tracker_rows import (
    EXERCISE_COLUMNS,
    INSERT_EXERCISE,
    exercise_id_problems,
    exercise_version,
)

if TYPE_CHECKING:
    from trustjournal.storage.gateway import Gateway

_SELECT = f"SELECT {EXERCISE_COLUMNS} FROM user_exercises "


class OwnExerciseStore:
    """Versions of the exercises the user built, inside the journal (so an encrypted
    journal encrypts them)."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway

    def save_user_exercise(self, exercise_id: str, toml: str, based_on: str | None = None
                           ) -> UserExerciseVersion:
        """Keep `toml` as the exercise's next version (1 for a new id) and put a removed
        exercise back on the list. A text equal to the latest version's stores nothing
        and returns that version. Without `based_on` a new version keeps the previous
        version's."""
        problems = exercise_id_problems(exercise_id)
        if not isinstance(toml, str) or not toml.strip():
            problems.append("The exercise has no text.")
        if problems:
            raise JournalError(translate("StorageOwnExercises",
                "The exercise could not be saved: {join}").format(
                join=' '.join(problems)))
        with self._gateway.write() as cur:
            latest = cur.execute(_SELECT + "WHERE exercise_id = ? ORDER BY version DESC "
                                 "LIMIT 1", (exercise_id,)).fetchone()
            cur.execute("UPDATE user_exercises SET removed_utc = NULL "
                        "WHERE exercise_id = ? AND removed_utc IS NOT NULL", (exercise_id,))
            if latest is not None and latest[2] == toml:
                return exercise_version((*latest[:5], None))
            if based_on is None and latest is not None:
                based_on = latest[4]
            saved = UserExerciseVersion(
                exercise_id=exercise_id, version=1 if latest is None else latest[1] + 1,
                toml=toml, saved_utc=utc_now(), based_on=based_on)
            cur.execute(INSERT_EXERCISE, (saved.exercise_id, saved.version, saved.toml,
                                          db_time(saved.saved_utc), saved.based_on, None))
            row = cur.execute(_SELECT + "WHERE exercise_id = ? AND version = ?",
                              (exercise_id, saved.version)).fetchone()
        return exercise_version(row)

    def user_exercises(self) -> list[UserExerciseVersion]:
        """The latest version of each exercise not removed, by id."""
        with self._gateway.read() as cur:
            return [exercise_version(r) for r in cur.execute(
                _SELECT + "AS u WHERE removed_utc IS NULL AND version = (SELECT max(version) "
                "FROM user_exercises WHERE exercise_id = u.exercise_id) ORDER BY exercise_id")]

    def user_exercise(self, exercise_id: str, version: int | None = None
                      ) -> UserExerciseVersion | None:
        """One version (the latest without `version`), removed or not; None if unknown."""
        with self._gateway.read() as cur:
            if version is None:
                row = cur.execute(_SELECT + "WHERE exercise_id = ? ORDER BY version DESC "
                                  "LIMIT 1", (exercise_id,)).fetchone()
            else:
                row = cur.execute(_SELECT + "WHERE exercise_id = ? AND version = ?",
                                  (exercise_id, version)).fetchone()
        return None if row is None else exercise_version(row)

    def user_exercise_versions(self, exercise_id: str) -> list[UserExerciseVersion]:
        """Every saved version of the exercise, oldest first."""
        with self._gateway.read() as cur:
            return [exercise_version(r) for r in cur.execute(
                _SELECT + "WHERE exercise_id = ? ORDER BY version", (exercise_id,))]

    def remove_user_exercise(self, exercise_id: str) -> Change:
        """Take the exercise off the user's list; its versions stay for old entries.
        An empty Change when it was not on the list."""
        with self._gateway.write() as cur:
            gone = cur.execute("UPDATE user_exercises SET removed_utc = ? "
                               "WHERE exercise_id = ? AND removed_utc IS NULL",
                               (db_time(utc_now()), exercise_id)).rowcount
        return Change(exercises=True) if gone else Change()


__all__ = ["OwnExerciseStore"]
