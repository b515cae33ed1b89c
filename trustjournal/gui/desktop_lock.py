"""Lock the journal when the computer goes to sleep or the screen is locked.

Qt's "application suspended" state is about mobile apps; a desktop says these things on
D-Bus instead: logind's PrepareForSleep (system bus) before sleep or hibernation, logind's
Lock on this login session (system bus; `loginctl lock-session`, many lock screens), and
the screen saver's ActiveChanged (session bus; freedesktop and GNOME names). Only signals
are listened to, over the local buses' unix sockets; nothing is ever sent. Where a bus
is missing the app runs as before, and `describe()` says which locks are active.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass

LOGIN1 = "org.freedesktop.login1"


@lazy_dataclass(frozen=True)
class Source:
    bus: str  # "system" or "session"
    service: str
    path: str
    interface: str
    member: str
    slot: str
    label: str  # which kind of event: "sleep", "session" or "screen"


def session_path(session_id: str) -> str:
    """logind's object path for a session id (its label escaping: a leading digit and
    anything but letters and digits become _XX)."""
    escaped = "".join(
        ch if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)) else
        "".join(f"_{byte:02x}" for byte in ch.encode())
        for i, ch in enumerate(session_id)
    )
    return f"/org/freedesktop/login1/session/{escaped or '_'}"


def _sources(session_id: str | None) -> list[Source]:
    found = [Source("system", LOGIN1, "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager", "PrepareForSleep",
                    "1_sleeping(bool)", "sleep")]
    if session_id:
        found.append(Source("system", LOGIN1, session_path(session_id),
                            "org.freedesktop.login1.Session", "Lock", "1_session_locked()",
                            "session"))
    for name, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                       ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
        found.append(Source("session", name, path, name, "ActiveChanged",
                            "1_screen_saver(bool)", "screen"))
    return found


def _session_bus_reachable() -> bool:
    # Without an address libdbus would start a bus of its own (autolaunch); never that.
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and (Path(runtime) / "bus").exists()


class DesktopLock(QObject):
    """Emits lock_requested(reason) when the desktop sleeps or locks."""

    lock_requested = Signal(str)

    def __init__(self, system_bus: QDBusConnection | None, session_bus: QDBusConnection | None,
                 session_id: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        buses = {"system": system_bus, "session": session_bus}
        self.active: list[str] = []
        for source in _sources(session_id):
            bus = buses[source.bus]
            if bus is None or not bus.isConnected():
                continue
            if bus.connect(source.service, source.path, source.interface, source.member,
                           self, source.slot) and source.label not in self.active:
                self.active.append(source.label)

    @classmethod
    def for_desktop(cls, parent: QObject | None = None) -> DesktopLock:
        """Listen on this desktop's own buses, those that exist."""
        if sys.platform in ("win32", "darwin"):  # these desktops have no such buses
            return cls(None, None, None, parent)
        system = QDBusConnection.systemBus()
        session = QDBusConnection.sessionBus() if _session_bus_reachable() else None
        return cls(system, session, os.environ.get("XDG_SESSION_ID"), parent)

    def describe(self) -> str:
        """One sentence for the Settings page: which desktop events lock the journal."""
        # One whole sentence for each set of events (they are found in this order).
        found = tuple(kind for kind in ("sleep", "session", "screen") if kind in self.active)
        if found == ("sleep",):
            return translate("DesktopLock", "It also locks when the computer goes to sleep.")
        if found == ("session",):
            return translate("DesktopLock", "It also locks when your session is locked.")
        if found == ("screen",):
            return translate("DesktopLock", "It also locks when the screen locks.")
        if found == ("sleep", "session"):
            return translate("DesktopLock", "It also locks when the computer goes to sleep "
                             "and when your session is locked.")
        if found == ("sleep", "screen"):
            return translate("DesktopLock", "It also locks when the computer goes to sleep "
                             "and when the screen locks.")
        if found == ("session", "screen"):
            return translate("DesktopLock", "It also locks when your session is locked and "
                             "when the screen locks.")
        if found:
            return translate("DesktopLock", "It also locks when the computer goes to sleep, "
                             "when your session is locked and when the screen locks.")
        return translate("DesktopLock", "This desktop gives no sleep or screen-lock signal "
                         "that TrustJournal can hear, so it locks only after the time above, "
                         "or when you lock it.")

    @Slot(bool)
    def _sleeping(self, going: bool) -> None:
        if going:  # False comes after waking up
            self.lock_requested.emit("sleep")

    @Slot()
    def _session_locked(self) -> None:
        self.lock_requested.emit("session")

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen saver")
