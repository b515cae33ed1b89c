"""The Progress page's whole-journal figures, kept inside the journal between sessions.

Reading ten years of aggregates costs a quarter of a second; decoding what the last
session read costs a tenth of that. The figures are kept in `kept_figures` (0009), one
row per kind, as JSON: a crafted or damaged journal can at worst give wrong figures,
never run code. Triggers remove a row whenever a row it was read from changes, so a row
that is there is right; `stamp` tells which change-log position (day_changes or
tracker_changes) the figures stand for, and `format` which code wrote them. A row that
does not decode, fails its digest or was written by other code is passed over, and the
figures are read afresh.

What is kept depends on the journal's rows alone: the aggregates are by stored local
date, with no today, week start or language in them (core.progress applies those when it
builds the page), so no setting needs to be part of the key.

The encoding is by column (see _column), so decoding ten years of rows is a few C calls
per column rather than Python work per value. The Progress figures decode into columns
(core.progress.data.Columns), which the dashboard builds from without row objects; the
tracker figures' rows are rebuilt with tuple.__new__ over zip, without a Python call
per row.
"""

from __future__ import annotations

import binascii
import datetime as dt
import json
import math
import operator
import sys
import zlib
from array import array
from collections import Counter
from itertools import chain, groupby, islice, repeat
from typing import Any

try:
    # What hashlib.blake2b is (hashlib takes BLAKE2 from this module, never OpenSSL),
    # without hashlib's import: it loads OpenSSL, 8-9 ms of a new process's first
    # Progress read, which needs one digest of a few statements.
    from _blake2 import blake2b
except ImportError:  # another Python implementation
    from hashlib import blake2b

from sqlcipher3 import dbapi2

from trustjournal.core.progress.data import (
    ActivityDay,
    CheckinDay,
    Columns,
    ExerciseDay,
    LabelCount,
    ProgressData,
    ThoughtRecord,
    Victory,
)
from trustjournal.core.trackers import (
    IntentionDay,
    PromiseDay,
    TrackerData,
    UrgeDay,
    WorryCount,
)

Cursor = Any  # a sqlcipher3 cursor

# Raise whenever what is kept changes shape or meaning in a way the digest of the
# statements and field names (format_of) cannot see, e.g. a tracker query reads
# differently: rows written under another format are never read.
FORMAT = 1
PROGRESS, TRACKERS = "progress", "trackers"

# The triggers (migration 0009) that remove each kind's row when what it was read from
# changes. A row is taken up only while all of them are there: a later migration that
# rebuilt a table would drop its triggers, and rows kept then could go stale unseen.
GUARDS = {
    PROGRESS: tuple(f"kept_figures_{table}_{event}" for table in ("entries", "metrics")
                    for event in ("ai", "ad", "au")),
    TRACKERS: tuple(f"kept_figures_{table}_{event}"
                    for table in ("urges", "promises", "intentions", "worries")
                    for event in ("ai", "ad", "au")),
}

_PROGRESS_ROWS: tuple[tuple[str, type], ...] = (
    ("checkins", CheckinDay), ("exercises", ExerciseDay),
    ("thought_records", ThoughtRecord), ("labels", LabelCount),
    ("victories", Victory), ("activity", ActivityDay))
_TRACKER_ROWS: tuple[tuple[str, type], ...] = (
    ("urges", UrgeDay), ("promises", PromiseDay), ("intentions", IntentionDay))
_TRACKER_COUNTS = ("open_worries", "open_promises")

# What each field of a kept row must decode to, from the row types' own annotations (a
# new field of another type stops the import here, so it cannot go unchecked): a count
# (an int, never negative), a number or None (a float: SQLite's avg and REAL columns give
# floats), a string, or a string or None. Anything else in a kept row, however it got
# there, makes decoding raise, and the figures are read afresh.
_COUNT, _NUMBER, _TEXT, _TEXT_OR_NONE = "count", "number", "text", "text or none"
_KINDS = {"int": _COUNT, "float | None": _NUMBER, "str": _TEXT, "str | None": _TEXT_OR_NONE}


def _field_kinds(kind: type) -> tuple[str, ...]:
    # A named tuple keeps its postponed annotations as ForwardRef('int') and the like.
    hints = {name: getattr(hint, "__forward_arg__", hint)
             for name, hint in kind.__annotations__.items()}
    return tuple(_KINDS[hints[name]] for name in kind._fields  # type: ignore[attr-defined]
                 if hints[name] != "dt.date")


