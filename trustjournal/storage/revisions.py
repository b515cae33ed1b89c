"""Entry history (revisions) and crash recovery snapshots.

Every save that changes an entry calls `keep_version` in its own transaction, so the
version it replaces is never lost, then the entry's history is pruned by the policy in
core.revisions. Unsaved editor text is kept in the `recovery` table: inside the journal
file, so it is as private as the entries themselves.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from trustjournal.core.entries import Change, Entry, EntryKind
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.search import strip_markers
from trustjournal.storage.errors import EntryNotFoundError, JournalError
from trustjournal.storage.gateway import Gateway
from trustjournal.storage.rows import (
    StoredEntry,
    aware,
    db_date,
    db_time,
    find_entry,
    load_entry,
    py_date,
    py_time,
    set_tags,
    to_entry,
    utc_now,
)

# History and recovery load core.entry_values when first read.
if TYPE_CHECKING:
    from trustjournal.core.entry_values import RecoverySnapshot, Revision

Cursor = Any  # a sqlcipher3 cursor


@lazy_dataclass(frozen=True, slots=True)
class Version:
    """Everything a save can change on an entry, read before the save changes it."""

    kind: str
    title: str
    body: str
    word_count: int
    tags: tuple[str, ...]
    local_date: dt.date
    starred: bool
    saved_utc: dt.datetime
    exercise_version: int | None
    answers_json: str | None
    metrics_json: str | None


def metrics_json_of(cur: Cursor, entry_id: int) -> str:
    """The entry's metric rows as the JSON a revision keeps them in."""
    metrics = cur.execute(
        "SELECT name, value, label FROM metrics WHERE entry_id = ? ORDER BY id", (entry_id,)
    ).fetchall()
    return json.dumps([list(m) for m in metrics], ensure_ascii=False)


def version_of(cur: Cursor, row: StoredEntry) -> Version:
    """The entry as it is now (call before changing it)."""
    return Version(
        kind=row.kind,
        title=row.title,
        body=row.body,
        word_count=row.word_count,
        tags=row.tags,
        local_date=row.local_date,
        starred=row.starred,
        saved_utc=row.updated_utc,
        exercise_version=row.exercise_version,
        answers_json=row.answers_json,
        metrics_json=None if row.answers_json is None else metrics_json_of(cur, row.id),
    )


def keep_version(cur: Cursor, entry_id: int, before: Version,
                 now: dt.datetime | None = None) -> None:
    """Keep `before` as a revision of the entry, then prune the entry's history.

    Runs inside the transaction of the save that replaced it.
    """
    now = now or utc_now()
    cur.execute(
        "INSERT INTO revisions(entry_id, saved_utc, replaced_utc, kind, title, body, "
        "word_count, tags_json, local_date, starred, exercise_version, answers_json, "
        "metrics_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (entry_id, db_time(before.saved_utc), db_time(now), before.kind, before.title,
         before.body, before.word_count, json.dumps(list(before.tags), ensure_ascii=False),
         db_date(before.local_date), int(before.starred), before.exercise_version,
         before.answers_json, before.metrics_json),
    )
    prune_history(cur, entry_id, now)


def keep_if_changed(cur: Cursor, entry_id: int, before: Version,
                    now: dt.datetime | None = None) -> bool:
    """For saves that rewrite every field (an exercise saved again): keep `before` as a
    revision only if the entry really changed. Call after the new values (and metric
    rows) are written; returns whether a revision was kept."""
    row = cur.execute("SELECT uuid FROM entries WHERE id = ?", (entry_id,)).fetchone()
    after = version_of(cur, find_entry(cur, row[0]))  # type: ignore[arg-type]
    fields = ("kind", "title", "body", "local_date", "starred", "exercise_version",
              "answers_json", "metrics_json")
    changed = any(getattr(before, f) != getattr(after, f) for f in fields) or (
        sorted(t.casefold() for t in before.tags) != sorted(t.casefold() for t in after.tags))
    if changed:
        keep_version(cur, entry_id, before, now)
    return changed


def revisions_to_prune(versions: Any, now: dt.datetime) -> set[int]:
    """core.revisions' pruning policy, loaded on the first save: the diff module and its
    records would cost every search or export ~15 ms of start-up they never use."""
    from trustjournal.core.revisions import revisions_to_prune as policy

    return policy(versions, now)


def prune_history(cur: Cursor, entry_id: int, now: dt.datetime | None = None) -> int:
    """Remove the versions the pruning policy no longer keeps; returns how many."""
    now = now or utc_now()
    versions = cur.execute(
        "SELECT id, saved_utc FROM revisions WHERE entry_id = ?", (entry_id,)
    ).fetchall()
    doomed = revisions_to_prune(((i, aware(py_time(s))) for i, s in versions), aware(now))
    if doomed:
        cur.executemany("DELETE FROM revisions WHERE id = ?", [(i,) for i in doomed])
    return len(doomed)


