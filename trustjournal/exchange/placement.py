"""Where an export may go, and how it gets there.

`safe_target` is the one rule the CLI and the GUI share: an export never goes into,
onto or over a journal's own files. A target that is, holds or lies inside the journal's
data folder (its key file, database, WAL, lock, backups and private folders included) is
refused whatever the flags, after resolving symlinks and `..`; so is another name (a
hard link) for one of the journal's files, a place inside any other folder that holds a
journal, and replacing a folder that holds anything an export does not write. Checks
compare file identities (device and inode) as well as paths, so a different spelling of
the same folder (another case on a case-insensitive disk, a bind mount) is caught too.

`deliver` moves a finished export from the private scratch area (see storage.scratch)
into place: a rename on the same file system; on another one, a copy to a hidden name
beside the target made at the very last moment, flushed, then renamed. That copy is the
only time anything of the export exists beside the target, and its name is noted in the
scratch area first, so the next open of the journal removes it if the process was killed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from pathlib import Path

from trustjournal import paths
from trustjournal.core.i18n import translate
from trustjournal.exchange.model import ExportTargetError
from trustjournal.storage import scratch
from trustjournal.storage.files import fsync_dir, fsync_file, read_header
from trustjournal.storage.lock import held_here
from trustjournal.storage.scratch import Workdir

# Files a file manager may drop into a folder; a previous export holding them may still
# be replaced.
_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".directory"})


def _identity(path: Path, follow: bool = True) -> tuple[int, int] | None:
    try:
        info = os.stat(path, follow_symlinks=follow)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _with_ancestors(path: Path) -> list[Path]:
    return [path, *path.parents]


def _homes(journal_file: Path) -> list[Path]:
    """Data folders of journals: this one's, and the ones the app would open by default."""
    found = [Path(os.path.realpath(journal_file.parent))]
    for candidate in (paths.data_dir(), paths.default_data_dir()):
        with contextlib.suppress(OSError, ValueError):
            resolved = Path(os.path.realpath(candidate))
            if resolved not in found and resolved.is_dir() and _holds_a_journal(resolved):
                found.append(resolved)
    return found


def _journal_file_ids(journal_file: Path) -> set[tuple[int, int]]:
    """Identities of every file that belongs to the journal (for spotting hard links)."""
    files = list(paths.journal_files(journal_file))
    for folder in paths.private_dirs(journal_file.parent):
        with contextlib.suppress(OSError):
            files += [Path(e.path) for e in os.scandir(folder) if e.is_file(follow_symlinks=False)]
    return {i for i in (_identity(f, follow=False) for f in files) if i is not None}


