"""The checks every imported entry passes, whichever format it came from.

An importer turns its file into `EntryRecord`s; `validate_record` then checks each value
for anything the insert could choke on, so an import that passes here cannot fail
half-way for a value's sake. Every refusal is an ImportFormatError naming the file, the
entry and the reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import math
import re
import uuid as uuidlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from trustjournal.core.entries import EntryKind
from trustjournal.core.i18n import translate
from trustjournal.core.records import EntryRecord, MetricRecord, RevisionRecord
from trustjournal.core.text import clean_tags
from trustjournal.exchange.model import ImportFormatError

KINDS = frozenset(str(k) for k in EntryKind)
FIRST_YEAR, LAST_YEAR = 1900, 9999


def _short(value: object) -> str:
    text = value if isinstance(value, str) else type(value).__name__
    return repr(_printable(text[:40]))


def validate_record(record: EntryRecord, file: str | Path, index: int) -> EntryRecord:
    """Check a record from any importer; returns it with its uuid in canonical form and
    its tags cleaned. ImportFormatError names the file, the entry and the reason.

    Every value is checked for what the insert could choke on (text that is not UTF-8,
    numbers beyond 64 bits or not finite, times with no UTC value), so an import that
    passes here cannot fail half-way for a value's sake.
    """
    if _passes_as_stored(record):
        return record
    raw_id = record.uuid

    def bad(reason: str) -> ImportFormatError:
        shown_id = _printable(raw_id[:40]) if isinstance(raw_id, str) else "?"
        source = record.source or translate("ImportErrors", "entry {number}").format(
            number=index)
        return ImportFormatError(file, reason, f"{source} ({shown_id})")

    try:
        canonical = str(uuidlib.UUID(raw_id))
    except (TypeError, ValueError, AttributeError):
        raise bad(translate("ImportErrors", "the id is not a UUID: {value}").format(
            value=_short(raw_id))) from None
    if record.kind not in KINDS:
        raise bad(translate("ImportErrors", "unknown kind {value} (expected free, exercise or "
                            "checkin)").format(value=_short(record.kind)))
    _check_text_and_day(record.title, record.body, record.local_date, bad)
    for name in ("created_utc", "updated_utc", "deleted_utc"):
        _check_time(getattr(record, name), name, bad, optional=name == "deleted_utc")
    tags = _check_tags(record.tags, bad)
    if not isinstance(record.starred, bool):
        raise bad(translate("ImportErrors", "'{field}' must be true or false").format(
            field="starred"))
    if record.exercise_id is not None:
        _check_name(record.exercise_id, "exercise_id", MAX_EXERCISE_ID, bad)
    _check_exercise(record.exercise_version, record.answers, record.metrics, bad)
    if not isinstance(record.revisions, tuple | list):
        raise bad(translate("ImportErrors", "'{field}' must be a list").format(
            field="revisions"))
    for n, rev in enumerate(record.revisions, 1):
        _check_revision(rev, n, bad)
    if canonical == raw_id and tags == tuple(record.tags):
        return record  # already in the stored form (always so for our own exports)
    return dataclasses.replace(record, uuid=canonical, tags=tags)


# Bounds on what one entry may carry: far beyond real use, low enough that a hostile file
# cannot make the import crawl or the database refuse a value.
MAX_TAGS_PER_ENTRY = 1000
MAX_EXERCISE_ID = 80
MAX_METRIC_NAME = 60
MAX_METRIC_LABEL = 120
MAX_METRICS = 1000
MAX_ANSWER_DEPTH = 32
MAX_ANSWER_ITEMS = 100_000
INT64 = (-(2**63), 2**63 - 1)


def _printable(text: str) -> str:
    """Text safe to print in a message: lone surrogates shown as escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _utf8_ok(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_string(value: Any, name: str, bad: Any, nul: bool = False) -> str:
    if not isinstance(value, str):
        raise bad(translate("ImportErrors", "'{field}' must be text").format(field=name))
    if not _utf8_ok(value):
        raise bad(translate("ImportErrors", "'{field}' holds characters that are not text "
                            "(lone surrogates)").format(field=name))
    if not nul and "\x00" in value:
        raise bad(translate("ImportErrors", "'{field}' contains a NUL character").format(
            field=name))
    return value


def _check_name(value: Any, name: str, limit: int, bad: Any) -> None:
    _check_string(value, name, bad)
    if not value.strip():
        raise bad(translate("ImportErrors", "'{field}' must be a non-empty text").format(
            field=name))
    if len(value) > limit:
        raise bad(translate("ImportErrors", "'{field}' is longer than %n characters", None,
                            limit).format(field=name))


def _check_text_and_day(title: Any, body: Any, day: Any, bad: Any) -> None:
    for name, value in (("title", title), ("body", body)):
        _check_string(value, name, bad)
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise bad(translate("ImportErrors", "'{field}' must be a date").format(
            field="local_date"))
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise bad(translate("ImportErrors", "the date {date} is out of range (years {first} "
                            "to {last})").format(date=day.isoformat(), first=FIRST_YEAR,
                                                 last=LAST_YEAR))


def _check_time(value: Any, name: str, bad: Any, optional: bool = False) -> None:
    if value is None and optional:
        return
    try:
        aware = isinstance(value, dt.datetime) and value.utcoffset() is not None
        in_utc = value.astimezone(dt.UTC) if aware else None
    except (OverflowError, ValueError):
        raise bad(translate("ImportErrors", "'{field}' is out of range (it cannot be placed "
                            "in UTC)").format(field=name)) from None
    if in_utc is None:
        raise bad(translate("ImportErrors", "'{field}' must be a date and time with a time "
                            "zone").format(field=name))
    if not FIRST_YEAR <= in_utc.year <= LAST_YEAR:
        raise bad(translate("ImportErrors", "'{field}' ({date}) is out of range (years "
                            "{first} to {last})").format(
            field=name, date=in_utc.date().isoformat(), first=FIRST_YEAR, last=LAST_YEAR))


def _check_tags(tags: Any, bad: Any) -> tuple[str, ...]:
    if isinstance(tags, str) or not isinstance(tags, tuple | list):
        raise bad(translate("ImportErrors", "'{field}' must be a list of texts").format(
            field="tags"))
    if len(tags) > MAX_TAGS_PER_ENTRY:
        count = len(tags)
        raise bad(translate("ImportErrors", "the entry has %Ln tags; at most {most} are "
                            "allowed", None, count).format(
            most=f"{MAX_TAGS_PER_ENTRY:,}"))  # i18n: number
    for tag in tags:
        # Tags are names, not text: stray NULs are dropped like other unusable characters.
        _check_string(tag, "tags", bad, nul=True)
    return clean_tags(t.replace("\x00", "") for t in tags)


def _check_whole(value: Any, name: str, bad: Any, low: int = INT64[0]) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise bad(translate("ImportErrors", "'{field}' must be a whole number").format(
            field=name))
    if not low <= value <= INT64[1]:
        raise bad(translate("ImportErrors", "'{field}' is out of range ({low} to {high})")
                  .format(field=name, low=low, high=INT64[1]))


def _check_metric_value(value: Any, metric: str, bad: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise bad(translate("ImportErrors", "metric {metric} has a value that is not a "
                            "number").format(metric=metric))
    try:
        finite = math.isfinite(float(value))
    except OverflowError:
        finite = False
    if not finite:
        raise bad(translate("ImportErrors", "metric {metric} has a value that is not a "
                            "finite number").format(metric=metric))


_ANSWERS_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def _check_answers(answers: Any, bad: Any) -> None:
    """Answers are stored as JSON text: only JSON values with text keys, UTF-8 text,
    finite numbers, and no deeper than MAX_ANSWER_DEPTH."""
    if not isinstance(answers, Mapping):
        raise bad(translate("ImportErrors", "'{field}' must be an object").format(
            field="answers"))
    try:
        # The same encoding the insert does, in C: refuses NaN/Infinity, values that are
        # not JSON and lone surrogates at a fraction of the cost of a walk in Python.
        _ANSWERS_JSON.encode(dict(answers)).encode("utf-8")
    except UnicodeEncodeError:
        raise bad(translate("ImportErrors", "'answers' hold characters that are not text "
                            "(lone surrogates)")) from None
    except (TypeError, ValueError, RecursionError):
        raise bad(translate("ImportErrors", "'answers' hold a value that is not JSON or a "
                            "number that is not finite")) from None
    # What json.dumps lets through: keys that are not text (it would quietly turn 1 into
    # "1"), nesting that later readers refuse, and sheer size.
    count = 0
    stack: list[tuple[Any, int]] = [(answers, 1)]
    while stack:
        node, depth = stack.pop()
        count += len(node)
        if depth > MAX_ANSWER_DEPTH:
            raise bad(translate("ImportErrors", "'answers' are nested more than %n levels "
                                "deep", None, MAX_ANSWER_DEPTH))
        if count > MAX_ANSWER_ITEMS:
            raise bad(translate("ImportErrors", "'answers' hold more than %Ln values", None,
                                MAX_ANSWER_ITEMS))
        if type(node) is dict or isinstance(node, Mapping):
            if not all(type(key) is str for key in node):
                raise bad(translate("ImportErrors", "'answers' have a key that is not text"))
            values: Iterable[Any] = node.values()
        else:
            values = node
        stack.extend((v, depth + 1) for v in values if isinstance(v, dict | list))


def _check_exercise(version: Any, answers: Any, metrics: Any, bad: Any) -> None:
    if version is not None:
        _check_whole(version, "exercise_version", bad, low=0)
    if answers is not None:
        _check_answers(answers, bad)
    if not isinstance(metrics, tuple | list):
        raise bad(translate("ImportErrors", "'{field}' must be a list").format(
            field="metrics"))
    if len(metrics) > MAX_METRICS:
        raise bad(translate("ImportErrors", "the entry has more than %Ln metrics", None,
                            MAX_METRICS))
    for m in metrics:
        if not isinstance(m, MetricRecord) or not isinstance(m.name, str) or not m.name.strip():
            raise bad(translate("ImportErrors", "every metric needs a name"))
        _check_name(m.name, "metrics.name", MAX_METRIC_NAME, bad)
        shown = _short(_printable(m.name))
        if m.value is not None:
            _check_metric_value(m.value, shown, bad)
        if m.label is not None:
            if not isinstance(m.label, str):
                raise bad(translate("ImportErrors", "metric {metric} has a label that is not "
                                    "text").format(metric=shown))
            _check_string(m.label, "metrics.label", bad)
            if len(m.label) > MAX_METRIC_LABEL:
                raise bad(translate("ImportErrors", "metric {metric} has a label longer than "
                                    "%n characters", None, MAX_METRIC_LABEL).format(
                    metric=shown))


def _check_revision(rev: RevisionRecord, n: int, bad: Any) -> None:
    def bad_rev(reason: str) -> ImportFormatError:
        return bad(translate("ImportErrors",
            "revision {number}: {reason}").format(  # type: ignore[no-any-return]
            number=n, reason=reason))

    if not isinstance(rev, RevisionRecord):
        raise bad_rev(translate("ImportErrors", "not a revision"))
    if rev.kind not in KINDS:
        raise bad_rev(translate("ImportErrors", "unknown kind {value}").format(
            value=_short(rev.kind)))
    _check_text_and_day(rev.title, rev.body, rev.local_date, bad_rev)
    _check_time(rev.saved_utc, "saved_utc", bad_rev)
    _check_time(rev.replaced_utc, "replaced_utc", bad_rev)
    if not isinstance(rev.starred, bool):
        raise bad_rev(translate("ImportErrors", "'{field}' must be true or false").format(
            field="starred"))
    _check_tags(rev.tags, bad_rev)
    _check_exercise(rev.exercise_version, rev.answers, rev.metrics, bad_rev)


# -- the quick path ---------------------------------------------------------------------
# An import checks every record, and nearly all of them (every one of our own exports)
# are already in the stored form. These answer "would validate_record return this very
# record?" with a few type tests and cached answers for the values records share (tag
# sets, exercise ids, metric names); anything unusual says no, and the careful checks
# above then decide and word the refusal. So the quick path can never change a result.

# The one spelling str(uuid.UUID(x)) gives back: x in that spelling is its own canonical id.
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class _NotQuick(Exception):
    """A careful check refused a value while the quick path asked; the careful path
    then runs from the start and words the refusal."""


def _refuse(*_: Any) -> _NotQuick:
    return _NotQuick()


def _text_ok(value: str) -> bool:
    return "\x00" not in value and (value.isascii() or _utf8_ok(value))


def _time_ok(value: Any) -> bool:
    # Already in UTC (as every reader gives it), so placing it in UTC cannot fail or
    # move it to another year.
    return (type(value) is dt.datetime and value.tzinfo is dt.UTC
            and FIRST_YEAR <= value.year <= LAST_YEAR)


@functools.lru_cache(maxsize=4096)
def _tags_as_stored(tags: tuple[str, ...]) -> bool:
    try:
        return _check_tags(tags, _refuse) == tags
    except _NotQuick:
        return False


@functools.lru_cache(maxsize=1024)
def _name_ok(value: str, limit: int) -> bool:
    try:
        _check_name(value, "", limit, _refuse)
    except _NotQuick:
        return False
    return True


@functools.lru_cache(maxsize=4096)
def _metric_texts_ok(name: str, label: str | None) -> bool:
    return _name_ok(name, MAX_METRIC_NAME) and (label is None or (
        type(label) is str and _text_ok(label) and len(label) <= MAX_METRIC_LABEL))


def _metrics_ok(metrics: Any) -> bool:
    if type(metrics) is not tuple or len(metrics) > MAX_METRICS:
        return False
    for m in metrics:
        if type(m) is not MetricRecord or type(m.name) is not str:
            return False
        value = m.value
        if value is not None and (type(value) is not float or not math.isfinite(value)):
            return False
        if not _metric_texts_ok(m.name, m.label):
            return False
    return True


def _answers_ok(answers: Any) -> bool:
    if answers is None:
        return True
    try:
        _check_answers(answers, _refuse)
    except _NotQuick:
        return False
    return True


def _passes_as_stored(record: EntryRecord) -> bool:
    """Whether validate_record would accept the record and return it unchanged
    (False also for records it would change or refuse: the careful path decides)."""
    raw_id, title, body, day = record.uuid, record.title, record.body, record.local_date
    tags, exercise_id, version = record.tags, record.exercise_id, record.exercise_version
    deleted = record.deleted_utc
    return bool(
        type(raw_id) is str and _CANONICAL_ID.fullmatch(raw_id)
        and type(record.kind) is str and record.kind in KINDS
        and type(title) is str and _text_ok(title) and type(body) is str and _text_ok(body)
        and type(day) is dt.date and FIRST_YEAR <= day.year <= LAST_YEAR
        and _time_ok(record.created_utc) and _time_ok(record.updated_utc)
        and (deleted is None or _time_ok(deleted))
        and type(tags) is tuple and len(tags) <= MAX_TAGS_PER_ENTRY
        and all(type(t) is str for t in tags) and _tags_as_stored(tags)
        and type(record.starred) is bool
        and (exercise_id is None or (type(exercise_id) is str
                                     and _name_ok(exercise_id, MAX_EXERCISE_ID)))
        and (version is None or (type(version) is int and 0 <= version <= INT64[1]))
        and _answers_ok(record.answers) and _metrics_ok(record.metrics)
        and type(record.revisions) is tuple and not record.revisions
    )


def passes_as_typed(record: EntryRecord, answers_checked: bool) -> bool:
    """_passes_as_stored for a record a reader built with the types the stored form
    needs (text, a date, aware times in UTC, a tuple of text tags, a whole-number
    version, checked figures, no revisions), so only the values are asked about.
    `answers_checked`: the reader knows its answers are JSON values (text keys, finite
    numbers, no lone surrogates) within MAX_ANSWER_DEPTH and MAX_ANSWER_ITEMS.
    The caller is the JSON reader's typed quick path (json_format._read_entries)."""
    day, deleted, tags = record.local_date, record.deleted_utc, record.tags
    exercise_id, version, answers = record.exercise_id, record.exercise_version, record.answers
    return bool(
        _CANONICAL_ID.fullmatch(record.uuid) and record.kind in KINDS
        and _text_ok(record.title) and _text_ok(record.body)
        and FIRST_YEAR <= day.year <= LAST_YEAR
        and FIRST_YEAR <= record.created_utc.year <= LAST_YEAR
        and FIRST_YEAR <= record.updated_utc.year <= LAST_YEAR
        and (deleted is None or FIRST_YEAR <= deleted.year <= LAST_YEAR)
        and len(tags) <= MAX_TAGS_PER_ENTRY and _tags_as_stored(tags)
        and (exercise_id is None or _name_ok(exercise_id, MAX_EXERCISE_ID))
        and (version is None or 0 <= version <= INT64[1])
        and (answers is None or answers_checked or _answers_ok(answers))
        and _metrics_ok(record.metrics)
    )


__all__ = ["FIRST_YEAR", "INT64", "KINDS", "LAST_YEAR", "passes_as_typed",
           "validate_record"]