_FIELD_KINDS = {kind: _field_kinds(kind) for _name, kind in
                (*_PROGRESS_ROWS, *_TRACKER_ROWS, ("worries", WorryCount))}


def format_of(name: str, *statements: str) -> str:
    """What a kept row of `name` must say it was written by: FORMAT, and a digest of the
    statements that read the figures and of every row type's fields, so a change to
    either passes over rows written before it."""
    kinds = _PROGRESS_ROWS if name == PROGRESS else (*_TRACKER_ROWS,
                                                     ("worries", WorryCount))
    shape = [f"{field}:{','.join(kind._fields)}" for field, kind in kinds]
    digest = blake2b("\n".join([*shape, *statements]).encode(), digest_size=12)
    return f"{FORMAT}:{name}:{digest.hexdigest()}"


def _digest(stamp: int, body: str) -> str:
    # Against damage (a plain journal's pages carry no checksum), not against a crafted
    # file, whose maker could write any figures anyway: a CRC is enough, and costs a
    # quarter of a cryptographic hash over a megabyte. It covers the stamp too: a stamp
    # damaged upwards would hide every later change of the log from the session.
    return f"crc32:{zlib.crc32(body.encode(), zlib.crc32(str(stamp).encode())):08x}"


# -- columns -----------------------------------------------------------------------
# Each column is kept the way it parses fastest. Numbers are packed little-endian 64-bit
# values in base64 (parsing tens of thousands of numbers from JSON text took longer than
# reading the aggregates' cheaper half from SQLite); a float column's None values (SQLite
# never returns NaN: it stores NaN as NULL) travel as NaN plus the list of where they
# were; strings that repeat (labels, exercise ids) as a table and packed positions into
# it; the rest (entry uuids, victories' words) as a plain JSON list. The day column,
# sorted, as its distinct days and how many rows each has.


def _packed(kind: str, values: list[Any]) -> str:
    packed = array(kind, values)
    if _SWAP:
        packed.byteswap()
    # binascii straight: what base64.b64encode calls, without importing base64 (and
    # struct) on the first read of a new process.
    return binascii.b2a_base64(packed.tobytes(), newline=False).decode("ascii")


def _unpacked(kind: str, text: object) -> list[Any]:
    if type(text) is not str or kind not in _WIDTHS:
        raise TypeError("kept numbers are not packed numbers")
    packed = array(kind)
    packed.frombytes(binascii.a2b_base64(text, strict_mode=True))  # b64decode(validate=True)
    if _SWAP:
        packed.byteswap()
    return packed.tolist()


_SWAP = sys.byteorder != "little"
# The narrowest signed width holding a column's integers: most are small counts, and a
# narrow column is less text to keep and to decode.
_WIDTHS = {"b": 1 << 7, "h": 1 << 15, "i": 1 << 31, "q": 1 << 63, "d": 0}


def _ints(values: list[int]) -> dict[str, str]:
    low, high = (min(values), max(values)) if values else (0, 0)
    kind = next(k for k, bound in _WIDTHS.items() if -bound <= low and high < bound)
    return {"w": kind, "i": _packed(kind, values)}


def _ints_of(column: Any, key: str = "i") -> list[int]:
    if column.get("w") == "d":
        raise TypeError("kept integers are packed as floats")
    return _unpacked(column.get("w"), column[key])


# Joins a string column's values into one JSON string (uuids hold no space; a space is
# one character in JSON where a control character takes six).
_SEPARATOR = " "


def _floats(values: list[float | None]) -> dict[str, Any]:
    # Whole-column checks in C (map over builtins): this runs at close, on a ten-year
    # journal's tens of thousands of values.
    has_none = None in values
    present = [v for v in values if v is not None] if has_none else values
    if not present:
        return {"z": len(values)}
    nones = [at for at, v in enumerate(values) if v is None] if has_none else []
    if (all(map(float.is_integer, present)) and min(present) > -2.0 ** 62  # type: ignore[arg-type]
            and max(present) < 2.0 ** 62  # type: ignore[operator]
            and not (0.0 in present and any(math.copysign(1.0, v) < 0
                                             for v in present if v == 0))):
        # Ratings (0-10, 0-100) are stored as REAL: kept as narrow integers. (-0.0 is
        # not kept as 0: equal, but not the same value.)
        whole = [0 if v is None else int(v) for v in values] if has_none else \
            list(map(int, present))  # type: ignore[arg-type]
        return {**_ints(whole), "n": nones, "float": 1}
    packed = [math.nan if v is None else v for v in values] if has_none else values
    return {"f": _packed("d", packed), "n": nones}


