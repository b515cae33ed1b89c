"""The one way in and out, for the CLI and the GUI alike.

Export writes into a private folder in the journal's own scratch area (never beside the
target) and moves the result into place only when it is complete, so a failure, a cancel
or a kill never leaves a partial file; where it may go is placement's one rule.
Import reads the file once, checking each record as it is inserted, all in one
transaction: any bad record means nothing changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import math
import os
import shutil
import stat
import uuid as uuidlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from trustjournal.core.entries import MAX_TITLE_LENGTH, Change, EntryKind
from trustjournal.core.records import (
    Cancelled,
    EntryRecord,
    ExportFilter,
    MetricRecord,
    Progress,
    RevisionRecord,
)
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tags, clean_title
from trustjournal.exchange import placement, registry
from trustjournal.exchange.model import (
    Exporter,
    ExportOptions,
    ExportTargetError,
    Importer,
    ImportFormatError,
    ImportPreview,
)
from trustjournal.exchange.parsing import special_kind
from trustjournal.storage import scratch

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal

KINDS = frozenset(str(k) for k in EntryKind)
FIRST_YEAR, LAST_YEAR = 1900, 9999
# At most about this many progress reports per pass, however big the journal.
REPORTS = 1000
LOOKUP_BATCH = 500
CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: entries added, entries skipped as already present."""

    added: int
    skipped: int
    preview: ImportPreview
    change: Change


# -- export ----------------------------------------------------------------------------


def exporter_for(fmt: str, options: ExportOptions = ExportOptions()) -> Exporter:  # noqa: B008
    """The exporter that writes `fmt`; with `options.single_file`, a folder format's
    one-file form (markdown → markdown-single), or ExportTargetError if it has none."""
    exporter = registry.exporter(fmt)
    if options.single_file and exporter.folder:
        single = getattr(exporter, "single_file_format", None)
        if single is None:
            raise ExportTargetError(
                f"The {fmt} format writes a folder and has no one-file form; leave out "
                "the single-file choice. Nothing was written.")
        exporter = registry.exporter(single)
    return exporter


def check_target(
    journal: Journal, fmt: str, target: Path | str,
    options: ExportOptions = ExportOptions(),  # noqa: B008
    overwrite: bool = False,
) -> Path:
    """Where an export to `target` would be written, or ExportTargetError saying why it
    cannot go there (never into, onto or over the journal's own files; see placement)."""
    exporter = exporter_for(fmt, options)
    return placement.safe_target(journal.path, target, folder=exporter.folder,
                                 overwrite=overwrite,
                                 member_suffix=getattr(exporter, "member_suffix", None))


def export(
    journal: Journal,
    fmt: str,
    target: Path,
    flt: ExportFilter = ExportFilter(),  # noqa: B008 - frozen, so sharing it is safe
    options: ExportOptions = ExportOptions(),  # noqa: B008
    progress: Progress | None = None,
    overwrite: bool = False,
) -> int:
    """Write the filtered entries to `target` in format `fmt`; returns how many.

    The file (or folder) appears complete or not at all, readable by the user only. It is
    written in the journal's private scratch area and moved into place when complete.
    """
    exporter = exporter_for(fmt, options)
    placed = check_target(journal, fmt, target, options, overwrite)
    total = journal.export_count(flt)
    work = _workdir(journal, placed, placed.name)
    try:
        count = _write(journal, exporter, work, flt, options, progress, total)
        try:
            placement.deliver(work, placed, exporter.folder, overwrite)
        except OSError as error:
            raise _target_error(error, placed) from None
    finally:
        scratch.release(work)
    return count


def export_to_stream(
    journal: Journal,
    fmt: str,
    stream: BinaryIO,
    flt: ExportFilter = ExportFilter(),  # noqa: B008
    options: ExportOptions = ExportOptions(),  # noqa: B008
    progress: Progress | None = None,
) -> int:
    """Write the filtered entries to a binary stream (standard output) in a one-file
    format; returns how many. Nothing reaches the stream unless the export completed."""
    exporter = exporter_for(fmt, options)
    if exporter.folder:
        raise ExportTargetError(
            f"The {fmt} format writes a folder, which cannot go to standard output. Give "
            "--out a folder name, or choose a one-file format (such as markdown with "
            "--single-file). Nothing was written.")
    total = journal.export_count(flt)
    work = _workdir(journal, None, f"export{exporter.suffix}")
    try:
        count = _write(journal, exporter, work, flt, options, progress, total)
        with open(work.staged, "rb") as staged:
            shutil.copyfileobj(staged, stream, CHUNK)
        stream.flush()
    finally:
        scratch.release(work)
    return count


