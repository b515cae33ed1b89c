"""A small, safe Markdown → HTML converter and the words shared by the HTML and PDF exports.

It knows the subset journal entries use: ATX headings, paragraphs (a single newline is a
line break, as people type in a journal), *emphasis*, **strong**, ~~strike~~, `code`,
fenced code, bullet and numbered lists (nested by indentation), block quotes and
thematic breaks. Everything else is shown as text.

Safety: every piece of the input is HTML-escaped before it reaches the output, and the
converter only ever emits a fixed set of tags with no attributes except `start` on
numbered lists. Links keep their text and drop the address, and images become a text
placeholder, so a converted entry can never load anything or reach the network.
Nesting is capped so hostile input cannot exhaust the stack.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from html import escape
from pathlib import Path
from typing import TextIO

from trustjournal.core.exercises import CHECKIN, builtin_exercises
from trustjournal.core.records import EntryRecord

MAX_NESTING = 12

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}> ?")
_ITEM = re.compile(r"^( {0,12})([-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|[ \t]*)$")

_MARKERS = re.compile(r"[`\\!\[*_~]")  # text without any of these has no inline markup
# Spans are bounded (SPAN characters) so a long line full of unmatched markers stays fast.
SPAN = 400
# A link address: anything in parentheses, itself holding balanced parentheses once.
_ADDRESS = r"\((?:[^()]|\([^()]{0,@N}\)){0,@N}\)"
_INLINE = re.compile((
    r"(?P<code>(?P<ticks>`+)(?P<code_text>[^`].{0,@N}?)(?<!`)(?P=ticks)(?!`))"
    r"|(?P<escape>\\(?P<escaped>[\\`*_{}\[\]()#+\-.!~>|]))"
    r"|(?P<image>!\[(?P<alt>[^\]]{0,@N})\]" + _ADDRESS + ")"
    r"|(?P<link>\[(?P<link_text>[^\]]{1,@N})\]" + _ADDRESS + ")"
    r"|(?P<strong>(?P<mark>\*\*|__)(?=\S)(?P<strong_text>.{1,@N}?)(?<=\S)(?P=mark))"
    r"|(?P<strike>~~(?=\S)(?P<strike_text>.{1,@N}?)(?<=\S)~~)"
    r"|(?P<em>\*(?=[^\s*])(?P<em_text>.{1,@N}?)(?<=[^\s*])\*"
    r"|(?<!\w)_(?=[^\s_])(?P<em_u_text>.{1,@N}?)(?<=[^\s_])_(?!\w))"
).replace("@N", str(SPAN)))


def inline_html(text: str, depth: int = 0) -> str:
    """Inline Markdown (emphasis, strong, strike, code, links, images) as escaped HTML."""
    if depth > MAX_NESTING or not _MARKERS.search(text):
        return escape(text, quote=False)
    out: list[str] = []
    pos = 0
    for match in _INLINE.finditer(text):
        out.append(escape(text[pos:match.start()], quote=False))
        pos = match.end()
        if match.group("code"):
            out.append(f"<code>{escape(match.group('code_text').strip(), quote=False)}</code>")
        elif match.group("escape"):
            out.append(escape(match.group("escaped"), quote=False))
        elif match.group("image"):
            alt = match.group("alt").strip()
            out.append(escape(f"[image: {alt}]" if alt else "[image]", quote=False))
        elif match.group("link"):
            out.append(inline_html(match.group("link_text"), depth + 1))
        elif match.group("strong"):
            out.append(f"<strong>{inline_html(match.group('strong_text'), depth + 1)}</strong>")
        elif match.group("strike"):
            out.append(f"<s>{inline_html(match.group('strike_text'), depth + 1)}</s>")
        else:
            inner = match.group("em_text") or match.group("em_u_text") or ""
            out.append(f"<em>{inline_html(inner, depth + 1)}</em>")
    out.append(escape(text[pos:], quote=False))
    return "".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _starts_block(line: str) -> bool:
    """True when `line` begins something other than paragraph text."""
    return bool(_FENCE.match(line) or _HEADING.match(line) or _RULE.match(line)
                or _QUOTE.match(line) or _ITEM.match(line))


class _Converter:
    def __init__(self, heading_offset: int) -> None:
        self.offset = heading_offset

    def blocks(self, lines: list[str], depth: int) -> list[str]:
        """HTML for a run of lines, one string per block."""
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
            elif fence := _FENCE.match(line):
                i = self.code(lines, i, fence.group(1), out)
            elif heading := _HEADING.match(line):
                level = max(1, min(len(heading.group(1)) + self.offset, 6))
                text = inline_html(heading.group(2) or "")
                out.append(f"<h{level}>{text}</h{level}>")
                i += 1
            elif _RULE.match(line):
                out.append("<hr>")
                i += 1
            elif _QUOTE.match(line) and depth < MAX_NESTING:
                i = self.quote(lines, i, depth, out)
            elif _ITEM.match(line) and depth < MAX_NESTING:
                i = self.listing(lines, i, depth, out)
            else:
                i = self.paragraph(lines, i, out)
        return out

    def code(self, lines: list[str], i: int, fence: str, out: list[str]) -> int:
        body: list[str] = []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(fence):
            body.append(lines[i])
            i += 1
        out.append("<pre><code>" + escape("\n".join(body), quote=False) + "</code></pre>")
        return i + 1

    def quote(self, lines: list[str], i: int, depth: int, out: list[str]) -> int:
        inner: list[str] = []
        while i < len(lines) and lines[i].strip():
            match = _QUOTE.match(lines[i])
            if match is None and _starts_block(lines[i]):
                break
            inner.append(lines[i][match.end():] if match else lines[i])
            i += 1
        content = "\n".join(self.blocks(inner, depth + 1))
        out.append(f"<blockquote>\n{content}\n</blockquote>")
        return i

    def listing(self, lines: list[str], i: int, depth: int, out: list[str]) -> int:
        first = _ITEM.match(lines[i])
        assert first is not None
        base = len(first.group(1))
        ordered = first.group(2)[0].isdigit()
        items: list[list[str]] = []
        loose = False
        while i < len(lines):
            line = lines[i]
            match = _ITEM.match(line)
            if match and len(match.group(1)) <= base + 1:
                if match.group(2)[0].isdigit() != ordered:
                    break
                items.append([match.group(3) or ""])
                i += 1
                continue
            if not line.strip():
                # A blank line ends the list unless the next line still belongs to it.
                nxt = lines[i + 1] if i + 1 < len(lines) else ""
                nested = nxt.strip() and _indent(nxt) > base
                again = _ITEM.match(nxt)
                if nested or (again and len(again.group(1)) <= base + 1
                              and again.group(2)[0].isdigit() == ordered):
                    loose = loose or not nested
                    items[-1].append("")
                    i += 1
                    continue
                break
            if _indent(line) > base:
                items[-1].append(line[min(_indent(line), base + 2):])
            elif not _starts_block(line):
                items[-1].append(line.strip())  # a lazy continuation of the item's text
            else:
                break
            i += 1
        tag = "ol" if ordered else "ul"
        start = first.group(2)[:-1].lstrip("0") or "0"
        opening = f'<ol start="{int(start)}">' if ordered and start != "1" else f"<{tag}>"
        rendered = [self.item(item, depth, loose) for item in items]
        out.append(opening + "\n" + "\n".join(rendered) + f"\n</{tag}>")
        return i

    def item(self, lines: list[str], depth: int, loose: bool) -> str:
        inner = self.blocks(lines, depth + 1)
        if not loose and inner and inner[0].startswith("<p>"):
            inner[0] = inner[0][3:-4]  # tight lists show items without paragraph gaps
        return "<li>" + "\n".join(inner) + "</li>"

    def paragraph(self, lines: list[str], i: int, out: list[str]) -> int:
        text = [lines[i].strip()]
        i += 1
        while i < len(lines) and lines[i].strip() and not _starts_block(lines[i]):
            text.append(lines[i].strip())
            i += 1
        out.append("<p>" + "<br>\n".join(inline_html(part) for part in text) + "</p>")
        return i


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


def to_html(markdown: str, top_heading: int = 1) -> str:
    """Convert Markdown to safe HTML. Headings are renumbered so the body's highest one
    becomes <h`top_heading`> (capped at h6): an entry's own headings sit under the page's
    whether the body uses '#' or '###'."""
    lines = markdown.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4).split("\n")
    # Without a '#' there is no heading to look for (6 is "none").
    offset = top_heading - (top_heading_level(lines) if "#" in markdown else 6)
    return "\n".join(_Converter(offset).blocks(lines, 0))


# -- words the readable formats share ---------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def utc_text(moment: dt.datetime) -> str:
    """An ISO 8601 UTC time ending in Z (a naive time is taken to be UTC already)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat() + "Z"


