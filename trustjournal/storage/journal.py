"""The Journal API that the GUI and the CLI call. Returns core values, never ORM rows."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid as uuidlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, func, select, tuple_
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from trustjournal.core.entries import (
    Change,
    Entry,
    EntryEdit,
    EntryKind,
    EntrySummary,
    SearchHit,
    TagCount,
    TimelineCursor,
    TimelinePage,
)
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tags, clean_title, preview, word_count
from trustjournal.paths import ensure_private_dir, keys_path
from trustjournal.storage import migrate, scratch
from trustjournal.storage.copies import backup_to
from trustjournal.storage.create import build_journal_file
from trustjournal.storage.database import (
    APPLICATION_ID,
    READ_OPTION,
    DriverDatabaseError,
    writer,
)
from trustjournal.storage.errors import (
    EntryNotFoundError,
    JournalDamagedError,
    JournalError,
    NotAJournalError,
    damaged_message,
)
from trustjournal.storage.exercise_store import ExerciseStore
from trustjournal.storage.gateway import Gateway
from trustjournal.storage.lock import ProcessLock, kept_lock
from trustjournal.storage.orm import EntryRow, SettingRow, TagRow, entry_tags
from trustjournal.storage.presence import journal_exists, require_journal
from trustjournal.storage.revisions import (
    RevisionStore,
    forget_entry,
    forget_trash,
    keep_version,
    version_of,
)
from trustjournal.storage.search import search_entries
from trustjournal.storage.stats import StatsStore
from trustjournal.storage.transfer import TransferStore


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


def _naive_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def _clean_body(body: str) -> str:
    return strip_markers(body.replace("\x00", ""))


SUMMARY_COLUMNS = (
    EntryRow.id,
    EntryRow.uuid,
    EntryRow.title,
    EntryRow.preview,
    EntryRow.kind,
    EntryRow.local_date,
    EntryRow.created_utc,
    EntryRow.starred,
    EntryRow.word_count,
    EntryRow.exercise_id,
)


def summaries_from_rows(conn: Connection, rows: Sequence) -> list[EntrySummary]:  # type: ignore[type-arg]
    """Build summaries for selected SUMMARY_COLUMNS rows, with their tags in one query."""
    ids = [r.id for r in rows]
    tags: dict[int, list[str]] = {}
    if ids:
        tag_rows = conn.execute(
            select(entry_tags.c.entry_id, TagRow.name)
            .join(TagRow, TagRow.id == entry_tags.c.tag_id)
            .where(entry_tags.c.entry_id.in_(ids))
            .order_by(TagRow.name)
        )
        for entry_id, name in tag_rows:
            tags.setdefault(entry_id, []).append(name)
    return [
        EntrySummary(
            uuid=r.uuid,
            title=r.title,
            preview=r.preview,
            kind=EntryKind(r.kind),
            local_date=r.local_date,
            created_utc=_aware(r.created_utc),
            starred=bool(r.starred),
            word_count=r.word_count,
            tags=tuple(tags.get(r.id, ())),
            exercise_id=r.exercise_id,
        )
        for r in rows
    ]


class Journal(RevisionStore, ExerciseStore, TransferStore, StatsStore):
    """An open journal file. Create with open_journal(); close when done."""

    def __init__(self, path: Path, gateway: Gateway, lock: ProcessLock) -> None:
        self.path = path
        self._gateway = gateway
        self._engine = gateway.sa_engine()
        self._lock = lock

    # -- lifecycle -------------------------------------------------------------------

    def close(self, *, keep_lock: bool = False) -> None:
        """Checkpoint the WAL into the file, then let go of the file and the lock.

        keep_lock=True closes the file but keeps the one-process lock, so no other process
        can open the journal while this one is locked; open_journal here takes it back.
        """
        if self._engine is None:
            return
        try:
            self._pragma("wal_checkpoint(TRUNCATE)")
        except (SADatabaseError, DriverDatabaseError):
            pass  # a damaged or full file: closing still lets go of it
        finally:
            self._gateway.close()
            self._engine = None  # type: ignore[assignment]
            if keep_lock:
                self._lock.in_use = False
            else:
                self._lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._engine is None

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with (
                self._engine.connect().execution_options(**{READ_OPTION: True}) as conn,
                conn.begin(),
            ):
                yield conn
        except OperationalError:
            raise  # busy, disk trouble: not a judgement on the file
        except SADatabaseError as exc:
            # A page that no longer reads ("malformed"): damage, said as `check` says
            # it, whichever command came across it first.
            raise JournalDamagedError(damaged_message(self.path)) from exc

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with (
                Session(writer(self._engine), expire_on_commit=False) as session,
                session.begin(),
            ):
                yield session
        except OperationalError as exc:
            # SQLite's own words ("database or disk is full", "attempt to write a
            # readonly database"); they never contain entry text.
            raise JournalError(f"The journal could not be saved: {exc.orig}") from exc

    # -- entries ---------------------------------------------------------------------

    def create_entry(
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
        now = utc_now()
        created = _naive_utc(created_utc) if created_utc else now
        body = _clean_body(body)
        clean = clean_tags(tags)
        with self._write() as session:
            row = EntryRow(
                uuid=entry_uuid or str(uuidlib.uuid4()),
                kind=str(kind),
                title=clean_title(strip_markers(title)),
                body=body,
                preview=preview(body),
                word_count=word_count(body),
                local_date=local_date or dt.date.today(),
                created_utc=created,
                updated_utc=now,
                starred=starred,
                tags=self._tag_rows(session, clean),
            )
            session.add(row)
            session.flush()
            entry = self._entry(row)
        return entry, Change(entries=frozenset({entry.uuid}), order=True, tags=bool(clean))

    def update_entry(self, entry_uuid: str, edit: EntryEdit) -> tuple[Entry, Change]:
        """Apply an edit; unchanged fields are not written, an empty edit writes nothing.

        A real change keeps the previous version as a revision, in the same transaction.
        """
        with self._write() as session:
            row = self._row(session, entry_uuid)
            before = version_of(session, row)
            order = tags_changed = dirty = False
            if edit.title is not None:
                title = clean_title(strip_markers(edit.title))
                if title != row.title:
                    row.title, dirty = title, True
            if edit.body is not None:
                body = _clean_body(edit.body)
                if body != row.body:
                    row.body, row.preview, row.word_count = body, preview(body), word_count(body)
                    dirty = True
            if edit.starred is not None and bool(edit.starred) != bool(row.starred):
                row.starred, dirty = edit.starred, True
            if edit.local_date is not None and edit.local_date != row.local_date:
                row.local_date, dirty, order = edit.local_date, True, True
            if edit.tags is not None:
                clean = clean_tags(edit.tags)
                if [t.name for t in row.tags] != list(clean):
                    row.tags = self._tag_rows(session, clean)
                    dirty = tags_changed = True
            if dirty:
                now = utc_now()
                row.updated_utc = now
                session.flush()
                keep_version(session, row, before, now)
            entry = self._entry(row)
        if not dirty:
            return entry, Change()
        return entry, Change(entries=frozenset({entry_uuid}), order=order, tags=tags_changed)

    def entry_ids_starting(self, prefix: str, limit: int = 2) -> list[str]:
        """UUIDs of entries (live or in the trash) that start with `prefix`, in order."""
        with self._read() as conn:
            found = conn.execute(
                select(EntryRow.uuid)
                .where(EntryRow.uuid.startswith(prefix, autoescape=True))
                .order_by(EntryRow.uuid).limit(limit)
            ).scalars()
            return list(found)

    def get_entry(self, entry_uuid: str) -> Entry:
        with Session(self._engine) as session:
            return self._entry(self._row(session, entry_uuid))

    def trash_entry(self, entry_uuid: str) -> Change:
        """Move to the trash (restorable)."""
        return self._set_deleted(entry_uuid, utc_now())

    def restore_entry(self, entry_uuid: str) -> Change:
        """Bring an entry back from the trash."""
        return self._set_deleted(entry_uuid, None)

    def purge_entry(self, entry_uuid: str) -> Change:
        """Delete for good (the caller has asked the user). Only trashed entries. A checked
        backup is made first; if it cannot be made, nothing is deleted."""
        with self._read() as conn:
            trashed = conn.execute(
                select(EntryRow.deleted_utc).where(EntryRow.uuid == entry_uuid)
            ).first()
        if trashed is None:
            raise EntryNotFoundError("That entry no longer exists.")
        if trashed[0] is None:
            raise JournalError("Only entries in the trash can be deleted for good.")
        self._backup_before("purge")
        with self._write() as session:
            row = self._row(session, entry_uuid)
            if row.deleted_utc is None:
                raise JournalError("Only entries in the trash can be deleted for good.")
            forget_entry(session, row.id, entry_uuid)
            session.delete(row)
            self._drop_unused_tags(session)
        return Change(entries=frozenset({entry_uuid}), trash=True, tags=True, exercises=True)

    def empty_trash(self) -> Change:
        """Delete every trashed entry for good (after a checked backup, as above)."""
        if self.count_entries(trashed=True):
            self._backup_before("purge")
        with self._write() as session:
            uuids = session.scalars(
                select(EntryRow.uuid).where(EntryRow.deleted_utc.is_not(None))
            ).all()
            forget_trash(session)
            session.execute(delete(EntryRow).where(EntryRow.deleted_utc.is_not(None)))
            self._drop_unused_tags(session)
        return Change(entries=frozenset(uuids), trash=True, tags=True, exercises=True)

    def _backup_before(self, reason: str) -> None:
        from trustjournal.storage.archive import make_backup

        try:
            make_backup(self, reason)
        except JournalError as exc:
            raise JournalError(f"A backup could not be made first, so nothing was deleted: "
                               f"{exc}") from exc

    def _set_deleted(self, entry_uuid: str, when: dt.datetime | None) -> Change:
        with self._write() as session:
            row = self._row(session, entry_uuid)
            row.deleted_utc = when
        return Change(
            entries=frozenset({entry_uuid}), order=True, trash=True, tags=True, exercises=True
        )

    # -- lists -----------------------------------------------------------------------

    def timeline_page(
        self,
        after: TimelineCursor | None = None,
        limit: int = 200,
        *,
        trashed: bool = False,
        tag: str | None = None,
    ) -> TimelinePage:
        """Entries newest first, one page at a time (keyset paging: cheap at any depth)."""
        query = select(*SUMMARY_COLUMNS)
        query = query.where(
            EntryRow.deleted_utc.is_not(None) if trashed else EntryRow.deleted_utc.is_(None)
        )
        if tag:
            query = query.where(
                EntryRow.id.in_(
                    select(entry_tags.c.entry_id)
                    .join(TagRow, TagRow.id == entry_tags.c.tag_id)
                    .where(TagRow.name == tag)
                )
            )
        if after is not None:
            query = query.where(
                tuple_(EntryRow.local_date, EntryRow.created_utc, EntryRow.id)
                < tuple_(after.local_date, _naive_utc(after.created_utc), after.row_id)
            )
        query = query.order_by(
            EntryRow.local_date.desc(), EntryRow.created_utc.desc(), EntryRow.id.desc()
        ).limit(limit + 1)
        with self._read() as conn:
            rows = conn.execute(query).all()
            more = len(rows) > limit
            rows = rows[:limit]
            summaries = summaries_from_rows(conn, rows)
        cursor = None
        if more and rows:
            last = rows[-1]
            cursor = TimelineCursor(last.local_date, _aware(last.created_utc), last.id)
        return TimelinePage(tuple(summaries), cursor)

    def iter_entries(
        self, *, trashed: bool = False, tag: str | None = None
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
        if not wanted:
            return {}
        with self._read() as conn:
            rows = conn.execute(select(*SUMMARY_COLUMNS).where(EntryRow.uuid.in_(wanted))).all()
            return {s.uuid: s for s in summaries_from_rows(conn, rows)}

    def count_entries(self, *, trashed: bool = False) -> int:
        with self._read() as conn:
            cond = EntryRow.deleted_utc.is_not(None) if trashed else EntryRow.deleted_utc.is_(None)
            return conn.execute(select(func.count()).select_from(EntryRow).where(cond)).scalar_one()

    def tag_counts(self) -> list[TagCount]:
        """Tags on live entries, most used first."""
        query = (
            select(TagRow.name, func.count(entry_tags.c.entry_id))
            .join(entry_tags, entry_tags.c.tag_id == TagRow.id)
            .join(EntryRow, EntryRow.id == entry_tags.c.entry_id)
            .where(EntryRow.deleted_utc.is_(None))
            .group_by(TagRow.id)
            .order_by(func.count(entry_tags.c.entry_id).desc(), TagRow.name)
        )
        with self._read() as conn:
            return [TagCount(name, count) for name, count in conn.execute(query)]

    def search(
        self,
        query: str,
        *,
        tags: Sequence[str] = (),
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        limit: int = 100,
    ) -> list[SearchHit]:
        """Full-text search over titles and bodies of live entries, best matches first."""
        with self._gateway.read() as cur:
            return search_entries(cur, query, tags, date_from, date_to, limit)

    def on_this_day(self, day: dt.date, limit: int = 5) -> list[EntrySummary]:
        """Entries from day's month and day in earlier years, newest year first."""
        from trustjournal.storage.on_this_day import entries_on_this_day

        with self._read() as conn:
            return entries_on_this_day(conn, day, limit)

    # -- settings --------------------------------------------------------------------

    def get_setting(self, key: str, default: object = None) -> object:
        with self._read() as conn:
            value = conn.execute(select(SettingRow.value).where(SettingRow.key == key)).scalar()
        return default if value is None else json.loads(value)

    def set_setting(self, key: str, value: object) -> None:
        with self._write() as session:
            session.merge(SettingRow(key=key, value=json.dumps(value)))

    # -- health ----------------------------------------------------------------------

    def integrity_problems(self, quick: bool = False) -> list[str]:
        """SQLite's own check of every page and index; an empty list means healthy.

        The page checks run as a read, so saves go on meanwhile. The full check then
        compares the search index with the entries: FTS5 offers that only as a write
        statement, so that last step alone waits for, and briefly holds, the write lock.
        """
        pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
        with self._engine.connect() as conn:
            try:
                result = [row[0] for row in conn.exec_driver_sql(pragma)]
            except SADatabaseError as exc:  # damage bad enough to stop the check itself
                return [f"the check could not finish: {exc.orig}"]
        if result == ["ok"] and not quick:
            with writer(self._engine).connect() as conn:
                try:
                    conn.exec_driver_sql(
                        "INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)"
                    ).close()
                except OperationalError as exc:
                    if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                        raise JournalError(
                            "The search index could not be checked just now (the journal "
                            "was busy); try again."
                        ) from exc
                    result = ["the search index does not match the entries"]
                except SADatabaseError:
                    result = ["the search index does not match the entries"]
                conn.rollback()  # the check writes nothing; there is nothing to keep
        return [] if result == ["ok"] else result

    def sqlite_pragma(self, name: str) -> object:
        """Read one pragma's value (for checks and tests)."""
        return self._pragma(name)

    def _pragma(self, name: str) -> object:
        # On the raw connection, outside any transaction: SQLAlchemy would begin one
        # first (BEGIN IMMEDIATE, see database.py), and SQLite refuses a WAL checkpoint
        # inside a transaction.
        raw = self._engine.raw_connection()
        try:
            row = raw.driver_connection.execute(f"PRAGMA {name}").fetchone()
        finally:
            raw.close()
        return None if row is None else row[0]

    def backup(self, target: Path) -> Path:
        """A consistent copy made with SQLite's online backup API."""
        return backup_to(self._gateway, target)

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _row(session: Session, entry_uuid: str) -> EntryRow:
        row = session.scalar(select(EntryRow).where(EntryRow.uuid == entry_uuid))
        if row is None:
            raise EntryNotFoundError("That entry no longer exists.")
        return row

    @staticmethod
    def _tag_rows(session: Session, names: Sequence[str]) -> list[TagRow]:
        if not names:
            return []
        existing = {
            t.name.casefold(): t
            for t in session.scalars(select(TagRow).where(TagRow.name.in_(names)))
        }
        rows = []
        for name in names:
            tag = existing.get(name.casefold())
            if tag is None:
                tag = TagRow(name=name)
                session.add(tag)
                existing[name.casefold()] = tag
            rows.append(tag)
        return rows

    @staticmethod
    def _drop_unused_tags(session: Session) -> None:
        session.execute(
            delete(TagRow).where(~TagRow.id.in_(select(entry_tags.c.tag_id).distinct()))
        )

    @staticmethod
    def _entry(row: EntryRow) -> Entry:
        return Entry(
            uuid=row.uuid,
            title=row.title,
            body=row.body,
            kind=EntryKind(row.kind),
            local_date=row.local_date,
            created_utc=_aware(row.created_utc),
            updated_utc=_aware(row.updated_utc),
            tags=tuple(sorted((t.name for t in row.tags), key=str.casefold)),
            starred=bool(row.starred),
            deleted_utc=_aware(row.deleted_utc) if row.deleted_utc else None,
            exercise_id=row.exercise_id,
            exercise_version=row.exercise_version,
        )


