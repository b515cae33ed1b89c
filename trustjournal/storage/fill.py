"""A first import written once: its rows fill a new file beside the journal, which takes
the journal's place only when it is complete.

A command that makes the journal it imports into would otherwise write every page
twice: into the write-ahead log, then into the file at the checkpoint. Here the new file
is built like any new journal (create.build_unlinked, at paths.building_path: the same
schema, its own journal id) and filled with SQLite's rollback journal kept in memory, so
each page is written once and a failed import still rolls its transaction back. Nothing
but the journal itself ever stands under the journal's name:

1. the empty journal the command made stays there all along, closed, its log folded in
   and gone, the command still holding its lock;
2. the new file is filled (the search index built as every import builds it), closed
   and flushed, then renamed over the journal's name in one step, and the folder is
   flushed. The rename completes the import: a Ctrl-C after it stops nothing and is
   not reported (the folder is flushed again; a second Ctrl-C leaves that to the
   system, which writes it out soon by itself).

A kill at any moment leaves the empty journal or the complete imported one, never a
rollback journal beside it. What a kill leaves of the new file goes at the journal's
next open under its lock (journal.open_journal, create.remove_building); a failure
removes it at once. If another program opens the empty journal meanwhile, nothing is
swapped (JournalInUseError) and that journal stays, for the program that has it open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.i18n import translate
from trustjournal.paths import building_path
from trustjournal.storage.create import build_unlinked, remove_building, side_files_left
from trustjournal.storage.database import LOW_SPACE_BYTES
from trustjournal.storage.errors import JournalError, JournalInUseError
from trustjournal.storage.files import fsync_dir, fsync_file
from trustjournal.storage.gateway import Gateway
from trustjournal.storage.journal import Journal

if TYPE_CHECKING:
    from trustjournal.storage.lock import ProcessLock


def filled_anew(journal: Journal) -> Fill:
    """For a plain journal that holds nothing but what a new one holds (the one a first
    import has just made): a context that closes it (keeping its lock) and yields a
    Journal on a new file to fill. When the block ends, that file takes the journal's
    place; if it raises, the new file is removed and the empty journal is as it was.
    Either way the lock is let go after. Any other journal (encrypted, or holding
    anything) is yielded itself, still open, and the block works on it as usual. Its
    in_place says whether what the block wrote is in the journal (see Fill)."""
    return Fill(journal)


class Fill:
    """What filled_anew returns. in_place turns True at the moment what the block wrote
    is in the journal: when the rename puts the filled file in its place, or, for a
    journal written into itself, when the block ends without an error. Until then a
    failure or a Ctrl-C has imported nothing."""

    def __init__(self, journal: Journal) -> None:
        self.in_place = False
        self._context = self._filled(journal)

    def __enter__(self) -> Journal:
        return self._context.__enter__()

    def __exit__(self, *exc_info: Any) -> bool | None:
        return self._context.__exit__(*exc_info)

    @contextlib.contextmanager
    def _filled(self, journal: Journal) -> Iterator[Journal]:
        if journal.closed or journal._gateway.encrypted:
            # A first import's journal is always plain (encrypted ones are made by
            # `init`): an encrypted file would also need its key file's salt changed
            # with the swap.
            yield journal
            self.in_place = True
            return
        path, lock = journal.path, journal._lock
        try:
            build_unlinked(path, None)
            fresh = _holds_only_what_is_new(journal, path)
        except Exception:
            # No room for a second file beside the journal (a nearly full disk), or no
            # way to make one: the import goes into the journal itself, as any import
            # does.
            fresh = False
        if not fresh:
            with contextlib.suppress(OSError):
                remove_building(path)
            yield journal
            self.in_place = True
            return
        temp = building_path(path)
        try:
            journal.close(keep_lock=True)  # its log folded in and removed
            lock.in_use = True  # the fill's: no open in this process takes it over meanwhile
            _require_alone(path)
            target = _open_to_fill(temp, lock)
            try:
                yield target
                # Back to the mode every journal has, in the header, before it is placed.
                target.sqlite_pragma("journal_mode=WAL")
            except BaseException:
                target._gateway.close()
                raise
            target.close(keep_lock=True)
            lock.in_use = True
            _closed_cleanly(temp)
            fsync_file(temp)
            _require_alone(path)  # nothing opened the empty journal meanwhile
            self._replace(temp, path)
            _flush_after_swap(path.parent)
        finally:
            try:
                if not self.in_place:
                    remove_building(path)
            finally:
                lock.release()

    def _replace(self, temp: Path, path: Path) -> None:
        """Rename the filled file over the journal, which puts the import in place. A
        Ctrl-C that comes as the rename returns is the import's last step done, not a
        failure: it is let go (the file is no longer at temp), never reported as an
        interruption."""
        try:
            os.replace(temp, path)
            self.in_place = True
        except KeyboardInterrupt:
            if os.path.lexists(temp):
                raise
            self.in_place = True


def _flush_after_swap(folder: Path) -> None:
    """Make the rename durable. The import is complete and in place by now, so a Ctrl-C
    has nothing left to stop: the folder is flushed again (a moment), and a second
    Ctrl-C leaves that to the system, which writes it out soon by itself. Either way the
    import ends as done: "interrupted" would tell the person it failed."""
    try:
        fsync_dir(folder)
    except KeyboardInterrupt:
        with contextlib.suppress(KeyboardInterrupt):
            fsync_dir(folder)


def _open_to_fill(temp: Path, lock: ProcessLock) -> Journal:
    """A Journal on the new file, its writer keeping SQLite's rollback journal in memory.
    Only pages the file held before the transaction are kept there (a few: the file is
    empty), so it costs next to nothing, and nothing is written beside the file. A
    kill loses only this file, which is not the journal yet."""
    gateway = Gateway(temp, None)
    try:
        gateway.pragma("journal_mode=MEMORY")
    except BaseException:
        gateway.close()
        raise
    return Journal(temp, gateway, lock)


def _require_alone(path: Path) -> None:
    """JournalInUseError unless no SQLite side file (log, shared memory, rollback
    journal) is beside path: one left means another connection still has the file open.
    The empty journal is then that program's too, and is left as it is (cmd_import)."""
    if side_files_left(path):
        raise JournalInUseError(translate(
            "StorageFill", "Another program has {name} open, so nothing was imported. "
            "The new, empty journal was left in place because that program is using "
            "it. Close that program and run the import again.").format(name=path.name))


