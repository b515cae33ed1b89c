"""Journal.interrupt: a check or a backup running on another thread stops promptly (the
window closed or locked meanwhile), and the journal is left as it was."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from trustjournal.storage import Interrupted, archive, copies
from trustjournal.storage.archive import list_backups, make_backup

WAIT_S = 10.0


def filled(journal) -> None:  # type: ignore[no-untyped-def]
    for n in range(40):
        journal.create_entry(title=f"Day {n}", body="words kept safe " * 50)


def run_on_thread(fn):  # type: ignore[no-untyped-def]
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = fn()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    return thread, outcome


@pytest.mark.parametrize("quick", [True, False])
def test_a_running_check_stops_at_once_and_the_journal_is_fine(journal, quick: bool) -> None:  # type: ignore[no-untyped-def]
    filled(journal)
    pragma = "quick_check" if quick else "integrity_check"
    started, interrupted = threading.Event(), threading.Event()

    def hold(statement: str) -> None:
        # The check has begun inside SQLite: hold it there until interrupt() was called,
        # so the test does not depend on how long the check would take.
        if pragma in statement:
            started.set()
            assert interrupted.wait(WAIT_S)

    with journal._gateway.watch(hold):
        thread, outcome = run_on_thread(lambda: journal.integrity_problems(quick=quick))
        assert started.wait(WAIT_S)
        journal.interrupt()
        stopped_at = time.monotonic()
        interrupted.set()
        thread.join(WAIT_S)
    assert not thread.is_alive()
    assert time.monotonic() - stopped_at < 2.0
    assert isinstance(outcome.get("error"), Interrupted), outcome  # not reported as damage
    # Nothing was changed, and the same journal reads and checks as before.
    assert journal.integrity_problems(quick=quick) == []
    assert journal.count_entries() == 40


def test_interrupt_with_nothing_running_changes_nothing(journal) -> None:  # type: ignore[no-untyped-def]
    filled(journal)
    journal.interrupt()
    assert journal.integrity_problems(quick=True) == []
    assert journal.count_entries() == 40


def test_a_backup_being_copied_stops_and_leaves_no_file(
    journal, journal_file: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    filled(journal)
    monkeypatch.setattr(copies, "STEP_PAGES", 1)  # many steps, each looks at the flag
    steps: list[int] = []
    real = copies._copy_pages

    def copying(source, dest) -> None:  # type: ignore[no-untyped-def]
        journal.interrupt()  # the window closes while the pages are being copied
        steps.append(1)
        real(source, dest)

    monkeypatch.setattr(copies, "_copy_pages", copying)
    with pytest.raises(Interrupted):
        make_backup(journal, "manual")
    assert steps == [1]
    assert list_backups(journal_file) == []
    assert not any(journal_file.parent.rglob("*.partial"))
    # The journal goes on as before, and the next backup is whole.
    monkeypatch.setattr(copies, "_copy_pages", real)
    assert journal.integrity_problems() == []
    info = make_backup(journal, "manual")
    assert info.entries == 40 and len(list_backups(journal_file)) == 1


def test_an_interrupt_before_the_backup_began_does_not_stop_it(journal, journal_file: Path) -> None:  # type: ignore[no-untyped-def]
    filled(journal)
    journal.interrupt()
    info = archive.make_backup(journal, "manual")
    assert info.entries == 40


def interrupt_inside_the_index_setup(journal):  # type: ignore[no-untyped-def]
    """interrupt() the moment FTS5 reads its own config (the check's connection is new,
    so the search index's table is set up inside the check): SQLite then fails with
    "vtable constructor failed", not "interrupted"."""
    def watch(sql: str) -> None:
        if "entries_fts_config" in sql:
            journal.interrupt()

    return journal._gateway.watch(watch)


@pytest.mark.parametrize("quick", [True, False])
def test_an_interrupt_inside_sqlites_own_statements_is_a_stop_not_damage(
    journal, quick: bool  # type: ignore[no-untyped-def]
) -> None:
    filled(journal)
    with interrupt_inside_the_index_setup(journal), pytest.raises(Interrupted):
        journal.integrity_problems(quick=quick)
    assert journal.integrity_problems(quick=quick) == []


def test_a_backup_stopped_inside_sqlites_own_statements_says_so(journal) -> None:  # type: ignore[no-untyped-def]
    filled(journal)
    with interrupt_inside_the_index_setup(journal), pytest.raises(Interrupted):
        make_backup(journal, "manual")
    assert list_backups(journal.path) == []
    assert journal.integrity_problems() == []
