"""Telling a damaged journal file before SQLite opens it.

damage_suspected judges from the file's size, its first 100 bytes, its key file and its
backups; it never opens the file with SQLite. (Damage further in is found by SQLite's
checks when the journal opens.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trustjournal.core.i18n import translate
from trustjournal.paths import keys_path
from trustjournal.storage.database import APPLICATION_ID
from trustjournal.storage.errors import JournalError
from trustjournal.storage.files import PLAIN_HEADER, read_header
from trustjournal.storage.lock import held_here

if TYPE_CHECKING:
    from trustjournal.storage.archive import BackupInfo


def damage_suspected(journal_file: Path) -> str | None:
    """A sentence saying why the journal file looks damaged, judged from its size, its
    first 100 bytes, its key file and its backups; None if nothing looks wrong this way.
    Never opens the file with SQLite, and writes only to finish an interrupted re-key
    first (rekey.settle_rekey)."""
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
    cut_off = translate(
        "StorageDamage", "{name} is shorter than it should be: it looks cut off, for example "
        "by a full disk, a power cut or a copy that did not finish.").format(name=name)
    if size == 0:
        # New journals are built under another name and linked into place whole
        # (create.py), so an empty file under the journal's name is always one that
        # lost its contents.
        return translate("StorageDamage", "{name} is empty (0 bytes): it lost its contents "
                         "and looks cut off.").format(name=name)
    if header[:16] == PLAIN_HEADER:
        return _plain_header_problem(path, header, size, cut_off)
    if keys.exists():
        if size % 512:
            return cut_off
        salt = recorded_salt(path)
        if salt is not None and header[:16].hex() != salt:
            return translate(
                "StorageDamage", "The first bytes of {name} do not match its key file "
                "({keys}): either the start of {name} is damaged, or {keys} belongs to "
                "another journal.").format(name=name, keys=keys.name)
        return None
    if looks_like_ours(header):
        return _wrong_start(name)
    newest = _newest_restorable(path)
    if newest is not None and not newest.encrypted:
        return translate(
            "StorageDamage", "{name} does not look like a journal any more, and no key file "
            "is beside it. Your backups are not encrypted, so the journal was not either: it "
            "looks damaged.").format(name=name)
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
    """The journal key for this passphrase, for restoring or copying a damaged journal
    (storage-internal: the session keeps it). Unlike keys.unlock, a journal whose first
    bytes no longer match the key file is not taken for another journal's: restoring
    proves the key on the backup instead."""
    from trustjournal.storage.keyslots import open_passphrase, read_key_file

    path = Path(journal_file)
    return open_passphrase(read_key_file(keys_path(path), path.name), passphrase)


def _wrong_start(name: str) -> str:
    return translate("StorageDamage", "The first bytes of {name} are wrong, so it cannot be "
                     "read as it is.").format(name=name)


def _plain_header_problem(path: Path, header: bytes, size: int, cut_off: str) -> str | None:
    if len(header) < 100:
        return cut_off
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        return _wrong_start(path.name)
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


def looks_like_ours(header: bytes) -> bool:
    """Bytes 16-100 still look like a TrustJournal SQLite header (fixed payload
    fractions, our application id): a plain journal whose first bytes were spoiled."""
    return (
        len(header) >= 100
        and header[21:24] == b"\x40\x20\x20"
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def recorded_salt(path: Path) -> str | None:
    """The salt (first 16 bytes) the key file recorded for the journal file, if any."""
    from trustjournal.storage.keyslots import read_key_file

    try:
        return read_key_file(keys_path(path), path.name).db_salt
    except JournalError:
        return None  # a missing or damaged key file is reported by keys.py


def _newest_restorable(path: Path) -> BackupInfo | None:
    from trustjournal.storage.archive import list_backups  # only when something is wrong

    return next((b for b in list_backups(path) if b.restorable), None)


__all__ = ["damage_suspected", "journal_needs_key", "looks_like_ours", "recorded_salt"]
