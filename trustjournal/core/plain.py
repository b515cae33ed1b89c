"""Markdown read back as one line of plain text, for list previews and search snippets.

Exercise and check-in bodies are Markdown made by `render_answers`: a `###` heading per
step and the answer under it ("- Anxious: 85 out of 100"). Shown in a list row, the
headings are labels the title already gives, so they are left out, scores are shortened
("Anxious 85") and separate answers are set apart with " · ". A step whose whole answer
is a score keeps its heading, since the number alone means nothing ("Trust 8").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from trustjournal.core.i18n import translate

SEPARATOR = " · "

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|=+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_TABLE_DIVIDER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--.*?-->")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_EMPHASIS = re.compile(r"\*+|`+|~~|(?<!\w)_+|_+(?!\w)")
# "Name: 85 out of 100" closing an answer; prose such as "3 out of 4 friends" is kept.
_SCORE = re.compile(r":\s+(\d+) out of \d+(?=(?: \(was \d+\))?$)")
_ONLY_SCORE = re.compile(r"^(\d+) out of \d+(?: \(was (\d+)\))?$")
_SPACE = re.compile(r"\s+")
# A character one of _inline's link, tag or emphasis patterns needs (or a kept-aside
# marker): text without any only has its score shortened and spaces folded.
_MARKUP_CHAR = re.compile(r"[\[<\\*`~_\x00]")


def _inline(text: str) -> str:
    """Inline Markdown (links, emphasis, code, tags) reduced to the words it shows."""
    if not _MARKUP_CHAR.search(text):
        # Most text holds nothing the link, tag and emphasis patterns below change:
        # only a closing score is shortened and spaces folded (split() and \s agree
        # on what white space is).
        if " out of " in text:
            text = _SCORE.sub(r" \1", text)
        return " ".join(text.split())
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    # Escaped characters are kept aside so emphasis stripping cannot eat them.
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(1))
        return f"\x00{len(kept) - 1}\x00"

    text = _ESCAPED.sub(keep, text)
    text = _EMPHASIS.sub("", text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text)
    text = _SCORE.sub(r" \1", text)
    return _SPACE.sub(" ", text).strip()


def _paragraph(lines: list[str]) -> tuple[str, str] | None:
    """The text block of a paragraph's lines (emptied), or None if it shows nothing."""
    if not lines:
        return None
    text = _inline(" ".join(lines))
    lines.clear()
    return ("text", text) if text else None


def _iter_blocks(markdown: str) -> Iterator[tuple[str, str]]:
    """(kind, text) per block, in order: kind is "heading", "item" or "text"; paragraphs
    joined. A generator, so a caller that needs only the start reads only that far."""
    paragraph: list[str] = []
    in_code = False
    for raw in markdown.splitlines():
        start = raw.lstrip()[:1]
        if start.isalpha() and (in_code or "|" not in raw):
            # A line starting with a letter is running text, in code or not: no block
            # pattern below matches it (each needs a mark or a digit first).
            paragraph.append(raw)
            continue
        if not start and not in_code:
            # A blank line (no pattern below matches one either).
            if block := _paragraph(paragraph):
                yield block
            continue
        # Each block pattern needs a certain first mark (after white space), so a line is
        # tried only against the patterns its first character could begin: most
        # exercise lines ("### Trust", "8 out of 10") then meet one pattern, not five.
        if start in "`~" and _FENCE.match(raw):
            if block := _paragraph(paragraph):
                yield block
            in_code = not in_code
            continue
        if in_code:
            paragraph.append(raw)
            continue
        line = _QUOTE.sub("", raw) if ">" in raw else raw
        lead = start if line is raw else line.lstrip()[:1]
        if (not lead or (lead in "*-_=" and _RULE.match(line))
                or (lead in "|:-" and _TABLE_DIVIDER.match(line))):
            if block := _paragraph(paragraph):
                yield block
            continue
        heading = _HEADING.match(line) if lead == "#" else None
        # isdigit() takes in every character \d does (and a few more).
        item = (_ITEM.match(line) if not heading and (lead in "-*+" or lead.isdigit())
                else None)
        cells = None
        if not heading and not item:
            if "|" not in line.strip().strip("|"):
                paragraph.append(line)
                continue
            cells = [_inline(cell) for cell in line.strip().strip("|").split("|")]
        if block := _paragraph(paragraph):
            yield block
        if heading:
            text = _inline(heading.group(1) or "")
            if text:
                yield ("heading", text)
        elif item:
            text = _inline(line[item.end():])
            if text:
                yield ("item", text)
        else:
            yield ("item", SEPARATOR.join(c for c in cells or () if c))
    if block := _paragraph(paragraph):
        yield block


def _blocks(markdown: str) -> list[tuple[str, str]]:
    """Every block of `markdown` (see _iter_blocks)."""
    return list(_iter_blocks(markdown))


def _iter_scored(blocks: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """A heading whose whole answer is one score becomes "Heading 8" (or "8, was 5").
    A heading is passed on only once the block after it is known."""
    heading: tuple[str, str] | None = None
    for kind, text in blocks:
        score = _ONLY_SCORE.match(text) if kind == "text" else None
        if score and heading is not None:
            value = score.group(1) if score.group(2) is None else translate(
                "PlainText", "{score} (was {before})").format(score=score.group(1),
                                                             before=score.group(2))
            yield ("item", f"{heading[1]} {value}")
            heading = None
            continue
        if heading is not None:
            yield heading
            heading = None
        if kind == "heading":
            heading = (kind, text)
        else:
            yield (kind, text)
    if heading is not None:
        yield heading


def _scored(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The blocks with scores joined to their headings (see _iter_scored)."""
    return list(_iter_scored(blocks))


def plain_start(markdown: str, length: int) -> str:
    """The start of plain_line(markdown): all of it, or a part longer than `length`
    that plain_line's text begins with. Blocks are read only until that much is known,
    so a preview of a long exercise reads its first answers, not the whole head."""
    parts: list[str] = []
    size = 0
    previous = ""
    leading: list[str] = []  # headings before any other block
    dropping = False  # a block that is not a heading came: plain_line drops headings
    for kind, text in _iter_scored(_iter_blocks(markdown)):
        if kind == "heading":
            if not dropping:
                leading.append(text)
            previous = kind
            continue
        dropping = True
        if parts:
            gap = " " if kind == previous == "text" else SEPARATOR
            parts.append(gap)
            size += len(gap)
        parts.append(text)
        size += len(text)
        previous = kind
        if size > length:
            break
    if not dropping:
        return SEPARATOR.join(leading)  # headings alone: plain_line keeps them
    return "".join(parts)


def plain_line(markdown: str, *, keep_headings: bool = False) -> str:
    """Markdown as one line of plain text: markup removed, blocks set apart with " · ".

    Headings are dropped unless `keep_headings` (or unless there is nothing else), so an
    exercise reads as its answers. Characters outside Markdown (such as search-match
    markers) pass through untouched.
    """
    blocks = _scored(_blocks(markdown))
    drop = not keep_headings and any(kind != "heading" for kind, _ in blocks)
    parts: list[str] = []
    previous = ""
    for kind, text in blocks:
        if drop and kind == "heading":
            previous = kind
            continue
        if parts:
            # Running prose reads on with a space; answers and list items are set apart.
            parts.append(" " if kind == previous == "text" else SEPARATOR)
        parts.append(text)
        previous = kind
    return "".join(parts)
