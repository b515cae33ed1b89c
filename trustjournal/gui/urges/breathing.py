"""A slowly breathing circle for the urge timer, drawn in the theme's calm colours.

It grows over a four-second in-breath and shrinks over a six-second out-breath (a longer
out-breath is what settles the body), with eased edges and no change of colour or
brightness, so nothing flashes. A thin ring around it fills as the time passes. Kept
still, it shows the ring only.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from trustjournal.core.i18n import translate
from trustjournal.gui.theme import current_theme, palette

IN_SECONDS = 4.0
OUT_SECONDS = 6.0
CYCLE = IN_SECONDS + OUT_SECONDS
SMALLEST, LARGEST = 0.45, 0.85  # the circle's radius, as a share of the ring's


def breath(seconds: float) -> float:
    """How full the breath is (0..1) this many seconds into the timer."""
    t = seconds % CYCLE
    share = t / IN_SECONDS if t < IN_SECONDS else 1.0 - (t - IN_SECONDS) / OUT_SECONDS
    return (1.0 - math.cos(math.pi * share)) / 2.0  # eased: slow at the turns


def breathing_in(seconds: float) -> bool:
    return seconds % CYCLE < IN_SECONDS


class BreathingCircle(QWidget):
    """Shows `fullness` (0..1, the breath) and `progress` (0..1, the time passed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathingCircle")
        self.fullness = 0.5
        self.progress = 0.0
        self.still = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        # Nothing here is for a screen reader to read; the remaining time label says it.
        self.setAccessibleName(translate("BreathingCircle", "Breathing circle"))

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def show_state(self, fullness: float, progress: float) -> None:
        fullness = 0.5 if self.still else min(1.0, max(0.0, fullness))
        progress = min(1.0, max(0.0, progress))
        if (fullness, progress) != (self.fullness, self.progress):
            self.fullness, self.progress = fullness, progress
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        colours = palette(current_theme())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        ring = side / 2.0
        centre = QPointF(self.width() / 2.0, self.height() / 2.0)
        track = QPen(QColor(colours.border), 4)
        painter.setPen(track)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, ring, ring)
        if self.progress > 0:
            passed = QPen(QColor(colours.accent), 4)
            passed.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(passed)
            box = QRectF(centre.x() - ring, centre.y() - ring, 2 * ring, 2 * ring)
            # Qt counts arcs in sixteenths of a degree, anticlockwise from three o'clock:
            # start at twelve and go clockwise, like a clock face.
            painter.drawArc(box, 90 * 16, -round(self.progress * 360 * 16))
        radius = ring * (SMALLEST + (LARGEST - SMALLEST) * self.fullness)
        painter.setPen(QPen(QColor(colours.accent), 2))
        painter.setBrush(QColor(colours.accent_soft))
        painter.drawEllipse(centre, radius, radius)
        painter.end()
