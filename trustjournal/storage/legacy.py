"""A bridge for the storage modules still written against SQLAlchemy (transfer, search
and bulk: export, import, full-text search, the demo) while they move onto the gateway.

Nothing here imports SQLAlchemy until one of those paths is used, so opening, reading
and writing a journal never load it. Remove this module once they speak plain SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.entries import Change, EntryKind, EntrySummary
from trustjournal.storage.errors import JournalDamagedError, JournalError, damaged_message
from trustjournal.storage.gateway import Gateway
from trustjournal.storage.rows import aware

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session

    from trustjournal.exchange.model import EntryRecord, ExportFilter
    from trustjournal.storage.transfer import Progress


def _transfer() -> Any:
    from trustjournal.storage.transfer import TransferStore

    return TransferStore


class LegacyTransfer:
    """Export and import on the open journal, run by storage/transfer.py's TransferStore
    (SQLAlchemy), loaded on first use."""

    path: Path
    _gateway: Gateway

    @property
    def _engine(self) -> Engine | None:
        """The SQLAlchemy engine of the journal (None once closed), for the modules
        above until they use the gateway."""
        if self._gateway.closed:
            return None
        return self._gateway.sa_engine()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        from sqlalchemy.exc import DatabaseError, OperationalError

        from trustjournal.storage.database import READ_OPTION

        engine = self._engine
        if engine is None:
            raise JournalError("The journal is closed.")
        try:
            with engine.connect().execution_options(**{READ_OPTION: True}) as conn, \
                    conn.begin():
                yield conn
        except OperationalError:
            raise  # busy, disk trouble: not a judgement on the file
        except DatabaseError as exc:
            raise JournalDamagedError(damaged_message(self.path)) from exc

    @contextmanager
    def _write(self) -> Iterator[Session]:
        from sqlalchemy.exc import OperationalError
        from sqlalchemy.orm import Session

        from trustjournal.storage.database import writer

        engine = self._engine
        if engine is None:
            raise JournalError("The journal is closed.")
        try:
            with Session(writer(engine), expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as exc:
            raise JournalError(f"The journal could not be saved: {exc.orig}") from exc

    def export_count(self, flt: ExportFilter) -> int:
        """How many entries an export with this filter writes."""
        return int(_transfer().export_count(self, flt))

    def iter_records(self, flt: ExportFilter, batch: int = 500) -> Iterator[EntryRecord]:
        """The entries an export writes, as records, oldest first (one read snapshot)."""
        return _transfer().iter_records(self, flt, batch)  # type: ignore[no-any-return]

    def known_uuids(self, uuids: Iterable[str]) -> set[str]:
        """Which of these uuids the journal already holds (live or trashed)."""
        return _transfer().known_uuids(self, uuids)  # type: ignore[no-any-return]

    def import_records(
        self, records: Iterable[EntryRecord], progress: Progress | None = None
    ) -> tuple[int, int, Change]:
        """Add the records in one transaction (see TransferStore.import_records)."""
        return _transfer().import_records(self, records, progress)  # type: ignore[no-any-return]

    def _backup_for_import(self) -> tuple[Path, bool]:
        return _transfer()._backup_for_import(self)  # type: ignore[no-any-return]

    def _insert_all(self, records: Iterable[EntryRecord], progress: Progress | None) -> Any:
        return _transfer()._insert_all(self, records, progress)


def summary_columns() -> tuple[Any, ...]:
    """The list-row columns as SQLAlchemy columns (for search.py's queries)."""
    from trustjournal.storage.orm import EntryRow

    return (
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


def summaries_from_sa_rows(conn: Connection, rows: Sequence[Any]) -> list[EntrySummary]:
    """Summaries for SQLAlchemy rows of summary_columns(), with their tags in one query."""
    from sqlalchemy import select

    from trustjournal.storage.orm import TagRow, entry_tags

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
            created_utc=aware(r.created_utc),
            starred=bool(r.starred),
            word_count=r.word_count,
            tags=tuple(tags.get(r.id, ())),
            exercise_id=r.exercise_id,
        )
        for r in rows
    ]


# search.py's names for the two above.
summaries_from_rows = summaries_from_sa_rows


def __getattr__(name: str) -> Any:
    # Built on first use, so importing this module does not load SQLAlchemy.
    if name == "SUMMARY_COLUMNS":
        return summary_columns()
    raise AttributeError(name)


__all__ = ["LegacyTransfer", "summaries_from_rows", "summaries_from_sa_rows", "summary_columns"]
