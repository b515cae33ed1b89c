"""End to end: the installed app in a real X server (Xvfb), driven by real key presses.

A private Xvfb is started for the test, the `trustjournal` entry point is launched on it
exactly as a user would start it, and xdotool types into the window. What the app saved is
then read back with the headless CLI. Screenshots of each step are written to
tests/e2e/screenshots/ (ignored by git) so a person can look at what the test saw.

Needs the Debian packages xvfb and xdotool (and Qt's xcb libraries, see .ci/run). When they
are missing the test fails and says what to install: it never skips.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
WINDOW_TITLE = "TrustJournal"
APT_HINT = (
    "install the Debian packages with: apt-get install xvfb xdotool libxkbcommon-x11-0 "
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 "
    "libxcb-render-util0 libxcb-image0 libegl1 libgl1 fonts-dejavu-core (or run .ci/run)"
)
# From the title field: Tab to the tags field, Tab to the body (the editor's tab order).
TABS_TITLE_TO_BODY = 2
TYPE_DELAY_MS = 12
# Pixels that may differ between two screenshots of an idle window (the blinking cursor).
IDLE_NOISE_PIXELS = 150
# Another page on screen changes far more pixels than this; the same page far fewer.
BIG_CHANGE_PIXELS = 20_000
SMALL_CHANGE_PIXELS = 1_000


# -- helpers -----------------------------------------------------------------------------


def _require_tools() -> None:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{' and '.join(missing)} not found: {APT_HINT}", pytrace=False)
    try:
        from PIL import ImageGrab  # noqa: F401
    except ImportError:
        pytest.fail("Pillow is missing: pip install -e '.[test]'", pytrace=False)


def app_command() -> list[str]:
    """The installed entry point beside this interpreter, as a user would start it."""
    found = shutil.which("trustjournal", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "trustjournal"]


def wait_for(condition: Callable[[], Any], timeout: float, what: str,
             interval: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def changed_pixels(a: Any, b: Any) -> int:
    from PIL import ImageChops

    if a.size != b.size:
        return a.size[0] * a.size[1]
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    return diff.size[0] * diff.size[1] - diff.histogram()[0]


class XServer:
    """A private Xvfb on the first free display number (chosen by Xvfb via -displayfd)."""

    def __init__(self, log: Path) -> None:
        read_fd, write_fd = os.pipe()
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_fd,), stdin=subprocess.DEVNULL, stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        os.close(write_fd)
        number = b""
        deadline = time.monotonic() + 15
        try:
            while not number.endswith(b"\n"):
                left = deadline - time.monotonic()
                ready, _, _ = select.select([read_fd], [], [], max(left, 0))
                chunk = os.read(read_fd, 16) if ready else b""
                if not chunk:
                    self.stop()
                    pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')}",
                                pytrace=False)
                number += chunk
        finally:
            os.close(read_fd)
        self.display = f":{int(number)}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


class Desktop:
    """Runs the app on the X server and drives it like a person at the keyboard."""

    def __init__(self, xserver: XServer, tmp: Path) -> None:
        self.x = xserver
        self.tmp = tmp
        self.data_dir = tmp / "journal-data"
        runtime = tmp / "xdg-runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME", "XAUTHORITY")}
        self.env.update(DISPLAY=xserver.display, QT_QPA_PLATFORM="xcb",
                        XDG_RUNTIME_DIR=str(runtime), NO_AT_BRIDGE="1")
        self.proc: subprocess.Popen[bytes] | None = None
        self.window: str | None = None
        self.runs = 0
        self._log_file: Any = None

    # -- the app ---------------------------------------------------------------------

    @property
    def log_path(self) -> Path:
        return self.tmp / f"app-{self.runs}.log"

    def launch(self) -> None:
        assert self.proc is None, "the app is already running"
        self.runs += 1
        self._log_file = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [*app_command(), "--data-dir", str(self.data_dir)],
            env=self.env, stdin=subprocess.DEVNULL, stdout=self._log_file,
            stderr=subprocess.STDOUT, start_new_session=True,
        )
        self.window = self.wait(self._find_window, 30, "the TrustJournal window")
        self.xdotool("windowfocus", "--sync", self.window)
        self.wait(self._painted, 10, "the window to be painted")
        self.wait(self._answers_keys, 30, "the window to answer Ctrl+1 and Ctrl+2")

    def _answers_keys(self) -> bool:
        """Ready once Ctrl+1/Ctrl+2 flip the page there and back (Today, Journal, Today).

        The window is on screen before the journal is open and its pages exist; keys
        pressed before that are lost, so the test waits for the round trip. Going back to
        the same picture rules out the one-off change of the pages appearing by themselves.
        """
        self.key("ctrl+1")
        today = self.settle()
        self.key("ctrl+2")
        journal = self.settle()
        self.key("ctrl+1")
        again = self.settle()
        return (changed_pixels(today, journal) > BIG_CHANGE_PIXELS
                and changed_pixels(journal, again) > BIG_CHANGE_PIXELS
                and changed_pixels(today, again) <= SMALL_CHANGE_PIXELS)

    def _find_window(self) -> str | None:
        if self.proc is not None and self.proc.poll() is not None:
            self.fail(f"the app exited with code {self.proc.returncode} before showing "
                      "its window (if the output below mentions the xcb platform plugin, "
                      f"Qt's X11 libraries are missing: {APT_HINT})")
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", f"^{WINDOW_TITLE}$"],
            env=self.env, capture_output=True, text=True, timeout=10,
        )
        ids = found.stdout.split()
        return ids[0] if ids else None

    def _painted(self) -> bool:
        # An unpainted window is one flat colour; a painted one has text and widgets.
        colors = self.grab().getcolors(maxcolors=1 << 16)
        return colors is None or len(colors) > 20

    def wait_exit(self, timeout: float = 20) -> None:
        """Wait for the app to quit and check it quit cleanly."""
        assert self.proc is not None
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.fail(f"the app did not quit within {timeout:.0f} s")
        self._closed()
        output = self.app_log()
        assert code == 0, f"the app exited with code {code}:\n{output}"
        assert "Traceback" not in output and "unexpected" not in output, output

    def _closed(self) -> None:
        self.proc = None
        self.window = None
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def kill(self) -> None:
        """Teardown: end the app if it is still running (its whole process group)."""
        if self.proc is not None:
            if self.proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self._closed()

    def app_log(self) -> str:
        path = self.log_path
        return path.read_text(errors="replace") if path.exists() else ""

    def fail(self, message: str) -> Any:
        shot = ""
        try:
            shot = f"\nscreenshot: {self.screenshot('failure')}"
        except Exception as exc:  # the X server itself may be the problem
            shot = f"\n(no screenshot: {exc})"
        pytest.fail(f"{message}{shot}\n--- app output ---\n{self.app_log()}", pytrace=False)

    def wait(self, condition: Callable[[], Any], timeout: float, what: str) -> Any:
        try:
            return wait_for(condition, timeout, what)
        except TimeoutError as exc:
            return self.fail(str(exc))

    # -- input -----------------------------------------------------------------------

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                              text=True, timeout=30)
        if done.returncode != 0:
            self.fail(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", str(TYPE_DELAY_MS), text)

    def click(self, fx: float, fy: float) -> None:
        """Click at a point given as fractions of the window's width and height."""
        x, y, w, h = self.geometry()
        self.xdotool("mousemove", "--sync", str(x + int(w * fx)), str(y + int(h * fy)))
        self.xdotool("click", "1")

    # -- the screen ------------------------------------------------------------------

    def geometry(self) -> tuple[int, int, int, int]:
        assert self.window is not None
        shell = self.xdotool("getwindowgeometry", "--shell", self.window)
        values = dict(line.split("=", 1) for line in shell.split() if "=" in line)
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])

    def grab(self) -> Any:
        """The app's window as an image (the whole screen if there is no window)."""
        from PIL import ImageGrab

        screen = ImageGrab.grab(xdisplay=self.x.display)
        if self.window is None:
            return screen
        x, y, w, h = self.geometry()
        return screen.crop((x, y, x + w, y + h))

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.grab().save(path)
        return path

    def settle(self, timeout: float = 10) -> Any:
        """Wait until two screenshots 150 ms apart differ by no more than a blinking cursor."""
        last = [self.grab()]

        def still() -> Any:
            time.sleep(0.15)
            now = self.grab()
            calm = changed_pixels(now, last[0]) <= IDLE_NOISE_PIXELS
            last[0] = now
            return now if calm else None

        return self.wait(still, timeout, "the window to stop changing")

    # -- the headless CLI ------------------------------------------------------------

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*app_command(), "--data-dir", str(self.data_dir), *args],
            env=self.env, capture_output=True, text=True, timeout=60,
        )

    def cli_json(self, *args: str) -> Any:
        done = self.cli(*args, "--json")
        assert done.returncode == 0, f"trustjournal {' '.join(args)} failed:\n{done.stderr}"
        return json.loads(done.stdout)

    def journal_written_since(self, since_ns: int) -> bool:
        """True once the journal file (or its write-ahead log) was written after since_ns."""
        for name in ("notes.db", "notes.db-wal"):
            try:
                if (self.data_dir / name).stat().st_mtime_ns > since_ns:
                    return True
            except FileNotFoundError:
                continue
        return False


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    _require_tools()
    for old in SCREENSHOTS.glob("*.png"):  # the folder shows the latest run only
        old.unlink()
    xserver = XServer(tmp_path / "xvfb.log")
    app = Desktop(xserver, tmp_path)
    try:
        yield app
    finally:
        app.kill()
        xserver.stop()


