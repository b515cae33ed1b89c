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
from collections.abc import Iterator

# A group of plain words (letters, apostrophes, spaces, hyphens) not repeated.
_WORDS = re.compile(r"\(\?:([a-z' \-]+(?:\|[a-z' \-]+)*)\)(?![?*+{])")
# A plain letter that is not repeated.
_LETTER = re.compile(r"[a-z](?![?*+{])")
# A look-behind with no group inside, or a group of nothing but such look-behinds.
_BEHIND = r"\(\?<[=!](?:[^()\\\[]|\\.)*\)"
_LOOK_BEHINDS = re.compile(rf"(?:{_BEHIND}|\(\?:{_BEHIND}(?:\|{_BEHIND})*\))+")


def _marks(text: str, index: int = 0) -> Iterator[tuple[int, str]]:
    """Each character of text from index, with where it is, that is not escaped and not
    inside a character set: the ones that shape a pattern's groups and alternatives."""
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 1
        elif char == "[":  # a "]" first in the set ("[]…]", "[^]…]") is one of it
            index += 2 if text.startswith("[^", index) else 1
            index += 1 if index < len(text) and text[index] == "]" else 0
            while index < len(text) and text[index] != "]":
                index += 2 if text[index] == "\\" else 1
        else:
            yield index, char
        index += 1


def _group(text: str) -> tuple[list[str], int] | None:
    """The top-level alternatives of the group "(?:...)" text opens with, and where it
    ends; None when text opens otherwise."""
    if not text.startswith("(?:"):
        return None
    alternatives, depth, start = [], 1, 3
    for index, char in _marks(text, 3):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if not depth:
                alternatives.append(text[start:index])
                return alternatives, index + 1
        elif char == "|" and depth == 1:
            alternatives.append(text[start:index])
            start = index + 1
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


# Fewer alternatives than this are joined as they are: sorting them by first letter
# adds a level of groups that costs more than it saves.
_SORT_FROM = 8


def _bar_outside_groups(cue: str) -> bool:
    """True when cue has a "|" of its own (not inside a group or a character set)."""
    depth = 0
    for _, char in _marks(cue):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and not depth:
            return True
    return False


def _after_first(cue: str) -> tuple[str, str] | None:
    """The one character cue opens with and what it has to match after it; None when
    cue opens in a way not read here, or with one of several characters."""
    if _bar_outside_groups(cue):
        return None
    words = _WORDS.match(cue)
    if words:
        # As in quick, each word goes on from its second letter and is checked whole by
        # a look-behind. Words of several first letters would each need a copy of the
        # rest of the cue, which makes the pattern longer to compile and to pass over:
        # those are left to quick.
        parts = words.group(1).split("|")
        if len({word[0] for word in parts}) > 1:
            return None
        return parts[0][0], ("(?:" + "|".join(word[1:] + "(?<=" + word + ")" for word in parts)
                             + ")" + cue[words.end():])
    if _LETTER.match(cue):
        return cue[0], cue[1:]
    return None


def alternatives(cues: list[str]) -> str:
    """cues (expanded) as one group "(?:...)" that matches exactly what they match as
    "(?:cue|cue|...)", in a form the engine passes over sooner.

    The engine tries every alternative in turn at every word; most open with a letter it
    compares first, but one comparison each still adds up over dozens of cues. Here the
    cues that open with a known letter are sorted by it: "(?:hit me|hurt me|kicked me)"
    reads "(?:h(?:it me|urt me)|k(?:icked me))", so the engine compares each first
    letter once. Two cues with different first letters never match at the same place,
    so only the order among cues of the same letter matters, and it is kept; a cue read
    otherwise (quick) stays where it was between them, so every match (where it starts,
    what it holds) stays the same."""
    if len(cues) < _SORT_FROM:
        return "(?:" + "|".join(quick(cue) for cue in cues) + ")"
    out: list[str] = []
    letters: dict[str, list[str]] = {}  # the run of sortable cues since the last other

    def close_run() -> None:
        out.extend(re.escape(first) + "(?:" + "|".join(rest) + ")"
                   for first, rest in letters.items())
        letters.clear()

    for cue in cues:
        after = _after_first(cue)
        if after is None:
            close_run()
            out.append(quick(cue))
            continue
        letters.setdefault(after[0], []).append(after[1])
    close_run()
    return "(?:" + "|".join(out) + ")"
