"""The window's after-open work reads the Progress figures ahead, so the page's first
showing does not read every entry on the GUI thread."""

from __future__ import annotations

import threading

from trustjournal.gui.after_open import after_open_work
from trustjournal.storage.bulk import insert_demo
from trustjournal.storage.stats import StatsStore


def statements_of_first_read(journal) -> list[str]:  # type: ignore[no-untyped-def]
    ran: list[str] = []
    with journal._gateway.watch(ran.append):
        journal.progress_data()
    return ran


def run_on_a_thread(journal, progress) -> tuple[list[str], object]:  # type: ignore[no-untyped-def]
    found: list[tuple[list[str], object]] = []
    worker = threading.Thread(target=lambda: found.append(after_open_work(journal, progress)))
    worker.start()
    worker.join(60)
    assert found, "the after-open work did not finish"
    return found[0]


def test_after_open_leaves_the_whole_journal_figures_kept(journal) -> None:  # type: ignore[no-untyped-def]
    insert_demo(journal, 300, 2, seed=3, trackers=False)
    problems, _backup = run_on_a_thread(journal, lambda _done, _total: True)
    assert problems == []
    ran = statements_of_first_read(journal)
    assert ran, "the read ran no statement at all"
    assert not [s for s in ran if "FROM entries" in s], ran
    # Kept figures, yet the same as a store that reads everything afresh.
    assert journal.progress_data() == StatsStore(journal._gateway).progress_data()
    assert journal.progress_data().victories or journal.progress_data().activity


def test_a_cancelled_after_open_reads_nothing_ahead(journal) -> None:  # type: ignore[no-untyped-def]
    insert_demo(journal, 300, 2, seed=3, trackers=False)
    run_on_a_thread(journal, lambda done, _total: done < 2)
    assert [s for s in statements_of_first_read(journal) if "FROM entries" in s]