def _column(values: list[Any]) -> dict[str, Any]:
    types = set(map(type, values))
    if types == {int}:
        return _ints(values)
    # filter(None, …) drops None (and zeros, which are not NaN either).
    if types <= {float, type(None)} and not any(map(math.isnan, filter(None, values))):
        return _floats(values)
    if types <= {str, type(None)}:
        table = list(dict.fromkeys(values))
        if len(table) * 2 <= len(values):
            at = {value: index for index, value in enumerate(table)}
            return {"t": table, **_ints(list(map(at.__getitem__, values)))}
        if types == {str} and not any(_SEPARATOR in v for v in values):
            # One long string parses in one step, where thousands of uuids took one each.
            return {"s": _SEPARATOR.join(values)}
    return {"j": values}


def _with_nones(values: list[Any], nones: object) -> list[Any]:
    if type(nones) is not list:
        raise TypeError("kept positions are not a list")
    for at in nones:
        if type(at) is not int or at < 0:
            raise ValueError("a kept position is not a position")
        values[at] = None
    return values


def _only(values: object, *types: type) -> list[Any]:
    """`values` if it is a list holding nothing but `types` (checked in C)."""
    if type(values) is not list or not set(map(type, values)).issubset(types):
        raise TypeError("kept values of the wrong type")
    return values


def _numbers(values: list[Any]) -> list[Any]:
    # SQLite never gives NaN (it stores NaN as NULL); filter(None, …) skips None and 0.
    if any(map(math.isnan, filter(None, values))):
        raise ValueError("a kept number is NaN")
    return values


def _values(column: object, kind: str, most: int) -> list[Any]:
    """One column's values, which must all be of `kind` (see _KINDS)."""
    if type(column) is not dict:
        raise TypeError("a kept column is not an object")
    if kind == _COUNT:
        if "t" in column or "float" in column:
            raise TypeError("kept counts are not packed integers")
        counts = _ints_of(column)
        if counts and min(counts) < 0:
            raise ValueError("a kept count is negative")
        return counts
    if "z" in column:
        if kind == _TEXT or type(column["z"]) is not int or not 0 <= column["z"] <= most:
            raise TypeError("a kept length is not a length")
        return [None] * column["z"]
    if kind == _NUMBER:
        if "float" in column:
            return _with_nones(list(map(float, _ints_of(column))), column["n"])
        if "f" in column:
            return _numbers(_with_nones(_unpacked("d", column["f"]), column["n"]))
        return _numbers(_only(column["j"], float, type(None)))
    allowed = (str,) if kind == _TEXT else (str, type(None))
    if "t" in column:
        table = _only(column["t"], *allowed)
        at = _ints_of(column)
        if at and min(at) < 0:  # a negative position would still index the table
            raise ValueError("a kept position is negative")
        return list(map(table.__getitem__, at))
    if "s" in column:
        if type(column["s"]) is not str:
            raise TypeError("kept strings are not a string")
        return column["s"].split(_SEPARATOR)
    return _only(column["j"], *allowed)


def _day_runs(days: list[dt.date]) -> dict[str, Any]:
    if all(map(operator.le, days, islice(days, 1, None))):
        runs = Counter(days)  # in order, and each day's rows together: counted in C
        distinct, counts = list(runs), list(runs.values())
    else:  # never from our queries; kept exact all the same
        grouped = [(day, len(list(group))) for day, group in groupby(days)]
        distinct, counts = [day for day, _n in grouped], [n for _day, n in grouped]
    return {"d": _ints(list(map(dt.date.toordinal, distinct))), "r": _ints(counts)}


def _day_runs_of(column: object, days: _Days) -> tuple[list[dt.date], list[int]]:
    """The distinct days of a kept day column and how many rows each has."""
    if type(column) is not dict:
        raise TypeError("a kept day column is not an object")
    counts = _ints_of(column["r"])
    total = sum(counts)
    if total > days.most:
        raise ValueError("more kept rows than the figures can hold")
    ordinals = _ints_of(column["d"])
    new = set(ordinals).difference(days)
    # Made in C, not by one Python call per day.
    days.update(zip(new, map(dt.date.fromordinal, new), strict=True))
    distinct = list(map(days.__getitem__, ordinals))
    if (len(distinct) != len(counts) or (counts and min(counts) <= 0)
            or not all(map(operator.lt, ordinals, islice(ordinals, 1, None)))):
        raise ValueError("kept runs of days do not match")  # or are out of order
    return distinct, counts