# -- the test ----------------------------------------------------------------------------


def test_write_an_entry_then_find_it_again(desktop: Desktop) -> None:
    marker = "zq" + uuid.uuid4().hex[:10]
    title = "Talking about the weekend"
    body = f"We talked calmly tonight and I felt heard {marker} for once"
    added_marker = "yq" + uuid.uuid4().hex[:10]

    # A plain journal made headless first, so the app opens it without the first-run screen
    # (the privacy end-to-end test goes through that screen).
    made = desktop.cli("init")
    assert made.returncode == 0, made.stderr

    # Session 1: a new entry, typed with real key presses, kept by the autosave.
    desktop.launch()
    desktop.screenshot("01-launched")
    desktop.key("ctrl+n")
    desktop.type(title)
    desktop.key(*["Tab"] * TABS_TITLE_TO_BODY)
    desktop.type(body)
    typed_ns = time.time_ns()
    # The autosave timer restarts on every key press, so the first write after the last
    # key is the autosave of the whole entry (about 1.5 s later).
    desktop.wait(lambda: desktop.journal_written_since(typed_ns), 15,
                 "the autosave to write the journal")
    desktop.settle()
    desktop.screenshot("02-entry-typed")
    desktop.key("ctrl+q")
    desktop.wait_exit()

    hits = desktop.cli_json("search", marker)
    assert len(hits) == 1, (
        f"expected one entry with {marker!r}, found {hits!r}; if the text went into another "
        f"field, the Tab order in the editor changed (see TABS_TITLE_TO_BODY). "
        f"All entries: {desktop.cli_json('list')!r}"
    )
    hit = hits[0]
    assert hit["title"] == title
    assert hit["preview"] == body
    assert hit["tags"] == []
    assert hit["words"] == len(body.split())
    assert marker in hit["snippet"]

    # Session 2: find it with Ctrl+F, open it with Enter, add a word, quit.
    desktop.launch()
    desktop.key("ctrl+f")
    before = desktop.settle()
    desktop.type(marker)
    time.sleep(0.5)  # the search starts 200 ms after the last key
    results = desktop.settle()
    assert changed_pixels(before, results) > 2000, "no search results appeared"
    desktop.screenshot("03-search-results")

    desktop.key("Return")
    desktop.wait(lambda: changed_pixels(results, desktop.grab()) > BIG_CHANGE_PIXELS, 10,
                 "Enter to open the entry in the Journal page")
    desktop.settle()
    desktop.screenshot("04-entry-opened")

    # Prove the entry that opened is the one found: write into it and check by its uuid.
    desktop.click(0.7, 0.5)  # the body editor fills the right part of the Journal page
    desktop.key("ctrl+End")
    desktop.type(f" {added_marker}")
    typed_ns = time.time_ns()
    desktop.key("ctrl+s")
    desktop.wait(lambda: desktop.journal_written_since(typed_ns), 10,
                 "Ctrl+S to write the journal")
    time.sleep(0.4)  # the word count under the editor follows 300 ms after the last key
    desktop.settle()
    desktop.screenshot("05-entry-edited")
    desktop.key("ctrl+q")
    desktop.wait_exit()

    edited = desktop.cli_json("search", added_marker)
    assert [h["uuid"] for h in edited] == [hit["uuid"]]
    assert edited[0]["title"] == title
    assert edited[0]["preview"] == f"{body} {added_marker}"
    assert len(desktop.cli_json("list")) == 1, "opening the entry must not create another one"

    check = desktop.cli("check")
    assert check.returncode == 0, f"trustjournal check failed:\n{check.stdout}{check.stderr}"
    assert "healthy" in check.stdout