def _closed_cleanly(temp: Path) -> None:
    """JournalError unless closing the filled file left nothing beside it. No other
    process knows the file, so a side file left means the close could not finish its
    writing (most often a full disk), not that someone else has it open."""
    if not side_files_left(temp):
        return
    try:
        full = shutil.disk_usage(temp.parent).free < LOW_SPACE_BYTES
    except OSError:
        full = False
    if full:
        raise JournalError(translate(
            "StorageFill", "The disk is full, so the import could not be finished; nothing "
            "was imported. Free some space and try again."))
    raise JournalError(translate(
        "StorageFill", "The imported entries could not be written out completely, so "
        "nothing was imported. Check the disk and try again."))


def _holds_only_what_is_new(journal: Journal, path: Path) -> bool:
    """Whether every table of the journal holds as many rows as the same table of the
    new file just built beside it (a journal nothing was written into yet)."""
    temp = building_path(path)
    with journal._gateway.read(interruptible=False) as cur:
        have = _row_counts(cur)
    conn = journal._gateway.connect(temp)
    try:
        new = _row_counts(conn.cursor())
    finally:
        conn.close()
    return have == new


def _row_counts(cur: Any) -> dict[str, int]:
    names = [n for (n,) in cur.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").fetchall()]
    return {name: cur.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}


__all__ = ["Fill", "filled_anew"]
