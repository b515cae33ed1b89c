"""Writing exercise data (the shape exercise_to_dict gives) as TOML text.

tomllib only reads, and the shapes here are few (text, whole numbers, flags, lists of
text, small tables and the list of steps), so a short writer beats a new dependency.
Steps become [[steps]] tables with their options as [[steps.options]], so a file written
here reads like the shipped ones and can be edited by hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
# TOML lets every character stand in a basic string except these, which need escapes.
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def _string(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        elif 0xD800 <= ord(char) <= 0xDFFF:  # a lone surrogate cannot be written as UTF-8
            out.append("\\ufffd")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else _string(name)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping)
                                                           for v in value)


def _table(lines: list[str], data: Mapping[str, Any], name: str) -> None:
    """Plain keys first (TOML puts every key after a [[header]] into that table), then
    sub-tables and lists of tables under their own headers."""
    later: list[tuple[str, Any]] = []
    for key, value in data.items():
        if _is_table_list(value) or (isinstance(value, Mapping) and name == ""):
            later.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in later:
        path = f"{name}.{_key(key)}" if name else _key(key)
        if isinstance(value, Mapping):
            lines.extend(["", f"[{path}]"])
            _table(lines, value, path)
            continue
        for item in value:
            lines.extend(["", f"[[{path}]]"])
            _table(lines, item, path)


def to_toml(data: Mapping[str, Any]) -> str:
    """TOML text that tomllib reads back as `data` (text, whole numbers, flags, lists
    and tables only)."""
    lines: list[str] = []
    _table(lines, data, "")
    return "\n".join(lines).lstrip("\n") + "\n"
