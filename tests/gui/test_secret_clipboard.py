"""The recovery key is copied marked secret, and taken back from the clipboard later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from trustjournal.gui.access import RecoveryKeyView
from trustjournal.gui.secret_clipboard import PASSWORD_MANAGER_HINT, copy_secret


def test_copy_marks_the_key_for_clipboard_managers_and_clears_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    clipboard = QGuiApplication.clipboard()
    copy_secret("KEY-1234", clear_after_ms=200)
    data = clipboard.mimeData()
    assert data.text() == "KEY-1234"
    assert bytes(data.data(PASSWORD_MANAGER_HINT)) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)


def test_something_copied_since_is_left_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    clipboard = QGuiApplication.clipboard()
    copy_secret("KEY-5678", clear_after_ms=100)
    clipboard.setText("a shopping list")
    qtbot.wait(400)
    assert clipboard.text() == "a shopping list"


def test_recovery_view_copy_button_uses_the_hint(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = RecoveryKeyView("ABCD-EFGH-IJKL")
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "ABCD-EFGH-IJKL"
    assert bytes(data.data(PASSWORD_MANAGER_HINT)) == b"secret"
    assert "cleared" in view.status.text()
    QGuiApplication.clipboard().clear()
