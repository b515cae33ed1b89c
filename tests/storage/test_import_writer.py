"""The import's writer thread: many-row statements, order, and failures handed back."""

from __future__ import annotations

import pytest
from sqlcipher3 import dbapi2

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
