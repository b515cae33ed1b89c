"""Building blocks of the benchmark: timed child processes, statistics, the jrnl export.

Nothing here asserts anything; the tests decide what the numbers must be.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PYTHON = sys.executable
# The console script installed next to the interpreter, as a user would run it.
JRNL = str(Path(sys.executable).with_name("jrnl"))
CHILD_TIMEOUT_S = 600

# The reference window: the same stamp as the app's probe (trustjournal/gui/startup_probe.py)
# after its first paint, then it quits; the app's window has the same size.
BARE_WINDOW_SCRIPT = """\
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def painted():
    sys.stdout.write(f"trustjournal-startup painted {time.monotonic():.6f} "
                     f"{time.process_time():.6f}\\n")
    sys.stdout.flush()
    app.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1100, 720)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""

STAMP_PREFIX = "trustjournal-startup"


# Journal.search() on one open journal, as the window runs it: argv is the journal file,
# the result limit, the rounds and a JSON list of queries; prints per-query times (ms) and
# hit counts as JSON. Opening the journal and one first search are not timed.
IN_PROCESS_SEARCH_SCRIPT = """\
import json
import sys
import time
from pathlib import Path

from trustjournal.storage import open_journal

path, limit, rounds = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
queries = json.loads(sys.argv[4])
times = {query: [] for query in queries}
hits = {}
journal = open_journal(path, create=False, verify=False)
try:
    journal.search("warm up the connection", limit=limit)
    for _ in range(rounds):
        for query in queries:
            start = time.perf_counter()
            found = journal.search(query, limit=limit)
            times[query].append((time.perf_counter() - start) * 1000)
            hits[query] = len(found)
finally:
    journal.close()
json.dump({"ms": times, "hits": hits}, sys.stdout)
"""


@dataclass(frozen=True)
class ChildRun:
    """One finished child process: wall time, its own peak RSS, exit code and output.

    `started` is time.monotonic() just before the spawn: stamps the child prints from the
    same clock give the time from spawn to a moment, without the child's teardown."""

    seconds: float
    max_rss_bytes: int
    exit_code: int
    stdout: str
    stderr: str
    started: float = 0.0

    def stamps_ms(self) -> dict[str, float]:
        """Milliseconds from spawn to each `trustjournal-startup NAME CLOCK` line printed."""
        found = {}
        for line in self.stdout.splitlines():
            parts = line.split()
            if len(parts) in (3, 4) and parts[0] == STAMP_PREFIX:
                found[parts[1]] = (float(parts[2]) - self.started) * 1000.0
        return found

    def cpu_ms(self) -> dict[str, float]:
        """The process's CPU milliseconds (all its threads) at each moment, where a stamp
        says it (`trustjournal-startup NAME CLOCK CPU`): steadier than the clock when
        other work shares the machine."""
        return {parts[1]: float(parts[3]) * 1000.0
                for parts in map(str.split, self.stdout.splitlines())
                if len(parts) == 4 and parts[0] == STAMP_PREFIX}

    def check(self, what: str) -> ChildRun:
        if self.exit_code != 0:
            raise AssertionError(
                f"{what} exited with {self.exit_code}:\n{self.stderr[-2000:]}"
            )
        return self


def _gnu_time() -> str | None:
    path = "/usr/bin/time"
    if not os.access(path, os.X_OK):
        return None
    probe = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    return path if "GNU" in probe.stdout + probe.stderr else None


