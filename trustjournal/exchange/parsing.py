"""Reading untrusted files safely: every failure becomes an ImportFormatError that names
the file and says why in plain words, never a traceback."""

from __future__ import annotations

import datetime as dt
import errno
import json
import math
import os
import stat
from pathlib import Path
from typing import Any, BinaryIO

from trustjournal.core.i18n import translate
from trustjournal.exchange.model import ImportFormatError

# Deeper than any real export; json.loads would recurse until Python gives up.
MAX_DEPTH = 64
# jrnl and Day One JSON are parsed whole, and Python's objects take several times the
# file's size: bound the file so a huge one is refused by name instead of exhausting
# memory (a real jrnl export of 100,000 entries is about 200 MB).
MAX_FILE_BYTES = 512 * 1024**2
# For files read as a stream or in parts (our JSON, a zip), and for detection, which
# reads only the head: the kind of file is checked, not its size.
NO_LIMIT = 1 << 62
# Longer than any number a journal holds (a 64-bit integer has 20 digits); Python
# refuses to turn more than 4,300 digits into an int at all.
MAX_NUMBER_CHARS = 40


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words ("a pipe (FIFO)")."""
    if stat.S_ISDIR(mode):
        return translate("ImportParsing", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("ImportParsing", "a pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return translate("ImportParsing", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("ImportParsing", "a device")
    return translate("ImportParsing", "not a regular file")


def open_regular(path: Path, shown: str | None = None, limit: int | None = None,
                 follow: bool = True) -> BinaryIO:
    """Open `path` for reading only if it is a regular file of at most `limit` bytes.

    The check is made on the opened file (fstat), so a name swapped for a pipe or a
    device between a listing and the read is still refused; O_NONBLOCK keeps the open
    of a pipe from waiting for a writer for ever. `follow=False` refuses a symbolic link.
    """
    shown = shown or str(path)
    limit = MAX_FILE_BYTES if limit is None else limit
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise _open_error(error, shown, follow) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ImportFormatError(
                shown, translate("ImportParsing",
                    "this is {kind}, not a file; only regular files are read").format(
                    kind=special_kind(info.st_mode)))
        if info.st_size > limit:
            raise ImportFormatError(shown, translate("ImportParsing",
                "the file is larger than {size}").format(
                size=size_words(limit)))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _open_error(error: OSError, shown: str, follow: bool) -> ImportFormatError:
    if error.errno == errno.ELOOP and not follow:
        return ImportFormatError(shown, translate("ImportParsing",
            "this is a symbolic link; links are not followed"))
    if isinstance(error, IsADirectoryError):
        return ImportFormatError(shown, translate("ImportParsing", "this is a folder, not a file"))
    if isinstance(error, FileNotFoundError):
        return ImportFormatError(shown, translate("ImportParsing", "there is no such file"))
    if isinstance(error, PermissionError):
        return ImportFormatError(shown, translate("ImportParsing",
            "you do not have permission to read it"))
    return ImportFormatError(shown, translate("ImportParsing",
        "it could not be read ({reason})").format(
        reason=error.strerror or translate("ImportParsing", "error")))


def size_words(size: int) -> str:
    """'2 GB', '64 MB' for the limits named in messages."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return translate("ImportParsing", "{count} bytes").format(count=size)


def read_limited(path: Path, shown: str | None = None, limit: int | None = None,
                 follow: bool = True) -> bytes:
    """The bytes of a regular file (see open_regular), refusing one that grows past
    `limit` (default MAX_FILE_BYTES) while it is read."""
    shown = shown or str(path)
    limit = MAX_FILE_BYTES if limit is None else limit
    with open_regular(path, shown, limit, follow) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise _open_error(error, shown, follow) from None
    if len(data) > limit:
        raise ImportFormatError(shown, translate("ImportParsing",
            "the file is larger than {size}").format(
            size=size_words(limit)))
    return data


