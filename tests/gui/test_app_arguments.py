"""Starting the window reads the program's own options without the CLI or its parser;
anything else is parsed by the whole CLI, and both always agree."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from typing import Any

import pytest

from trustjournal import app, cli, cli_parser


def spy_on_parser(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    built: list[Any] = []
    real = cli_parser.build_parser

    def spy(*args: Any, **kwargs: Any) -> Any:
        built.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(cli_parser, "build_parser", spy)
    return built


@pytest.mark.parametrize("argv", [
    [], ["--data-dir", "d"], ["--data-dir=d", "--in-tray"], ["--data-dir="],
    ["--passphrase-file", "f", "--install-desktop-entry"], ["--remove-desktop-entry"],
    ["--data-dir", "a", "--data-dir", "b"], ["--in-tray", "--in-tray"],
    ["--data-dir", "list"], ["--data-dir=-x"], ["--passphrase-file=a=b", "--data-dir", ""],
])
def test_the_window_s_options_read_as_the_whole_cli_reads_them(
        argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    built = spy_on_parser(monkeypatch)
    mine = app._parse(list(argv))
    assert built == []  # no parser was built for the window
    assert vars(mine) == vars(cli.parse(list(argv)))


@pytest.mark.parametrize("argv", [
    ["--help"], ["--data", "d"], ["list"], ["--data-dir"], ["--in-tray", "nonsense"],
    ["--data-dir", "--in-tray"], ["--in-tray=yes"], ["-h"], ["--version"],
])
def test_anything_else_goes_through_the_whole_cli(
        argv: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    built = spy_on_parser(monkeypatch)
    with contextlib.suppress(SystemExit):
        app._parse(list(argv))
    assert built
    if argv == ["--help"]:
        assert "    list" in capsys.readouterr().out  # every command is still named


def test_a_mistake_among_the_window_s_options_reads_the_same(
        capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--install-desktop-entry", "--remove-desktop-entry"]
    said = []
    for parse in (app._parse, cli.parse):
        with pytest.raises(SystemExit) as stop:
            parse(list(argv))
        said.append((stop.value.code, capsys.readouterr().err))
    assert said[0] == said[1] and said[0][0] == 2 and "not allowed with" in said[0][1]


def test_starting_the_window_loads_neither_the_cli_nor_its_parser() -> None:
    probe = ("import json, sys; from trustjournal import app; app._parse(['--data-dir', 'x']); "
             "print(json.dumps([m in sys.modules for m in "
             "('trustjournal.cli', 'trustjournal.cli_parser', 'argparse')]))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == [False, False, False]
