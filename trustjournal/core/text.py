"""Small text helpers shared by storage, CLI and GUI."""

from __future__ import annotations

import re
import unicodedata

from trustjournal.core.entries import MAX_TAG_LENGTH, MAX_TITLE_LENGTH
from trustjournal.core.plain import plain_start

# Possessive: once a word is read it is never given back, so the engine never backtracks
# (the same words as the plain greedy form, found about twice as fast).
_WORD = re.compile(r"\w++(?:['’\-]\w++)*+", re.UNICODE)
_SPACE = re.compile(r"\s+")
# Each of the first 256 characters as word_count sees it: "a" a word character, "j" a
# joiner, " " anything else. Built from the pattern itself, so the two cannot disagree.
_WORD_MARKS = bytes(
    ord("a") if re.fullmatch(r"\w", chr(i)) else ord("j") if chr(i) in "'-" else ord(" ")
    for i in range(256)
)
# Common typed characters beyond Latin-1, as word_count counts them: the curly
# apostrophe joins like "'", the rest (quotes, dashes, ellipsis) separate like a space.
_BEYOND_LATIN1 = (("’", "'"), ("‘", " "), ("“", " "), ("”", " "), ("–", " "), ("—", " "),
                  ("…", " "))
# What could make plain_line change a line of prose: inline markup (plain._MARKUP_CHAR),
# a table cell bar, a colon before a score ("Calm: 8 out of 10") even across a line end.
# Two patterns, not one with a choice: a search for one set of characters runs in a
# single C scan, several times faster than trying both branches at every character.
_NOT_PROSE_CHAR = re.compile(r"[\[<\\*`~_\x00|]")
_NOT_PROSE_SCORE = re.compile(r":\s+(?:\d|\Z)")
_TAG_BAD = re.compile(r"[,\n\r\t#]")

PREVIEW_LENGTH = 140


def word_count(text: str) -> int:
    """Count words the way a reader would (hyphenated and apostrophe words are one)."""
    # What _WORD would find, counted without making a string per word: each character
    # becomes a, j or space (_WORD_MARKS) in one C pass, and a word is a run of a's that
    # does not follow "aj" (a joiner between two runs makes them one word).
    try:
        marks = text.encode("latin-1").translate(_WORD_MARKS)
    except UnicodeEncodeError:
        for typed, same in _BEYOND_LATIN1:
            if typed in text:
                text = text.replace(typed, same)
        try:
            marks = text.encode("latin-1").translate(_WORD_MARKS)
        except UnicodeEncodeError:
            return len(_WORD.findall(text))
    words = marks.count(b" a") + marks.startswith(b"a")
    if b"j" in marks:
        # A run after a joiner is a word of its own unless a run comes just before.
        words += marks.count(b" ja") + marks.count(b"jja") + marks.startswith(b"ja")
    return words


def preview(body: str, length: int = PREVIEW_LENGTH) -> str:
    """One line of plain text from the start of a Markdown body, for list rows.

    Markup and exercise step headings are left out and answers set apart with " · "
    (see `plain_line`), so an exercise reads "Anxious 85 · Betrayed 70".
    """
    quick = _prose_preview(body, length)
    if quick is not None:
        return quick
    # Only the start is read: previews are made for every saved or imported entry.
    head = body[: length * 8]
    plain = plain_start(head, length)
    if len(plain) <= length and len(head) == len(body):
        return plain
    # Cut between words; a head cut short may end inside a word, so drop that one too.
    cut = plain[: length + 1].rsplit(" ", 1)[0].rstrip(" ·")
    return cut + "…"


def _prose_preview(body: str, length: int) -> str | None:
    """The preview of a body that opens with whole lines of plain prose longer than the
    preview, read from those lines alone; None when it does not (preview reads on).

    The lines are running text to plain_line (each starts with a letter or is blank),
    nothing in them is markup it would change, and what follows them can only add to
    the plain text after them, so the first `length` characters are the same as from the
    whole head. Most free entries open like this; reading a few lines instead of the
    head's eight lengths is most of a preview's cost at import.
    """
    end = body.find("\n", length, length * 8)
    if end < 0:
        return None
    lead = body[: end + 1]
    if _NOT_PROSE_CHAR.search(lead) or (":" in lead and _NOT_PROSE_SCORE.search(lead)):
        return None
    for line in lead.splitlines():
        start = line.lstrip()[:1]
        if start and not start.isalpha():
            return None
    # Folding the spaces of a start of the lines gives a start of the folded lines
    # (a word cut at its end is the start of that word): usually that is enough.
    plain = " ".join(lead[: length * 2].split())
    if len(plain) <= length:
        plain = " ".join(lead.split())
        if len(plain) <= length:
            return None
    return plain[: length + 1].rsplit(" ", 1)[0].rstrip(" ·") + "…"


def clean_title(title: str) -> str:
    """A title on one line, trimmed and bounded; empty titles are allowed."""
    one_line = _SPACE.sub(" ", title).strip()
    return one_line[:MAX_TITLE_LENGTH]


def clean_tag(tag: str) -> str:
    """Normalise a tag: NFC, trimmed, inner spaces folded, no commas or '#'."""
    if _clean_already(tag):
        return tag  # most tags (every one an import meets twice) need no work at all
    name = unicodedata.normalize("NFC", _TAG_BAD.sub(" ", tag))
    name = _SPACE.sub(" ", name).strip()
    return name[:MAX_TAG_LENGTH]


def _clean_already(tag: str) -> bool:
    # str.split() and the pattern's \s agree on what white space is, and tab, newline
    # and carriage return are white space: this is "clean_tag would change nothing".
    return (len(tag) <= MAX_TAG_LENGTH and "," not in tag and "#" not in tag
            and " ".join(tag.split()) == tag and unicodedata.is_normalized("NFC", tag))


def clean_tags(tags: object) -> tuple[str, ...]:
    """Clean, drop empties and de-duplicate case-insensitively, keeping first spelling."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in tags:  # type: ignore[attr-defined]
        name = clean_tag(str(raw))
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as one comma-separated line."""
    return clean_tags(text.split(","))
