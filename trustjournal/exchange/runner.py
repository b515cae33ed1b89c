"""The one way in and out, for the CLI and the GUI alike.

Export writes into a private folder in the journal's own scratch area (never beside the
target) and moves the result into place only when it is complete, so a failure, a cancel
or a kill never leaves a partial file; where it may go is placement's one rule.
Import (`importing`) reads the file once, checking each record (`record_checks`) as it is
inserted, all in one transaction: any bad record means nothing changes. Both are named
here too, so callers have one module to ask.
"""

from __future__ import annotations

import dataclasses
import errno
import math
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from trustjournal.core.i18n import translate
from trustjournal.core.records import Cancelled, ExportFilter, Progress
from trustjournal.core.trackers import TrackerSet
from trustjournal.exchange import placement, registry
from trustjournal.exchange.importing import ImportResult, import_file, preview_import
from trustjournal.exchange.markup import write_with_dates
from trustjournal.exchange.model import Exporter, ExportOptions, ExportTargetError
from trustjournal.exchange.record_checks import validate_record
from trustjournal.storage import scratch

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal

# At most about this many progress reports per pass, however big the journal.
REPORTS = 1000
CHUNK = 1 << 20
T = TypeVar("T")


# -- export ----------------------------------------------------------------------------


def exporter_for(fmt: str, options: ExportOptions = ExportOptions()) -> Exporter:  # noqa: B008
    """The exporter that writes `fmt`; with `options.single_file`, a folder format's
    one-file form (markdown → markdown-single), or ExportTargetError if it has none."""
    exporter = registry.exporter(fmt)
    if options.single_file and exporter.folder:
        single = getattr(exporter, "single_file_format", None)
        if single is None:
            raise ExportTargetError(translate(
                "ExportRunner", "The {format} format writes a folder and has no one-file "
                "form; leave out the single-file choice. Nothing was written.").format(
                format=fmt))
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


def with_trackers(journal: Journal, exporter: Exporter, flt: ExportFilter,
                  options: ExportOptions) -> ExportOptions:
    """The options with the journal's tracker records the export carries: those within
    the filter's dates when the format carries trackers and they are wanted
    (`options.trackers`, else the format's `trackers_default`), and every own exercise
    version for a format that keeps them (JSON: entries made with them need them)."""
    default = getattr(exporter, "trackers_default", None)
    wanted = default is not None and (default if options.trackers is None
                                      else options.trackers)
    keeps = getattr(exporter, "keeps_own_exercises", False)
    if not (wanted or keeps):
        return dataclasses.replace(options, tracker_set=None)
    # Loaded only for a format that carries trackers: it brings in the Progress
    # page's week arithmetic, which an entries-only export never uses.
    from trustjournal.exchange.tracker_figures import trackers_between

    every = journal.tracker_set()
    chosen = (trackers_between(every, flt.start, flt.end) if wanted
              else TrackerSet(exercises=every.exercises))
    return dataclasses.replace(options, tracker_set=chosen)


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
    options = with_trackers(journal, exporter, flt, options)
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
        raise ExportTargetError(translate(
            "ExportRunner", "The {format} format writes a folder, which cannot go to "
            "standard output. Give --out a folder name, or choose a one-file format (such "
            "as markdown with --single-file). Nothing was written.").format(format=fmt))
    options = with_trackers(journal, exporter, flt, options)
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
    # A format that shows only what EntryText holds reads those alone: no metrics,
    # answers, revisions or times are fetched and parsed for it.
    if getattr(exporter, "write_texts", None) is not None:
        source: Iterator[Any] = journal.iter_texts(flt)
        method = "write_texts"
    else:
        source, method = journal.iter_records(flt), "write"
    records = _reported(source, total, progress)
    try:
        try:
            count = write_with_dates(exporter, records, staged, options, method)
        finally:
            records.close()  # ends the read transaction even if the writer stopped early
        if not staged.exists():
            raise ExportTargetError(translate(
                "ExportRunner", "The {format} export produced no file; nothing was written.",
            ).format(format=exporter.name))
        _make_private(staged)
    except OSError as error:
        raise _work_error(error) from None
    return count


def _reported(records: Iterator[T], total: int, progress: Progress | None) -> Iterator[T]:
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
        return ExportTargetError(translate(
            "ExportRunner", "The disk is full: there was no room to prepare the export in "
            "the journal's folder; nothing was written."))
    reason = error.strerror or type(error).__name__
    return ExportTargetError(translate(
        "ExportRunner", "The export could not be prepared ({reason}); nothing was written.",
    ).format(reason=reason))


def _target_error(error: OSError, target: Path) -> ExportTargetError:
    folder = target.parent
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return ExportTargetError(translate(
            "ExportRunner", "The disk is full: the export did not fit in {folder}; nothing "
            "was written.").format(folder=folder))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportTargetError(translate(
            "ExportRunner", "You cannot write to {folder} (permission denied); nothing was "
            "written.").format(folder=folder))
    if error.errno == errno.EEXIST:
        return ExportTargetError(translate(
            "ExportRunner", "{path} appeared while exporting; nothing was replaced. Try "
            "again.").format(path=target))
    reason = error.strerror or type(error).__name__
    return ExportTargetError(translate(
        "ExportRunner", "The export could not be written to {folder} ({reason}); nothing "
        "was written.").format(folder=folder, reason=reason))


__all__ = ["ImportResult", "check_target", "export", "export_to_stream", "exporter_for",
           "import_file", "preview_import", "validate_record", "with_trackers"]
