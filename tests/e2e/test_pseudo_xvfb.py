"""End to end in the pseudo-locale: the installed app started with
TRUSTJOURNAL_LANGUAGE=en_XA on a demo journal, photographed on every page and in two
dialogs, in the light and the dark theme, so a person can see at a glance which text is
not translated yet (plain English among the [ƀŕáçķéŧéđ ~·] text) and what does not fit.

Screenshots go to tests/e2e/screenshots/70-pseudo-<theme>-<page>.png (ignored by git).
The strings themselves are checked by tests/gui/test_pseudo_locale.py; this run shows
them as drawn by a real X server with the app's own fonts.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_app_xvfb import (
    PAGE_KEYS,
    PSEUDO_PREFIX,
    SCREENSHOTS,
    Desktop,
    XServer,
    _require_tools,
    changed_pixels,
)

pytestmark = pytest.mark.e2e

SIZE = (1024, 700)
PREFIX = PSEUDO_PREFIX
# Shortcuts that open a dialog, and the name its screenshot gets.
DIALOGS = (("ctrl+shift+e", "export"), ("F1", "safety"))


@pytest.fixture
def pseudo_desktop(tmp_path: Path) -> Iterator[Desktop]:
    _require_tools()
    for old in SCREENSHOTS.glob(f"{PREFIX}*.png"):
        old.unlink()
    xserver = XServer(tmp_path / "xvfb.log")
    app = Desktop(xserver, tmp_path)
    app.env["TRUSTJOURNAL_LANGUAGE"] = "en_XA"
    try:
        yield app
    finally:
        app.kill()
        xserver.stop()


def other_window(desktop: Desktop, main: str) -> str | None:
    """A visible window of the app other than the main one (a dialog), found without
    its title, which the pseudo-locale changes."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                           env=desktop.env, capture_output=True, text=True, timeout=10)
    others = [window for window in found.stdout.split() if window != main]
    return others[-1] if others else None


def test_every_page_and_two_dialogs_in_the_pseudo_locale(pseudo_desktop: Desktop) -> None:
    desktop = pseudo_desktop
    desktop.data_dir = desktop.tmp / "demo-data"
    made = desktop.cli("demo", "--entries", "80", "--years", "1")
    assert made.returncode == 0, made.stderr
    pictures: dict[str, Any] = {}
    for theme in ("light", "dark"):
        (desktop.data_dir / "appearance.json").write_text(json.dumps({"theme": theme}))
        desktop.launch()
        assert desktop.window is not None
        main = desktop.window
        desktop.xdotool("windowsize", "--sync", main, str(SIZE[0]), str(SIZE[1]))
        assert desktop.settle().size == SIZE
        for keys, page in PAGE_KEYS:
            if page == "today":
                desktop.key(keys)
                picture = desktop.settle()
            else:
                picture = desktop.act(lambda k=keys: desktop.key(k), f"the {page} page")
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            picture.save(SCREENSHOTS / f"{PREFIX}{theme}-{page}.png")
            pictures[f"{theme}-{page}"] = picture
        for keys, name in DIALOGS:
            desktop.key(keys)
            dialog = desktop.wait(lambda m=main: other_window(desktop, m), 10,
                                  f"the {name} dialog")
            desktop.window = dialog
            try:
                desktop.snap(f"{PREFIX}{theme}-{name}")
                desktop.key("Escape")
                desktop.wait(lambda m=main: other_window(desktop, m) is None, 10,
                             f"the {name} dialog to close")
            finally:
                desktop.window = main
            desktop.xdotool("windowfocus", "--sync", main)
        desktop.key("ctrl+q")
        desktop.wait_exit()
    for _keys, page in PAGE_KEYS:
        assert (SCREENSHOTS / f"{PREFIX}light-{page}.png").is_file()
        # Each theme drew its own colours.
        assert changed_pixels(pictures[f"light-{page}"], pictures[f"dark-{page}"]) > (
            SIZE[0] * SIZE[1] // 4)
    for _keys, name in DIALOGS:
        assert (SCREENSHOTS / f"{PREFIX}dark-{name}.png").is_file()
