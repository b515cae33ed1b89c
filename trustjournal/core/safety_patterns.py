"""Cues of the safety check (`trustjournal.core.danger`) rewritten so Python's regex
engine can pass over them quickly, each reading exactly as it was written.

The engine tries every alternative of a category's cues at every word of a sentence.
An alternative that opens with a plain character it can reject with one comparison,
but most cues open with a group of words ("(?:afraid|scared|terrified) ...") or with
look-behinds ("i", "i've", "been" before "cut myself"), which it enters every time.
Two rewrites, both of text already expanded from the slots:

- a cue opening with a group of plain words opens instead with the set of their first
  letters, and each word goes on from its second letter, checked whole by a
  look-behind: "(?:afraid|scared) x" reads "[as](?:fraid(?<=afraid)|cared(?<=scared)) x";
- a cue opening with look-behinds is guarded by a look-ahead for the first letters of
  what it goes on to match, so the look-behinds are tried only where it could.

Any other cue is left as it is. Both rewrites keep the order in which alternatives are
tried, so every match (where it starts, what it holds) stays the same."""

from __future__ import annotations

import re

# A group of plain words (letters, apostrophes, spaces, hyphens) not repeated.
_WORDS = re.compile(r"\(\?:([a-z' \-]+(?:\|[a-z' \-]+)*)\)(?![?*+{])")
# A plain letter that is not repeated.
_LETTER = re.compile(r"[a-z](?![?*+{])")
# A look-behind with no group inside, or a group of nothing but such look-behinds.
_BEHIND = r"\(\?<[=!](?:[^()\\\[]|\\.)*\)"
_LOOK_BEHINDS = re.compile(rf"(?:{_BEHIND}|\(\?:{_BEHIND}(?:\|{_BEHIND})*\))+")


def _group(text: str) -> tuple[list[str], int] | None:
    """The top-level alternatives of the group "(?:...)" text opens with, and where it
    ends; None when text opens otherwise."""
    if not text.startswith("(?:"):
        return None
    alternatives, depth, start, index = [], 1, 3, 3
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index += 2 if text.startswith("[^", index) else 1
            index += 1 if index < len(text) and text[index] == "]" else 0
            while index < len(text) and text[index] != "]":
                index += 2 if text[index] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if not depth:
                alternatives.append(text[start:index])
                return alternatives, index + 1
        elif char == "|" and depth == 1:
            alternatives.append(text[start:index])
            start = index + 1
        index += 1
    return None


def _first_letters(cue: str) -> str | None:
    """The letters a match of cue (from its start) can open with, or None if unsure."""
    if _LETTER.match(cue):
        return cue[0]
    group = _group(cue)
    if group is None or cue[group[1]:group[1] + 1] in ("?", "*", "+", "{"):
        return None
    letters = ""
    for alternative in group[0]:
        found = _first_letters(alternative)
        if found is None:
            return None
        letters += found
    return "".join(dict.fromkeys(letters))


def _letter_set(letters: str) -> str:
    return "[" + "".join(re.escape(letter) for letter in letters) + "]"


def quick(cue: str) -> str:
    """cue (expanded, one alternative or several) in a form the engine rejects sooner."""
    words = _WORDS.match(cue)
    if words:
        parts = words.group(1).split("|")
        letters = "".join(dict.fromkeys(word[0] for word in parts))
        rest = "|".join(word[1:] + "(?<=" + word + ")" for word in parts)
        return _letter_set(letters) + "(?:" + rest + ")" + cue[words.end():]
    behind = _LOOK_BEHINDS.match(cue)
    if behind:
        letters = _first_letters(cue[behind.end():])
        if letters:
            return "(?=" + _letter_set(letters) + ")" + cue
    return cue
