"""The tracker lists of our JSON format: urges, promises, intentions, worries and the
user's own exercise versions, written and read back field for field.

Each list is a top-level key of the document, written before `entries` so a reader has
them in hand before the first entry goes in (the import is one pass and one
transaction). Every field of every record is checked here with a message naming the
file, the record ("urge 3 (uuid)") and the field; the cross-field rules of
core.trackers (a settled promise has a settled day, ...) are checked too, and an own
exercise's TOML must load with the exercise loader's checks. docs/export-format.md
describes the lists.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
import uuid as uuidlib
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.trackers import (
    PEAK_MAX,
    SURENESS_MAX,
    Intention,
    IntentionOutcome,
    Promise,
    PromiseBy,
    PromiseStatus,
    TrackerSet,
    Urge,
    UrgeKind,
    UrgeOutcome,
    UserExerciseVersion,
    Worry,
    WorryOutcome,
    check_intention,
    check_promise,
    check_urge,
    check_worry,
)
from trustjournal.exchange.json_stream import FieldChecks, value_kind
from trustjournal.exchange.model import ImportFormatError

FIRST_YEAR, LAST_YEAR = 1900, 9999
MAX_TEXT = 100_000  # characters in one tracker text: far beyond a quick log
MAX_TOML = 1_000_000  # characters of one own exercise's definition
MAX_WHOLE = 2**63 - 1


def utc_text(value: dt.datetime | None) -> str | None:
    """A time as the format writes it: UTC with a Z, fractions only when there are any."""
    if value is None:
        return None
    return value.astimezone(dt.UTC).isoformat().removesuffix("+00:00") + "Z"


# -- the fields of each list ------------------------------------------------------------

# How a field is spelled in JSON: text, optional text, date, optional date, time,
# optional time, uuid, a whole number in a range, or one of an enum's values (optional
# or not). Field order is the records' own, and the order they are written in.
Field = tuple[str, Any]


@lazy_dataclass(frozen=True, slots=True)
class Whole:
    low: int
    high: int


@lazy_dataclass(frozen=True, slots=True)
class Choice:
    enum: type[StrEnum]
    optional: bool = False


TEXT, OPT_TEXT, DATE, OPT_DATE, TIME, OPT_TIME, UUID = (
    "text", "opt_text", "date", "opt_date", "time", "opt_time", "uuid")
PEAK = Whole(0, PEAK_MAX)
SURENESS = Whole(0, SURENESS_MAX)


@lazy_dataclass(frozen=True, slots=True)
class Kind:
    """One tracker list: its key, what one record is called, its fields and checks."""

    key: str
    noun: str
    make: Callable[..., Any]
    fields: tuple[Field, ...]
    required: frozenset[str]
    check: Callable[[Any], list[str]] | None


def _kind(key: str, noun: str, make: Callable[..., Any], fields: tuple[Field, ...],
          optional: tuple[str, ...], check: Callable[[Any], list[str]] | None) -> Kind:
    required = frozenset(name for name, _ in fields) - frozenset(optional)
    return Kind(key, noun, make, fields, required, check)


URGES = _kind("urges", QT_TRANSLATE_NOOP("TrackerJson", "urge"), Urge, (
    ("uuid", UUID), ("local_date", DATE), ("started_utc", TIME), ("kind", Choice(UrgeKind)),
    ("peak", PEAK), ("outcome", Choice(UrgeOutcome)), ("updated_utc", TIME),
    ("other", TEXT), ("instead", TEXT), ("surfed_seconds", Whole(0, MAX_WHOLE)),
    ("feeling_after", OPT_TEXT), ("followed_up_utc", OPT_TIME),
), ("other", "instead", "surfed_seconds", "feeling_after", "followed_up_utc"), check_urge)

PROMISES = _kind("promises", QT_TRANSLATE_NOOP("TrackerJson", "promise"), Promise, (
    ("uuid", UUID), ("text", TEXT), ("by", Choice(PromiseBy)), ("made_on", DATE),
    ("updated_utc", TIME), ("due", OPT_DATE), ("status", Choice(PromiseStatus)),
    ("note", TEXT), ("settled_on", OPT_DATE),
), ("due", "status", "note", "settled_on"), check_promise)

INTENTIONS = _kind("intentions", QT_TRANSLATE_NOOP("TrackerJson", "intention"), Intention, (
    ("uuid", UUID), ("local_date", DATE), ("text", TEXT), ("updated_utc", TIME),
    ("outcome", Choice(IntentionOutcome, optional=True)), ("note", TEXT),
), ("outcome", "note"), check_intention)

WORRIES = _kind("worries", QT_TRANSLATE_NOOP("TrackerJson", "worry"), Worry, (
    ("uuid", UUID), ("text", TEXT), ("sureness", SURENESS), ("made_on", DATE),
    ("look_on", DATE), ("updated_utc", TIME),
    ("outcome", Choice(WorryOutcome, optional=True)), ("what_happened", TEXT),
    ("settled_on", OPT_DATE),
), ("outcome", "what_happened", "settled_on"), check_worry)

OWN_EXERCISES = _kind("own_exercises", QT_TRANSLATE_NOOP("TrackerJson", "own exercise"),
                      UserExerciseVersion, (
    ("exercise_id", TEXT), ("version", Whole(1, MAX_WHOLE)), ("toml", TEXT),
    ("saved_utc", TIME), ("based_on", OPT_TEXT), ("removed_utc", OPT_TIME),
), ("based_on", "removed_utc"), None)

KINDS = (URGES, PROMISES, INTENTIONS, WORRIES, OWN_EXERCISES)
KEYS = tuple(kind.key for kind in KINDS)
_SET_FIELD = {"urges": "urges", "promises": "promises", "intentions": "intentions",
              "worries": "worries", "own_exercises": "exercises"}


# -- writing ----------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return utc_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


def record_dict(kind: Kind, record: Any) -> dict[str, Any]:
    """One tracker record as the format spells it (every field, in the documented order)."""
    return {name: _json_value(getattr(record, name)) for name, _ in kind.fields}


def tracker_lists(trackers: TrackerSet) -> list[tuple[Kind, list[dict[str, Any]]]]:
    """The lists a document carries for these records: only the ones that hold any."""
    out = []
    for kind in KINDS:
        records = getattr(trackers, _SET_FIELD[kind.key])
        if records:
            out.append((kind, [record_dict(kind, r) for r in records]))
    return out


# -- reading ----------------------------------------------------------------------------


class _Record(FieldChecks):
    """Field checks for one tracker record; every error names the file and the record."""

    def text(self, name: str, value: Any, limit: int = MAX_TEXT) -> str:
        self.need(isinstance(value, str), name, translate("TrackerJson", "text"), value)
        if "\x00" in value:
            raise self.error(translate("TrackerJson",
                "'{field}' contains a NUL character").format(
                field=name))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.error(translate("TrackerJson",
                "'{field}' holds characters that are not text (lone surrogates)").format(
                field=name)) from None
        if len(value) > limit:
            raise self.error(translate("TrackerJson",
                "'{field}' is longer than {limit} characters").format(
                field=name, limit=f"{limit:,}"))
        return value

    def date(self, name: str, value: Any) -> dt.date:
        self.need(isinstance(value, str), name, translate("TrackerJson",
            "a date like 2024-03-18"), value)
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise self.error(translate("TrackerJson",
                "'{field}' is not a date like 2024-03-18: {value}").format(
                field=name, value=repr(value[:40]))) from None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise self.error(translate("TrackerJson",
                "'{field}' ({date}) is out of range (years {first} to "
                "{last})").format(
                field=name, date=day.isoformat(), first=FIRST_YEAR, last=LAST_YEAR))
        return day

    def time(self, name: str, value: Any) -> dt.datetime:
        self.need(isinstance(value, str), name, translate("TrackerJson",
            "a date and time text"), value)
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            raise self.error(translate("TrackerJson",
                "'{field}' is not a UTC time like 2024-03-18T21:04:00Z: {value}").format(
                field=name, value=repr(value[:40])))
        try:
            moment = parsed.astimezone(dt.UTC)
        except (OverflowError, ValueError):
            raise self.error(translate("TrackerJson",
                "'{field}' is out of range (it cannot be placed in UTC)").format(
                field=name)) from None
        if not FIRST_YEAR <= moment.year <= LAST_YEAR:
            raise self.error(translate("TrackerJson",
                "'{field}' ({date}) is out of range (years {first} to "
                "{last})").format(
                field=name, date=moment.date().isoformat(), first=FIRST_YEAR, last=LAST_YEAR))
        return moment

    def uuid(self, name: str, value: Any) -> str:
        self.need(isinstance(value, str), name, translate("TrackerJson", "text"), value)
        try:
            return str(uuidlib.UUID(value))
        except ValueError:
            raise self.error(translate("TrackerJson",
                "'{field}' is not a UUID: {value}").format(
                field=name, value=repr(value[:40]))) from None

    def whole(self, name: str, value: Any, span: Whole) -> int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        self.need(ok, name, translate("TrackerJson", "a whole number"), value)
        if not span.low <= value <= span.high:
            if span.high == MAX_WHOLE:
                text = translate("TrackerJson", "'{field}' must be {low} or more, not {value}")
            else:
                text = translate("TrackerJson",
                                 "'{field}' must be from {low} to {high}, not {value}")
            raise self.error(text.format(field=name, low=span.low, high=span.high,
                                         value=value))
        return int(value)

    def choice(self, name: str, value: Any, spec: Choice) -> StrEnum | None:
        if value is None and spec.optional:
            return None
        allowed = [member.value for member in spec.enum]
        if not isinstance(value, str) or value not in allowed:
            shown = repr(value[:40]) if isinstance(value, str) else value_kind(value)
            if spec.optional:
                text = translate("TrackerJson",
                                 "'{field}' must be one of {allowed} or null, not {value}")
            else:
                text = translate("TrackerJson", "'{field}' must be one of {allowed}, not {value}")
            raise self.error(text.format(field=name, allowed=", ".join(allowed), value=shown))
        return spec.enum(value)

    def value(self, name: str, spec: Any, value: Any) -> Any:
        if spec in (OPT_TEXT, OPT_DATE, OPT_TIME):
            if value is None:
                return None
            spec = spec.removeprefix("opt_")
        if spec == TEXT:
            return self.text(name, value, MAX_TOML if name == "toml" else MAX_TEXT)
        if spec == DATE:
            return self.date(name, value)
        if spec == TIME:
            return self.time(name, value)
        if spec == UUID:
            return self.uuid(name, value)
        if isinstance(spec, Whole):
            return self.whole(name, value, spec)
        return self.choice(name, value, spec)


def _label(kind: Kind, index: int, obj: Any) -> str:
    label = translate("TrackerJson", "{record} {number}").format(
        record=translate("TrackerJson", kind.noun), number=index)
    ident = obj.get("exercise_id" if kind is OWN_EXERCISES else "uuid") \
        if isinstance(obj, dict) else None
    if isinstance(ident, str):
        label += f" ({ident[:40].encode('utf-8', 'backslashreplace').decode('utf-8')})"
    return label


def read_record(kind: Kind, obj: Any, shown: str, index: int) -> Any:
    """Check one decoded record of a tracker list and build it (ImportFormatError if
    anything is wrong: the type of a field, a value out of range, a rule broken)."""
    r = _Record(shown, _label(kind, index, obj))
    if not isinstance(obj, dict):
        raise r.error(translate("TrackerJson",
            "a {noun} must be an object, not {value_kind}").format(
            noun=translate("TrackerJson", kind.noun), value_kind=value_kind(obj)))
    known = {name for name, _ in kind.fields}
    unknown = sorted(set(obj) - known)
    if unknown:
        raise r.error(translate("TrackerJson",
            "unknown field '{unknown}' (is the file from a newer TrustJournal?)").format(
            unknown=unknown[0][:40]))
    missing = sorted(kind.required - set(obj))
    if missing:
        raise r.error(translate("TrackerJson",
            "the field '{missing}' is missing").format(
            missing=missing[0]))
    values = {name: r.value(name, spec, obj[name]) for name, spec in kind.fields
              if name in obj}
    record = kind.make(**values)
    problems = kind.check(record) if kind.check is not None else _check_exercise(record)
    if problems:
        raise r.error(problems[0].rstrip(".") + ".")
    return record


@functools.cache
def _builtin_ids() -> frozenset[str]:
    from trustjournal.core.exercises.loader import builtin_exercises

    return frozenset(exercise.id for exercise in builtin_exercises().exercises)


def _check_exercise(version: UserExerciseVersion) -> list[str]:
    """What is wrong with an own exercise version: an id a built-in exercise has, or a
    definition the exercise loader refuses."""
    from trustjournal.core.exercises.loader import parse_exercise

    if version.exercise_id in _builtin_ids():
        return [translate("TrackerJson", "'{id}' is the id of a built-in exercise; an own "
                          "exercise needs an id of its own").format(id=version.exercise_id)]
    try:
        data = tomllib.loads(version.toml)
    except tomllib.TOMLDecodeError as error:
        return [translate("TrackerJson", "its exercise definition ('toml') is not valid TOML: "
                          "{error}").format(error=error)]
    exercise, errors = parse_exercise(data, f"version {version.version}")
    if errors or exercise is None:
        first = errors[0] if errors else translate("TrackerJson", "it could not be read")
        if len(errors) > 1:
            count = len(errors) - 1
            return [translate("TrackerJson", "its exercise definition has a problem: {problem} "
                              "(and %n more problems)", None, count).format(
                problem=first)]
        return [translate("TrackerJson", "its exercise definition has a problem: {problem}")
                .format(problem=first)]
    if exercise.id != version.exercise_id:
        return [translate("TrackerJson", "its definition has the id '{id}', not '{expected}'")
                .format(id=exercise.id, expected=version.exercise_id)]
    return []


def read_list(key: str, value: Any, shown: str) -> tuple[Any, ...]:
    """One tracker list of a document, every record checked; a uuid (or an own
    exercise's id and version) twice in the list, or two intentions for one day, is
    refused too."""
    kind = next(k for k in KINDS if k.key == key)
    if not isinstance(value, list):
        raise ImportFormatError(shown, translate("TrackerJson",
            "'{key}' must be a list, not {value_kind}").format(
            key=key, value_kind=value_kind(value)))
    records = []
    seen: dict[Any, int] = {}
    days: dict[dt.date, int] = {}
    for index, obj in enumerate(value, 1):
        record = read_record(kind, obj, shown, index)
        ident = ((record.exercise_id, record.version) if kind is OWN_EXERCISES
                 else record.uuid)
        earlier = seen.setdefault(ident, index)
        if earlier != index:
            if kind is OWN_EXERCISES:
                text = translate("TrackerJson", "the same id and version as {noun} {earlier}: "
                                 "they must be unique in one file")
            else:
                text = translate("TrackerJson", "the same uuid as {noun} {earlier}: they must "
                                 "be unique in one file")
            raise ImportFormatError(
                shown, text.format(noun=translate("TrackerJson", kind.noun), earlier=earlier),
                _label(kind, index, obj))
        if kind is INTENTIONS:
            before = days.setdefault(record.local_date, index)
            if before != index:
                raise ImportFormatError(
                    shown, translate("TrackerJson",
                        "a second intention for {date} (intention {before} is "
                        "for that day too); a day has one").format(
                        date=record.local_date.isoformat(), before=before),
                    _label(kind, index, obj))
        records.append(record)
    return tuple(records)


def read_trackers(lists: Mapping[str, Any], shown: str) -> TrackerSet:
    """The TrackerSet of a document's tracker lists (keys missing: empty lists)."""
    found = {_SET_FIELD[key]: read_list(key, value, shown)
             for key, value in lists.items() if key in _SET_FIELD}
    return TrackerSet(**found)


__all__ = ["KEYS", "KINDS", "read_list", "read_record", "read_trackers", "record_dict",
           "tracker_lists", "utc_text"]
