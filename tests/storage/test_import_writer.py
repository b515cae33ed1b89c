"""The import's writer thread: many-row statements, order, failures handed back, and an
interrupted import that keeps nothing."""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlcipher3 import dbapi2

from tests.storage.test_import_rows import _record
from trustjournal.storage import import_writer, open_journal, transfer
from trustjournal.storage.import_writer import MAX_VARIABLES, Batch, Writer, rows_statements


def test_rows_are_split_where_sqlite_would_refuse_more_values() -> None:
    width = 7
    flat = list(range(width * 10_000))
    statements = list(rows_statements("INSERT INTO t (a, b, c, d, e, f, g)", width, flat))
    assert len(statements) == 3
    assert all(len(values) <= MAX_VARIABLES for _, values in statements)
    assert [v for _, values in statements for v in values] == flat
    for sql, values in statements:
        assert sql.count("?") == len(values)
    assert list(rows_statements("INSERT INTO t (a)", 1, [])) == []


def _table() -> dbapi2.Connection:
    conn = dbapi2.connect(":memory:", check_same_thread=False, isolation_level=None)
    conn.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, word TEXT NOT NULL)")
    conn.execute("BEGIN")  # the writer runs inside the import's transaction
    return conn


def test_batches_are_written_in_the_order_given() -> None:
    conn = _table()
    writer = Writer(conn.cursor())
    for start in range(0, 9000, 3000):
        batch = Batch()
        flat = [v for n in range(start, start + 3000) for v in (n, f"w{n}")]
        batch.add_rows("INSERT INTO t (n, word)", 2, flat)
        batch.add("UPDATE t SET word = upper(word) WHERE n >= ?", (start,))
        writer.put(batch)
    writer.finish()
    writer.stop()
    rows = conn.execute("SELECT n, word FROM t ORDER BY rowid").fetchall()
    assert rows == [(n, f"W{n}") for n in range(9000)]


def test_a_failed_write_is_raised_in_the_importing_thread_and_stops_the_rest() -> None:
    conn = _table()
    writer = Writer(conn.cursor())
    good, bad, later = Batch(), Batch(), Batch()
    good.add("INSERT INTO t (n, word) VALUES (1, 'one')")
    bad.add("INSERT INTO t (n, word) VALUES (2, NULL)")  # NOT NULL refuses it
    later.add("INSERT INTO t (n, word) VALUES (3, 'three')")
    writer.put(good)
    writer.put(bad)
    with pytest.raises(dbapi2.IntegrityError):
        writer.put(later)
        writer.finish()
    writer.stop()  # after the failure: returns, nothing more is written
    assert conn.execute("SELECT n FROM t").fetchall() == [(1,)]


def test_a_batch_queued_behind_a_failed_one_is_not_written_while_the_failure_is_raised(
        monkeypatch: pytest.MonkeyPatch) -> None:
    conn = _table()
    failed = threading.Event()
    gets: list[None] = []

    class HeldQueue(queue.Queue):  # type: ignore[type-arg]
        def get(self, *args: Any, **kwargs: Any) -> Any:
            gets.append(None)
            # After the failure, the thread takes the next batch only once the importing
            # thread has taken the error to raise it: the gap where it used to slip by.
            if failed.is_set():
                deadline = time.monotonic() + 5
                while writer._error is not None and time.monotonic() < deadline:
                    time.sleep(0.005)
            return super().get(*args, **kwargs)

    monkeypatch.setattr(import_writer, "queue", SimpleNamespace(Queue=HeldQueue))
    writer = Writer(conn.cursor())
    bad, later, third = Batch(), Batch(), Batch()
    bad.add("INSERT INTO t (n, word) VALUES (2, NULL)")  # NOT NULL refuses it
    later.add("INSERT INTO t (n, word) VALUES (3, 'three')")
    third.add("INSERT INTO t (n, word) VALUES (4, 'four')")
    failed.set()
    writer.put(bad)
    writer.put(later)
    deadline = time.monotonic() + 5
    while writer._error is None and time.monotonic() < deadline:
        time.sleep(0.005)
    with pytest.raises(dbapi2.IntegrityError):
        writer.put(third)
    # stop() would set the flag that hid the gap: first let the thread take `later` and
    # come back for more (its third get).
    deadline = time.monotonic() + 5
    while len(gets) < 3 and time.monotonic() < deadline:
        time.sleep(0.005)
    writer.stop()
    assert conn.execute("SELECT n FROM t").fetchall() == []


