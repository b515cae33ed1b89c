"""The figures behind the Progress page: a handful of SQL aggregates over live entries.

Everything is grouped by local date (and metric or label) inside
SQLite, over the metrics table the exercises and check-ins fill when they are saved, so
the dashboard never reads answers JSON in Python. core.progress turns the rows into
charts and words.
"""

from __future__ import annotations

import datetime as dt
import operator
import threading
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from functools import cache
from itertools import islice
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2

from trustjournal.core.entries import EntryKind
from trustjournal.core.progress.data import (
    CHECKIN_METRICS,
    LABEL_METRICS,
    THOUGHT_RECORD,
    VICTORY,
    ActivityDay,
    CheckinDay,
    Columns,
    ExerciseDay,
    LabelCount,
    ProgressData,
    ThoughtRecord,
    Victory,
    collector_paused,
)
from trustjournal.storage import kept_figures as kept
from trustjournal.storage.errors import JournalError
from trustjournal.storage.gateway import Gateway, WriterBusy
from trustjournal.storage.trackers import TrackerStore

if TYPE_CHECKING:
    from trustjournal.core.trackers import TrackerData

Cursor = Any  # a sqlcipher3 cursor


def _quoted(values: tuple[str, ...] | str) -> str:
    """Our own constant names as SQL string literals (never user input)."""
    names = (values,) if isinstance(values, str) else values
    return ", ".join("'" + v.replace("'", "''") + "'" for v in names)


_CHECKIN = _quoted(str(EntryKind.CHECKIN))
_EXERCISE = _quoted(str(EntryKind.EXERCISE))
# ix_entries_kind holds only structured entries (WHERE kind != 'free'); SQLite uses a
# partial index only when the query repeats that term word for word.
_STRUCTURED = f"entries.kind != {_quoted(str(EntryKind.FREE))}"


def _live(bounded_start: bool, bounded_end: bool) -> str:
    """Live entries, between the parameters :start and :end when they are given."""
    conditions = ["entries.deleted_utc IS NULL"]
    if bounded_start:
        conditions.append("entries.local_date >= :start")
    if bounded_end:
        conditions.append("entries.local_date <= :end")
    return " AND ".join(conditions)


def _metric(column: str, name: str) -> str:
    """The entry's value (or label) of a single-valued metric (pride, …), or NULL."""
    return (f"(SELECT metrics.{column} FROM metrics WHERE metrics.entry_id = entries.id "
            f"AND metrics.name = {_quoted(name)} ORDER BY metrics.id LIMIT 1)")


class _Days(dict[str, dt.date]):
    """ISO date text → date, each distinct day parsed once across all the queries (the
    same few thousand days come back from every one of them); look up with days[text]."""

    def __missing__(self, text: str) -> dt.date:
        day = self[text] = dt.date.fromisoformat(text)
        return day


