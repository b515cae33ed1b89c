"""Benchmark: Progress "all" right after a real save (a check-in, a trash), not only after
a setting, over the journal test_dashboard_bench.py builds.

Run with `python -m pytest tests/perf/test_progress_changes_bench.py -m perf -s`. Each
timed run first saves a check-in on a different day (then trashes one), so the kept
aggregates must take in that change (storage/stats.py reads the changed days again).
Also times the first "all" of a newly opened journal (a new Journal on a new
connection, a cold SQLite page cache: the first read after opening the journal, or in a
new `trustjournal stats` process), twice: with the figures the last session kept inside
the journal (0009, storage/kept_figures.py: the usual case, checked), and with nothing
kept (each run first removes the kept rows: a journal never read before, or one changed
since by another program; that run reads everything and keeps it, and is reported, not
checked). Figures go to tests/perf/out/progress_changes.json; the budget is DESIGN.md's
50 ms for the runs after a save and the first showing from kept figures.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import time
from collections.abc import Callable

import pytest

from tests.perf.report import machine_meta
from tests.perf.test_dashboard_bench import BUDGET_MS, ENTRIES, TIMED_RUNS, journal  # noqa: F401
from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import CheckIn
from trustjournal.core.progress import build_dashboard
from trustjournal.storage import Journal
from trustjournal.storage.gateway import Gateway
from trustjournal.storage.stats import StatsStore

pytestmark = pytest.mark.perf

OUT = os.path.join(os.path.dirname(__file__), "out", "progress_changes.json")


def _fresh(held: Journal) -> Journal:
    """The same file opened anew in this process: a new connection with a cold page
    cache and nothing kept, as the first read after opening the journal (or in a new
    `trustjournal stats` process) finds it. It shares the open journal's process lock,
    which a second open_journal in one process could not take."""
    return Journal(held.path, Gateway(held.path, None), held._lock)


def _timed(session: Callable[[], Journal], today: dt.date, before: Callable[[int], None],
           store: Callable[[Journal], StatsStore], *, own: bool = False
           ) -> dict[str, list[float]]:
    """One untimed warm-up, then TIMED_RUNS runs of before(run) and what the Progress
    page reads and builds before it can draw (the entry aggregates, the tracker rows,
    the dashboard), in ms: wall time of the whole and of each part, and CPU time of the
    whole (steadier on a shared machine). session() gives the journal each run reads;
    with own=True it is made for that run alone, and its connections are closed after.
    """
    times: dict[str, list[float]] = {"total": [], "storage": [], "core": [], "cpu": []}
    for run in range(TIMED_RUNS + 1):
        before(run)
        opened = session()
        stats = store(opened)
        cpu, began = time.process_time(), time.perf_counter()
        data, trackers = stats.progress_data(), opened.tracker_data()
        read = time.perf_counter()
        dash = build_dashboard(data, today=today, range_key="all", trackers=trackers)
        done, cpu_done = time.perf_counter(), time.process_time()
        assert not dash.trend.is_empty and opened.count_entries() >= ENTRIES
        if own:
            opened._gateway.close()
        if run:
            times["total"].append((done - began) * 1000)
            times["storage"].append((read - began) * 1000)
            times["core"].append((done - read) * 1000)
            times["cpu"].append((cpu_done - cpu) * 1000)
    return times


def test_progress_all_after_real_saves(journal: Journal) -> None:  # noqa: F811
    today = dt.date.today()
    saved: list[str] = []

    def save_checkin(run: int) -> None:
        made = CheckIn(5, 4, 6, ())
        entry, _ = journal.save_exercise_entry(
            exercise_id="checkin", exercise_version=1, kind=EntryKind.CHECKIN, title="c",
            body="", answers=made.answers(), metrics=made.metrics(),
            local_date=today - dt.timedelta(days=37 * run + 3))
        saved.append(entry.uuid)

    def forget_kept(run: int) -> None:
        with journal._gateway.write() as cur:
            cur.execute("DELETE FROM kept_figures")

    kept = journal.stats
    cases = {
        "first showing, nothing kept (new store)": _timed(
            lambda: journal, today, forget_kept, lambda opened: StatsStore(opened._gateway)),
        "first showing, nothing kept (new Journal)": _timed(
            lambda: _fresh(journal), today, forget_kept, lambda opened: opened.stats,
            own=True),
        # The runs above kept the figures, as a closed session leaves them.
        "first showing, kept from last session (new Journal)": _timed(
            lambda: _fresh(journal), today, lambda run: None, lambda opened: opened.stats,
            own=True),
        "after a check-in saved": _timed(lambda: journal, today, save_checkin,
                                         lambda opened: kept),
        "after an entry trashed": _timed(lambda: journal, today,
                                         lambda run: journal.trash_entry(saved[run]),
                                         lambda opened: kept),
    }
    results = {label: {"median_ms": round(statistics.median(t["total"]), 2),
                       "storage_median_ms": round(statistics.median(t["storage"]), 2),
                       "core_median_ms": round(statistics.median(t["core"]), 2),
                       "cpu_median_ms": round(statistics.median(t["cpu"]), 2),
                       "max_ms": round(max(t["total"]), 2),
                       "samples_ms": [round(x, 2) for x in t["total"]]}
               for label, t in cases.items()}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump({"meta": {**machine_meta(), "entries": ENTRIES, "runs": TIMED_RUNS,
                            "load_average": os.getloadavg()}, "ranges": results}, out, indent=2)
    print(f"\nProgress 'all' over {ENTRIES:,} entries, median of {TIMED_RUNS} runs:")
    for label, row in results.items():
        print(f"  {label:>52}: {row['median_ms']:6.1f} ms (storage "
              f"{row['storage_median_ms']:.1f} + core {row['core_median_ms']:.1f}; CPU "
              f"{row['cpu_median_ms']:.1f}; slowest {row['max_ms']:.1f})")
    checked = [label for label in results if "nothing kept" not in label]
    slow = {label: results[label]["median_ms"] for label in checked
            if results[label]["median_ms"] > BUDGET_MS}
    assert not slow, f"Progress 'all' over the {BUDGET_MS:g} ms budget: {slow}"
