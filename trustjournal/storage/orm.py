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
        # Counting: one short key per entry, so "how many" reads a seventh of the pages
        # the timeline's index has. On an expression no query names, so the planner
        # takes it for nothing else (0010).
        Index("ix_entries_live", text("(deleted_utc IS NOT NULL)")),
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


# The tracker tables have a column named `text`, which would hide SQLAlchemy's text().
_sql = text


# -- trackers and the user's own exercises (0006) ----------------------------------------
# Small tables written one record at a time; the indexes serve the Today queries (what is
# due, what waits to be checked) and the per-day aggregates of the Progress page.


class UrgeRow(Base):
    """One "I want to check" moment (core.trackers.Urge)."""

    __tablename__ = "urges"
    __table_args__ = (
        # Lists newest first and the per-day counts read straight off it (covering).
        Index("ix_urges_day", "local_date", "started_utc", "outcome", "peak"),
        # Only the few still waiting for "how do you feel now?" are in it.
        Index("ix_urges_follow_up", "started_utc",
              sqlite_where=_sql("followed_up_utc IS NULL")),
    )

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_date: Mapped[dt.date] = mapped_column(Date)
    started_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(30))
    peak: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20))
    other: Mapped[str] = mapped_column(Text, server_default=_sql("''"))
    instead: Mapped[str] = mapped_column(Text, server_default=_sql("''"))
    surfed_seconds: Mapped[int] = mapped_column(Integer, server_default=_sql("0"))
    feeling_after: Mapped[str | None] = mapped_column(Text)
    followed_up_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_utc: Mapped[dt.datetime] = mapped_column(DateTime)


class PromiseRow(Base):
    """A promise by me, my partner or us (core.trackers.Promise). `made_by` holds the
    record's `by` (BY is an SQL keyword)."""

    __tablename__ = "promises"
    __table_args__ = (
        Index("ix_promises_open", "status", "due", "made_on"),
        Index("ix_promises_settled", "settled_on", "made_by", "status"),
    )

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    made_by: Mapped[str] = mapped_column(String(20))
    made_on: Mapped[dt.date] = mapped_column(Date)
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), server_default=_sql("'open'"))
    note: Mapped[str] = mapped_column(Text, server_default=_sql("''"))
    settled_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_utc: Mapped[dt.datetime] = mapped_column(DateTime)


class IntentionRow(Base):
    """The day's intention (core.trackers.Intention): one per day, which the unique
    index keeps true whatever writes it."""

    __tablename__ = "intentions"
    __table_args__ = (Index("ix_intentions_day", "local_date", unique=True),)

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, server_default=_sql("''"))
    updated_utc: Mapped[dt.datetime] = mapped_column(DateTime)


class WorryRow(Base):
    """A feared prediction and what happened (core.trackers.Worry)."""

    __tablename__ = "worries"
    __table_args__ = (
        Index("ix_worries_open", "look_on", sqlite_where=_sql("outcome IS NULL")),
        Index("ix_worries_settled", "settled_on", "sureness", "outcome"),
        Index("ix_worries_made", "made_on"),
    )

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    sureness: Mapped[int] = mapped_column(Integer)
    made_on: Mapped[dt.date] = mapped_column(Date)
    look_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(20))
    what_happened: Mapped[str] = mapped_column(Text, server_default=_sql("''"))
    settled_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_utc: Mapped[dt.datetime] = mapped_column(DateTime)


class UserExerciseRow(Base):
    """One saved version of an exercise the user built: its TOML kept whole, never
    changed once saved (core.trackers.UserExerciseVersion)."""

    __tablename__ = "user_exercises"

    exercise_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    toml: Mapped[str] = mapped_column(Text)
    saved_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    based_on: Mapped[str | None] = mapped_column(String(80))
    removed_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)


class DayChangeRow(Base):
    """A day whose entries or figures changed, last at `seq` (0007): kept by triggers on
    entries and metrics, so the Progress page reads again only the days that changed."""

    __tablename__ = "day_changes"
    __table_args__ = (Index("ix_day_changes_seq", "seq"),)

    local_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class TrackerChangeRow(Base):
    """How often the tracker tables changed (0008): one row whose `seq` triggers on
    urges, promises, intentions and worries raise, so the Progress page reads their
    figures again only after a tracker record changed."""

    __tablename__ = "tracker_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class KeptFiguresRow(Base):
    """The Progress page's whole-journal figures kept between sessions (0009): one row
    per kind ('progress', 'trackers'), removed by triggers whenever a row they are read
    from changes, so a row that is there is right (storage/kept_figures.py)."""

    __tablename__ = "kept_figures"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    format: Mapped[str] = mapped_column(String(80))
    stamp: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
