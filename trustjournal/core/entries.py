"""Entries as the rest of the program sees them: plain, immutable values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class EntryKind(StrEnum):
    FREE = "free"
    EXERCISE = "exercise"
    CHECKIN = "checkin"


MAX_TITLE_LENGTH = 500
MAX_TAG_LENGTH = 60


@dataclass(frozen=True, slots=True)
class Entry:
    """A whole journal entry, body included."""

    uuid: str
    title: str
    body: str
    kind: EntryKind
    local_date: dt.date
    created_utc: dt.datetime
    updated_utc: dt.datetime
    tags: tuple[str, ...] = ()
    starred: bool = False
    deleted_utc: dt.datetime | None = None
    exercise_id: str | None = None
    exercise_version: int | None = None

    @property
    def trashed(self) -> bool:
        return self.deleted_utc is not None


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """What a list row needs: no body, a short preview instead."""

    uuid: str
    title: str
    preview: str
    kind: EntryKind
    local_date: dt.date
    created_utc: dt.datetime
    starred: bool
    word_count: int
    tags: tuple[str, ...] = ()
    exercise_id: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineCursor:
    """Keyset position in the timeline order (newest day first, newest entry first)."""

    local_date: dt.date
    created_utc: dt.datetime
    row_id: int


@dataclass(frozen=True, slots=True)
class TimelinePage:
    """One page of the timeline and where the next page starts (None at the end)."""

    entries: tuple[EntrySummary, ...]
    next_cursor: TimelineCursor | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result; the snippet marks matches with HIT_START / HIT_END."""

    entry: EntrySummary
    snippet: str


@dataclass(frozen=True, slots=True)
class TagCount:
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class EntryEdit:
    """Fields to change on an entry; None leaves a field as it is."""

    title: str | None = None
    body: str | None = None
    tags: tuple[str, ...] | None = None
    starred: bool | None = None
    local_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """What a mutating journal call changed, so each view refreshes only that.

    `entries` are the UUIDs touched; `order` is set when the timeline's membership or
    order changed (new entry, trash, restore, purge, date change); `tags` when the set
    of tag names may have changed; `exercises` when drafts or finished exercises did
    (or the user's own exercises); `trackers` when any tracker record did (urges,
    promises, intentions, worries).
    """

    entries: frozenset[str] = field(default_factory=frozenset)
    order: bool = False
    tags: bool = False
    trash: bool = False
    exercises: bool = False
    trackers: bool = False

    def __or__(self, other: Change) -> Change:
        return Change(
            entries=self.entries | other.entries,
            order=self.order or other.order,
            tags=self.tags or other.tags,
            trash=self.trash or other.trash,
            exercises=self.exercises or other.exercises,
            trackers=self.trackers or other.trackers,
        )

    @property
    def empty(self) -> bool:
        return not (self.entries or self.order or self.tags or self.trash or self.exercises
                    or self.trackers)


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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
