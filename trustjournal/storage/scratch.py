"""The data folder's private scratch area (`tmp/`, 0700) for exports in progress.

An export is written into its own folder here and moved into place only when complete,
so a killed export never leaves plain text beside its target. When the target is on
another file system, the last step copies to a hidden name beside the target and renames
it; a folder being replaced is moved aside under a hidden name first. Both names are
written down in the export's folder (`pending.json`) before they can exist, so the next
open of the journal can remove what an interrupted export left, here and beside the
target, and put back a folder that had been moved aside (`clean_leftovers`).

Standard library only; no entry text is ever written to the note, only paths.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from pathlib import Path

from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.paths import ensure_private_dir, scratch_dir
from trustjournal.storage.files import write_atomically

PREFIX = "export-"
NOTE = "pending.json"
STAGE = "out"
# The hidden names an export may create beside its target, e.g. ".a.json.1a2b3c4d.part".
_BESIDE = re.compile(r"^\..+\.(?P<token>[0-9a-f]{16})\.(part|old)$")
# Names of the workdirs of exports running in this process (random, so unique however
# the data folder is spelled): never cleaned from under them.
_LIVE: set[str] = set()


@lazy_dataclass(frozen=True, slots=True)
class Workdir:
    """One export's private folder and the names it may use beside its target."""

    folder: Path
    token: str
    name: str
    target: Path | None  # None when the export goes to a stream, not to a place

    @property
    def staged(self) -> Path:
        """Where the exporter writes (with the target's own name), in the private folder."""
        return self.folder / STAGE / self.name

    @property
    def beside(self) -> Path:
        """A hidden name beside the target, for a copy to another file system."""
        assert self.target is not None
        return self.target.with_name(f".{self.target.name}.{self.token}.part")

    @property
    def aside(self) -> Path:
        """A hidden name beside the target, for a folder being replaced."""
        assert self.target is not None
        return self.target.with_name(f".{self.target.name}.{self.token}.old")


def new_workdir(journal_file: Path, target: Path | None, name: str | None = None) -> Workdir:
    """A private folder for one export to `target` (or to a stream: `name` only), with
    the names it may use beside the target noted and flushed before anything else."""
    area = ensure_private_dir(scratch_dir(Path(journal_file).parent))
    token = os.urandom(8).hex()  # what secrets.token_hex gives, without loading OpenSSL
    folder = area / f"{PREFIX}{token}"
    folder.mkdir(mode=0o700)
    _LIVE.add(folder.name)
    work = Workdir(folder, token, name or (target.name if target else "export"),
                   Path(target) if target is not None else None)
    try:
        os.chmod(folder, 0o700)
        (folder / STAGE).mkdir(mode=0o700)
        if work.target is not None:
            note = {"target": str(work.target), "beside": str(work.beside),
                    "aside": str(work.aside)}
            write_atomically(folder / NOTE, json.dumps(note).encode("utf-8"))
    except BaseException:
        release(work)
        raise
    return work


def release(work: Workdir) -> None:
    """Remove an export's private folder (after it finished or failed)."""
    try:
        remove(work.folder)
    finally:
        _LIVE.discard(work.folder.name)


def clean_leftovers(journal_file: Path) -> int:
    """Remove what interrupted exports left, in the scratch area and beside their targets,
    putting back a folder an export had moved aside. Returns how many were cleaned.

    Called with the journal's lock held, so no other process is exporting from it.
    """
    area = scratch_dir(Path(journal_file).parent)
    try:
        names = sorted(os.listdir(area))
    except OSError:
        return 0
    cleaned = 0
    for name in names:
        path = area / name
        if name in _LIVE:
            continue
        keep_note = False
        if name.startswith(PREFIX) and path.is_dir() and not path.is_symlink():
            keep_note = not _undo_beside(path, name[len(PREFIX):])
        if keep_note:
            # The target's folder is out of reach (a drive not plugged in): drop the plain
            # text here, keep the note to clean beside the target on a later open.
            with contextlib.suppress(OSError):
                for inner in os.listdir(path):
                    if inner != NOTE:
                        remove(path / inner)
        else:
            remove(path)
        cleaned += 1
    return cleaned


def _undo_beside(folder: Path, token: str) -> bool:
    """Handle the names noted beside the target; False if its folder cannot be reached."""
    try:
        note = json.loads((folder / NOTE).read_text(encoding="utf-8"))
        target = Path(note["target"])
        beside, aside = Path(note["beside"]), Path(note["aside"])
    except (OSError, ValueError, KeyError, TypeError):
        return True  # no note (killed before it was written): nothing beside the target
    for hidden in (beside, aside):
        match = _BESIDE.match(hidden.name)
        # Only names this module makes, beside that target, with this export's token.
        if hidden.parent != target.parent or match is None or match["token"] != token:
            return True
    if not target.parent.is_dir():
        return False
    remove(beside)
    if os.path.lexists(aside):
        if os.path.lexists(target):
            remove(aside)  # the new export was in place: the old one goes, as asked
        else:
            with contextlib.suppress(OSError):
                os.rename(aside, target)  # killed mid-swap: the previous export comes back
    return True


def remove(path: Path) -> None:
    """Remove a file, a link or a folder tree (never following links).

    Not overwritten first: a folder export can hold 100,000 files, and flushing zeros
    into each would make a cancel (or the open after a kill) take minutes.
    """
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()
    except OSError:
        pass  # best effort: a leftover that cannot be removed now is tried next time


__all__ = ["Workdir", "clean_leftovers", "new_workdir", "release", "remove"]
