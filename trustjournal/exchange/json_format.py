"""TrustJournal's own JSON: complete and lossless, documented in docs/export-format.md.

Written as a stream, one entry per line, so exporting 100,000 entries never builds the
whole document. Read as a stream too: the top level is walked piece by piece and each
entry is decoded on its own, so memory stays near one entry however big the file is.

Tracker records and own exercise versions (tracker_json) are lists before `entries`:
small enough to read whole, and in hand before the first entry is inserted. A file that
carries them is version 2 (a version 1 reader would quietly drop them); one without them
is written as version 1, which every TrustJournal reads.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from trustjournal.core.i18n import translate
from trustjournal.core.records import EntryRecord, MetricRecord, RevisionRecord
from trustjournal.core.trackers import TrackerSet
from trustjournal.exchange import tracker_json
from trustjournal.exchange.json_stream import FieldChecks, JsonStream, value_kind
from trustjournal.exchange.model import ExportOptions, ImportFormatError
from trustjournal.exchange.parsing import NO_LIMIT, open_regular, to_utc
from trustjournal.exchange.record_checks import (
    MAX_ANSWER_DEPTH,
    MAX_ANSWER_ITEMS,
    passes_as_typed,
)
from trustjournal.exchange.registry import register_exporter, register_importer

FORMAT = "trustjournal"
VERSION = 2  # the newest this module reads, and writes when trackers go in
ENTRIES_ONLY_VERSION = 1  # what a file without tracker lists is written as

ENTRY_FIELDS = (
    "uuid", "kind", "title", "body", "local_date", "created_utc", "updated_utc",
    "deleted_utc", "starred", "tags", "exercise_id", "exercise_version", "answers",
    "metrics", "revisions",
)
REQUIRED = frozenset(("uuid", "kind", "title", "body", "local_date", "created_utc",
                      "updated_utc"))
REVISION_FIELDS = (
    "saved_utc", "replaced_utc", "kind", "title", "body", "local_date", "tags", "starred",
    "exercise_version", "answers", "metrics",
)
REVISION_REQUIRED = frozenset(("saved_utc", "replaced_utc", "kind", "title", "body",
                               "local_date"))
_SIGNATURE = re.compile(r'"format"\s*:\s*"trustjournal"')


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# -- writing ---------------------------------------------------------------------------


def _time(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    text = value.astimezone(dt.UTC).isoformat()
    return text.removesuffix("+00:00") + "Z"


def _metrics(metrics: Iterable[MetricRecord]) -> list[dict[str, Any]]:
    return [{"name": m.name, "value": m.value, "label": m.label} for m in metrics]


def _revision_dict(rev: RevisionRecord) -> dict[str, Any]:
    return {
        "saved_utc": _time(rev.saved_utc),
        "replaced_utc": _time(rev.replaced_utc),
        "kind": rev.kind,
        "title": rev.title,
        "body": rev.body,
        "local_date": rev.local_date.isoformat(),
        "tags": list(rev.tags),
        "starred": rev.starred,
        "exercise_version": rev.exercise_version,
        "answers": None if rev.answers is None else dict(rev.answers),
        "metrics": _metrics(rev.metrics),
    }


def entry_dict(record: EntryRecord) -> dict[str, Any]:
    """One entry as the format spells it (keys in the documented order)."""
    return {
        "uuid": record.uuid,
        "kind": record.kind,
        "title": record.title,
        "body": record.body,
        "local_date": record.local_date.isoformat(),
        "created_utc": _time(record.created_utc),
        "updated_utc": _time(record.updated_utc),
        "deleted_utc": _time(record.deleted_utc),
        "starred": record.starred,
        "tags": list(record.tags),
        "exercise_id": record.exercise_id,
        "exercise_version": record.exercise_version,
        "answers": None if record.answers is None else dict(record.answers),
        "metrics": _metrics(record.metrics),
        "revisions": [_revision_dict(r) for r in record.revisions],
    }


class JsonExporter:
    name = "json"

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("JsonExporter", "JSON (complete, can be imported back)")

    suffix = ".json"
    folder = False

    trackers_default = True  # "everything, exactly"
    keeps_own_exercises = True  # entries made with them need them, trackers or not

    def write(self, records: Iterable[EntryRecord], target: Path, options: ExportOptions) -> int:
        """Write the document entry by entry; returns how many entries were written."""
        count = 0
        lists = tracker_json.tracker_lists(options.tracker_set or TrackerSet())
        version = VERSION if lists else ENTRIES_ONLY_VERSION
        with open(target, "w", encoding="utf-8", newline="\n") as out:
            out.write(f'{{\n "format": "{FORMAT}",\n "version": {version},\n'
                      f' "exported_utc": "{_time(utc_now().replace(microsecond=0))}",\n')
            for kind, items in lists:
                lines = (json.dumps(item, ensure_ascii=False, allow_nan=False)
                         for item in items)
                out.write(f' "{kind.key}": [\n  ' + ",\n  ".join(lines) + "\n ],\n")
            out.write(' "entries": [')
            for record in records:
                line = json.dumps(entry_dict(record), ensure_ascii=False, allow_nan=False)
                out.write(("\n  " if count == 0 else ",\n  ") + line)
                count += 1
            out.write("\n ]\n}\n" if count else "]\n}\n")
        return count


# -- reading ---------------------------------------------------------------------------


def _at(where: str, reason: str) -> str:
    """A reason said of one part of an entry ('metrics[2]: …'); the part is a path in
    the file's own terms."""
    if not where:
        return reason
    return translate("JsonFormat", "{where}: {reason}").format(where=where, reason=reason)