@cache
def _statements(bounded_start: bool, bounded_end: bool) -> dict[str, str]:
    """The queries for one shape of range, built once: later calls only bind the days."""
    live = _live(bounded_start, bounded_end)
    structured = f"{_STRUCTURED} AND entries.kind = "
    exercises = f"{structured}{_EXERCISE} AND {live}"
    thought_record = f"{exercises} AND entries.exercise_id = {_quoted(THOUGHT_RECORD)}"

    def average(name: str) -> str:
        return f"avg(CASE WHEN metrics.name = {_quoted(name)} THEN metrics.value END)"

    def answered(name: str) -> str:
        return f"count(CASE WHEN metrics.name = {_quoted(name)} THEN metrics.value END)"

    def largest(name: str) -> str:
        return f"max(CASE WHEN metrics.name = {_quoted(name)} THEN metrics.value END)"

    # Columns in CheckinDay's field order: an average or a count for each scale.
    scales = ", ".join(answered(name.removesuffix("_count")) if name.endswith("_count")
                       else average(name) for name in CheckinDay._fields[2:])
    return {
        # Two ordered lookups on the timeline index: min() and max() side by side made
        # SQLite walk every live entry.
        "bounds": "SELECT (SELECT local_date FROM entries WHERE deleted_utc IS NULL "
                  "ORDER BY deleted_utc, local_date LIMIT 1), "
                  "(SELECT local_date FROM entries WHERE deleted_utc IS NULL "
                  "ORDER BY deleted_utc DESC, local_date DESC LIMIT 1)",
        "checkins": f"SELECT entries.local_date, count(DISTINCT entries.id), {scales} "
                    "FROM entries JOIN metrics ON metrics.entry_id = entries.id "
                    f"WHERE {structured}{_CHECKIN} AND {live} "
                    f"AND metrics.name IN ({_quoted(CHECKIN_METRICS)}) "
                    "GROUP BY entries.local_date ORDER BY entries.local_date",
        "exercises": "SELECT entries.local_date, entries.exercise_id, count(*) FROM entries "
                     f"WHERE {exercises} AND entries.exercise_id IS NOT NULL "
                     "GROUP BY entries.local_date, entries.exercise_id "
                     "ORDER BY entries.local_date, entries.exercise_id",
        # Thought records in two grouped passes (beliefs; paired feelings), joined up in
        # Python: four correlated lookups per record took longer than both together.
        "thought_records": "SELECT entries.local_date, entries.uuid, entries.id, "
                           f"{largest('belief_before')}, {largest('belief_after')} "
                           "FROM entries LEFT OUTER JOIN metrics "
                           "ON metrics.entry_id = entries.id AND metrics.name IN "
                           "('belief_before', 'belief_after') "
                           f"WHERE {thought_record} GROUP BY entries.id "
                           "ORDER BY entries.local_date, entries.created_utc",
        # Feelings are paired by feeling: both averages cover only the feelings rated
        # before and after, so a feeling rated once never looks like a change.
        "thought_feelings": "SELECT entries.id, avg(m_before.value), avg(m_after.value) "
                            "FROM entries JOIN metrics AS m_before "
                            "ON m_before.entry_id = entries.id "
                            "JOIN metrics AS m_after ON m_after.entry_id = entries.id "
                            "AND m_after.label = m_before.label "
                            f"WHERE {thought_record} AND m_before.name = 'feeling_before' "
                            "AND m_after.name = 'feeling_after' GROUP BY entries.id",
        # Labelled metrics come from exercises (check-ins only have scales and feelings),
        # so the exercise entries lead and each one's few metric rows are looked up.
        "labels": "SELECT entries.local_date, metrics.name, metrics.label, count(*) "
                  "FROM entries JOIN metrics ON metrics.entry_id = entries.id "
                  f"WHERE {exercises} AND metrics.name IN ({_quoted(LABEL_METRICS)}) "
                  "AND metrics.label IS NOT NULL "
                  "GROUP BY entries.local_date, metrics.name, metrics.label "
                  "ORDER BY entries.local_date, metrics.name, metrics.label",
        # The wall shows what went well in the person's own words ("what"), else the
        # title. json_valid first: one damaged answers value must not take the whole
        # page down.
        "victories": "SELECT entries.local_date, entries.uuid, "
                     "CASE WHEN json_valid(entries.answers_json) "
                     "THEN json_extract(entries.answers_json, '$.what') END, entries.title, "
                     f"{_metric('label', 'victory_kind')}, {_metric('value', 'pride')} "
                     f"FROM entries WHERE {exercises} "
                     f"AND entries.exercise_id = {_quoted(VICTORY)} "
                     "ORDER BY entries.local_date, entries.created_utc",
        # Entries of every kind per day, straight off the timeline index.
        "activity": "SELECT entries.local_date, count(*) FROM entries "
                    f"WHERE {live} GROUP BY entries.local_date ORDER BY entries.local_date",
    }


