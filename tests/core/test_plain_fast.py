"""core.plain skips its patterns for text that cannot need them (plain words, lines that
start with a letter); what it reads from any Markdown stays what the full patterns
give. The full pattern walk is kept here as the reference."""

from __future__ import annotations

import random
import re

from trustjournal.core import plain
from trustjournal.core.demo import demo_entries


def full_inline(text: str) -> str:
    text = plain._IMAGE.sub(r"\1", text)
    text = plain._LINK.sub(r"\1", text)
    text = plain._REF_LINK.sub(r"\1", text)
    text = plain._AUTOLINK.sub(r"\1", text)
    text = plain._HTML_TAG.sub("", text)
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(1))
        return f"\x00{len(kept) - 1}\x00"

    text = plain._ESCAPED.sub(keep, text)
    text = plain._EMPHASIS.sub("", text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text)
    text = plain._SCORE.sub(r" \1", text)
    return plain._SPACE.sub(" ", text).strip()


def full_blocks(markdown: str) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    paragraph: list[str] = []
    in_code = False

    def flush() -> None:
        if paragraph:
            text = full_inline(" ".join(paragraph))
            if text:
                blocks.append(("text", text))
            paragraph.clear()

    for raw in markdown.splitlines():
        if plain._FENCE.match(raw):
            flush()
            in_code = not in_code
            continue
        if in_code:
            paragraph.append(raw)
            continue
        line = plain._QUOTE.sub("", raw)
        if not line.strip():
            flush()
            continue
        if plain._RULE.match(line) or plain._TABLE_DIVIDER.match(line):
            flush()
            continue
        heading = plain._HEADING.match(line)
        if heading:
            flush()
            text = full_inline(heading.group(1) or "")
            if text:
                blocks.append(("heading", text))
            continue
        item = plain._ITEM.match(line)
        if item:
            flush()
            text = full_inline(line[item.end():])
            if text:
                blocks.append(("item", text))
            continue
        if "|" in line.strip().strip("|"):
            flush()
            cells = [full_inline(cell) for cell in line.strip().strip("|").split("|")]
            blocks.append(("item", plain.SEPARATOR.join(c for c in cells if c)))
            continue
        paragraph.append(line)
    flush()
    return blocks


LINES = [
    "She was late again.", "  Indented words", "Trust: 8 out of 10", "8 out of 10",
    "3 out of 4 friends agreed", "# Heading", "### Step", "- item one", "* star item",
    "1. first", "12) twelfth", "> quoted words", "> - quoted item", "---", "***", "===",
    "| a | b |", "|---|---|", "a | b", "```", "~~~", "code inside", "    four spaces",
    "**bold** and _under_ and `code`", "a [link](http://x.y) here", "![img](p.png)",
    "<b>tag</b> words", "escaped \\* star", "x\x000\x00y", "Ünïcode wörds", "日本語の文",
    "٣. arabic digit", "\ttabbed text", "mixed\u00a0space", "", "   ", "word_with_under",
    "~~strike~~", "Anxious: 85 out of 100", "Felt: 40 out of 100 (was 70)",
    # marks after other white space, quoted marks, digits \\d does and does not take
    "\u2003# wide-space heading", "\u00a0- item after a no-break space", "\u3000---",
    "  ```", "    ```", "> # quoted heading", "> ---", "> 1. quoted first", ">",
    "² superscript", "٣) arabic digit", ": colon first", ":-- | --:", "= not a rule x",
    "_ under", "+ plus item", "+plus", "#no space heading", "####### seven",
]


def outcome(read, text: str) -> object:  # type: ignore[no-untyped-def]
    """What read(text) gives, or the kind of error it raises (the same either way)."""
    try:
        return read(text)
    except Exception as error:  # compared below, not hidden
        return type(error)


def test_any_mix_of_lines_reads_as_the_full_walk_does() -> None:
    rng = random.Random(20)
    for _ in range(6000):
        text = "\n".join(rng.choices(LINES, k=rng.randint(1, 9)))
        assert outcome(plain._blocks, text) == outcome(full_blocks, text), repr(text)
    for line in LINES:
        assert outcome(plain._inline, line) == outcome(full_inline, line), repr(line)


def test_demo_bodies_read_as_before() -> None:
    """Free writing, check-ins and every exercise's rendered answers, as the demo makes."""
    import datetime as dt

    bodies = [entry.body for entry in demo_entries(600, 1, 3, dt.date(2024, 6, 1))]
    assert len(bodies) == 600 and sum("###" in body for body in bodies) > 50
    for body in bodies:
        assert plain._blocks(body) == full_blocks(body)
