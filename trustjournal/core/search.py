"""Turning what a person types into a safe full-text query, and reading snippets back."""

from __future__ import annotations

import re

# Private-use characters mark matches inside snippets; they never occur in real text
# the user typed because clean input is stripped of them before saving.
HIT_START = "\ue000"
HIT_END = "\ue001"

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16


def fts_query(text: str, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression that finds entries containing every typed word.

    Each word is quoted, so operators and punctuation in the input are just text; the
    last word matches as a prefix so results follow typing. None when nothing to find.
    """
    words = _TOKEN.findall(text)[:MAX_TERMS]
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    if prefix_last and not text.endswith(("\"", " ")):
        parts[-1] += "*"
    return " ".join(parts)


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into (text, is_match) pieces for display."""
    out: list[tuple[str, bool]] = []
    pos = 0
    while True:
        start = snippet.find(HIT_START, pos)
        if start < 0:
            break
        end = snippet.find(HIT_END, start)
        if end < 0:
            break
        if start > pos:
            out.append((snippet[pos:start], False))
        out.append((snippet[start + 1 : end], True))
        pos = end + 1
    if pos < len(snippet):
        out.append((snippet[pos:], False))
    return [(t, m) for t, m in out if t]


def strip_markers(text: str) -> str:
    """Remove snippet marker characters (so stored text can never contain them)."""
    return text.replace(HIT_START, "").replace(HIT_END, "")
