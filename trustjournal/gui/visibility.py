"""Showing and hiding widgets without doing it twice.

`QWidget.setVisible(True)` polishes the widget (its style sheet rules, font and palette)
and lays it out on the spot, even inside a page that is still being built and not yet on
screen, and even when the widget would have been shown with its page anyway. While Today
was built, such calls laid out cards and their labels before the rest of the page existed,
only for all of it to be measured again when the page was shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def show_as(widget: QWidget, visible: bool) -> None:
    """Show or hide `widget`, skipping what changes nothing. Showing: a widget never
    hidden inside a parent not yet shown is shown with that parent (`isHidden()` is
    False), so nothing is done now; one hidden, or made inside a parent already on
    screen, is shown now. Hiding is always done unless the widget was hidden on purpose
    already: a widget merely not shown yet is hidden for good (otherwise a layout on
    screen, or a parent shown later, would show it)."""
    if visible:
        if widget.isHidden():
            widget.setVisible(True)
    elif not (widget.isHidden()
              and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)):
        widget.setVisible(False)