def _read_all(cur: Cursor, start: dt.date | None, end: dt.date | None) -> ProgressData:
    statements = _statements(start is not None, end is not None)
    params = {key: value.isoformat() for key, value in (("start", start), ("end", end))
              if value is not None}
    days = _Days()

    def rows(name: str) -> Any:
        return cur.execute(statements[name], params).fetchall()

    first, last = cur.execute(statements["bounds"]).fetchone()
    if first is None:
        return ProgressData(start, end, None, None)
    checkins = [CheckinDay(days[day], *figures) for day, *figures in rows("checkins")]
    feelings = {entry_id: (before, after) for entry_id, before, after in rows("thought_feelings")}
    counts = {row.day: row.checkins for row in checkins}
    victories = [
        Victory(days[day], uuid, text if isinstance(text, str) and text.strip() else title,
                kind, pride)
        for day, uuid, text, title, kind, pride in rows("victories")]
    activity = []
    for text, count in rows("activity"):
        day = days[text]
        activity.append(ActivityDay(day, count, counts.get(day, 0)))
    return ProgressData(
        start, end, days[first], days[last],
        checkins=tuple(checkins),
        exercises=tuple(ExerciseDay(days[day], exercise_id, count)
                        for day, exercise_id, count in rows("exercises")),
        thought_records=tuple(
            ThoughtRecord(days[day], uuid, before, after, *feelings.get(entry_id, (None, None)))
            for day, uuid, entry_id, before, after in rows("thought_records")),
        labels=tuple(LabelCount(days[day], name, label, count)
                     for day, name, label, count in rows("labels")),
        victories=tuple(victories),
        activity=tuple(activity),
    )


def _columnar(data: ProgressData) -> ProgressData:
    """`data` (rows as storage reads them: ordered by day) held by column only, so the
    dashboard builds without row objects and changed days are spliced into columns;
    the rows are made again only if something reads them. As it was if some kind of
    row is not in day order (never from our queries)."""
    columns = data.by_column()
    if not all(map(_in_order, columns.values())):
        return data
    return ProgressData.from_columns(data.start, data.end, data.first_day, data.last_day,
                                     columns)


def _in_order(column: Columns) -> bool:
    """Whether the column's days are distinct and in order (as the splice needs)."""
    return all(map(operator.lt, column.days, islice(column.days, 1, None)))


def _rows_at(column: Columns, low: int, high: int) -> tuple[int, int]:
    """The rows of distinct days low..high-1 (positions in column.days)."""
    first = sum(islice(column.runs, low))
    return first, first + sum(islice(column.runs, low, high))


def _within(data: ProgressData, start: dt.date | None, end: dt.date | None
            ) -> ProgressData:
    """The whole journal's aggregates cut to start..end: every row is one day's (or one
    entry's, on its day), so this gives the rows the range's own queries give, in the
    same order."""
    if start is None and end is None:
        return data
    low, high = start or dt.date.min, end or dt.date.max
    if data.columns is not None:
        cut = {}
        for name, column in data.columns.items():
            at = bisect_left(column.days, low)
            to = bisect_right(column.days, high, lo=at)
            first, last = _rows_at(column, at, to)
            cut[name] = Columns(column.days[at:to], column.runs[at:to],
                                tuple(values[first:last] for values in column.values))
        return ProgressData.from_columns(start, end, data.first_day, data.last_day, cut)

    def keep(rows: tuple) -> tuple:  # type: ignore[type-arg]
        return tuple(row for row in rows if low <= row.day <= high)

    return ProgressData(start, end, data.first_day, data.last_day, keep(data.checkins),
                        keep(data.exercises), keep(data.thought_records), keep(data.labels),
                        keep(data.victories), keep(data.activity))


# More changed days than this and the whole journal is read again: one pass over ten
# years costs about as much as this many one-day reads.
_MOST_DAYS = 40
_LOGGED = "SELECT coalesce(max(seq), 0) FROM day_changes"
# "+local_date": sorting the few changed days beats walking all of them in date order
# (which SQLite chose, reading the whole log: 2-24 ms at 3,650 days, for no change).
_CHANGED = "SELECT local_date FROM day_changes WHERE seq > ? ORDER BY +local_date"


def _spliced(whole: ProgressData, first: str, last: str, days: dict[dt.date, ProgressData],
             day_of: _Days) -> ProgressData:
    """`whole` with the rows of each changed day replaced by that day's own reading. Rows
    come grouped by day in day order, and each day's own rows in the order the whole read
    gives them, so each changed day's run of rows (found by bisection: ten years hold
    tens of thousands of rows, and a save changes one day) is swapped for its new run,
    which puts every row where a full read would."""
    changed = sorted(days)
    if whole.columns is not None:
        return _spliced_columns(whole.columns, changed, days, day_of[first], day_of[last])

    def merge(field: str) -> tuple:  # type: ignore[type-arg]
        rows = list(getattr(whole, field))
        for day in changed:
            low = bisect_left(rows, day, key=_by_day)
            high = bisect_right(rows, day, lo=low, key=_by_day)
            rows[low:high] = getattr(days[day], field)
        return tuple(rows)

    return ProgressData(None, None, day_of[first], day_of[last], merge("checkins"),
                        merge("exercises"), merge("thought_records"), merge("labels"),
                        merge("victories"), merge("activity"))