def long_date(day: dt.date) -> str:
    """'Tuesday, 5 March 2024': the same words on every machine, whatever its locale."""
    return f"{_WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def month_title(day: dt.date) -> str:
    """'March 2024'."""
    return f"{MONTHS[day.month - 1]} {day.year}"


@functools.cache
def _exercise_titles() -> dict[str, str]:
    titles = {ex.id: ex.title for ex in builtin_exercises().exercises}
    titles[CHECKIN.id] = CHECKIN.title
    return titles


def exercise_title(exercise_id: str) -> str:
    """The shipped exercise's title, or the id made readable for one we do not know."""
    return _exercise_titles().get(exercise_id) or exercise_id.replace("_", " ").capitalize()


def display_title(record: EntryRecord) -> str:
    """The title on one line, or words that stand in for a missing one."""
    title = " ".join(record.title.split())
    if title:
        return title
    return "Untitled entry" if record.kind == "free" else kind_label(record)


def kind_label(record: EntryRecord) -> str:
    """What sort of entry this is, in words: 'Check-in', 'Challenge a thought', 'Entry'."""
    if record.kind == "checkin":
        return "Check-in"
    if record.kind == "exercise" and record.exercise_id:
        return exercise_title(record.exercise_id)
    if record.kind == "exercise":
        return "Exercise"
    return "Entry"


def private_text(path: Path, *, newline: str | None = "\n", exclusive: bool = False) -> TextIO:
    """Open `path` for writing UTF-8 text, created user-only (0600). `exclusive` fails with
    FileExistsError instead of replacing a file that is already there."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
    # errors="replace": a lone surrogate from a strange import must not abort the export.
    return open(fd, "w", encoding="utf-8", errors="replace", newline=newline)
