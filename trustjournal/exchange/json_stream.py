"""Reading one big JSON document a piece at a time.

`json.load` needs the whole text and builds every value at once; this walks the top
level by hand and decodes one value at a time with the standard decoder, reading more
of the file only when a value runs past what has been read. Every failure is an
ImportFormatError naming the file and the line.
"""

from __future__ import annotations

import codecs
import functools
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from trustjournal.core.i18n import translate
from trustjournal.exchange.model import ImportFormatError
from trustjournal.exchange.parsing import BadNumber, json_decoder, json_fraction

READ_SIZE = 1 << 18
# One entry (with its revisions) is decoded whole: bound it, so a file that is one
# endless value is refused instead of filling memory.
MAX_VALUE_CHARS = 256 * 1024**2

_DECODER = json_decoder()
_WHITE = re.compile(r"[ \t\n\r]*")  # JSON's white space


@functools.cache
def _quick_reader(shape: Any = None) -> tuple[Any, tuple[type[BaseException], ...]]:
    """The quick reader (see JsonStream.quick_object) and what it raises on a refusal:
    msgspec's decoder in C, several times the standard one's speed; with a `shape` (a
    msgspec Struct) it decodes straight into it and refuses what does not fit. Fractions
    it decodes as values of any kind go through the careful decoder's own converter, so
    the same ones are refused; it takes whole numbers of any length, which the careful
    decoder refuses past 40 digits: its callers leave those to the careful path. Loaded
    on first use (about 10 ms), so exports and other formats never load it."""
    import msgspec

    return (msgspec.json.Decoder(Any if shape is None else shape, float_hook=json_fraction),
            (msgspec.MsgspecError, RecursionError))


def _cut_short(rest: str, message: str) -> bool:
    """Whether a decoding error is the end of the file coming too soon (a value cut off
    mid-way) rather than a mistake in the text."""
    if not rest or message.startswith("Unterminated string"):
        return True
    return len(rest) < 5 and any(word.startswith(rest) for word in ("true", "false", "null", "-"))


def value_kind(value: object) -> str:
    """What kind of JSON value this is, in the words an import error uses."""
    if value is None:
        return "null"  # JSON's own word
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return translate("JsonStream", "a number")
    if isinstance(value, str):
        return translate("JsonStream", "text")
    if isinstance(value, list):
        return translate("JsonStream", "a list")
    return translate("JsonStream", "an object")


class FieldChecks:
    """Field checks for one record of a JSON file; every error names the file and the
    record (an entry, or a tracker record)."""

    def __init__(self, shown: str, label: str) -> None:
        self.shown, self.label = shown, label

    def error(self, reason: str) -> ImportFormatError:
        return ImportFormatError(self.shown, reason, self.label)

    def need(self, ok: bool, field: str, expected: str, value: object) -> None:
        if not ok:
            raise self.error(translate("JsonStream",
                "'{field}' must be {expected}, not {value_kind}").format(
                field=field, expected=expected, value_kind=value_kind(value)))


