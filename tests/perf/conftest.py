"""Session fixtures of the benchmark: the journals (built once) and the report."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from tests.perf import helpers
from tests.perf.journals import KEEP, LARGE, RUNS, SEED, SMALL, YEARS, Bench, build, child_env
from tests.perf.report import Report, machine_meta

OUT = Path(__file__).parent / "out" / "results.json"


@pytest.fixture(scope="session")
def report() -> Iterator[Report]:
    try:
        jrnl_version = version("jrnl")
    except PackageNotFoundError:
        pytest.fail("jrnl is not installed; install the benchmark extra: "
                    "pip install -e '.[test,bench]'", pytrace=False)
    if not Path(helpers.JRNL).exists():
        pytest.fail(f"jrnl's command is not at {helpers.JRNL}", pytrace=False)
    rep = Report()
    rep.meta.update(machine_meta())
    rep.meta.update(
        small_entries=SMALL, large_entries=LARGE, runs=RUNS, years=YEARS, seed=SEED,
        jrnl=jrnl_version, rss_method=helpers.RSS_METHOD,
    )
    rep.note(
        f"Medians of {RUNS} timed runs; each command first runs once untimed (warm caches), "
        "and the compared commands take turns run by run."
    )
    rep.note(
        f"Peak memory: {helpers.RSS_METHOD}; median over the timed runs. Wall times are "
        "taken around that small parent too, which adds the same few ms to both sides."
    )
    yield rep
    print(rep.text())
    rep.write(OUT)
    print(f"Saved to {OUT}")


def compile_package(report: Report) -> None:
    """Our modules' bytecode, written once before anything is timed.

    An installed copy (wheel or frozen build) has it, and so has jrnl, which pip
    compiled when it installed it. With PYTHONDONTWRITEBYTECODE set (as in some shells
    and CI) a source checkout never gets it, and every timed process of ours would
    compile every module it imports from source: about 100 ms a process here.
    """
    import trustjournal

    package = Path(trustjournal.__file__).parent
    subprocess.run([helpers.PYTHON, "-m", "compileall", "-q", str(package)], check=True)
    report.note(f"Our package's bytecode was compiled before timing ({package}), as an "
                "installed copy has it; jrnl's was compiled by pip when it was installed.")


@pytest.fixture(scope="session")
def bench(tmp_path_factory: pytest.TempPathFactory, report: Report) -> Iterator[Bench]:
    """Both demo journals and their jrnl copies, built once per session."""
    root = tmp_path_factory.mktemp("bench")
    env = child_env(root)
    compile_package(report)
    small = build(root, env, SMALL, report)
    large = small if LARGE == SMALL else build(root, env, LARGE, report)
    yield Bench(root, env, small, large)
    if KEEP:
        print(f"\nBenchmark journals kept in {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)
