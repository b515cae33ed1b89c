"""Start-up as the entry point runs it: shell first, journal opened on a worker thread."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from trustjournal.gui import application


def args_for(folder: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(folder), command=None)


def test_opens_the_journal_and_releases_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    from trustjournal.storage import open_journal

    open_journal(tmp_path / "notes.db").close()  # a plain journal (first run: test_privacy)
    monkeypatch.setenv("TRUSTJOURNAL_STARTUP_PROBE", "ready")
    assert application.run_gui(args_for(tmp_path)) == 0
    # The journal was created, closed and unlocked: it opens again here.
    with open_journal(tmp_path / "notes.db") as journal:
        assert journal.count_entries() == 0


def test_no_quit_is_left_behind_for_the_next_event_loop(tmp_path: Path) -> None:
    """A quit asked for as run_gui's window shut down, after its loop had ended, used to
    end the next event loop at once: a window opened after it (here, the next test's)
    never became ready. Run as pytest runs them, one after the other, in a process of
    their own."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         f"--basetemp={tmp_path / 'runs'}",
         "tests/gui/test_application.py::test_opens_the_journal_and_releases_it",
         "tests/gui/test_window_startup.py::"
         "test_the_check_and_backup_start_after_the_journal_is_usable"],
        cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "2 passed" in done.stdout