class _Entry(FieldChecks):
    """Strict field checks for one entry; every error names the file and the entry."""

    def text(self, obj: Mapping[str, Any], field: str, default: str | None = None) -> str:
        value = obj.get(field, default)
        self.need(isinstance(value, str), field, translate("JsonFormat", "text"), value)
        return value

    def optional_text(self, obj: Mapping[str, Any], field: str) -> str | None:
        value = obj.get(field)
        self.need(value is None or isinstance(value, str), field, translate("JsonFormat",
            "text or null"), value)
        return value

    def flag(self, obj: Mapping[str, Any], field: str) -> bool:
        value = obj.get(field, False)
        self.need(isinstance(value, bool), field, translate("JsonFormat", "true or false"), value)
        return value

    def whole(self, obj: Mapping[str, Any], field: str) -> int | None:
        value = obj.get(field)
        ok = value is None or (isinstance(value, int) and not isinstance(value, bool))
        self.need(ok, field, translate("JsonFormat", "a whole number or null"), value)
        return value

    def date(self, obj: Mapping[str, Any], field: str) -> dt.date:
        value = self.text(obj, field)
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.error(translate("JsonFormat",
                "'{field}' is not a date like 2024-03-18: {value}").format(
                field=field, value=repr(value[:40]))) from None

    def time(self, obj: Mapping[str, Any], field: str, optional: bool = False) -> dt.datetime:
        value = obj.get(field)
        if optional and value is None:
            return None  # type: ignore[return-value]
        self.need(isinstance(value, str), field, translate("JsonFormat",
            "a date and time text"), value)
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            raise self.error(
                translate("JsonFormat",
                    "'{field}' is not a UTC time like 2024-03-18T21:04:00Z: {value}").format(
                    field=field, value=repr(value[:40]))
            )
        return to_utc(parsed, self.shown, self.label, field)

    def tags(self, obj: Mapping[str, Any]) -> tuple[str, ...]:
        value = obj.get("tags", [])
        ok = isinstance(value, list) and all(isinstance(t, str) for t in value)
        self.need(ok, "tags", translate("JsonFormat", "a list of texts"), value)
        return tuple(value)

    def answers(self, obj: Mapping[str, Any]) -> dict[str, Any] | None:
        value = obj.get("answers")
        self.need(value is None or isinstance(value, dict), "answers", translate("JsonFormat",
            "an object or null"),
                  value)
        if value is not None and _too_deep(value):
            raise self.error(translate("JsonFormat",
                "'answers' are nested more than {max_answer_depth} levels deep").format(
                max_answer_depth=MAX_ANSWER_DEPTH))
        return value

    def metrics(self, obj: Mapping[str, Any]) -> tuple[MetricRecord, ...]:
        value = obj.get("metrics", [])
        self.need(isinstance(value, list), "metrics", translate("JsonFormat", "a list"), value)
        out = []
        for n, item in enumerate(value, 1):
            field = f"metrics[{n}]"
            self.need(isinstance(item, dict), field, translate("JsonFormat", "an object"), item)
            self.fields(item, ("name", "value", "label"), {"name"}, field)
            name = self.text(item, "name")
            number = item.get("value")
            ok = number is None or (isinstance(number, int | float)
                                    and not isinstance(number, bool) and math.isfinite(number))
            self.need(ok, f"{field}.value", translate("JsonFormat", "a number or null"), number)
            label = self.optional_text(item, "label")
            out.append(MetricRecord(name, None if number is None else float(number), label))
        return tuple(out)

    def fields(self, obj: Mapping[str, Any], known: Iterable[str], required: Iterable[str],
               where: str = "") -> None:
        unknown = sorted(set(obj) - set(known))
        if unknown:
            reason = translate("JsonFormat", "unknown field '{field}' (this reader knows "
                               "format version {version}; is the file from a newer "
                               "TrustJournal?)").format(field=unknown[0][:40], version=VERSION)
            raise self.error(_at(where, reason))
        missing = [f for f in required if f not in obj]
        if missing:
            reason = translate("JsonFormat", "the field '{field}' is missing").format(
                field=sorted(missing)[0])
            raise self.error(_at(where, reason))


