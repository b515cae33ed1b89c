"""Exercise entries, their answers and metrics, drafts and check-ins."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from trustjournal.core.entries import Change, Entry, EntryKind
from trustjournal.core.exercises import Metric
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.search import strip_markers
from trustjournal.storage.errors import JournalError
from trustjournal.storage.gateway import Gateway
from trustjournal.storage.revisions import keep_if_changed, version_of
from trustjournal.storage.rows import (
    db_date,
    db_time,
    load_entry,
    newest_checkin,
    py_date,
    py_time,
    set_tags,
    to_entry,
    utc_now,
)

Cursor = Any  # a sqlcipher3 cursor


@lazy_dataclass(frozen=True, slots=True)
class DraftInfo:
    """An exercise left halfway: which one and when it was last touched."""

    exercise_id: str
    exercise_version: int
    updated_utc: dt.datetime


class ExerciseStore:
    """Structured entries (exercises, check-ins) and drafts of one open journal."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway

    def save_entry(
        self,
        *,
        exercise_id: str,
        exercise_version: int,
        title: str,
        body: str,
        answers: Mapping[str, Any],
        metrics: Sequence[Metric],
        kind: EntryKind = EntryKind.EXERCISE,
        local_date: dt.date | None = None,
        entry_uuid: str | None = None,
        tags: Iterable[str] = (),
    ) -> tuple[Entry, Change]:
        """Create (or, with entry_uuid, replace) a finished exercise with its metrics.

        One transaction: the entry, its answers JSON and every metric row land together,
        and the exercise's draft is removed.
        """
        from trustjournal.core.text import clean_tags, clean_title, preview, word_count

        answers_json = json.dumps(dict(answers), ensure_ascii=False, sort_keys=True)
        body = strip_markers(body.replace("\x00", ""))
        now = utc_now()
        fields = {
            "kind": str(kind),
            "title": clean_title(strip_markers(title)),
            "body": body,
            "preview": preview(body),
            "word_count": word_count(body),
            "exercise_id": exercise_id,
            "exercise_version": exercise_version,
            "answers_json": answers_json,
            "updated_utc": db_time(now),
        }
        with self._gateway.write() as cur:
            before = None
            if entry_uuid is None:
                import uuid as uuidlib  # only when a draft is first saved

                new_uuid = str(uuidlib.uuid4())
                fields.update(uuid=new_uuid, created_utc=db_time(now),
                              local_date=db_date(local_date or dt.date.today()), starred=0)
                cur.execute(
                    f"INSERT INTO entries({', '.join(fields)}) "
                    f"VALUES ({', '.join('?' * len(fields))})", tuple(fields.values()))
                entry_id = cur.lastrowid
                order = True
            else:
                new_uuid = entry_uuid
                row = load_entry(cur, entry_uuid)
                if row.exercise_id != exercise_id:
                    raise JournalError(translate("StorageExerciseStore",
                        "That entry belongs to a different exercise."))
                before = version_of(cur, row)  # changed answers keep the old ones
                order = local_date is not None and local_date != row.local_date
                if local_date is not None:
                    fields["local_date"] = db_date(local_date)
                entry_id = row.id
                cur.execute(
                    f"UPDATE entries SET {', '.join(f'{c} = ?' for c in fields)} WHERE id = ?",
                    (*fields.values(), entry_id))
            set_tags(cur, entry_id, clean_tags(tags))
            cur.execute("DELETE FROM metrics WHERE entry_id = ?", (entry_id,))
            cur.executemany(
                "INSERT INTO metrics(entry_id, name, value, label) VALUES (?, ?, ?, ?)",
                [(entry_id, m.name, m.value, m.label) for m in metrics])
            cur.execute("DELETE FROM drafts WHERE exercise_id = ?", (exercise_id,))
            if before is not None:
                keep_if_changed(cur, entry_id, before, now)
            entry = to_entry(load_entry(cur, new_uuid))
        change = Change(entries=frozenset({entry.uuid}), order=order or entry_uuid is None,
                        tags=True, exercises=True)
        return entry, change

    def answers(self, entry_uuid: str) -> dict[str, Any] | None:
        """The answers saved with an exercise entry, or None for a free entry."""
        with self._gateway.read() as cur:
            row = cur.execute(
                "SELECT answers_json FROM entries WHERE uuid = ?", (entry_uuid,)
            ).fetchone()
        return None if row is None or row[0] is None else json.loads(row[0])

    def metrics(self, entry_uuid: str) -> list[Metric]:
        """The metric rows of one entry, in the order they were saved."""
        with self._gateway.read() as cur:
            return [Metric(name, value, label) for name, value, label in cur.execute(
                "SELECT metrics.name, metrics.value, metrics.label FROM metrics "
                "JOIN entries ON entries.id = metrics.entry_id WHERE entries.uuid = ? "
                "ORDER BY metrics.id", (entry_uuid,))]

    def last_done(self) -> dict[str, dt.date]:
        """For each exercise id: the latest day it was completed (live entries only)."""
        # One hop through the (exercise_id, local_date) index per exercise id, then the
        # newest live day of each read backwards from its end: a GROUP BY over every
        # live entry read the whole table (a quarter of a second at 100 k entries), and
        # Today asks this before it can show its next step.
        with self._gateway.read() as cur:
            return {exercise_id: py_date(day) for exercise_id, day in cur.execute(
                "WITH RECURSIVE ids(id) AS ("
                " SELECT (SELECT min(exercise_id) FROM entries WHERE exercise_id IS NOT NULL)"
                " UNION ALL"
                " SELECT (SELECT min(exercise_id) FROM entries WHERE exercise_id > ids.id)"
                " FROM ids WHERE ids.id IS NOT NULL) "
                "SELECT ids.id, (SELECT max(local_date) FROM entries"
                " WHERE exercise_id = ids.id AND deleted_utc IS NULL) "
                "FROM ids WHERE ids.id IS NOT NULL") if day is not None}

    def latest_answers(self, exercise_id: str, before: dt.date) -> dict[str, Any] | None:
        """The answers of the newest live entry of an exercise dated before `before` (e.g.
        the last weekly review's focus), or None when there is none."""
        with self._gateway.read() as cur:
            row = cur.execute(
                "SELECT answers_json FROM entries WHERE exercise_id = ? AND local_date < ? "
                "AND deleted_utc IS NULL AND answers_json IS NOT NULL "
                "ORDER BY local_date DESC, created_utc DESC LIMIT 1",
                (exercise_id, db_date(before)),
            ).fetchone()
        return None if row is None else json.loads(row[0])

    def awaiting_follow_up(self, exercise_id: str, follow_up_id: str
                           ) -> list[tuple[str, dt.date, str, dict[str, Any]]]:
        """(uuid, day, title, answers) of the live entries of an exercise that no live
        entry of the follow-up exercise follows yet (by answers['follows']), newest first."""
        live = "deleted_utc IS NULL AND answers_json IS NOT NULL"
        with self._gateway.read() as cur:
            followed = {
                answers.get("follows") for (raw,) in cur.execute(
                    f"SELECT answers_json FROM entries WHERE exercise_id = ? AND {live}",
                    (follow_up_id,))
                if isinstance(answers := json.loads(raw), dict)
            }
            rows = cur.execute(
                "SELECT uuid, local_date, title, answers_json FROM entries "
                f"WHERE exercise_id = ? AND {live} ORDER BY local_date DESC, created_utc DESC",
                (exercise_id,)).fetchall()
        return [(uuid, py_date(day), title or "", answers) for uuid, day, title, raw in rows
                if uuid not in followed and isinstance(answers := json.loads(raw), dict)]

    def checkin_on(self, day: dt.date) -> Entry | None:
        """The day's check-in (the newest if several), to edit it later the same day."""
        with self._gateway.read() as cur:
            row = newest_checkin(cur, day)
        return None if row is None else to_entry(row)

    # -- drafts ----------------------------------------------------------------------

    def save_draft(
        self, exercise_id: str, exercise_version: int, state: Mapping[str, Any]
    ) -> Change:
        """Keep an exercise in progress (replacing its previous draft)."""
        state_json = json.dumps(dict(state), ensure_ascii=False)
        with self._gateway.write() as cur:
            cur.execute(
                "INSERT OR REPLACE INTO drafts(exercise_id, exercise_version, state_json, "
                "updated_utc) VALUES (?, ?, ?, ?)",
                (exercise_id, exercise_version, state_json, db_time(utc_now())))
        return Change(exercises=True)

    def load_draft(self, exercise_id: str) -> dict[str, Any] | None:
        """The saved state of an exercise in progress, or None."""
        with self._gateway.read() as cur:
            row = cur.execute(
                "SELECT state_json FROM drafts WHERE exercise_id = ?", (exercise_id,)
            ).fetchone()
        return None if row is None else json.loads(row[0])

    def drafts(self) -> list[DraftInfo]:
        """Exercises in progress, most recently touched first."""
        with self._gateway.read() as cur:
            return [DraftInfo(i, v, py_time(u).replace(tzinfo=dt.UTC)) for i, v, u in cur.execute(
                "SELECT exercise_id, exercise_version, updated_utc FROM drafts "
                "ORDER BY updated_utc DESC")]

    def discard_draft(self, exercise_id: str) -> Change:
        """Forget an exercise in progress."""
        with self._gateway.write() as cur:
            cur.execute("DELETE FROM drafts WHERE exercise_id = ?", (exercise_id,))
        return Change(exercises=True)


def metric_rows(cur: Cursor, name: str) -> Iterator[tuple[dt.date, float | None, str | None]]:
    """(day, value, label) of one metric over live entries, oldest first (for statistics)."""
    for day, value, label in cur.execute(
        "SELECT entries.local_date, metrics.value, metrics.label FROM metrics "
        "JOIN entries ON entries.id = metrics.entry_id "
        "WHERE metrics.name = ? AND entries.deleted_utc IS NULL ORDER BY entries.local_date",
        (name,)):
        yield py_date(day), value, label


__all__ = ["DraftInfo", "ExerciseStore", "metric_rows"]
