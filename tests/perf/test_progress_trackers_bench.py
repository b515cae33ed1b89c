"""Benchmark: what folding ten years of daily trackers adds to the Progress dashboard.

Run with `python -m pytest tests/perf/test_progress_trackers_bench.py -m perf -s`. The
journal is the tracker benchmark's (20,000 demo entries over 10 years and the demo
trackers filled daily). Both storage reads are done once per range; what is timed is
core.progress.build_dashboard without and with the TrackerData, run in turns, so the
difference is the tracker folding alone (the reads have their budget in
test_tracker_bench.py). CPU time is reported beside wall time: on a shared machine it
moves far less with the load. Budget: the folding adds at most 10 ms (CPU median) to
"all". Figures go to tests/perf/out/progress_trackers.json.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.perf.journals import SEED, YEARS, with_daily_trackers
from tests.perf.report import machine_meta
from tests.perf.test_dashboard_bench import ENTRIES, TIMED_RUNS
from trustjournal.core.progress import build_dashboard, range_bounds
from trustjournal.storage import Journal, open_journal

pytestmark = pytest.mark.perf

ADDED_BUDGET_MS = 10.0
RANGES = ("all", "1y")
OUT = Path(__file__).parent / "out" / "progress_trackers.json"


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    path = tmp_path_factory.mktemp("progress-trackers") / "notes.db"
    with_daily_trackers(path, ENTRIES)
    opened = open_journal(path, create=False)
    try:
        yield opened
    finally:
        opened.close()


def _timed(**kwargs: Any) -> tuple[float, float]:
    """One build_dashboard: (wall ms, CPU ms)."""
    wall, cpu = time.perf_counter(), time.process_time()
    build_dashboard(**kwargs)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _median(samples: list[tuple[float, float]], at: int) -> float:
    return round(statistics.median(sample[at] for sample in samples), 2)


def test_tracker_folding_adds_little_to_the_dashboard(journal: Journal) -> None:
    today = dt.date.today()
    results = {}
    for key in RANGES:
        start, end = range_bounds(key, today)
        data = journal.progress_data(start, end)
        trackers = journal.tracker_data(start, end)
        dash = build_dashboard(data, today=today, range_key=key, trackers=trackers)
        # The figures are really there: years of urges and intentions in the charts.
        assert dash.trackers.urges.total > 300 and dash.trackers.intentions.total > 300
        assert not dash.trackers.calibration.is_empty and not dash.trackers.promises.is_empty
        times: dict[str, list[tuple[float, float]]] = {"without": [], "with": []}
        for _ in range(TIMED_RUNS):
            times["without"].append(_timed(data=data, today=today, range_key=key))
            times["with"].append(_timed(data=data, today=today, range_key=key,
                                        trackers=trackers))
        without, with_ = times["without"], times["with"]
        results[key] = {
            "urges": dash.trackers.urges.total, "intentions": dash.trackers.intentions.total,
            "without_trackers_ms": _median(without, 0), "with_trackers_ms": _median(with_, 0),
            "without_trackers_cpu_ms": _median(without, 1),
            "with_trackers_cpu_ms": _median(with_, 1),
        }
        results[key]["added_cpu_ms"] = round(results[key]["with_trackers_cpu_ms"]
                                             - results[key]["without_trackers_cpu_ms"], 2)
    report = {"meta": {**machine_meta(), "runs": TIMED_RUNS, "years": YEARS, "seed": SEED,
                       "load_average": os.getloadavg()},
              "added_budget_ms": ADDED_BUDGET_MS, "ranges": results}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nbuild_dashboard without / with ten years of daily trackers, median of "
          f"{TIMED_RUNS} runs:")
    for key, row in results.items():
        print(f"  {key:>4}: wall {row['without_trackers_ms']:.1f} → "
              f"{row['with_trackers_ms']:.1f} ms; CPU {row['without_trackers_cpu_ms']:.1f} → "
              f"{row['with_trackers_cpu_ms']:.1f} ms (+{row['added_cpu_ms']:.1f})")
    print(f"Saved to {OUT}")
    assert results["all"]["added_cpu_ms"] <= ADDED_BUDGET_MS, results["all"]