def open_journal(
    path: Path, *, create: bool = True, key: bytes | None = None, verify: bool = True
) -> Journal:
    """Open (or create) the journal at path: lock, check, migrate with a backup first.

    A new journal is made only where nothing of one is (no journal file, key file or
    backups), and only with create=True; a key file beside it is allowed when it holds
    key (written just now by the caller that creates an encrypted journal). Nothing is
    created, locked or tightened before that is known. A file that fails to open, an
    empty one included, is never re-created, reset or overwritten. verify=False skips
    the page-by-page quick_check (it reads the whole file); the window runs it in the
    background instead, and a migration always checks first.
    """
    path = Path(path)
    # Judged before the folder is touched: a missing journal file beside its backups
    # raises here, and so does "no journal here" when not creating.
    if not _present(path, key) and not create:
        require_journal(path)
    ensure_private_dir(path.parent)
    lock = kept_lock(path)
    if lock is None:
        lock = ProcessLock(path)
        lock.acquire()
        # Only now is it sure that no process is still writing a copy or a conversion.
        from trustjournal.storage.plaintext import clear_orphans

        clear_orphans(path)
    lock.in_use = True
    # With the lock held no other process exports from this journal: whatever an export
    # killed mid-way left (in the scratch area and beside its target) can go now.
    with contextlib.suppress(OSError):  # never a reason not to open
        scratch.clean_leftovers(path)
    engine: Engine | None = None
    gateway: Gateway | None = None
    try:
        if not _present(path, key):  # asked again under the lock
            if not create:
                require_journal(path)
            build_journal_file(path, key)
        elif not os.access(path, os.R_OK | os.W_OK):
            raise JournalError(
                f"{path.name} cannot be read and written by you; check its permissions."
            )
        elif path.stat().st_size == 0:
            raise JournalDamagedError(
                f"{path.name} is empty: its contents were lost outside TrustJournal. It has "
                "not been changed; restore a backup."
            )
        gateway = Gateway(path, key)
        engine = gateway.sa_engine()
        previous = _check_and_prepare(engine, path, verify)
        if previous is not None:
            if previous != "empty":
                backups = ensure_private_dir(path.parent / "backups")
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                backup_to(gateway, backups / f"before-upgrade-{previous}-{stamp}.db")
            try:
                migrate.upgrade(engine)  # one transaction: all of it, or none
            except Exception as exc:
                raise JournalError(
                    f"{path.name} could not be brought up to date for this version of "
                    "TrustJournal, so the change was rolled back and the journal is as it "
                    "was (a backup was made first, in the backups folder). Please report "
                    f"this; the reason was {type(exc).__name__}."
                ) from exc
    except OperationalError as exc:
        _abandon(engine, lock)
        raise JournalError(f"{path.name} could not be opened ({exc.orig}).") from exc
    except (SADatabaseError, DriverDatabaseError) as exc:
        _abandon(engine, lock)
        raise JournalDamagedError(
            f"{path.name} could not be read: it looks damaged. It has not been changed."
        ) from exc
    except BaseException:
        _abandon(engine, lock)
        raise
    lock.keyed = key is not None
    assert gateway is not None
    return Journal(path, gateway, lock)


