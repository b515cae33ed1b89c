"""Markdown → safe HTML for the preview, the HTML and the PDF exports, and the words the
readable formats share.

One markdown-it parser, configured once here, renders every body the app shows formatted,
so the editor's preview, the HTML page and the PDF agree. It reads CommonMark plus tables
and ~~strikethrough~~, with these choices:

- A single newline inside a paragraph is a line break (<br>), as people type in a journal
  and as the Markdown export keeps it; a blank line starts a new paragraph.
- A body is never trusted markup: raw HTML (<b>, <script>…) and entities (&copy;) are
  shown as the characters typed, escaped.
- Nothing is ever fetched: links keep their text and drop the address (no <a>), images
  become the words "[image: alt]", and no address is ever written into the output.
- Link reference definitions ("[1]: https://…") stay visible as text, so no line of a body
  disappears from what is rendered.
- Nesting is capped (MAX_NESTING); a body nested deeper than that is shown as plain
  paragraphs rather than lose the lines the parser would stop at.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import threading
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from trustjournal.core.i18n import translate
from trustjournal.core.locale_dates import ENGLISH_MONTHS, DateTexts, locale_dates
from trustjournal.core.records import EntryRecord, EntryText

if TYPE_CHECKING:
    # The parser and the exercise definitions load on first use: the Markdown and CSV
    # exports never render a body, and take exercise titles only when there are some.
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_NESTING = 20

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")


def top_heading_level(lines: list[str]) -> int:
    """The highest heading level used outside fenced code (1 = '#'), 6 when there is none."""
    top, fence = 6, None
    for line in lines:
        opener = _FENCE.match(line)
        if fence is None and opener:
            fence = opener.group(1)[0] * 3
        elif fence is not None:
            fence = None if line.strip().startswith(fence) else fence
        elif line.lstrip(" ").startswith("#") and (heading := _HEADING.match(line)):
            top = min(top, len(heading.group(1)))
    return top


def _no_tag(*_args: Any) -> str:
    return ""


def _any_address(_url: str) -> bool:
    return True


def _image_as_words(self: Any, tokens: Sequence[Token], idx: int, options: Any,
                    env: Any) -> str:
    alt = self.renderInlineAsText(tokens[idx].children or [], options, env).strip()
    return _escape(f"[image: {alt}]" if alt else "[image]")


def _escape(text: str) -> str:
    # The same four characters markdown-it escapes, so both paths write identical bytes.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


@functools.cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {
        "html": False, "breaks": True, "xhtmlOut": False, "linkify": False,
        "typographer": False, "maxNesting": MAX_NESTING,
    })
    md.enable(["table", "strikethrough"])
    md.disable(["entity", "reference"])
    md.add_render_rule("link_open", _no_tag)
    md.add_render_rule("link_close", _no_tag)
    md.add_render_rule("image", _image_as_words)
    # No address is ever written out, so every link may be read as one: a
    # "javascript:" link then shows its words like any other instead of its source.
    md.validateLink = _any_address
    return md


# The fast path below skips the parser's block stage for the bodies made only of the
# commonest shapes: paragraphs, one-line "# headings", tight "- item" and "1. item" lists
# and "> quoted" paragraphs, blocks separated by a blank line, with no line that starts
# like another block (rule, fence, setext underline, nested list) or holds a table's "|".
# Each block's text still goes through the parser's inline stage when it holds inline
# syntax. The block stage is most of the parser's time and most bodies have this shape;
# tests check that both ways write the same bytes.
_INLINE_SYNTAX = re.compile(r"[\\`*_~\[<]")
_BLOCK_START = re.compile(r"(?:[#>+=\-*_`~]|\d{1,9}[.)])")
_SIMPLE_HEADING = re.compile(r"(#{1,6}) ([^#\n]+)")
_SIMPLE_NUMBERED = re.compile(r"([0-9]{1,9})\. (.+)")  # ASCII digits only, as CommonMark

# ("p" | "h" | "ul" | "ol" | "q", heading level or first number, source lines)
_Block = tuple[str, int, list[str]]


def _plain_line(line: str) -> bool:
    # Indentation and trailing spaces have meanings of their own (code, hard breaks).
    return not (line[0].isspace() or line[-1].isspace() or _BLOCK_START.match(line))


def _simple_blocks(text: str) -> list[_Block] | None:
    """The body as simple blocks, or None when it holds anything else."""
    if "|" in text:
        return None
    blocks: list[_Block] = []
    for chunk in re.split(r"\n\n+", text.strip("\n")):
        lines = chunk.split("\n")
        if not chunk or "" in lines:
            return None  # a line of spaces only, or leading newlines: leave it to the parser
        if lines[0].startswith("#"):
            heading = _SIMPLE_HEADING.fullmatch(chunk)
            if heading is None or not _plain_line(heading.group(2)):
                return None
            blocks.append(("h", len(heading.group(1)), [heading.group(2)]))
        elif lines[0].startswith("- "):
            if (blocks and blocks[-1][0] == "ul") or not all(
                    line.startswith("- ") and len(line) > 2 and _plain_line(line[2:])
                    for line in lines):
                return None  # two lists apart by a blank line are one loose list
            blocks.append(("ul", 0, [line[2:] for line in lines]))
        elif lines[0].startswith("> "):
            if not all(line.startswith("> ") and len(line) > 2 and _plain_line(line[2:])
                       for line in lines):
                return None
            blocks.append(("q", 0, [line[2:] for line in lines]))
        elif _SIMPLE_NUMBERED.fullmatch(lines[0]):
            items = [_SIMPLE_NUMBERED.fullmatch(line) for line in lines]
            if (blocks and blocks[-1][0] == "ol") or not all(
                    item and _plain_line(item.group(2)) for item in items):
                return None
            blocks.append(("ol", int(lines[0].partition(".")[0]),
                           [item.group(2) for item in items if item]))
        elif all(_plain_line(line) for line in lines):
            blocks.append(("p", 0, lines))
        else:
            return None
    return blocks


def _inline(text: str) -> str:
    if _INLINE_SYNTAX.search(text):
        return _parser().renderInline(text)
    return _escape(text).replace("\n", "<br>\n")


def _simple_html(blocks: list[_Block], top_heading: int) -> str:
    levels = [level for kind, level, _ in blocks if kind == "h"]
    offset = top_heading - min(levels) if levels else 0
    out: list[str] = []
    for kind, level, lines in blocks:
        if kind == "h":
            tag = f"h{max(1, min(level + offset, 6))}"
            out.append(f"<{tag}>{_inline(lines[0])}</{tag}>\n")
        elif kind == "ul":
            items = "".join(f"<li>{_inline(line)}</li>\n" for line in lines)
            out.append(f"<ul>\n{items}</ul>\n")
        elif kind == "ol":
            items = "".join(f"<li>{_inline(line)}</li>\n" for line in lines)
            start = f' start="{level}"' if level != 1 else ""
            out.append(f"<ol{start}>\n{items}</ol>\n")
        elif kind == "q":
            out.append(f"<blockquote>\n<p>{_inline(chr(10).join(lines))}</p>\n</blockquote>\n")
        else:
            out.append(f"<p>{_inline(chr(10).join(lines))}</p>\n")
    return "".join(out)


def _prepare(tokens: Sequence[Token], top_heading: int) -> None:
    """Renumber the headings, and drop a code fence's language so the output keeps to
    tags without free-form attributes."""
    for token in tokens:
        if token.type == "fence":
            token.info = ""
    levels = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
    if not levels:
        return
    offset = top_heading - min(levels)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{max(1, min(int(token.tag[1]) + offset, 6))}"


def to_html(markdown: str, top_heading: int = 1) -> str:
    """Convert Markdown to safe HTML (see the module's notes). Headings are renumbered so
    the body's highest one becomes <h`top_heading`> (capped at h6): an entry's own
    headings sit under the page's whether the body uses '#' or '###'."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
    blocks = _simple_blocks(text)
    if blocks is not None:
        return _simple_html(blocks, top_heading).removesuffix("\n")
    return _parsed_html(text, top_heading).removesuffix("\n")


def _parsed_html(text: str, top_heading: int) -> str:
    md = _parser()
    tokens = md.parse(text)
    if any(token.level >= MAX_NESTING - 1 for token in tokens):
        return _paragraphs_as_text(text)
    _prepare(tokens, top_heading)
    return md.renderer.render(tokens, md.options, {})


def _paragraphs_as_text(text: str) -> str:
    """Every line escaped, no markup: for a body nested past the parser's limit."""
    blocks = re.split(r"\n[ \t]*\n", text.strip("\n"))
    return "".join("<p>" + "<br>\n".join(_escape(line.strip()) for line in block.split("\n"))
                   + "</p>\n" for block in blocks if block.strip())


# -- words the readable formats share ---------------------------------------------------

MONTHS = ENGLISH_MONTHS
# The dates of the export being written: the caller's formatter (the GUI passes a QLocale
# one in ExportOptions.dates), else the environment's locale (locale_dates).
_DATES: ContextVar[DateTexts | None] = ContextVar("export_dates", default=None)


def dates() -> DateTexts:
    """The date formatter of the export being written."""
    return _DATES.get() or locale_dates()


def write_with_dates(exporter: Any, records: Iterable[Any], target: Path,
                     options: Any, method: str = "write") -> int:
    """`exporter.write(...)` (or the `method` named, such as "write_texts") with
    `options.dates` as the formatter its dates use."""
    token = _DATES.set(getattr(options, "dates", None))
    try:
        return int(getattr(exporter, method)(records, target, options))
    finally:
        _DATES.reset(token)


def utc_text(moment: dt.datetime) -> str:
    """An ISO 8601 UTC time ending in Z (a naive time is taken to be UTC already)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat() + "Z"


def long_date(day: dt.date) -> str:
    """'Tuesday, 5 March 2024' in English; the export's formatter's long date."""
    return dates().long_date(day)


def month_title(day: dt.date) -> str:
    """'March 2024'."""
    return dates().month_title(day)


def compact_date(day: dt.date | None) -> str:
    """'5 Mar 2024' in English (short enough for a table cell); '' for no day."""
    return "" if day is None else dates().compact_date(day)


@functools.cache
def _exercise_titles() -> dict[str, str]:
    from trustjournal.core.exercises import CHECKIN, builtin_exercises

    titles = {ex.id: ex.title for ex in builtin_exercises().exercises}
    titles[CHECKIN.id] = CHECKIN.title
    return titles


def exercise_title(exercise_id: str) -> str:
    """The shipped exercise's title, or the id made readable for one we do not know."""
    # i18n: the shipped exercise's title comes from its content file (helper "content").
    return _exercise_titles().get(exercise_id) or exercise_id.replace("_", " ").capitalize()


def display_title(record: EntryRecord | EntryText) -> str:
    """The title on one line, or words that stand in for a missing one."""
    title = " ".join(record.title.split())
    if title:
        return title
    return (translate("ExportWords", "Untitled entry") if record.kind == "free"
            else kind_label(record))


def kind_label(record: EntryRecord | EntryText) -> str:
    """What sort of entry this is, in words: 'Check-in', 'Challenge a thought', 'Entry'."""
    if record.kind == "checkin":
        return translate("ExportWords", "Check-in")
    if record.kind == "exercise" and record.exercise_id:
        return exercise_title(record.exercise_id)
    if record.kind == "exercise":
        return translate("ExportWords", "Exercise")
    return translate("ExportWords", "Entry")


def private_text(path: Path, *, newline: str | None = "\n", exclusive: bool = False) -> TextIO:
    """Open `path` for writing UTF-8 text, created user-only (0600). `exclusive` fails with
    FileExistsError instead of replacing a file that is already there."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
    # errors="replace": a lone surrogate from a strange import must not abort the export.
    return open(fd, "w", encoding="utf-8", errors="replace", newline=newline)


def private_binary(path: Path) -> BinaryIO:
    """Open `path` for writing bytes, created user-only (0600), replacing what is there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    return open(os.open(path, flags, 0o600), "wb")


class SavingAhead:
    """A big file written in order, which the disk starts saving while the rest is still
    being made: every `every` bytes a helper thread flushes what is written so far.

    Only to overlap the disk's work with ours: the export is still flushed whole after
    its last byte (placement.deliver) before it is moved into place, so a finished
    export is on the disk exactly as before. An error of an early flush is raised by
    `close` (the kernel reports a failed write-back once; it must not be lost).
    """

    def __init__(self, path: Path, every: int = 32 << 20) -> None:
        self._out = private_binary(path)
        self._every = every
        self._since = 0
        self._wake = threading.Event()
        self._done = False
        self._error: OSError | None = None
        self._thread: threading.Thread | None = None

    def write(self, data: bytes) -> None:
        """Write `data`; past `every` bytes since the last ask, ask for an early flush."""
        self._out.write(data)
        self._since += len(data)
        if self._since >= self._every:
            self._since = 0
            self._out.flush()  # what the helper flushes must be the kernel's already
            if self._thread is None:
                self._thread = threading.Thread(target=self._flushing, daemon=True,
                                                 name="export-flush")
                self._thread.start()
            self._wake.set()

    def _flushing(self) -> None:
        flush = getattr(os, "fdatasync", os.fsync)
        fd = self._out.fileno()
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._done:
                return
            try:
                flush(fd)
            except OSError as error:
                self._error = error
                return

    def close(self) -> None:
        """Finish the helper, then close the file; raise what an early flush met."""
        try:
            if self._thread is not None:
                self._done = True
                self._wake.set()
                self._thread.join()
        finally:
            self._out.close()
        if self._error is not None:
            raise self._error

    def __enter__(self) -> SavingAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
