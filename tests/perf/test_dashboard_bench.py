"""Benchmark: computing the Progress dashboard over ten years of check-ins and exercises.

Run with `python -m pytest tests/perf/test_dashboard_bench.py -m perf -s`. It needs
neither jrnl nor the large demo journals of test_benchmark.py: it builds its own journal
(the demo generator: check-ins on most days, exercises, free entries) and times, inside
this process, what the Progress page does when a range is picked: one storage read
(Journal.progress_data) and the core series (build_dashboard). Budget from DESIGN.md:
Progress "all" over ten years ≤ 50 ms, checked on the median (the one-year range too).
Figures go to tests/perf/out/dashboard.json.

TJ_BENCH_DASHBOARD sets the journal's size (default 20,000 entries over 10 years);
TJ_BENCH_RUNS the timed runs per median (at least 9 here).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.perf.journals import RUNS, SEED, YEARS
from tests.perf.report import machine_meta
from trustjournal.core.progress import build_dashboard, range_bounds
from trustjournal.storage import Journal, open_journal
from trustjournal.storage.bulk import insert_demo

pytestmark = pytest.mark.perf

ENTRIES = int(os.environ.get("TJ_BENCH_DASHBOARD", "20000"))
TIMED_RUNS = max(9, RUNS)
BUDGET_MS = 50.0
RANGES = ("all", "1y")
# (label, a save before each run?): see time_dashboard.
CASES = (("after a save", True), ("again", False))
OUT = Path(__file__).parent / "out" / "dashboard.json"


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    path = tmp_path_factory.mktemp("dashboard") / "notes.db"
    with open_journal(path) as built:
        insert_demo(built, ENTRIES, YEARS, SEED)
    # Opened again as the app would find it: the build's write-ahead log folded back in.
    opened = open_journal(path, create=False)
    try:
        yield opened
    finally:
        opened.close()


def composition(journal: Journal) -> dict[str, int]:
    """What the journal holds, from the same aggregates (so the figures are about it)."""
    data = journal.progress_data()
    exercises = sum(row.count for row in data.exercises)
    checkins = sum(row.checkins for row in data.activity)
    entries = sum(row.entries for row in data.activity)
    return {"entries": entries, "checkins": checkins, "exercises": exercises,
            "free": entries - checkins - exercises,
            "checkin_days": sum(1 for row in data.activity if row.checkins),
            "days": (data.last_day - data.first_day).days + 1}  # type: ignore[operator]


def time_dashboard(journal: Journal, key: str, today: dt.date, *, changed: bool
                   ) -> dict[str, list[float]]:
    """One untimed warm-up, then TIMED_RUNS runs of read + build, in milliseconds.

    changed=True writes a setting before each run, as any save does: storage keeps the
    whole journal's aggregates until the journal changes, so this is the first "all"
    after a save; changed=False is the same range asked again (the page shown again, a
    range picked back), which the kept aggregates answer.
    """
    start, end = range_bounds(key, today)
    times: dict[str, list[float]] = {"total": [], "storage": [], "core": []}
    for run in range(TIMED_RUNS + 1):
        if changed:
            journal.settings.set("bench_touch", run)
        began = time.perf_counter()
        data = journal.progress_data(start, end)
        read = time.perf_counter()
        dash = build_dashboard(data, today=today, range_key=key)
        done = time.perf_counter()
        assert not dash.trend.is_empty and not dash.thoughts.is_empty
        if run:
            times["total"].append((done - began) * 1000)
            times["storage"].append((read - began) * 1000)
            times["core"].append((done - read) * 1000)
    return times


def test_dashboard_over_ten_years_is_within_budget(journal: Journal) -> None:
    today = dt.date.today()
    held = composition(journal)
    assert held["entries"] == ENTRIES
    assert held["checkins"] > 0.8 * held["days"] and held["exercises"] > 1000
    results = {}
    for (label, changed), key in ((case, key) for case in CASES for key in RANGES):
        times = time_dashboard(journal, key, today, changed=changed)
        results[f"{key}, {label}"] = {
            "median_ms": round(statistics.median(times["total"]), 2),
            "storage_median_ms": round(statistics.median(times["storage"]), 2),
            "core_median_ms": round(statistics.median(times["core"]), 2),
            "max_ms": round(max(times["total"]), 2),
            "samples_ms": [round(t, 2) for t in times["total"]],
        }
    report = {"meta": {**machine_meta(), "runs": TIMED_RUNS, "years": YEARS, "seed": SEED,
                       "load_average": os.getloadavg()},
              "journal": held, "budget_ms": BUDGET_MS, "ranges": results}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nDashboard over {held['entries']:,} entries ({held['checkins']:,} check-ins on "
          f"{held['checkin_days']:,} of {held['days']:,} days, {held['exercises']:,} exercises, "
          f"{held['free']:,} free), median of {TIMED_RUNS} runs:")
    for key, row in results.items():
        print(f"  {key:>16}: {row['median_ms']:6.1f} ms  (storage {row['storage_median_ms']:.1f}"
              f" + core {row['core_median_ms']:.1f}; slowest {row['max_ms']:.1f})  "
              f"budget ≤ {BUDGET_MS:g} ms")
    print(f"Saved to {OUT}")
    slow = {key: row["median_ms"] for key, row in results.items()
            if row["median_ms"] > BUDGET_MS}
    assert not slow, f"dashboard medians over the {BUDGET_MS:g} ms budget: {slow}"
