"""The benchmark's one table: rows collected during the run, printed and saved at the end."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

MEMORY = "Peak memory (max RSS), median over the same runs"

# Sections of the table, in the order they are printed.
GROUPS = (
    "Build (CLI `demo`, one run)",
    "Export to jrnl format (benchmark setup, one run)",
    "CLI full-text search, whole process",
    "CLI tag filter, whole process",
    "In-process search (Journal.search)",
    "GUI start-up, offscreen",
    "CLI start-up cost",
    MEMORY,
)

LEGEND = (
    "Ratios: jrnl/ours = how many times faster we are than jrnl (higher is better); "
    "ours/bare, ours/python, ours/jrnl = how many times the reference's time or memory "
    "we take (lower is better)."
)


@dataclass
class Row:
    """One line of the table. `ratio` is reference ÷ ours unless `ratio_text` says otherwise."""

    group: str
    label: str
    ours: float | None
    unit: str
    reference: float | None = None
    reference_name: str = ""
    ratio: float | None = None
    ratio_text: str = ""
    target: str = ""
    passed: bool | None = None
    note: str = ""
    # The individual measurements behind a median, in `unit` (for the JSON file only).
    samples: dict[str, list[float]] = field(default_factory=dict)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "ms":
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:,.2f} s"
    if unit == "MiB":
        return f"{value:,.1f} MiB" if value < 10 else f"{value:,.0f} MiB"
    if unit == "x":
        return f"{value:,.1f}×"
    return f"{value:,} {unit}".strip()


@dataclass
class Report:
    meta: dict[str, object] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        if row.group not in GROUPS:
            raise ValueError(f"unknown group {row.group!r}")
        self.rows.append(row)
        return row

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    # -- output ----------------------------------------------------------------------

    def table(self) -> str:
        header = ("Measure", "Ours", "Reference", "Ratio", "Target", "Result", "Note")
        lines: list[tuple[str, ...]] = []
        for group in GROUPS:
            rows = [r for r in self.rows if r.group == group]
            if not rows:
                continue
            lines.append((f"[{group}]",))
            for r in rows:
                reference = _fmt(r.reference, r.unit)
                if reference and r.reference_name:
                    reference = f"{r.reference_name} {reference}"
                ratio = ""
                if r.ratio is not None:
                    ratio = f"{r.ratio:,.1f}×" if r.ratio < 1000 else f"{r.ratio:,.0f}×"
                    if r.ratio_text:
                        ratio = f"{r.ratio_text} {ratio}"
                result = "" if r.passed is None else ("PASS" if r.passed else "FAIL")
                lines.append((f"  {r.label}", _fmt(r.ours, r.unit), reference, ratio, r.target,
                              result, r.note))
        widths = [len(h) for h in header]
        for line in lines:
            if len(line) == len(header):
                widths = [max(w, len(c)) for w, c in zip(widths, line, strict=True)]
        rule = "-+-".join("-" * w for w in widths)

        def render(cells: tuple[str, ...]) -> str:
            return " | ".join(
                c.ljust(w) if i in (0, 2, 4, 6) else c.rjust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()

        out = [render(header), rule]
        for line in lines:
            out.append(line[0] if len(line) == 1 else render(line))
        return "\n".join(out)

    def text(self) -> str:
        m = self.meta
        title = (
            f"TrustJournal benchmark — {m.get('small_entries', '?'):,} / "
            f"{m.get('large_entries', '?'):,} entries, {m.get('runs', '?')} timed runs per "
            f"median, {m.get('started', '')}"
        )
        checked = [r for r in self.rows if r.passed is not None]
        failed = [r for r in checked if not r.passed]
        summary = f"Targets: {len(checked) - len(failed)} of {len(checked)} met" + "".join(
            f"\n  FAILED {r.group}: {r.label}: "
            f"{_fmt(r.ratio, 'x') if r.ratio is not None else _fmt(r.ours, r.unit)}, "
            f"target {r.target}"
            for r in failed
        )
        notes = "\n".join(f"  * {n}" for n in self.notes)
        machine = (
            f"Machine: {m.get('machine', '')}; Python {m.get('python', '')}; "
            f"jrnl {m.get('jrnl', '')}; commit {m.get('commit', '')}"
        )
        return "\n".join(
            ["", "=" * len(title), title, "=" * len(title), self.table(), "", summary,
             machine, LEGEND, "Notes:", notes, ""]
        )

    def to_json(self) -> dict[str, object]:
        return {
            "meta": self.meta,
            "rows": [asdict(r) for r in self.rows],
            "targets": [
                {"label": r.label, "group": r.group, "target": r.target, "passed": r.passed,
                 "ours": r.ours, "reference": r.reference, "ratio": r.ratio, "unit": r.unit}
                for r in self.rows
                if r.passed is not None
            ],
            "notes": self.notes,
        }

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], capture_output=True, text=True, cwd=Path(__file__).parent,
        check=True, timeout=10,
    ).stdout.strip()


def _commit() -> str:
    """The checked-out commit, with "+dirty" when tracked files differ from it."""
    try:
        head = _git("rev-parse", "--short", "HEAD")
        dirty = _git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head}+dirty" if dirty else head


def machine_meta() -> dict[str, object]:
    return {
        "commit": _commit(),
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "executable": sys.executable,
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
    }
