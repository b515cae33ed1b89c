"""The Backups screen, the daily backup at start-up and the rotation setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from trustjournal.core.rotation import SETTING, Rotation, rotation_from_setting
from trustjournal.gui.backups_dialog import BackupsDialog
from trustjournal.gui.main_window import MainWindow
from trustjournal.storage import open_journal
from trustjournal.storage.archive import list_backups, make_backup


def open_window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(path)
    return window


def close(window: MainWindow) -> None:
    window.close()
    window.shutdown()


def titles(window: MainWindow) -> list[str]:
    assert window.journal is not None
    return sorted(s.title for s in window.journal.iter_entries())


def answer(monkeypatch, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Make the next question box press the button called `text`; returns what it said."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def click_row(qtbot, dialog: BackupsDialog, row: int) -> None:  # type: ignore[no-untyped-def]
    item = dialog.table.topLevelItem(row)
    rect = dialog.table.visualItemRect(item)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def journal_with_backup(journal_file: Path) -> Path:
    with open_journal(journal_file) as journal:
        journal.create_entry(title="Before", body="kept in the backup")
        make_backup(journal, "manual")
        journal.create_entry(title="After", body="written later")
    return journal_file


def test_restore_a_backup_by_clicks(qtbot, journal_with_backup: Path, monkeypatch) -> None:
    window = open_window(qtbot, journal_with_backup)
    qtbot.waitUntil(window.background_idle, timeout=15_000)  # today's backup
    assert titles(window) == ["After", "Before"]
    qtbot.mouseClick(window.toolbar.widgetForAction(window.backups_action),
                     Qt.MouseButton.LeftButton)
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    labels = [dialog.table.topLevelItem(i).text(1) for i in range(dialog.table.topLevelItemCount())]
    assert labels == ["Monthly backup", "Backup you made"]  # today's automatic one, newest
    qtbot.waitUntil(lambda: dialog.table.topLevelItem(1).text(2) == "1", timeout=10_000)
    assert not dialog.restore_button.isEnabled()

    click_row(qtbot, dialog, 1)
    assert dialog.restore_button.isEnabled()
    asked = answer(monkeypatch, "Restore")
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "as it is now is made first" in asked[0]
    assert titles(window) == ["Before"]
    assert "Restored the backup" in window.statusBar().currentMessage()
    kinds = [b.kind for b in list_backups(journal_with_backup)]
    assert kinds.count("before-restore") == 1  # the journal as it was, one click away

    # …and back again from the same list: the copy made just before is the newest.
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    click_row(qtbot, dialog, 0)
    assert dialog.selected().kind == "before-restore"
    answer(monkeypatch, "Restore")
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert titles(window) == ["After", "Before"]
    close(window)


def test_cancel_changes_nothing_and_back_up_now_adds_one(qtbot, journal_with_backup: Path,
                                                         monkeypatch) -> None:
    window = open_window(qtbot, journal_with_backup)
    qtbot.waitUntil(window.background_idle, timeout=15_000)
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    click_row(qtbot, dialog, 1)
    answer(monkeypatch, "Cancel")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and titles(window) == ["After", "Before"]

    count = dialog.table.topLevelItemCount()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == count + 1, timeout=15_000)
    assert "checked it against your journal" in dialog.message.text()
    assert dialog.table.topLevelItem(0).text(1) == "Backup you made"
    dialog.reject()
    close(window)


def test_a_refused_backup_leaves_the_journal_as_it_was(qtbot, journal_with_backup: Path,
                                                       tmp_path: Path, monkeypatch) -> None:
    other = tmp_path / "other" / "notes.db"
    with open_journal(other) as journal:
        journal.create_entry(title="Someone else's")
        theirs = make_backup(journal, "manual")
    folder = journal_with_backup.parent / "backups"
    (folder / "from-elsewhere.db").write_bytes(theirs.path.read_bytes())
    window = open_window(qtbot, journal_with_backup)
    qtbot.waitUntil(window.background_idle, timeout=15_000)
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    row = next(i for i in range(dialog.table.topLevelItemCount())
               if dialog.backups[i].name == "from-elsewhere.db")
    click_row(qtbot, dialog, row)
    answer(monkeypatch, "Restore")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "another journal" in warned[0] and "as it was" in warned[0]
    assert titles(window) == ["After", "Before"]
    close(window)


def test_the_daily_backup_runs_once_a_day_in_the_background(qtbot, journal_file: Path) -> None:
    with open_journal(journal_file) as journal:
        journal.create_entry(title="One")
    window = open_window(qtbot, journal_file)
    qtbot.waitUntil(window.background_idle, timeout=15_000)
    assert [b.kind for b in list_backups(journal_file)] == ["monthly"]
    close(window)
    window = open_window(qtbot, journal_file)
    qtbot.waitUntil(window.background_idle, timeout=15_000)
    assert len(list_backups(journal_file)) == 1  # not twice on one day
    close(window)


def test_rotation_setting(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.gui.settings import SettingsDialog

    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    combo = settings.rotation
    assert combo.currentData() == "standard"
    combo.setCurrentIndex(combo.findData("more"))
    combo.activated.emit(combo.currentIndex())
    stored = rotation_from_setting(window.journal.get_setting(SETTING))
    assert stored == Rotation(14, 8, 24, 60)


def test_an_encrypted_journal_restores_without_asking_again(qtbot, journal_file: Path,
                                                            monkeypatch) -> None:
    from trustjournal.gui.access import UnlockView
    from trustjournal.storage import keyslots
    from trustjournal.storage.keys import create_encrypted

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))
    passphrase = "river stone lantern quiet"
    journal, _ = create_encrypted(journal_file, passphrase)
    journal.create_entry(title="Before")
    make_backup(journal, "manual")
    journal.create_entry(title="After")
    journal.close()

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.start(journal_file)
    qtbot.waitUntil(lambda: isinstance(window.gate.view, UnlockView), timeout=10_000)
    qtbot.keyClicks(window.gate.view.passphrase, passphrase)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.keyClick(window.gate.view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.background_idle, timeout=15_000)
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    row = next(i for i, b in enumerate(dialog.backups) if b.kind == "manual")
    qtbot.waitUntil(lambda: dialog.table.topLevelItem(row).text(2) == "1", timeout=10_000)
    click_row(qtbot, dialog, row)
    answer(monkeypatch, "Restore")
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.encrypted and titles(window) == ["Before"]
    assert all(b.encrypted for b in list_backups(journal_file))
    close(window)
