"""Proof that nothing leaves the machine.

Three layers, from cheapest to most direct:

1. Source: no module in trustjournal/ imports a networking module, in any spelling
   (`import x`, `from x import y`, `from PySide6 import QtNetwork`, importlib or
   __import__ with a literal name), and the text "QtNetwork" or a QtNetwork class name
   appears nowhere. tests/test_layers.py::test_no_network_modules is the coarse version
   of this (dotted `import` names only); this file adds the spellings it cannot see.
2. Imports: a fresh interpreter that imports every trustjournal module has loaded no
   networking client, and no Qt networking module (as Python module or native library).
3. Behaviour: the main flows run in the window (first run with a passphrase, write,
   lock, unlock, search, an exercise, a backup, lock, start again) with every Python-level
   way to reach a network address recording the attempt and failing; the test fails on
   any attempt, and QtNetwork must still be absent from sys.modules at the end.

4. Sockets: the window listens for the desktop's sleep and screen-lock signals on D-Bus
   (through libdbus, in C). With private buses standing in for the desktop's, every socket
   the process holds is a unix socket, and the main-flow test ends with no network socket
   open, whoever opened it.

What layer 3 does not see: calls made from C/C++ without going through Python's socket
module (Qt's own code, SQLite). Qt's networking lives in QtNetwork, which layers 2 and 3
check is never loaded (also as libQt6Network in the process's memory map on Linux);
SQLite/SQLCipher has no networking.
"""

from __future__ import annotations

import ast
import json
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_layers import PACKAGE, imports_of, modules

# Prefixes at a dotted boundary: "http" bans http.client but not, say, "httpsig_tools".
NETWORK_MODULES = (
    "socket", "socketserver", "ssl", "select", "selectors",
    # The app's only event loop is Qt's; asyncio would bring streams and servers.
    "asyncio",
    "urllib", "http", "xmlrpc", "ftplib", "smtplib", "smtpd", "poplib", "imaplib",
    "nntplib", "telnetlib", "webbrowser", "multiprocessing.connection",
    "multiprocessing.managers",
    "requests", "httpx", "aiohttp", "urllib3", "httplib2", "websocket", "websockets",
    "grpc", "paramiko", "zmq", "dns", "pycurl", "tornado", "twisted",
    "PySide6.QtNetwork", "PySide6.QtNetworkAuth", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtWebSockets",
    "PySide6.QtWebChannel", "PySide6.QtWebView", "PySide6.QtHttpServer",
    "PySide6.QtRemoteObjects", "PySide6.QtBluetooth", "PySide6.QtNfc",
)
# Classes of QtNetwork (QLocalServer/QLocalSocket included: a single-instance server
# built on them would load QtNetwork, which the privacy issue rules out).
QT_NETWORK_NAME = re.compile(
    r"\bQtNetwork\w*|\bQ(?:Network\w+|Tcp\w+|Udp\w+|Ssl\w+|Dns\w+|HostInfo|HostAddress|"
    r"LocalSocket|LocalServer|HttpMultiPart|HttpPart|AbstractSocket|Sctp\w+|Dtls\w*|"
    r"RestAccessManager|HttpHeaders)\b"
)


def banned(name: str) -> str | None:
    for prefix in NETWORK_MODULES:
        if name == prefix or name.startswith(prefix + "."):
            return prefix
    return None


def all_import_names(path: Path) -> set[str]:
    """Every module name a file could load, spelled out in full.

    Adds to test_layers.imports_of: `from a import b` as both a and a.b (so
    `from PySide6 import QtNetwork` is PySide6.QtNetwork), and literal names passed to
    importlib.import_module, __import__ or importlib.__import__.
    """
    found = set(imports_of(path))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call):
            func = node.func
            called = (
                func.id if isinstance(func, ast.Name)
                else func.attr if isinstance(func, ast.Attribute) else ""
            )
            if called in ("import_module", "__import__") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


SOURCES = modules()


def test_the_package_has_modules_to_check() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in SOURCES}
    assert {"app.py", "cli.py", "gui/main_window.py", "storage/journal.py"} <= names
    assert len(SOURCES) > 40


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_networking_in_any_spelling(path: Path) -> None:
    rel = path.relative_to(PACKAGE).as_posix()
    for name in sorted(all_import_names(path)):
        assert banned(name) is None, f"{rel} imports {name}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_names_qt_networking(path: Path) -> None:
    """Grep level: catches getattr(PySide6, "QtNetwork") and the like too."""
    rel = path.relative_to(PACKAGE).as_posix()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = QT_NETWORK_NAME.search(line)
        assert match is None, f"{rel}:{number} mentions {match.group(0)}"


