"""An untouched slider shows no value and no handle; touching it picks one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from trustjournal.core.exercises import FEELING_SCALE, Scale
from trustjournal.gui.exercises.steps.sliders import ScaleInput

TEN = Scale(0, 10, "Not at all", "Completely")


def picture(box: ScaleInput) -> QImage:
    return box.slider.grab().toImage()


def make(qtbot, scale: Scale = TEN) -> ScaleInput:  # type: ignore[no-untyped-def]
    box = ScaleInput(scale, "Trust")
    qtbot.addWidget(box)
    box.resize(400, 80)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_untouched_slider_draws_no_handle_wherever_it_starts(qtbot) -> None:
    box = make(qtbot, FEELING_SCALE)
    box.set_value(None, start=80)
    at_80 = picture(box)
    box.set_value(None, start=20)
    at_20 = picture(box)
    # Nothing on screen tells where an unset slider starts: no handle is drawn.
    assert at_80 == at_20
    assert box.value() is None and "pick one" in box.shown.text()
    box.set_value(80)
    chosen_80 = picture(box)
    box.set_value(20)
    assert chosen_80 != picture(box) != at_20
    assert box.shown.text() == "20"


def test_a_click_on_the_track_picks_the_value_under_it(qtbot) -> None:
    box = make(qtbot)
    box.set_value(None)
    slider = box.slider
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    groove = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderGroove, slider)
    x = groove.x() + round(groove.width() * 0.8)
    with qtbot.waitSignal(box.changed):
        qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, groove.center().y()))
    assert box.value() == 8
    assert box.shown.text() == "8"


def test_arrow_keys_start_from_the_middle(qtbot) -> None:
    box = make(qtbot)
    box.set_value(None)
    box.slider.setFocus()
    qtbot.keyClick(box.slider, Qt.Key.Key_Right)
    assert box.value() == 6
