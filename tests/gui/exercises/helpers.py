"""Driving step widgets the way a person does: clicks, typing and arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QRadioButton,
    QSlider,
    QWidget,
)

from trustjournal.gui.exercises.runner import ExerciseRunner

LEFT = Qt.MouseButton.LeftButton


def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()  # let layouts settle, as they would before a person clicks
    assert button.isVisible() and button.isEnabled(), button.text()
    assert not button.rect().isEmpty(), button.text()
    if isinstance(button, QCheckBox | QRadioButton):
        # Only the box and its words react, so aim at the box, as a person would.
        qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, LEFT)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def slide(qtbot, slider: QSlider, target: int) -> None:  # type: ignore[no-untyped-def]
    """Move a slider with the arrow keys until it shows target."""
    slider.setFocus()
    key = Qt.Key.Key_Right if target >= slider.value() else Qt.Key.Key_Left
    if target == slider.value():  # a press each way counts as choosing the value shown
        qtbot.keyClick(slider, Qt.Key.Key_Right)
        qtbot.keyClick(slider, Qt.Key.Key_Left)
    for _ in range(200):
        if slider.value() == target:
            return
        qtbot.keyClick(slider, key)
    raise AssertionError(f"slider stuck at {slider.value()}, wanted {target}")


def next_step(qtbot, runner: ExerciseRunner) -> None:  # type: ignore[no-untyped-def]
    before = runner.run.index
    click(qtbot, runner.next_button)
    assert runner.run.index != before or runner.saved_uuid, runner.message.text()


def step_id(runner: ExerciseRunner) -> str:
    return runner.run.step.id


def record_safety(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Keep the safety panel from blocking a test; each time it opens, its text is listed."""
    from trustjournal.gui.safety import SafetyDialog

    shown: list[str] = []

    def record(self) -> None:  # type: ignore[no-untyped-def]
        shown.append(self.shown_text())

    # The window offers the panel without blocking (open); exec kept for any modal use.
    monkeypatch.setattr(SafetyDialog, "open", record)
    monkeypatch.setattr(SafetyDialog, "exec", record)
    return shown
