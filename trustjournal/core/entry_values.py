"""Entry values that opening a journal and showing Today and the timeline never need: an
edit, a search hit, a tag's count, an earlier version and a crash-recovery snapshot.

core.entries names them too (they load from here when first named there). Kept apart
so the window's start-up loads no module it does not need (the records' methods are
written on first use: core.lazy_dataclass).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from trustjournal.core.lazy_dataclass import lazy_dataclass

if TYPE_CHECKING:
    from trustjournal.core.entries import EntryKind, EntrySummary


@lazy_dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result; the snippet marks matches with HIT_START / HIT_END."""

    entry: EntrySummary
    snippet: str


@lazy_dataclass(frozen=True, slots=True)
class TagCount:
    name: str
    count: int


@lazy_dataclass(frozen=True, slots=True)
class EntryEdit:
    """Fields to change on an entry; None leaves a field as it is."""

    title: str | None = None
    body: str | None = None
    tags: tuple[str, ...] | None = None
    starred: bool | None = None
    local_date: dt.date | None = None


@lazy_dataclass(frozen=True, slots=True)
class Revision:
    """An earlier version of an entry, kept when a save changed it.

    `saved_utc` is when this version was saved; `replaced_utc` when a newer save took
    its place. `answers_json` holds an exercise's answers exactly as they were.
    """

    id: int
    entry_uuid: str
    saved_utc: dt.datetime
    replaced_utc: dt.datetime
    title: str
    body: str
    kind: EntryKind
    local_date: dt.date
    tags: tuple[str, ...] = ()
    starred: bool = False
    word_count: int = 0
    exercise_version: int | None = None
    answers_json: str | None = None


@lazy_dataclass(frozen=True, slots=True)
class RecoverySnapshot:
    """What the editor held before it was saved, kept inside the journal so a crash or a
    power cut loses nothing. `is_new` when the entry had never been saved; its uuid is
    chosen up front so a later save and the snapshot name the same entry."""

    entry_uuid: str
    title: str
    body: str
    tags: tuple[str, ...]
    local_date: dt.date
    starred: bool = False
    is_new: bool = False
    taken_utc: dt.datetime | None = None  # filled in by the journal
