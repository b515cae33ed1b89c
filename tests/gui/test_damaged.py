"""The damaged-journal screen: it appears instead of a traceback, restores the latest good
backup by one click, keeps the damaged file aside unchanged, and saves what can be read."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from trustjournal.gui.access import UnlockView
from trustjournal.gui.damaged import DamagedView
from trustjournal.gui.main_window import MainWindow
from trustjournal.storage import open_journal
from trustjournal.storage.archive import make_backup

PASSPHRASE = "river stone lantern quiet"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from trustjournal.storage import keyslots

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plain_with_backup(path: Path, entries: int = 30) -> None:
    with open_journal(path) as journal:
        for n in range(entries):
            journal.create_entry(title=f"Day {n}", body=f"Words for day {n}. " * 40)
        make_backup(journal, "daily")
        journal.create_entry(title="After the backup", body="lost with the damage")


def flip_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(16):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


DAMAGE = {
    "header flipped": flip_header,
    "truncated": lambda p: os.truncate(p, p.stat().st_size // 2 + 777),
    "random bytes": lambda p: p.write_bytes(os.urandom(p.stat().st_size)),
}


def open_window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.start(path)
    return window


def damaged_view(qtbot, window: MainWindow) -> DamagedView:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(window.gate.view, DamagedView), timeout=10_000)
    view = window.gate.view
    assert isinstance(view, DamagedView)
    return view


def shown_text(view: DamagedView) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel) if label.isVisible())


def close(window: MainWindow) -> None:
    window.close()
    window.gate.wait()
    if window.journal is not None:
        window.journal.close()


@pytest.mark.parametrize("case", list(DAMAGE))
def test_damaged_screen_restores_the_latest_backup(qtbot, journal_file: Path, case: str
                                                   ) -> None:
    plain_with_backup(journal_file)
    DAMAGE[case](journal_file)
    spoiled = sha(journal_file)
    window = open_window(qtbot, journal_file)
    view = damaged_view(qtbot, window)
    text = shown_text(view)
    assert "can't be opened safely" in text and "has not changed the file" in text
    assert "Traceback" not in text and "Error" not in text
    assert "latest backup is from" in text and "(daily backup)" in text
    assert not view.passphrase.isVisible()
    assert window.journal is None and not window.backups_action.isEnabled()

    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert window.journal is not None
    assert window.journal.count_entries() == 30
    assert "Restored the backup" in window.statusBar().currentMessage()
    kept = list((journal_file.parent / "backups").glob("damaged-*.db"))
    assert len(kept) == 1 and sha(kept[0]) == spoiled  # the damaged file, unchanged
    close(window)


def test_an_encrypted_journal_with_a_damaged_first_page(qtbot, journal_file: Path) -> None:
    """The passphrase unlocks the key, the file does not open: the damaged screen takes the
    key along, so restoring needs no second passphrase."""
    from trustjournal.storage.keys import create_encrypted

    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    journal.create_entry(title="Kept", body="in the backup")
    make_backup(journal, "daily")
    journal.close()
    data = bytearray(journal_file.read_bytes())
    data[100:600] = os.urandom(500)  # inside page 1, after SQLCipher's salt
    journal_file.write_bytes(bytes(data))
    spoiled = sha(journal_file)

    window = open_window(qtbot, journal_file)
    qtbot.waitUntil(lambda: isinstance(window.gate.view, UnlockView), timeout=10_000)
    unlock_view = window.gate.view
    qtbot.keyClicks(unlock_view.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock_view.passphrase, Qt.Key.Key_Return)
    view = damaged_view(qtbot, window)
    assert "key is right" in shown_text(view)
    assert not view.passphrase.isVisible()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert window.encrypted and [s.title for s in window.journal.iter_entries()] == ["Kept"]
    assert sha(next((journal_file.parent / "backups").glob("damaged-*.db"))) == spoiled
    close(window)


def test_encrypted_restore_asks_for_the_passphrase_first(qtbot, journal_file: Path) -> None:
    from trustjournal.storage.keys import create_encrypted

    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    journal.create_entry(title="Kept", body="in the backup")
    make_backup(journal, "daily")
    journal.close()
    flip_header(journal_file)  # the salt: the key file no longer matches the file
    window = open_window(qtbot, journal_file)
    view = damaged_view(qtbot, window)
    assert view.passphrase.isVisible() and "do not match its key file" in shown_text(view)
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert "passphrase first" in view.message.text() and window.journal is None
    qtbot.keyClicks(view.passphrase, "wrong words entirely")
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=15_000)
    assert "does not unlock" in view.message.text()
    assert not list((journal_file.parent / "backups").glob("damaged-*"))  # nothing moved
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in window.journal.iter_entries()] == ["Kept"]
    close(window)


def test_save_a_readable_copy_show_the_folder_and_quit(qtbot, journal_file: Path,
                                                      tmp_path: Path, monkeypatch) -> None:
    plain_with_backup(journal_file, entries=12)
    flip_header(journal_file)
    spoiled = sha(journal_file)
    window = open_window(qtbot, journal_file)
    view = damaged_view(qtbot, window)

    rescued = tmp_path / "rescued"
    rescued.mkdir()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory",
                        lambda *a, **k: str(rescued))
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved a readable copy" in view.message.text(), timeout=15_000)
    assert "13 entries" in view.message.text() and "--data-dir" in view.message.text()
    assert sha(journal_file) == spoiled
    with open_journal(rescued / "notes.db") as copy:
        assert copy.count_entries() == 13  # the entry made after the backup too

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(view.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(journal_file.parent)]

    qtbot.mouseClick(view.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert sha(journal_file) == spoiled and window.journal is None


def test_no_backup_yet_says_so_and_offers_the_copy(qtbot, journal_file: Path) -> None:
    with open_journal(journal_file) as journal:
        journal.create_entry(title="Only", body="here")
    flip_header(journal_file)
    window = open_window(qtbot, journal_file)
    view = damaged_view(qtbot, window)
    assert "no backups" in shown_text(view)
    assert not view.restore_button.isEnabled() and view.copy_button.isEnabled()
    close(window)


@pytest.mark.parametrize("backups", [True, False], ids=["with backups", "alone"])
def test_an_emptied_journal_file_gets_the_damaged_screen(qtbot, journal_file: Path,
                                                          backups: bool) -> None:
    """A 0-byte notes.db lost its contents (new journals are linked into place whole):
    the window never treats it as a first run, and never writes into it."""
    plain_with_backup(journal_file, 3)
    if not backups:
        for path in (journal_file.parent / "backups").iterdir():
            path.unlink()
    journal_file.write_bytes(b"")
    window = open_window(qtbot, journal_file)
    view = damaged_view(qtbot, window)
    assert "is empty" in shown_text(view)
    assert view.restore_button.isEnabled() == backups
    assert journal_file.read_bytes() == b"" and window.journal is None
    if backups:
        with qtbot.waitSignal(window.journal_ready, timeout=15_000):
            qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
        assert window.journal is not None and window.journal.count_entries() == 3
    close(window)


def test_a_missing_journal_file_beside_its_backups_is_not_a_first_run(
    qtbot, journal_file: Path
) -> None:
    from trustjournal.gui.access import SetupView

    plain_with_backup(journal_file, 3)
    journal_file.unlink()
    window = open_window(qtbot, journal_file)
    view = damaged_view(qtbot, window)
    text = shown_text(view)
    assert "notes.db is missing" in text and "its backups" in text
    assert not window.gate.findChildren(SetupView)  # no "create my journal" offered
    assert not journal_file.exists()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert window.journal is not None and window.journal.count_entries() == 3
    close(window)