def _holds_a_journal(folder: Path) -> bool:
    """Whether a folder is some journal's data folder (ours or another one)."""
    db = paths.journal_path(folder)
    if paths.keys_path(db).is_file() or paths.lock_path(db).is_file():
        return True
    # Imported here, not at the top: storage.database loads SQLAlchemy, which an export
    # need not pay for. Storage never imports exchange, so this hides no circle.
    from trustjournal.storage.database import APPLICATION_ID

    if held_here(db) is not None:  # reading an open journal's file here would drop its lock
        return True
    header = read_header(db, 72) if db.is_file() else b""
    return len(header) == 72 and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def _refuse_journal_areas(journal_file: Path, shown: Path, candidates: list[Path]) -> None:
    homes = _homes(journal_file)
    # Identities of the data folders, and of every folder above one (which holds it).
    home_by_id = {i: h for h in homes if (i := _identity(h)) is not None}
    above = {i: h for h in homes for p in _with_ancestors(h) if (i := _identity(p))}

    def inside(where: Path, path: Path) -> ExportTargetError:
        if _identity(path) == _identity(where):
            text = translate(
                "ExportPlacement", "{shown} is a journal's own folder. Exports must go somewhere "
                "else, so they can never replace the journal, its key file or its backups. "
                "Choose another place. Nothing was written.")
        else:
            text = translate(
                "ExportPlacement", "{shown} is inside a journal's own folder ({where}). Exports "
                "must go somewhere else, so they can never replace the journal, its key file "
                "or its backups. Choose another place. Nothing was written.")
        return ExportTargetError(text.format(shown=shown, where=where))

    def holds(where: Path) -> ExportTargetError:
        return ExportTargetError(
            translate("ExportPlacement",
                "{shown} holds a journal's own folder ({where}); replacing it would "
                "destroy the journal, its key file and its backups. Choose another "
                "place. Nothing was written.").format(
                shown=shown, where=where))

    for path in candidates:
        for home in homes:  # by name, for places that do not exist yet
            if path == home or home in path.parents:
                raise inside(home, path)
            if path in home.parents:
                raise holds(home)
        for folder in _with_ancestors(path):  # by identity: other spellings, bind mounts
            if (home := home_by_id.get(_identity(folder))) is not None:  # type: ignore[arg-type]
                raise inside(home, path)
        if path.is_dir() and (home := above.get(_identity(path))) is not None:  # type: ignore[arg-type]
            raise holds(home)
    own_files = _journal_file_ids(journal_file)
    for path in candidates:
        if _identity(path) in own_files or _identity(path, follow=False) in own_files:
            raise ExportTargetError(
                translate("ExportPlacement",
                    "{shown} is another name (a link) for one of the journal's own "
                    "files; writing there would destroy it. Choose another place. "
                    "Nothing was written.").format(
                    shown=shown))
        for folder in _with_ancestors(path):  # any other journal's folder
            if folder.is_dir() and _holds_a_journal(folder):
                raise inside(folder, path)


def _foreign_file(folder: Path, suffix: str | None) -> str | None:
    """The first thing in `folder` an export of this format would not have written."""
    problems: list[str] = []
    for root, dirs, files in os.walk(folder, onerror=lambda e: problems.append(str(e))):
        for name in dirs + files:
            if os.path.islink(os.path.join(root, name)):
                return os.path.join(root, name)
        for name in files:
            if name not in _LITTER and not (suffix and name.endswith(suffix)):
                return os.path.join(root, name)
    return problems[0] if problems else None


def resolve(target: Path | str) -> tuple[Path, Path]:
    """(where the export is written, what that name points to now): symlinks and `..` in
    the folder resolved, the last name kept so a link there is replaced, not followed."""
    raw = Path(target).expanduser().absolute()
    if raw.name in ("", ".."):
        placed = Path(os.path.realpath(raw))
    else:
        placed = Path(os.path.realpath(raw.parent)) / raw.name
    return placed, Path(os.path.realpath(placed))


