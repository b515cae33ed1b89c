"""Tracker records as rows of their tables, and back: the one spelling shared by the
tracker store, the export of every record and the import of a TrackerSet.

Dates and times are spelled as storage/rows.py spells them (days 'YYYY-MM-DD', times as
naive UTC with six fraction digits), so they sort as text and read back as aware UTC.
Every write is an upsert by uuid that never deletes another row: an intention for a day
that already has one fails on the unique index instead of replacing it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
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
    check_intention,
    check_promise,
    check_urge,
    check_worry,
)
from trustjournal.storage.errors import JournalError
from trustjournal.storage.rows import db_date, db_time, read_date, read_time

if TYPE_CHECKING:  # loads with the first exercise version read (core.tracker_sets)
    from trustjournal.core.tracker_sets import UserExerciseVersion

Cursor = Any  # a sqlcipher3 cursor


@lazy_dataclass(frozen=True, slots=True)
class Table:
    """How one kind of tracker record maps onto its table."""

    name: str  # the table
    noun: str  # what the person calls one record, for messages
    columns: tuple[str, ...]  # uuid first
    to_row: Callable[[Any], tuple[Any, ...]]
    from_row: Callable[[Sequence[Any]], Any]
    check: Callable[[Any], list[str]]

    @property
    def select(self) -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.name} "

    @property
    def insert(self) -> str:
        """Insert only: a row with the same uuid is an error, never replaced."""
        return (f"INSERT INTO {self.name} ({', '.join(self.columns)}) "
                f"VALUES ({', '.join('?' * len(self.columns))})")

    @property
    def upsert(self) -> str:
        """Insert, or replace the row with the same uuid (and only that row)."""
        names = ", ".join(self.columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in self.columns[1:])
        return (f"INSERT INTO {self.name} ({names}) VALUES ({', '.join('?' * len(self.columns))}) "
                f"ON CONFLICT(uuid) DO UPDATE SET {updates}")


def _date(value: Any) -> Any:
    return None if value is None else db_date(value)


def _read_date(text: str | None) -> Any:
    return None if text is None else read_date(text)


def _urge_row(u: Urge) -> tuple[Any, ...]:
    return (u.uuid, db_date(u.local_date), db_time(u.started_utc), str(u.kind), u.peak,
            str(u.outcome), u.other, u.instead, u.surfed_seconds, u.feeling_after,
            db_time(u.followed_up_utc), db_time(u.updated_utc))


def _urge(r: Sequence[Any]) -> Urge:
    return Urge(uuid=r[0], local_date=read_date(r[1]), started_utc=read_time(r[2]),  # type: ignore[arg-type]
                kind=UrgeKind(r[3]), peak=r[4], outcome=UrgeOutcome(r[5]), other=r[6],
                instead=r[7], surfed_seconds=r[8], feeling_after=r[9],
                followed_up_utc=read_time(r[10]), updated_utc=read_time(r[11]))  # type: ignore[arg-type]


def _promise_row(p: Promise) -> tuple[Any, ...]:
    return (p.uuid, p.text, str(p.by), db_date(p.made_on), _date(p.due), str(p.status),
            p.note, _date(p.settled_on), db_time(p.updated_utc))


def _promise(r: Sequence[Any]) -> Promise:
    return Promise(uuid=r[0], text=r[1], by=PromiseBy(r[2]), made_on=read_date(r[3]),
                   due=_read_date(r[4]), status=PromiseStatus(r[5]), note=r[6],
                   settled_on=_read_date(r[7]), updated_utc=read_time(r[8]))  # type: ignore[arg-type]


def _intention_row(i: Intention) -> tuple[Any, ...]:
    return (i.uuid, db_date(i.local_date), i.text,
            None if i.outcome is None else str(i.outcome), i.note, db_time(i.updated_utc))


def _intention(r: Sequence[Any]) -> Intention:
    return Intention(uuid=r[0], local_date=read_date(r[1]), text=r[2],
                     outcome=None if r[3] is None else IntentionOutcome(r[3]), note=r[4],
                     updated_utc=read_time(r[5]))  # type: ignore[arg-type]


def _worry_row(w: Worry) -> tuple[Any, ...]:
    return (w.uuid, w.text, w.sureness, db_date(w.made_on), db_date(w.look_on),
            None if w.outcome is None else str(w.outcome), w.what_happened,
            _date(w.settled_on), db_time(w.updated_utc))


def _worry(r: Sequence[Any]) -> Worry:
    return Worry(uuid=r[0], text=r[1], sureness=r[2], made_on=read_date(r[3]),
                 look_on=read_date(r[4]),
                 outcome=None if r[5] is None else WorryOutcome(r[5]), what_happened=r[6],
                 settled_on=_read_date(r[7]), updated_utc=read_time(r[8]))  # type: ignore[arg-type]


URGES = Table(
    "urges", "urge",
    ("uuid", "local_date", "started_utc", "kind", "peak", "outcome", "other", "instead",
     "surfed_seconds", "feeling_after", "followed_up_utc", "updated_utc"),
    _urge_row, _urge, check_urge)
PROMISES = Table(
    "promises", "promise",
    ("uuid", "text", "made_by", "made_on", "due", "status", "note", "settled_on",
     "updated_utc"),
    _promise_row, _promise, check_promise)
INTENTIONS = Table(
    "intentions", "intention",
    ("uuid", "local_date", "text", "outcome", "note", "updated_utc"),
    _intention_row, _intention, check_intention)
WORRIES = Table(
    "worries", "worry",
    ("uuid", "text", "sureness", "made_on", "look_on", "outcome", "what_happened",
     "settled_on", "updated_utc"),
    _worry_row, _worry, check_worry)

# In the order tracker_set() returns them, with the order of each tuple.
TABLES: tuple[tuple[Table, str], ...] = (
    (URGES, "started_utc, uuid"),
    (PROMISES, "made_on, uuid"),
    (INTENTIONS, "local_date, uuid"),
    (WORRIES, "made_on, uuid"),
)


def refuse(table: Table, record: Any, *, imported: bool = False) -> None:
    """Raise JournalError in the person's words when `record` fails its check (nothing
    has been written then). Names the kind of record, never its text."""
    problems = _basic_problems(record)
    if not problems:
        try:
            problems = table.check(record)
            # A field of the wrong type or an unknown choice fails here, not mid-write.
            table.from_row(table.to_row(record))
        except (TypeError, ValueError, AttributeError):
            problems = ["Some of its fields do not hold what they should."]
    if problems:
        start = (f"An imported {table.noun} ({record.uuid}) cannot be used"
                 if imported else f"The {table.noun} could not be saved")
        raise JournalError(translate("StorageTrackerRows",
            "{start}: {join}").format(
            start=start, join=' '.join(problems)))


def _basic_problems(record: Any) -> list[str]:
    # What the core checks take for granted: a record made in this process has it,
    # one read from a file may not.
    uuid = getattr(record, "uuid", None)
    if not isinstance(uuid, str) or not uuid.strip() or len(uuid) > 36:
        return ["It has no usable id."]
    return []


# -- user exercise versions ----------------------------------------------------------

EXERCISE_COLUMNS = "exercise_id, version, toml, saved_utc, based_on, removed_utc"
INSERT_EXERCISE = (f"INSERT INTO user_exercises ({EXERCISE_COLUMNS}) "
                   "VALUES (?, ?, ?, ?, ?, ?)")
EXERCISE_ID_MAX = 80


def exercise_row(v: UserExerciseVersion) -> tuple[Any, ...]:
    """The row of one user exercise version."""
    return (v.exercise_id, v.version, v.toml, db_time(v.saved_utc), v.based_on,
            db_time(v.removed_utc))


def exercise_version(r: Sequence[Any]) -> UserExerciseVersion:
    """A user exercise version from its row (EXERCISE_COLUMNS order)."""
    from trustjournal.core.tracker_sets import UserExerciseVersion

    return UserExerciseVersion(exercise_id=r[0], version=r[1], toml=r[2],
                               saved_utc=read_time(r[3]), based_on=r[4],  # type: ignore[arg-type]
                               removed_utc=read_time(r[5]))


def exercise_id_problems(exercise_id: object) -> list[str]:
    """What is wrong with an exercise id for a user exercise (empty when fine)."""
    if not isinstance(exercise_id, str) or not exercise_id.strip():
        return ["The exercise needs an id."]
    if len(exercise_id) > EXERCISE_ID_MAX:
        return [f"The exercise id is longer than {EXERCISE_ID_MAX} characters."]
    return []


def check_exercise_version(v: UserExerciseVersion) -> list[str]:
    """What is wrong with a user exercise version read from a file (empty when fine)."""
    problems = exercise_id_problems(v.exercise_id)
    if not isinstance(v.version, int) or isinstance(v.version, bool) or v.version < 1:
        problems.append("Its version must be a whole number from 1 up.")
    if not isinstance(v.toml, str) or not v.toml.strip():
        problems.append("It has no exercise text.")
    if v.based_on is not None and len(v.based_on) > EXERCISE_ID_MAX:
        problems.append("The id of the exercise it is based on is too long.")
    return problems


__all__ = [
    "EXERCISE_COLUMNS", "INSERT_EXERCISE", "INTENTIONS", "PROMISES", "TABLES", "URGES",
    "WORRIES", "Table", "check_exercise_version", "exercise_id_problems", "exercise_row",
    "exercise_version", "refuse",
]
