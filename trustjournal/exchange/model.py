"""What moves between a journal and a file: plain records, filters, previews and errors.

Exporters read `EntryRecord`s and write a file; importers read a file and yield
`EntryRecord`s. Neither sees the database: storage turns rows into records and back, so
every format works the same headless, from the CLI and from the GUI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from trustjournal.core.entries import MAX_TITLE_LENGTH


@dataclass(frozen=True, slots=True)
class MetricRecord:
    """One statistics figure of an exercise or check-in (see storage's metrics table)."""

    name: str
    value: float | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    """An earlier version of an entry. Times are timezone-aware UTC."""

    saved_utc: dt.datetime
    replaced_utc: dt.datetime
    kind: str
    title: str
    body: str
    local_date: dt.date
    tags: tuple[str, ...] = ()
    starred: bool = False
    exercise_version: int | None = None
    answers: Mapping[str, Any] | None = None
    metrics: tuple[MetricRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class EntryRecord:
    """A whole entry as it travels: everything needed to rebuild it exactly.

    `kind` is "free", "exercise" or "checkin". Times are timezone-aware UTC; `local_date`
    is the day the user filed it under. `answers` are an exercise's answers as stored
    (JSON-compatible); `metrics` the figures statistics read. `source` names where an
    imported record came from ("entry 12", "2021-03-04.md") for error messages.
    """

    uuid: str
    kind: str
    title: str
    body: str
    local_date: dt.date
    created_utc: dt.datetime
    updated_utc: dt.datetime
    tags: tuple[str, ...] = ()
    starred: bool = False
    deleted_utc: dt.datetime | None = None
    exercise_id: str | None = None
    exercise_version: int | None = None
    answers: Mapping[str, Any] | None = None
    metrics: tuple[MetricRecord, ...] = ()
    revisions: tuple[RevisionRecord, ...] = ()
    source: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which entries an export takes. Empty tuples mean "all"; dates are inclusive."""

    start: dt.date | None = None
    end: dt.date | None = None
    tags: tuple[str, ...] = ()  # any of these (case-insensitive)
    kinds: tuple[str, ...] = ()  # entry kinds ("free", "exercise", "checkin")
    exercise_ids: tuple[str, ...] = ()  # only these exercises (check-in is "checkin")
    exclude: frozenset[str] = frozenset()  # uuids the user took out one by one
    include_trash: bool = False
    include_revisions: bool = False


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Per-export choices a format may use; formats ignore what they do not need."""

    single_file: bool = False  # markdown: one combined file instead of a folder
    charts: bool = False  # pdf: add the progress summary
    summary: tuple[str, ...] = ()  # pdf: plain-language progress captions, printed first
    title: str = "TrustJournal"


SKIPPED_SHOWN = 5


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would add, shown before it commits."""

    total: int  # records in the file
    new: int  # records not in the journal yet
    duplicates: int  # already in the journal (same uuid): skipped
    first: dt.date | None
    last: dt.date | None
    tags: int  # distinct tag names among new records
    shortened: int = 0  # new records whose title is longer than a title may be
    # Files in a folder that are not read: "notes/link.md (a symbolic link)".
    skipped: tuple[str, ...] = ()

    def describe(self) -> str:
        """'312 entries, 2019-03-01 to 2024-06-30, 41 tags, 3 duplicates skipped'; and
        '2 titles shortened to 500 characters' when that will happen."""
        parts = [f"{self.new} {'entry' if self.new == 1 else 'entries'}"]
        if self.first and self.last:
            parts.append(f"{self.first.isoformat()} to {self.last.isoformat()}")
        parts.append(f"{self.tags} {'tag' if self.tags == 1 else 'tags'}")
        if self.duplicates:
            word = "duplicate" if self.duplicates == 1 else "duplicates"
            parts.append(f"{self.duplicates} {word} skipped")
        if self.shortened:
            titles = "title" if self.shortened == 1 else "titles"
            parts.append(f"{self.shortened} {titles} shortened to {MAX_TITLE_LENGTH} "
                         "characters")
        return ", ".join(parts) + self.describe_skipped()

    def describe_skipped(self) -> str:
        """'; not read (links and special files are left out): a.md (a symbolic link)'."""
        if not self.skipped:
            return ""
        shown = ", ".join(self.skipped[:SKIPPED_SHOWN])
        more = len(self.skipped) - SKIPPED_SHOWN
        if more > 0:
            shown += f" and {more} more"
        return f"; not read (links and special files are left out): {shown}"


class ExchangeError(Exception):
    """Base of everything export/import reports to the user; the message is for people."""


class ImportFormatError(ExchangeError):
    """The file cannot be imported. Names the file, the entry (index or id) and why."""

    def __init__(self, file: str | Path, reason: str, entry: str | None = None) -> None:
        self.file = str(file)
        self.entry = entry
        self.reason = reason
        where = f"{self.file}, {entry}" if entry else self.file
        super().__init__(f"{where}: {reason}")


class UnknownFormatError(ExchangeError):
    """Auto-detection could not tell the format; the message says what to pass."""


class ExportTargetError(ExchangeError):
    """The export cannot be written there (not writable, exists, disk full)."""


class Cancelled(ExchangeError):
    """The user cancelled; nothing was written and nothing changed."""

    def __init__(self) -> None:
        super().__init__("Cancelled. Nothing was changed.")


# progress(done, total) -> keep going? total is None when unknown.
Progress = Callable[[int, int | None], bool]


class Exporter(Protocol):
    """A format that writes records. `folder` formats write a directory, not a file.

    Folder formats may also say `member_suffix` (every file they write ends so; an
    existing folder holding only such files may be replaced) and `single_file_format`
    (the name of their one-file form, used when one file is asked for).
    """

    name: str  # "json", "markdown", ...
    label: str  # "JSON (complete)", shown in the GUI
    suffix: str  # ".json"; "" for folder formats
    folder: bool

    def write(
        self,
        records: Iterable[EntryRecord],
        target: Path,
        options: ExportOptions,
    ) -> int:
        """Write every record to `target` (a fresh path); return how many were written."""
        ...


class Importer(Protocol):
    """A format that reads records. `read` may be called twice (check, then insert)."""

    name: str  # "json", "jrnl", "dayone", "markdown"
    label: str

    def detect(self, path: Path) -> float:
        """How sure (0–1) that `path` is in this format; cheap, never raises."""
        ...

    def read(self, path: Path) -> Iterator[EntryRecord]:
        """Yield the file's records; raise ImportFormatError on anything invalid."""
        ...
