"""What the window prepares once the journal is usable, so later moments are quick: the
safety check's pattern tables and the spell checker's word list.

Both used to start while the first pages were still being built, and competed with them
for the interpreter (a quarter to half a second each at start-up). Now they start after
the first page has been painted, on a thread of their own, so the person can read and
type meanwhile; each is also made on first use if it is needed sooner.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from trustjournal.gui.first_paint import after_first_paint


def warm_safety_check() -> None:
    """Compile the safety check's tables (see core.danger.warm_up)."""
    from trustjournal.core import danger

    # Optional work: a failure here shows again, visibly, where the check is used.
    with contextlib.suppress(Exception):
        danger.warm_up()


def after_paint(owner: QObject, page: QWidget | None,
                also: Callable[[], None] | None = None) -> None:
    """Once `page` has been painted (at once if it is not on screen), run `also` on the
    GUI thread (it may start loads of its own) and compile the safety check's tables on
    a thread. Nothing runs if `owner` (the window) is gone by then."""
    def start() -> None:
        if also is not None:
            also()
        threading.Thread(target=warm_safety_check, name="warm-up", daemon=True).start()

    if page is None or not page.isVisible():
        QTimer.singleShot(0, owner, start)
    else:
        after_first_paint(page, start)