def _too_deep(value: Any) -> bool:
    """Whether a decoded value nests deeper than MAX_ANSWER_DEPTH (walked without
    recursion: a generator per node made this the dearest part of reading an entry)."""
    stack = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if level > MAX_ANSWER_DEPTH:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((c, level + 1) for c in children if isinstance(c, dict | list))
    return False


_ENTRY_KEYS = frozenset(ENTRY_FIELDS)
_METRIC_KEYS = frozenset(("name", "value", "label"))


# The quick path below may meet objects decoded by json_stream's quick reader, which
# (unlike the careful decoder) takes whole numbers of any length: those of more than 40
# digits, which the careful decoder refuses, are left to it.
_TOO_LONG = 10**40
_REFUSED = object()


def _figure(number: Any) -> Any:
    """A metric's value as it is stored (a float, or None), or _REFUSED for anything
    the quick reading leaves to the careful one (a bool, text, an infinity, a huge
    whole number)."""
    if number is None:
        return None
    kind = type(number)
    if kind is int:
        return float(number) if -_TOO_LONG < number < _TOO_LONG else _REFUSED
    if kind is float and math.isfinite(number):
        return number
    return _REFUSED


def _fast_time(value: Any) -> dt.datetime | None:
    """A 'YYYY-MM-DDTHH:MM:SSZ'-like text as aware UTC, or None for anything that needs
    the careful path (which then says what is wrong)."""
    if type(value) is not str:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        zone = parsed.tzinfo
        if zone is dt.UTC:
            return parsed  # what astimezone would give back
        if zone is None:
            return None
        return parsed.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return None


def _fast_metrics(value: Any) -> tuple[MetricRecord, ...] | None:
    if type(value) is not list:
        return None
    if not value:
        return ()
    out = []
    for item in value:
        if type(item) is not dict or not item.keys() <= _METRIC_KEYS:
            return None
        name, number, label = item.get("name"), _figure(item.get("value")), item.get("label")
        if (type(name) is not str or not (label is None or type(label) is str)
                or number is _REFUSED):
            return None
        out.append(MetricRecord(name, number, label))
    return tuple(out)


def _plain_answers(value: dict[str, Any]) -> bool:
    """Whether answers nest no deeper than MAX_ANSWER_DEPTH and hold no whole number of
    more than 40 digits (walked without recursion, as _too_deep)."""
    stack = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if level > MAX_ANSWER_DEPTH:
            return False
        for child in (node.values() if type(node) is dict else node):
            kind = type(child)
            if kind is dict or kind is list:
                stack.append((child, level + 1))
            elif kind is int and not -_TOO_LONG < child < _TOO_LONG:
                return False
    return True