def test_the_checks_see_every_spelling(tmp_path: Path) -> None:
    """The scanner itself: each way of reaching a network module is noticed."""
    spellings = {
        "import socket": "socket",
        "import http.client as hc": "http",
        "from urllib.request import urlopen": "urllib",
        "from PySide6 import QtNetwork": "PySide6.QtNetwork",
        "from PySide6.QtNetwork import QLocalServer": "PySide6.QtNetwork",
        "import importlib\nimportlib.import_module('requests')": "requests",
        "__import__('ssl')": "ssl",
        "from asyncio import open_connection": "asyncio",
        "from xmlrpc import client": "xmlrpc",
    }
    for source, prefix in spellings.items():
        sample = tmp_path / "sample.py"
        sample.write_text(source + "\n", encoding="utf-8")
        hits = {banned(name) for name in all_import_names(sample)} - {None}
        assert hits == {prefix}, source
    assert QT_NETWORK_NAME.search('mod = getattr(PySide6, "QtNetwork")')
    assert QT_NETWORK_NAME.search("server = QLocalServer(self)")
    assert not QT_NETWORK_NAME.search("from PySide6.QtWidgets import QLineEdit")
    assert banned("socketserver") == "socketserver" and banned("sockets_helper") is None


def test_no_networking_dependency_is_declared() -> None:
    import tomllib

    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))["project"]
    for requirement in project["dependencies"]:
        name = re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower()
        # PySide6-Addons is needed for QtCharts; its web and network modules are never
        # imported (the import scan above and test_layers.py fail the build if they are),
        # and the meta-package "pyside6" would pull in everything.
        assert banned(name) is None and name != "pyside6", requirement


# -- what a fresh interpreter loads ----------------------------------------------------

# Loaded by SQLAlchemy itself (sqlalchemy.util.compat imports asyncio, which imports
# socket, ssl and selectors), so their presence proves nothing; layer 3 blocks their use.
LOADED_BY_DEPENDENCIES = ("socket", "ssl", "asyncio", "select", "selectors")
# String handling the standard library loads everywhere; urllib.request and the other
# urllib modules are not allowed.
HARMLESS = {"urllib", "urllib.parse"}

IMPORT_EVERYTHING = r"""
import json, pkgutil, importlib, sys
import trustjournal
names = []
for info in pkgutil.walk_packages(trustjournal.__path__, "trustjournal."):
    # __main__ runs the app; migrations/env.py runs only inside alembic.
    if info.name.endswith("__main__") or ".migrations" in info.name:
        continue
    importlib.import_module(info.name)
    names.append(info.name)
from PySide6.QtWidgets import QApplication
app = QApplication([])
from trustjournal.gui.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
maps = ""
try:
    with open("/proc/self/maps") as handle:
        maps = handle.read()
except OSError:
    pass
print(json.dumps({"imported": names, "modules": sorted(sys.modules),
                  "native": sorted({l.split()[-1] for l in maps.splitlines() if "Qt6" in l})}))
"""


def test_a_fresh_interpreter_loads_no_network_client(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRUSTJOURNAL_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING], capture_output=True, text=True,
        env=env, cwd=PACKAGE.parent, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert len(report["imported"]) > 40
    loaded = [
        name for name in report["modules"]
        if banned(name) not in (None, *LOADED_BY_DEPENDENCIES) and name not in HARMLESS
    ]
    assert loaded == [], loaded
    assert "PySide6.QtNetwork" not in report["modules"]
    assert not any("Qt6Network" in lib or "Qt6WebEngine" in lib for lib in report["native"])


# -- the flows, with the network blocked -----------------------------------------------


class NetworkBlocked(ConnectionRefusedError):
    """What a blocked call raises (an OSError, like a real refusal)."""


