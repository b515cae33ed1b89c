"""Reminders to write, and the system tray the app waits in between them.

Off unless the person turns them on. The plan (time and days, nothing else) is kept in
the data folder, beside the journal and outside it, so that reminders also come while an
encrypted journal is locked or the app was started at login. The notification says the
same neutral words every time, never anything from the journal. With reminders on,
closing the window keeps the app in the tray (an encrypted journal is locked first);
clicking the notification or the tray icon brings the window back. Where the desktop
has no tray, reminders cannot be turned on, and the setting says why.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from trustjournal import APP_ID, APP_NAME
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.reminders import (
    ReminderPlan,
    next_reminder,
    notification_text,
    plan_from_json,
    plan_to_json,
)
from trustjournal.gui.dates import weekday_letter
from trustjournal.resources import resource

if TYPE_CHECKING:
    from trustjournal.gui.main_window import MainWindow

PLAN_FILE = "reminders.json"
NO_TRAY = QT_TRANSLATE_NOOP("ReminderSettings",
                            "Reminders need a system tray (a notification area), and this "
                            "desktop has none, so they cannot be turned on here.")


def load_plan(folder: Path) -> ReminderPlan:
    """The plan kept in the data folder; off if there is none or it cannot be read."""
    try:
        return plan_from_json(json.loads((folder / PLAN_FILE).read_text("utf-8")))
    except (OSError, ValueError):
        return ReminderPlan()


def save_plan(folder: Path, plan: ReminderPlan) -> None:
    """Keep the plan in the data folder (user-only, replaced whole)."""
    target = folder / PLAN_FILE
    temp = target.with_name(PLAN_FILE + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(plan_to_json(plan), handle)
    os.replace(temp, target)


def autostart_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "autostart" / f"{APP_ID}.desktop"


def set_autostart(on: bool, data_folder: Path | None = None) -> None:
    """Start TrustJournal in the tray at login, or not. Only when the person asks."""
    path = autostart_file()
    if not on:
        path.unlink(missing_ok=True)
        return
    from trustjournal.gui.desktop_entry import _exec_line, launch_command
    from trustjournal.paths import default_data_dir

    command = [*launch_command(), "--in-tray"]
    if data_folder is not None and data_folder != default_data_dir():
        command += ["--data-dir", str(data_folder)]  # a journal elsewhere: say where
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[Desktop Entry]\nType=Application\nName=TrustJournal\n"
        f"Exec={_exec_line(command)}\nIcon={APP_ID}\nTerminal=false\n"
        "X-GNOME-Autostart-enabled=true\n", "utf-8")


class Reminders(QObject):
    """Keeps the tray icon and the timer for the next reminder."""

    reminded = Signal(str)  # the words shown

    def __init__(self, window: MainWindow, folder: Path,
                 tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
                 clock: Callable[[], dt.datetime] = dt.datetime.now,
                 since: dt.datetime | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.tray_available = tray_available
        self.clock = clock
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        self.due_at: dt.datetime | None = None
        # A reminder due after this moment and not shown yet is shown, late if need be
        # (as after the computer slept through it). It starts as the app's start
        # (`since`): the reminders are set up a little after the window, and one due in
        # between comes at once instead of tomorrow. Then it is the last reminder shown,
        # or the last change of plan, so none is shown twice and none from before.
        now = clock()
        self.since = now if since is None else min(since, now)
        self.plan = load_plan(folder)
        self._use(self.plan)

    @property
    def has_tray(self) -> bool:
        return bool(self.tray_available())

    def keeps_running(self) -> bool:
        """Whether closing the window leaves the app waiting in the tray."""
        return self.plan.enabled and self.tray is not None

    def apply(self, plan: ReminderPlan) -> None:
        """Use `plan` from now on: tray icon and timer on or off."""
        self.since = self.clock()  # a time just chosen is not "missed" today
        self._use(plan)

    def _use(self, plan: ReminderPlan) -> None:
        self.plan = plan
        if plan.enabled and self.has_tray:
            self._show_tray()
        elif self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        QApplication.setQuitOnLastWindowClosed(self.tray is None)
        self._schedule()

    def _show_tray(self) -> None:
        if self.tray is not None:
            return
        self.tray = QSystemTrayIcon(QIcon(str(resource("icons", "trustjournal.svg"))), self)
        self.tray.setToolTip(APP_NAME)
        menu = QMenu(self.window)
        show = QAction(translate("Reminders", "Open TrustJournal"), menu)
        show.triggered.connect(self.bring_back)
        leave = QAction(translate("Reminders", "Quit"), menu)
        leave.triggered.connect(self.window.quit_for_real)
        menu.addAction(show)
        menu.addAction(leave)
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(self.bring_back)
        self.tray.show()

    def _schedule(self) -> None:
        self.timer.stop()
        self.due_at = next_reminder(self.plan, self.since) if self.tray else None
        if self.due_at is not None:
            wait_ms = (self.due_at - self.clock()).total_seconds() * 1000
            # Timers drift over hours (and stop during sleep): aim again within the hour.
            self.timer.start(int(max(0, min(wait_ms, 3_600_000))))

    def _due(self) -> None:
        if self.due_at is not None and self.clock() >= self.due_at and self.tray:
            words = notification_text()
            self.tray.showMessage(APP_NAME, words, QSystemTrayIcon.MessageIcon.NoIcon, 60_000)
            # From now, not from the time it was due: after days asleep, one reminder.
            self.since = self.clock()
            self.reminded.emit(words)
        self._schedule()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.bring_back()

    def bring_back(self) -> None:
        """Show the window again (an encrypted journal was locked when it went away)."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def to_tray(self) -> None:
        """The window closes but the app stays; an encrypted journal locks first."""
        if self.window.journal is not None and self.window.encrypted:
            self.window.lock()
        self.window.hide()


