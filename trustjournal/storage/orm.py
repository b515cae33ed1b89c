"""ORM rows. Nothing outside storage/ sees these; the Journal API returns core values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


entry_tags = Table(
    "entry_tags",
    Base.metadata,
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60, collation="NOCASE"), unique=True)


class EntryRow(Base):
    __tablename__ = "entries"
    # deleted_utc first: "IS NULL" then walks the index in timeline order, so a page of
    # the live timeline is read straight off the index with no sort.
    __table_args__ = (
        Index("ix_entries_timeline", "deleted_utc", "local_date", "created_utc", "id"),
        Index("ix_entries_exercise", "exercise_id", "local_date"),
        # The Progress page's aggregates: check-ins and exercises per day (covering).
        # Partial, so saving free writing never touches it.
        Index("ix_entries_kind", "kind", "deleted_utc", "local_date", "exercise_id",
              sqlite_where=text("kind != 'free'")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20), server_default=text("'free'"))
    title: Mapped[str] = mapped_column(Text, server_default=text("''"))
    body: Mapped[str] = mapped_column(Text, server_default=text("''"))
    # Kept beside the body so list rows never read whole bodies.
    preview: Mapped[str] = mapped_column(Text, server_default=text("''"))
    word_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    local_date: Mapped[dt.date] = mapped_column(Date)
    created_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    starred: Mapped[bool] = mapped_column(server_default=text("0"))
    deleted_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)
    exercise_id: Mapped[str | None] = mapped_column(String(80))
    exercise_version: Mapped[int | None] = mapped_column(Integer)
    # Structured answers kept whole (JSON); the figures statistics need are in metrics.
    answers_json: Mapped[str | None] = mapped_column(Text)

    tags: Mapped[list[TagRow]] = relationship(secondary=entry_tags, lazy="selectin")


class MetricRow(Base):
    """One figure from an exercise or check-in, so the dashboard is one SQL aggregate."""

    __tablename__ = "metrics"
    __table_args__ = (
        Index("ix_metrics_entry", "entry_id"),
        Index("ix_metrics_name", "name", "label"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
    value: Mapped[float | None] = mapped_column(Float)
    label: Mapped[str | None] = mapped_column(String(120))


class DraftRow(Base):
    """An exercise left halfway (one per exercise), kept inside the journal file."""

    __tablename__ = "drafts"

    exercise_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    exercise_version: Mapped[int] = mapped_column(Integer)
    state_json: Mapped[str] = mapped_column(Text)
    updated_utc: Mapped[dt.datetime] = mapped_column(DateTime)


class SettingRow(Base):
    """Journal-wide settings and facts (JSON values)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RevisionRow(Base):
    """An earlier version of an entry, kept by the save that replaced it."""

    __tablename__ = "revisions"
    __table_args__ = (Index("ix_revisions_entry", "entry_id", "saved_utc"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    saved_utc: Mapped[dt.datetime] = mapped_column(DateTime)  # when this version was saved
    replaced_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    word_count: Mapped[int] = mapped_column(Integer)
    tags_json: Mapped[str] = mapped_column(Text)  # the tag names as they were
    local_date: Mapped[dt.date] = mapped_column(Date)
    starred: Mapped[bool]
    exercise_version: Mapped[int | None] = mapped_column(Integer)
    answers_json: Mapped[str | None] = mapped_column(Text)
    # The entry's metric rows as [name, value, label] lists, so restoring an exercise
    # version brings its figures back with its answers.
    metrics_json: Mapped[str | None] = mapped_column(Text)


class RecoveryRow(Base):
    """Editor text not saved yet (one per entry), kept inside the journal file so a crash
    or a power cut loses nothing. Removed once the entry is saved."""

    __tablename__ = "recovery"

    entry_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    is_new: Mapped[bool]
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    tags_json: Mapped[str] = mapped_column(Text)
    local_date: Mapped[dt.date] = mapped_column(Date)
    starred: Mapped[bool]
    taken_utc: Mapped[dt.datetime] = mapped_column(DateTime)
