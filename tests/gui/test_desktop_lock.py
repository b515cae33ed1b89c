"""Locking on sleep and screen lock, with the desktop's signals sent on private buses.

Two private dbus-daemons stand in for the system bus (logind) and the session bus (the
screen saver); a second connection on each takes the real service name and sends the
real signals, as logind and the screen saver do.
"""

from __future__ import annotations

import itertools
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from trustjournal.gui import desktop_lock
from trustjournal.gui.desktop_lock import DesktopLock, session_path

_names = itertools.count()


class Bus:
    """A private bus: one connection to listen on, one that sends as `service`."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.names: list[str] = []
        self.senders: dict[str, QDBusConnection] = {}

    def connection(self) -> QDBusConnection:
        name = f"tj-test-{next(_names)}"
        self.names.append(name)
        bus = QDBusConnection.connectToBus(self.address, name)
        assert bus.isConnected(), bus.lastError().message()
        return bus

    def emit(self, service: str, path: str, interface: str, member: str,
             *args: object) -> None:
        if service not in self.senders:
            self.senders[service] = self.connection()
            assert self.senders[service].registerService(service)
        sender = self.senders[service]
        message = QDBusMessage.createSignal(path, interface, member)
        message.setArguments(list(args))
        assert sender.send(message)

    def close(self) -> None:
        for name in self.names:
            QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def buses() -> Iterator[tuple[Bus, Bus]]:
    daemons = [subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
               for _ in range(2)]
    made = [Bus(d.stdout.readline().strip()) for d in daemons]  # type: ignore[union-attr]
    yield made[0], made[1]
    for bus in made:
        bus.close()
    for daemon in daemons:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()  # type: ignore[union-attr]


def test_sleep_session_lock_and_screen_saver_each_ask_for_a_lock(qtbot, buses) -> None:  # type: ignore[no-untyped-def]
    system, session = buses
    watcher = DesktopLock(system.connection(), session.connection(), session_id="7")
    assert len(watcher.active) == 3
    reasons: list[str] = []
    watcher.lock_requested.connect(reasons.append)

    system.emit("org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    qtbot.waitUntil(lambda: reasons == ["sleep"], timeout=5000)
    # Waking up, another session's lock and a screen saver going away ask for nothing.
    system.emit("org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", False)
    system.emit("org.freedesktop.login1", session_path("8"),
                "org.freedesktop.login1.Session", "Lock")
    session.emit("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver", "ActiveChanged", False)
    system.emit("org.freedesktop.login1", session_path("7"),
                "org.freedesktop.login1.Session", "Lock")
    qtbot.waitUntil(lambda: reasons == ["sleep", "session"], timeout=5000)
    session.emit("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver",
                 "org.gnome.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: reasons == ["sleep", "session", "screen saver"], timeout=5000)
    session.emit("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: reasons[-1:] == ["screen saver"] and len(reasons) == 4,
                    timeout=5000)
    assert "sleep" in watcher.describe() and "screen locks" in watcher.describe()


def test_a_signal_from_a_program_pretending_to_be_logind_is_ignored(qtbot, buses) -> None:  # type: ignore[no-untyped-def]
    system, session = buses
    watcher = DesktopLock(system.connection(), session.connection())
    reasons: list[str] = []
    watcher.lock_requested.connect(reasons.append)
    impostor = system.connection()  # does not own org.freedesktop.login1
    message = QDBusMessage.createSignal("/org/freedesktop/login1",
                                        "org.freedesktop.login1.Manager", "PrepareForSleep")
    message.setArguments([True])
    assert impostor.send(message)
    qtbot.wait(300)
    assert reasons == []


def test_without_any_bus_nothing_breaks_and_settings_say_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    gone = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "tj-test-gone")
    try:
        watcher = DesktopLock(gone, None, session_id="3")
        assert watcher.active == []
        assert "no sleep or screen-lock signal" in watcher.describe()
    finally:
        QDBusConnection.disconnectFromBus("tj-test-gone")


def test_the_window_locks_when_the_computer_sleeps(qtbot, journal, buses, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.gui.main_window import MainWindow
    from trustjournal.gui.settings import SettingsDialog

    system, session = buses
    monkeypatch.setattr(DesktopLock, "for_desktop", classmethod(
        lambda cls, parent=None: cls(system.connection(), session.connection(), "c2", parent)))
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    assert window.journal is journal
    settings = SettingsDialog(window)
    assert settings.desktop_locks.text() == (
        "It also locks when the computer goes to sleep, when your session is locked and "
        "when the screen locks.")
    settings.deleteLater()
    system.emit("org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    qtbot.waitUntil(lambda: window.journal is None, timeout=5000)
    assert window.gate.isVisible()


def test_the_desktop_s_own_buses_are_used_only_when_they_exist(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert not desktop_lock._session_bus_reachable()  # no autolaunched bus of our own
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
    assert desktop_lock._session_bus_reachable()


def test_session_paths_follow_logind_escaping() -> None:
    assert session_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_path("c12") == "/org/freedesktop/login1/session/c12"
    assert session_path("a-b") == "/org/freedesktop/login1/session/a_2db"
