"""Records shared by storage and exchange: whole entries as they travel in and out.

Storage turns rows into these records and back; exchange writes them to files and reads
them from files. Neither side knows the other, so both depend only on this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import field
from typing import Any, NamedTuple

from trustjournal.core.lazy_dataclass import lazy_dataclass


@lazy_dataclass(frozen=True, slots=True)
class MetricRecord:
    """One statistics figure of an exercise or check-in (see storage's metrics table)."""

    name: str
    value: float | None = None
    label: str | None = None


@lazy_dataclass(frozen=True, slots=True)
class RevisionRecord:
    """An earlier version of an entry. Times are timezone-aware UTC."""

    saved_utc: dt.datetime
    replaced_utc: dt.datetime
    kind: str
    title: str
    body: str
    local_date: dt.date
    tags: tuple[str, ...] = ()
    starred: bool = False
    exercise_version: int | None = None
    answers: Mapping[str, Any] | None = None
    metrics: tuple[MetricRecord, ...] = ()


@lazy_dataclass(frozen=True, slots=True)
class EntryRecord:
    """A whole entry as it travels: everything needed to rebuild it exactly.

    `kind` is "free", "exercise" or "checkin". Times are timezone-aware UTC; `local_date`
    is the day the user filed it under. `answers` are an exercise's answers as stored
    (JSON-compatible); `metrics` the figures statistics read. `source` names where an
    imported record came from ("entry 12", "2021-03-04.md") for error messages.
    """

    uuid: str
    kind: str
    title: str
    body: str
    local_date: dt.date
    created_utc: dt.datetime
    updated_utc: dt.datetime
    tags: tuple[str, ...] = ()
    starred: bool = False
    deleted_utc: dt.datetime | None = None
    exercise_id: str | None = None
    exercise_version: int | None = None
    answers: Mapping[str, Any] | None = None
    metrics: tuple[MetricRecord, ...] = ()
    revisions: tuple[RevisionRecord, ...] = ()
    source: str = field(default="", compare=False)


class EntryText(NamedTuple):
    """The part of an entry a readable one-file export shows: no ids, times, answers or
    figures. A plain tuple, so storage can stream a hundred thousand of them cheaply;
    `of` takes one from a whole record, for exporters handed records."""

    kind: str
    title: str
    body: str
    local_date: dt.date
    tags: tuple[str, ...]
    starred: bool
    in_trash: bool
    exercise_id: str | None

    @classmethod
    def of(cls, record: EntryRecord) -> EntryText:
        """The shown part of a whole record."""
        return cls(record.kind, record.title, record.body, record.local_date, record.tags,
                   record.starred, record.deleted_utc is not None, record.exercise_id)


@lazy_dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which entries an export takes. Empty tuples mean "all"; dates are inclusive."""

    start: dt.date | None = None
    end: dt.date | None = None
    tags: tuple[str, ...] = ()  # any of these (case-insensitive)
    kinds: tuple[str, ...] = ()  # entry kinds ("free", "exercise", "checkin")
    exercise_ids: tuple[str, ...] = ()  # only these exercises (check-in is "checkin")
    exclude: frozenset[str] = frozenset()  # uuids the user took out one by one
    include_trash: bool = False
    include_revisions: bool = False


class ExchangeError(Exception):
    """Base of everything export/import reports to the user; the message is for people."""


class Cancelled(ExchangeError):
    """The user cancelled; nothing was written and nothing changed."""

    def __init__(self) -> None:
        from trustjournal.core.i18n import translate

        super().__init__(translate("ExchangeErrors", "Cancelled. Nothing was changed."))


# progress(done, total) -> keep going? total is None when unknown.
Progress = Callable[[int, int | None], bool]


__all__ = ["Cancelled", "EntryRecord", "EntryText", "ExchangeError", "ExportFilter",
           "MetricRecord", "Progress", "RevisionRecord"]
