"""Plain SQLite beside an encrypted journal: find it, and leave none of it behind.

Once a journal is encrypted, no file in its folder (backups/ and any other folder in
it included) may still hold its words in the clear. Every such file gets one fate:

- convert  a healthy plain journal copy (a backup): re-written encrypted in place;
- salvage  a damaged copy that still has readable rows: those rows go into a new
           encrypted backup (salvaged-….db), then the plain file is overwritten and
           removed;
- remove   nothing usable in it (a leftover of interrupted work, a log without its
           database, a file that is not a journal): overwritten and removed, but only
           once the person has been told exactly which files and has agreed.

A conversion or salvage that fails at run time falls back to the next fate; a file that
then still holds plain text is reported, never passed over in silence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Collection, Iterator
from dataclasses import field
from pathlib import Path
from typing import Any

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.paths import BACKUP_DIR, ensure_private_dir
from trustjournal.storage.database import (
    APPLICATION_ID,
    DriverDatabaseError,
    connect_file,
    create_journal_engine,
    create_private_file,
    silence_cipher_log,
)
from trustjournal.storage.errors import JournalError
from trustjournal.storage.files import (
    PLAIN_HEADER,
    fsync_dir,
    fsync_file,
    open_for_wipe,
    read_header,
    remove_wiped,
    wipe_and_close,
)

CONVERT, SALVAGE, REMOVE = "convert", "salvage", "remove"
# Names our own unfinished work leaves: a backup being written, a conversion, a copy
# being salvaged, a restore on its way in. Each is a copy of a file that still exists.
TEMP_SUFFIXES = (".partial", ".convert", ".salvage", ".restore")
SIDE_SUFFIXES = ("-wal", "-journal", "-shm")


@lazy_dataclass(frozen=True)
class PlainFile:
    """A file in the journal's folder that holds plain SQLite data."""

    path: Path
    fate: str  # CONVERT, SALVAGE or REMOVE
    why: str  # for people: what the file is

    def shown(self, folder: Path) -> str:
        return f"{_relative(self.path, folder)} ({self.why})"


@lazy_dataclass
class SweepReport:
    """What happened to each plain file; `left` is what is still plain."""

    converted: list[Path] = field(default_factory=list)
    salvaged: list[tuple[Path, Path, int]] = field(default_factory=list)  # from, to, rows
    removed: list[Path] = field(default_factory=list)
    left: list[PlainFile] = field(default_factory=list)

    def lines(self, folder: Path) -> list[str]:
        """One sentence per file, for the message after the work."""
        out = [f"Encrypted: {_relative(p, folder)}" for p in self.converted]
        out += [f"Saved {rows} readable rows of the damaged {_relative(src, folder)} into "
                f"the encrypted {_relative(dst, folder)}, then overwrote and removed it"
                for src, dst, rows in self.salvaged]
        out += [f"Overwritten and removed: {_relative(p, folder)}" for p in self.removed]
        out += [f"Still NOT encrypted: {f.shown(folder)}" for f in self.left]
        return out


def _relative(path: Path, folder: Path) -> str:
    try:
        return str(path.relative_to(folder))
    except ValueError:
        return str(path)


def _strip_side(name: str) -> tuple[str, str]:
    for side in SIDE_SUFFIXES:
        if name.endswith(side):
            return name[: -len(side)], side
    return name, ""