# Fallback when GNU time is missing: a minimal Python parent for the measured process.
_RSS_WRAPPER = """\
import os, sys
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""

GNU_TIME = _gnu_time()
RSS_METHOD = (
    "GNU time %M (peak RSS of the measured process alone)"
    if GNU_TIME
    else "python wrapper with os.wait4 (peak RSS; floor = the wrapper's own ~8 MiB)"
)


def run_child(cmd: Sequence[str], env: dict[str, str], scratch: Path,
              timeout: float = CHILD_TIMEOUT_S) -> ChildRun:
    """Run cmd to completion, timing it from spawn to exit, and read its peak RSS.

    The peak RSS cannot come from this process's own wait: Linux counts the memory of
    the process that spawned a child (this big pytest process) into the child's peak
    when the child execs. So a small parent in between (GNU time, else a tiny Python
    wrapper) spawns the measured command and reports the command's own peak. Output
    goes to files so a chatty child never blocks on a full pipe.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    out_path, err_path = scratch / "stdout.txt", scratch / "stderr.txt"
    rss_path = scratch / "rss.txt"
    rss_path.unlink(missing_ok=True)
    cmd = list(cmd)
    if GNU_TIME:
        full = [GNU_TIME, "-f", "%M", "-o", str(rss_path), *cmd]
    else:
        full = [PYTHON, "-I", "-S", "-c", _RSS_WRAPPER, str(rss_path), *cmd]
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.monotonic()
        start = time.perf_counter()
        # A session of its own, so a stuck command can be stopped together with its parent.
        proc = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                env=env, start_new_session=True)
        # Popen.wait(timeout=...) polls with sleeps of up to 50 ms, which would round every
        # time up to the next poll; a blocking wait returns the moment the child exits, and
        # a watchdog thread stops a stuck child instead.
        stuck = threading.Event()

        def stop() -> None:
            stuck.set()
            os.killpg(proc.pid, signal.SIGKILL)

        watchdog = threading.Timer(timeout, stop)
        watchdog.start()
        try:
            code = proc.wait()
        finally:
            watchdog.cancel()
        elapsed = time.perf_counter() - start
        if stuck.is_set():
            raise AssertionError(
                f"{' '.join(cmd)} did not finish within {timeout:g} s and was stopped"
            )
    # GNU time puts a "Command exited with non-zero status" line first when it fails.
    lines = rss_path.read_text(encoding="utf-8").split() if rss_path.exists() else []
    rss_kib = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return ChildRun(
        seconds=elapsed,
        max_rss_bytes=rss_kib * 1024,  # Linux reports kibibytes
        exit_code=code,
        stdout=out_path.read_text(encoding="utf-8", errors="replace"),
        stderr=err_path.read_text(encoding="utf-8", errors="replace"),
        started=started,
    )


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def percentile(values: Iterable[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation): a value that was really measured."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = max(1, -(-len(ordered) * pct // 100))  # ceiling without floats drifting
    return ordered[int(rank) - 1]


# -- jrnl -----------------------------------------------------------------------------

JRNL_TIME_FORMAT = "%Y-%m-%d %H:%M"


def jrnl_config_text(journal_file: Path, jrnl_version: str) -> str:
    """A complete jrnl config, so jrnl never rewrites it or asks anything.

    Every key jrnl's defaults have is present and the version matches the installed
    one; otherwise jrnl "upgrades" the file on the first run, which would be timed.
    """
    return (
        f'version: "{jrnl_version}"\n'
        "journals:\n"
        f'  default: "{journal_file}"\n'
        'editor: ""\n'
        "encrypt: false\n"
        "template: false\n"
        "default_hour: 9\n"
        "default_minute: 0\n"
        f'timeformat: "{JRNL_TIME_FORMAT}"\n'
        'tagsymbols: "@"\n'
        "highlight: false\n"
        "linewrap: 79\n"
        'indent_character: "|"\n'
        "colors:\n"
        "  body: none\n"
        "  date: none\n"
        "  tags: none\n"
        "  title: none\n"
    )


def jrnl_entry_text(
    when: str, title: str, body: str, tags: Sequence[str], starred: bool
) -> str:
    """One entry in jrnl's plain-text format: `[date] title`, the body, then a blank line.

    jrnl takes the first line after the date as the title; an untitled entry's first
    line is therefore its first paragraph, as when one is typed into jrnl directly.
    A trailing ` *` on the title line stars the entry. jrnl finds tags anywhere in the
    text as the tag symbol followed by a word, so they go on a last line of their own.
    """
    body = body.strip("\n")
    if title:
        first, rest = title, body
    else:
        first, _, rest = body.partition("\n")
    header = f"[{when}] {first}" + (" *" if starred else "")
    tag_line = " ".join(f"@{t}" for t in tags)
    parts = [header, *(p for p in (rest.strip("\n"), tag_line) if p)]
    return "\n".join(parts) + "\n\n"


@dataclass(frozen=True)
class ExportSummary:
    entries: int
    starred: int
    tag_uses: dict[str, int]
    seconds: float


def export_to_jrnl(data_dir: Path, target: Path) -> ExportSummary:
    """Write every live entry of our journal into a jrnl plain-text file, oldest first.

    Reads through the public storage API (summaries page by page, then each body).
    """
    from trustjournal.storage import open_journal

    start = time.perf_counter()
    chunks: list[str] = []
    starred = 0
    tag_uses: dict[str, int] = {}
    journal = open_journal(data_dir / "notes.db", create=False)
    try:
        for summary in journal.iter_entries():
            body = journal.get_entry(summary.uuid).body
            when = dt_text(summary.local_date, summary.created_utc)
            chunks.append(
                jrnl_entry_text(when, summary.title, body, summary.tags, summary.starred)
            )
            starred += summary.starred
            for tag in summary.tags:
                tag_uses[tag.lower()] = tag_uses.get(tag.lower(), 0) + 1
    finally:
        journal.close()
    chunks.reverse()  # iter_entries is newest first; a jrnl file reads oldest first
    target.write_text("".join(chunks), encoding="utf-8")
    return ExportSummary(len(chunks), starred, tag_uses, time.perf_counter() - start)


def dt_text(local_date: dt.date, created_utc: dt.datetime) -> str:
    """The entry's own day with the (UTC) clock time it was written; jrnl wants both."""
    return f"{local_date.isoformat()} {created_utc.strftime('%H:%M')}"


def parse_with_jrnl(journal_file: Path) -> ExportSummary:
    """Read the exported file back with jrnl's own parser, to prove jrnl sees our data."""
    # jrnl 4.x trips a DeprecationWarning of Python's enum on import; the project's pytest
    # settings turn warnings into errors, and this one is jrnl's, not ours.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from jrnl.journals.Journal import Journal

    start = time.perf_counter()
    journal = Journal(
        "default", journal=str(journal_file), timeformat=JRNL_TIME_FORMAT, tagsymbols="@"
    )
    entries = journal._parse(journal_file.read_text(encoding="utf-8"))
    tag_uses: dict[str, int] = {}
    for entry in entries:
        for tag in entry.tags:
            name = tag.lstrip("@")
            tag_uses[name] = tag_uses.get(name, 0) + 1
    return ExportSummary(
        len(entries), sum(e.starred for e in entries), tag_uses, time.perf_counter() - start
    )
