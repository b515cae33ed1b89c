"""Automatic and manual backups, restoring one, and damaged journals.

Backups live in `backups/` beside the journal (0700; every file 0600). Each one is made
with SQLite's online backup API (backup.py), checked row for row against the journal as
it was at that moment, flushed, and only then given its name (core/backups.py says
which). Backups of an encrypted journal are encrypted with the journal's key.

Restoring never loses the journal as it is: a journal that opens is first backed up
(`before-restore-…`); one that cannot be read is moved aside unchanged (`damaged-…`).
The backup is copied beside the journal, proven, and swapped in with one rename.

A journal that cannot be read can also be copied out: save_readable_copy writes every
row that can still be read into a new journal in another folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.backups import (
    AUTOMATIC,
    DAMAGED,
    OTHER,
    SETTING,
    Rotation,
    Stamp,
    automatic_due,
    backup_name,
    kind_for,
    kind_for_automatic,
    kind_label,
    parse_backup_name,
    rotation_from_setting,
    to_delete,
)
from trustjournal.paths import BACKUP_DIR, JOURNAL_FILE, ensure_private_dir, keys_path
from trustjournal.storage import migrate
from trustjournal.storage.backup import JOURNAL_ID, check_copy, copy_database, read_facts
from trustjournal.storage.database import (
    APPLICATION_ID,
    DriverDatabaseError,
    connect_file,
    create_private_file,
    engine_key,
    key_pragma,
    silence_cipher_log,
)
from trustjournal.storage.errors import (
    BackupDamagedError,
    BackupError,
    BackupNewerError,
    ForeignBackupError,
    JournalDamagedError,
    JournalError,
    NotABackupError,
)
from trustjournal.storage.files import (
    PLAIN_HEADER,
    fsync_dir,
    fsync_file,
    read_header,
    remove_wiped,
)
from trustjournal.storage.lock import ProcessLock, held_here

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal

NOTHING_CHANGED = "Nothing has been changed."


@dataclass(frozen=True)
class BackupInfo:
    """One file in the backups folder, as its name and size describe it."""

    path: Path
    kind: str
    taken: dt.datetime  # local time
    size: int  # bytes (with a damaged file's write-ahead log)
    revision: str | None  # the journal format (Alembic revision) it was made with
    encrypted: bool
    entries: int | None = None  # known when it was just made, or after add_entry_counts

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    @property
    def restorable(self) -> bool:
        return self.kind != DAMAGED


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, for the message after it."""

    restored: BackupInfo
    before: BackupInfo | None  # the journal as it was, backed up first
    damaged_copy: Path | None  # the unreadable journal, moved aside unchanged
    skipped: tuple[tuple[BackupInfo, str], ...] = ()  # newer backups that could not be used


@dataclass(frozen=True)
class SalvageReport:
    """What save_readable_copy wrote."""

    journal_file: Path  # the new journal
    entries: int  # entries in it
    unreadable: int  # places in the damaged file that could not be read
    tables: dict[str, int]  # rows copied, by table


def backups_folder(journal_file: Path) -> Path:
    """The journal's backups folder (created private if missing)."""
    return ensure_private_dir(Path(journal_file).parent / BACKUP_DIR)


# -- listing ---------------------------------------------------------------------------


def list_backups(journal_file: Path) -> list[BackupInfo]:
    """Every backup of the journal, newest first. Reads names, sizes and 16 header bytes;
    opens nothing, so it is quick and needs no key (entries stays None)."""
    folder = Path(journal_file).parent / BACKUP_DIR
    if not folder.is_dir():
        return []
    found = []
    order: dict[Path, tuple[dt.datetime, int, int, str]] = {}
    for path in folder.glob("*.db"):
        try:
            if not path.is_file():
                continue
            stat = path.stat()
            size = stat.st_size
            wal = path.with_name(path.name + "-wal")
            if wal.exists():
                size += wal.stat().st_size
        except OSError:
            continue
        parsed = parse_backup_name(path.name)
        if parsed is None:
            kind, revision, n = OTHER, None, 1
            taken = dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
        else:
            kind, taken, revision, n = parsed.kind, parsed.taken, parsed.revision, parsed.n
        encrypted = read_header(path) != PLAIN_HEADER
        found.append(BackupInfo(path, kind, taken, size, revision, encrypted))
        order[path] = (taken, n, stat.st_mtime_ns, path.name)  # same second: the later
    found.sort(key=lambda b: order[b.path], reverse=True)
    return found


