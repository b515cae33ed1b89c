"""ORM rows. Nothing outside storage/ sees these; the Journal API returns core values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Column,
    Date,
    DateTime,
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

    tags: Mapped[list[TagRow]] = relationship(secondary=entry_tags, lazy="selectin")


class SettingRow(Base):
    """Journal-wide settings and facts (JSON values)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
