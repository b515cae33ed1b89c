"""The benchmark's data: demo journals built with our CLI and the same entries as jrnl files.

Sizes come from TJ_BENCH_SMALL / TJ_BENCH_LARGE (defaults 20,000 and 100,000) so the
benchmark can be tried quickly; TJ_BENCH_RUNS sets the timed runs per median (at least
5); TJ_BENCH_KEEP=1 keeps the built journals instead of deleting them at the end.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from tests.perf import helpers
from tests.perf.report import Report, Row

SMALL = int(os.environ.get("TJ_BENCH_SMALL", "20000"))
LARGE = int(os.environ.get("TJ_BENCH_LARGE", "100000"))
RUNS = max(5, int(os.environ.get("TJ_BENCH_RUNS", "5")))
KEEP = os.environ.get("TJ_BENCH_KEEP") == "1"
YEARS, SEED = 10, 1


@dataclass(frozen=True)
class BuiltJournal:
    entries: int
    data_dir: Path
    jrnl_file: Path
    jrnl_config: Path

    def file_state(self) -> tuple[int, int]:
        """Size and modification time of the jrnl file, to prove jrnl never rewrote it."""
        st = self.jrnl_file.stat()
        return st.st_size, st.st_mtime_ns


@dataclass(frozen=True)
class Bench:
    root: Path
    env: dict[str, str]
    small: BuiltJournal
    large: BuiltJournal

    def scratch(self, name: str) -> Path:
        return self.root / "runs" / name

    def run(self, name: str, cmd: list[str], env: dict[str, str] | None = None,
            timeout: float = helpers.CHILD_TIMEOUT_S) -> helpers.ChildRun:
        """Run a command to completion; a failing command fails the benchmark."""
        result = helpers.run_child(cmd, env or self.env, self.scratch(name), timeout)
        return result.check(" ".join(cmd))


def child_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    # PYTHONDONTWRITEBYTECODE (set in some shells and CI) would make every timed run of
    # ours compile its source again, while PySide6 and jrnl run from the .pyc files their
    # install wrote: timed as installed, each command's untimed warm-up writes ours.
    for name in ("TRUSTJOURNAL_HOME", "TRUSTJOURNAL_STARTUP_PROBE", "JRNL_CONFIG",
                 "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    # Neither program may touch the real user's settings or data folders.
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(root / "xdg-config"),
        XDG_DATA_HOME=str(root / "xdg-data"),
        XDG_STATE_HOME=str(root / "xdg-state"),
        NO_COLOR="1",
    )
    return env


def build(bench_root: Path, env: dict[str, str], entries: int, report: Report) -> BuiltJournal:
    data_dir = bench_root / f"journal-{entries}"
    cmd = [helpers.PYTHON, "-m", "trustjournal", "--data-dir", str(data_dir), "demo",
           "--entries", str(entries), "--years", str(YEARS), "--seed", str(SEED)]
    built = helpers.run_child(cmd, env, bench_root / "runs" / f"build-{entries}")
    built.check(" ".join(cmd))
    report.add(Row(
        "Build (CLI `demo`, one run)", f"demo journal, {entries:,} entries over {YEARS} years",
        built.seconds, "s", note=f"peak RSS {built.max_rss_bytes / 2**20:,.0f} MiB",
    ))

    jrnl_file = bench_root / f"jrnl-{entries}.txt"
    jrnl_config = bench_root / f"jrnl-{entries}.yaml"
    exported = helpers.export_to_jrnl(data_dir, jrnl_file)
    jrnl_config.write_text(helpers.jrnl_config_text(jrnl_file, version("jrnl")), encoding="utf-8")
    assert exported.entries == entries, (
        f"the {entries:,}-entry demo journal yielded {exported.entries:,} entries on export"
    )
    # Prove jrnl sees the same journal: same entries, same stars, same tags.
    parsed = helpers.parse_with_jrnl(jrnl_file)
    assert (parsed.entries, parsed.starred) == (exported.entries, exported.starred), (
        f"jrnl reads {parsed.entries:,} entries ({parsed.starred:,} starred) from the export, "
        f"but {exported.entries:,} ({exported.starred:,} starred) were written"
    )
    assert parsed.tag_uses == exported.tag_uses, (
        f"jrnl sees other tags than were exported: {parsed.tag_uses} != {exported.tag_uses}"
    )
    size = jrnl_file.stat().st_size / 2**20
    report.add(Row(
        "Export to jrnl format (benchmark setup, one run)",
        f"{entries:,} entries via Journal.get_entry → jrnl text", exported.seconds, "s",
        note=f"{size:,.1f} MiB; jrnl's parser reads back the same entries, stars and tags. "
        "Not the app's export (it has none yet)",
    ))
    return BuiltJournal(entries, data_dir, jrnl_file, jrnl_config)


def with_daily_trackers(path: Path, entries: int) -> None:
    """Make a demo journal of `entries` entries over YEARS years at `path`, with a tracker
    record of each kind logged every day of those years (the trackers' Progress budget)."""
    import datetime as dt

    from trustjournal.core.demo_trackers import demo_trackers
    from trustjournal.storage import open_journal
    from trustjournal.storage.bulk import insert_demo

    today = dt.date.today()
    with open_journal(path) as built:
        insert_demo(built, entries, YEARS, SEED, today=today, trackers=False)
        built.import_records([], trackers=demo_trackers(YEARS, SEED, today, daily=True))
