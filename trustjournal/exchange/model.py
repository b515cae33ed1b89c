"""What moves between a journal and a file: plain records, filters, previews and errors.

Exporters read `EntryRecord`s and write a file; importers read a file and yield
`EntryRecord`s. Neither sees the database: storage turns rows into records and back, so
every format works the same headless, from the CLI and from the GUI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from trustjournal.core.entries import MAX_TITLE_LENGTH
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.locale_dates import DateTexts
from trustjournal.core.records import (  # the shared records live in core; named here too
    Cancelled,
    EntryRecord,
    ExchangeError,
    ExportFilter,
    MetricRecord,
    Progress,
    RevisionRecord,
)
from trustjournal.core.trackers import TrackerSet


@lazy_dataclass(frozen=True, slots=True)
class ExportOptions:
    """Per-export choices a format may use; formats ignore what they do not need."""

    single_file: bool = False  # markdown: one combined file instead of a folder
    charts: bool = False  # pdf: add the progress summary
    summary: tuple[str, ...] = ()  # pdf: plain-language progress captions, printed first
    title: str = "TrustJournal"
    # json, csv, pdf: whether tracker records go in (None: the format's own default,
    # `trackers_default`); the runner fills `tracker_set` from the journal accordingly.
    trackers: bool | None = None
    tracker_set: TrackerSet | None = None
    first_weekday: int = 0  # pdf trackers: weeks start on this day (0 = Monday)
    # html, markdown, pdf: how dates read (None: the environment's locale, see
    # core.locale_dates); the GUI passes a QLocale-based formatter with the same methods.
    dates: DateTexts | None = None


SKIPPED_SHOWN = 5


def tracker_count(key: str, n: int) -> str:
    """'3 urges', '1 promise': one tracker list counted in words (a plural each)."""
    if key == "urges":
        return translate("ExchangeModel", "%n urges", None, n)
    if key == "promises":
        return translate("ExchangeModel", "%n promises", None, n)
    if key == "intentions":
        return translate("ExchangeModel", "%n intentions", None, n)
    if key == "worries":
        return translate("ExchangeModel", "%n worries", None, n)
    return translate("ExchangeModel", "%n own exercise versions", None, n)


def word_list(parts: list[str]) -> str:
    """'a, b and c' in the language (the joins are translatable)."""
    if len(parts) < 2:
        return "".join(parts)
    head = parts[0]
    for part in parts[1:-1]:
        head = translate("ExchangeModel", "{list}, {item}").format(list=head, item=part)
    return translate("ExchangeModel", "{list} and {last}").format(list=head, last=parts[-1])


@lazy_dataclass(frozen=True, slots=True)
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
    # New tracker records by list ("urges", 3), only lists with any; records already in
    # the journal are skipped like entries.
    trackers: tuple[tuple[str, int], ...] = ()

    @property
    def new_trackers(self) -> int:
        """How many tracker records and own exercise versions the import adds."""
        return sum(n for _, n in self.trackers)

    def describe_trackers(self) -> str:
        """'3 urges, 1 promise and 2 own exercise versions' ('' when there are none)."""
        return word_list([tracker_count(key, n) for key, n in self.trackers if n])

    def describe(self) -> str:
        """'312 entries, 2019-03-01 to 2024-06-30, 41 tags, 3 duplicates skipped'; and
        '2 titles shortened to 500 characters' when that will happen."""
        from trustjournal.core.locale_dates import locale_dates

        # A summary made of parts, each its own phrase; the separator is translatable.
        new = self.new
        parts = [translate("ExchangeModel", "%n entries", None, new)]
        if self.first and self.last:
            dates = locale_dates()
            parts.append(translate("ExchangeModel", "{first} to {last}").format(
                first=dates.short_date(self.first), last=dates.short_date(self.last)))
        tags = self.tags
        parts.append(translate("ExchangeModel", "%n tags", None, tags))
        if self.duplicates:
            duplicates = self.duplicates
            parts.append(translate("ExchangeModel", "%n duplicates skipped", None,
                                   duplicates))
        if self.shortened:
            shortened = self.shortened
            parts.append(translate("ExchangeModel", "%n titles shortened to {most} "
                                   "characters", None, shortened).format(
                most=MAX_TITLE_LENGTH))
        trackers = self.describe_trackers()
        if trackers:
            parts.append(translate("ExchangeModel", "and from the trackers {trackers}").format(
                trackers=trackers))
        separator = translate("ExchangeModel", ", ", "between the parts of a summary")
        return separator.join(parts) + self.describe_skipped()

    def describe_skipped(self) -> str:
        """'; not read (links and special files are left out): a.md (a symbolic link)'."""
        if not self.skipped:
            return ""
        shown = ", ".join(self.skipped[:SKIPPED_SHOWN])
        more = len(self.skipped) - SKIPPED_SHOWN
        if more > 0:
            shown = translate("ExchangeModel", "{files} and %n more", None, more).format(
                files=shown)
        return translate("ExchangeModel", "; not read (links and special files are left "
                         "out): {files}").format(files=shown)


class ImportFormatError(ExchangeError):
    """The file cannot be imported. Names the file, the entry (index or id) and why."""

    def __init__(self, file: str | Path, reason: str, entry: str | None = None) -> None:
        self.file = str(file)
        self.entry = entry
        self.reason = reason
        if entry:
            text = translate("ExchangeModel", "{file}, {entry}: {reason}").format(
                file=self.file, entry=entry, reason=reason)
        else:
            text = translate("ExchangeModel", "{file}: {reason}").format(
                file=self.file, reason=reason)
        super().__init__(text)


class UnknownFormatError(ExchangeError):
    """Auto-detection could not tell the format; the message says what to pass."""


class ExportTargetError(ExchangeError):
    """The export cannot be written there (not writable, exists, disk full)."""


class Exporter(Protocol):
    """A format that writes records. `folder` formats write a directory, not a file.

    Folder formats may also say `member_suffix` (every file they write ends so; an
    existing folder holding only such files may be replaced) and `single_file_format`
    (the name of their one-file form, used when one file is asked for). Formats that
    can carry tracker records say `trackers_default` (whether they do unless told) and
    find them in `options.tracker_set`. A format that shows no more of an entry than
    `EntryText` holds may also have `write_texts(texts, target, options)`; the runner
    then streams those instead of whole records (far less to read and build).
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
    """A format that reads records. `read` may be called twice (check, then insert).

    A format whose files carry tracker records also has `read_with_trackers(path)`,
    returning them (checked) with the entries still to be read, in the same one pass.
    """

    name: str  # "json", "jrnl", "dayone", "markdown"
    label: str

    def detect(self, path: Path) -> float:
        """How sure (0–1) that `path` is in this format; cheap, never raises."""
        ...

    def read(self, path: Path) -> Iterator[EntryRecord]:
        """Yield the file's records; raise ImportFormatError on anything invalid."""
        ...


__all__ = ["Cancelled", "EntryRecord", "ExchangeError", "ExportFilter", "ExportOptions",
           "ExportTargetError", "Exporter", "ImportFormatError", "ImportPreview", "Importer",
           "MetricRecord", "Progress", "RevisionRecord", "UnknownFormatError"]