class ReminderSettings(QGroupBox):
    """The Settings page's part: on/off, time, days, start at login."""

    def __init__(self, reminders: Reminders, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReminderSettings", "Reminders"), parent)
        self.reminders = reminders
        plan = reminders.plan
        self.enabled = QCheckBox(
            translate("ReminderSettings",
                      "Remind me to write (the notification only says “{words}”)")
            .format(words=notification_text()))
        self.enabled.setChecked(plan.enabled)
        self.time = QTimeEdit(QTime(plan.time.hour, plan.time.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(translate("ReminderSettings", "Reminder time"))
        # Indexed by weekday (Monday 0), shown from the locale's first day of the week.
        self.days = []
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ReminderSettings", "At", "before the reminder's time")))
        row.addWidget(self.time)
        row.addWidget(QLabel(translate("ReminderSettings", "on", "before the reminder's days")))
        for index in range(7):
            box = QCheckBox(weekday_letter(index))
            box.setChecked(index in plan.days)
            self.days.append(box)
        first = QLocale().firstDayOfWeek().value - 1  # Qt counts Monday as 1
        for index in range(7):
            row.addWidget(self.days[(first + index) % 7])
        row.addStretch(1)
        self.autostart = QCheckBox(
            translate("ReminderSettings", "Start TrustJournal in the tray when I log in"))
        self.autostart.setChecked(autostart_file().exists())
        self.note = QLabel(translate("ReminderSettings",
                                     "With reminders on, closing the window keeps TrustJournal "
                                     "in the tray; an encrypted journal is locked first."))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(row)
        layout.addWidget(self.autostart)
        layout.addWidget(self.note)
        if not reminders.has_tray:
            self.note.setText(translate("ReminderSettings", NO_TRAY))
            for widget in (self.enabled, self.time, self.autostart, *self.days):
                widget.setEnabled(False)
        self.enabled.toggled.connect(self._changed)
        self.time.timeChanged.connect(self._changed)
        for box in self.days:
            box.toggled.connect(self._changed)
        self.autostart.toggled.connect(
            lambda on: set_autostart(on, self.reminders.folder))
        self._changed()

    def _changed(self, *_: object) -> None:
        on = self.enabled.isChecked()
        for widget in (self.time, *self.days):
            widget.setEnabled(on and self.reminders.has_tray)
        chosen = self.time.time()
        plan = ReminderPlan(on, dt.time(chosen.hour(), chosen.minute()),
                            frozenset(i for i, box in enumerate(self.days) if box.isChecked()))
        if plan != self.reminders.plan:
            save_plan(self.reminders.folder, plan)
            self.reminders.apply(plan)