def _workdir(journal: Journal, placed: Path | None, name: str) -> scratch.Workdir:
    try:
        return scratch.new_workdir(journal.path, placed, name)
    except OSError as error:
        raise _work_error(error) from None


def _write(journal: Journal, exporter: Exporter, work: scratch.Workdir, flt: ExportFilter,
           options: ExportOptions, progress: Progress | None, total: int) -> int:
    """Let the exporter write the whole export into the private scratch folder."""
    staged = work.staged
    records = _reported(journal.iter_records(flt), total, progress)
    try:
        try:
            count = exporter.write(records, staged, options)
        finally:
            records.close()  # ends the read transaction even if the writer stopped early
        if not staged.exists():
            raise ExportTargetError(
                f"The {exporter.name} export produced no file; nothing was written.")
        _make_private(staged)
    except OSError as error:
        raise _work_error(error) from None
    return count


def _reported(records: Iterator[EntryRecord], total: int,
              progress: Progress | None) -> Iterator[EntryRecord]:
    """Pass records through, reporting progress and stopping when asked to."""
    step = max(1, math.ceil(total / REPORTS))
    done = 0
    if progress is not None and not progress(0, total):
        raise Cancelled()
    try:
        for record in records:
            yield record
            done += 1
            due = done % step == 0 or done == total
            if progress is not None and due and not progress(done, total):
                raise Cancelled()
    finally:
        close = getattr(records, "close", None)
        if close is not None:
            close()