def test_the_reminders_count_from_the_app_s_start(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The entry point notes when the app started, and the window's reminders, set up a
    little after the window, count from then (a reminder due in between is not lost)."""
    import datetime as dt
    import os
    import time

    from trustjournal import app
    from trustjournal.storage import open_journal

    real_run_gui = application.run_gui
    handed: list[float | None] = []
    monkeypatch.setattr(application, "run_gui",
                        lambda args, started=None: handed.append(started) or 0)
    umask = os.umask(0o077)  # main() makes everything private; the tests' own stays
    os.umask(umask)
    before = time.time()
    try:
        assert app.main(["--data-dir", str(tmp_path)]) == 0
    finally:
        os.umask(umask)
    [started] = handed
    assert started is not None and before <= started <= time.time()

    open_journal(tmp_path / "notes.db").close()
    waiting: list[float | None] = []
    real_once_usable = application.add_reminders_once_usable

    def once_usable(window, folder, started=None):  # type: ignore[no-untyped-def]
        waiting.append(started)
        real_once_usable(window, folder, started)

        def usable() -> None:  # set up at once: the probe quits when the journal is usable
            window.ensure_reminders()
            since.append(window.reminders.since)

        window.journal_ready.connect(usable)

    since: list[dt.datetime] = []
    monkeypatch.setattr(application, "add_reminders_once_usable", once_usable)
    monkeypatch.setenv("TRUSTJOURNAL_STARTUP_PROBE", "ready")
    assert real_run_gui(args_for(tmp_path), started=started - 2) == 0
    assert waiting == [started - 2] and since == [dt.datetime.fromtimestamp(started - 2)]


def test_the_shown_probe_stamps_the_shell_and_quits_without_opening(
    qtbot, tmp_path: Path, monkeypatch, capfd  # type: ignore[no-untyped-def]
) -> None:
    """The benchmark's "shown" run ends at the shell's first paint: it neither waits for
    the journal to open nor leaves it open or locked."""
    from trustjournal.storage import open_journal

    with open_journal(tmp_path / "notes.db") as journal:
        journal.create_entry(body="still here")
    monkeypatch.setenv("TRUSTJOURNAL_STARTUP_PROBE", "shown")
    assert application.run_gui(args_for(tmp_path)) == 0
    stamps = [line.split()[1] for line in capfd.readouterr().out.splitlines()
              if line.startswith("trustjournal-startup ")]
    assert stamps == ["painted"]
    with open_journal(tmp_path / "notes.db") as journal:
        assert journal.count_entries() == 1


@pytest.mark.parametrize("content", [b"not a journal at all" * 50, b""])
def test_a_bad_file_gets_a_message_not_a_traceback(
    qtbot, tmp_path: Path, monkeypatch, content: bytes
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    if not content:  # an empty file is a new journal; make the folder unusable instead
        path.unlink()
        path.mkdir()
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert application.run_gui(args_for(tmp_path)) == 1
    assert shown and "Traceback" not in shown[0]
    if content:
        assert "could not be read" in shown[0]
        assert path.read_bytes() == content


def test_a_second_window_on_the_same_journal_is_refused(qtbot, journal, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert application.run_gui(args_for(journal.path.parent)) == 1
    assert "already open" in shown[0]
    journal.create_entry(body="the first window still works")


def test_a_journal_from_a_newer_app_is_said_before_opening(qtbot, tmp_path: Path,
                                                           monkeypatch) -> None:
    """The gate's probe (the journal session) reads the format without writing: the
    window says so and quits, and not a byte of the journal changes."""
    from trustjournal.storage import open_journal
    from trustjournal.storage.database import connect_file

    path = tmp_path / "notes.db"
    open_journal(path).close()
    conn = connect_file(path, None)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        conn.close()
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert application.run_gui(args_for(tmp_path)) == 1
    assert "newer version of TrustJournal" in shown[0]
    assert path.read_bytes() == before
    assert not (tmp_path / "notes.db-wal").exists() and not (tmp_path / "backups").exists()



@pytest.mark.parametrize("where", ["shown at once", "found by the background check"])
def test_damage_found_after_opening_leads_to_the_damaged_screen(qtbot, tmp_path: Path,
                                                                monkeypatch, where: str) -> None:
    """Damage inside the file passes the quick open. Either building the pages reads it
    (the damaged screen comes at once), or only the background check finds it (the window
    closes the journal and a new one shows the damaged screen). Restoring the latest
    backup from there brings the journal back; the damaged file is kept unchanged."""
    import datetime as dt
    import hashlib
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from trustjournal.gui.damaged import DamagedView
    from trustjournal.gui.main_window import MainWindow
    from trustjournal.storage import open_journal
    from trustjournal.storage.archive import make_backup
    from trustjournal.storage.database import connect_file

    path = tmp_path / "notes.db"
    with open_journal(path) as journal:
        for n in range(60):
            journal.create_entry(title=f"Day {n}", body="Words. " * 400 + f"MARK-{n:04}")
        make_backup(journal, "manual")
    if where == "shown at once":
        page = path.read_bytes().find(b"MARK-0050") // 4096 + 1  # an entry the pages show
    else:  # an index no page reads at start-up (progress figures)
        conn = connect_file(path, None)
        page = conn.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'ix_metrics_name'").fetchone()[0]
        conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * 4096:page * 4096] = b"\xee" * 4096
    path.write_bytes(bytes(data))

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: warned.append(a[2]))
    seen: dict[str, object] = {}
    since: dict[int, object] = {}  # each window's reminders: from when they count

    def drive() -> None:
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, MainWindow) or not widget.isVisible():
                continue
            if widget.reminders is not None:
                since[id(widget)] = widget.reminders.since
            view = widget.gate.view
            if isinstance(view, DamagedView) and "clicked" not in seen:
                seen["clicked"] = view.latest_label.text()
                view.restore_button.click()
            elif "clicked" in seen and widget.journal is not None:
                seen["entries"] = widget.journal.count_entries()
                widget.close()
                return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(50, drive)
    safety = QTimer()  # never fires when it works; stopped so no later test meets it
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.quit)
    safety.start(30_000)
    started = time.time() - 5
    try:
        assert application.run_gui(args_for(tmp_path), started=started) == 0
    finally:
        safety.stop()
    if where == "shown at once":
        assert warned == []
    else:
        assert len(warned) == 1 and "damage" in warned[0]
    # No reminder was shown: the new window's reminders (made with it) still count from
    # the app's start; one shown by the first window would have moved that on.
    assert set(since.values()) <= {dt.datetime.fromtimestamp(started)}
    assert since or where == "shown at once"
    assert "backup you made" in str(seen["clicked"])
    assert seen["entries"] == 60
    kept = list((tmp_path / "backups").glob("damaged-*.db"))
    assert len(kept) == 1
    assert hashlib.sha256(kept[0].read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("where", ["the folder itself", "a folder above it"])
def test_a_data_folder_that_is_a_file_is_said_and_the_file_left_alone(
    qtbot, tmp_path: Path, monkeypatch, where: str  # type: ignore[no-untyped-def]
) -> None:
    """Said in our words before any window (Qt's settings would go into that folder
    first), not a traceback; "Show folder" shows the folder the file is in."""
    from PySide6.QtGui import QDesktopServices

    in_the_way = tmp_path / "data"
    in_the_way.write_bytes(b"a file, not a folder")
    folder = in_the_way if where == "the folder itself" else in_the_way / "journal"
    shown: list[str] = []
    opened: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        [show] = [b for b in box.buttons() if b.text() == "Show folder"]
        show.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    assert application.run_gui(args_for(folder)) == 1
    assert len(shown) == 1 and shown[0].startswith(f"{in_the_way} is a file, not a folder")
    assert "Not a directory" not in shown[0]
    assert opened == [str(tmp_path)]
    assert in_the_way.read_bytes() == b"a file, not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_the_gate_says_a_data_folder_that_is_a_file_instead_of_a_first_run(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The window's own way in (its gate) refuses it too, rather than offering to start a
    journal that could never be made there."""
    from trustjournal.gui.gate import Gate

    in_the_way = tmp_path / "data"
    in_the_way.write_bytes(b"a file, not a folder")
    gate = Gate()
    qtbot.addWidget(gate)
    with qtbot.waitSignal(gate.open_failed, timeout=15_000) as said:
        gate.start(in_the_way / "notes.db")
    assert said.args[0].startswith(f"{in_the_way} is a file, not a folder")
    gate.wait()
    assert in_the_way.read_bytes() == b"a file, not a folder"



def test_a_data_folder_linking_to_nothing_is_said_not_offered_a_new_journal(
    qtbot, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """A data folder that is a link to a folder not there (a drive not connected): the
    window says so in our words instead of "File exists" or a first run, and nothing is
    made, not even where the link points."""
    gone = tmp_path / "unmounted" / "journal"
    link = tmp_path / "data"
    link.symlink_to(gone)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert application.run_gui(args_for(link)) == 1
    assert len(shown) == 1 and shown[0].startswith(f"{link} is a link to {gone}, which is not")
    assert "File exists" not in shown[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"] and not gone.exists()
