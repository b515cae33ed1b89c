"""The compiled code of records' methods, kept between runs beside each module's own.

Writing a record's methods (`lazy_dataclass`) is mostly compiling the source that the
standard decorator writes for them: about a millisecond a record, and the window makes
sixteen records on its way to a usable journal. Python keeps each module's compiled code
in `__pycache__`; this keeps the code compiled for a module's records there too, in
`<module>.<cache tag>.records`, and looks it up by the exact source text: a record that
changed simply compiles again, and a file written by another Python is not read at all.

A module's file is read when its first record is written, and written back as the
process ends if anything new was compiled: not when Python is told not to write bytecode
(`sys.dont_write_bytecode`), and silently not where it cannot (a read-only install, a
frozen build). What the file holds is code compiled from the decorator's own source for
the package's classes: field names, no values, nothing from a journal.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import sys
import threading
from types import CodeType
from typing import Any

# Written into each file and checked on reading: code from another Python is not used.
STAMP = f"{sys.version}|{sys.implementation.cache_tag}"
# Past this many kept compilations a module's file keeps only those this run used
# (records that changed leave their old code behind).
MOST_KEPT = 256


class MethodCode:
    """One module's compiled record methods: read from its file, added to as records are
    written, saved when the process ends."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = _read(path) if path else {}
        self.used: set[str] = set()
        self.added = False
        self.compiled = 0  # compilations this run (the tests count them)

    def exec(self, source: str, globals: dict[str, Any] | None = None,
             locals: dict[str, Any] | None = None) -> None:
        """`exec(source, globals, locals)`, with the source compiled once across runs.
        Compiled as the standard decorator's own `exec` would: as "<string>", with no
        `from __future__` flags of this module."""
        code = self.codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            with _LOCK:
                self.codes[source] = code
                self.added = True
                self.compiled += 1
        with _LOCK:
            self.used.add(source)
        exec(code, globals, locals)  # the decorator's own source, compiled

    def save(self) -> None:
        """Write the file if anything was compiled this run (and writing is allowed)."""
        if not self.added or self.path is None or sys.dont_write_bytecode:
            return
        # A warm-up thread may still be writing a record as the process ends: what is
        # kept is copied while it waits, briefly (the save is only ever a help).
        if not _LOCK.acquire(timeout=1):
            return
        try:
            kept = dict(self.codes)
            if len(kept) > MOST_KEPT:
                kept = {source: kept[source] for source in self.used}
            self.added = False
        finally:
            _LOCK.release()
        partial = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(partial, "wb") as out:
                marshal.dump((STAMP, kept), out)
            os.replace(partial, self.path)  # whole or not at all, as another run reads
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(partial)


_MODULES: dict[str, MethodCode] = {}
_LOCK = threading.Lock()  # guards what MethodCode keeps, against the save at exit


def for_module(name: str) -> MethodCode:
    """The compiled methods of the records of module `name` (read on first asking). The
    caller holds lazy_dataclass's lock."""
    found = _MODULES.get(name)
    if found is None:
        if not _MODULES:
            atexit.register(save_all)
        module = sys.modules.get(name)
        found = _MODULES[name] = MethodCode(cache_path(getattr(module, "__file__", None)))
    return found


def cache_path(module_file: str | None) -> str | None:
    """Where a module's records' code is kept: where Python keeps the module's own
    compiled code (its `__pycache__`, or under `sys.pycache_prefix`), named `.records`.
    None for a frozen build (its bundle is not for writing) or a module without source."""
    if (not module_file or not module_file.endswith(".py") or getattr(sys, "frozen", False)
            or sys.implementation.cache_tag is None):
        return None
    from importlib.util import cache_from_source

    compiled = cache_from_source(module_file)
    return compiled[: -len(".pyc")] + ".records"


def save_all() -> None:
    """Write every module's file that has something new (at exit). The save is only ever
    a help: nothing it meets stops the process from ending."""
    for module in list(_MODULES.values()):
        with contextlib.suppress(Exception):
            module.save()


def _read(path: str) -> dict[str, CodeType]:
    try:
        with open(path, "rb") as found:
            data = marshal.load(found)
    except (OSError, EOFError, ValueError, TypeError):
        return {}  # none yet, or unreadable: compiled again
    if not (isinstance(data, tuple) and len(data) == 2 and data[0] == STAMP
            and isinstance(data[1], dict)):
        return {}
    return {source: code for source, code in data[1].items()
            if isinstance(source, str) and isinstance(code, CodeType)}
