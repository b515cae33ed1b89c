"""Import: check, preview and add a file's records, all or nothing.

The file is read once, each record checked as it is inserted, all in one transaction:
any bad record, a cancel or a change to the file meanwhile means nothing changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.entries import MAX_TITLE_LENGTH, Change
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.records import Cancelled, EntryRecord, Progress
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_title
from trustjournal.core.trackers import TrackerSet
from trustjournal.exchange import registry
from trustjournal.exchange.model import Importer, ImportFormatError, ImportPreview
from trustjournal.exchange.parsing import special_kind
from trustjournal.exchange.record_checks import validate_record

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal

LOOKUP_BATCH = 500


@lazy_dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: entries added, entries skipped as already present; the
    tracker records it added are counted in `preview.trackers`."""

    added: int
    skipped: int
    preview: ImportPreview
    change: Change


def _read(importer: Importer, path: Path) -> tuple[TrackerSet, Iterator[EntryRecord]]:
    """The file's tracker records (checked; none for formats without them) and its
    entries, still to be read, in one pass over the file."""
    read_with_trackers = getattr(importer, "read_with_trackers", None)
    if read_with_trackers is None:
        return TrackerSet(), importer.read(path)
    trackers, records = read_with_trackers(path)
    return trackers, records


def _never(record: EntryRecord) -> bool:
    return False


def _checked(records: Iterator[EntryRecord], path: Path,
             vetted: Callable[[EntryRecord], bool] = _never) -> Iterator[EntryRecord]:
    """The file's records, each validated; a uuid twice in one file is an error.
    vetted(record) True: the importer has made every check validate_record would make of
    this record and found it in its stored form (see JsonImporter.vetted)."""
    seen: dict[str, int] = {}
    for index, record in enumerate(records, 1):
        checked = record if vetted(record) else validate_record(record, path, index)
        earlier = seen.setdefault(checked.uuid, index)
        if earlier != index:
            source = record.source or translate("Importing", "entry {number}").format(
                number=index)
            raise ImportFormatError(
                path, translate("Importing", "the same id as entry {number}: ids must be "
                                "unique in one file").format(number=earlier),
                f"{source} ({checked.uuid})")
        yield checked


def _vetting(importer: Importer) -> Callable[[EntryRecord], bool]:
    return getattr(importer, "vetted", _never)


# -- import ----------------------------------------------------------------------------


def _importer_for(path: Path, fmt: str) -> Importer:
    try:
        mode = path.stat().st_mode
    except OSError:
        raise ImportFormatError(path, translate(
            "Importing", "there is no such file or folder")) from None
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        # A pipe or a device would be read for ever; say so before any format looks.
        raise ImportFormatError(path, translate(
            "Importing", "this is {kind}, not a file or folder").format(
            kind=special_kind(mode)))
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
        self.tag_sets: set[tuple[str, ...]] = set()  # counted already: records share few

    def add(self, record: EntryRecord) -> None:
        """Count one record that is not in the journal yet."""
        self.new += 1
        if len(record.title) > MAX_TITLE_LENGTH:
            self.shortened += _title_too_long(record.title)
        day = record.local_date
        if self.first is None or day < self.first:
            self.first = day
        if self.last is None or day > self.last:
            self.last = day
        tags = record.tags
        if type(tags) is not tuple or tags not in self.tag_sets:
            self.tags.update(t.casefold() for t in tags)
            if type(tags) is tuple:
                self.tag_sets.add(tags)

    def preview(self, importer: Importer, path: Path, total: int) -> ImportPreview:
        skipped = getattr(importer, "skipped", None)
        return ImportPreview(total=total, new=self.new, duplicates=total - self.new,
                             first=self.first, last=self.last, tags=len(self.tags),
                             shortened=self.shortened,
                             skipped=tuple(skipped(path)) if skipped else ())


_LISTS = ("urges", "promises", "intentions", "worries")  # TrackerSet fields, file keys


