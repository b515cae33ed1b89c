"""End to end: the installed app in a real X server (Xvfb), driven by real key presses.

A private Xvfb is started for the test, the `trustjournal` entry point is launched on it
exactly as a user would start it, and xdotool types into the window. What the app saved is
then read back with the headless CLI. Screenshots of each step are written to
tests/e2e/screenshots/ (ignored by git) so a person can look at what the test saw: 00-…
for the first-run screen without a passphrase, 01-… to 05-… for writing and finding an
entry, 20-… for the "Challenge a thought" exercise, 30-… for the daily check-in, 40-…
for first run with a passphrase, the lock and unlocking again, 60-… to 64-… for every
page in the light and the dark theme at 1400×900 and 1024×700 (demo journal), the empty
journal and the first-run screen in both themes.

A new journal first shows the first-run screen. The writing test goes through it by
keyboard ("No passphrase"), the privacy test with a passphrase; the exercise test starts
on a journal made beforehand with `trustjournal init`, as its subject is elsewhere.
Encrypted journals are unlocked with the real Argon2id parameters (about half a second).

There is no window manager on the private X server, so dialogs have no frame and the
test hands the keyboard back to the main window itself when a dialog closes.

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
PSEUDO_PREFIX = "70-pseudo-"  # test_pseudo_xvfb.py's pictures
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
# The next step of an exercise (new prompt, step label, progress) changes more than this.
STEP_CHANGE_PIXELS = 800
# Where the keyboard is right after launch depends on how soon the journal opens, so the
# test first puts it in the search box (Ctrl+F); switching page from there moves it to the
# new page's first control. On the Exercises page that is the perspective menu; Tab goes
# on to "New exercise" and "Import an exercise…", the list of cards, then each card's
# Start and "Duplicate and adapt", and "Challenge a thought" is the third card. The Today
# page's check-in is reached with its own Alt+D.
TABS_EXERCISES_TO_CHALLENGE_START = 8
# The recovery-key screen starts on "Copy"; Tab goes on to "Save to a file…", "Print…"
# and the check box "I have stored my recovery key somewhere safe" ("Continue" is
# disabled, so out of the Tab order, until the box is ticked).
TABS_COPY_TO_STORED = 3
# Environment that would change what the app or the CLI does behind the test's back.
APP_ENVIRONMENT = ("WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME", "XAUTHORITY", "TRUSTJOURNAL_HOME",
                   "TRUSTJOURNAL_PASSPHRASE", "TRUSTJOURNAL_NEW_PASSPHRASE",
                   "TRUSTJOURNAL_RECOVERY_KEY", "TRUSTJOURNAL_STARTUP_PROBE")


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


def changed_pixels_aligned(a: Any, b: Any, band: int = 40, top: int = 80) -> int:
    """Changed pixels between two pictures of one window whose content may sit a little
    higher or lower in one of them (a status bar comes and goes at the bottom and the
    centred content moves by half its height).

    The top `top` pixels (the menu bar and the toolbar) are compared as they are, the
    middle at the vertical shift of up to `band` pixels where the two match best; the
    bottom band (the status bar) is left out.
    """
    if a.size != b.size:
        return a.size[0] * a.size[1]
    width, height = a.size
    fixed = changed_pixels(a.crop((0, 0, width, top)), b.crop((0, 0, width, top)))
    middle = a.crop((0, top + band, width, height - band))
    return fixed + min(
        changed_pixels(middle, b.crop((0, top + band + shift, width, height - band + shift)))
        for shift in range(-band, band + 1)
    )


class XServer:
    """A private Xvfb on the first free display number (chosen by Xvfb via -displayfd)."""

    def __init__(self, log: Path) -> None:
        read_fd, write_fd = os.pipe()
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24",
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
        self.env = {k: v for k, v in os.environ.items() if k not in APP_ENVIRONMENT}
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

    def launch(self, *, opens_by_itself: bool = True) -> None:
        """Start the app and wait for its window.

        A plain journal opens by itself: then this waits until its pages answer keys.
        Otherwise (first run, an encrypted journal) the caller waits for the screen it
        expects, see wait_typing().
        """
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
        if opens_by_itself:
            self.wait_pages("the window to answer Ctrl+1 and Ctrl+2")

    def wait_pages(self, what: str) -> Any:
        """Wait until the journal is open and its pages answer Ctrl+1 and Ctrl+2."""
        return self.wait(self._answers_keys, 30, what)

    def wait_typing(self, what: str, probe: str = "xxxxxx") -> Any:
        """Wait until the focused text field takes key presses; gives the settled picture.

        Typing `probe` must change the window and as many BackSpaces must bring back the
        same picture. Keys pressed before the field is on screen, or while it is disabled
        because the app is busy (deriving a key), are lost, so the test waits for this
        round trip before typing anything that matters, such as a passphrase.
        """
        def round_trip() -> Any:
            before = self.settle()
            self.type(probe)
            typed = self.settle()
            self.key(*["BackSpace"] * len(probe))
            after = self.settle()
            took_keys = changed_pixels(before, typed) > IDLE_NOISE_PIXELS
            return after if took_keys and changed_pixels(before, after) <= IDLE_NOISE_PIXELS \
                else None

        return self.wait(round_trip, 30, what)

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

    def _find_window(self, title: str = WINDOW_TITLE) -> str | None:
        if self.proc is not None and self.proc.poll() is not None:
            self.fail(f"the app exited with code {self.proc.returncode} before showing "
                      "its window (if the output below mentions the xcb platform plugin, "
                      f"Qt's X11 libraries are missing: {APT_HINT})")
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
            env=self.env, capture_output=True, text=True, timeout=10,
        )
        ids = found.stdout.split()
        return ids[0] if ids else None

    @contextlib.contextmanager
    def dialog(self, title: str) -> Iterator[str]:
        """Inside the block, screenshots show the dialog window titled `title`.

        The block must end once the dialog is gone again (see wait_dialog_closed); then
        the main window gets the keyboard back, as a window manager would give it.
        """
        main = self.window
        found = self.wait(lambda: self._find_window(title), 10, f"the {title!r} window")
        self.window = found
        try:
            yield found
        finally:
            self.window = main
        if main is not None and self.proc is not None and self.proc.poll() is None:
            self.xdotool("windowfocus", "--sync", main)

    def wait_dialog_closed(self, title: str, what: str) -> None:
        self.wait(lambda: self._find_window(title) is None, 10, what)

    def window_names(self) -> list[str]:
        """The titles of every window on the X server, shown or hidden (the app's own
        hidden windows included)."""
        found = subprocess.run(["xdotool", "search", "--name", "."], env=self.env,
                               capture_output=True, text=True, timeout=10)
        names = []
        for window in found.stdout.split():
            named = subprocess.run(["xdotool", "getwindowname", window], env=self.env,
                                   capture_output=True, text=True, timeout=10)
            if named.returncode == 0:  # a window may close in between
                names.append(named.stdout.strip())
        return names

    def _painted(self) -> bool:
        # An unpainted window is one flat colour; a painted one has text and widgets.
        colors = self.grab().getcolors(maxcolors=1 << 16)
        return colors is None or len(colors) > 20

    def wait_exit(self, timeout: float = 20) -> None:
        """Wait for the app to quit and check it quit cleanly."""
        self.check_exit(self.wait_quit(timeout))

    def wait_quit(self, timeout: float = 20) -> int:
        """Wait for the app to quit; gives its exit code, to check with check_exit()."""
        assert self.proc is not None
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.fail(f"the app did not quit within {timeout:.0f} s")
        self._closed()
        return code

    def check_exit(self, code: int) -> None:
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

    def act(self, action: Callable[[], None], what: str,
            at_least: int = IDLE_NOISE_PIXELS) -> Any:
        """Do something with the keyboard, wait until the window shows it, then settle.

        `at_least` pixels must change (more than a blinking cursor by default); a new step
        of an exercise changes far more than typing does.
        """
        before = self.grab()
        action()
        self.wait(lambda: changed_pixels(before, self.grab()) > at_least, 10, what)
        return self.settle()

    def snap(self, name: str, *, moving: bool = False) -> Any:
        """Save a screenshot of the settled window; gives the picture back. A window that
        moves on purpose (the urge timer's breathing circle) never settles: it is taken
        once it has had time to draw."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        if moving:
            time.sleep(0.5)
            picture = self.grab()
        else:
            picture = self.settle()
        picture.save(SCREENSHOTS / f"{name}.png")
        return picture

    # -- the headless CLI ------------------------------------------------------------

    def cli(self, *args: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
        """The headless CLI on the test's journal; an encrypted one needs `passphrase`
        (given in TRUSTJOURNAL_PASSPHRASE, as a script would). Never a terminal prompt."""
        env = dict(self.env)
        if passphrase is not None:
            env["TRUSTJOURNAL_PASSPHRASE"] = passphrase
        return subprocess.run(
            [*app_command(), "--data-dir", str(self.data_dir), *args],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
        )

    def cli_json(self, *args: str, passphrase: str | None = None) -> Any:
        done = self.cli(*args, "--json", passphrase=passphrase)
        assert done.returncode == 0, f"trustjournal {' '.join(args)} failed:\n{done.stderr}"
        return json.loads(done.stdout)

    def data_files(self) -> dict[str, bytes]:
        """Every file in the data folder (backups and the like included), by relative
        path, with its raw bytes."""
        return {str(path.relative_to(self.data_dir)): path.read_bytes()
                for path in sorted(self.data_dir.rglob("*")) if path.is_file()}

    def files_containing(self, *words: str) -> dict[str, list[str]]:
        """The files in the data folder whose raw bytes contain any of `words` (as UTF-8
        or UTF-16, in any case), with the words found."""
        found: dict[str, list[str]] = {}
        for name, data in self.data_files().items():
            lowered = data.lower()
            hits = [word for word in words
                    if any(word.lower().encode(codec) in lowered
                           for codec in ("utf-8", "utf-16-le", "utf-16-be"))]
            if hits:
                found[name] = hits
        return found

    def journal_written_since(self, since_ns: int) -> bool:
        """True once the journal file (or its write-ahead log) was written after since_ns."""
        for name in ("notes.db", "notes.db-wal"):
            try:
                if (self.data_dir / name).stat().st_mtime_ns > since_ns:
                    return True
            except FileNotFoundError:
                continue
        return False


@pytest.fixture(scope="module")
def fresh_screenshots() -> None:
    """The folder shows the latest run only (of every test in this file). The
    pseudo-locale test's pictures are its own to clear (test_pseudo_xvfb.py).

    With -n this file's tests may be spread over several workers, each setting this up
    once: only the first to get here in a run clears the folder (a mark file named after
    the run), never one that comes after another worker has started writing."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if run is not None:
        SCREENSHOTS.mkdir(exist_ok=True)
        mark = SCREENSHOTS / f".cleared-{run}"
        try:
            os.close(os.open(mark, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            return  # another worker of this run cleared it already
        for stale in SCREENSHOTS.glob(".cleared-*"):
            if stale != mark:
                stale.unlink(missing_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        if not old.name.startswith(PSEUDO_PREFIX):
            old.unlink(missing_ok=True)


@pytest.fixture
def desktop(tmp_path: Path, fresh_screenshots: None) -> Iterator[Desktop]:
    _require_tools()
    xserver = XServer(tmp_path / "xvfb.log")
    app = Desktop(xserver, tmp_path)
    try:
        yield app
    finally:
        app.kill()
        xserver.stop()


# -- the tests ---------------------------------------------------------------------------


def first_run_without_passphrase(desktop: Desktop) -> None:
    """A new journal: the first-run screen, by keyboard, with "No passphrase"."""
    desktop.launch(opens_by_itself=False)
    # The keyboard starts in the passphrase field ("Protect it with a passphrase" is
    # pre-selected). Shift+Tab goes back to that choice, Down picks "No passphrase" (the
    # passphrase fields make way for one sentence on what that means), Tab goes on to
    # "Create my journal".
    desktop.wait_typing("the first-run screen to take key presses")
    desktop.act(lambda: desktop.key("shift+Tab", "Down"), "No passphrase to be picked",
                BIG_CHANGE_PIXELS)
    desktop.act(lambda: desktop.key("Tab"), "Tab to reach Create my journal")
    desktop.snap("00-first-run-no-passphrase")
    desktop.key("Return")
    desktop.wait_pages("Create my journal to open the new journal's pages")


def test_write_an_entry_then_find_it_again(desktop: Desktop) -> None:
    marker = "zq" + uuid.uuid4().hex[:10]
    title = "Talking about the weekend"
    body = f"We talked calmly tonight and I felt heard {marker} for once"
    added_marker = "yq" + uuid.uuid4().hex[:10]

    # Session 1: first run, then a new entry typed with real key presses, kept by the
    # autosave.
    first_run_without_passphrase(desktop)
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

    assert not (desktop.data_dir / "notes.keys").exists(), (
        "No passphrase was chosen, yet the journal has key slots")
    hits = desktop.cli_json("search", marker)  # no passphrase needed
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


def found_in(desktop: Desktop, query: str, entry_uuid: str) -> str:
    """The CLI's search snippet for `query` in one entry, as plain words on one line."""
    hits = desktop.cli_json("search", f"{query} ")  # the space: whole words, not a prefix
    snippets = [hit["snippet"] for hit in hits if hit["uuid"] == entry_uuid]
    assert snippets, f"searching {query!r} did not find entry {entry_uuid}; found {hits!r}"
    plain = snippets[0].replace("[", "").replace("]", "").replace("#", "")
    return " ".join(plain.split())


def test_challenge_a_thought_then_check_in_by_keyboard(desktop: Desktop) -> None:
    situation = "Saturday evening, she was late home from work"
    thought = "She is probably with someone else and she always hides things"
    supports = ["She came home an hour later than she said", "Her phone was on silent"]
    against = ["The bus broke down and she texted me about it",
               "She has been open with me all month"]
    fairer = "She is late and I am scared, but late does not mean unfaithful"
    note = "We planned the weekend together and laughed a lot"

    def keys(*names: str) -> Callable[[], None]:
        return lambda: desktop.key(*names)

    def typed(text: str) -> Callable[[], None]:
        return lambda: desktop.type(text)

    def next_step(*names: str) -> Any:
        return desktop.act(keys(*names), f"{' '.join(names)} to show the next step",
                           STEP_CHANGE_PIXELS)

    def show_page(shortcut: str, what: str) -> None:
        """Ctrl+F, then the page's shortcut: the keyboard lands on the page's first control."""
        desktop.act(keys("ctrl+f"), "Ctrl+F to show the Search page", BIG_CHANGE_PIXELS)
        desktop.act(keys(shortcut), f"{shortcut} to show the {what} page", BIG_CHANGE_PIXELS)

    # This test is about the exercises: the journal is made beforehand, without a
    # passphrase, so the app opens it without a first-run screen.
    made = desktop.cli("init")
    assert made.returncode == 0, f"trustjournal init failed:\n{made.stdout}{made.stderr}"
    desktop.launch()

    # "Challenge a thought" from the Exercises page, every step by keyboard.
    show_page("ctrl+3", "Exercises")
    desktop.act(keys(*["Tab"] * TABS_EXERCISES_TO_CHALLENGE_START),
                "Tab to reach the Start button of the third card")
    desktop.snap("20-exercise-00-cards")
    desktop.act(keys("space"), "the Start button to open the exercise", BIG_CHANGE_PIXELS)

    desktop.act(typed(situation), "the situation to show as typed")
    desktop.snap("20-exercise-01-situation")
    next_step("alt+Right")

    desktop.act(typed(thought), "the thought to show as typed")
    desktop.snap("20-exercise-02-thought")
    next_step("ctrl+Return")

    # The slider starts in the middle (50) as "not yet"; six steps of 5 make it 80.
    desktop.act(keys(*["Right"] * 6), "the belief slider to move")
    desktop.snap("20-exercise-03-belief")
    next_step("alt+Right")

    # Feelings: type a name in "Find a feeling…", Enter picks the best match (it gets a
    # slider) and empties the box for the next one. Tab from the box reaches the picked
    # feelings' sliders first, each followed by its remove button.
    desktop.act(typed("jealous"), "the feelings list to be filtered")
    desktop.act(keys("Return"), "Jealous to get a slider")
    desktop.act(typed("scared"), "the feelings list to be filtered again")
    desktop.act(keys("Return"), "Scared to get a slider")
    desktop.act(keys("Tab", *["Right"] * 6, "Tab", "Tab", *["Right"] * 4),
                "the two feeling sliders to move")
    desktop.snap("20-exercise-04-feelings")
    next_step("alt+Right")

    # Thinking traps: the wording suggests some; the focus starts on "Tick the suggested ones".
    desktop.snap("20-exercise-05a-traps-suggested")
    desktop.act(keys("space"), "the suggested traps to be ticked")
    desktop.snap("20-exercise-05b-traps-ticked")
    next_step("alt+Right")

    # Lists: Return opens a new line; Return on the empty last line goes on.
    for number, (name, items) in enumerate((("supports", supports), ("against", against)), 6):
        for index, item in enumerate(items):
            if index:
                desktop.act(keys("Return"), "a new line in the list")
            desktop.act(typed(item), f"the item {item!r} to show as typed")
        desktop.snap(f"20-exercise-{number:02}-{name}")
        next_step("Return", "Return")

    desktop.act(typed(fairer), "the fairer thought to show as typed")
    desktop.snap("20-exercise-08-fairer")
    next_step("ctrl+Return")

    # Re-rating: the sliders start at the earlier ratings (80, then 80 and 70).
    desktop.act(keys(*["Left"] * 8), "the belief slider to move")
    desktop.snap("20-exercise-09-belief-now")
    next_step("alt+Right")
    desktop.act(keys(*["Left"] * 8, "Tab", *["Left"] * 8), "the feeling sliders to move")
    desktop.snap("20-exercise-10-feelings-now")
    next_step("alt+Right")

    # The summary: the keyboard is on "Save to journal"; Space presses it and the new
    # entry opens in the Journal page.
    desktop.snap("20-exercise-11-summary")
    desktop.act(keys("space"), "Save to journal to open the entry", BIG_CHANGE_PIXELS)
    desktop.snap("20-exercise-12-saved")

    # The daily check-in on the Today page: one card, by keyboard. Alt+D reaches its first
    # slider, a digit picks each number and Return goes on to the next question.
    show_page("ctrl+1", "Today")
    desktop.snap("30-checkin-00-today")
    desktop.act(keys("alt+d", "7"), "the trust slider to show 7")
    desktop.act(keys("Return", "3"), "the anxiety slider to show 3")
    desktop.act(keys("Return", "8"), "the connection slider to show 8")
    desktop.snap("30-checkin-01-sliders")
    # Tab goes on to "More" (the feelings, folded away), then to the one-line note.
    desktop.act(lambda: (desktop.key("Tab", "Tab"), desktop.type(note)),
                "the note to show as typed")
    # Back on "More": it opens the feelings, with the keyboard in their search field.
    desktop.act(keys("shift+Tab", "space"), "More to show the feelings", STEP_CHANGE_PIXELS)
    desktop.act(typed("hopeful"), "the feelings list to be filtered")
    desktop.act(keys("Return"), "Hopeful to get a slider")
    desktop.act(keys("Tab", "Right", "Right"), "the Hopeful slider to move")
    desktop.snap("30-checkin-02-feelings")
    # Back to the first slider; Return with every question answered saves, and the card
    # shows the day's figures.
    desktop.act(keys("alt+d", "Return"), "Return to save the check-in", STEP_CHANGE_PIXELS)
    desktop.snap("30-checkin-03-saved")
    desktop.key("ctrl+q")
    # The exit code is checked last: if the app crashes on its way out, the report still
    # says whether the answers were saved.
    exit_code = desktop.wait_quit()

    # What was saved, read back by the headless CLI.
    entries = desktop.cli_json("list")
    kinds = sorted(entry["kind"] for entry in entries)
    assert kinds == ["checkin", "exercise"], f"expected an exercise and a check-in: {entries!r}"
    exercise = next(entry for entry in entries if entry["kind"] == "exercise")
    assert exercise["title"] == f"Challenge a thought: {situation}", (
        f"another exercise was started? If the cards or the Tab order changed, see "
        f"TABS_EXERCISES_TO_CHALLENGE_START. Entry: {exercise!r}")
    uuid = exercise["uuid"]
    for words in (situation, thought, *supports, *against, fairer):
        assert words in found_in(desktop, words, uuid)
    for query, expected in (
        ("believed it 80", "I believed it 80 out of 100"),
        ("Jealous 80", "Jealous: 80 out of 100"),
        ("Scared 70", "Scared: 70 out of 100"),
        ("Thinking traps Mind reading Overgeneralising",
         "Thinking traps - Mind reading - Overgeneralising"),
        ("believe it now 40 was 80", "believe it now 40 out of 100 (was 80)"),
        ("Jealous 40 was 80", "Jealous: 40 out of 100 (was 80)"),
        ("Scared 30 was 70", "Scared: 30 out of 100 (was 70)"),
    ):
        assert expected in found_in(desktop, query, uuid)

    checkin = next(entry for entry in entries if entry["kind"] == "checkin")
    assert checkin["title"] == "Check-in · trust 7, anxiety 3, connection 8"
    assert "Hopeful: 60 out of 100" in found_in(desktop, "Hopeful 60", checkin["uuid"])
    assert note in found_in(desktop, note, checkin["uuid"])
    assert [hit["uuid"] for hit in desktop.cli_json("search", "weekend laughed")] == [
        checkin["uuid"]]

    check = desktop.cli("check")
    assert check.returncode == 0, f"trustjournal check failed:\n{check.stdout}{check.stderr}"
    desktop.check_exit(exit_code)


def test_first_run_with_passphrase_lock_and_unlock(desktop: Desktop) -> None:
    """Issue 5's proof in the real window: the journal is encrypted from the first run,
    the lock shortcut hides every word at once, and only the passphrase brings it back."""
    passphrase = "quiet river morning lantern"
    wrong = "quiet river morning lanterns"
    title_marker = "xq" + uuid.uuid4().hex[:10]
    body_marker = "wq" + uuid.uuid4().hex[:10]
    last_marker = "vq" + uuid.uuid4().hex[:10]  # typed just before locking, never waited for
    markers = (title_marker, body_marker, last_marker)
    title = f"Before the talk {title_marker}"
    body = f"I checked her phone again {body_marker} and I am ashamed of it"

    def keys(*names: str) -> Callable[[], None]:
        return lambda: desktop.key(*names)

    def no_entry_text_in_titles(when: str) -> None:
        names = desktop.window_names()
        assert WINDOW_TITLE in names, f"the window list is incomplete: {names!r}"
        leaked = [name for name in names if any(m in name for m in markers)
                  or "checked her phone" in name]
        assert not leaked, f"entry text in a window title {when}: {leaked!r}"

    def no_entry_text_on_disk(when: str) -> None:
        found = desktop.files_containing(*markers, "checked her phone", "Before the talk")
        assert not found, f"entry text readable in the data folder {when}: {found!r}"

    # First run: "Protect it with a passphrase" is pre-selected and the keyboard starts in
    # the passphrase field; Tab to the confirm field, Enter creates the journal.
    desktop.launch(opens_by_itself=False)
    first_screen = desktop.wait_typing("the first-run screen to take key presses")
    desktop.act(lambda: desktop.type(passphrase), "the passphrase to show as dots")
    desktop.act(keys("Tab"), "Tab to reach the confirm field")
    filled = desktop.act(lambda: desktop.type(passphrase), "the confirmation to show as dots")
    desktop.snap("40-privacy-01-first-run")
    assert changed_pixels(first_screen, filled) > SMALL_CHANGE_PIXELS, (
        "typing the passphrase changed nothing on the first-run screen (strength hint?)")

    # The key is derived with the real Argon2id parameters; then the recovery key shows.
    # Meanwhile the first-run screen stays, its fields emptied and its button saying
    # "Creating…": unlike the recovery-key screen, that is close to both pictures so far.
    desktop.key("Return")

    def recovery_key_shown() -> bool:
        now = desktop.grab()
        return (changed_pixels(first_screen, now) > BIG_CHANGE_PIXELS
                and changed_pixels(filled, now) > BIG_CHANGE_PIXELS)

    desktop.wait(recovery_key_shown, 20, "Enter to create the journal and show the "
                 "recovery key")
    desktop.snap("40-privacy-02-recovery-key")
    assert (desktop.data_dir / "notes.keys").exists(), "an encrypted journal has key slots"

    # The keyboard starts on "Copy"; tick "I have stored my recovery key…", then Continue.
    desktop.act(keys(*["Tab"] * TABS_COPY_TO_STORED), "Tab to reach the check box")
    desktop.act(keys("space"), "the check box to be ticked and Continue to be enabled")
    desktop.act(keys("Tab"), "Tab to reach Continue")
    desktop.snap("40-privacy-03-key-stored")
    desktop.key("space")
    desktop.wait_pages("Continue to open the new journal's pages")
    no_entry_text_in_titles("before writing")

    # An entry, typed with real key presses and kept by the autosave.
    desktop.key("ctrl+n")
    desktop.type(title)
    desktop.key(*["Tab"] * TABS_TITLE_TO_BODY)
    desktop.type(body)
    typed_ns = time.time_ns()
    desktop.wait(lambda: desktop.journal_written_since(typed_ns), 15,
                 "the autosave to write the journal")
    desktop.act(lambda: desktop.type(f" {last_marker}"), "the last word to show as typed")
    unlocked = desktop.snap("40-privacy-04-entry-written")
    no_entry_text_in_titles("while the entry is on screen")
    no_entry_text_on_disk("while the journal is open")

    # Ctrl+Shift+L at once, without waiting for the autosave of the last word.
    locked = desktop.act(keys("ctrl+shift+l"), "Ctrl+Shift+L to lock", BIG_CHANGE_PIXELS)
    desktop.snap("40-privacy-05-locked")
    window_pixels = locked.size[0] * locked.size[1]
    assert changed_pixels(unlocked, locked) > window_pixels // 3, (
        "the locked window looks much like the unlocked one")
    no_entry_text_in_titles("while locked")
    no_entry_text_on_disk("while locked")
    before_wrong = desktop.data_files()

    # A wrong passphrase: a calm message, another try, and the files are not touched.
    desktop.type(wrong)
    desktop.key("Return")
    wrong_screen = desktop.wait_typing("the passphrase field to take keys again after a "
                                       "wrong passphrase")
    desktop.snap("40-privacy-06-wrong-passphrase")
    assert SMALL_CHANGE_PIXELS < changed_pixels(locked, wrong_screen) < BIG_CHANGE_PIXELS, (
        "a wrong passphrase should add one calm line to the locked screen, nothing more")
    assert desktop.data_files() == before_wrong, "a wrong passphrase changed the files"

    # The right one: the journal is back, and the search finds the entry.
    desktop.type(passphrase)
    desktop.key("Return")
    desktop.wait_pages("the right passphrase to open the journal's pages again")
    desktop.act(keys("ctrl+f"), "Ctrl+F to show the Search page", BIG_CHANGE_PIXELS)
    before = desktop.settle()
    desktop.type(last_marker)
    # The search starts 200 ms after the last key; a result changes far more than typing.
    desktop.wait(lambda: changed_pixels(before, desktop.grab()) > 2000, 10,
                 "the search to find the entry")
    desktop.snap("40-privacy-07-unlocked-search")
    desktop.key("ctrl+q")
    desktop.wait_exit()
    assert last_marker not in desktop.app_log()

    # What is on disk, read back by the headless CLI and byte by byte.
    no_entry_text_on_disk("after quitting")
    refused = desktop.cli("search", body_marker)
    assert refused.returncode != 0 and body_marker not in refused.stdout, refused
    assert "passphrase" in refused.stderr.lower(), refused.stderr
    assert desktop.cli("search", body_marker, passphrase=wrong).returncode != 0
    hits = desktop.cli_json("search", last_marker, passphrase=passphrase)
    assert len(hits) == 1, f"the last word typed before locking was lost: {hits!r}"
    assert hits[0]["title"] == title
    assert hits[0]["preview"] == f"{body} {last_marker}"
    check = desktop.cli("check", passphrase=passphrase)
    assert check.returncode == 0, f"trustjournal check failed:\n{check.stdout}{check.stderr}"

    # A fresh start, before any passphrase, shows the very same screen as the locked
    # window: so the locked window holds nothing of the journal.
    desktop.launch(opens_by_itself=False)
    fresh = desktop.wait_typing("the unlock screen at start to take key presses")
    desktop.snap("40-privacy-08-fresh-start")
    assert changed_pixels_aligned(fresh, locked) <= SMALL_CHANGE_PIXELS, (
        "the locked window is not the screen a fresh start shows before the passphrase; "
        "compare 40-privacy-05-locked.png with 40-privacy-08-fresh-start.png")
    desktop.key("ctrl+q")
    desktop.wait_exit()


def test_progress_page_weekly_review_and_export_on_a_demo_journal(desktop: Desktop) -> None:
    """A year of demo check-ins and exercises: the Progress page as a user sees it, the
    weekly review started from it, and the export dialog."""
    made = desktop.cli("demo", "--entries", "700", "--years", "1")
    assert made.returncode == 0, made.stderr
    desktop.launch()

    twelve = desktop.act(lambda: desktop.key("ctrl+5"), "the Progress page to show",
                         BIG_CHANGE_PIXELS)
    desktop.screenshot("50-progress-12-weeks")
    everything = desktop.act(lambda: desktop.key("alt+5"), "the All range to be drawn",
                             SMALL_CHANGE_PIXELS)
    assert changed_pixels(twelve, everything) > SMALL_CHANGE_PIXELS
    desktop.screenshot("51-progress-all")
    desktop.act(lambda: desktop.key("alt+2"), "back to 12 weeks", SMALL_CHANGE_PIXELS)

    desktop.act(lambda: desktop.key("alt+w"), "the weekly review to open", BIG_CHANGE_PIXELS)
    desktop.screenshot("52-weekly-review")
    desktop.act(lambda: desktop.key("Escape"), "the review to be kept for later",
                SMALL_CHANGE_PIXELS)

    desktop.key("ctrl+shift+e")
    with desktop.dialog("Export"):
        desktop.snap("53-export-dialog")
        desktop.key("Escape")
        desktop.wait_dialog_closed("Export", "the export dialog to close")
    desktop.key("ctrl+q")
    desktop.check_exit(desktop.wait_quit())

    # The same figures, headless; and the review kept as a draft with its summary.
    stats = desktop.cli_json("stats", "--weeks", "12")
    assert stats["checkins"]["count"] > 0 and stats["checkins"]["caption"]
    out = desktop.tmp / "demo.html"
    done = desktop.cli("export", "--format", "html", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_text("utf-8").count("<article") >= 600


THEMED_SIZES = ((1400, 900), (1024, 700))
PAGE_KEYS = (("ctrl+1", "today"), ("ctrl+2", "journal"), ("ctrl+3", "exercises"),
             ("ctrl+4", "trackers"), ("ctrl+5", "progress"), ("ctrl+6", "search"))


def test_every_page_in_both_themes_at_two_sizes(desktop: Desktop) -> None:
    """Issue 18: screenshots of each page in light and dark, wide and small, on a demo
    journal and an empty one, and of the first-run screen, for a person to look at.
    The theme comes from the setting the View menu writes (appearance.json in the data
    folder), read at start like any other start."""
    demo = desktop.tmp / "demo-data"
    desktop.data_dir = demo
    made = desktop.cli("demo", "--entries", "150", "--years", "1")
    assert made.returncode == 0, made.stderr
    pictures: dict[str, Any] = {}

    def choose(theme: str, folder: Path) -> None:
        desktop.data_dir = folder
        folder.mkdir(mode=0o700, exist_ok=True)
        (folder / "appearance.json").write_text(json.dumps({"theme": theme}))

    def size(width: int, height: int) -> None:
        assert desktop.window is not None
        desktop.xdotool("windowsize", "--sync", desktop.window, str(width), str(height))
        # The pointer off the window (the screen's far corner), so no button in the
        # pictures shows the hover of a click made before (Backups, in the dark ones).
        desktop.xdotool("mousemove", "--sync", "1599", "999")
        shown = desktop.settle()
        assert shown.size == (width, height), f"the window is {shown.size}"

    def show(keys: str, page: str, name: str) -> Any:
        """Go to a page by its shortcut and wait until the window shows it: a page is
        built when first shown, and a still window is not yet proof that it came. Today
        is where a journal opens, so pressing its key may change nothing."""
        if page == "today":
            desktop.key(keys)
            picture = desktop.settle()
        else:
            picture = desktop.act(lambda: desktop.key(keys), f"the {page} page to show")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        picture.save(SCREENSHOTS / f"{name}.png")
        return picture

    for theme in ("light", "dark"):
        # The first-run screen, before any journal exists.
        choose(theme, desktop.tmp / f"first-run-{theme}")
        desktop.launch(opens_by_itself=False)
        size(1024, 700)
        desktop.wait_typing("the first-run screen to take key presses")
        desktop.snap(f"63-{theme}-first-run")
        desktop.key("ctrl+q")
        desktop.wait_exit()

        # An empty journal: every page's empty state.
        choose(theme, desktop.tmp / f"empty-{theme}")
        assert desktop.cli("init").returncode == 0
        desktop.launch()
        size(1024, 700)
        for keys, page in PAGE_KEYS:
            show(keys, page, f"64-{theme}-empty-{page}")
        desktop.key("ctrl+q")
        desktop.wait_exit()

        # The demo journal at both sizes, and the shortcut list and safety panel.
        choose(theme, demo)
        desktop.launch()
        for width, height in THEMED_SIZES:
            size(width, height)
            for keys, page in PAGE_KEYS:
                name = f"60-{theme}-{width}x{height}-{page}"
                pictures[name] = show(keys, page, name)
        desktop.key("ctrl+slash")
        with desktop.dialog("Keyboard shortcuts"):
            desktop.snap(f"61-{theme}-keyboard-shortcuts")
            desktop.key("Escape")
            desktop.wait_dialog_closed("Keyboard shortcuts", "the shortcut list to close")
        desktop.key("F1")
        with desktop.dialog("Safety and support"):
            desktop.snap(f"62-{theme}-safety")
            desktop.key("Escape")
            desktop.wait_dialog_closed("Safety and support", "the safety panel to close")
        # The dialogs people meet most, in the same theme (the window is 1024×700 now).
        for keys, title in (("ctrl+shift+e", "Export"), ("ctrl+shift+i", "Import"),
                            ("ctrl+shift+k", "I want to check")):
            desktop.key(keys)
            with desktop.dialog(title):
                desktop.snap(f"65-{theme}-{title.lower().replace(' ', '-')}",
                             moving=title == "I want to check")
                desktop.key("Escape")
                desktop.wait_dialog_closed(title, f"the {title} dialog to close")
        for x_px, title in ((140, "Settings"), (255, "Backups")):  # toolbar buttons
            desktop.click(x_px / 1024, 50 / 700)
            with desktop.dialog(title):
                desktop.snap(f"65-{theme}-{title.lower()}")
                desktop.key("Escape")
                desktop.wait_dialog_closed(title, f"the {title} dialog to close")
        desktop.key("ctrl+q")
        desktop.wait_exit()

    # Each theme drew its own colours: the same page differs between them, and the dark
    # one is darker on average.
    from PIL import ImageStat

    for width, height in THEMED_SIZES:
        light = pictures[f"60-light-{width}x{height}-today"]
        dark = pictures[f"60-dark-{width}x{height}-today"]
        assert changed_pixels(light, dark) > width * height // 2
        light_level = ImageStat.Stat(light.convert("L")).mean[0]
        dark_level = ImageStat.Stat(dark.convert("L")).mean[0]
        assert dark_level < 80 < 200 < light_level, (light_level, dark_level)
