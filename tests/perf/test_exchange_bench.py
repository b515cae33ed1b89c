"""Export and import against jrnl: our JSON export and `jrnl --format json` on the same
entries, and our JSON import of the large journal into an empty one.

Run with `python -m pytest tests/perf/test_exchange_bench.py -m perf -s`. The design's
budget (DESIGN.md): exporting or importing 100 k entries is faster than jrnl exporting
the same data; every side is a whole process, timed from spawn to exit.

jrnl's JSON export counts tags with `list.count` once per tag use, which grows with the
square of the journal (about 20 s at 20 k entries, minutes at 100 k). So above
JRNL_JSON_REPEAT_MAX entries it runs once, not RUNS times, and jrnl's plain-text export
(`--format txt`, which does no such count) is measured too, as the stricter reference.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from tests.perf import helpers
from tests.perf import report as report_module
from tests.perf.journals import RUNS, Bench, BuiltJournal
from tests.perf.report import MEMORY, Report, Row
from tests.perf.test_benchmark import Side, contest, jrnl_cli, median_ms, memory_row, ours_cli

pytestmark = pytest.mark.perf

GROUP = "Export and import, whole process"
# The table prints only the groups report.GROUPS lists; this one goes before the memory.
if GROUP not in report_module.GROUPS:
    report_module.GROUPS = (*report_module.GROUPS[:-1], GROUP, report_module.GROUPS[-1])
assert report_module.GROUPS[-1] == MEMORY

JRNL_JSON_REPEAT_MAX = 30_000
# TJ_BENCH_JRNL_JSON=0 leaves out jrnl's JSON export above JRNL_JSON_REPEAT_MAX (tens of
# minutes at 100 k, and the same figure every run): only its text export is compared.
JRNL_JSON_LARGE = os.environ.get("TJ_BENCH_JRNL_JSON", "1") != "0"
JRNL_JSON_TIMEOUT_S = 3600

_EXPORTED = re.compile(r"Exported ([\d,]+) entr")
_IMPORTED = re.compile(r"Imported ([\d,]+) entr")

Runs = list[helpers.ChildRun]


def sizes(bench: Bench) -> list[BuiltJournal]:
    return [bench.small] if bench.small is bench.large else [bench.small, bench.large]


def counted(pattern: re.Pattern[str], text: str) -> int:
    found = pattern.search(text)
    assert found, f"no count in the output: {text[-500:]!r}"
    return int(found.group(1).replace(",", ""))


def entries_in(path: Path) -> int:
    with open(path, encoding="utf-8") as handle:
        return len(json.load(handle)["entries"])


def speedup(ours: Runs, reference: Runs) -> float:
    return median_ms(reference) / median_ms(ours)


def export_runs(bench: Bench, journal: BuiltJournal) -> dict[str, Runs]:
    """Ours (json), jrnl json and jrnl txt on one journal; their files are checked."""
    n = journal.entries
    ours_file = bench.root / f"ours-{n}.json"
    jrnl_json, jrnl_txt = bench.root / f"jrnl-{n}.json", bench.root / f"jrnl-{n}.out.txt"
    ours = Side("ours", ours_cli(journal, "export", "--format", "json", "--out",
                                 str(ours_file), "--overwrite"))
    as_json = Side("json", jrnl_cli(journal, "--format", "json", "--file", str(jrnl_json)))
    as_txt = Side("txt", jrnl_cli(journal, "--format", "txt", "--file", str(jrnl_txt)))
    before = journal.file_state()
    if n <= JRNL_JSON_REPEAT_MAX:
        runs = contest(bench, f"export-{n}", [ours, as_json, as_txt])
    else:
        runs = contest(bench, f"export-{n}", [ours, as_txt])
        runs["json"] = [bench.run(f"export-{n}-json", as_json.cmd,
                                  timeout=JRNL_JSON_TIMEOUT_S)] if JRNL_JSON_LARGE else []
    assert journal.file_state() == before, "jrnl rewrote its journal file while exporting"
    # Every program wrote every entry: the comparison is about the same work.
    assert counted(_EXPORTED, runs["ours"][-1].stdout) == n
    assert entries_in(ours_file) == n
    assert not runs["json"] or entries_in(jrnl_json) == n
    assert jrnl_txt.stat().st_size > 0
    return runs


@pytest.fixture(scope="module")
def exports(bench: Bench) -> dict[int, dict[str, Runs]]:
    return {journal.entries: export_runs(bench, journal) for journal in sizes(bench)}


def test_json_export_against_jrnl(
    bench: Bench, exports: dict[int, dict[str, Runs]], report: Report
) -> None:
    failures = []
    for n, runs in exports.items():
        ours, as_json, as_txt = runs["ours"], runs["json"], runs["txt"]
        if not as_json:
            report.add(Row(
                GROUP, f"JSON export vs jrnl's plain-text export, {n:,} entries",
                median_ms(ours), "ms", median_ms(as_txt), "jrnl --format txt",
                speedup(ours, as_txt), "jrnl/ours",
                note="jrnl's JSON export left out (TJ_BENCH_JRNL_JSON=0)"))
            report.add(memory_row(f"JSON export vs jrnl txt, {n:,} entries", ours, as_txt,
                                  "jrnl txt"))
            continue
        faster = speedup(ours, as_json) > 1.0
        size = (bench.root / f"ours-{n}.json").stat().st_size / 2**20
        once = "" if len(as_json) > 1 else "; jrnl json: one run (see note)"
        report.add(Row(
            GROUP, f"JSON export, {n:,} entries", median_ms(ours), "ms", median_ms(as_json),
            "jrnl --format json", speedup(ours, as_json), "jrnl/ours", "faster than jrnl",
            faster, note=f"our file {size:,.1f} MiB{once}",
            samples={"ours_ms": [round(r.seconds * 1000, 1) for r in ours],
                     "reference_ms": [round(r.seconds * 1000, 1) for r in as_json]},
        ))
        report.add(Row(
            GROUP, f"JSON export vs jrnl's plain-text export, {n:,} entries", median_ms(ours),
            "ms", median_ms(as_txt), "jrnl --format txt", speedup(ours, as_txt), "jrnl/ours",
            note="stricter reference: jrnl's fastest export, less data than ours",
        ))
        report.add(memory_row(f"JSON export, {n:,} entries", ours, as_json, "jrnl json"))
        report.add(memory_row(f"JSON export vs jrnl txt, {n:,} entries", ours, as_txt,
                              "jrnl txt"))
        if not faster:
            failures.append(f"{n:,} entries: ours {median_ms(ours):,.0f} ms, jrnl "
                            f"{median_ms(as_json):,.0f} ms")
    report.note(
        "Export: `trustjournal export --format json --out FILE --overwrite` against "
        "`jrnl --format json --file FILE` (and `--format txt`), on the same entries; the "
        "JSON files are checked to hold every entry. jrnl's JSON export counts tags in "
        f"quadratic time, so above {JRNL_JSON_REPEAT_MAX:,} entries it is run once."
    )
    assert not failures, "our JSON export is not faster than jrnl's: " + "; ".join(failures)


def test_json_import_of_the_large_journal(
    bench: Bench, exports: dict[int, dict[str, Runs]], report: Report
) -> None:
    """Our whole export of the large journal into a new, empty journal, run by run."""
    n = bench.large.entries
    source = bench.root / f"ours-{n}.json"
    runs = []
    for i in range(RUNS + 1):  # the first run only warms the caches
        target = bench.root / f"import-{n}-{i}"
        run = bench.run(f"import-{n}", [helpers.PYTHON, "-m", "trustjournal", "--data-dir",
                                        str(target), "import", str(source), "--format", "json"])
        assert counted(_IMPORTED, run.stdout) == n
        shutil.rmtree(target)
        if i:
            runs.append(run)
    as_json, as_txt = exports[n]["json"], exports[n]["txt"]
    if not as_json:
        report.add(Row(
            GROUP, f"JSON import vs jrnl's plain-text export, {n:,} entries", median_ms(runs),
            "ms", median_ms(as_txt), "jrnl txt export", speedup(runs, as_txt), "jrnl/ours",
            note="jrnl's JSON export left out (TJ_BENCH_JRNL_JSON=0)"))
        report.add(memory_row(f"JSON import, {n:,} entries", runs, as_txt, "jrnl txt export"))
        return
    faster = speedup(runs, as_json) > 1.0
    report.add(Row(
        GROUP, f"JSON import into an empty journal, {n:,} entries", median_ms(runs), "ms",
        median_ms(as_json), "jrnl json export", speedup(runs, as_json), "jrnl/ours",
        "faster than jrnl's export", faster,
        note="every record checked first, then one transaction; search index by triggers",
        samples={"ours_ms": [round(r.seconds * 1000, 1) for r in runs]},
    ))
    report.add(Row(
        GROUP, f"JSON import vs jrnl's plain-text export, {n:,} entries", median_ms(runs),
        "ms", median_ms(as_txt), "jrnl txt export", speedup(runs, as_txt), "jrnl/ours",
    ))
    report.add(memory_row(f"JSON import, {n:,} entries", runs, as_json, "jrnl json export"))
    assert faster, (
        f"importing {n:,} entries took {median_ms(runs):,.0f} ms; jrnl exports them as JSON "
        f"in {median_ms(as_json):,.0f} ms"
    )
