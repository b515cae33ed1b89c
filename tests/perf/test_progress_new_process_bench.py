"""Benchmark: Progress "all" in a new process, the first read of a newly opened journal
from the figures the last session kept (issue 15: ≤ 50 ms over ten years).

Run with `python -m pytest tests/perf/test_progress_new_process_bench.py -m perf -s`.
It copies the journal test_dashboard_bench.py builds (TJ_BENCH_DASHBOARD entries), lets
one untimed process read it in full and keep its figures, then times TIMED_RUNS new
processes. Each opens the copy and times, in CPU and wall time, what the Progress page
reads and builds before it can draw: the entry figures, the tracker figures and the
dashboard, every first-use cost of that process included (imports made by the read,
the names, the English plural forms of the captions). Figures go to
tests/perf/out/progress_new_process.json; the budget is checked on the CPU median (wall
time on a shared machine measures the neighbours too).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from tests.perf.journals import child_env
from tests.perf.report import machine_meta
from tests.perf.test_dashboard_bench import BUDGET_MS, ENTRIES, TIMED_RUNS, journal  # noqa: F401
from trustjournal.storage import Journal, open_journal

pytestmark = pytest.mark.perf

OUT = Path(__file__).parent / "out" / "progress_new_process.json"
# What the Progress page does in a new process, timed from after the journal opened.
PROBE = """
import datetime as dt, json, sys, time
from pathlib import Path
from trustjournal.core.progress import build_dashboard
from trustjournal.storage import open_journal

journal = open_journal(Path(sys.argv[1]), create=False)
with journal._gateway.read(fresh=True) as cur:  # did the last session keep figures?
    kept = cur.execute("SELECT count(*) FROM kept_figures").fetchone()[0] == 2
cpu, wall = time.process_time(), time.perf_counter()
data, trackers = journal.progress_data(), journal.tracker_data()
dashboard = build_dashboard(data, today=dt.date.today(), range_key="all", trackers=trackers)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
journal.close()
print(json.dumps({"cpu_ms": cpu * 1000, "wall_ms": wall * 1000, "kept": kept,
                  "checkins": dashboard.trend.checkins}))
"""


def _run(path: Path, root: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], env=child_env(root),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_progress_all_in_a_new_process(journal: Journal, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "copy").mkdir(mode=0o700)
    copy = journal.backup(tmp_path / "copy" / "notes.db")
    with open_journal(copy, create=False) as copied, copied._gateway.write() as cur:
        cur.execute("DELETE FROM kept_figures")  # as after an upgrade or a crash
    first = _run(copy, tmp_path)  # reads in full and keeps; writes our .pyc files too
    assert not first["kept"]
    runs = [_run(copy, tmp_path) for _ in range(TIMED_RUNS)]
    assert all(run["kept"] and run["checkins"] == first["checkins"] for run in runs)
    cpu = statistics.median(run["cpu_ms"] for run in runs)
    wall = statistics.median(run["wall_ms"] for run in runs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "meta": {**machine_meta(), "entries": ENTRIES, "runs": TIMED_RUNS,
                 "load_average": os.getloadavg()},
        "budget_ms": BUDGET_MS, "cpu_median_ms": round(cpu, 2),
        "wall_median_ms": round(wall, 2), "nothing_kept_cpu_ms": round(first["cpu_ms"], 2),
        "samples": runs}, indent=2) + "\n", encoding="utf-8")
    print(f"\nProgress 'all' over {ENTRIES:,} entries, first read in a new process from kept "
          f"figures, median of {TIMED_RUNS}: CPU {cpu:.1f} ms, wall {wall:.1f} ms "
          f"(nothing kept: CPU {first['cpu_ms']:.1f} ms); budget ≤ {BUDGET_MS:g} ms")
    assert cpu <= BUDGET_MS, f"Progress 'all' in a new process: {cpu:.1f} ms CPU"