def add_entry_counts(backups: list[BackupInfo], key: bytes | None) -> list[BackupInfo]:
    """The same list with `entries` filled in where the file opens (with key if it is
    encrypted); read-only, one small query each."""
    counted = []
    for info in backups:
        if info.entries is None and info.restorable and info.encrypted == (key is not None):
            with contextlib.suppress(DriverDatabaseError, OSError), \
                    _read_only(info.path, key) as conn:
                info = replace(info, entries=read_facts(conn)[1])
        counted.append(info)
    return counted


def journal_key(journal: Journal) -> bytes | None:
    """The raw key an open journal uses (None when it is plain), for work on its files."""
    return engine_key(_engine_of(journal))


# -- making ----------------------------------------------------------------------------


def make_backup(journal: Journal, reason: str, *, now: dt.datetime | None = None) -> BackupInfo:
    """A checked backup of the open journal; reason is daily/weekly/monthly/manual or one
    word for a "before" backup ("import" → before-import-…). JournalDamagedError if the
    journal fails its quick check (nothing is written then); BackupCheckError if the copy
    does not match the journal (no file is left)."""
    kind = kind_for(reason)
    _refuse_damaged(journal)
    return _make_backup(journal, kind, now)


def _refuse_damaged(journal: Journal) -> None:
    """SQLite's quick check first, before anything is written to the journal: a damaged
    one is never copied over a good backup's place, nor given a journal id."""
    if journal.integrity_problems(quick=True):
        from trustjournal.storage.journal import damaged_message

        raise JournalDamagedError(damaged_message(journal.path))


def _make_backup(journal: Journal, kind: str, now: dt.datetime | None) -> BackupInfo:
    folder = backups_folder(journal.path)
    _ensure_journal_id(journal)
    engine = _engine_of(journal)
    with engine.connect() as conn:
        source = conn.connection.driver_connection
        return _copy_to_folder(source, folder, kind, engine_key(engine), now)


def _copy_to_folder(source: Any, folder: Path, kind: str, key: bytes | None,
                    now: dt.datetime | None) -> BackupInfo:
    taken = (now or dt.datetime.now()).replace(microsecond=0)
    cur = source.cursor()
    try:
        revision = migrate.current_revision(cur)
    finally:
        cur.close()
    target = _unused_path(folder, kind, taken, revision)
    facts = copy_database(source, target, key, compare_rows=True)
    return BackupInfo(target, kind, taken, target.stat().st_size, revision,
                      key is not None, facts.entries)