def _fast_record(obj: Any, index: int, source: str | None = None) -> EntryRecord | None:
    """The record of a well-formed entry, checked as strictly as record_from does, in
    a fraction of its time; None for anything unusual (record_from then decides).
    `source`: the record's name, when the caller has it already."""
    if type(obj) is not dict or not obj.keys() <= _ENTRY_KEYS or not obj.keys() >= REQUIRED:
        return None
    get = obj.get
    uuid, kind, title, body = obj["uuid"], obj["kind"], obj["title"], obj["body"]
    day = obj["local_date"]
    starred, tags = get("starred", False), get("tags", [])
    exercise_id, version, answers = get("exercise_id"), get("exercise_version"), get("answers")
    revisions = get("revisions", [])
    if not (type(uuid) is str and type(kind) is str and type(title) is str
            and type(body) is str and type(day) is str and type(starred) is bool
            and type(tags) is list and all(type(t) is str for t in tags)
            and (exercise_id is None or type(exercise_id) is str)
            and (version is None or (type(version) is int and -_TOO_LONG < version < _TOO_LONG))
            and (answers is None or (type(answers) is dict and _plain_answers(answers)))
            and type(revisions) is list and not revisions):
        return None
    created, updated = _fast_time(obj["created_utc"]), _fast_time(obj["updated_utc"])
    deleted = get("deleted_utc")
    if deleted is not None:
        deleted = _fast_time(deleted)
        if deleted is None:
            return None
    metrics = _fast_metrics(get("metrics", []))
    if created is None or updated is None or metrics is None:
        return None
    try:
        local_date = dt.date.fromisoformat(day)
    except ValueError:
        return None
    if source is None:
        source = translate("JsonFormat", "entry {number}").format(number=index)
    # Positional, in EntryRecord's field order: keywords cost more than the checks.
    return EntryRecord(uuid, kind, title, body, local_date, created, updated, tuple(tags),
                       starred, deleted, exercise_id, version, answers, metrics, (), source)


@functools.cache
def _line_shape() -> Any:
    """The msgspec Struct an entry line is decoded into by the quick reader: the fields
    of an entry with the types _fast_record asks for (times and days still as text),
    no others. A line that does not fit is read again the careful way, so the shape can
    only save work: _line_record then asks what _fast_record asks of the rest. Built on
    first use, so exports never load msgspec."""
    import msgspec

    # Built with defstruct: this module's annotations are text (postponed), which msgspec
    # could not resolve for classes made inside a function.
    metric = msgspec.defstruct("Metric", [
        ("name", str), ("value", Any, None), ("label", str | None, None),
    ], forbid_unknown_fields=True)
    empty = msgspec.field(default_factory=list)
    line = msgspec.defstruct("Line", [
        ("uuid", str), ("kind", str), ("title", str), ("body", str), ("local_date", str),
        ("created_utc", str), ("updated_utc", str), ("deleted_utc", str | None, None),
        ("starred", bool, False), ("tags", list[str], empty),
        ("exercise_id", str | None, None), ("exercise_version", int | None, None),
        ("answers", dict[str, Any] | None, None), ("metrics", list[metric], empty),
        ("revisions", list[Any], empty),
    ], forbid_unknown_fields=True)
    fields = line.__struct_fields__
    required = set(fields[:len(fields) - len(line.__struct_defaults__)])
    if set(fields) != _ENTRY_KEYS or required != REQUIRED:
        raise RuntimeError("the entry line's shape does not follow ENTRY_FIELDS")
    return line


def _line_metrics(metrics: list[Any]) -> tuple[MetricRecord, ...] | None:
    """_fast_metrics for figures the line shape decoded (names and labels are text)."""
    if not metrics:
        return ()
    out = []
    for m in metrics:
        number = _figure(m.value)
        if number is _REFUSED:
            return None
        out.append(MetricRecord(m.name, number, m.label))
    return tuple(out)


def _line_record(line: Any, source: str) -> EntryRecord | None:
    """_fast_record for an entry the quick reader decoded into _line_shape(): the same
    record, or None where _fast_record would say None (the types are the shape's)."""
    version, answers = line.exercise_version, line.answers
    if ((version is not None and not -_TOO_LONG < version < _TOO_LONG)
            or (answers is not None and not _plain_answers(answers)) or line.revisions):
        return None
    created, updated = _fast_time(line.created_utc), _fast_time(line.updated_utc)
    deleted = line.deleted_utc
    if deleted is not None:
        deleted = _fast_time(deleted)
        if deleted is None:
            return None
    metrics = _line_metrics(line.metrics)
    if created is None or updated is None or metrics is None:
        return None
    try:
        local_date = dt.date.fromisoformat(line.local_date)
    except ValueError:
        return None
    return EntryRecord(line.uuid, line.kind, line.title, line.body, local_date, created,
                       updated, tuple(line.tags), line.starred, deleted, line.exercise_id,
                       version, answers, metrics, (), source)


