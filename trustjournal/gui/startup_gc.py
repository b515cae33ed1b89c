"""Python's cycle collector held back while the window starts (no Qt here).

Starting the window makes well over a hundred thousand objects that all stay (modules,
classes, functions, Qt's wrappers) and next to no garbage. With the default first
threshold (700 allocations) the collector still runs some forty times on the way to a
usable journal, each pass walking every object made since the last one and every tenth
pass the older ones as well: about 8 ms before the shell is painted and 4 ms after.
While held, the first threshold is high, so those objects are walked once, after the
journal is usable, instead of over and over while it starts; the older generations'
thresholds are kept. Garbage is still collected meanwhile, only in bigger steps.

`hold()` is called before the window's modules load; `release()` once the journal is
usable (application.release_gc_once_usable), at the latest a few seconds after the
event loop starts, and when the window's loop ends, whatever happened in between.
"""

from __future__ import annotations

import gc

HELD_THRESHOLD = 100_000  # allocations between two collections of the youngest objects

_saved: tuple[int, int, int] | None = None


def hold() -> None:
    """Raise the collector's first threshold until release() (once; nested calls are
    one hold)."""
    global _saved
    if _saved is None:
        saved = gc.get_threshold()
        _saved = (saved[0], saved[1], saved[2])
        gc.set_threshold(max(saved[0], HELD_THRESHOLD), saved[1], saved[2])


def release() -> None:
    """Put the thresholds back as they were before hold() (nothing if not held)."""
    global _saved
    if _saved is not None:
        gc.set_threshold(*_saved)
        _saved = None


def held() -> bool:
    return _saved is not None
