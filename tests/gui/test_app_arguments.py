"""Starting the window parses the program's own options without the commands' parsers;
anything else is parsed by the whole CLI, so both always agree."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

from trustjournal import app, cli, cli_parser


@pytest.mark.parametrize("argv", [
    [], ["--data-dir", "d"], ["--data-dir=d", "--in-tray"],
    ["--passphrase-file", "f", "--install-desktop-entry"], ["--remove-desktop-entry"],
])
def test_the_window_s_options_read_as_the_whole_cli_reads_them(
        argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[dict[str, Any]] = []
    real = cli_parser.build_parser

    def spy(*args: Any, **kwargs: Any) -> Any:
        built.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(cli_parser, "build_parser", spy)
    assert vars(app._parse(argv)) == vars(cli.parse(list(argv)))
    assert built[0] == {"listed": False}  # the window's: no command listed


@pytest.mark.parametrize("argv", [
    ["--help"], ["--data", "d"], ["list"], ["--data-dir"], ["--in-tray", "nonsense"],
])
def test_anything_else_goes_through_the_whole_cli(
        argv: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    built: list[dict[str, Any]] = []
    real = cli_parser.build_parser

    def spy(*args: Any, **kwargs: Any) -> Any:
        built.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(cli_parser, "build_parser", spy)
    with contextlib.suppress(SystemExit):
        app._parse(argv)
    assert built and built[0].get("listed", True)
    out = capsys.readouterr()
    if argv == ["--help"]:
        assert "    list" in out.out  # every command is still named in the help


def test_a_mistake_among_the_window_s_options_reads_the_same(
        capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--install-desktop-entry", "--remove-desktop-entry"]
    said = []
    for parse in (app._parse, cli.parse):
        with pytest.raises(SystemExit) as stop:
            parse(list(argv))
        said.append((stop.value.code, capsys.readouterr().err))
    assert said[0] == said[1] and said[0][0] == 2 and "not allowed with" in said[0][1]