def forget_entry(cur: Cursor, entry_id: int, entry_uuid: str) -> None:
    """Purge hook: an entry deleted for good takes its history and any unsaved text with
    it. (The foreign key cascades too; this does not depend on it.)"""
    cur.execute("DELETE FROM revisions WHERE entry_id = ?", (entry_id,))
    cur.execute("DELETE FROM recovery WHERE entry_uuid = ?", (entry_uuid,))


def forget_trash(cur: Cursor) -> None:
    """Purge hook for emptying the trash: forget_entry for every trashed entry."""
    cur.execute("DELETE FROM revisions WHERE entry_id IN "
                "(SELECT id FROM entries WHERE deleted_utc IS NOT NULL)")
    cur.execute("DELETE FROM recovery WHERE entry_uuid IN "
                "(SELECT uuid FROM entries WHERE deleted_utc IS NOT NULL)")


_REVISION_SQL = (
    "SELECT revisions.id, revisions.saved_utc, revisions.replaced_utc, revisions.title, "
    "revisions.body, revisions.kind, revisions.local_date, revisions.tags_json, "
    "revisions.starred, revisions.word_count, revisions.exercise_version, "
    "revisions.answers_json, revisions.metrics_json FROM revisions "
)


def _revision(row: Any, entry_uuid: str) -> Revision:
    (id_, saved, replaced, title, body, kind, day, tags_json, starred, words,
     exercise_version, answers_json, _metrics) = row
    from trustjournal.core.entry_values import Revision

    return Revision(
        id=id_,
        entry_uuid=entry_uuid,
        saved_utc=aware(py_time(saved)),
        replaced_utc=aware(py_time(replaced)),
        title=title,
        body=body,
        kind=EntryKind(kind),
        local_date=py_date(day),
        tags=tuple(json.loads(tags_json)),
        starred=bool(starred),
        word_count=words,
        exercise_version=exercise_version,
        answers_json=answers_json,
    )


def _revision_row(cur: Cursor, entry_uuid: str, revision_id: int) -> Any:
    row = cur.execute(
        _REVISION_SQL + "JOIN entries ON entries.id = revisions.entry_id "
        "WHERE revisions.id = ? AND entries.uuid = ?", (revision_id, entry_uuid),
    ).fetchone()
    if row is None:
        raise EntryNotFoundError(translate("StorageRevisions",
            "That version of the entry is no longer kept."))
    return row


def _snapshot(row: Any) -> RecoverySnapshot:
    entry_uuid, is_new, title, body, tags_json, day, starred, taken = row
    from trustjournal.core.entry_values import RecoverySnapshot

    return RecoverySnapshot(
        entry_uuid=entry_uuid,
        title=title,
        body=body,
        tags=tuple(json.loads(tags_json)),
        local_date=py_date(day),
        starred=bool(starred),
        is_new=bool(is_new),
        taken_utc=aware(py_time(taken)),
    )


_RECOVERY_SQL = ("SELECT entry_uuid, is_new, title, body, tags_json, local_date, starred, "
                 "taken_utc FROM recovery ")


