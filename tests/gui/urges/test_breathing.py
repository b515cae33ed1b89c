"""The breathing circle draws in the theme on screen, grows with the breath, and keeps
still when asked."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from trustjournal.gui.theme import Appearance, palette
from trustjournal.gui.urges.breathing import BreathingCircle


def filled_width(circle: BreathingCircle, colour: str) -> int:
    """How many pixels across the middle row are the circle's fill."""
    image = circle.grab().toImage()
    row = image.height() // 2
    wanted = QColor(colour)
    return sum(1 for x in range(image.width()) if image.pixelColor(x, row) == wanted)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_circle_is_drawn_in_the_themes_calm_colours(qtbot, restore_app, theme: str) -> None:  # type: ignore[no-untyped-def]
    Appearance(restore_app, None).set_choice(theme)  # type: ignore[arg-type]
    circle = BreathingCircle()
    qtbot.addWidget(circle)
    circle.resize(200, 200)
    circle.show_state(0.5, 0.25)
    image = circle.grab().toImage()
    assert image.pixelColor(100, 100) == QColor(palette(theme).accent_soft)  # type: ignore[arg-type]


def test_the_circle_grows_with_the_breath_and_keeps_still_when_asked(qtbot, restore_app) -> None:  # type: ignore[no-untyped-def]
    Appearance(restore_app, None).set_choice("light")
    soft = palette("light").accent_soft
    circle = BreathingCircle()
    qtbot.addWidget(circle)
    circle.resize(200, 200)
    circle.show_state(0.0, 0.0)
    small = filled_width(circle, soft)
    circle.show_state(1.0, 0.0)
    large = filled_width(circle, soft)
    assert 0 < small < large
    circle.still = True
    circle.show_state(1.0, 0.0)
    assert circle.fullness == 0.5
    assert small < filled_width(circle, soft) < large