def safe_target(journal_file: Path, target: Path | str, *, folder: bool, overwrite: bool,
                member_suffix: str | None = None) -> Path:
    """The absolute path an export to `target` will be written to, or ExportTargetError
    saying why it may not go there (the journal's own files, an existing name without
    `overwrite`, a folder in the way of a file or the other way round, no such folder)."""
    shown = Path(target).expanduser()
    placed, pointed = resolve(target)
    _refuse_journal_areas(Path(journal_file), shown, [placed, pointed])
    parent = placed.parent
    if not parent.is_dir():
        raise ExportTargetError(translate("ExportPlacement",
            "The folder {parent} does not exist; nothing was written.").format(
            parent=parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportTargetError(
            translate("ExportPlacement",
                "You cannot write to the folder {parent}; choose another place. "
                "Nothing was written.").format(
                parent=parent))
    if os.path.lexists(placed):
        if not overwrite:
            raise ExportTargetError(
                translate("ExportPlacement",
                    "{shown} already exists; choose another name or allow replacing "
                    "it. Nothing was written.").format(
                    shown=shown))
        mode = os.lstat(placed).st_mode
        if stat.S_ISLNK(mode):
            raise ExportTargetError(
                translate("ExportPlacement",
                    "{shown} is a link to {pointed}; it is not replaced, and nothing "
                    "is written through it. Choose the place itself, or another name "
                    "(on the command line, --out - writes to standard output). "
                    "Nothing was written.").format(
                    shown=shown, pointed=pointed))
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise ExportTargetError(
                translate("ExportPlacement",
                    "{shown} is not a file or a folder (a device, pipe or socket); it"
                    " cannot be replaced by an export. Nothing was written.").format(
                    shown=shown))
        is_dir = stat.S_ISDIR(mode)
        if folder != is_dir:
            if is_dir:
                text = translate("ExportPlacement", "{shown} is a folder; it cannot be replaced "
                                 "by this export. Nothing was written.")
            else:
                text = translate("ExportPlacement", "{shown} is a file; it cannot be replaced "
                                 "by this export. Nothing was written.")
            raise ExportTargetError(text.format(shown=shown))
        if is_dir and (stray := _foreign_file(placed, member_suffix)) is not None:
            raise ExportTargetError(
                translate("ExportPlacement",
                    "{shown} holds things this export does not make (such as {name}),"
                    " so it is not replaced. Choose a new folder name, or empty it "
                    "first. Nothing was written.").format(
                    shown=shown, name=repr(Path(stray).name)))
    return placed


# -- moving a finished export into place -----------------------------------------------


def deliver(work: Workdir, placed: Path, folder: bool, overwrite: bool) -> None:
    """Move the finished export into place whole: a rename on one file system, else a
    copy beside the target, flushed, then a rename. Never leaves the hidden copy."""
    staged = work.staged
    if not folder:
        fsync_file(staged)
    try:
        _swap_in(staged, placed, folder, overwrite, work.aside)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        try:
            _copy(staged, work.beside, folder)
            _swap_in(work.beside, placed, folder, overwrite, work.aside)
        finally:
            scratch.remove(work.beside)  # still there after a failure or a link
    fsync_dir(placed.parent)


def _swap_in(source: Path, placed: Path, folder: bool, overwrite: bool, aside: Path) -> None:
    if not folder:
        if overwrite:
            os.replace(source, placed)
        else:
            _place_new(source, placed)
        return
    if not (overwrite and os.path.lexists(placed)):
        os.rename(source, placed)  # refuses an existing non-empty folder
        return
    if os.stat(source).st_dev != os.stat(placed.parent).st_dev:
        raise OSError(errno.EXDEV, "another file system")
    # A folder cannot be swapped in one step: move the old one aside, and back on failure.
    os.rename(placed, aside)
    try:
        os.rename(source, placed)
    except OSError:
        os.rename(aside, placed)
        raise
    _remove(aside)


def _place_new(source: Path, placed: Path) -> None:
    """Move a file to a name that must not exist (never replacing one made meanwhile)."""
    try:
        os.link(source, placed)  # atomic, and fails if the name is taken
        return
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno == errno.EXDEV:
            raise
        # no hard links here (FAT, some network shares): check, then rename
    if os.path.lexists(placed):
        raise FileExistsError(errno.EEXIST, "exists", str(placed))
    os.rename(source, placed)


def _copy(source: Path, dest: Path, folder: bool) -> None:
    """Copy the export to `dest` on the target's disk, user-only and flushed."""
    if not folder:
        _copy_file(source, dest)
    else:
        os.mkdir(dest, 0o700)
        for root, dirs, files in os.walk(source):
            here = dest / os.path.relpath(root, source)
            for name in dirs:
                os.mkdir(here / name, 0o700)
            for name in files:
                _copy_file(Path(root) / name, here / name, flush=False)
        # One flush for the whole tree: a folder export can hold 100,000 files, and one
        # fsync each would keep the hidden copy beside the target far longer.
        if hasattr(os, "sync"):
            os.sync()
        else:  # pragma: no cover - Windows has no sync(); flush file by file there
            for root, _, files in os.walk(dest):
                for name in files:
                    fsync_file(Path(root) / name)
    fsync_dir(dest.parent)


def _copy_file(source: Path, dest: Path, flush: bool = True) -> None:
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    with open(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        if flush:
            os.fsync(out.fileno())


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


__all__ = ["deliver", "resolve", "safe_target"]
