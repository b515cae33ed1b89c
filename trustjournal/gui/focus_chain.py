"""Where widgets made after their page sit in the window's tab order.

Qt puts a widget at the end of its window's tab order when it gets its parent. A page's
controls made with the page are in reading order; what is made later (a form shown on
demand, rows and links a refresh makes) lands after everything else in the window and is
put back in place with these helpers.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focusable(widget: QWidget) -> bool:
    """Whether the widget takes the keyboard at all (visible or not)."""
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def focusables(block: QWidget) -> list[QWidget]:
    """`block` and its descendants that take the keyboard, in the order they got their
    parents (for a row or a card laid out as it is made, the order it reads in)."""
    inside = [w for w in block.findChildren(QWidget) if focusable(w)]
    return [block, *inside] if focusable(block) else inside


def put_before_in_tab_order(block: QWidget, following: QWidget) -> None:
    """Move `block`'s focusable widgets (just made, so last in the window's tab order)
    to just before `following`'s, as if `block` had been made first."""
    inside = []
    widget = block.nextInFocusChain()
    while widget is not block and block.isAncestorOf(widget):
        if focusable(widget):
            inside.append(widget)
        widget = widget.nextInFocusChain()
    anchor = following.previousInFocusChain()
    while anchor is not following and (block.isAncestorOf(anchor) or following.isAncestorOf(anchor)
                                       or not focusable(anchor)):
        anchor = anchor.previousInFocusChain()
    if not inside or anchor is following:
        return
    for before, after in itertools.pairwise([anchor, *inside]):
        QWidget.setTabOrder(before, after)