class RevisionStore:
    """History and recovery of one open journal."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway

    # -- history ---------------------------------------------------------------------

    def history(self, entry_uuid: str) -> list[Revision]:
        """The entry's earlier versions, newest first."""
        with self._gateway.read() as cur:
            row = load_entry(cur, entry_uuid)
            rows = cur.execute(
                _REVISION_SQL + "WHERE entry_id = ? ORDER BY saved_utc DESC, id DESC",
                (row.id,),
            ).fetchall()
        return [_revision(r, entry_uuid) for r in rows]

    def revision(self, entry_uuid: str, revision_id: int) -> Revision:
        """One earlier version of the entry."""
        with self._gateway.read() as cur:
            return _revision(_revision_row(cur, entry_uuid, revision_id), entry_uuid)

    def restore_revision(self, entry_uuid: str, revision_id: int) -> tuple[Entry, Change]:
        """Bring back an earlier version. It is a save like any other: the text the entry
        has now is kept as a revision first, so restoring can itself be undone."""
        from trustjournal.core.text import preview, word_count

        now = utc_now()
        with self._gateway.write() as cur:
            rev = _revision_row(cur, entry_uuid, revision_id)
            (_id, _saved, _replaced, r_title, r_body, r_kind, r_day, r_tags_json, r_starred,
             _words, r_exercise_version, r_answers, r_metrics) = rev
            row = load_entry(cur, entry_uuid)
            if row.deleted_utc is not None:
                raise JournalError(translate("StorageRevisions",
                    "This entry is in the trash; restore it from there first."))
            before = version_of(cur, row)
            tags = tuple(json.loads(r_tags_json))
            r_date = py_date(r_day)
            tags_changed = (sorted(t.casefold() for t in before.tags)
                            != sorted(t.casefold() for t in tags))
            order = r_date != row.local_date
            answers_changed = (r_answers != row.answers_json
                               or (r_metrics is not None and r_metrics != before.metrics_json))
            changed = (
                tags_changed or order or answers_changed
                or r_title != row.title or r_body != row.body
                or bool(r_starred) != row.starred or r_kind != row.kind
            )
            if changed:
                cur.execute(
                    "UPDATE entries SET title = ?, body = ?, kind = ?, preview = ?, "
                    "word_count = ?, local_date = ?, starred = ?, updated_utc = ? "
                    "WHERE id = ?",
                    (r_title, r_body, r_kind, preview(r_body), word_count(r_body),
                     db_date(r_date), int(bool(r_starred)), db_time(now), row.id),
                )
                if tags_changed:
                    set_tags(cur, row.id, tags)
                if answers_changed:
                    cur.execute("UPDATE entries SET answers_json = ? WHERE id = ?",
                                (r_answers, row.id))
                    if r_exercise_version is not None:
                        cur.execute("UPDATE entries SET exercise_version = ? WHERE id = ?",
                                    (r_exercise_version, row.id))
                    if r_metrics is not None:
                        cur.execute("DELETE FROM metrics WHERE entry_id = ?", (row.id,))
                        cur.executemany(
                            "INSERT INTO metrics(entry_id, name, value, label) "
                            "VALUES (?, ?, ?, ?)",
                            [(row.id, name, value, label)
                             for name, value, label in json.loads(r_metrics)],
                        )
                keep_version(cur, row.id, before, now)
                row = load_entry(cur, entry_uuid)
            entry = to_entry(row)
        if not changed:
            return entry, Change()
        return entry, Change(entries=frozenset({entry_uuid}), order=order, tags=tags_changed,
                             exercises=answers_changed)

    # -- crash recovery --------------------------------------------------------------

    def save_recovery(self, snapshot: RecoverySnapshot) -> None:
        """Keep the editor's unsaved text (replacing the entry's previous snapshot)."""
        with self._gateway.write() as cur:
            cur.execute(
                "INSERT OR REPLACE INTO recovery(entry_uuid, is_new, title, body, tags_json, "
                "local_date, starred, taken_utc) VALUES (?,?,?,?,?,?,?,?)",
                (snapshot.entry_uuid, int(snapshot.is_new), snapshot.title,
                 snapshot.body.replace("\x00", ""),
                 json.dumps(list(snapshot.tags), ensure_ascii=False),
                 db_date(snapshot.local_date), int(snapshot.starred), db_time(utc_now())),
            )

    def recovered(self) -> list[RecoverySnapshot]:
        """Unsaved text left by an editor that did not get to save, newest first."""
        with self._gateway.read() as cur:
            rows = cur.execute(_RECOVERY_SQL + "ORDER BY taken_utc DESC").fetchall()
        return [_snapshot(r) for r in rows]

    def clear_recovery(self, entry_uuid: str) -> None:
        """The entry was saved (or the text is no longer wanted): drop its snapshot."""
        with self._gateway.write() as cur:
            cur.execute("DELETE FROM recovery WHERE entry_uuid = ?", (entry_uuid,))

    def set_aside_recovery(self, entry_uuid: str) -> Change:
        """Keep what was saved, and still lose nothing: the snapshot becomes the newest
        earlier version of its entry, or, for an entry never saved, an entry in the
        trash. The snapshot is removed in the same transaction."""
        from trustjournal.core.text import clean_tags, clean_title, preview, word_count

        now = utc_now()
        with self._gateway.write() as cur:
            found = cur.execute(_RECOVERY_SQL + "WHERE entry_uuid = ?", (entry_uuid,)).fetchone()
            if found is None:
                return Change()
            snap = _snapshot(found)
            row = find_entry(cur, entry_uuid)
            tags = clean_tags(snap.tags)
            title = clean_title(strip_markers(snap.title))
            body = strip_markers(snap.body)
            if row is not None:
                current = version_of(cur, row)
                kept = Version(
                    kind=current.kind, title=title, body=body, word_count=word_count(body),
                    tags=tags, local_date=snap.local_date, starred=snap.starred,
                    # Set aside now, so it is the newest version and no pruning of its
                    # day takes it away.
                    saved_utc=now, exercise_version=current.exercise_version,
                    answers_json=current.answers_json, metrics_json=current.metrics_json,
                )
                keep_version(cur, row.id, kept, now)
                change = Change(entries=frozenset({entry_uuid}))
            else:
                cur.execute(
                    "INSERT INTO entries(uuid, kind, title, body, preview, word_count, "
                    "local_date, created_utc, updated_utc, starred, deleted_utc) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (entry_uuid, str(EntryKind.FREE), title, body, preview(body),
                     word_count(body), db_date(snap.local_date),
                     db_time(snap.taken_utc), db_time(now), int(snap.starred), db_time(now)),
                )
                set_tags(cur, cur.lastrowid, tags)
                change = Change(entries=frozenset({entry_uuid}), trash=True, tags=bool(tags))
            cur.execute("DELETE FROM recovery WHERE entry_uuid = ?", (entry_uuid,))
        return change


__all__ = [
    "RevisionStore",
    "Version",
    "forget_entry",
    "forget_trash",
    "keep_if_changed",
    "keep_version",
    "metrics_json_of",
    "prune_history",
    "version_of",
]