def read_text(path: Path, data: bytes | None = None, name: str | None = None) -> str:
    """The file as UTF-8 text (a BOM is dropped). `data` when the bytes are already read
    (e.g. from a zip member, named by `name`)."""
    shown = name or str(path)
    if data is None:
        data = read_limited(path, shown)
    if not data.strip():
        raise ImportFormatError(shown, translate("ImportParsing", "the file is empty"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError(
            shown, translate("ImportParsing",
                "this is not UTF-8 text (bad byte at position {start})").format(
                start=error.start)
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


class BadNumber(ValueError):
    """A JSON number the journal cannot hold; the message says why, for people."""


def _whole(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_CHARS:
        raise BadNumber(translate("ImportParsing",
            "a number is longer than {max_number_chars} digits").format(
            max_number_chars=MAX_NUMBER_CHARS))
    return int(text)


def _fraction(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS * 10:
        raise BadNumber(translate("ImportParsing", "a number is written with too many digits"))
    value = float(text)
    if not math.isfinite(value):
        raise BadNumber(translate("ImportParsing",
            "the number {text} is too large").format(
            text=text[:20]))
    return value


def json_fraction(text: str) -> float:
    """A JSON fraction as the journal takes it: BadNumber for one written with too many
    digits or too large for a float (the converter json_decoder uses)."""
    return _fraction(text)


def _constant(name: str) -> Any:
    raise BadNumber(translate("ImportParsing",
        "{name} is not a number").format(
        name=name))


def json_decoder() -> json.JSONDecoder:
    """The standard decoder, refusing what the journal could not store: numbers with
    more digits than any real value (Python cannot even convert thousands of them),
    numbers too large for a float, and NaN/Infinity."""
    return json.JSONDecoder(parse_int=_whole, parse_float=_fraction,
                            parse_constant=_constant)


_DECODER = json_decoder()


def load_json(path: Path, data: bytes | None = None, name: str | None = None) -> Any:
    """Parse a JSON file, refusing empty, non-UTF-8, truncated and absurdly nested ones."""
    shown = name or str(path)
    text = read_text(path, data, name)
    if not _depth_ok(text):
        raise ImportFormatError(shown, translate("ImportParsing",
            "the data is nested more than {max_depth} levels deep").format(
            max_depth=MAX_DEPTH))
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) - 1:
            reason = translate("ImportParsing", "the file ends too early (it may be truncated)")
        else:
            reason = translate("ImportParsing", "this is not valid JSON (line {line}, column "
                               "{column})").format(line=error.lineno, column=error.colno)
        raise ImportFormatError(shown, reason) from None
    except BadNumber as error:
        raise ImportFormatError(shown, translate("ImportParsing",
            "this is not valid JSON ({error})").format(
            error=error)) from None
    except (RecursionError, ValueError):
        raise ImportFormatError(shown, translate("ImportParsing",
                                                 "this is not valid JSON")) from None


def to_utc(moment: dt.datetime, file: str, entry: str, field: str) -> dt.datetime:
    """An aware time moved to UTC; a time next to the calendar's ends (9999-12-31 with a
    negative offset, year 1 with a positive one) has no UTC value and is refused."""
    try:
        return moment.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        raise ImportFormatError(
            file, translate("ImportParsing",
                "'{field}' is out of range (it cannot be placed in UTC)").format(
                field=field), entry or None
        ) from None


def parse_datetime(value: object, file: str, entry: str, field: str) -> dt.datetime:
    """An ISO 8601 date-time as aware UTC; naive values are taken as UTC."""
    if not isinstance(value, str):
        raise ImportFormatError(file, translate("ImportParsing",
            "'{field}' must be a date and time text").format(
            field=field), entry)
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ImportFormatError(
            file, translate("ImportParsing",
                "'{field}' is not a date and time like 2024-03-18T21:04:00Z: {value}").format(
                field=field, value=repr(value[:40])),
            entry,
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return to_utc(parsed, file, entry, field)


def parse_date(value: object, file: str, entry: str, field: str) -> dt.date:
    """An ISO 8601 calendar date (YYYY-MM-DD)."""
    if not isinstance(value, str):
        raise ImportFormatError(file, translate("ImportParsing",
            "'{field}' must be a date like 2024-03-18").format(
            field=field), entry)
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ImportFormatError(
            file, translate("ImportParsing",
                "'{field}' is not a date like 2024-03-18: {value}").format(
                field=field, value=repr(value[:40])), entry
        ) from None
