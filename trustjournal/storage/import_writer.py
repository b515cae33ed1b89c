"""The import's inserts, run on a thread of their own inside the import's transaction.

Reading, checking and preparing records is Python work; inserting them and indexing
them for search is SQLite's, which runs without Python's global lock. So the import
prepares the next batch while SQLite writes the last one: on two cores the writes cost
little more than the reading. Each batch goes in as a few statements of many rows each
(one `VALUES` list per table), so the thread takes the lock back a few times per batch,
never once per row.

The thread only ever uses the write transaction's cursor, and only it does while it
runs; the import thread waits for it (finish or stop) before it touches the cursor again
or the transaction ends, so a failure anywhere still rolls everything back.
"""

from __future__ import annotations

import contextlib
import functools
import queue
import threading
from collections.abc import Iterator, Sequence
from dataclasses import field
from typing import Any

from sqlcipher3 import dbapi2

from trustjournal.core.lazy_dataclass import lazy_dataclass

Cursor = Any  # a sqlcipher3 cursor (the driver ships no type hints)

# SQLite's default most host parameters in one statement (since 3.32).
MAX_VARIABLES = 32766
_PENDING = 2  # batches prepared ahead of the writes: bounds the memory an import holds


@functools.lru_cache(maxsize=32)
def _values_sql(head: str, width: int, rows: int) -> str:
    row = "(" + ", ".join("?" * width) + ")"
    return f"{head} VALUES {', '.join([row] * rows)}"


def rows_statements(head: str, width: int,
                    flat: Sequence[Any]) -> Iterator[tuple[str, Sequence[Any]]]:
    """`INSERT … (columns)` statements with as many rows each as SQLite takes, for rows
    of `width` values given one after another in `flat`: (sql, values) pairs, in order."""
    per = max(1, MAX_VARIABLES // width) * width
    for start in range(0, len(flat), per):
        part = flat[start:start + per]
        yield _values_sql(head, width, len(part) // width), part


@lazy_dataclass
class Batch:
    """The statements of one batch of records, run in order by the writer."""

    statements: list[tuple[str, Sequence[Any]]] = field(default_factory=list)

    def add_rows(self, head: str, width: int, flat: Sequence[Any]) -> None:
        """Rows for one table (see rows_statements); nothing if `flat` is empty."""
        self.statements.extend(rows_statements(head, width, flat))

    def add(self, sql: str, values: Sequence[Any] = ()) -> None:
        """One statement with its values, run after those added before it."""
        self.statements.append((sql, values))


class Writer:
    """Runs batches on `cur` on a thread of its own, in the order they are given.

    put() hands a batch over (waiting while two are pending); finish() waits until all
    are written and raises what a write raised; stop() throws away what is pending and
    waits for the write under way. After either the caller may use the cursor again.
    """

    def __init__(self, cur: Cursor) -> None:
        self._cur = cur
        self._jobs: queue.Queue[Batch | None] = queue.Queue(maxsize=_PENDING)
        self._error: BaseException | None = None
        self._abandon = False
        self._ending = False  # the end mark is queued
        self._thread = threading.Thread(target=self._run, name="trustjournal-import-writer",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._jobs.get()) is not None:
            if self._error is not None or self._abandon:
                continue  # read on to the end mark, so that put() never waits for ever
            try:
                for sql, values in batch.statements:
                    # Checked before every statement: once the import gives up, or once
                    # its transaction is gone (SQLite ends it by itself after a full
                    # disk or an I/O error), a statement on this autocommit connection
                    # would commit by itself and leave half an import behind.
                    if self._abandon:
                        break
                    if not self._cur.connection.in_transaction:
                        raise RuntimeError("the import's transaction ended before its rows "
                                           "were written")
                    self._cur.execute(sql, values)
            except BaseException as exc:  # handed to the import's thread, raised there
                # Set before the error, so no queued batch runs after a failed one even
                # while put() is raising it.
                self._abandon = True
                self._error = exc

    def _raise_failure(self) -> None:
        if self._error is not None:
            self._abandon = True
            error, self._error = self._error, None
            raise error

    def put(self, batch: Batch) -> None:
        """Queue a batch; raises at once what an earlier batch's writes raised."""
        self._raise_failure()
        self._jobs.put(batch)

    def finish(self) -> None:
        """Wait for every queued batch to be written; raise what a write raised."""
        self._end()
        self._raise_failure()

    def stop(self) -> None:
        """Give up (the import failed elsewhere): drop pending batches, wait for the
        thread. A write's own failure then no longer matters.

        A KeyboardInterrupt (a second Ctrl-C) does not cut the wait short: the thread may
        be inside a statement, and the transaction must not be rolled back under it. The
        interrupt is raised once the thread has ended."""
        self._abandon = True
        self._end()
        self._error = None

    def _end(self) -> None:
        # The end mark is queued once (at worst twice, if an interrupt lands just after
        # the put; the thread stops at the first); the thread reads everything before it
        # (skipping it once abandoned), so putting it never waits for ever.
        interrupted: KeyboardInterrupt | None = None
        while self._thread.is_alive():
            try:
                if not self._ending:
                    self._jobs.put(None)
                    self._ending = True
                self._thread.join()
            except KeyboardInterrupt as exc:
                interrupted = exc
                self._abandon = True  # nothing more is written; the caller is leaving
        if interrupted is not None:
            raise interrupted


# The search index gathers new rows in memory up to its 'hashsize' (FTS5's default is
# 1 MB) before it writes them out as a segment, and merges segments as they pile up.
# An import gathers 16 MB at a time: fewer, larger segments, less merging (about 13 %
# less of SQLite's CPU at 100 k entries; the index holds the same terms and finds the
# same entries). The setting is the journal's own, kept in the index's config table: it
# is put back before the import commits, so the journal keeps the one it had.
_IMPORT_HASH_SIZE = 16 * 1024**2
_DEFAULT_HASH_SIZE = 1024**2
_NO_SETTING = ""  # the journal had no 'hashsize' row: FTS5's default applied


def widen_index_buffer(cur: Cursor) -> str:
    """Raise the index's in-memory buffer for the import; returns the journal's own
    setting for restore_index_buffer."""
    row = cur.execute("SELECT v FROM entries_fts_config WHERE k = 'hashsize'").fetchone()
    cur.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)",
                (_IMPORT_HASH_SIZE,))
    return _NO_SETTING if row is None else str(row[0])


