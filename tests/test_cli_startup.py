"""CLI start-up: a command builds only its own parser and loads only what it uses.

Each run is a fresh process with an audit hook, so what it imports and which files it
opens are its own (pytest's process has long imported everything).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trustjournal import cli, cli_parser

# Runs the CLI as `trustjournal ARGS...` would, then reports the exchange modules it
# imported and the files under resources/exercises it opened.
PROBE = """\
import json, sys
from pathlib import Path

opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, Path)):
        opened.append(str(args[0]))
    elif event == "os.listdir" or event == "os.scandir":
        opened.append(str(args[0]))
sys.addaudithook(hook)

from trustjournal.app import main

code = main(sys.argv[1:])
sys.stdout.flush()
report = {
    "code": code,
    "exchange": sorted(m for m in sys.modules if m.startswith("trustjournal.exchange.")),
    # The shipped exercise files, not the code of trustjournal.core.exercises.
    "exercise_files": [p for p in opened
                       if "exercises" in Path(p).parts and "core" not in Path(p).parts],
}
sys.stderr.write("\\nPROBE " + json.dumps(report) + "\\n")
"""


def probe(tmp_path: Path, *args: str) -> dict[str, object]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("TRUSTJOURNAL_PASSPHRASE", None)
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=tmp_path)
    line = next(x for x in done.stderr.splitlines() if x.startswith("PROBE "))
    return json.loads(line.removeprefix("PROBE "))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from trustjournal.storage import open_journal

    path = tmp_path_factory.mktemp("cli-startup")
    with open_journal(path / "notes.db") as journal:
        journal.create_entry(title="Quiet", body="a calm walk by the river", tags=["calm"])
    return path


@pytest.mark.parametrize("args", [["list"], ["list", "--tag", "calm", "--json"],
                                  ["search", "river"], ["search", "--tag", "calm"]])
def test_list_and_search_load_no_format_and_no_exercise_file(
    tmp_path: Path, folder: Path, args: list[str]
) -> None:
    found = probe(tmp_path, "--data-dir", str(folder), *args)
    assert found["code"] == 0
    assert found["exchange"] in ([], ["trustjournal.exchange.model"]), found["exchange"]
    assert found["exercise_files"] == []


def test_the_probe_sees_what_export_loads(tmp_path: Path, folder: Path) -> None:
    # The same probe on a command that does need them: it would notice.
    found = probe(tmp_path, "--data-dir", str(folder), "export", "--format", "json",
                  "--out", str(tmp_path / "out.json"))
    assert found["code"] == 0
    assert "trustjournal.exchange.registry" in found["exchange"]  # type: ignore[operator]
    assert (tmp_path / "out.json").exists()


def commands_with_arguments(parser: object) -> set[str]:
    """Subcommands that got their own arguments (a listed-only one has just -h)."""
    action = next(a for a in parser._actions if a.dest == "command")  # type: ignore[attr-defined]
    return {name for name, sub in action.choices.items()
            if any(a.dest != "help" for a in sub._actions)}


def test_a_command_builds_only_its_own_parser() -> None:
    for name in ("list", "search", "export", "show", "stats"):
        parser, _ = cli_parser.build_parser(cli_parser.command_in(["--data-dir", "x", name]))
        assert commands_with_arguments(parser) == {name}
    everything, _ = cli_parser.build_parser()
    assert commands_with_arguments(everything) == set(cli_parser.COMMAND_TABLE)


def test_every_command_is_listed_whatever_was_built() -> None:
    for command in ("", "list", "export", None):
        parser, _ = cli_parser.build_parser(command)
        action = next(a for a in parser._actions if a.dest == "command")
        assert list(action.choices) == list(cli_parser.COMMAND_TABLE)
    names = {"init", "list", "search", "export", "import", "stats", "completion"}
    assert names <= set(cli_parser.COMMAND_TABLE)


def test_the_command_is_found_after_the_programs_own_options() -> None:
    assert cli_parser.command_in(["--data-dir", "list", "search", "x"]) == "search"
    assert cli_parser.command_in(["--passphrase-file=f", "list"]) == "list"
    assert cli_parser.command_in(["--help"]) == ""
    assert cli_parser.command_in([]) == ""
    # An abbreviated option hides where its value ends: argparse decides, on everything.
    assert cli_parser.command_in(["--data", "x", "list"]) is None
    args = cli.parse(["--data", "somewhere", "list", "-n", "3"])
    assert (args.command, args.data_dir, args.limit) == ("list", "somewhere", 3)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.parse(["--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    for name, (_module, help_text) in cli_parser.COMMAND_TABLE.items():
        assert f"    {name}" in text
        assert help_text.split()[0] in text
