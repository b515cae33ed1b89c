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