_by_day = itemgetter(0)  # a row's day: every row tuple starts with it


def _spliced_columns(whole: Mapping[str, Columns], changed: list[dt.date],
                     days: dict[dt.date, ProgressData], first: dt.date, last: dt.date
                     ) -> ProgressData:
    """_spliced on columns: each changed day's run of rows in every column swapped for
    that day's own reading (its run found by bisecting the distinct days)."""
    fresh = {day: days[day].by_column() for day in changed}
    columns = {}
    for name, column in whole.items():
        distinct, runs = list(column.days), list(column.runs)
        values = [list(value) for value in column.values]
        for day in changed:
            new = fresh[day][name]
            at = bisect_left(distinct, day)
            present = at < len(distinct) and distinct[at] == day
            row, end = _rows_at(Columns(distinct, runs, ()), at, at + present)
            for old, replacing in zip(values, new.values, strict=True):
                old[row:end] = replacing
            if new.days and present:
                runs[at] = new.runs[0]
            elif new.days:
                distinct.insert(at, day)
                runs.insert(at, new.runs[0])
            elif present:
                del distinct[at], runs[at]
        columns[name] = Columns(distinct, runs, tuple(values))
    return ProgressData.from_columns(None, None, first, last, columns)

# What keeping figures for the next session may meet and pass over: the figures are
# only a head start, and a write refused (a full disk, the writer busy with an import,
# a journal closing) costs the next session one full read, never an error.
_NOT_KEPT = (JournalError, dbapi2.Error, WriterBusy,
             RuntimeError)  # asked inside a write of this thread: writes do not nest
# Journals (their gateways) whose integrity check found damage: nothing more is kept in
# them, so a salvage or a restore finds the file as the damage left it.
_HELD: weakref.WeakSet[Gateway] = weakref.WeakSet()


def hold_kept_figures(gateway: Gateway) -> None:
    """From now on keep no figures in this journal (its check found damage): neither
    after a read nor at close. The figures already read still show."""
    _HELD.add(gateway)


# A kept row that is still right but this many days behind is written again at close,
# so the next session does not read them all again to catch up.
_FEW_DAYS = 8
_BEHIND = "SELECT count(*) FROM day_changes WHERE seq > ?"


@cache
def _progress_format() -> str:
    return kept.format_of(kept.PROGRESS, *_statements(False, False).values(),
                          *_statements(True, True).values())


