"""Entries as the rest of the program sees them: plain, immutable values."""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from enum import StrEnum
from typing import TYPE_CHECKING

from trustjournal.core.lazy_dataclass import lazy_dataclass

# An edit, a search hit, a tag's count, an earlier version and a crash-recovery snapshot
# live in core.entry_values and load when first named here: opening the journal and
# showing Today and the timeline need none of them, and load no module they do not need
# (the records' methods are written on first use: core.lazy_dataclass).
if TYPE_CHECKING:
    from trustjournal.core.entry_values import EntryEdit as EntryEdit
    from trustjournal.core.entry_values import RecoverySnapshot as RecoverySnapshot
    from trustjournal.core.entry_values import Revision as Revision
    from trustjournal.core.entry_values import SearchHit as SearchHit
    from trustjournal.core.entry_values import TagCount as TagCount

_FROM_VALUES = ("EntryEdit", "RecoverySnapshot", "Revision", "SearchHit", "TagCount")


def __getattr__(name: str) -> object:
    if name in _FROM_VALUES:
        from trustjournal.core import entry_values

        return getattr(entry_values, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class EntryKind(StrEnum):
    FREE = "free"
    EXERCISE = "exercise"
    CHECKIN = "checkin"


MAX_TITLE_LENGTH = 500
MAX_TAG_LENGTH = 60


@lazy_dataclass(frozen=True, slots=True)
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


@lazy_dataclass(frozen=True, slots=True)
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


@lazy_dataclass(frozen=True, slots=True)
class TimelineCursor:
    """Keyset position in the timeline order (newest day first, newest entry first)."""

    local_date: dt.date
    created_utc: dt.datetime
    row_id: int


@lazy_dataclass(frozen=True, slots=True)
class TimelinePage:
    """One page of the timeline and where the next page starts (None at the end)."""

    entries: tuple[EntrySummary, ...]
    next_cursor: TimelineCursor | None


@lazy_dataclass(frozen=True, slots=True)
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