class NetworkGuard:
    """Records, then refuses, every Python-level way to reach a network address.

    Refused and counted as attempts:
      - socket.socket.connect / connect_ex / sendto / sendmsg / bind on any family but
        AF_UNIX, and creating an AF_INET/AF_INET6 socket at all;
      - name resolution: getaddrinfo, gethostbyname(_ex), gethostbyaddr, getnameinfo
        (socket.getfqdn goes through these);
      - socket.create_connection and socket.create_server.
    Allowed but counted (reported, not failed): AF_UNIX sockets, e.g. socket.socketpair().
    These carry no address: asyncio's self-pipe and local wake-ups use them, and they
    cannot reach another machine. (The flows below make none.)
    """

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self.local: list[str] = []
        self._lock = threading.Lock()

    def _record(self, what: str, *, local: bool = False) -> None:
        with self._lock:
            (self.local if local else self.attempts).append(
                f"{what} on thread {threading.current_thread().name}"
            )

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        guard = self
        cls = socket.socket
        real_init = cls.__init__

        def init(self, family=-1, type=-1, proto=-1, fileno=None):  # type: ignore[no-untyped-def]
            real_init(self, family, type, proto, fileno)
            if self.family in (socket.AF_INET, socket.AF_INET6):
                guard._record(f"socket({self.family!r})")
                self.close()
                raise NetworkBlocked("network sockets are blocked in this test")
            guard._record(f"socket({self.family!r})", local=True)

        def method(name: str):  # type: ignore[no-untyped-def]
            real = getattr(cls, name)

            def blocked(self, *args, **kwargs):  # type: ignore[no-untyped-def]
                if self.family == getattr(socket, "AF_UNIX", object()):
                    guard._record(f"{name}(AF_UNIX)", local=True)
                    return real(self, *args, **kwargs)
                guard._record(f"{name}{args!r}")
                raise NetworkBlocked(f"socket.{name} is blocked in this test")

            return blocked

        def function(name: str):  # type: ignore[no-untyped-def]
            def blocked(*args, **kwargs):  # type: ignore[no-untyped-def]
                guard._record(f"socket.{name}{args!r}")
                raise NetworkBlocked(f"socket.{name} is blocked in this test")

            return blocked

        monkeypatch.setattr(cls, "__init__", init)
        for name in ("connect", "connect_ex", "sendto", "sendmsg", "bind"):
            if hasattr(cls, name):
                monkeypatch.setattr(cls, name, method(name))
        for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
                     "getnameinfo", "create_connection", "create_server"):
            if hasattr(socket, name):
                monkeypatch.setattr(socket, name, function(name))


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    g = NetworkGuard()
    g.install(monkeypatch)
    yield g


def test_the_guard_catches_connection_attempts(guard: NetworkGuard) -> None:
    """The guard works: each way out is refused and counted."""
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen("http://192.0.2.1/", timeout=0.1)
    assert len(guard.attempts) == 5, guard.attempts
    if hasattr(socket, "AF_UNIX"):
        a, b = socket.socketpair()  # local, allowed
        a.close()
        b.close()
        assert guard.local and len(guard.attempts) == 5