def _walk(folder: Path) -> Iterator[Path]:
    """Every regular file under folder; symbolic links below it are not followed (what
    they point to is not in the folder)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in files:
            path = Path(root) / name
            if not path.is_symlink() and path.is_file():
                yield path


def find_plain(journal_file: Path) -> list[Path]:
    """Every file in the journal's folder (recursively) that holds plain SQLite data,
    except the journal itself and its own logs: files that begin with the SQLite header,
    and the logs (-wal, -journal) of files that are plain or gone."""
    journal_file = Path(journal_file)
    folder = journal_file.parent
    own = {journal_file.name + s for s in ("", *SIDE_SUFFIXES)}
    found = []
    walked = list(_walk(folder))
    backups = folder / BACKUP_DIR
    if backups.is_symlink() and backups.is_dir():
        walked += _walk(backups)  # moved to another disk: still this journal's backups
    for path in sorted(walked):
        if path.parent == folder and path.name in own:
            continue
        main_name, side = _strip_side(path.name)
        if not side:
            if read_header(path) == PLAIN_HEADER:
                found.append(path)
            continue
        if side == "-shm":
            continue  # an index of the log: it holds no rows
        main = path.with_name(main_name)
        with contextlib.suppress(OSError):
            if path.stat().st_size and (not main.exists() or read_header(main) == PLAIN_HEADER):
                found.append(path)
    return found


def survey(journal_file: Path, *, live: bool = False, thorough: bool = True
           ) -> list[PlainFile]:
    """What encrypting would do with each plain file beside the journal. Reads only
    (SQLite opens each file immutable: no lock, no log, no write). With live=True the
    journal is open in this process, so its unfinished copies may be work in progress
    (a backup being written): those are not listed. thorough=False skips SQLite's page
    check (it reads whole files): enough to tell what would have to be removed."""
    result = []
    for path in find_plain(journal_file):
        main_name, side = _strip_side(path.name)
        if live and main_name.endswith(TEMP_SUFFIXES):
            continue
        if side:
            if (path.parent / main_name).exists():
                continue  # goes with its database
            result.append(PlainFile(path, REMOVE, "the log of a database that is gone"))
        elif main_name.endswith(TEMP_SUFFIXES):
            result.append(PlainFile(path, REMOVE, "an unfinished copy left by interrupted "
                                    "work; the file it was copied from still exists"))
        else:
            result.append(_judge(path, thorough))
    return result


def needs_consent(journal_file: Path, *, live: bool | None = None) -> list[PlainFile]:
    """The plain files that encrypting would have to remove (nothing in them can be
    kept encrypted); encrypt_journal refuses unless the caller passes them in `remove`.
    live: see survey; by default, whether the journal is open in this process."""
    from trustjournal.storage.lock import held_here

    if live is None:
        live = held_here(Path(journal_file)) is not None
    return [f for f in survey(journal_file, live=live, thorough=False) if f.fate == REMOVE]


def _judge(path: Path, thorough: bool) -> PlainFile:
    try:
        with read_only(path) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table'")}
            healthy = True
            if thorough:
                try:
                    healthy = [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
                except DriverDatabaseError:
                    healthy = False  # damage SQLite reports by failing, not by a list
    except DriverDatabaseError:
        return PlainFile(path, REMOVE, "damaged beyond reading")
    if app_id == APPLICATION_ID and healthy:
        return PlainFile(path, CONVERT, "a plain copy of the journal")
    if app_id == APPLICATION_ID and "entries" in tables:
        return PlainFile(path, SALVAGE, "a damaged copy of the journal")
    if app_id == APPLICATION_ID:
        return PlainFile(path, REMOVE, "a copy of the journal too damaged to read")
    return PlainFile(path, REMOVE, "not a TrustJournal journal")


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Any]:
    """A plain file opened immutable: SQLite takes no lock, reads no log, writes nothing."""
    silence_cipher_log()
    from sqlcipher3 import dbapi2

    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    conn = dbapi2.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        yield conn
    finally:
        conn.close()


def refuse_without_consent(journal_file: Path, remove: Collection[Path]) -> None:
    """JournalError naming every plain file that would have to be removed and was not
    agreed to; nothing is changed by this check."""
    agreed = {Path(p).resolve() for p in remove}
    missing = [f for f in needs_consent(journal_file, live=False)
               if f.path.resolve() not in agreed]
    if missing:
        folder = Path(journal_file).parent
        raise PlainFilesError(
            "These files in the journal's folder hold plain, readable data that cannot be "
            "kept in encrypted form, so they would have to be overwritten and removed: "
            + "; ".join(f.shown(folder) for f in missing)
            + ". Nothing has been changed. Agree to remove them (or move them out of the "
            "folder yourself) and encrypt again.",
            missing,
        )


class PlainFilesError(JournalError):
    """Encrypting would have to remove plain files nobody agreed to remove."""

    def __init__(self, message: str, files: list[PlainFile]) -> None:
        super().__init__(message)
        self.files = files


# -- doing it -------------------------------------------------------------------------


def sweep(journal_file: Path, key: bytes, remove: Collection[Path] = (), *,
          convert: Callable[[Path, bytes | None, bytes], None],
          remove_leftovers: bool = False) -> SweepReport:
    """Give every plain file beside the (encrypted) journal its fate. Files to remove
    are removed only if listed in `remove` (or, with remove_leftovers, when they are
    our own unfinished copies and logs: the journal's open does that). `convert`
    re-writes one plain file under the key (convert.convert_file; handed in because
    convert.py builds on this module)."""
    journal_file = Path(journal_file)
    agreed = {Path(p).resolve() for p in remove}
    report = SweepReport()
    for item in survey(journal_file):
        if item.fate == CONVERT:
            try:
                with _sides_wiped(item.path):
                    convert(item.path, None, key)
                report.converted.append(item.path)
                continue
            except (DriverDatabaseError, JournalError, OSError):
                item = PlainFile(item.path, SALVAGE, item.why)
        if item.fate == SALVAGE:
            try:
                target, rows = salvage_into_backup(journal_file, item.path, key)
            except (DriverDatabaseError, JournalError, OSError):
                item = PlainFile(item.path, REMOVE, item.why + ", and its rows could not "
                                 "be read")
            else:
                _remove_with_sides(item.path)
                report.salvaged.append((item.path, target, rows))
                continue
        main_name, side = _strip_side(item.path.name)
        leftover = bool(side) or main_name.endswith(TEMP_SUFFIXES)
        if item.path.resolve() in agreed or (remove_leftovers and leftover):
            with contextlib.suppress(OSError):
                _remove_with_sides(item.path)
            if not item.path.exists():
                report.removed.append(item.path)
                continue
        report.left.append(item)
    return report


def salvage_into_backup(journal_file: Path, source: Path, key: bytes) -> tuple[Path, int]:
    """Copy every readable row of a plain file into a new encrypted backup; returns it
    and how many rows it holds. The source is only read."""
    from trustjournal.storage import migrate
    from trustjournal.storage.copies import check_copy
    from trustjournal.storage.rowcopy import copy_rows
    from trustjournal.storage.rowcopy import tables as tables_of

    folder = ensure_private_dir(Path(journal_file).parent / BACKUP_DIR)
    with read_only(source) as conn:
        tables = tables_of(conn)
        if "entries" not in tables:
            raise JournalError(translate("StoragePlaintext",
                "{name} holds no journal entries.").format(
                name=source.name))
        target = _unused(folder)
        try:
            create_private_file(target)
            engine = create_journal_engine(target, key)
            try:
                with engine.connect() as setup:
                    setup.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                migrate.upgrade(engine)
            finally:
                engine.dispose()
            copied, _unreadable = copy_rows(conn, tables, target, key)
            if not copied.get("entries"):
                # Nothing of the entries could be read: no backup worth keeping, and the
                # source is not to be removed as if it had been saved.
                raise JournalError(translate("StoragePlaintext",
                    "No entry could be read from {name}.").format(
                    name=source.name))
            dest = connect_file(target, key)
            try:
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            check_copy(target, key, None)
            fsync_file(target)
            fsync_dir(folder)
        except BaseException:
            for side in ("", *SIDE_SUFFIXES):
                Path(str(target) + side).unlink(missing_ok=True)
            raise
    return target, sum(copied.values())


def _unused(folder: Path) -> Path:
    # Backup naming rules only for a salvage, not on every opening (clear_orphans).
    from trustjournal.core.rotation import SALVAGED, backup_name

    taken = dt.datetime.now().replace(microsecond=0)
    n = 1
    while (candidate := folder / backup_name(SALVAGED, taken, None, n)).exists():
        n += 1
    return candidate


@contextlib.contextmanager
def _sides_wiped(path: Path) -> Iterator[None]:
    """SQLite deletes a log it has replayed without overwriting it: keep a handle on
    each log of path meanwhile, so its old bytes can be overwritten afterwards."""
    handles = [open_for_wipe(Path(str(path) + s)) for s in ("-wal", "-journal")]
    try:
        yield
    finally:
        for fd in handles:
            wipe_and_close(fd)


def _remove_with_sides(path: Path) -> None:
    for side in ("-wal", "-journal", "-shm", ""):
        target = Path(str(path) + side)
        if target.is_symlink():
            target.unlink()
        elif target.exists():
            # A read-only file is still overwritten: it is the user's own.
            with contextlib.suppress(OSError):
                os.chmod(target, 0o600)
            remove_wiped(target)
    fsync_dir(path.parent)


def clear_orphans(journal_file: Path) -> list[Path]:
    """Remove what interrupted work left in the journal's folder and backups/ (unfinished
    backups, conversions, salvage and restore copies, and their logs); plain ones are
    overwritten first. Only for a caller that has just taken the journal's lock, so no
    process can still be writing them. Returns what was removed."""
    journal_file = Path(journal_file)
    if _another_journal_busy(journal_file):
        return []  # backups/ is shared with it: its unfinished copies may be live
    removed = []
    for folder in (journal_file.parent, journal_file.parent / BACKUP_DIR):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            main_name, side = _strip_side(path.name)
            if not main_name.endswith(TEMP_SUFFIXES) or path.is_symlink() or not path.is_file():
                continue
            if folder == journal_file.parent and not main_name.startswith(journal_file.name):
                continue  # another journal's, in the same folder
            main = path.with_name(main_name)
            plain = read_header(path) == PLAIN_HEADER or (
                side != "" and read_header(main) in (b"", PLAIN_HEADER))
            with contextlib.suppress(OSError):
                if plain:
                    remove_wiped(path)
                else:
                    path.unlink()
                removed.append(path)
        if removed:
            with contextlib.suppress(OSError):
                fsync_dir(folder)
    return removed


def _another_journal_busy(journal_file: Path) -> bool:
    """Whether another journal in the same folder is open (in any process)."""
    from trustjournal.storage.lock import ProcessLock, held_here

    for lock_file in journal_file.parent.glob("*.lock"):
        other = lock_file.with_name(lock_file.name[: -len(".lock")])
        if other.name == journal_file.name:
            continue
        if held_here(other) is not None:
            return True
        probe = ProcessLock(other)
        try:
            probe.acquire()
        except (JournalError, OSError):
            return True
        probe.release()
    return False