def restore_index_buffer(cur: Cursor, saved: str) -> None:
    """Put the journal's own 'hashsize' back (see widen_index_buffer)."""
    cur.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)",
                (int(saved) if saved else _DEFAULT_HASH_SIZE,))
    if not saved:
        # Setting it wrote a row the journal did not have; the value is FTS5's default,
        # so this connection's copy of the settings already agrees with the table.
        cur.execute("DELETE FROM entries_fts_config WHERE k = 'hashsize'")


# The page cache of the import's connection. At the default 2 MB an import of many
# entries no longer holds the uuid and timeline indexes in memory: their pages leave
# the cache and come back over and over, and every page that leaves is written to the
# write-ahead log again. 32 MB holds them at 100 k entries (about a tenth less of
# SQLite's CPU there). The size is this connection's, not the file's, and is put back
# when the import ends, however it ends.
_IMPORT_CACHE_KIB = 32 * 1024


def widen_page_cache(cur: Cursor) -> int:
    """Raise the connection's page cache for the import; returns its own setting."""
    saved = int(cur.execute("PRAGMA cache_size").fetchone()[0])
    cur.execute(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
    return saved


def restore_page_cache(cur: Cursor, saved: int) -> None:
    """Put the connection's own page cache size back (see widen_page_cache). Runs as
    the import ends, also after a failure: it never raises in place of that failure
    (a cache left wide costs memory only)."""
    with contextlib.suppress(dbapi2.Error):
        cur.execute(f"PRAGMA cache_size = {int(saved)}")


__all__ = ["MAX_VARIABLES", "Batch", "Writer", "restore_index_buffer", "restore_page_cache",
           "rows_statements", "widen_index_buffer", "widen_page_cache"]