class StatsStore:
    """The Progress page's figures of one open journal.

    The whole journal's aggregates ("all", the costliest range: tens of ms over ten
    years) are kept, and other ranges are cut from them. Two marks tell what changed
    since they were read: SQLite's data_version of the connection that read them (it
    moves with every commit made by any other connection: every write goes through the
    gateway's writer or another process, never a read connection), and the newest `seq`
    of the day_changes log (0007), which triggers on entries and metrics raise for each
    day they touch. A commit that changed no entry (a setting) costs one look at the
    log; one that changed a few days costs reading those days; more, a full read.
    Ranges are read on their own until "all" has been asked for once.

    The whole journal's aggregates also outlive the session (storage/kept_figures.py):
    a newly opened journal starts from the figures the last one kept, if triggers have
    not removed them since, and catches up on the days logged after them. They are kept
    after each full read, and at close when the ones kept have fallen behind.
    """

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway
        self._lock = threading.Lock()
        # (connection, its data_version, log seq, aggregates): the aggregates stand for
        # the journal as of `seq`; connection and version only say nothing committed
        # since (a pooled connection is never closed while held).
        self._whole: tuple[Any, int, int, ProgressData] | None = None
        self._looked = False  # for figures kept by an earlier session

    def _seeded(self, cur: Cursor) -> tuple[Any, int, int, ProgressData] | None:
        """The figures an earlier session kept, as `_whole` (no connection), or None."""
        self._looked = True
        found = kept.load(cur, kept.PROGRESS, _progress_format())
        if found is None:
            return None
        stamp, body = found
        if stamp > cur.execute(_LOGGED).fetchone()[0]:
            # Ahead of the log (its positions never go back): no later change could be
            # seen as later, so the row is not taken up.
            return None
        try:
            return None, -1, stamp, kept.decode_progress(body)
        except kept.UNREADABLE:
            return None

    def progress_data(self, start: dt.date | None = None,
                      end: dt.date | None = None) -> ProgressData:
        """Aggregates over live entries dated start..end (None: no bound), one read
        transaction, for core.progress: check-in averages per day, exercises per day,
        thought records, label counts, victories and entries per day."""
        with collector_paused(), self._gateway.read() as cur:
            # First in the transaction: the snapshot starts here, so the version read
            # is the version of the rows read after it.
            version = cur.execute("PRAGMA data_version").fetchone()[0]
            conn = cur.connection
            with self._lock:
                whole = self._whole
            if whole is not None and whole[0] is conn and whole[1] == version:
                return _within(whole[3], start, end)
            if whole is None and not self._looked:
                whole = self._seeded(cur)
            if whole is not None:
                data, seq, read_all = self._brought_up_to_date(cur, whole[2], whole[3])
            elif start is None and end is None:
                seq = cur.execute(_LOGGED).fetchone()[0]
                data, read_all = _columnar(_read_all(cur, None, None)), True
            else:
                return _read_all(cur, start, end)
            with self._lock:
                self._whole = (conn, version, seq, data)
        if read_all:
            self._keep(seq, data)
        return _within(data, start, end)

    def _keep(self, seq: int, data: ProgressData) -> None:
        """Keep `data` (the journal as of log position `seq`) for the next session,
        unless something was logged since; never waits for another write."""
        if self._gateway in _HELD:
            return
        with collector_paused():
            body = kept.encode_progress(data)  # outside the write: it takes a while
        try:
            with self._gateway.write(wait=False) as cur:
                if cur.execute(_LOGGED).fetchone()[0] != seq:
                    return  # read before a change: the next full read keeps its own
                kept.store(cur, kept.PROGRESS, _progress_format(), seq, body)
            # The write moved every reading connection's data_version; if nothing else
            # was committed, the kept aggregates stand for the new version, so the next
            # read of "all" still reads nothing.
            with self._gateway.read() as cur:
                version = cur.execute("PRAGMA data_version").fetchone()[0]
                if cur.execute(_LOGGED).fetchone()[0] != seq:
                    return
                with self._lock:
                    if self._whole is not None and self._whole[2] == seq:
                        self._whole = (cur.connection, version, seq, self._whole[3])
        except _NOT_KEPT:
            return

    def keep_for_next_time(self) -> None:
        """At close or lock: keep the whole journal's aggregates for the next session if
        the kept ones were removed or fell far behind, catching up on the days changed
        since they were last read (never a full read here: closing must stay quick).
        Never raises."""
        with self._lock:
            whole = self._whole
        if whole is None or self._gateway in _HELD:
            return
        try:
            with collector_paused(), self._gateway.read(interruptible=False) as cur:
                kept_at = kept.stamp_of(cur, kept.PROGRESS, _progress_format())
                if (kept_at is not None
                        and cur.execute(_BEHIND, (kept_at,)).fetchone()[0] <= _FEW_DAYS):
                    return  # still there, so still right (0009's triggers)
                if cur.execute(_BEHIND, (whole[2],)).fetchone()[0] > _MOST_DAYS:
                    return
                data, seq, _ = self._brought_up_to_date(cur, whole[2], whole[3])
        except _NOT_KEPT:
            return
        self._keep(seq, data)

    @staticmethod
    def _brought_up_to_date(cur: Cursor, seq: int, whole: ProgressData
                            ) -> tuple[ProgressData, int, bool]:
        """The kept aggregates with every day logged after `seq` read again, the log's
        newest seq, and whether the whole journal was read again (many days changed)."""
        changed = cur.execute(_CHANGED, (seq,)).fetchall()
        if not changed:
            return whole, seq, False
        newest = cur.execute(_LOGGED).fetchone()[0]
        first, last = cur.execute(_statements(False, False)["bounds"]).fetchone()
        if len(changed) > _MOST_DAYS or first is None or whole.first_day is None:
            return _columnar(_read_all(cur, None, None)), newest, True
        day_of = _Days()
        days = {day_of[text]: _read_all(cur, day_of[text], day_of[text])
                for (text,) in changed}
        return _spliced(whole, first, last, days, day_of), newest, False