class JsonStream:
    """One JSON document read from a binary file a piece at a time."""

    def __init__(self, handle: BinaryIO, shown: str,
                 too_deep: str | None = None) -> None:
        self.handle, self.shown = handle, shown
        self.too_deep = too_deep or translate("JsonStream", "the data is nested too deeply")
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf, self.pos, self.eof = "", 0, False
        self.bytes_done = 0
        self.line = 1  # line number of buf[0]

    def fail(self, reason: str, at: int | None = None) -> ImportFormatError:
        at = self.pos if at is None else at
        line = self.line + self.buf.count("\n", 0, at)
        column = at - self.buf.rfind("\n", 0, at)
        return ImportFormatError(self.shown, translate("JsonStream",
            "{reason} (line {line}, column {column})").format(
            reason=reason, line=line, column=column))

    def fill(self) -> bool:
        """Read more text; False at the end of the file."""
        if self.eof:
            return False
        self.line += self.buf.count("\n", 0, self.pos)
        self.buf, self.pos = self.buf[self.pos:], 0
        # Grow with what is pending, so one huge value costs few re-reads.
        try:
            data = self.handle.read(max(READ_SIZE, len(self.buf)))
        except OSError as error:
            raise ImportFormatError(
                self.shown, translate("JsonStream",
                    "it could not be read ({value})").format(
                    value=error.strerror or error)) from None
        try:
            self.buf += self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            raise ImportFormatError(
                self.shown,
                translate("JsonStream",
                    "this is not UTF-8 text (bad byte at position {value})").format(
                    value=self.bytes_done + error.start),
            ) from None
        self.bytes_done += len(data)
        self.eof = not data
        return bool(data)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            buf, pos = self.buf, self.pos
            if pos < len(buf) and buf[pos] not in " \t\n\r":
                return buf[pos]
            self.pos = pos = _WHITE.match(buf, pos).end()  # type: ignore[union-attr]
            if pos < len(buf):
                return buf[pos]
            if not self.fill():
                return ""

    def expect(self, char: str, what: str) -> None:
        found = self.peek()
        if found != char:
            if not found:
                raise ImportFormatError(self.shown, translate("JsonStream",
                    "the file ends too early (it may be truncated)"))
            raise self.fail(translate("JsonStream",
                "this is not valid JSON: expected {what}").format(
                what=what))
        self.pos += 1

    def rest_is_empty(self) -> bool:
        """Whether nothing but white space follows."""
        return not self.peek()

    def members(self) -> Iterator[str]:
        """The field names of the object whose '{' was just read, one at a time; the
        caller reads each field's value before asking for the next name. Stops before
        the closing '}'."""
        count = 0
        while self.peek() != "}":
            if count:
                self.expect(",", "',' or '}'")
            count += 1
            key = self.value()
            if not isinstance(key, str):
                raise self.fail(translate("JsonStream",
                    "this is not valid JSON: expected a field name"))
            self.expect(":", "':'")
            yield key

    def quick_object(self, shape: Any = None) -> tuple[Any, int] | None:
        """The object at the read position when it is the last value on its line (a
        ',' after it allowed), as our exports write each entry, decoded by the quick
        reader (into `shape`, if given); with the position just after it. The position
        does not move: the caller sets it if it takes the object. None when there is no
        such object or the quick reader refuses it: value() then reads it and says what
        is wrong."""
        buf, start = self.buf, self.pos
        if buf[start:start + 1] != "{":
            return None
        end = buf.find("\n", start)
        if end < 0:
            return None
        # Back over white space and one ',' at the line's end, then cut the text once.
        end -= 1
        while buf[end] in " \t\r":
            end -= 1
        if buf[end] == ",":
            end -= 1
            while buf[end] in " \t\r":
                end -= 1
        text = buf[start:end + 1]
        decoder, refusals = _quick_reader(shape)
        try:
            found = decoder.decode(text)
        except refusals:
            return None
        # A JSON object ends at its own closing brace, so the careful decoder would end
        # in the same place and find the same object.
        return found, start + len(text)

    def value(self) -> Any:
        """Decode the next whole value."""
        if not self.peek():
            raise ImportFormatError(self.shown, translate("JsonStream",
                "the file ends too early (it may be truncated)"))
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                if not self.eof:
                    if len(self.buf) - self.pos > MAX_VALUE_CHARS:
                        raise self.fail(translate("JsonStream",
                            "one entry is larger than {value} MB").format(
                            value=MAX_VALUE_CHARS // 1024**2)) from None
                    self.fill()  # the value may run past what has been read so far
                    continue
                if _cut_short(self.buf[error.pos:].rstrip(), error.msg):
                    raise ImportFormatError(
                        self.shown, translate("JsonStream",
                            "the file ends too early (it may be truncated)")
                    ) from None
                raise self.fail(translate("JsonStream",
                    "this is not valid JSON"), error.pos) from None
            except BadNumber as error:
                raise self.fail(translate("JsonStream",
                    "this is not valid JSON ({error})").format(
                    error=error)) from None
            except RecursionError:
                raise self.fail(self.too_deep) from None
            except ValueError:  # anything else the decoder's converters refuse
                raise self.fail(translate("JsonStream", "this is not valid JSON")) from None
            if end == len(self.buf) and not self.eof:
                self.fill()  # a number at the very end may go on in the next piece
                continue
            self.pos = end
            return value


__all__ = ["JsonStream", "value_kind"]
