"""Import of jrnl's JSON export (`jrnl --format json`).

jrnl 4.x writes `{"tags": {"@tag": count}, "entries": [{"title", "body", "date",
"time", "tags", "starred"}]}`, plus a `uuid` for journals kept in Day One. Dates are the
writer's local wall-clock time with no zone, so they are read as this machine's local
time; the day written is the entry's local date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from trustjournal.core.entries import MAX_TITLE_LENGTH
from trustjournal.core.i18n import translate
from trustjournal.core.records import EntryRecord
from trustjournal.core.text import clean_tags, clean_title
from trustjournal.exchange.json_stream import JsonStream
from trustjournal.exchange.model import ImportFormatError
from trustjournal.exchange.parsing import MAX_DEPTH, NO_LIMIT, open_regular
from trustjournal.exchange.registry import register_importer

# Entries in a jrnl export have no id of their own. To make importing the same export
# twice add nothing, each entry's uuid is a uuid5 in this fixed namespace (never change
# it) of the JSON list ["jrnl", date-time as written (ISO), title, body]; identical
# entries at the same minute append their occurrence number (2, 3, …) to that list.
JRNL_NAMESPACE = uuid.UUID("6f1d6a8e-3c52-5b0e-9a47-2f3b8c1d7e40")

MIN_YEAR, MAX_YEAR = 1900, 9999
HEAD_BYTES = 64 * 1024
_HEX32 = re.compile(r"[0-9A-Fa-f]{32}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def _too_deep() -> str:
    return translate("JrnlFormat", "the data is nested more than {levels} levels deep").format(
        levels=MAX_DEPTH)
# Levels above an entry's own: the document's object and its 'entries' list.
_ABOVE_ENTRY = 2


def _not_jrnl(file: str) -> ImportFormatError:
    return ImportFormatError(
        file, translate("JrnlFormat",
            "this is not a jrnl export (expected an object with an 'entries' list)"))


def _bad_tags(file: str) -> ImportFormatError:
    return ImportFormatError(file, translate("JrnlFormat",
        "'tags' must be an object of tag counts"))


def _check_depth(value: Any, file: str, s: JsonStream) -> None:
    """Refuse a value nested deeper than a whole document may be (load_json's bound)."""
    stack = [(value, _ABOVE_ENTRY + 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > MAX_DEPTH:
            raise ImportFormatError(file, _too_deep())
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, dict | list))


def _fail(file: str, index: int, reason: str) -> ImportFormatError:
    return ImportFormatError(file, reason, translate("JrnlFormat",
        "entry {index}").format(
        index=index))


def _text_field(raw: dict[str, Any], key: str, file: str, index: int) -> str:
    value = raw.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _fail(file, index, translate("JrnlFormat",
            "'{key}' must be text, not {name}").format(
            key=key, name=type(value).__name__))
    _real_text(value, key, file, index)
    return value


def _real_text(value: str, key: str, file: str, index: int) -> None:
    """Refuse a lone surrogate (a JSON escape like \\ud800 alone): no journal text may
    hold one, so the entry is named here rather than passed on."""
    if value.isascii():
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(file, index, translate("JrnlFormat",
            "'{key}' holds characters that are not text (lone surrogates)").format(
            key=key)) from None


def local_to_utc(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """A naive wall-clock time as aware UTC, read in `zone` (None: this machine's zone)."""
    if zone is not None:
        return moment.replace(tzinfo=zone).astimezone(dt.UTC)
    try:
        # astimezone() on a naive time asks the C library, which knows the machine's
        # zone history (including daylight saving on that very date).
        return moment.astimezone().astimezone(dt.UTC)
    except (OverflowError, OSError, ValueError):
        # Some platforms cannot place dates before 1970: use today's offset instead.
        return moment.replace(tzinfo=dt.datetime.now().astimezone().tzinfo).astimezone(dt.UTC)


def _moment(raw: dict[str, Any], file: str, index: int) -> dt.datetime:
    """The entry's date and time as written (naive), checked."""
    date_text = raw.get("date")
    if not isinstance(date_text, str):
        raise _fail(file, index, translate("JrnlFormat",
            "'date' must be a date like 2024-03-18"))
    try:
        day = dt.date.fromisoformat(date_text.strip())
    except ValueError:
        raise _fail(
            file, index, translate("JrnlFormat",
                "'date' is not a date like 2024-03-18: {date_text}").format(
                date_text=repr(date_text[:40]))
        ) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise _fail(file, index, translate("JrnlFormat",
            "the year {year} is outside {min_year}–{max_year}").format(
            year=day.year, min_year=MIN_YEAR, max_year=MAX_YEAR))
    time_text = raw.get("time", "00:00")
    if not isinstance(time_text, str):
        raise _fail(file, index, translate("JrnlFormat", "'time' must be a time like 21:04"))
    match = _TIME.fullmatch(time_text.strip())
    try:
        if match is None:
            raise ValueError
        hour, minute, second = (int(part or 0) for part in match.groups())
        clock = dt.time(hour, minute, second)
    except ValueError:
        raise _fail(
            file, index, translate("JrnlFormat",
                "'time' is not a time like 21:04: {time_text}").format(
                time_text=repr(time_text[:40]))
        ) from None
    return dt.datetime.combine(day, clock)


def _tags(raw: dict[str, Any], file: str, index: int) -> tuple[str, ...]:
    value = raw.get("tags", [])
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise _fail(file, index, translate("JrnlFormat", "'tags' must be a list of texts"))
    for tag in value:
        _real_text(tag, "tags", file, index)
    # jrnl keeps the tag symbol ("@work", "#work"); TrustJournal tags are bare names.
    return clean_tags(tag.lstrip("@#") for tag in value)


def _starred(raw: dict[str, Any], file: str, index: int) -> bool:
    value = raw.get("starred", False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _fail(file, index, translate("JrnlFormat", "'starred' must be true or false"))
    return value


def _own_uuid(raw: dict[str, Any], file: str, index: int) -> str | None:
    """The entry's own uuid (journals kept in Day One have one), or None."""
    value = raw.get("uuid")
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            if _HEX32.fullmatch(text):
                return str(uuid.UUID(hex=text))
            return str(uuid.UUID(text))
        except ValueError:
            pass
    raise _fail(file, index, translate("JrnlFormat",
        "'uuid' is not a valid id: {value}").format(
        value=repr(str(value)[:40])))


def title_and_body(title: str, body: str) -> tuple[str, str]:
    """A one-line title and the body; a title too long to keep whole goes into the body."""
    if len(" ".join(title.split())) <= MAX_TITLE_LENGTH:
        return clean_title(title), body
    whole = title.strip()
    if body:
        return "", f"{whole}\n\n{body}"
    return "", whole


def _head_text(path: Path) -> str:
    with open_regular(path, limit=NO_LIMIT) as handle:  # the size is read()'s to judge
        return handle.read(HEAD_BYTES).decode("utf-8-sig", errors="replace")


class JrnlImporter:
    """jrnl's JSON export. `zone` is where its times were written (None: this machine)."""

    name = "jrnl"

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("JrnlImporter", "jrnl (JSON export)")


    def __init__(self, zone: dt.tzinfo | None = None) -> None:
        self.zone = zone

    def detect(self, path: Path) -> float:
        """Sure when the file starts like jrnl's export (a JSON object with 'entries'
        holding 'date', 'time' and 'starred'); never raises."""
        try:
            if not path.is_file():
                return 0.0
            head = _head_text(path).lstrip()
        except (OSError, ValueError, ImportFormatError):
            return 0.0
        if not head.startswith("{") or '"entries"' not in head:
            return 0.0
        if '"creationDate"' in head:
            return 0.1  # Day One's export
        if all(f'"{key}"' in head for key in ("date", "time", "starred", "title")):
            return 0.9
        if re.match(r'\{\s*"tags"\s*:\s*\{', head):
            return 0.6  # jrnl's layout, but no entry within the first bytes
        return 0.2

    def read(self, path: Path) -> Iterator[EntryRecord]:
        """Yield every entry of the export in file order; ImportFormatError names the
        entry (1-based) and the reason for the first invalid one.

        Read as a stream, one entry decoded at a time, so memory stays near one entry;
        the file's size is still bounded as before and nesting deeper than MAX_DEPTH is
        refused as load_json would.
        """
        file = str(path)
        with open_regular(path, file) as handle:
            s = JsonStream(handle, file, too_deep=_too_deep())
            yield from self._entries(s, file)

    def _entries(self, s: JsonStream, file: str) -> Iterator[EntryRecord]:
        first = s.peek()
        if not first:
            raise ImportFormatError(file, translate("JrnlFormat", "the file is empty"))
        if first != "{":
            s.value()  # a broken or too deep document says so first, as when read whole
            raise _not_jrnl(file)
        s.pos += 1
        own_ids: dict[str, int] = {}
        occurrences: dict[str, int] = {}
        entries_seen = bad_tags = False
        for key in s.members():
            if key != "entries":
                value = s.value()
                _check_depth(value, file, s)
                if key == "tags":
                    bad_tags = value is not None and not isinstance(value, dict)
                    if bad_tags and entries_seen:
                        raise _bad_tags(file)
                continue
            if entries_seen:
                raise s.fail(translate("JrnlFormat", "the document has two 'entries' lists"))
            entries_seen = True
            if s.peek() != "[":
                s.value()
                raise _not_jrnl(file)
            s.pos += 1
            if bad_tags:  # said before any entry, as when the file was read whole
                raise _bad_tags(file)
            index = 0
            while s.peek() != "]":
                if index:
                    s.expect(",", "',' or ']'")
                index += 1
                raw = s.value()
                _check_depth(raw, file, s)
                if not isinstance(raw, dict):
                    raise _fail(file, index, translate("JrnlFormat",
                        "an entry must be an object"))
                yield self._record(raw, file, index, own_ids, occurrences)
            s.pos += 1
        s.pos += 1
        if not s.rest_is_empty():
            raise s.fail(translate("JrnlFormat",
                "there is more data after the end of the document"))
        if not entries_seen:
            raise _not_jrnl(file)

    def _record(
        self,
        raw: dict[str, Any],
        file: str,
        index: int,
        own_ids: dict[str, int],
        occurrences: dict[str, int],
    ) -> EntryRecord:
        moment = _moment(raw, file, index)
        title = _text_field(raw, "title", file, index)
        body = _text_field(raw, "body", file, index)
        entry_id = _own_uuid(raw, file, index)
        if entry_id is not None:
            if entry_id in own_ids:
                raise _fail(
                    file, index,
                    translate("JrnlFormat",
                        "the id {entry_id} appears twice (also entry {own_ids})").format(
                        entry_id=entry_id, own_ids=own_ids[entry_id]),
                )
            own_ids[entry_id] = index
        else:
            parts: list[object] = ["jrnl", moment.isoformat(), title, body]
            key = json.dumps(parts)
            occurrences[key] = occurrences.get(key, 0) + 1
            if occurrences[key] > 1:
                parts.append(occurrences[key])
            entry_id = str(uuid.uuid5(JRNL_NAMESPACE, json.dumps(parts)))
        try:
            created = local_to_utc(moment, self.zone)
        except (OverflowError, ValueError):
            raise _fail(file, index, translate("JrnlFormat",
                "the date is out of range")) from None
        title, body = title_and_body(title, body)
        return EntryRecord(
            uuid=entry_id,
            kind="free",
            title=title,
            body=body,
            local_date=moment.date(),
            created_utc=created,
            updated_utc=created,
            tags=_tags(raw, file, index),
            starred=_starred(raw, file, index),
            source=translate("JrnlFormat", "entry {number}").format(number=index),
        )


register_importer(JrnlImporter())