_TRACKERS_CHANGED = "SELECT coalesce(max(seq), 0) FROM tracker_changes"


class KeptTrackerData:
    """The Progress page's tracker figures of one open journal, kept per range.

    They change only when a tracker record does, not when an entry is saved (the save
    that redraws the page), so each range's TrackerData is kept until the tracker
    tables' change counter (0008, raised by triggers on every write from any
    connection) moves: one look at the counter instead of four grouped reads. The
    counter is read before the figures, so figures kept are never older than the count
    they are kept under.

    The whole journal's ("all") also outlive the session like the entry aggregates
    (storage/kept_figures.py): kept after they are read, and taken up by a new session
    when the kept row is still there and stands for the counter's present value.
    """

    _RANGES = 8  # ranges kept at once: the page has five, the weekly review one more

    def __init__(self, gateway: Gateway,
                 read: Callable[[dt.date | None, dt.date | None], TrackerData]) -> None:
        self._gateway = gateway
        self._read = read
        self._lock = threading.Lock()
        self._seq: int | None = None
        self._kept: dict[tuple[dt.date | None, dt.date | None], TrackerData] = {}
        self._looked = False  # for the figures an earlier session kept
        # The whole journal's figures read again after a tracker changed this session,
        # kept at close (keep_for_next_time) rather than by a write on every refresh.
        self._unkept: tuple[int, TrackerData] | None = None

    def _seeded(self, cur: Cursor, seq: int) -> TrackerData | None:
        self._looked = True
        found = kept.load(cur, kept.TRACKERS, _trackers_format())
        if found is None or found[0] != seq:
            return None
        try:
            return kept.decode_trackers(found[1])
        except kept.UNREADABLE:
            return None

    def tracker_data(self, start: dt.date | None = None, end: dt.date | None = None
                     ) -> TrackerData:
        """TrackerStore.tracker_data(start, end), read again only after a tracker
        record changed."""
        whole = start is None and end is None
        first_look = whole and not self._looked
        # Paused like the entry figures' read (collector_paused): decoding thousands of
        # kept rows otherwise set off a collection over all the rows just decoded.
        with collector_paused(), self._gateway.read() as cur:
            seq = cur.execute(_TRACKERS_CHANGED).fetchone()[0]
            seeded = self._seeded(cur, seq) if whole and not self._looked else None
        with self._lock:
            if seq == self._seq and (start, end) in self._kept:
                return self._kept[start, end]
        data = seeded if seeded is not None else self._read(start, end)
        if first_look and seeded is None:
            self._keep(seq, data)  # nothing (right) kept when the session began
        elif whole and seeded is None:
            self._unkept = (seq, data)
        with self._lock:
            if seq != self._seq:
                self._seq, self._kept = seq, {}
            if len(self._kept) >= self._RANGES:
                self._kept.pop(next(iter(self._kept)))
            self._kept[start, end] = data
        return data

    def keep_for_next_time(self) -> None:
        """At close or lock: keep the whole journal's tracker figures read last this
        session, if a tracker changed since the kept ones and not since they were read
        (never a read here: closing must stay quick). Never raises."""
        unkept, self._unkept = self._unkept, None
        if unkept is not None:
            self._keep(*unkept)

    def _keep(self, seq: int, data: TrackerData) -> None:
        """Keep the whole journal's tracker figures, read at counter `seq`, for the next
        session, unless a tracker changed since; never waits for another write."""
        if self._gateway in _HELD:
            return
        body = kept.encode_trackers(data)
        try:
            with self._gateway.write(wait=False) as cur:
                if cur.execute(_TRACKERS_CHANGED).fetchone()[0] == seq:
                    kept.store(cur, kept.TRACKERS, _trackers_format(), seq, body)
        except _NOT_KEPT:
            return


@cache
def _trackers_format() -> str:
    # The tracker read's statements are written inside its method: its code's string
    # constants (kept in frozen builds too) stand for them, so changing a query passes
    # over the rows the old one kept.
    code = TrackerStore.tracker_data.__code__
    return kept.format_of(kept.TRACKERS,
                          *(part for part in code.co_consts if isinstance(part, str)))


__all__ = ["KeptTrackerData", "StatsStore", "hold_kept_figures"]