def _new_trackers(journal: Journal, trackers: TrackerSet,
                  path: Path) -> tuple[tuple[str, int], ...]:
    """How many of the file's tracker records the journal does not hold yet, by list.

    What the journal would refuse is refused here, so the preview says so before the
    import is tried: an own exercise version it holds with other text under the same id
    and version, an intention for a day that has another one."""
    if trackers.empty:
        return ()
    have = journal.tracker_set()
    counts = []
    for key in _LISTS:
        known = {r.uuid for r in getattr(have, key)}
        counts.append((key, sum(r.uuid not in known for r in getattr(trackers, key))))
    days = {i.local_date: i.uuid for i in have.intentions}
    for index, intention in enumerate(trackers.intentions, 1):
        there = days.get(intention.local_date)
        if there is not None and there != intention.uuid:
            raise ImportFormatError(
                path, translate("Importing", "the journal already has an intention for "
                                "{date}, and a day has one; nothing was imported").format(
                    date=intention.local_date.isoformat()),
                translate("Importing", "intention {number} ({id})").format(
                    number=index, id=intention.uuid))
    stored = {(v.exercise_id, v.version): v.toml for v in have.exercises}
    fresh = 0
    for version in trackers.exercises:
        toml = stored.get((version.exercise_id, version.version))
        if toml is None:
            fresh += 1
        elif toml != version.toml:
            raise ImportFormatError(
                path, translate(
                    "Importing", "version {version} of your own exercise '{exercise}' is "
                    "in the journal with other questions; the journal keeps every version as "
                    "it was saved, so nothing was imported").format(
                    version=version.version, exercise=version.exercise_id),
                translate("Importing", "own exercise {exercise}").format(
                    exercise=version.exercise_id))
    counts.append(("own_exercises", fresh))
    return tuple((key, n) for key, n in counts if n)


def preview_import(
    journal: Journal, path: Path, fmt: str = "auto", progress: Progress | None = None
) -> tuple[Importer, ImportPreview]:
    """Read and check every record once and say what an import would add; writes nothing."""
    path = Path(path).expanduser()
    importer = _importer_for(path, fmt)
    tally = _Tally()
    total = 0
    pending: list[EntryRecord] = []
    trackers, records = _read(importer, path)
    new_trackers = _new_trackers(journal, trackers, path)

    def settle() -> None:
        known = journal.known_uuids(r.uuid for r in pending)
        for record in pending:
            if record.uuid not in known:
                tally.add(record)
        pending.clear()

    for record in _checked(records, path, _vetting(importer)):
        total += 1
        pending.append(record)
        if len(pending) >= LOOKUP_BATCH:
            settle()
            if progress is not None and not progress(total, None):
                raise Cancelled()
    settle()
    if progress is not None and not progress(total, total):
        raise Cancelled()
    preview = tally.preview(importer, path, total)
    return importer, dataclasses.replace(preview, trackers=new_trackers)


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

    Entries already in the journal (same uuid) are skipped, so a second import adds 0;
    so are tracker records, which land in the same transaction.
    progress(done, None) is told as records are read, and (total, total) once all are.
    """
    path = Path(path).expanduser()
    stamp = _stamp(path)
    importer = _importer_for(path, fmt)
    tally = _Tally()
    trackers, records = _read(importer, path)
    new_trackers = _new_trackers(journal, trackers, path)

    def finish(total: int) -> None:
        if progress is not None and not progress(total, total):
            raise Cancelled()
        if _stamp(path) != stamp:
            # What was read is not one version of the file: keep none of it.
            raise ImportFormatError(path, translate(
                "Importing", "it changed while it was being checked; nothing was "
                "imported. Try again once nothing is writing to it."))

    # Only a file that carries trackers passes them, so importing other formats asks
    # nothing new of the journal.
    extra = {"trackers": trackers} if not trackers.empty else {}
    added, skipped, change = journal.import_records(
        _checked(records, path, _vetting(importer)), progress, on_new=tally.add,
        finish=finish, **extra)
    preview = tally.preview(importer, path, added + skipped)
    return ImportResult(added, skipped, dataclasses.replace(preview, trackers=new_trackers),
                        change)


__all__ = ["ImportResult", "import_file", "preview_import"]