def record_from(obj: Any, shown: str, index: int) -> EntryRecord:
    """Check one decoded entry strictly and turn it into a record."""
    fast = _fast_record(obj, index)
    if fast is not None:
        return fast
    source = label = translate("JsonFormat", "entry {number}").format(number=index)
    if isinstance(obj, dict) and isinstance(obj.get("uuid"), str):
        label += f" ({obj['uuid'][:40]})"
    e = _Entry(shown, label)
    if not isinstance(obj, dict):
        raise e.error(translate("JsonFormat",
            "an entry must be an object, not {value_kind}").format(
            value_kind=value_kind(obj)))
    e.fields(obj, ENTRY_FIELDS, REQUIRED)
    revisions = obj.get("revisions", [])
    e.need(isinstance(revisions, list), "revisions", translate("JsonFormat", "a list"), revisions)
    return EntryRecord(
        uuid=e.text(obj, "uuid"),
        kind=e.text(obj, "kind"),
        title=e.text(obj, "title"),
        body=e.text(obj, "body"),
        local_date=e.date(obj, "local_date"),
        created_utc=e.time(obj, "created_utc"),
        updated_utc=e.time(obj, "updated_utc"),
        deleted_utc=e.time(obj, "deleted_utc", optional=True),
        starred=e.flag(obj, "starred"),
        tags=e.tags(obj),
        exercise_id=e.optional_text(obj, "exercise_id"),
        exercise_version=e.whole(obj, "exercise_version"),
        answers=e.answers(obj),
        metrics=e.metrics(obj),
        revisions=tuple(_revision_from(e, rev, n) for n, rev in enumerate(revisions, 1)),
        source=source,
    )


def _revision_from(entry: _Entry, obj: Any, n: int) -> RevisionRecord:
    e = _Entry(entry.shown, f"{entry.label}, revision {n}")
    e.need(isinstance(obj, dict), "revisions", translate("JsonFormat", "a list of objects"), obj)
    e.fields(obj, REVISION_FIELDS, REVISION_REQUIRED)
    return RevisionRecord(
        saved_utc=e.time(obj, "saved_utc"),
        replaced_utc=e.time(obj, "replaced_utc"),
        kind=e.text(obj, "kind"),
        title=e.text(obj, "title"),
        body=e.text(obj, "body"),
        local_date=e.date(obj, "local_date"),
        tags=e.tags(obj),
        starred=e.flag(obj, "starred"),
        exercise_version=e.whole(obj, "exercise_version"),
        answers=e.answers(obj),
        metrics=e.metrics(obj),
    )


class JsonImporter:
    name = "json"

    def __init__(self) -> None:
        # The last entry read that its quick path checked whole (see vetted).
        self._vetted: EntryRecord | None = None

    def vetted(self, record: EntryRecord) -> bool:
        """Whether `record` is the entry just read and the reader's typed quick path found
        it in its stored form, having made every check validate_record makes (see
        record_checks.passes_as_typed): then importing need not check it again. Only that
        very object is vetted, so a record from anywhere else never is."""
        return record is self._vetted

    def _vet(self, record: EntryRecord | None) -> None:
        self._vetted = record

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("JsonImporter", "TrustJournal JSON")


    def detect(self, path: Path) -> float:
        """1.0 when the first few KB carry this format's signature; never raises."""
        try:
            with open_regular(path, limit=NO_LIMIT) as handle:
                head = handle.read(4096).decode("utf-8-sig", errors="ignore")
        except (OSError, ImportFormatError):
            return 0.0
        if head.lstrip().startswith("{") and _SIGNATURE.search(head):
            return 1.0
        return 0.0

    def read(self, path: Path) -> Iterator[EntryRecord]:
        """Yield the file's entries one by one, checking each strictly (the tracker
        lists are checked too, and left out)."""
        yield from self._read(path, lambda trackers: None)

    def read_with_trackers(self, path: Path) -> tuple[TrackerSet, Iterator[EntryRecord]]:
        """The file's tracker records, all checked, and its entries still to be read
        (in the same one pass: the lists come before the entries)."""
        found: list[TrackerSet] = []
        records = self._read(path, found.append)
        first = next(records, None)  # reads up to the first entry: the lists are in hand
        head = [] if first is None else [first]
        return (found[0] if found else TrackerSet()), itertools.chain(head, records)

    def _read(self, path: Path, on_trackers: Any) -> Iterator[EntryRecord]:
        shown = str(path)
        # Streamed, so no size limit; but never a pipe or a device, which never end.
        try:
            with open_regular(path, shown, limit=NO_LIMIT) as handle:
                yield from _read_document(JsonStream(handle, shown), shown, on_trackers,
                                          self._vet)
        finally:
            # The importer outlives the read (one per format): it keeps no entry's text.
            self._vet(None)