def test_nothing_is_written_once_the_transaction_has_ended() -> None:
    # SQLite may end a transaction by itself (a full disk, an I/O error); on an
    # autocommit connection each later statement would then be saved on its own.
    conn = _table()
    writer = Writer(conn.cursor())
    gone, later = Batch(), Batch()
    gone.add("INSERT INTO t (n, word) VALUES (1, 'one')")
    gone.add("ROLLBACK")  # stands in for SQLite's own rollback
    later.add("INSERT INTO t (n, word) VALUES (2, 'two')")
    writer.put(gone)
    with pytest.raises(RuntimeError, match="transaction ended"):
        writer.put(later)
        writer.finish()
    writer.stop()
    assert conn.execute("SELECT n FROM t").fetchall() == []


def _state(path: Path) -> dict[str, list[str]]:
    """Every row of every table, from a connection of its own."""
    conn = dbapi2.connect(str(path))
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")]
        return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        conn.close()


class _HeldCursor:
    """The writer's cursor, holding the batch's entries statement until the transaction
    ends (or half a second passes): where a write would land if the importing thread
    rolled back while the writer still ran."""

    def __init__(self, cur: Any, inside: threading.Event) -> None:
        self._cur = cur
        self.connection = cur.connection
        self._inside = inside

    def execute(self, sql: str, values: Any = ()) -> Any:
        if sql.startswith("INSERT INTO entries (") and not self._inside.is_set():
            self._inside.set()
            deadline = time.monotonic() + 0.5
            while self.connection.in_transaction and time.monotonic() < deadline:
                time.sleep(0.005)
            # Run as a statement already on its way into SQLite would be: the rollback's
            # closing of the cursor comes too late to stop it.
            return self.connection.cursor().execute(sql, values)
        return self._cur.execute(sql, values)


def test_a_second_ctrl_c_while_a_batch_is_written_keeps_nothing_of_the_import(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notes.db"
    journal = open_journal(path)
    journal.create_entry(title="mine", body="kept", tags=["home"])
    before = _state(path)
    inside = threading.Event()

    def writer_with_a_second_ctrl_c(cur: Any) -> Writer:
        writer = Writer(_HeldCursor(cur, inside))
        join = writer._thread.join
        calls: list[None] = []

        def interrupted_join(timeout: float | None = None) -> None:
            if not calls:  # the second Ctrl-C lands while stop() waits for the thread
                calls.append(None)
                inside.wait(5)
                raise KeyboardInterrupt
            join(timeout)

        writer._thread.join = interrupted_join  # type: ignore[method-assign]
        return writer

    monkeypatch.setattr(transfer, "Writer", writer_with_a_second_ctrl_c)

    def records() -> Any:
        for n in range(transfer.WRITE_BATCH):
            yield _record(n)
        inside.wait(5)
        raise KeyboardInterrupt  # the first Ctrl-C, while the next records are read

    with pytest.raises(KeyboardInterrupt):
        journal.import_records(records())
    for thread in threading.enumerate():
        if thread.name == "trustjournal-import-writer":
            thread.join(10)  # the old code left it running; let it do its worst
    assert inside.is_set()
    assert _state(path) == before
    assert journal.integrity_problems() == []
    assert journal.count_entries() == 1 and journal.count_entries(trashed=True) == 0
    journal.close()
