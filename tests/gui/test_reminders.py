"""Reminders and the tray: off by default, neutral words, lock before hiding, no tray ok."""

from __future__ import annotations

import datetime as dt
import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from trustjournal import APP_ID
from trustjournal.core.reminders import NOTIFICATION_TEXT, ReminderPlan
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.reminders import (
    NO_TRAY,
    PLAN_FILE,
    Reminders,
    autostart_file,
    load_plan,
    save_plan,
)
from trustjournal.gui.settings import SettingsDialog

PASSPHRASE = "river stone lantern quiet"
# The offscreen platform has no tray; Qt's stand-in tray icon says so when shown.
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def open_window(qtbot, journal, clock=None, tray=True):  # type: ignore[no-untyped-def]
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.reminders = Reminders(window, journal.path.parent, tray_available=lambda: tray,
                                 clock=clock or Clock(dt.datetime(2024, 3, 20, 19, 0)))
    window.show()
    return window


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Click a setting as a person does on a short screen: scrolled into view first."""
    widget.window().scroll.ensureWidgetVisible(widget)
    # On the box itself: a check box is as wide as the dialog, its label is not.
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def settings_of(qtbot, window):  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The settings scroll on a short screen: bring the reminders into view, as a person
    # scrolling down to them would, so clicks land on them.
    dialog.scroll.ensureWidgetVisible(dialog.reminders)
    return dialog.reminders


def test_without_a_tray_reminders_cannot_be_turned_on_and_say_why(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, journal, tray=False)
    group = settings_of(qtbot, window)
    assert group.note.text() == NO_TRAY
    assert not group.enabled.isEnabled() and not group.autostart.isEnabled()
    assert not window.reminders.keeps_running()
    assert QApplication.quitOnLastWindowClosed()


def test_off_by_default_then_on_reminds_with_neutral_words(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    journal.create_entry(title="Quokka argument", body="Words about Quokka.")
    clock = Clock(dt.datetime(2024, 3, 20, 19, 0))  # a Wednesday
    window = open_window(qtbot, journal, clock)
    assert window.reminders.plan == ReminderPlan() and window.reminders.tray is None
    group = settings_of(qtbot, window)
    group.time.setTime(group.time.time().fromString("19:30", "HH:mm"))
    click(qtbot, group.enabled)
    saved = journal.path.parent / PLAN_FILE
    assert load_plan(journal.path.parent) == ReminderPlan(True, dt.time(19, 30))
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert "Quokka" not in saved.read_text()
    assert window.reminders.tray is not None
    assert window.reminders.due_at == dt.datetime(2024, 3, 20, 19, 30)
    assert not autostart_file().exists()  # only when asked for
    clock.now = dt.datetime(2024, 3, 20, 19, 30)
    with qtbot.waitSignal(window.reminders.reminded, timeout=5000) as said:
        window.reminders.timer.start(0)
    assert said.args == [NOTIFICATION_TEXT]
    assert window.reminders.due_at == dt.datetime(2024, 3, 21, 19, 30)
    # Not today's: a timer that wakes early shows nothing and aims again.
    fired: list[str] = []
    window.reminders.reminded.connect(fired.append)
    window.reminders.timer.start(0)
    qtbot.wait(100)
    assert fired == []
    window.reminders.apply(ReminderPlan())
    window.close()


def reminders_of(qtbot, journal, clock, since=None):  # type: ignore[no-untyped-def]
    """A window's reminders as start-up sets them up: after the window, with a tray."""
    window = MainWindow(journal)
    qtbot.addWidget(window)
    start = {} if since is None else {"since": since}  # none given: counted from now
    window.reminders = Reminders(window, journal.path.parent, tray_available=lambda: True,
                                 clock=clock, **start)
    fired: list[str] = []
    window.reminders.reminded.connect(fired.append)
    return window, fired


def test_a_reminder_due_while_the_app_starts_comes_at_once_and_only_once(  # type: ignore[no-untyped-def]
    qtbot, journal
) -> None:
    # The app started at 19:59:58; its reminders were set up at 20:00:01, once Today had
    # painted. The 20:00 reminder is shown then, not put off to tomorrow.
    save_plan(journal.path.parent, ReminderPlan(True, dt.time(20, 0)))
    clock = Clock(dt.datetime(2024, 3, 20, 20, 0, 1))
    started = dt.datetime(2024, 3, 20, 19, 59, 58)
    window, fired = reminders_of(qtbot, journal, clock, since=started)
    qtbot.waitUntil(lambda: fired == [NOTIFICATION_TEXT], timeout=5000)
    assert window.reminders.due_at == dt.datetime(2024, 3, 21, 20, 0)
    clock.now = dt.datetime(2024, 3, 20, 20, 0, 30)
    window.reminders.timer.start(0)  # the timer waking again the same evening
    qtbot.wait(100)
    assert fired == [NOTIFICATION_TEXT]
    # A new window in the same run (after damage was found) goes on from this one's
    # reminders: today's is not shown again.
    again, fired_again = reminders_of(qtbot, journal, clock, since=window.reminders.since)
    qtbot.wait(100)
    assert fired_again == [] and again.reminders.due_at == dt.datetime(2024, 3, 21, 20, 0)
    for each in (window, again):
        each.reminders.apply(ReminderPlan())
        each.close()