def _read_document(s: JsonStream, shown: str, on_trackers: Any,
                   vet: Any = None) -> Iterator[EntryRecord]:
    first = s.peek()
    if not first:
        raise ImportFormatError(shown, translate("JsonFormat", "the file is empty"))
    if first != "{":
        raise ImportFormatError(shown, translate("JsonFormat",
            "this is not a TrustJournal export (no JSON object)"))
    s.pos += 1
    head: dict[str, Any] = {}
    entries_seen = False
    for key in s.members():
        if key in tracker_json.KEYS:
            if entries_seen:
                raise s.fail(translate("JsonFormat",
                    "'{key}' comes after 'entries'; the tracker lists must come "
                    "before it").format(
                    key=key))
            if key in head:
                raise s.fail(translate("JsonFormat",
                    "the document has two '{key}' lists").format(
                    key=key))
        if key != "entries":
            head[key] = s.value()
            continue
        if entries_seen:
            raise s.fail(translate("JsonFormat", "the document has two 'entries' lists"))
        _check_head(head, shown)
        entries_seen = True
        on_trackers(tracker_json.read_trackers(head, shown))
        yield from _read_entries(s, shown, vet or (lambda record: None))
    s.pos += 1
    if s.peek():
        raise s.fail(translate("JsonFormat", "there is more data after the end of the document"))
    if not entries_seen:
        _check_head(head, shown)
        raise ImportFormatError(shown, translate("JsonFormat", "the file has no 'entries' list"))


def _check_head(head: Mapping[str, Any], shown: str) -> None:
    if head.get("format") != FORMAT:
        raise ImportFormatError(
            shown, translate("JsonFormat",
                "this is not a TrustJournal export ('format' must come first and be "
                "\"{format}\")").format(
                format=FORMAT))
    version = head.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError(shown, translate("JsonFormat",
            "'version' must be a whole number, 1 or more"))
    if version > VERSION:
        raise ImportFormatError(
            shown, translate("JsonFormat",
                "this file is format version {version}, from a newer TrustJournal; "
                "this one reads version {version2}. Update TrustJournal to import it.").format(
                version=version, version2=VERSION))


def _read_entries(s: JsonStream, shown: str, vet: Any) -> Iterator[EntryRecord]:
    """The entries, one by one; vet(record) is told which record the typed quick path
    checked whole (None when it did not) just before that record is yielded."""
    s.expect("[", translate("JsonFormat", "a list of entries"))
    seen: dict[str, int] = {}
    index = 0
    between = translate("JsonFormat", "',' or ']'")
    named = translate("JsonFormat", "entry {number}")
    shape = _line_shape()
    while s.peek() != "]":
        if index:
            s.expect(",", between)
        index += 1
        record = checked = None
        quick = s.quick_object(shape) if s.peek() else None
        if quick is not None:
            record = _line_record(quick[0], named.format(number=index))
            if record is not None:
                # Each answer that counts towards MAX_ANSWER_ITEMS takes at least one
                # character of the line, so a line no longer than that cannot hold more.
                small = quick[1] - s.pos <= MAX_ANSWER_ITEMS
                s.pos = quick[1]
                if passes_as_typed(record, small):
                    checked = record
        if record is None:
            record = record_from(s.value(), shown, index)
        earlier = seen.setdefault(record.uuid, index)
        if earlier != index:
            raise ImportFormatError(
                shown, translate("JsonFormat",
                    "the same uuid as entry {earlier}: ids must be unique in one file").format(
                    earlier=earlier),
                translate("JsonFormat",
                    "{source} ({uuid})").format(
                    source=record.source, uuid=record.uuid[:40]))
        vet(checked)
        yield record
    s.pos += 1


register_exporter(JsonExporter())
register_importer(JsonImporter())

__all__ = ["JsonExporter", "JsonImporter", "entry_dict", "record_from"]
