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
from pathlib import Path
from types import ModuleType

_MARK = "_trustjournal_bytes_check"


class _SourceNamesQt:
    """Callable in place of PySide6's check: True when the module's source file holds the
    word, PySide6's own answer for anything that has no source file we can read."""

    def __init__(self, original: Callable[[ModuleType], bool]) -> None:
        self.__wrapped__ = original
        setattr(self, _MARK, True)

    def __call__(self, module: ModuleType) -> bool:
        spec = getattr(module, "__spec__", None)
        origin = getattr(spec, "origin", None)
        source = Path(origin) if isinstance(origin, str) and origin.endswith(".py") else None
        if source is not None:
            try:
                return source.read_bytes().find(b"PySide6") >= 0
            except OSError:
                pass  # gone or unreadable since it was imported: PySide6 decides
        return self.__wrapped__(module)


def bytes_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide6's "does this module use PySide6?" answered from the source file's bytes,
    with `original` for what has no readable .py file."""
    return _SourceNamesQt(original)


def install() -> bool:
    """Swap PySide6's per-import source check for `bytes_check`; False (and nothing
    changed) where this PySide6 does not have the check we know."""
    feature = sys.modules.get("shibokensupport.feature")
    current = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(current):
        return False
    if not getattr(current, _MARK, False):
        feature._mod_uses_pyside = bytes_check(current)  # type: ignore[attr-defined]
    return True