def rotate_backups(journal_file: Path, rotation: Rotation,
                   now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups the rotation no longer keeps (core.backups.to_delete)."""
    now = now or dt.datetime.now()
    backups = list_backups(journal_file)
    doomed = set(to_delete([Stamp(b.name, b.kind, b.taken) for b in backups], now, rotation))
    removed = []
    for info in backups:
        if info.name in doomed:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
                removed.append(info.path)
    if removed:
        fsync_dir(removed[0].parent)
    return removed


def daily_backup_if_due(journal: Journal, *, now: dt.datetime | None = None
                        ) -> BackupInfo | None:
    """The automatic backup: at most one per calendar day, then rotation by the journal's
    setting. None when today's exists already, or the journal has no entries yet."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    stamps = [Stamp(b.name, b.kind, b.taken) for b in list_backups(journal.path)]
    if not automatic_due(stamps, now):
        return None
    _refuse_damaged(journal)
    if journal.count_entries() + journal.count_entries(trashed=True) == 0:
        return None
    info = _make_backup(journal, kind_for_automatic(stamps, now), now)
    rotate_backups(journal.path, rotation_from_setting(journal.get_setting(SETTING)), now)
    return info


# -- damage ----------------------------------------------------------------------------


def damage_suspected(journal_file: Path) -> str | None:
    """A sentence saying why the journal file looks damaged, judged from its size, its
    first 100 bytes, its key file and its backups; None if nothing looks wrong this way.
    Never opens the file with SQLite, and writes only to finish an interrupted re-key
    first (rekey.settle_rekey). (Damage further in is found by SQLite's checks when the
    journal opens.)"""
    path = Path(journal_file)
    pending = keys_path(path).with_name(keys_path(path).name + ".next")
    if pending.exists():  # checked first: the crypto modules load only when needed
        from trustjournal.storage.rekey import settle_rekey

        settle_rekey(path)
    if held_here(path) is not None or not path.is_file():
        return None
    name, keys = path.name, keys_path(path)
    size = path.stat().st_size
    header = read_header(path, 100)
    cut_off = (
        f"{name} is shorter than it should be: it looks cut off, for example by a full "
        "disk, a power cut or a copy that did not finish."
    )
    if size == 0:
        # New journals are built under another name and linked into place whole
        # (create.py), so an empty file under the journal's name is always one that
        # lost its contents.
        return f"{name} is empty (0 bytes): it lost its contents and looks cut off."
    if header[:16] == PLAIN_HEADER:
        return _plain_header_problem(path, header, size, cut_off)
    if keys.exists():
        if size % 512:
            return cut_off
        salt = _recorded_salt(path)
        if salt is not None and header[:16].hex() != salt:
            return (
                f"The first bytes of {name} do not match its key file ({keys.name}): either "
                f"the start of {name} is damaged, or {keys.name} belongs to another journal."
            )
        return None
    if _looks_like_ours(header):
        return f"The first bytes of {name} are wrong, so it cannot be read as it is."
    newest = _newest_restorable(path)
    if newest is not None and not newest.encrypted:
        return (
            f"{name} does not look like a journal any more, and no key file is beside it. "
            "Your backups are not encrypted, so the journal was not either: it looks damaged."
        )
    return None  # an encrypted journal without its key file: keys.py says so


def journal_needs_key(journal_file: Path) -> bool:
    """Whether opening (or restoring into) this journal needs its key. Unlike
    keys.is_encrypted, a plain journal whose first bytes are damaged says no."""
    from trustjournal.storage.keys import is_encrypted

    path = Path(journal_file)
    if keys_path(path).exists():
        return True
    if damage_suspected(path) is not None:
        return False
    return is_encrypted(path)


def unlock_damaged(journal_file: Path, passphrase: str) -> bytes:
    """The journal key for this passphrase, for restoring or copying a damaged journal.
    Unlike keys.unlock, a journal whose first bytes no longer match the key file is not
    taken for another journal's: restoring proves the key on the backup instead."""
    from trustjournal.storage.keyslots import open_passphrase, read_key_file

    path = Path(journal_file)
    return open_passphrase(read_key_file(keys_path(path), path.name), passphrase)


def _plain_header_problem(path: Path, header: bytes, size: int, cut_off: str) -> str | None:
    if len(header) < 100:
        return cut_off
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        return f"The first bytes of {path.name} are wrong, so it cannot be read as it is."
    if size % page:
        return cut_off
    # The page count in the header is valid when these two counters agree. While a
    # write-ahead log still holds pages, the file may lag behind it: judge only without.
    count = int.from_bytes(header[28:32], "big")
    wal = path.with_name(path.name + "-wal")
    wal_empty = not wal.exists() or wal.stat().st_size == 0
    if header[24:28] == header[92:96] and count and wal_empty and size < count * page:
        return cut_off
    return None


def _looks_like_ours(header: bytes) -> bool:
    """Bytes 16-100 still look like a TrustJournal SQLite header (fixed payload
    fractions, our application id): a plain journal whose first bytes were spoiled."""
    return (
        len(header) >= 100
        and header[21:24] == b"\x40\x20\x20"
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def _recorded_salt(path: Path) -> str | None:
    from trustjournal.storage.keyslots import read_key_file

    try:
        return read_key_file(keys_path(path), path.name).db_salt
    except JournalError:
        return None  # a missing or damaged key file is reported by keys.py


def _newest_restorable(path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(path) if b.restorable), None)


# -- restoring -------------------------------------------------------------------------


def check_backup(journal_file: Path, backup: Path, key: bytes | None) -> BackupInfo:
    """Whether backup can be restored into this journal: a TrustJournal file, healthy,
    not newer than this app, this journal's (same key; same journal id). Raises a
    BackupError with a message for the person otherwise. Only reads."""
    return _check_backup(Path(journal_file), Path(backup), key)[0]


def restore_backup(journal_file: Path, backup: Path, key: bytes | None = None
                   ) -> RestoreResult:
    """Replace the journal (closed, not open anywhere) with a backup; see the module
    notes. key is the journal's key when it is encrypted."""
    path = Path(journal_file)
    if not Path(backup).is_file():  # said before the folder is locked or touched
        raise BackupError(f"There is no backup at {backup}. {NOTHING_CHANGED}")
    with _journal_held(path):
        return _restore(path, _check_backup(path, Path(backup), key), key)


def restore_latest(journal_file: Path, key: bytes | None = None) -> RestoreResult:
    """Restore the newest backup that passes check_backup; the ones passed over are in
    the result's `skipped`, with the reason."""
    path = Path(journal_file)
    skipped: list[tuple[BackupInfo, str]] = []
    if not any(info.restorable for info in list_backups(path)):
        # Said before the folder is locked or touched: nothing here to restore from.
        raise BackupError(f"There are no backups of this journal yet. {NOTHING_CHANGED}")
    with _journal_held(path):
        for info in list_backups(path):
            if not info.restorable:
                continue
            try:
                checked = _check_backup(path, info.path, key)
            except BackupError as exc:
                skipped.append((info, str(exc)))
                continue
            return replace(_restore(path, checked, key), skipped=tuple(skipped))
    if skipped:
        raise BackupError(
            "None of the backups could be restored. The newest said: "
            f"{skipped[0][1]}"
        )
    raise BackupError(f"There are no backups of this journal yet. {NOTHING_CHANGED}")


@contextlib.contextmanager
def _journal_held(path: Path) -> Iterator[None]:
    """Hold the journal's process lock while its files are replaced or read."""
    held = held_here(path)
    if held is not None:
        if held.in_use:
            raise JournalError(f"The journal is open; close it first. {NOTHING_CHANGED}")
        yield  # kept by a locked window in this process: still ours
        return
    ensure_private_dir(path.parent)
    lock = ProcessLock(path)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


Checked = tuple[BackupInfo, dict[str, tuple[int, int]]]


def _check_backup(path: Path, backup: Path, key: bytes | None) -> Checked:
    name = backup.name
    if not backup.is_file():
        raise BackupError(f"There is no backup at {backup}. {NOTHING_CHANGED}")
    if path.exists() and backup.resolve() == path.resolve():
        raise BackupError(f"That is the journal itself, not a backup. {NOTHING_CHANGED}")
    header = read_header(backup, 100)
    plain = header[:16] == PLAIN_HEADER
    if plain and key is not None:
        raise BackupError(
            f"{name} is not encrypted, but your journal is: restoring it would remove the "
            f"encryption, so it was not restored. {NOTHING_CHANGED}"
        )
    if not plain and key is None:
        if _looks_like_ours(header):
            raise BackupDamagedError(f"{name} is damaged: its first bytes are wrong. "
                                     f"{NOTHING_CHANGED}")
        raise NotABackupError(
            f"{name} is not a TrustJournal backup this journal can use: it is encrypted, or "
            f"not a journal at all. {NOTHING_CHANGED}"
        )
    try:
        revision, entries, journal_id, expected = _inspect(backup, key, plain)
    except DriverDatabaseError:
        raise NotABackupError(f"{name} cannot be read. {NOTHING_CHANGED}") from None
    _check_belongs(path, backup, key, journal_id)
    parsed = parse_backup_name(name)
    kind, taken = (parsed.kind, parsed.taken) if parsed else (OTHER, _mtime(backup))
    info = BackupInfo(backup, kind, taken, backup.stat().st_size, revision,
                      key is not None, entries)
    return info, expected


def _inspect(backup: Path, key: bytes | None, plain: bool
             ) -> tuple[str | None, int | None, str | None, dict[str, tuple[int, int]]]:
    name = backup.name
    with _read_only(backup, key) as conn:
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except DriverDatabaseError:
            if plain:
                raise NotABackupError(
                    f"{name} could not be read as a journal: it is damaged, or not a "
                    f"TrustJournal backup. {NOTHING_CHANGED}"
                ) from None
            raise ForeignBackupError(
                f"{name} cannot be opened with this journal's key: it belongs to another "
                f"journal, or it is damaged. {NOTHING_CHANGED}"
            ) from None
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotABackupError(
                f"{name} is a database, but not a TrustJournal journal or backup. "
                f"{NOTHING_CHANGED}"
            )
        try:
            revision, entries, journal_id = read_facts(conn)
        except DriverDatabaseError:
            raise BackupDamagedError(f"{name} is damaged. {NOTHING_CHANGED}") from None
        if revision is not None and revision not in migrate.known_revisions():
            raise BackupNewerError(
                f"{name} was made by a newer version of TrustJournal than this one. Please "
                f"update the app to restore it. {NOTHING_CHANGED}"
            )
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if key is not None:
                problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            expected = _fingerprint(conn) if problems == ["ok"] else None
        except DriverDatabaseError:
            expected = None
        if expected is None:
            raise BackupDamagedError(
                f"{name} is damaged (it fails SQLite's integrity check), so it cannot be "
                f"restored. {NOTHING_CHANGED}"
            )
    return revision, entries, journal_id, expected


def _check_belongs(path: Path, backup: Path, key: bytes | None, backup_id: str | None) -> None:
    """The backup must carry this journal's id. An encrypted one already proved it by
    opening with this journal's key; a plain one is compared with the journal, or with
    the other backups when the journal cannot be read."""
    known = _known_ids(path, key, exclude=backup)
    if not known:
        return
    if backup_id is not None and backup_id not in known:
        raise ForeignBackupError(
            f"{backup.name} is a backup of another journal, not of this one. {NOTHING_CHANGED}"
        )
    inside = backup.resolve().parent == (path.parent / BACKUP_DIR).resolve()
    if backup_id is None and key is None and not inside:
        raise ForeignBackupError(
            f"{backup.name} carries no journal id (it is older than that), and it is not in "
            "this journal's backups folder, so TrustJournal cannot tell whether it belongs "
            f"to this journal. Put it in {path.parent / BACKUP_DIR} to restore it anyway. "
            f"{NOTHING_CHANGED}"
        )


def _known_ids(path: Path, key: bytes | None, exclude: Path) -> set[str]:
    if path.exists() and damage_suspected(path) is None:
        with contextlib.suppress(DriverDatabaseError), _read_only(path, key) as conn:
            journal_id = read_facts(conn)[2]
            if journal_id:
                return {journal_id}
    ids = set()
    candidates = [b for b in list_backups(path)
                  if b.restorable and b.encrypted == (key is not None) and b.path != exclude]
    for info in candidates[:5]:
        with contextlib.suppress(DriverDatabaseError), _read_only(info.path, key) as conn:
            journal_id = read_facts(conn)[2]
            if journal_id:
                ids.add(journal_id)
    return ids


def _restore(path: Path, checked: Checked, key: bytes | None) -> RestoreResult:
    info, expected = checked
    folder = backups_folder(path)
    temp = path.with_name(path.name + ".restore")
    if temp.exists():
        remove_wiped(temp)
    # 1. The new journal file, copied and proven before the journal is touched.
    create_private_file(temp)
    try:
        with open(info.path, "rb") as src, open(temp, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
        check_copy(temp, key, expected)
        # 2. The journal as it is: backed up if it can be read, else moved aside whole.
        before = damaged = None
        if path.exists():
            if _readable(path, key):
                before = _backup_current(path, key, folder)
            else:
                damaged = _move_aside(path, folder)
        # 3. Its write-ahead log is in `before` (or moved aside): it must not be replayed
        # into the restored file.
        for side in ("-wal", "-shm"):
            leftover = path.with_name(path.name + side)
            if leftover.exists():
                _remove(leftover, key)
        # 4. The swap. The key file forgets the old file's salt first, so a crash
        # between the two steps never leaves a key file that looks like another journal's.
        if key is not None:
            _set_salt(path, None)
        os.replace(temp, path)
        fsync_dir(path.parent)
        if key is not None:
            _set_salt(path, read_header(path).hex())
    except BaseException:
        with contextlib.suppress(OSError):
            _remove(temp, key)
        raise
    # 5. Checked once more where it now lives.
    try:
        check_copy(path, key, expected)
    except JournalError:
        kept = before.path if before else damaged
        raise JournalDamagedError(
            "The restored journal did not pass its check. The journal as it was before is "
            f"kept in {kept}." if kept else "The restored journal did not pass its check."
        ) from None
    return RestoreResult(info, before, damaged)


def _readable(path: Path, key: bytes | None) -> bool:
    """Whether the journal opens and passes its integrity check (read-only)."""
    if path.stat().st_size == 0 or damage_suspected(path) is not None:
        return False
    try:
        with _read_only(path, key) as conn:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return False
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except DriverDatabaseError:
        return False
    return problems == ["ok"]


def _backup_current(path: Path, key: bytes | None, folder: Path) -> BackupInfo:
    with _read_only(path, key) as conn:
        return _copy_to_folder(conn, folder, kind_for("restore"), key, None)


def _move_aside(path: Path, folder: Path) -> Path:
    """Move an unreadable journal (and its write-ahead log) into backups/ unchanged."""
    target = _unused_path(folder, DAMAGED, dt.datetime.now().replace(microsecond=0), None)
    _move(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        _move(wal, target.with_name(target.name + "-wal"))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    fsync_dir(folder)
    fsync_dir(path.parent)
    return target


def _move(source: Path, target: Path) -> None:
    try:
        os.rename(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        # backups/ on another file system: a flushed copy; the original is replaced later.
        create_private_file(target)
        shutil.copyfile(source, target)
        fsync_file(target)


def _set_salt(path: Path, salt: str | None) -> None:
    from trustjournal.storage.keyslots import read_key_file, write_key_file

    keys = keys_path(path)
    if keys.exists():
        keyfile = read_key_file(keys, path.name)
        keyfile.db_salt = salt
        write_key_file(keys, keyfile)


# -- a readable copy of a damaged journal -----------------------------------------------


def save_readable_copy(journal_file: Path, folder: Path, key: bytes | None = None
                       ) -> SalvageReport:
    """Copy every row that can still be read from a damaged journal into a new journal
    in `folder` (an encrypted one keeps its key: its key file is copied along). The
    damaged file is only read, through a copy of it. Leaves nothing behind on failure."""
    path = Path(journal_file)
    folder = Path(folder)
    target = folder / JOURNAL_FILE
    if folder.resolve() == path.parent.resolve():
        raise BackupError("Choose another folder than the journal's own.")
    if (target.exists() and target.stat().st_size > 0) or keys_path(target).exists():
        raise BackupError(f"There is already a journal in {folder}; choose an empty folder.")
    with _journal_held(path):
        source_copy = _readable_source(path, key)
        try:
            return _salvage(path, source_copy, target, key)
        finally:
            for side in ("", "-wal", "-shm", "-journal"):
                leftover = source_copy.with_name(source_copy.name + side)
                if leftover.exists():
                    remove_wiped(leftover)


def _readable_source(path: Path, key: bytes | None) -> Path:
    """A private copy of the damaged file (and its log) to read from; first bytes that
    are known (the plain header, the salt recorded in the key file) are put back."""
    copy = path.with_name(path.name + ".salvage")
    for side in ("", "-wal"):
        src, dst = path.with_name(path.name + side), copy.with_name(copy.name + side)
        if dst.exists():
            remove_wiped(dst)
        if src.exists():
            create_private_file(dst)
            shutil.copyfile(src, dst)
    header = read_header(copy, 100)
    start = None
    if key is None and header[:16] != PLAIN_HEADER and _looks_like_ours(header):
        start = PLAIN_HEADER
    elif key is not None and (salt := _recorded_salt(path)) and header[:16].hex() != salt:
        start = bytes.fromhex(salt)
    if start is not None:
        with open(copy, "r+b") as handle:
            handle.write(start)
    return copy


def _salvage(path: Path, source_copy: Path, target: Path, key: bytes | None) -> SalvageReport:
    from trustjournal.storage.journal import open_journal
    from trustjournal.storage.keyslots import read_key_file, write_key_file

    source = connect_file(source_copy, key)
    try:
        try:
            source.execute("PRAGMA cell_size_check=ON")
            source.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            source_tables = _tables(source)
        except DriverDatabaseError:
            raise JournalDamagedError(
                f"Nothing could be read from {path.name}: even its list of contents is "
                "damaged. Restoring a backup is the way back."
            ) from None
        ensure_private_dir(target.parent)
        made = [target, *(target.with_name(target.name + s) for s in ("-wal", "-shm", ".lock"))]
        keys = keys_path(target)
        try:
            if key is not None:
                keyfile = read_key_file(keys_path(path), path.name)
                keyfile.db_salt = None
                write_key_file(keys, keyfile)
                made.append(keys)
            open_journal(target, create=True, key=key).close()
            if key is not None:
                keyfile.db_salt = read_header(target).hex()
                write_key_file(keys, keyfile)
            copied, unreadable = _copy_rows(source, source_tables, target, key)
            journal = open_journal(target, create=False, key=key)
            try:
                entries = journal.count_entries() + journal.count_entries(trashed=True)
                if journal.integrity_problems():
                    raise JournalError("The readable copy did not pass its own check.")
            finally:
                journal.close()
        except BaseException:
            for created in made:
                with contextlib.suppress(OSError):
                    _remove(created, key)
            raise
    finally:
        source.close()
    return SalvageReport(target, entries, unreadable, copied)


def _tables(conn: Any) -> dict[str, list[str]]:
    """Ordinary tables and their columns; not SQLite's own, Alembic's or the search
    index (it is rebuilt from the entries as they are inserted)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_schema WHERE type='table'").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    tables: dict[str, list[str]] = {}
    for name, _sql in rows:
        if name.startswith("sqlite_") or name == "alembic_version" or name in virtual:
            continue
        if any(name.startswith(v + "_") for v in virtual):
            continue
        quoted = name.replace('"', '""')
        tables[name] = [r[1] for r in conn.execute(f'PRAGMA table_info("{quoted}")')]
    return tables


def _copy_rows(source: Any, source_tables: dict[str, list[str]], target: Path,
               key: bytes | None) -> tuple[dict[str, int], int]:
    dest = connect_file(target, key)
    copied: dict[str, int] = {}
    unreadable = 0
    try:
        dest.execute("PRAGMA foreign_keys=OFF")
        dest.execute("BEGIN IMMEDIATE")
        for table, columns in _tables(dest).items():
            common = [c for c in columns if c in source_tables.get(table, ())]
            if not common:
                continue
            names = ", ".join('"' + c.replace('"', '""') + '"' for c in common)
            quoted = table.replace('"', '""')
            insert = (f'INSERT OR IGNORE INTO "{quoted}" ({names}) '
                      f"VALUES ({', '.join('?' * len(common))})")
            count = 0
            rows, errors = _readable_rows(source, quoted, names)
            unreadable += errors
            for row in rows:
                try:
                    count += dest.execute(insert, row).rowcount
                except DriverDatabaseError:
                    unreadable += 1
            copied[table] = count
        dest.execute("COMMIT")
        # Rows whose parent row could not be read (a tag link to a lost entry) go too.
        orphans = dest.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            dest.execute("BEGIN IMMEDIATE")
            for table, rowid, _parent, _fk in orphans:
                quoted = table.replace('"', '""')
                dest.execute(f'DELETE FROM "{quoted}" WHERE rowid = ?', (rowid,))
                copied[table] -= 1
            dest.execute("COMMIT")
        dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dest.close()
    return copied, unreadable


SALVAGE_CHUNK = 256
SALVAGE_REACH = 100_000  # how far past damage to look for rows when the end is unknown


def _readable_rows(conn: Any, table: str, columns: str) -> tuple[list[tuple], int]:  # type: ignore[type-arg]
    """Every row that can be read, by rowid: in chunks while the table reads cleanly,
    one rowid at a time across a damaged stretch. Returns rows and read failures."""

    def one(sql: str, *args: object) -> Any:
        try:
            return conn.execute(sql, args).fetchone()
        except DriverDatabaseError:
            return None

    rows: list[tuple] = []  # type: ignore[type-arg]
    errors = 0
    last = one(f'SELECT max(rowid) FROM "{table}"')
    end = last[0] if last else None
    first = one(f'SELECT min(rowid) FROM "{table}"')
    pos = (first[0] - 1) if first and first[0] is not None else 0
    chunk_sql = (f'SELECT rowid, {columns} FROM "{table}" WHERE rowid > ? '
                 f"ORDER BY rowid LIMIT {SALVAGE_CHUNK}")
    stop: int | None = None  # how far to step through damage
    while True:
        try:
            chunk = conn.execute(chunk_sql, (pos,)).fetchall()
        except DriverDatabaseError:
            errors += 1
            if stop is None:
                stop = end if end is not None else pos + SALVAGE_REACH
            if stop <= pos:
                break
            window = min(stop, pos + SALVAGE_CHUNK)
            for rowid in range(pos + 1, window + 1):
                try:
                    row = conn.execute(
                        f'SELECT {columns} FROM "{table}" WHERE rowid = ?', (rowid,)
                    ).fetchone()
                except DriverDatabaseError:
                    errors += 1
                    continue
                if row is not None:
                    rows.append(tuple(row))
            pos = window
            if pos >= stop:
                break
            continue
        if not chunk:
            break
        rows.extend(tuple(r[1:]) for r in chunk)
        pos = chunk[-1][0]
    return rows, errors


# -- helpers ---------------------------------------------------------------------------


def _engine_of(journal: Journal) -> Any:
    engine = journal._engine  # storage-internal: backups copy through the journal's engine
    if engine is None:
        raise JournalError("The journal is closed.")
    return engine


def _ensure_journal_id(journal: Journal) -> None:
    """Give the journal an id (kept in its settings, so every copy carries it), which
    tells its backups from another journal's."""
    if not isinstance(journal.get_setting(JOURNAL_ID), str):
        journal.set_setting(JOURNAL_ID, secrets.token_hex(16))


def _unused_path(folder: Path, kind: str, taken: dt.datetime, revision: str | None) -> Path:
    n = 1
    while True:
        candidate = folder / backup_name(kind, taken, revision, n)
        if not candidate.exists():
            return candidate
        n += 1


@contextlib.contextmanager
def _read_only(path: Path, key: bytes | None) -> Iterator[Any]:
    """A read-only sqlcipher3 connection: it never writes to the file, not even a
    checkpoint when it closes. On a journal in WAL mode SQLite still makes an empty log
    and an index beside it; those it made are removed again afterwards."""
    silence_cipher_log()
    from sqlcipher3 import dbapi2

    path = Path(path)
    sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    existed = [side.exists() for side in sides]
    uri = path.resolve().as_uri() + "?mode=ro"  # SQLite reads percent-escapes in URIs
    conn = dbapi2.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        if key is not None:
            conn.execute(key_pragma(key))
        yield conn
    finally:
        conn.close()
        wal, shm = sides
        if not existed[0] and wal.exists() and wal.stat().st_size == 0:
            wal.unlink(missing_ok=True)
            if not existed[1]:
                shm.unlink(missing_ok=True)


def _remove(path: Path, key: bytes | None) -> None:
    """Remove a file of ours; one that may hold plain text is overwritten first."""
    if key is None:
        remove_wiped(path)
    else:
        path.unlink(missing_ok=True)


def _fingerprint(conn: Any) -> dict[str, tuple[int, int]]:
    from trustjournal.storage.convert import fingerprint

    return fingerprint(conn)


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


__all__ = [
    "AUTOMATIC",
    "BackupInfo",
    "RestoreResult",
    "Rotation",
    "SalvageReport",
    "add_entry_counts",
    "backups_folder",
    "check_backup",
    "daily_backup_if_due",
    "damage_suspected",
    "journal_key",
    "journal_needs_key",
    "list_backups",
    "make_backup",
    "restore_backup",
    "restore_latest",
    "rotate_backups",
    "save_readable_copy",
    "unlock_damaged",
]
