"""Entries in general: writing, the timeline, the trash and tags, in plain SQL through
the gateway."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from trustjournal.core.entries import (
    Change,
    Entry,
    EntryKind,
    EntrySummary,
    TimelineCursor,
    TimelinePage,
)
from trustjournal.core.i18n import translate
from trustjournal.core.search import strip_markers
from trustjournal.storage.errors import EntryNotFoundError, JournalError
from trustjournal.storage.gateway import Gateway
from trustjournal.storage.revisions import forget_entry, forget_trash, keep_version, version_of
from trustjournal.storage.rows import (
    SUMMARY_SQL,
    aware,
    clean_body,
    db_date,
    db_time,
    drop_unused_tags,
    load_entry,
    naive_utc,
    placeholders,
    py_date,
    py_time,
    set_tags,
    summaries_from_rows,
    to_entry,
    utc_now,
)

# Made or taken only by writes and the tag list (core.entry_values loads with them).
if TYPE_CHECKING:
    from trustjournal.core.entry_values import EntryEdit, TagCount

_LIVE = "entries.deleted_utc IS NULL"
_TRASHED = "entries.deleted_utc IS NOT NULL"
_WITH_TAG = ("entries.id IN (SELECT entry_tags.entry_id FROM entry_tags "
             "JOIN tags ON tags.id = entry_tags.tag_id WHERE tags.name = ?)")


class EntryStore:
    """The entries of one open journal. `backup_first(reason)` is called before anything
    is deleted for good, and raises JournalError if no checked backup could be made."""

    def __init__(self, gateway: Gateway, backup_first: Callable[[str], None]) -> None:
        self._gateway = gateway
        self._backup_first = backup_first

    # -- writing ---------------------------------------------------------------------

    def create(
        self,
        *,
        title: str = "",
        body: str = "",
        tags: Iterable[str] = (),
        starred: bool = False,
        local_date: dt.date | None = None,
        kind: EntryKind = EntryKind.FREE,
        entry_uuid: str | None = None,
        created_utc: dt.datetime | None = None,
    ) -> tuple[Entry, Change]:
        """Add an entry in one transaction; returns it and what changed."""
        from trustjournal.core.text import clean_tags, clean_title, preview, word_count

        now = utc_now()
        created = naive_utc(created_utc) if created_utc else now
        body = clean_body(body)
        clean = clean_tags(tags)
        new_uuid = entry_uuid or _new_uuid()
        with self._gateway.write() as cur:
            cur.execute(
                "INSERT INTO entries(uuid, kind, title, body, preview, word_count, local_date, "
                "created_utc, updated_utc, starred) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (new_uuid, str(kind), clean_title(strip_markers(title)), body, preview(body),
                 word_count(body), db_date(local_date or dt.date.today()), db_time(created),
                 db_time(now), int(bool(starred))),
            )
            set_tags(cur, cur.lastrowid, clean)
            entry = to_entry(load_entry(cur, new_uuid))
        return entry, Change(entries=frozenset({entry.uuid}), order=True, tags=bool(clean))

    def update(self, entry_uuid: str, edit: EntryEdit) -> tuple[Entry, Change]:
        """Apply an edit; unchanged fields are not written, an empty edit writes nothing.

        A real change keeps the previous version as a revision, in the same transaction.
        """
        from trustjournal.core.text import clean_tags, clean_title, preview, word_count

        with self._gateway.write() as cur:
            row = load_entry(cur, entry_uuid)
            order = tags_changed = False
            # Only the columns that change are written: the search index's trigger fires
            # on title and body alone.
            sets: dict[str, Any] = {}
            if edit.title is not None:
                title = clean_title(strip_markers(edit.title))
                if title != row.title:
                    sets["title"] = title
            if edit.body is not None:
                body = clean_body(edit.body)
                if body != row.body:
                    sets.update(body=body, preview=preview(body), word_count=word_count(body))
            if edit.starred is not None and bool(edit.starred) != row.starred:
                sets["starred"] = int(bool(edit.starred))
            if edit.local_date is not None and edit.local_date != row.local_date:
                sets["local_date"] = db_date(edit.local_date)
                order = True
            clean: tuple[str, ...] = ()
            if edit.tags is not None:
                clean = clean_tags(edit.tags)
                tags_changed = list(row.tags) != list(clean)
            dirty = bool(sets) or tags_changed
            if dirty:
                before = version_of(cur, row)
                now = utc_now()
                sets["updated_utc"] = db_time(now)
                cur.execute(
                    f"UPDATE entries SET {', '.join(f'{c} = ?' for c in sets)} WHERE id = ?",
                    (*sets.values(), row.id),
                )
                if tags_changed:
                    set_tags(cur, row.id, clean)
                keep_version(cur, row.id, before, now)
                row = load_entry(cur, entry_uuid)
            entry = to_entry(row)
        if not dirty:
            return entry, Change()
        return entry, Change(entries=frozenset({entry_uuid}), order=order, tags=tags_changed)

    def trash(self, entry_uuid: str) -> Change:
        """Move to the trash (restorable)."""
        return self._set_deleted(entry_uuid, utc_now())

    def restore(self, entry_uuid: str) -> Change:
        """Bring an entry back from the trash."""
        return self._set_deleted(entry_uuid, None)

    def _set_deleted(self, entry_uuid: str, when: dt.datetime | None) -> Change:
        with self._gateway.write() as cur:
            found = cur.execute(
                "UPDATE entries SET deleted_utc = ? WHERE uuid = ?",
                (None if when is None else db_time(when), entry_uuid),
            ).rowcount
            if not found:
                raise EntryNotFoundError(translate("StorageEntries",
                    "That entry no longer exists."))
        return Change(
            entries=frozenset({entry_uuid}), order=True, trash=True, tags=True, exercises=True
        )

    def purge(self, entry_uuid: str) -> Change:
        """Delete for good (the caller has asked the user). Only trashed entries. A checked
        backup is made first; if it cannot be made, nothing is deleted."""
        with self._gateway.read() as cur:
            trashed = cur.execute(
                "SELECT deleted_utc FROM entries WHERE uuid = ?", (entry_uuid,)
            ).fetchone()
        if trashed is None:
            raise EntryNotFoundError(translate("StorageEntries", "That entry no longer exists."))
        if trashed[0] is None:
            raise JournalError(translate("StorageEntries",
                "Only entries in the trash can be deleted for good."))
        self._backup_first("purge")
        with self._gateway.write() as cur:
            row = cur.execute(
                "SELECT id, deleted_utc FROM entries WHERE uuid = ?", (entry_uuid,)
            ).fetchone()
            if row is None:
                raise EntryNotFoundError(translate("StorageEntries",
                    "That entry no longer exists."))
            if row[1] is None:
                raise JournalError(translate("StorageEntries",
                    "Only entries in the trash can be deleted for good."))
            forget_entry(cur, row[0], entry_uuid)
            cur.execute("DELETE FROM entries WHERE id = ?", (row[0],))
            drop_unused_tags(cur)
        return Change(entries=frozenset({entry_uuid}), trash=True, tags=True, exercises=True)

    def empty_trash(self) -> Change:
        """Delete every trashed entry for good (after a checked backup, as above)."""
        if self.count(trashed=True):
            self._backup_first("purge")
        with self._gateway.write() as cur:
            uuids = [u for (u,) in cur.execute(f"SELECT uuid FROM entries WHERE {_TRASHED}")]
            forget_trash(cur)
            cur.execute(f"DELETE FROM entries WHERE {_TRASHED}")
            drop_unused_tags(cur)
        return Change(entries=frozenset(uuids), trash=True, tags=True, exercises=True)

    # -- reading ---------------------------------------------------------------------

    def get(self, entry_uuid: str) -> Entry:
        """One entry, live or trashed; EntryNotFoundError if there is none."""
        with self._gateway.read() as cur:
            return to_entry(load_entry(cur, entry_uuid))

    def ids_starting(self, prefix: str, limit: int = 2) -> list[str]:
        """UUIDs of entries (live or in the trash) that start with `prefix`, in order."""
        escaped = prefix.replace("/", "//").replace("%", "/%").replace("_", "/_")
        with self._gateway.read() as cur:
            return [u for (u,) in cur.execute(
                "SELECT uuid FROM entries WHERE uuid LIKE ? || '%' ESCAPE '/' "
                "ORDER BY uuid LIMIT ?", (escaped, limit))]

    def timeline_page(
        self,
        after: TimelineCursor | None = None,
        limit: int = 200,
        *,
        trashed: bool = False,
        tag: str | None = None,
    ) -> TimelinePage:
        """Entries newest first, one page at a time (keyset paging: cheap at any depth)."""
        where = [_TRASHED if trashed else _LIVE]
        params: list[Any] = []
        if tag:
            where.append(_WITH_TAG)
            params.append(tag)
        if after is not None:
            where.append("(entries.local_date, entries.created_utc, entries.id) < (?, ?, ?)")
            params += [db_date(after.local_date), db_time(after.created_utc), after.row_id]
        sql = (f"SELECT {SUMMARY_SQL} FROM entries WHERE {' AND '.join(where)} "
               "ORDER BY entries.local_date DESC, entries.created_utc DESC, entries.id DESC "
               "LIMIT ?")
        with self._gateway.read() as cur:
            rows = cur.execute(sql, (*params, limit + 1)).fetchall()
            more = len(rows) > limit
            rows = rows[:limit]
            summaries = summaries_from_rows(cur, rows)
        cursor = None
        if more and rows:
            last = rows[-1]
            cursor = TimelineCursor(py_date(last[5]), aware(py_time(last[6])), last[0])
        return TimelinePage(tuple(summaries), cursor)

    def iter_all(self, *, trashed: bool = False, tag: str | None = None
                 ) -> Iterator[EntrySummary]:
        """Every entry newest first, fetched page by page."""
        cursor: TimelineCursor | None = None
        while True:
            page = self.timeline_page(cursor, 500, trashed=trashed, tag=tag)
            yield from page.entries
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def summaries(self, uuids: Iterable[str]) -> dict[str, EntrySummary]:
        """Current summaries of the given entries (missing ones are left out)."""
        wanted = list(uuids)
        found: dict[str, EntrySummary] = {}
        with self._gateway.read() as cur:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                rows = cur.execute(
                    f"SELECT {SUMMARY_SQL} FROM entries WHERE uuid IN ({placeholders(chunk)})",
                    chunk,
                ).fetchall()
                found.update((s.uuid, s) for s in summaries_from_rows(cur, rows))
        return found

    def count(self, *, trashed: bool = False) -> int:
        """How many entries are live (or, with trashed=True, in the trash)."""
        with self._gateway.read() as cur:
            in_trash = int(cur.execute(
                f"SELECT count(*) FROM entries WHERE {_TRASHED}").fetchone()[0])
            if trashed:
                return in_trash
            # Counting the whole table only adds up the pages of its smallest index
            # (ix_entries_live, one short key per entry), without stepping through each
            # row as a WHERE needs: about 1 ms at 100 k entries. The trash is a range
            # of the timeline's index, and small.
            return int(cur.execute("SELECT count(*) FROM entries").fetchone()[0]) - in_trash

    def tag_counts(self) -> list[TagCount]:
        """Tags on live entries, most used first."""
        from trustjournal.core.entry_values import TagCount

        with self._gateway.read() as cur:
            return [TagCount(name, count) for name, count in cur.execute(
                "SELECT tags.name, count(entry_tags.entry_id) FROM tags "
                "JOIN entry_tags ON entry_tags.tag_id = tags.id "
                f"JOIN entries ON entries.id = entry_tags.entry_id WHERE {_LIVE} "
                "GROUP BY tags.id ORDER BY count(entry_tags.entry_id) DESC, tags.name")]


def _new_uuid() -> str:
    # uuid (and the platform module it loads) only when an entry is made: a search or
    # an export never pays for it.
    import uuid

    return str(uuid.uuid4())


__all__ = ["EntryStore"]
