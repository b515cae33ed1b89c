"""The combined Markdown file renumbers body headings in one pass over text without code
fences; the result is the same as the line-by-line walk (kept here as the reference)."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from trustjournal.exchange.markdown_format import shift_headings
from trustjournal.exchange.markup import top_heading_level

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")


def line_by_line(markdown: str, top: int = 3) -> str:
    """Every line looked at on its own, fences tracked: what shift_headings must give."""
    lines = markdown.split("\n")
    delta = top - top_heading_level(lines)
    out, fence = [], None
    for line in lines:
        opener = _FENCE.match(line)
        if fence is None and opener:
            fence = opener.group(1)[0] * 3
        elif fence is not None and line.strip().startswith(fence):
            fence = None
        elif fence is None and (heading := _HEADING.match(line)):
            level = max(1, min(len(heading.group(2)) + delta, 6))
            line = heading.group(1) + "#" * level + line[heading.end():]
        out.append(line)
    return "\n".join(out)


PIECES = ["# One", "## Two", "###### Six", "####### seven", "#no space", "#", "   ## three",
          "    # four spaces", "##\tTab", "text with # inside", "", "plain", "  # ",
          "## closing ##", "```", "~~~", "# after"]


@pytest.mark.parametrize("top", [1, 3, 6])
def test_every_mix_of_lines_renumbers_as_the_walk_does(top: int) -> None:
    texts = ["\n".join(c) for c in itertools.product(PIECES[:14], repeat=2)]
    rng = random.Random(15)
    texts += ["\n".join(rng.choices(PIECES, k=rng.randint(1, 12))) for _ in range(3000)]
    changed = 0
    for text in texts:
        shifted = shift_headings(text, top)
        assert shifted == line_by_line(text, top), text
        changed += shifted != text
    assert changed > 100  # the renumbering really happened, not only the shortcut
