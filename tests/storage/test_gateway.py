"""The gateway: reads and writes in their own transactions, the key kept inside."""

from __future__ import annotations

import os
import threading

import pytest

from trustjournal.storage import JournalError
from trustjournal.storage.gateway import Gateway
from trustjournal.storage.journal import open_journal


def test_a_write_commits_and_a_read_sees_it(journal) -> None:  # type: ignore[no-untyped-def]
    gateway = journal._gateway
    with gateway.write() as cur:
        cur.execute("INSERT INTO settings (key, value) VALUES ('probe', '\"yes\"')")
    with gateway.read() as cur:
        assert cur.execute("SELECT value FROM settings WHERE key = 'probe'").fetchone() == (
            '"yes"',
        )
    assert journal.get_setting("probe") == "yes"


def test_a_failed_write_leaves_nothing(journal) -> None:  # type: ignore[no-untyped-def]
    gateway = journal._gateway
    with pytest.raises(ValueError), gateway.write() as cur:
        cur.execute("INSERT INTO settings (key, value) VALUES ('half', '1')")
        raise ValueError("stop here")
    with gateway.read() as cur:
        assert cur.execute("SELECT count(*) FROM settings WHERE key = 'half'").fetchone() == (0,)


def test_writes_do_not_nest_on_one_thread(journal) -> None:  # type: ignore[no-untyped-def]
    gateway = journal._gateway
    with gateway.write(), pytest.raises(RuntimeError), gateway.write():
        pass


def test_a_read_does_not_wait_for_an_open_write(journal) -> None:  # type: ignore[no-untyped-def]
    gateway = journal._gateway
    seen: list[int] = []
    with gateway.write() as cur:
        cur.execute("INSERT INTO settings (key, value) VALUES ('pending', '1')")

        def reader() -> None:
            with gateway.read() as rcur:
                seen.append(rcur.execute("SELECT count(*) FROM settings WHERE key = 'pending'")
                            .fetchone()[0])

        thread = threading.Thread(target=reader)
        thread.start()
        thread.join(5)
    assert seen == [0]  # the snapshot before the write, without waiting for it


def test_a_closed_gateway_refuses_work(journal_file) -> None:  # type: ignore[no-untyped-def]
    journal = open_journal(journal_file)
    gateway = journal._gateway
    journal.close()
    assert gateway.closed
    with pytest.raises(JournalError), gateway.read():
        pass


def test_no_public_name_hands_out_the_key(journal_file) -> None:  # type: ignore[no-untyped-def]
    key = os.urandom(32)
    journal_file.parent.mkdir(parents=True, exist_ok=True)
    gateway = Gateway(journal_file, key)
    visible = [getattr(gateway, name) for name in dir(gateway)
               if not name.startswith("_") and not callable(getattr(gateway, name))]
    assert key not in visible
    assert gateway.encrypted and gateway.holds_key(key) and not gateway.holds_key(None)


def _header_mode(path) -> bytes:  # type: ignore[no-untyped-def]
    """Bytes 18 and 19 of a plain SQLite file: 1 for a rollback journal, 2 for WAL."""
    with open(path, "rb") as file:
        return file.read(20)[18:20]


def test_a_rollback_journal_block_writes_into_the_file_then_wal_again(journal) -> None:  # type: ignore[no-untyped-def]
    gateway = journal._gateway
    path = journal.path
    side = {s: path.with_name(path.name + s) for s in ("-journal", "-wal")}
    with gateway.rollback_journal() as switched:
        assert switched
        assert _header_mode(path) == b"\x01\x01"
        with gateway.write() as cur:
            cur.execute("INSERT INTO settings (key, value) VALUES ('direct', '1')")
            # Mid-transaction: SQLite's rollback journal holds the old pages; no log.
            assert side["-journal"].exists()
            assert not side["-wal"].exists() or side["-wal"].stat().st_size == 0
        assert not side["-journal"].exists()  # committed
    assert _header_mode(path) == b"\x02\x02"
    assert gateway.pragma("journal_mode") == "wal"
    with gateway.read() as cur:
        assert cur.execute("SELECT value FROM settings WHERE key = 'direct'").fetchone() == (
            "1",)


def test_a_failed_rollback_journal_block_leaves_nothing_and_wal_on(journal) -> None:  # type: ignore[no-untyped-def]
    gateway = journal._gateway
    with (pytest.raises(ValueError), gateway.rollback_journal() as switched,
          gateway.write() as cur):
        assert switched
        cur.execute("INSERT INTO settings (key, value) VALUES ('half', '1')")
        raise ValueError("stop here")
    assert not journal.path.with_name(journal.path.name + "-journal").exists()
    assert gateway.pragma("journal_mode") == "wal"
    with gateway.read() as cur:
        assert cur.execute("SELECT count(*) FROM settings WHERE key = 'half'").fetchone() == (0,)


def test_a_rollback_journal_block_stays_in_wal_while_another_read_runs(journal) -> None:  # type: ignore[no-untyped-def]
    # A reader on another thread would wait behind a rollback-mode writer: the switch
    # is not made then, and the block's writes go through WAL as always.
    gateway = journal._gateway
    reading, done = threading.Event(), threading.Event()

    def reader() -> None:
        with gateway.read() as cur:
            cur.execute("SELECT count(*) FROM settings").fetchone()
            reading.set()
            done.wait(10)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        assert reading.wait(10)
        with gateway.rollback_journal() as switched:
            assert not switched
            assert _header_mode(journal.path) == b"\x02\x02"
            with gateway.write() as cur:
                cur.execute("INSERT INTO settings (key, value) VALUES ('logged', '1')")
    finally:
        done.set()
        thread.join(10)
    assert gateway.pragma("journal_mode") == "wal"
    assert journal.get_setting("logged") == 1