def _make_private(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        os.chmod(path, 0o700)
        for root, dirs, files in os.walk(path):
            for name in dirs:
                os.chmod(os.path.join(root, name), 0o700)
            for name in files:
                os.chmod(os.path.join(root, name), 0o600)
    else:
        os.chmod(path, 0o600)


def _work_error(error: OSError) -> ExportTargetError:
    """A failure while the export was being prepared in the journal's own folder."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportTargetError(
            "The disk is full: there was no room to prepare the export in the journal's "
            "folder; nothing was written.")
    reason = error.strerror or type(error).__name__
    return ExportTargetError(f"The export could not be prepared ({reason}); nothing was "
                             "written.")


def _target_error(error: OSError, target: Path) -> ExportTargetError:
    folder = target.parent
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return ExportTargetError(
            f"The disk is full: the export did not fit in {folder}; nothing was written.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportTargetError(
            f"You cannot write to {folder} (permission denied); nothing was written.")
    if error.errno == errno.EEXIST:
        return ExportTargetError(
            f"{target} appeared while exporting; nothing was replaced. Try again.")
    reason = error.strerror or type(error).__name__
    return ExportTargetError(f"The export could not be written to {folder} ({reason}); "
                             "nothing was written.")


# -- checking records ------------------------------------------------------------------


def _short(value: object) -> str:
    text = value if isinstance(value, str) else type(value).__name__
    return repr(_printable(text[:40]))


def validate_record(record: EntryRecord, file: str | Path, index: int) -> EntryRecord:
    """Check a record from any importer; returns it with its uuid in canonical form and
    its tags cleaned. ImportFormatError names the file, the entry and the reason.

    Every value is checked for what the insert could choke on (text that is not UTF-8,
    numbers beyond 64 bits or not finite, times with no UTC value), so an import that
    passes here cannot fail half-way for a value's sake.
    """
    raw_id = record.uuid

    def bad(reason: str) -> ImportFormatError:
        shown_id = _printable(raw_id[:40]) if isinstance(raw_id, str) else "?"
        return ImportFormatError(file, reason, f"{record.source or f'entry {index}'} "
                                 f"({shown_id})")

    try:
        canonical = str(uuidlib.UUID(raw_id))
    except (TypeError, ValueError, AttributeError):
        raise bad(f"the id is not a UUID: {_short(raw_id)}") from None
    if record.kind not in KINDS:
        raise bad(f"unknown kind {_short(record.kind)} (expected free, exercise or checkin)")
    _check_text_and_day(record.title, record.body, record.local_date, bad)
    for name in ("created_utc", "updated_utc", "deleted_utc"):
        _check_time(getattr(record, name), name, bad, optional=name == "deleted_utc")
    tags = _check_tags(record.tags, bad)
    if not isinstance(record.starred, bool):
        raise bad("'starred' must be true or false")
    if record.exercise_id is not None:
        _check_name(record.exercise_id, "exercise_id", MAX_EXERCISE_ID, bad)
    _check_exercise(record.exercise_version, record.answers, record.metrics, bad)
    if not isinstance(record.revisions, tuple | list):
        raise bad("'revisions' must be a list")
    for n, rev in enumerate(record.revisions, 1):
        _check_revision(rev, n, bad)
    if canonical == raw_id and tags == tuple(record.tags):
        return record  # already in the stored form (always so for our own exports)
    return dataclasses.replace(record, uuid=canonical, tags=tags)


# Bounds on what one entry may carry: far beyond real use, low enough that a hostile file
# cannot make the import crawl or the database refuse a value.
MAX_TAGS_PER_ENTRY = 1000
MAX_EXERCISE_ID = 80
MAX_METRIC_NAME = 60
MAX_METRIC_LABEL = 120
MAX_METRICS = 1000
MAX_ANSWER_DEPTH = 32
MAX_ANSWER_ITEMS = 100_000
INT64 = (-(2**63), 2**63 - 1)


def _printable(text: str) -> str:
    """Text safe to print in a message: lone surrogates shown as escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _utf8_ok(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_string(value: Any, name: str, bad: Any, nul: bool = False) -> str:
    if not isinstance(value, str):
        raise bad(f"'{name}' must be text")
    if not _utf8_ok(value):
        raise bad(f"'{name}' holds characters that are not text (lone surrogates)")
    if not nul and "\x00" in value:
        raise bad(f"'{name}' contains a NUL character")
    return value


def _check_name(value: Any, name: str, limit: int, bad: Any) -> None:
    _check_string(value, name, bad)
    if not value.strip():
        raise bad(f"'{name}' must be a non-empty text")
    if len(value) > limit:
        raise bad(f"'{name}' is longer than {limit} characters")


def _check_text_and_day(title: Any, body: Any, day: Any, bad: Any) -> None:
    for name, value in (("title", title), ("body", body)):
        _check_string(value, name, bad)
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise bad("'local_date' must be a date")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise bad(f"the date {day.isoformat()} is out of range (years {FIRST_YEAR} to "
                  f"{LAST_YEAR})")


def _check_time(value: Any, name: str, bad: Any, optional: bool = False) -> None:
    if value is None and optional:
        return
    try:
        aware = isinstance(value, dt.datetime) and value.utcoffset() is not None
        in_utc = value.astimezone(dt.UTC) if aware else None
    except (OverflowError, ValueError):
        raise bad(f"'{name}' is out of range (it cannot be placed in UTC)") from None
    if in_utc is None:
        raise bad(f"'{name}' must be a date and time with a time zone")
    if not FIRST_YEAR <= in_utc.year <= LAST_YEAR:
        raise bad(f"'{name}' ({in_utc.date().isoformat()}) is out of range (years "
                  f"{FIRST_YEAR} to {LAST_YEAR})")


def _check_tags(tags: Any, bad: Any) -> tuple[str, ...]:
    if isinstance(tags, str) or not isinstance(tags, tuple | list):
        raise bad("'tags' must be a list of texts")
    if len(tags) > MAX_TAGS_PER_ENTRY:
        raise bad(f"the entry has {len(tags):,} tags; at most {MAX_TAGS_PER_ENTRY:,} are "
                  "allowed")
    for tag in tags:
        # Tags are names, not text: stray NULs are dropped like other unusable characters.
        _check_string(tag, "tags", bad, nul=True)
    return clean_tags(t.replace("\x00", "") for t in tags)


def _check_whole(value: Any, name: str, bad: Any, low: int = INT64[0]) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise bad(f"'{name}' must be a whole number")
    if not low <= value <= INT64[1]:
        raise bad(f"'{name}' is out of range ({low} to {INT64[1]})")


def _check_number(value: Any, name: str, bad: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise bad(f"{name} is not a number")
    try:
        finite = math.isfinite(float(value))
    except OverflowError:
        finite = False
    if not finite:
        raise bad(f"{name} is not a finite number")


_ANSWERS_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def _check_answers(answers: Any, bad: Any) -> None:
    """Answers are stored as JSON text: only JSON values with text keys, UTF-8 text,
    finite numbers, and no deeper than MAX_ANSWER_DEPTH."""
    if not isinstance(answers, Mapping):
        raise bad("'answers' must be an object")
    try:
        # The same encoding the insert does, in C: refuses NaN/Infinity, values that are
        # not JSON and lone surrogates at a fraction of the cost of a walk in Python.
        _ANSWERS_JSON.encode(dict(answers)).encode("utf-8")
    except UnicodeEncodeError:
        raise bad("'answers' hold characters that are not text (lone surrogates)") from None
    except (TypeError, ValueError, RecursionError):
        raise bad("'answers' hold a value that is not JSON or a number that is not "
                  "finite") from None
    # What json.dumps lets through: keys that are not text (it would quietly turn 1 into
    # "1"), nesting that later readers refuse, and sheer size.
    count = 0
    stack: list[tuple[Any, int]] = [(answers, 1)]
    while stack:
        node, depth = stack.pop()
        count += len(node)
        if depth > MAX_ANSWER_DEPTH:
            raise bad(f"'answers' are nested more than {MAX_ANSWER_DEPTH} levels deep")
        if count > MAX_ANSWER_ITEMS:
            raise bad(f"'answers' hold more than {MAX_ANSWER_ITEMS:,} values")
        if type(node) is dict or isinstance(node, Mapping):
            if not all(type(key) is str for key in node):
                raise bad("'answers' have a key that is not text")
            values: Iterable[Any] = node.values()
        else:
            values = node
        stack.extend((v, depth + 1) for v in values if isinstance(v, dict | list))


def _check_exercise(version: Any, answers: Any, metrics: Any, bad: Any) -> None:
    if version is not None:
        _check_whole(version, "exercise_version", bad, low=0)
    if answers is not None:
        _check_answers(answers, bad)
    if not isinstance(metrics, tuple | list):
        raise bad("'metrics' must be a list")
    if len(metrics) > MAX_METRICS:
        raise bad(f"the entry has more than {MAX_METRICS:,} metrics")
    for m in metrics:
        if not isinstance(m, MetricRecord) or not isinstance(m.name, str) or not m.name.strip():
            raise bad("every metric needs a name")
        _check_name(m.name, "metrics.name", MAX_METRIC_NAME, bad)
        shown = _short(_printable(m.name))
        if m.value is not None:
            _check_number(m.value, f"metric {shown} has a value that", bad)
        if m.label is not None:
            if not isinstance(m.label, str):
                raise bad(f"metric {shown} has a label that is not text")
            _check_string(m.label, "metrics.label", bad)
            if len(m.label) > MAX_METRIC_LABEL:
                raise bad(f"metric {shown} has a label longer than {MAX_METRIC_LABEL} "
                          "characters")


def _check_revision(rev: RevisionRecord, n: int, bad: Any) -> None:
    def bad_rev(reason: str) -> ImportFormatError:
        return bad(f"revision {n}: {reason}")  # type: ignore[no-any-return]

    if not isinstance(rev, RevisionRecord):
        raise bad_rev("not a revision")
    if rev.kind not in KINDS:
        raise bad_rev(f"unknown kind {_short(rev.kind)}")
    _check_text_and_day(rev.title, rev.body, rev.local_date, bad_rev)
    _check_time(rev.saved_utc, "saved_utc", bad_rev)
    _check_time(rev.replaced_utc, "replaced_utc", bad_rev)
    if not isinstance(rev.starred, bool):
        raise bad_rev("'starred' must be true or false")
    _check_tags(rev.tags, bad_rev)
    _check_exercise(rev.exercise_version, rev.answers, rev.metrics, bad_rev)


def _checked(importer: Importer, path: Path) -> Iterator[EntryRecord]:
    """The file's records, each validated; a uuid twice in one file is an error."""
    seen: dict[str, int] = {}
    for index, record in enumerate(importer.read(path), 1):
        checked = validate_record(record, path, index)
        earlier = seen.setdefault(checked.uuid, index)
        if earlier != index:
            raise ImportFormatError(
                path, f"the same id as entry {earlier}: ids must be unique in one file",
                f"{record.source or f'entry {index}'} ({checked.uuid})")
        yield checked


# -- import ----------------------------------------------------------------------------


def _importer_for(path: Path, fmt: str) -> Importer:
    try:
        mode = path.stat().st_mode
    except OSError:
        raise ImportFormatError(path, "there is no such file or folder") from None
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        # A pipe or a device would be read for ever; say so before any format looks.
        raise ImportFormatError(path, f"this is {special_kind(mode)}, not a file or folder")
    return registry.detect(path) if fmt == "auto" else registry.importer(fmt)


def _stamp(path: Path) -> tuple[Any, ...]:
    """What changes when a file, or any file in a folder, is written, replaced, added or
    removed: identity, size and modification time of each (links are not followed)."""
    def one(where: str | Path) -> tuple[int, int, int, int]:
        try:
            info = os.lstat(where)
        except OSError:
            return (0, 0, -1, 0)
        return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)

    if not path.is_dir():
        return (one(path),)
    found: list[Any] = [one(path)]
    for folder, subfolders, names in os.walk(path):
        subfolders.sort()
        for name in sorted(subfolders + names):
            found.append((os.path.join(folder, name), *one(os.path.join(folder, name))))
    return tuple(found)


class _Tally:
    """What an import adds, counted record by record as the records go by; only what
    the preview needs is kept from each record, never its text."""

    def __init__(self) -> None:
        self.new = self.shortened = 0
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self.tags: set[str] = set()

    def add(self, record: EntryRecord) -> None:
        """Count one record that is not in the journal yet."""
        self.new += 1
        self.shortened += _title_too_long(record.title)
        day = record.local_date
        if self.first is None or day < self.first:
            self.first = day
        if self.last is None or day > self.last:
            self.last = day
        self.tags.update(t.casefold() for t in record.tags)

    def preview(self, importer: Importer, path: Path, total: int) -> ImportPreview:
        skipped = getattr(importer, "skipped", None)
        return ImportPreview(total=total, new=self.new, duplicates=total - self.new,
                             first=self.first, last=self.last, tags=len(self.tags),
                             shortened=self.shortened,
                             skipped=tuple(skipped(path)) if skipped else ())


def preview_import(
    journal: Journal, path: Path, fmt: str = "auto", progress: Progress | None = None
) -> tuple[Importer, ImportPreview]:
    """Read and check every record once and say what an import would add; writes nothing."""
    path = Path(path).expanduser()
    importer = _importer_for(path, fmt)
    tally = _Tally()
    total = 0
    pending: list[EntryRecord] = []

    def settle() -> None:
        known = journal.known_uuids(r.uuid for r in pending)
        for record in pending:
            if record.uuid not in known:
                tally.add(record)
        pending.clear()

    for record in _checked(importer, path):
        total += 1
        pending.append(record)
        if len(pending) >= LOOKUP_BATCH:
            settle()
            if progress is not None and not progress(total, None):
                raise Cancelled()
    settle()
    if progress is not None and not progress(total, total):
        raise Cancelled()
    return importer, tally.preview(importer, path, total)


def _title_too_long(title: str) -> bool:
    """Whether storing this title will cut it (as storage's clean_title does)."""
    if len(title) <= MAX_TITLE_LENGTH:
        return False  # folding spaces and dropping markers only shorten it further
    return len(clean_title(strip_markers(title))) < len(" ".join(strip_markers(title).split()))


def import_file(
    journal: Journal, path: Path, fmt: str = "auto", progress: Progress | None = None
) -> ImportResult:
    """Read, check and add the file's new entries in one pass and one transaction: a bad
    record anywhere, a cancel or a change to the file meanwhile rolls it all back.

    Entries already in the journal (same uuid) are skipped, so a second import adds 0.
    progress(done, None) is told as records are read, and (total, total) once all are.
    """
    path = Path(path).expanduser()
    stamp = _stamp(path)
    importer = _importer_for(path, fmt)
    tally = _Tally()

    def finish(total: int) -> None:
        if progress is not None and not progress(total, total):
            raise Cancelled()
        if _stamp(path) != stamp:
            # What was read is not one version of the file: keep none of it.
            raise ImportFormatError(path, "it changed while it was being checked; nothing "
                                    "was imported. Try again once nothing is writing to it.")

    added, skipped, change = journal.import_records(
        _checked(importer, path), progress, on_new=tally.add, finish=finish)
    return ImportResult(added, skipped, tally.preview(importer, path, added + skipped),
                        change)


__all__ = ["ImportResult", "check_target", "export", "export_to_stream", "exporter_for",
           "import_file", "preview_import", "validate_record"]