PASSPHRASE = "harbour window lantern seven"
SECRET = "Quillfeather"


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny Argon2 settings (stored in the slot, so every code path is the same)."""
    from trustjournal.storage import keyslots

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))


def _window(qtbot, path: Path):  # type: ignore[no-untyped-def]
    from trustjournal.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.start(path)
    return window


def _unlock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from trustjournal.gui.access import UnlockView

    qtbot.waitUntil(lambda: isinstance(window.gate.view, UnlockView), timeout=15_000)
    view = window.gate.view
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)


def _lock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.locked, timeout=15_000):
        window.lock_action.trigger()
    assert window.journal is None


def test_main_flows_make_no_network_attempt(qtbot, journal_file: Path, guard: NetworkGuard,
                                            fast_kdf: None) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.exercises.helpers import click, next_step, slide, type_into
    from trustjournal.gui.access import RecoveryKeyView, SetupView
    from trustjournal.gui.main_window import PAGES
    from trustjournal.storage.keys import is_encrypted

    flows: list[str] = []

    # Start: first run, with a passphrase (encryption is the pre-selected choice).
    window = _window(qtbot, journal_file)
    qtbot.waitUntil(lambda: isinstance(window.gate.view, SetupView), timeout=15_000)
    setup = window.gate.view
    assert setup.encrypt.isChecked()
    qtbot.keyClicks(setup.new.first, PASSPHRASE)
    qtbot.keyClicks(setup.new.second, PASSPHRASE)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.gate.view, RecoveryKeyView), timeout=15_000)
    shown = window.gate.view
    shown.stored.setChecked(True)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(shown.continue_button, Qt.MouseButton.LeftButton)
    assert window.encrypted and is_encrypted(journal_file)
    flows.append("start")

    # Write an entry through the editor.
    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.title_edit, "Harbour")
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, f"We talked about {SECRET} calmly.")
    assert editor.save()
    assert window.journal.count_entries() == 1
    flows.append("write")

    # Lock, then unlock with the passphrase.
    _lock(qtbot, window)
    _unlock(qtbot, window)
    flows.append("lock+unlock")

    # Search from the Search page, as typed.
    view = window.search_view
    window.show_search()
    assert window.current_page() == "Search"
    with qtbot.waitSignal(view.search_finished, timeout=10_000) as found:
        qtbot.keyClicks(view.query_edit, SECRET.lower())
    assert found.args == [1]
    flows.append("search")

    # An exercise, done through its steps to the saved entry.
    window.show_page(PAGES.index("Exercises"))
    click(qtbot, window.exercises_view.cards["celebrate_small_victory"].start_button)
    runner = window.exercises_view.runner
    type_into(qtbot, runner.current.editor, "I asked instead of guessing.")
    next_step(qtbot, runner)
    click(qtbot, runner.current.other_button)
    type_into(qtbot, runner.current.other_edit, "Slept without waiting up")
    next_step(qtbot, runner)
    slide(qtbot, runner.current.input.slider, 7)
    next_step(qtbot, runner)
    next_step(qtbot, runner)  # the optional last words
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        click(qtbot, runner.next_button)
    assert window.journal.count_entries() == 2
    flows.append("exercise")

    # Export: the app has no export feature yet. Its nearest relative, a backup copy of
    # the open journal, is the flow that writes journal content to a new file.
    from trustjournal.paths import ensure_private_dir

    copy = window.journal.backup(ensure_private_dir(journal_file.parent / "backups") / "c.db")
    assert copy.exists() and not copy.read_bytes().startswith(b"SQLite format 3")
    flows.append("backup (no export yet)")

    # Lock, quit, and start again on the now existing encrypted journal.
    _lock(qtbot, window)
    window.close()
    flows.append("lock")
    again = _window(qtbot, journal_file)
    _unlock(qtbot, again)
    assert again.journal.count_entries() == 2
    _lock(qtbot, again)
    again.close()
    flows.append("start again + unlock")

    print(f"\nflows {flows}: network attempts {len(guard.attempts)}, "
          f"local socket uses {len(guard.local)}")
    assert guard.attempts == []
    if Path("/proc/self/fd").exists():
        assert open_sockets()[1] == set()  # none from C code either (Qt, D-Bus)
    assert "PySide6.QtNetwork" not in sys.modules
    maps = Path("/proc/self/maps")
    if maps.exists():
        assert "Qt6Network" not in maps.read_text()


def open_sockets() -> tuple[set[str], set[str]]:
    """Inodes of this process's open sockets: (unix ones, network ones) on Linux."""
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])

    def inodes(table: str) -> set[str]:
        path = Path("/proc/net") / table
        if not path.exists():
            return set()
        rows = path.read_text().splitlines()[1:]
        column = 6 if table == "unix" else 9
        return {row.split()[column] for row in rows if len(row.split()) > column}

    network = set().union(*(inodes(t) for t in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6")))
    return mine & inodes("unix"), mine & network


# Run in a fresh process whose D-Bus addresses point at private buses: the window listens
# for sleep and lock signals, and every socket it has open must be a unix socket.
DBUS_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from trustjournal.gui.application import create_application
from trustjournal.gui.main_window import MainWindow
from trustjournal.storage import open_journal
from tests.test_no_network import open_sockets
app = create_application()
window = MainWindow(open_journal(__import__("pathlib").Path(sys.argv[1])))
window.show()
for _ in range(20):
    app.processEvents()
unix, network = open_sockets()
print(json.dumps({"active": window.desktop_lock.active, "unix": len(unix),
                  "network": sorted(network)}))
window.journal.close()
"""


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs Linux's /proc")
def test_desktop_signals_come_over_local_unix_sockets_only(tmp_path: Path) -> None:
    daemons = [subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
               for _ in range(2)]
    try:
        system, session = (d.stdout.readline().strip() for d in daemons)  # type: ignore[union-attr]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_SESSION_ID": "4",
               "DBUS_SYSTEM_BUS_ADDRESS": system, "DBUS_SESSION_BUS_ADDRESS": session,
               "PYTHONPATH": str(PACKAGE.parent)}
        done = subprocess.run([sys.executable, "-c", DBUS_PROBE, str(tmp_path / "notes.db")],
                              capture_output=True, text=True, timeout=120, env=env,
                              cwd=PACKAGE.parent)
    finally:
        for daemon in daemons:
            daemon.terminate()
            daemon.wait(10)
            daemon.stdout.close()  # type: ignore[union-attr]
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(result["active"]) == 3  # it did reach both buses
    assert result["unix"] >= 2 and result["network"] == []
