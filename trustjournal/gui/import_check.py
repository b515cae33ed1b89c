"""A cheaper answer to the question PySide6 asks about every module imported after it.

Once QtCore is loaded, PySide6 (for its opt-in `__feature__` switches) looks at each newly
imported module and asks whether its source mentions "PySide6", by reading the source
with `inspect.getsource`: the file is read, decoded and split into lines, and kept in
`linecache`. The window imports 200-odd modules while it starts, so that is about 30 ms
of CPU spent on a question whose answer only needs the file's bytes.

`install()` puts in a check that reads the bytes and looks for the same word; for
anything that is not a plain source file (a frozen build, a module without a file) it
asks PySide6's own check, so the answers stay the same (tests compare the two on every
loaded module).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_trustjournal_bytes_check"


def bytes_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide6's "does this module use PySide6?" answered from the source file's bytes,
    with `original` for what has no readable .py file."""

    def uses_pyside(module: ModuleType) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return original(module)
        try:
            with open(origin, "rb") as handle:
                return b"PySide6" in handle.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return uses_pyside


def install() -> bool:
    """Swap PySide6's per-import source check for `bytes_check`; False (and nothing
    changed) where this PySide6 does not have the check we know."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True
    feature._mod_uses_pyside = bytes_check(original)  # type: ignore[attr-defined]
    return True
