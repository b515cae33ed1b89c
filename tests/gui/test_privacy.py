"""First run, lock and unlock, recovery, auto-lock and the protection settings, in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from trustjournal.gui.access import (
    FREE_TRIES,
    RecoveryKeyView,
    SetupView,
    UnlockView,
    retry_delay,
)
from trustjournal.gui.main_window import LOCK_SHORTCUT, MainWindow
from trustjournal.storage.errors import PassphraseError
from trustjournal.storage.keys import is_encrypted, unlock, unlock_with_recovery


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny Argon2 settings: they are stored in each slot, so every path stays the same."""
    from trustjournal.storage import keyslots

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))


SECRET_WORDS = "Marmalade-Quietly-7"  # written into entries; must never be on screen when locked
PASSPHRASE = "river stone lantern quiet"


def visible_text(window: MainWindow) -> str:
    """Every piece of text a person could see in the window right now."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QLabel):
        if widget.isVisible():
            parts.append(widget.text())
    for widget in window.findChildren(QLineEdit):
        if widget.isVisible():
            parts.append(widget.text())
    for widget in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit):
        if widget.isVisible():
            parts.append(widget.toPlainText())
    return "\n".join(parts)


def new_window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.start(path)
    return window


def close(window: MainWindow) -> None:
    window.close()
    if window.journal is not None:
        window.journal.close()


def first_run_encrypted(qtbot, path: Path) -> tuple[MainWindow, str]:  # type: ignore[no-untyped-def]
    window = new_window(qtbot, path)
    qtbot.waitUntil(lambda: isinstance(window.gate.view, SetupView))
    setup = window.gate.view
    assert setup.encrypt.isChecked()  # encryption is pre-selected
    qtbot.keyClicks(setup.new.first, PASSPHRASE)
    assert "strong" in setup.new.meter.text().lower()
    qtbot.keyClicks(setup.new.second, PASSPHRASE)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.gate.view, RecoveryKeyView), timeout=15_000)
    shown = window.gate.view
    recovery_key = shown.key_label.text()
    assert len(recovery_key) > 20
    assert not shown.continue_button.isEnabled()  # confirm it was stored first
    shown.stored.setChecked(True)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(shown.continue_button, Qt.MouseButton.LeftButton)
    assert window.encrypted and is_encrypted(path)
    return window, recovery_key


def write_entry(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.title_edit, "Private")
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, text)


def lock_by_shortcut(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    assert window.lock_action.shortcut().toString() == LOCK_SHORTCUT
    assert window.journal is None


def test_first_run_with_a_passphrase_then_lock_and_unlock(qtbot, journal_file: Path) -> None:
    window, _key = first_run_encrypted(qtbot, journal_file)
    write_entry(qtbot, window, f"Nobody should see {SECRET_WORDS}.")
    lock_by_shortcut(qtbot, window)  # locks at once and keeps the typed text
    assert SECRET_WORDS not in visible_text(window)
    assert window.windowTitle() == "TrustJournal"
    unlock_view = window.gate.view
    assert isinstance(unlock_view, UnlockView)

    qtbot.keyClicks(unlock_view.passphrase, "not it at all")
    qtbot.keyClick(unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlock_view.failures == 1, timeout=15_000)
    assert "passphrase" in unlock_view.message.text().lower()
    assert window.journal is None and SECRET_WORDS not in visible_text(window)

    qtbot.keyClicks(unlock_view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.keyClick(unlock_view.passphrase, Qt.Key.Key_Return)
    hits = window.journal.search(SECRET_WORDS.split("-")[0])
    assert [h.entry.title for h in hits] == ["Private"]
    close(window)


def _held_bytes(root: object) -> list[str]:
    """Every bytes value (and every unlocked journal session) reachable from root's
    attributes and from the attributes of its child widgets, one level deep."""
    from PySide6.QtCore import QObject

    from trustjournal.storage.session import JournalSession

    holders = [root, *(root.findChildren(QObject) if isinstance(root, QObject) else [])]
    found = []
    for holder in holders:
        for name, value in vars(holder).items():
            if isinstance(value, (bytes, bytearray)):
                found.append(f"{type(holder).__name__}.{name}")
            if isinstance(value, JournalSession) and value.unlocked:
                found.append(f"{type(holder).__name__}.{name} (an unlocked session)")
    return found


def test_after_unlocking_the_window_holds_no_key(qtbot, journal_file: Path) -> None:
    """The key stays in storage: once the journal is open, neither the window nor any of
    its widgets keeps key bytes or an unlocked session (the gate drops its own)."""
    window, _key = first_run_encrypted(qtbot, journal_file)
    assert _held_bytes(window) == []
    lock_by_shortcut(qtbot, window)
    unlock_view = window.gate.view
    qtbot.keyClicks(unlock_view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.keyClick(unlock_view.passphrase, Qt.Key.Key_Return)
    assert window.gate.session is None
    assert _held_bytes(window) == []
    close(window)


def test_wrong_tries_wait_longer_and_longer() -> None:
    assert [retry_delay(n) for n in range(FREE_TRIES)] == [0] * FREE_TRIES
    waits = [retry_delay(n) for n in range(FREE_TRIES, FREE_TRIES + 8)]
    assert waits == sorted(waits) and waits[0] > 0 and waits[-1] == 30


def test_after_several_wrong_tries_the_next_one_waits(qtbot) -> None:
    view = UnlockView()
    qtbot.addWidget(view)
    view.show()
    for _ in range(FREE_TRIES):
        view.failed("That passphrase didn't open the journal.", wrong_secret=True)
    assert not view.unlock_button.isEnabled()
    assert "try again in" in view.message.text()
    qtbot.waitUntil(view.unlock_button.isEnabled, timeout=5_000)


def test_forgotten_passphrase_recovery_key_sets_a_new_one(qtbot, journal_file: Path) -> None:
    window, recovery_key = first_run_encrypted(qtbot, journal_file)
    lock_by_shortcut(qtbot, window)
    view = window.gate.view
    qtbot.mouseClick(view.forgot_button, Qt.MouseButton.LeftButton)
    typed = recovery_key.lower().replace("-", " ")  # typed back loosely
    qtbot.keyClicks(view.recovery, typed)
    qtbot.keyClicks(view.new.first, "a brand new passphrase")
    qtbot.keyClicks(view.new.second, "a brand new passphrase")
    old_key = unlock(journal_file, PASSPHRASE)
    qtbot.mouseClick(view.recover_button, Qt.MouseButton.LeftButton)
    # The journal was re-keyed, so the recovery key is new: it is shown once.
    qtbot.waitUntil(lambda: isinstance(window.gate.view, RecoveryKeyView), timeout=30_000)
    shown = window.gate.view
    new_recovery = shown.key_label.text()
    assert new_recovery and new_recovery != recovery_key
    shown.stored.setChecked(True)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(shown.continue_button, Qt.MouseButton.LeftButton)
    close(window)
    new_key = unlock(journal_file, "a brand new passphrase")
    assert len(new_key) == 32 and new_key != old_key
    assert unlock_with_recovery(journal_file, new_recovery) == new_key
    with pytest.raises(PassphraseError):
        unlock(journal_file, PASSPHRASE)
    with pytest.raises(PassphraseError):
        unlock_with_recovery(journal_file, recovery_key)


def test_first_run_without_a_passphrase_says_what_that_means(qtbot, journal_file: Path) -> None:
    window = new_window(qtbot, journal_file)
    qtbot.waitUntil(lambda: isinstance(window.gate.view, SetupView))
    setup = window.gate.view
    qtbot.mouseClick(setup.plain, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, setup.plain.height() // 2))
    assert setup.plain.isChecked()
    assert setup.plain_note.isVisible() and "can read" in setup.plain_note.text()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert not window.encrypted and not is_encrypted(journal_file)
    # Quick-hide still hides everything of a plain journal.
    write_entry(qtbot, window, SECRET_WORDS)
    lock_by_shortcut(qtbot, window)
    assert SECRET_WORDS not in visible_text(window)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.mouseClick(window.gate.view.show_button, Qt.MouseButton.LeftButton)
    assert window.journal.search("Marmalade")
    close(window)


def test_idle_time_locks_the_window(qtbot, journal_file: Path) -> None:
    window, _ = first_run_encrypted(qtbot, journal_file)
    assert window.idle.minutes == 5  # the default
    window.idle.timer.setInterval(100)
    window.idle.timer.start()
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    assert isinstance(window.gate.view, UnlockView)
    close(window)


def test_typing_restarts_the_idle_countdown_only_while_one_runs(qtbot,  # type: ignore[no-untyped-def]
                                                               journal_file: Path) -> None:
    window, _ = first_run_encrypted(qtbot, journal_file)
    idle = window.idle
    qtbot.waitUntil(idle.watching)  # from the window's first paint with the journal on
    locked = []
    window.locked.connect(lambda: locked.append(True))
    idle.timer.setInterval(600)
    idle.timer.start()
    for _ in range(8):  # someone is typing: 1.6 s, with the countdown at 0.6 s
        qtbot.wait(200)
        qtbot.keyClick(window.journal_view.editor.body_edit, Qt.Key.Key_A)
    assert not locked
    idle.set_minutes(0)  # "never": nothing to restart, so no event is looked at
    assert not idle.watching() and not idle.timer.isActive()
    idle.set_minutes(5)
    assert idle.watching() and idle.timer.isActive()
    lock_by_shortcut(qtbot, window)  # locked: no countdown, no watching
    assert not idle.watching() and not idle.timer.isActive()
    close(window)


def test_change_passphrase_and_new_recovery_key_in_settings(qtbot, journal_file: Path) -> None:
    from trustjournal.gui.settings import SettingsDialog

    window, old_key = first_run_encrypted(qtbot, journal_file)
    first_key = unlock(journal_file, PASSPHRASE)
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    dialog = settings.change_passphrase()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new.first, "second passphrase here")
    qtbot.keyClicks(dialog.new.second, "second passphrase here")
    steps: list[int] = []
    dialog.stepped.connect(lambda step, _steps, _what: steps.append(step))
    with qtbot.waitSignal(window.journal_ready, timeout=30_000):
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert steps == [1, 2, 3, 4, 5]  # the steps reached the dialog from the thread
    second_key = unlock(journal_file, "second passphrase here")
    assert len(second_key) == 32 and second_key != first_key  # re-keyed
    assert window.journal is not None and window.encrypted
    shown = window.recovery_dialog.findChild(RecoveryKeyView).key_label.text()
    assert shown != old_key
    assert unlock_with_recovery(journal_file, shown) == second_key

    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    dialog = settings.new_recovery_key()
    qtbot.keyClicks(dialog.current, "wrong one")
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.go.isEnabled(), timeout=15_000)
    assert dialog.isVisible() and dialog.message.text()  # said why, stayed open
    dialog.current.selectAll()
    qtbot.keyClicks(dialog.current, "second passphrase here")
    with qtbot.waitSignal(window.journal_ready, timeout=30_000):
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    new_key = window.recovery_dialog.findChild(RecoveryKeyView).key_label.text()
    assert new_key and new_key not in (old_key, shown)
    third_key = unlock_with_recovery(journal_file, new_key)
    assert third_key not in (first_key, second_key)
    with pytest.raises(PassphraseError):
        unlock_with_recovery(journal_file, shown)
    close(window)


def test_encrypt_a_plain_journal_from_settings_then_remove_it(qtbot, journal_file: Path,
                                                              monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.settings import SettingsDialog
    from trustjournal.storage import open_journal

    with open_journal(journal_file) as journal:
        journal.create_entry(title="Before", body=SECRET_WORDS)
    window = new_window(qtbot, journal_file)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=15_000)
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    dialog = settings.encrypt()
    qtbot.keyClicks(dialog.new.first, PASSPHRASE)
    qtbot.keyClicks(dialog.new.second, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=30_000):
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert window.encrypted and is_encrypted(journal_file)
    assert SECRET_WORDS.encode() not in journal_file.read_bytes()
    assert [h.entry.title for h in window.journal.search("Marmalade")] == ["Before"]
    qtbot.waitUntil(lambda: window.recovery_dialog is not None)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    dialog = settings.remove_encryption()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=30_000):
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert not window.encrypted and not is_encrypted(journal_file)
    assert [h.entry.title for h in window.journal.search("Marmalade")] == ["Before"]
    close(window)


def test_privacy_page_says_what_is_and_is_not_protected(qtbot, monkeypatch) -> None:
    from trustjournal.gui.privacy import PrivacyDialog

    dialog = PrivacyDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "What is protected" in text and "What is not protected" in text
    assert "keylogger" in text and "export" in text.lower()
    # Honest about what overwriting cannot reach after encrypting.
    for limit in ("copy-on-write", "wear levelling", "snapshots", "other backup tools"):
        assert limit in text, limit
    QApplication.processEvents()


def test_removing_encryption_with_a_wrong_passphrase_changes_nothing(qtbot, journal_file: Path,
                                                                     monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.settings import SettingsDialog

    window, _ = first_run_encrypted(qtbot, journal_file)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    dialog = settings.remove_encryption()
    qtbot.keyClicks(dialog.current, "not my passphrase")
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "passphrase" in dialog.message.text().lower()
    assert window.journal is not None and not window.journal.closed  # still open, unchanged
    assert is_encrypted(journal_file)
    close(window)


def test_a_locked_window_keeps_the_journal_from_other_processes(qtbot, journal_file: Path
                                                                ) -> None:
    import os
    import subprocess
    import sys

    window, _ = first_run_encrypted(qtbot, journal_file)
    lock_by_shortcut(qtbot, window)
    env = dict(os.environ, TRUSTJOURNAL_PASSPHRASE=PASSPHRASE)
    other = subprocess.run(
        [sys.executable, "-m", "trustjournal", "--data-dir", str(journal_file.parent), "list"],
        env=env, capture_output=True, text=True, timeout=60)
    assert other.returncode != 0 and "already open" in other.stderr
    unlock_view = window.gate.view
    qtbot.keyClicks(unlock_view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        qtbot.keyClick(unlock_view.passphrase, Qt.Key.Key_Return)
    assert window.kept_lock_path is None
    close(window)
    freed = subprocess.run(
        [sys.executable, "-m", "trustjournal", "--data-dir", str(journal_file.parent), "list"],
        env=env, capture_output=True, text=True, timeout=60)
    assert freed.returncode == 0, freed.stderr


def test_encrypt_in_settings_asks_before_removing_plain_leftovers(qtbot, journal_file: Path,
                                                                  monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.settings import SettingsDialog
    from trustjournal.storage import open_journal

    with open_journal(journal_file) as journal:
        journal.create_entry(title="Before", body=SECRET_WORDS)
    window = new_window(qtbot, journal_file)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=15_000)
    # A plain file the app cannot keep in encrypted form (not a journal).
    stray = journal_file.with_name("copy.sqlite")
    from trustjournal.storage.database import connect_file

    conn = connect_file(stray, None)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (?)", (SECRET_WORDS,))
    conn.close()
    asked: list[str] = []

    def answer(button):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(text)
            return button
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    assert settings.encrypt() is None
    assert "copy.sqlite" in asked[0]
    assert stray.exists() and not is_encrypted(journal_file)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog = settings.encrypt()
    qtbot.keyClicks(dialog.new.first, PASSPHRASE)
    qtbot.keyClicks(dialog.new.second, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=30_000):
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert window.encrypted and not stray.exists()
    assert "copy.sqlite" in settings.report_box.text()
    for path in journal_file.parent.rglob("*"):
        if path.is_file():
            assert not path.read_bytes().startswith(b"SQLite format 3"), path.name
            assert SECRET_WORDS.encode() not in path.read_bytes(), path.name
    settings.report_box.close()
    close(window)


def test_an_unfinished_encryption_is_not_called_nothing_changed(qtbot, journal_file: Path,
                                                                monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.settings import SettingsDialog
    from trustjournal.storage import convert, open_journal
    from trustjournal.storage.plaintext import REMOVE, PlainFile, SweepReport

    with open_journal(journal_file) as journal:
        journal.create_entry(title="Before", body=SECRET_WORDS)
    window = new_window(qtbot, journal_file)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=15_000)
    stuck = PlainFile(journal_file.with_name("stuck.db"), REMOVE, "could not be removed")
    monkeypatch.setattr(convert, "sweep", lambda *a, **k: SweepReport(left=[stuck]))
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a: warnings.append((title, text)))
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    dialog = settings.encrypt()
    qtbot.keyClicks(dialog.new.first, PASSPHRASE)
    qtbot.keyClicks(dialog.new.second, PASSPHRASE)
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    title, text = warnings[0]
    assert title == "Not everything was finished"
    assert "encrypted now" in text and "stuck.db" in text
    close(window)


def _spoiled_backup(window: MainWindow, journal_file: Path) -> Path:
    from trustjournal.storage.archive import make_backup

    info = make_backup(window.journal, "manual")
    damaged = info.path.with_name("weekly-20240101-101010.db")
    data = bytearray(info.path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 100] = b"\x00" * 100
    damaged.write_bytes(bytes(data))
    return damaged


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_new_passphrase_offers_to_remove_backups_it_could_not_rekey(
    qtbot, journal_file: Path, monkeypatch, answer: str  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.settings import SettingsDialog
    from trustjournal.paths import keys_path
    from trustjournal.storage.keyslots import read_key_file

    window, _ = first_run_encrypted(qtbot, journal_file)
    damaged = _spoiled_backup(window, journal_file)
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    dialog = settings.change_passphrase()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new.first, "second passphrase here")
    qtbot.keyClicks(dialog.new.second, "second passphrase here")
    with qtbot.waitSignal(window.journal_ready, timeout=30_000):
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
    assert damaged.name in asked[0]
    retired = read_key_file(keys_path(journal_file)).retired
    if answer == "Yes":
        assert not damaged.exists() and retired == []
    else:
        assert damaged.exists() and len(retired) == 1
    close(window)


def test_removing_encryption_says_which_backups_keep_their_key(qtbot, journal_file: Path,
                                                               monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.settings import SettingsDialog

    window, _ = first_run_encrypted(qtbot, journal_file)
    damaged = _spoiled_backup(window, journal_file)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    dialog = settings.remove_encryption()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    with qtbot.waitSignal(window.journal_ready, timeout=30_000):
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert not window.encrypted
    text = settings.report_box.text()
    assert damaged.name in text and "before-decrypt-" in text
    assert list(damaged.parent.glob("before-decrypt-*.keys"))
    settings.report_box.close()
    close(window)


def test_an_unreadable_file_stops_encrypting_with_a_message(qtbot, journal_file: Path,
                                                            monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.settings import SettingsDialog
    from trustjournal.storage import keys, open_journal

    open_journal(journal_file).close()
    window = new_window(qtbot, journal_file)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=15_000)

    def unreadable(_path: Path) -> list[object]:
        raise PermissionError(13, "Permission denied", "backups/locked.db")

    monkeypatch.setattr(keys, "plain_files_to_remove", unreadable)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    assert settings.encrypt() is None
    assert "backups/locked.db" in warnings[0] and "as it was" in warnings[0]
    assert not is_encrypted(journal_file)
    close(window)
