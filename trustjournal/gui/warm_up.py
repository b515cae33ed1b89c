"""What the window prepares once the journal is usable, so later moments are quick: the
shipped exercises, the safety check's pattern tables, the spell checker's word list (the
window's own step, run first) and the check-in's feelings picker (its code and the
feelings' words).

They used to start while the first pages were still being built, and competed with them
for the interpreter (a quarter to half a second each at start-up). Now they start after
the first page has been painted, on a thread of their own, so the person can read and
type meanwhile; each is also made on first use if it is needed sooner.

The first pages' modules, on the other hand, are read while the journal is being opened:
the window has nothing else to do then, and the pages need them the moment the journal is
there. A plain journal opens on the gate's thread, and the same thread reads them once it
is open, one after the other (read on a second thread beside the opening, the two only
took turns with Python's lock, and the switching cost about 5 ms at 100 k entries); when
the gate has to ask first (a passphrase, a new journal), a thread of their own reads them
meanwhile.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from trustjournal.gui.first_paint import once_settled


def warm_safety_check() -> None:
    """Compile the safety check's tables (see core.danger.warm_up)."""
    from trustjournal.core import danger

    # Optional work: a failure here shows again, visibly, where the check is used.
    with contextlib.suppress(Exception):
        danger.warm_up()


def warm_shipped_exercises() -> None:
    """Read every shipped exercise (the timeline names them, Exercises lists them)."""
    from trustjournal.gui.shipped import shipped_exercises

    with contextlib.suppress(Exception):  # optional too: read again where needed
        shipped_exercises()


def warm_feelings_picker() -> None:
    """Read the check-in's feelings picker's code (made when More is first opened) and
    the shipped feelings and thinking traps (the picker's words, the names a saved
    check-in's feelings are shown by)."""
    with contextlib.suppress(Exception):  # optional: imported again where it is made
        import trustjournal.gui.exercises.steps.feelings  # noqa: F401
        from trustjournal.gui.exercises.context import builtin_context

        builtin_context()


def _warm_later() -> None:
    warm_shipped_exercises()
    warm_safety_check()
    warm_feelings_picker()


def import_first_pages() -> None:
    """Import the Today and Journal pages' modules, here and now (never raises)."""
    # Optional work: whatever fails here fails again, visibly, when the page is built.
    with contextlib.suppress(Exception):
        # A page built before this is done waits for a module half imported here
        # (Python's import lock). No files: not the shipped exercises (Today needs one
        # of them, shipped.shipped_exercise; the rest wait until Today has been
        # painted, warm_shipped_exercises), nor the feelings and thinking traps (only
        # a check-in that names feelings shows them on Today: read then, or after the
        # paint, warm_feelings_picker). Reading them here made the journal usable about
        # 5 ms later at 100 k entries.
        import trustjournal.gui.journal_view
        import trustjournal.gui.today_view  # noqa: F401


def after_paint(owner: QObject, page: QWidget | None,
                also: Callable[[], None] | None = None) -> None:
    """Once `page` has been painted (at once if it is not on screen), run `also` on the
    GUI thread (it may start loads of its own), then read the shipped exercises, compile
    the safety check's tables and read the feelings picker's code and words on a thread.
    Nothing runs if `owner` (the window) is gone by then."""
    def start() -> None:
        if also is not None:
            also()
        threading.Thread(target=_warm_later, name="warm-up", daemon=True).start()

    if page is None or not page.isVisible():
        QTimer.singleShot(0, owner, start)
    else:
        once_settled(page, start)
