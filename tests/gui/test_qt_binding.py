"""The Qt binding itself must not leak or drop references (it once aborted the app)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Emitter(QObject):
    ping = Signal()


def test_qt_calls_and_signals_keep_reference_counts(qtbot) -> None:
    timer = QTimer()
    emitter = _Emitter()
    emitter.ping.connect(lambda: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):
        timer.start(1_000)
        emitter.ping.emit()
    timer.stop()
    # A few references may come and go; thousands lost means the binding is broken.
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