@pytest.mark.parametrize("started", [None, dt.datetime(2024, 3, 20, 20, 30)],
                         ids=["no start given", "started after it"])
def test_a_reminder_from_before_the_app_started_is_not_shown_late(  # type: ignore[no-untyped-def]
    qtbot, journal, started
) -> None:
    save_plan(journal.path.parent, ReminderPlan(True, dt.time(20, 0)))
    clock = Clock(dt.datetime(2024, 3, 20, 20, 30, 2))
    window, fired = reminders_of(qtbot, journal, clock, since=started)
    qtbot.wait(100)
    assert fired == [] and window.reminders.due_at == dt.datetime(2024, 3, 21, 20, 0)
    # A time chosen in Settings that has just passed is not "missed" either.
    window.reminders.apply(ReminderPlan(True, dt.time(20, 15)))
    qtbot.wait(100)
    assert fired == [] and window.reminders.due_at == dt.datetime(2024, 3, 21, 20, 15)
    window.reminders.apply(ReminderPlan())
    window.close()


def test_after_days_asleep_one_reminder_comes_then_the_next_one_ahead(  # type: ignore[no-untyped-def]
    qtbot, journal
) -> None:
    # As before: a reminder the computer slept through is shown when it wakes, once.
    save_plan(journal.path.parent, ReminderPlan(True, dt.time(20, 0)))
    clock = Clock(dt.datetime(2024, 3, 20, 19, 0))
    window, fired = reminders_of(qtbot, journal, clock)
    assert window.reminders.due_at == dt.datetime(2024, 3, 20, 20, 0)
    clock.now = dt.datetime(2024, 3, 22, 21, 0)  # woke on Friday evening
    window.reminders.timer.start(0)
    qtbot.waitUntil(lambda: fired == [NOTIFICATION_TEXT], timeout=5000)
    assert window.reminders.due_at == dt.datetime(2024, 3, 23, 20, 0)
    window.reminders.timer.start(0)
    qtbot.wait(100)
    assert fired == [NOTIFICATION_TEXT]
    window.reminders.apply(ReminderPlan())
    window.close()


def test_closing_an_encrypted_journal_to_the_tray_locks_it_first(  # type: ignore[no-untyped-def]
    qtbot, journal_file: Path, monkeypatch,
) -> None:
    from trustjournal.gui.access import UnlockView
    from trustjournal.storage import keyslots
    from trustjournal.storage.keys import create_encrypted

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))
    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    journal.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.reminders = Reminders(window, journal_file.parent, tray_available=lambda: True)
    window.show()
    window.start(journal_file)
    qtbot.waitUntil(lambda: isinstance(window.gate.view, UnlockView), timeout=10_000)
    qtbot.keyClicks(window.gate.view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.keyClick(window.gate.view.passphrase, Qt.Key.Key_Return)
    window.reminders.apply(ReminderPlan(True, dt.time(20)))
    assert not QApplication.quitOnLastWindowClosed()

    window.close()
    assert window.journal is None and not window.isVisible()  # locked, then hidden
    window.reminders.tray.messageClicked.emit()  # the notification clicked
    assert window.isVisible() and isinstance(window.gate.view, UnlockView)
    window.reminders.apply(ReminderPlan())
    assert QApplication.quitOnLastWindowClosed()
    window.close()


def test_a_plain_journal_stays_open_in_the_tray_and_ctrl_q_quits(  # type: ignore[no-untyped-def]
    qtbot, journal, monkeypatch,
) -> None:
    window = open_window(qtbot, journal)
    window.reminders.apply(ReminderPlan(True, dt.time(20)))
    window.close()
    assert not window.isVisible() and window.journal is journal
    quit_calls: list[int] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quit_calls.append(1))
    window.reminders.bring_back()
    window.quit_for_real()
    assert quit_calls == [1] and not window.isVisible()
    window.reminders.apply(ReminderPlan())


def test_autostart_entry_only_when_asked(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, journal)
    group = settings_of(qtbot, window)
    click(qtbot, group.enabled)
    assert not autostart_file().exists()
    click(qtbot, group.autostart)
    entry = autostart_file()
    assert entry.name == f"{APP_ID}.desktop"
    text = entry.read_text()
    assert "--in-tray" in text and f"--data-dir {journal.path.parent}" in text
    checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                             text=True)
    assert checked.returncode == 0, checked.stdout
    click(qtbot, group.autostart)
    assert not entry.exists()
    window.reminders.apply(ReminderPlan())


def test_started_in_tray_on_a_desktop_without_one_opens_the_window(tmp_path: Path) -> None:
    import json
    import os
    import sys

    from trustjournal.storage import open_journal

    folder = tmp_path / "journal"
    open_journal(folder / "notes.db").close()
    (folder / PLAN_FILE).write_text(json.dumps({"enabled": True, "time": "20:00"}))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRUSTJOURNAL_STARTUP_PROBE": "ready"}
    done = subprocess.run([sys.executable, "-m", "trustjournal", "--in-tray", "--data-dir",
                           str(folder)], env=env, capture_output=True, text=True, timeout=120)
    # No tray here: the window opens (the probe quits once the journal is ready).
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
