"""The feelings picker in the narrow check-in card: every feeling's name is shown whole,
at any card width and text size (the columns follow the names' real widths)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QStyle, QStyleOptionButton

from trustjournal.gui.checkin_card import InlineCheckIn


def label_width(check: QCheckBox) -> int:
    """The room the check box's style leaves for its text, beside the tick box."""
    option = QStyleOptionButton()
    check.initStyleOption(option)
    return check.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option,
                                        check).width()


@pytest.fixture(params=["light", "dark"])
def themed(request, window):  # type: ignore[no-untyped-def]
    """The window with the theme asked for; the one before it again afterwards."""
    before = window.appearance.choice
    window.appearance.set_choice(request.param)
    yield window
    window.appearance.set_choice(before)


@pytest.mark.parametrize("scale", [1.0, 1.8])
@pytest.mark.parametrize("width", [360, 480, 720])
def test_every_feeling_fits_its_check_box_at_any_card_width(qtbot, themed, journal,
                                                            width, scale) -> None:
    card = InlineCheckIn(journal, themed.events)
    qtbot.addWidget(card)
    font = card.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    card.setFont(font)
    card.more_button.setChecked(True)  # the feelings, folded away until asked for
    for name in ("vulnerable", "disappointed", "overwhelmed"):
        card.feelings.checks[name].setChecked(True)  # each gets a slider with its name
    card.show()
    qtbot.waitExposed(card)
    for _settle in range(2):  # as tall as the width needs, as a scrolling page allows
        card.resize(width, max(600, card.heightForWidth(width)))
        QApplication.processEvents()
    assert card.width() == width  # nothing in the card forces it wider
    checks = [c for c in card.feelings.checks.values() if c.isVisible()]
    assert len(checks) >= 20
    names = [c.text() for c in checks]
    assert "Vulnerable" in names
    for check in checks:
        text = check.fontMetrics().horizontalAdvance(check.text())
        assert text <= label_width(check), (check.text(), text, label_width(check))
        # And the whole box is inside every parent up to the card: none cuts it off.
        parent = check.parentWidget()
        while parent is not None:
            box = QRect(check.mapTo(parent, QPoint(0, 0)), check.size())
            assert parent.rect().contains(box), (check.text(), parent.objectName())
            parent = None if parent is card else parent.parentWidget()
    # The picked ones' names beside their sliders are whole too.
    for name in ("vulnerable", "disappointed", "overwhelmed"):
        (title,) = [label for label in card.feelings.rows[name].findChildren(QLabel)
                    if label.text() == card.feelings.checks[name].text()]
        assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect(
        ).width(), title.text()
        assert card.rect().contains(QRect(title.mapTo(card, QPoint(0, 0)), title.size()))
    # Several names share a row when the card is wide enough for them.
    rows = {check.mapTo(card, QPoint(0, 0)).y() for check in checks}
    if width >= 480 and scale == 1.0:
        assert len(rows) < len(checks)
