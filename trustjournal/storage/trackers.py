"""The tracker store: urges, promises, daily intentions and worries of one open journal,
in plain SQL over the gateway (reads in read transactions, each write one transaction).

Records go in and come out as core/trackers.py values. Every record is checked with its
core check first; a problem raises JournalError in the person's words and writes nothing.
Mutating calls return Change(trackers=True). Deleting is for good: the GUI's undo saves
the record again.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from trustjournal.core.entries import Change
from trustjournal.core.i18n import translate
from trustjournal.core.trackers import (
    FOLLOW_UP_AFTER,
    Intention,
    Promise,
    PromiseStatus,
    TrackerKind,
    Urge,
    Worry,
)
from trustjournal.storage.errors import JournalError, TrackerNotFoundError
from trustjournal.storage.rows import db_date, db_time, read_date
from trustjournal.storage.tracker_rows import (
    EXERCISE_COLUMNS,
    INTENTIONS,
    PROMISES,
    TABLES,
    URGES,
    WORRIES,
    Table,
    exercise_version,
    refuse,
)

# The trackers taken together (core.tracker_sets) load with the first export, Progress
# page or search that asks for them: Today reads single records.
if TYPE_CHECKING:
    from trustjournal.core.tracker_sets import TrackerData, TrackerHit, TrackerSet
    from trustjournal.storage.gateway import Gateway

Cursor = Any  # a sqlcipher3 cursor

_OPEN = str(PromiseStatus.OPEN)
_URGES_NEWEST = " ORDER BY local_date DESC, started_utc DESC, uuid"
_INTENTIONS_NEWEST = " ORDER BY local_date DESC"


def _range(column: str, start: dt.date | None, end: dt.date | None) -> tuple[str, list[Any]]:
    """`column` between start and end (either may be open), as SQL terms and values."""
    terms, values = [], []
    if start is not None:
        terms.append(f"{column} >= ?")
        values.append(db_date(start))
    if end is not None:
        terms.append(f"{column} <= ?")
        values.append(db_date(end))
    return " AND ".join(terms) or "1", values


class TrackerStore:
    """Urges, promises, intentions and worries of one open journal."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway

    # -- shared ----------------------------------------------------------------------

    def _save(self, table: Table, record: Any) -> Change:
        refuse(table, record)
        with self._gateway.write() as cur:
            cur.execute(table.upsert, table.to_row(record))
        return Change(trackers=True)

    def _get(self, table: Table, uuid: str) -> Any:
        with self._gateway.read() as cur:
            row = cur.execute(table.select + "WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise TrackerNotFoundError(translate("StorageTrackers",
                "That {noun} no longer exists.").format(
                noun=table.noun))
        return table.from_row(row)

    def _delete(self, table: Table, uuid: str) -> Change:
        with self._gateway.write() as cur:
            gone = cur.execute(f"DELETE FROM {table.name} WHERE uuid = ?", (uuid,)).rowcount
        return Change(trackers=True) if gone else Change()

    def _list(self, table: Table, where: str, values: list[Any] | tuple[Any, ...] = ()
              ) -> list[Any]:
        with self._gateway.read() as cur:
            return [table.from_row(r) for r in cur.execute(table.select + where, values)]

    # -- urges -----------------------------------------------------------------------

    def save_urge(self, urge: Urge) -> Change:
        """Insert the urge, or replace the one with the same uuid."""
        return self._save(URGES, urge)

    def get_urge(self, uuid: str) -> Urge:
        """One urge; TrackerNotFoundError when there is none with that uuid."""
        return self._get(URGES, uuid)  # type: ignore[no-any-return]

    def delete_urge(self, uuid: str) -> Change:
        """Delete the urge for good (an empty Change if it was not there)."""
        return self._delete(URGES, uuid)

    def urges(self, start: dt.date | None = None, end: dt.date | None = None,
              limit: int | None = None) -> list[Urge]:
        """Urges logged on days start..end, newest first, at most `limit`."""
        where, values = _range("local_date", start, end)
        tail = "" if limit is None else " LIMIT ?"
        return self._list(URGES, f"WHERE {where}{_URGES_NEWEST}{tail}",
                          [*values, *([] if limit is None else [max(0, limit)])])

    def urges_to_follow_up(self, now: dt.datetime, limit: int | None = None) -> list[Urge]:
        """Urges still to be asked "how do you feel now?" that began at least
        FOLLOW_UP_AFTER before `now` (an aware time), newest first; only the first
        `limit` of them when given."""
        values: list[Any] = [db_time(now - FOLLOW_UP_AFTER)]
        tail = ""
        if limit is not None:
            tail, values = " LIMIT ?", [*values, limit]
        return self._list(URGES, "WHERE followed_up_utc IS NULL AND started_utc <= ?"
                          + _URGES_NEWEST + tail, values)

    # -- promises --------------------------------------------------------------------

    def save_promise(self, promise: Promise) -> Change:
        """Insert the promise, or replace the one with the same uuid."""
        return self._save(PROMISES, promise)

    def get_promise(self, uuid: str) -> Promise:
        """One promise; TrackerNotFoundError when there is none with that uuid."""
        return self._get(PROMISES, uuid)  # type: ignore[no-any-return]

    def delete_promise(self, uuid: str) -> Change:
        """Delete the promise for good (an empty Change if it was not there)."""
        return self._delete(PROMISES, uuid)

    def promises(self, status: PromiseStatus | None = None) -> list[Promise]:
        """Promises (only those with `status`, if given): open ones first, by the day
        they are due (none last) and the day made; then settled ones, newest first."""
        where, values = ("1", []) if status is None else ("status = ?", [str(status)])
        return self._list(PROMISES, (
            f"WHERE {where} ORDER BY status != '{_OPEN}', "
            f"CASE WHEN status = '{_OPEN}' THEN due IS NULL END, "
            f"CASE WHEN status = '{_OPEN}' THEN due END, "
            f"CASE WHEN status = '{_OPEN}' THEN made_on END, "
            "settled_on DESC, made_on DESC, updated_utc DESC, uuid"), values)

    def promises_due(self, day: dt.date) -> list[Promise]:
        """Open promises due on or before `day`, earliest due first."""
        return self._list(PROMISES, f"WHERE status = '{_OPEN}' AND due IS NOT NULL AND due <= ? "
                          "ORDER BY due, made_on, uuid", (db_date(day),))

    # -- intentions ------------------------------------------------------------------

    def save_intention(self, intention: Intention) -> Change:
        """Insert the intention, or replace the one with the same uuid. A day holds one
        intention: another uuid for a day that has one raises JournalError."""
        refuse(INTENTIONS, intention)
        with self._gateway.write() as cur:
            taken = cur.execute("SELECT 1 FROM intentions WHERE local_date = ? AND uuid != ?",
                                (db_date(intention.local_date), intention.uuid)).fetchone()
            if taken:
                raise JournalError(
                    translate("StorageTrackers",
                        "There is already an intention for {isoformat}; change that "
                        "one instead.").format(
                        isoformat=intention.local_date.isoformat()))
            cur.execute(INTENTIONS.upsert, INTENTIONS.to_row(intention))
        return Change(trackers=True)

    def get_intention(self, uuid: str) -> Intention:
        """One intention; TrackerNotFoundError when there is none with that uuid."""
        return self._get(INTENTIONS, uuid)  # type: ignore[no-any-return]

    def delete_intention(self, uuid: str) -> Change:
        """Delete the intention for good (an empty Change if it was not there)."""
        return self._delete(INTENTIONS, uuid)

    def intention_on(self, day: dt.date) -> Intention | None:
        """The intention set for `day`, or None."""
        found = self._list(INTENTIONS, "WHERE local_date = ?", (db_date(day),))
        return found[0] if found else None

    def intentions(self, start: dt.date | None = None, end: dt.date | None = None
                   ) -> list[Intention]:
        """Intentions of days start..end, newest first."""
        where, values = _range("local_date", start, end)
        return self._list(INTENTIONS, f"WHERE {where}{_INTENTIONS_NEWEST}", values)

    def intentions_to_check(self, day: dt.date) -> list[Intention]:
        """Intentions of days before `day` not checked off yet, newest first."""
        return self._list(INTENTIONS, "WHERE outcome IS NULL AND local_date < ?"
                          + _INTENTIONS_NEWEST, (db_date(day),))

    # -- worries ---------------------------------------------------------------------

    def save_worry(self, worry: Worry) -> Change:
        """Insert the worry, or replace the one with the same uuid."""
        return self._save(WORRIES, worry)

    def get_worry(self, uuid: str) -> Worry:
        """One worry; TrackerNotFoundError when there is none with that uuid."""
        return self._get(WORRIES, uuid)  # type: ignore[no-any-return]

    def delete_worry(self, uuid: str) -> Change:
        """Delete the worry for good (an empty Change if it was not there)."""
        return self._delete(WORRIES, uuid)

    def worries(self, open_only: bool = False) -> list[Worry]:
        """Open worries first, by the day to look again; then (unless open_only) settled
        ones, newest settled first."""
        where = "WHERE outcome IS NULL " if open_only else ""
        return self._list(WORRIES, where + (
            "ORDER BY outcome IS NOT NULL, CASE WHEN outcome IS NULL THEN look_on END, "
            "settled_on DESC, made_on DESC, updated_utc DESC, uuid"))

    def worries_due(self, day: dt.date) -> list[Worry]:
        """Open worries whose day to look again is `day` or earlier, earliest first."""
        return self._list(WORRIES, "WHERE outcome IS NULL AND look_on <= ? "
                          "ORDER BY look_on, made_on, uuid", (db_date(day),))

    # -- everything at once ----------------------------------------------------------

    def tracker_set(self) -> TrackerSet:
        """Every tracker record and user exercise version, from one read transaction,
        each kind in a stable order (see TrackerSet)."""
        from trustjournal.core.tracker_sets import TrackerSet

        with self._gateway.read() as cur:
            found = [tuple(table.from_row(r) for r in cur.execute(
                f"{table.select}ORDER BY {order}")) for table, order in TABLES]
            exercises = tuple(exercise_version(r) for r in cur.execute(
                f"SELECT {EXERCISE_COLUMNS} FROM user_exercises ORDER BY exercise_id, version"))
        urges, promises, intentions, worries = found
        return TrackerSet(urges=urges, promises=promises, intentions=intentions,  # type: ignore[arg-type]
                          worries=worries, exercises=exercises)  # type: ignore[arg-type]

    def tracker_data(self, start: dt.date | None = None, end: dt.date | None = None
                     ) -> TrackerData:
        """Per-day aggregates for the Progress page over days start..end, counted by SQL
        in one read transaction (see TrackerData for what counts on which day)."""
        from trustjournal.core.tracker_sets import (
            IntentionDay,
            PromiseDay,
            TrackerData,
            UrgeDay,
            WorryCount,
        )

        urge_where, urge_values = _range("local_date", start, end)
        settled_where, settled_values = _range("settled_on", start, end)
        with self._gateway.read() as cur:
            urges = cur.execute(
                "SELECT local_date, count(*), sum(outcome = 'resisted'), "
                "sum(outcome = 'partly'), sum(outcome = 'acted'), sum(peak) FROM urges "
                f"WHERE {urge_where} GROUP BY local_date ORDER BY local_date", urge_values
            ).fetchall()
            promises = cur.execute(
                "SELECT settled_on, made_by, sum(status = 'kept'), sum(status = 'broken'), "
                "sum(status = 'renegotiated') FROM promises "
                f"WHERE settled_on IS NOT NULL AND status != '{_OPEN}' AND {settled_where} "
                "GROUP BY settled_on, made_by ORDER BY settled_on, made_by", settled_values
            ).fetchall()
            intentions = cur.execute(
                f"SELECT local_date, outcome FROM intentions WHERE {urge_where} "
                "ORDER BY local_date", urge_values).fetchall()
            worries = tuple(WorryCount(sureness, outcome, n) for sureness, outcome, n in
                            cur.execute(
                "SELECT sureness, outcome, count(*) FROM worries "
                f"WHERE outcome IS NOT NULL AND settled_on IS NOT NULL AND {settled_where} "
                "GROUP BY sureness, outcome ORDER BY sureness, outcome", settled_values))
            open_worries, open_promises, first = cur.execute(
                "SELECT (SELECT count(*) FROM worries WHERE outcome IS NULL), "
                f"(SELECT count(*) FROM promises WHERE status = '{_OPEN}'), "
                # min() as an aggregate skips the kinds that have no records yet.
                "(SELECT min(d) FROM (SELECT min(local_date) AS d FROM urges UNION ALL "
                "SELECT min(made_on) FROM promises UNION ALL SELECT min(local_date) FROM "
                "intentions UNION ALL SELECT min(made_on) FROM worries))").fetchone()
        return TrackerData(
            urges=_by_day(UrgeDay, urges), promises=_by_day(PromiseDay, promises),
            intentions=_by_day(IntentionDay, intentions), worries=worries,
            open_worries=open_worries, open_promises=open_promises,
            first_day=None if first is None else read_date(first))

    # -- search ----------------------------------------------------------------------

    def search_trackers(self, query: str, limit: int = 50) -> list[TrackerHit]:
        """Tracker records whose text holds every word of `query` as the start of a word
        (regardless of case), newest day first, at most `limit`."""
        from trustjournal.core.tracker_sets import TrackerHit

        typed = query.split()
        words = [w.casefold() for w in typed]
        if not words or limit <= 0:
            return []
        # LIKE narrows the rows in SQL, by the words it compares rightly regardless of
        # case (ASCII ones: 'ß' folds to 'ss', which LIKE would not find in 'Straße');
        # Python then asks for word starts, and case beyond ASCII, on what is left.
        likes = [f"%{_escape_like(w.lower())}%" for w in typed if w.isascii()]
        hits: list[TrackerHit] = []
        with self._gateway.read() as cur:
            for kind, day, columns, table in _SEARCHED:
                text_sql = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
                where = " AND ".join([f"({text_sql}) LIKE ? ESCAPE '\\'"] * len(likes)) or "1"
                rows = cur.execute(
                    f"SELECT uuid, {day}, {', '.join(columns)} FROM {table} WHERE {where}",
                    likes).fetchall()
                for uuid, day_text, *texts in rows:
                    shown = " — ".join(t for t in texts if t)
                    if _holds_every_word(shown, words):
                        hits.append(TrackerHit(kind, uuid, read_date(day_text), shown))
        hits.sort(key=lambda h: (h.day, h.kind, h.uuid), reverse=True)
        return hits[:limit]


# What each kind is searched in, and its day.
_SEARCHED = (
    (TrackerKind.URGE, "local_date", ("other", "instead", "feeling_after"), "urges"),
    (TrackerKind.PROMISE, "made_on", ("text", "note"), "promises"),
    (TrackerKind.INTENTION, "local_date", ("text", "note"), "intentions"),
    (TrackerKind.WORRY, "made_on", ("text", "what_happened"), "worries"),
)


def _by_day(kind: Any, rows: list[Any]) -> tuple[Any, ...]:
    """Rows whose first column is a day as `kind` (a NamedTuple). Built with
    tuple.__new__: ten years of days are thousands of rows, and the Progress page asks
    for them each time a range is picked (tests/perf/test_tracker_bench.py)."""
    day, new = dt.date.fromisoformat, tuple.__new__
    return tuple([new(kind, (day(r[0]), *r[1:])) for r in rows])


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _holds_every_word(text: str, words: list[str]) -> bool:
    folded = text.casefold()
    return all(re.search(r"(?<!\w)" + re.escape(w), folded) for w in words)


__all__ = ["TrackerStore"]