def _days_of(column: object, days: _Days) -> list[dt.date]:
    distinct, counts = _day_runs_of(column, days)
    if len(counts) == sum(counts):  # one row a day (check-ins, activity): nothing to repeat
        return distinct
    return list(chain.from_iterable(map(repeat, distinct, counts)))


# -- encoding -----------------------------------------------------------------------


def _ordinal(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal()


def _columns(rows: tuple[tuple[Any, ...], ...], dated: bool = True) -> list[Any]:
    if not rows:
        return []
    columns = [list(column) for column in zip(*rows, strict=True)]
    first = [_day_runs(columns[0])] if dated else [_column(columns[0])]
    return first + [_column(column) for column in columns[1:]]


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _kept_columns(column: Columns) -> list[Any]:
    """What _columns gives for the same rows, from their columns (no rows made)."""
    if not column.days:
        return []
    days = {"d": _ints(list(map(dt.date.toordinal, column.days))), "r": _ints(column.runs)}
    return [days, *(_column(list(values)) for values in column.values)]


def encode_progress(data: ProgressData) -> str:
    """The whole journal's ProgressData as kept (start and end are not: always None)."""
    value: dict[str, Any] = {"first": _ordinal(data.first_day), "last": _ordinal(data.last_day)}
    for field, _kind in _PROGRESS_ROWS:
        column = data.columns[field] if data.columns is not None else None
        if column is not None and all(map(operator.lt, column.days,
                                          islice(column.days, 1, None))):
            value[field] = _kept_columns(column)  # distinct days in order, as kept
        else:
            value[field] = _columns(getattr(data, field))
    return _dumps(value)


def encode_trackers(data: TrackerData) -> str:
    """The whole journal's TrackerData as kept."""
    value: dict[str, Any] = {"first": _ordinal(data.first_day),
                             "worries": _columns(data.worries, dated=False)}
    for field, _kind in _TRACKER_ROWS:
        value[field] = _columns(getattr(data, field))
    for field in _TRACKER_COUNTS:
        value[field] = getattr(data, field)
    return _dumps(value)


# -- decoding -----------------------------------------------------------------------


class _Days(dict[int, dt.date]):
    """Ordinal → date, each distinct day made once; `most` is how many rows one kind
    may have at most (see _most_rows)."""

    def __init__(self, most: int) -> None:
        super().__init__()
        self.most = most

    def __missing__(self, ordinal: int) -> dt.date:
        if type(ordinal) is not int:
            raise TypeError("a kept day is not a number")
        day = self[ordinal] = dt.date.fromordinal(ordinal)
        return day


def _most_rows(body: str) -> int:
    """A bound on the rows of one kind that `body` can honestly hold: a run of days and
    an all-None column ({"z": n}) say how many rows they stand for in a few characters,
    so a crafted row could otherwise ask for billions. Every row of ours costs at least
    a character in some column, bar rows repeated within one day with nothing but None
    besides: far fewer than this allows. A journal past it is read in full, not wrongly."""
    return 64 * len(body) + 4096


def _rows(columns: object, kind: type, days: _Days, dated: bool = True) -> tuple[Any, ...]:
    """Rows of `kind` from their columns; ValueError if the shape is wrong (a row of
    the wrong width would pass for a row and fail far from here) or a value is not of
    its field's kind."""
    if columns == []:
        return ()
    width = len(kind._fields)  # type: ignore[attr-defined]
    if type(columns) is not list or len(columns) != width:
        raise ValueError("kept rows of the wrong shape")
    kinds = _FIELD_KINDS[kind]
    most = repeat(days.most)
    if dated:
        values = [_days_of(columns[0], days), *map(_values, columns[1:], kinds, most)]
    else:
        values = list(map(_values, columns, kinds, most))
    return tuple(map(tuple.__new__, repeat(kind), zip(*values, strict=True)))


def _columns_of(columns: object, kind: type, days: _Days) -> Columns:
    """Dated rows of `kind` by column, checked as _rows checks them (shape, each
    value's kind, every column as long as the days say), without making the rows."""
    width = len(kind._fields)  # type: ignore[attr-defined]
    if columns == []:
        return Columns([], [], tuple([] for _ in range(width - 1)))
    if type(columns) is not list or len(columns) != width:
        raise ValueError("kept rows of the wrong shape")
    distinct, runs = _day_runs_of(columns[0], days)
    total = sum(runs)
    values = tuple(map(_values, columns[1:], _FIELD_KINDS[kind], repeat(days.most)))
    if any(len(column) != total for column in values):
        raise ValueError("kept columns of different lengths")
    return Columns(distinct, runs, values)


def _day(days: _Days, ordinal: object) -> dt.date | None:
    if ordinal is None:
        return None
    if type(ordinal) is not int:  # 7.0 or True would find day 7 or day 1 in the map
        raise TypeError("a kept day is not a number")
    return days[ordinal]


def _object(body: str) -> dict[str, Any]:
    value = json.loads(body)
    if type(value) is not dict:
        raise TypeError("kept figures are not an object")
    return value


def decode_progress(body: str) -> ProgressData:
    """encode_progress's text back as ProgressData (by column: see
    ProgressData.from_columns); raises ValueError, TypeError, … on anything else,
    including values of the wrong type, negative counts and rows outside the journal's
    first and last day."""
    value = _object(body)
    days = _Days(_most_rows(body))
    fields = {field: _columns_of(value[field], kind, days) for field, kind in _PROGRESS_ROWS}
    first, last = _day(days, value["first"]), _day(days, value["last"])
    dated = [column.days for column in fields.values() if column.days]
    if first is None or last is None:
        if first is not last or dated:
            raise ValueError("kept rows of an empty journal")
    elif first > last or any(distinct[0] < first or distinct[-1] > last
                             for distinct in dated):
        raise ValueError("kept rows outside the journal's days")
    return ProgressData.from_columns(None, None, first, last, fields)


def decode_trackers(body: str) -> TrackerData:
    """encode_trackers's text back as TrackerData; raises on anything else (values of
    the wrong type, negative counts, …)."""
    value = _object(body)
    days = _Days(_most_rows(body))
    fields = {field: _rows(value[field], kind, days) for field, kind in _TRACKER_ROWS}
    counts = {field: value[field] for field in _TRACKER_COUNTS}
    if any(type(count) is not int or count < 0 for count in counts.values()):
        raise ValueError("a kept count is not a count")
    first = _day(days, value["first"])
    worries = _rows(value["worries"], WorryCount, days, dated=False)
    if first is None and (any(fields.values()) or worries):
        raise ValueError("kept tracker rows without a first day")
    return TrackerData(**fields, worries=worries, first_day=first, **counts)


# -- the rows -----------------------------------------------------------------------

# Anything a damaged or crafted row can make decoding raise; it is then read afresh.
UNREADABLE = (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError,
              AttributeError)


def load(cur: Cursor, name: str, fmt: str) -> tuple[int, str] | None:
    """(stamp, body) of the kept row `name` if it was written in format `fmt` and its
    digest holds; None otherwise (no row, other code's, damaged, no such table)."""
    try:
        row = cur.execute("SELECT stamp, digest, body FROM kept_figures "
                          "WHERE name = ? AND format = ?", (name, fmt)).fetchone()
    except dbapi2.OperationalError:  # a journal without the table: nothing kept
        return None
    if row is None:
        return None
    stamp, digest, body = row
    if type(stamp) is not int or type(body) is not str or digest != _digest(stamp, body):
        return None
    guards = GUARDS[name]
    present = cur.execute(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' * len(guards))})", guards).fetchone()[0]
    return (stamp, body) if present == len(guards) else None


def store(cur: Cursor, name: str, fmt: str, stamp: int, body: str) -> None:
    """Keep `body` as the figures of `name` as of `stamp` (inside the caller's write
    transaction, which has checked that nothing changed since they were read)."""
    cur.execute("INSERT OR REPLACE INTO kept_figures (name, format, stamp, digest, body) "
                "VALUES (?, ?, ?, ?, ?)", (name, fmt, stamp, _digest(stamp, body), body))


def stamp_of(cur: Cursor, name: str, fmt: str) -> int | None:
    """The stamp of the kept row `name` in format `fmt`, None when there is none
    (without reading its body)."""
    try:
        row = cur.execute("SELECT stamp FROM kept_figures WHERE name = ? AND format = ?",
                          (name, fmt)).fetchone()
    except dbapi2.OperationalError:
        return None
    return None if row is None else row[0]


__all__ = ["FORMAT", "GUARDS", "PROGRESS", "TRACKERS", "UNREADABLE", "decode_progress",
           "decode_trackers", "encode_progress", "encode_trackers", "format_of", "load",
           "stamp_of", "store"]