def _present(path: Path, key: bytes | None) -> bool:
    """Whether the journal file is there; raises JournalMissingError if it is not but a
    journal's key file (another key's) or backups are."""
    return journal_exists(path, own_key_file=key is not None and _key_file_holds(path, key))


def _key_file_holds(path: Path, key: bytes) -> bool:
    from trustjournal.storage.keyslots import read_key_file

    if not keys_path(path).exists():
        return False
    try:
        return read_key_file(keys_path(path), path.name).holds(key)
    except JournalError:
        return False


def _check_and_prepare(engine: Engine, path: Path, verify: bool) -> str | None:
    """Refuse files that are not ours or are damaged; only then switch on WAL mode.

    Runs on the driver connection in autocommit mode: nothing is written to a file
    before it is known to be a healthy journal.
    """
    raw = engine.raw_connection()
    try:
        cur = raw.driver_connection.cursor()  # type: ignore[union-attr]
        app_id = cur.execute("PRAGMA application_id").fetchone()[0]
        tables = cur.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        if tables == 0 and app_id == 0:
            # New journals are made under another name (create.py): an empty database
            # here was put here by something else, and is not written into.
            raise NotAJournalError(
                f"{path.name} is an empty database, not a TrustJournal journal. It has "
                "not been changed."
            )
        if app_id != APPLICATION_ID:
            raise NotAJournalError(
                f"{path.name} is a database, but not a TrustJournal journal. "
                "It has not been changed."
            )
        previous = migrate.needs_upgrade(cur)
        if verify or previous not in (None, "empty"):
            problems = [r[0] for r in cur.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise JournalDamagedError(damaged_message(path))
        cur.execute("PRAGMA journal_mode=WAL")
        cur.close()
    finally:
        raw.close()
    return previous


def _abandon(engine: Engine | None, lock: ProcessLock) -> None:
    if engine is not None:
        engine.dispose()
    lock.release()  # a kept lock too: a journal that fails to open is not held on to


__all__ = ["Journal", "open_journal"]
