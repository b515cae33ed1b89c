"""Is there a journal here? Decided from names alone, before anything is created, locked
or tightened, so asking never changes a folder.

Three answers: the journal file is there (opening then judges whether it is healthy);
nothing of a journal is here (only a command that creates may start one); or the file
is missing while its key file, backups or write-ahead log are still here. That last one
is a journal that was deleted or moved, and is damage, never a place for a new journal.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from trustjournal.core.i18n import translate
from trustjournal.paths import BACKUP_DIR, keys_path
from trustjournal.storage.errors import (
    JournalError,
    JournalMissingError,
    NoJournalError,
    NotAFolderError,
)


def traces(journal_file: Path, *, own_key_file: bool = False) -> list[str]:
    """What is left beside a journal file: its key file, its backups, its write-ahead
    log (as words for a message). own_key_file leaves out a key file that the caller has
    just written for the journal it is creating. Reads names and sizes only."""
    path = Path(journal_file)
    found = []
    keys = keys_path(path)
    if os.path.lexists(keys) and not own_key_file:
        found.append(f"its key file ({keys.name})")
    folder = path.parent / BACKUP_DIR
    try:
        if folder.is_dir() and any(folder.iterdir()):
            found.append(f"its backups ({BACKUP_DIR}/)")
    except OSError:
        found.append(f"its backups folder ({BACKUP_DIR}/)")
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size > 0:
            found.append(f"its write-ahead log ({wal.name})")
    except OSError:
        pass
    return found


def journal_exists(journal_file: Path, *, own_key_file: bool = False) -> bool:
    """True if the journal file is there (healthy or not: opening judges that); False if
    nothing of a journal is here. Raises JournalMissingError for a journal file that is
    missing beside its key file or backups. Never writes."""
    path = Path(journal_file)
    try:
        os.lstat(path)
        return True
    except FileNotFoundError:
        # Not "nothing here" if a link to nothing stands in the way (a drive not
        # connected): the journal may well be where it points.
        refuse_file_as_folder(path.parent)
    except NotADirectoryError:
        refuse_file_as_folder(path.parent)
    except PermissionError:
        # "No journal here" would be a guess: the folder cannot be looked into.
        raise JournalError(
            translate("StoragePresence",
                "{parent} cannot be looked into (permission denied), so it is not "
                "known whether a journal is there. Nothing was created or changed.").format(
                parent=path.parent)
        ) from None
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        refuse_file_as_folder(path.parent)  # a loop of links: said as such
        raise
    left = traces(path, own_key_file=own_key_file)
    if left:
        raise JournalMissingError(missing_message(path, left))
    return False


def file_in_the_way(folder: Path) -> Path | None:
    """The file (anything but a folder) standing where `folder` or one of the folders
    above it should be, or None. A symbolic link to something that is not there is in
    the way too: nothing can be made through it. Looks only, from the deepest name up."""
    for candidate in (folder, *folder.parents):
        try:
            mode = os.stat(candidate).st_mode
        except OSError:  # missing, or below the file this looks for
            if os.path.islink(candidate):
                return candidate
            continue
        return None if stat.S_ISDIR(mode) else candidate
    return None


def refuse_file_as_folder(folder: Path) -> None:
    """Raise NotAFolderError if `folder` (a journal's folder) is a file or lies under
    one, in words that name the file and say what to do; the file is left as it is."""
    found = file_in_the_way(Path(folder))
    if found is None:
        return
    if os.path.islink(found) and _leads_back(found):
        message = translate(
            "StoragePresence",
            "{path} is a symbolic link that leads back to itself through other links, so "
            "the journal cannot be kept there. Nothing was created or changed: point the "
            "link at a folder, or choose another folder for the journal.").format(
            path=found)
        raise NotAFolderError(message, found)
    if os.path.islink(found) and not os.path.exists(found):
        # Not made for it: the link may point at a drive that is not mounted, and a
        # journal made on the disk beneath would not be where the person keeps it.
        message = translate(
            "StoragePresence",
            "{path} is a link to {target}, which is not there, so the journal cannot be "
            "kept in it. Nothing was created or changed: if that folder is on a drive that "
            "is not connected, connect it and try again; otherwise make that folder or "
            "choose another folder for the journal.").format(
            path=found, target=_target(found))
        if found != Path(folder):
            message = translate(
                "StoragePresence",
                "{path} is a link to {target}, which is not there, so the journal's "
                "folder {folder} cannot be made inside it. Nothing was created or "
                "changed: if that folder is on a drive that is not connected, connect it "
                "and try again; otherwise make that folder or choose another folder for "
                "the journal.").format(path=found, target=_target(found), folder=folder)
        raise NotAFolderError(message, found)
    if found == Path(folder):
        message = translate(
            "StoragePresence",
            "{path} is a file, not a folder, so the journal cannot be kept in it. "
            "Nothing was created or changed: choose another folder for the "
            "journal, or move that file away.").format(path=found)
    else:
        message = translate(
            "StoragePresence",
            "{path} is a file, not a folder, so the journal's folder {folder} cannot be "
            "made inside it. Nothing was created or changed: choose another folder for "
            "the journal, or move that file away.").format(
            path=found, folder=folder)
    raise NotAFolderError(message, found)


def _leads_back(link: Path) -> bool:
    """Whether following `link` goes round in a loop of links."""
    try:
        os.stat(link)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _target(link: Path) -> Path:
    """Where `link` points, as a whole path (a relative target is read from the link's
    own folder)."""
    return link.parent / os.readlink(link)


def require_journal(journal_file: Path) -> None:
    """For commands that only read or change an existing journal: raise NoJournalError
    (or JournalMissingError) unless the journal file is there. Never writes."""
    path = Path(journal_file)
    if not journal_exists(path):
        raise NoJournalError(
            translate("StoragePresence",
                "There is no journal here ({parent}). Nothing was created or changed;"
                " `trustjournal init` starts one.").format(
                parent=path.parent)
        )


def missing_message(path: Path, left: list[str]) -> str:
    listed = left[0] if len(left) == 1 else ", ".join(left[:-1]) + " and " + left[-1]
    return (
        f"The journal file {path.name} is missing from {path.parent}, but {listed} "
        f"{'is' if len(left) == 1 else 'are'} still there: the journal was deleted or "
        "moved. Nothing has been changed and no new journal was started. Put "
        f"{path.name} back, or restore a backup (`trustjournal restore --latest`)."
    )


__all__ = [
    "file_in_the_way",
    "journal_exists",
    "refuse_file_as_folder",
    "require_journal",
    "traces",
]
