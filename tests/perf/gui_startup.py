"""The GUI start-up contest on its own, against journals built once and kept.

The full benchmark builds its journals (and their jrnl copies) every session, which takes
minutes at 100 k; working on start-up needs the same contest many times. So:

    python -m tests.perf.gui_startup DATA_DIR [DATA_DIR ...] [--runs N]

runs the bare window and our window in turns on each data folder (made with
`trustjournal --data-dir DATA_DIR demo --entries N`) and prints the medians of "painted"
and "usable" and their ratios to the bare window's first paint, measured the same way
as `test_gui_startup_against_bare_window`. With `--base SOURCE_TREE` (an unpacked older
commit, e.g. `git archive main | tar -x -C DIR`) that tree's app takes its turns too, so
before and after come from one run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.perf import helpers
from tests.perf.journals import child_env

# The app from a given source tree: the installed (editable) package's finder is taken
# out first, so the tree's own `trustjournal` is the one imported. Each stamp line the
# app prints gets the process's CPU time added (any tree's app, older ones too).
_FROM_TREE = """\
import runpy, sys, time
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in getattr(f, "__module__", "")]
class _Out:
    def __init__(self, out):
        self.out = out
    def write(self, text):
        if text.startswith("trustjournal-startup ") and text.endswith("\\n"):
            text = f"{text[:-1]} {time.process_time():.6f}\\n"
        return self.out.write(text)
    def __getattr__(self, name):
        return getattr(self.out, name)
sys.stdout = _Out(sys.stdout)
sys.path.insert(0, sys.argv.pop(1))
sys.argv[0] = "trustjournal"
runpy.run_module("trustjournal", run_name="__main__", alter_sys=True)
"""


def app_command(tree: Path, data_dir: Path) -> list[str]:
    return [helpers.PYTHON, "-c", _FROM_TREE, str(tree), "--data-dir", str(data_dir)]


def contest(data_dir: Path, runs: int, env: dict[str, str], scratch: Path,
            trees: dict[str, Path], data_for: dict[str, Path] | None = None
            ) -> dict[str, list[float]]:
    """Spawn-to-stamp milliseconds: the bare window's 'painted', and each tree's
    'painted' and 'usable' (keys 'NAME painted', 'NAME usable'). A tree named in
    `data_for` opens its own copy of the journal (an older tree cannot open a journal
    a newer one has upgraded)."""
    probe = {**env, "TRUSTJOURNAL_STARTUP_PROBE": "ready"}
    data_for = data_for or {}
    sides = [("bare", [helpers.PYTHON, "-c", helpers.BARE_WINDOW_SCRIPT], env)]
    sides += [(name, app_command(tree, data_for.get(name, data_dir)), probe)
              for name, tree in trees.items()]
    found: dict[str, list[float]] = {"bare": []}
    for side, cmd, side_env in sides:  # untimed: caches warm for all
        helpers.run_child(cmd, side_env, scratch / side).check(side)
        if side != "bare":
            found[f"{side} painted"], found[f"{side} usable"] = [], []
    for i in range(runs):
        k = i % len(sides)
        for side, cmd, side_env in sides[k:] + sides[:k]:
            run = helpers.run_child(cmd, side_env, scratch / side).check(side)
            stamps, cpu = run.stamps_ms(), run.cpu_ms()
            if side == "bare":
                found["bare"].append(stamps["painted"])
                found.setdefault("bare cpu", []).append(cpu["painted"])
            else:
                assert "Traceback" not in run.stderr, run.stderr
                for moment in ("painted", "usable"):
                    found[f"{side} {moment}"].append(stamps[moment])
                    found.setdefault(f"{side} {moment} cpu", []).append(cpu[moment])
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dirs", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--base", type=Path, help="an older source tree to take turns too")
    parser.add_argument("--base-data", type=Path,
                        help="the base's own copy of the data folder, at the revision it "
                             "knows (one data folder only)")
    args = parser.parse_args(argv)
    import trustjournal

    trees = {"ours": Path(trustjournal.__file__).parent.parent}
    if args.base is not None:
        trees["base"] = args.base.resolve()
    for tree in trees.values():
        subprocess.run([helpers.PYTHON, "-m", "compileall", "-q", str(tree / "trustjournal")],
                       check=True)
    with tempfile.TemporaryDirectory() as root:
        env = child_env(Path(root))
        for data_dir in args.data_dirs:
            data_for = {"base": args.base_data} if args.base_data is not None else {}
            found = contest(data_dir, args.runs, env, Path(root) / "runs", trees, data_for)
            # The clock's moments, then the same in CPU time (the whole process, from
            # its start): ratios that hold when other work shares the machine and the
            # clock wanders.
            for clock, suffix in (("", ""), ("CPU: ", " cpu")):
                bare = helpers.median(found[f"bare{suffix}"])
                print(f"{data_dir.name}: {clock}bare window painted {bare:.0f} ms")
                for name in trees:
                    painted = helpers.median(found[f"{name} painted{suffix}"])
                    usable = helpers.median(found[f"{name} usable{suffix}"])
                    print(f"  {clock}{name}: painted {painted:.0f} ms "
                          f"({painted / bare:.2f}x); usable {usable:.0f} ms "
                          f"({usable / bare:.2f}x)")
            print("  samples:", {k: [round(t) for t in v] for k, v in found.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
