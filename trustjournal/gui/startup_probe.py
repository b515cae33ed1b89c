"""TRUSTJOURNAL_STARTUP_PROBE: the benchmark's (and some tests') view of start-up.

With the variable set, the window prints two stamps to stdout, each the monotonic clock
(`time.monotonic()`, the same clock in every process on the machine) at a moment of
start-up, so the benchmark can time each moment from the process's spawn without
counting what comes after it (tearing the window down, closing the journal):

    trustjournal-startup painted <seconds>   the window shell was first painted
    trustjournal-startup usable <seconds>    Today and the timeline's first page are
                                             built and Today has been painted

`shown` quits after the first stamp, `ready` (or `1`) after the second. The stamps say
nothing about the journal beyond the moment.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtWidgets import QApplication, QWidget

from trustjournal.gui.first_paint import after_first_paint

PREFIX = "trustjournal-startup"


def stamp(moment: str) -> None:
    sys.stdout.write(f"{PREFIX} {moment} {time.monotonic():.6f}\n")
    sys.stdout.flush()


def install(app: QApplication, window: QWidget, mode: str) -> None:
    """Stamp the window's moments; quit the event loop at the one `mode` asks for."""
    quit_after = "painted" if mode == "shown" else "usable"

    def moment(name: str) -> None:
        stamp(name)
        if name == quit_after:
            app.quit()

    after_first_paint(window, lambda: moment("painted"))

    def usable() -> None:
        # journal_ready comes once the pages are built; usable when Today is on screen.
        page = window.pages.currentWidget()  # type: ignore[attr-defined]
        if page is None or not page.isVisible():  # started in the tray: nothing to paint
            moment("usable")
            return
        after_first_paint(page, lambda: moment("usable"))
        page.update()

    window.journal_ready.connect(usable)  # type: ignore[attr-defined]
