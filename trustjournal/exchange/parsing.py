"""Reading untrusted files safely: every failure becomes an ImportFormatError that names
the file and says why in plain words, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from trustjournal.exchange.model import ImportFormatError

# Deeper than any real export; json.loads would recurse until Python gives up.
MAX_DEPTH = 64
MAX_FILE_BYTES = 2 * 1024**3


def read_text(path: Path, data: bytes | None = None, name: str | None = None) -> str:
    """The file as UTF-8 text (a BOM is dropped). `data` when the bytes are already read
    (e.g. from a zip member, named by `name`)."""
    shown = name or str(path)
    if data is None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ImportFormatError(shown, "the file is larger than 2 GB")
            data = path.read_bytes()
        except IsADirectoryError:
            raise ImportFormatError(shown, "this is a folder, not a file") from None
        except FileNotFoundError:
            raise ImportFormatError(shown, "there is no such file") from None
        except PermissionError:
            raise ImportFormatError(shown, "you do not have permission to read it") from None
        except OSError as error:
            raise ImportFormatError(shown, f"it could not be read ({error.strerror})") from None
    if not data.strip():
        raise ImportFormatError(shown, "the file is empty")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError(
            shown, f"this is not UTF-8 text (bad byte at position {error.start})"
        ) from None


def _depth_ok(text: str) -> bool:
    """False when brackets nest deeper than MAX_DEPTH outside strings (checked before
    parsing, so a 200,000-deep array is refused quickly instead of exhausting the stack)."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif char in "]}":
            depth -= 1
    return True


def load_json(path: Path, data: bytes | None = None, name: str | None = None) -> Any:
    """Parse a JSON file, refusing empty, non-UTF-8, truncated and absurdly nested ones."""
    shown = name or str(path)
    text = read_text(path, data, name)
    if not _depth_ok(text):
        raise ImportFormatError(shown, f"the data is nested more than {MAX_DEPTH} levels deep")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) - 1:
            reason = "the file ends too early (it may be truncated)"
        else:
            reason = f"this is not valid JSON (line {error.lineno}, column {error.colno})"
        raise ImportFormatError(shown, reason) from None
    except (RecursionError, ValueError) as error:
        raise ImportFormatError(shown, f"this is not valid JSON ({error})") from None


def parse_datetime(value: object, file: str, entry: str, field: str) -> dt.datetime:
    """An ISO 8601 date-time as aware UTC; naive values are taken as UTC."""
    if not isinstance(value, str):
        raise ImportFormatError(file, f"'{field}' must be a date and time text", entry)
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ImportFormatError(
            file, f"'{field}' is not a date and time like 2024-03-18T21:04:00Z: {value[:40]!r}",
            entry,
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def parse_date(value: object, file: str, entry: str, field: str) -> dt.date:
    """An ISO 8601 calendar date (YYYY-MM-DD)."""
    if not isinstance(value, str):
        raise ImportFormatError(file, f"'{field}' must be a date like 2024-03-18", entry)
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ImportFormatError(
            file, f"'{field}' is not a date like 2024-03-18: {value[:40]!r}", entry
        ) from None
