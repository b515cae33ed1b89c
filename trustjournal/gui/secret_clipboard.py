"""Copying a secret (the recovery key) so that it does not linger.

Clipboard managers keep a history of everything copied; KDE's Klipper and others skip
data marked with the password-manager hint. The copy is also taken back after a minute,
unless something else has been copied since.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"
CLEAR_AFTER_MS = 60_000


def copy_secret(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Put `text` on the clipboard, marked secret; clear it after `clear_after_ms`."""
    data = QMimeData()
    data.setText(text)
    data.setData(PASSWORD_MANAGER_HINT, QByteArray(b"secret"))
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(data)

    def take_back() -> None:
        if clipboard.text() == text:  # not if the person has copied something else since
            clipboard.clear()

    QTimer.singleShot(clear_after_ms, clipboard, take_back)
