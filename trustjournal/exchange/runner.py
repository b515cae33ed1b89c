"""The one way in and out, for the CLI and the GUI alike.

Export writes into a private folder in the journal's own scratch area (never beside the
target) and moves the result into place only when it is complete, so a failure, a cancel
or a kill never leaves a partial file; where it may go is placement's one rule.
Import reads the whole file once to check every record (nothing is written), then
inserts in one transaction: any bad record means nothing changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import math
import os
import shutil
import uuid as uuidlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from trustjournal.core.entries import Change, EntryKind
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tags, clean_title
from trustjournal.exchange import placement, registry
from trustjournal.exchange.model import (
    Cancelled,
    EntryRecord,
    Exporter,
    ExportFilter,
    ExportOptions,
    ExportTargetError,
    Importer,
    ImportFormatError,
    ImportPreview,
    MetricRecord,
    Progress,
    RevisionRecord,
)
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
    return repr(str(value)[:40])


def validate_record(record: EntryRecord, file: str | Path, index: int) -> EntryRecord:
    """Check a record from any importer; returns it with its uuid in canonical form and
    its tags cleaned. ImportFormatError names the file, the entry and the reason."""
    raw_id = record.uuid
    label = f"{record.source or f'entry {index}'} ({str(raw_id)[:40]})"

    def bad(reason: str) -> ImportFormatError:
        return ImportFormatError(file, reason, label)

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
    if record.exercise_id is not None and (
            not isinstance(record.exercise_id, str) or not record.exercise_id.strip()):
        raise bad("'exercise_id' must be a non-empty text")
    _check_exercise(record.exercise_version, record.answers, record.metrics, bad)
    for n, rev in enumerate(record.revisions, 1):
        _check_revision(rev, n, bad)
    if canonical == raw_id and tags == tuple(record.tags):
        return record  # already in the stored form (always so for our own exports)
    return dataclasses.replace(record, uuid=canonical, tags=tags)


def _check_text_and_day(title: Any, body: Any, day: Any, bad: Any) -> None:
    for name, value in (("title", title), ("body", body)):
        if not isinstance(value, str):
            raise bad(f"'{name}' must be text")
        if "\x00" in value:
            raise bad(f"'{name}' contains a NUL character")
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise bad("'local_date' must be a date")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise bad(f"the date {day.isoformat()} is out of range (years {FIRST_YEAR} to "
                  f"{LAST_YEAR})")


def _check_time(value: Any, name: str, bad: Any, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, dt.datetime) or value.utcoffset() is None:
        raise bad(f"'{name}' must be a date and time with a time zone")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise bad(f"'{name}' ({value.date().isoformat()}) is out of range (years "
                  f"{FIRST_YEAR} to {LAST_YEAR})")


def _check_tags(tags: Any, bad: Any) -> tuple[str, ...]:
    if isinstance(tags, str) or not all(isinstance(t, str) for t in tags):
        raise bad("'tags' must be a list of texts")
    # Tags are names, not text: stray NULs are dropped like other unusable characters.
    return clean_tags(t.replace("\x00", "") for t in tags)


def _check_exercise(version: Any, answers: Any, metrics: Iterable[Any], bad: Any) -> None:
    if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
        raise bad("'exercise_version' must be a whole number")
    if answers is not None and not hasattr(answers, "keys"):
        raise bad("'answers' must be an object")
    for m in metrics:
        if not isinstance(m, MetricRecord) or not isinstance(m.name, str) or not m.name.strip():
            raise bad("every metric needs a name")
        if m.value is not None and (not isinstance(m.value, int | float)
                                    or not math.isfinite(m.value)):
            raise bad(f"metric {_short(m.name)} has a value that is not a number")
        if m.label is not None and not isinstance(m.label, str):
            raise bad(f"metric {_short(m.name)} has a label that is not text")


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
    if not path.exists():
        raise ImportFormatError(path, "there is no such file or folder")
    return registry.detect(path) if fmt == "auto" else registry.importer(fmt)


def preview_import(
    journal: Journal, path: Path, fmt: str = "auto", progress: Progress | None = None
) -> tuple[Importer, ImportPreview]:
    """Read and check every record once and say what an import would add; writes nothing."""
    path = Path(path).expanduser()
    importer = _importer_for(path, fmt)
    total = new = 0
    first: dt.date | None = None
    last: dt.date | None = None
    tags: set[str] = set()
    shortened = 0
    # Only what the preview needs is kept from each record, never its text.
    pending: list[tuple[str, dt.date, tuple[str, ...], bool]] = []

    def settle() -> None:
        nonlocal new, first, last, shortened
        known = journal.known_uuids(uuid for uuid, _, _, _ in pending)
        for uuid, day, names, too_long in pending:
            if uuid in known:
                continue
            new += 1
            shortened += too_long
            first = day if first is None else min(first, day)
            last = day if last is None else max(last, day)
            tags.update(t.casefold() for t in names)
        pending.clear()

    for record in _checked(importer, path):
        total += 1
        pending.append((record.uuid, record.local_date, record.tags,
                        _title_too_long(record.title)))
        if len(pending) >= LOOKUP_BATCH:
            settle()
            if progress is not None and not progress(total, None):
                raise Cancelled()
    settle()
    if progress is not None and not progress(total, total):
        raise Cancelled()
    return importer, ImportPreview(total=total, new=new, duplicates=total - new,
                                   first=first, last=last, tags=len(tags),
                                   shortened=shortened)


def _title_too_long(title: str) -> bool:
    """Whether storing this title will cut it (as storage's clean_title does)."""
    return len(clean_title(strip_markers(title))) < len(" ".join(strip_markers(title).split()))


def import_file(
    journal: Journal, path: Path, fmt: str = "auto", progress: Progress | None = None
) -> ImportResult:
    """Check the whole file, then add its new entries in one transaction (all or none).

    Entries already in the journal (same uuid) are skipped, so a second import adds 0.
    """
    path = Path(path).expanduser()
    importer, preview = preview_import(journal, path, fmt, progress)
    if preview.new == 0:
        return ImportResult(0, preview.total, preview, Change())

    def report(done: int, _total: int | None) -> bool:
        return progress is None or progress(done, preview.total)

    added, skipped, change = journal.import_records(_checked(importer, path), report)
    return ImportResult(added, skipped, preview, change)


__all__ = ["ImportResult", "check_target", "export", "export_to_stream", "exporter_for",
           "import_file", "preview_import", "validate_record"]
