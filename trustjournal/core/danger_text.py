"""How the safety check (`trustjournal.core.danger`) prepares a text before any cue is
tried: markup dropped, the text cut into sentences (very long ones into overlapping
windows), names marked, the partner carried into a clause with no subject, and a
match weighed against the negations before it. Standard library only; the language
data comes in through danger's compiled `_Language`."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustjournal.core.danger import _Language

# Past this many characters a sentence is read in overlapping windows, so a text with
# no full stops costs the same per character as any other.
_WINDOW = 1200
_OVERLAP = 200


_TAG = re.compile(r"<[^<>\n]{0,300}>")
# "!?\[" written as two branches that each open with a character, so the regex engine
# skips ahead to "!" and "[" instead of trying the pattern at every position.
_LINK = re.compile(r"(?:!\[|\[)([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
_MARKUP = re.compile(r"[*_~`#>|\"“”«»„()\[\]{}]+")
# str.translate is slow on text outside Latin-1 (emoji, other scripts); replace is not.
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u00b4", "\u2032")
# An apostrophe that is not inside a word is a quotation mark.
_LOOSE_APOSTROPHE = re.compile(r"'(?:(?<!\w')|(?!\w))")
_DASH = re.compile(r" -+ ")
# What ends a sentence (a run of them ends one sentence).
_SENTENCE_ENDS = ".!?;\n\r…–—"
# The look-behind comes after the capital so the regex engine can skip ahead to capitals
# (a look-behind first is tried at every position, twice as slow); it reads the same.
_CAPITALISED = re.compile(r"[A-Z](?<![\w'][A-Z])[a-z]+(?!\w)")
_PRIVATE = re.compile("[\ue000]")
_END = "\ue000"
# Every character str.split() splits on, other than the space and the two sentence ends
# among them (a test checks the list against str.isspace). Each is replaced by a space,
# and runs of spaces are made one in the few sentences that hold one: that is what
# splitting on white space and joining with single spaces gives, without building a
# string for every word of the text. Those of the first row are all an ASCII text can
# hold.
_ASCII_SPACES = "\t\x0b\x0c\x1c\x1d\x1e\x1f"
_SPACES = _ASCII_SPACES + (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000")


def sentences(text: str) -> list[str]:
    """The text without markup, cut into sentences (original case, single spaces)."""
    if "&" in text:
        text = html.unescape(text)
    text = _PRIVATE.sub(" ", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    for apostrophe in _APOSTROPHES:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    text = _MARKUP.sub(" ", text)
    text = _LOOSE_APOSTROPHE.sub(" ", text)
    if " -" in text:
        text = _DASH.sub(". ", text)
    for space in _ASCII_SPACES if text.isascii() else _SPACES:
        if space in text:
            text = text.replace(space, " ")
    # Every sentence end becomes the private character (none is left in the text by
    # now), so that one split cuts the text: a run of ends then leaves empty pieces,
    # which are dropped like empty sentences.
    for end in _SENTENCE_ENDS:
        if end in text:
            text = text.replace(end, _END)
    out: list[str] = []
    for piece in text.split(_END):
        # Only spaces are left: a piece without two in a row needs only its ends
        # trimmed (most of them; a piece is short, the test cheap).
        if "  " in piece:
            piece = " ".join(piece.split())
        piece = piece.strip(" ").strip(",")
        if len(piece) <= _WINDOW:
            if piece:
                out.append(piece)
            continue
        start = 0
        while start < len(piece):
            out.append(piece[start:start + _WINDOW])
            start += _WINDOW - _OVERLAP
    return out


# A clause joined by "and"/"then" with no subject of its own ("he locked the door and
# wouldn't let me leave") takes the partner named at the start of the sentence, so the
# cues that need the partner as subject read it too.
CARRY = (
    r"^((?:\S+ ){0,3}?)({P})(?![\w'])(.*?) (and|then|and then|but then)"
    r" (?=(?:\w+ly )?(?:wouldn't|won't|didn't|wouldnt|wont|didnt|refused|kept|keeps"
    r"|would|started|starts|tried|tries|began|then|\w+ed|\w+s)(?![\w'])"
    r"(?!(?:his|her|their|its|this|is|was|has|as|us|yes|always|sometimes|perhaps|thus"
    r"|whereas|less|unless|hers|theirs|ours|yours|cos|does|says|was)\b))"
)


def carry_subject(sentence: str, lang: _Language) -> str:
    """sentence with the partner repeated after "and" where the next verb has no subject."""
    if " and " not in sentence and " then " not in sentence:
        return sentence
    match = lang.carry.search(sentence)
    if not match:
        return sentence
    head = match.group(0)
    return head + match.group(2) + " " + sentence[match.end():]


def mark_names(raw: str, lowered: str, lang: _Language) -> str:
    """lowered, with each capitalised word that may be a person's name marked."""
    # Every capitalised word is one of the not-names ("When", "My"): nothing to mark.
    if lang.capitalised_not_names.issuperset(_CAPITALISED.findall(raw)):
        return lowered

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.lower() in lang.not_names:
            return word
        # "my Facebook", "her Instagram": a capitalised word after a determiner is a
        # thing or a place, never the partner.
        before = raw[max(0, match.start() - 8):match.start()].lower().split()
        if before and before[-1] in lang.determiners:
            return word
        return lang.name_mark + word

    return _CAPITALISED.sub(mark, raw).lower()


def negated(sentence: str, start: int, lang: _Language) -> bool:
    """True when a negation stands in the few words before start, within its clause.

    A cue that itself opens a clause ("until I give in") is never negated from before."""
    first = sentence[start:start + 12].split(maxsplit=1)
    if first and first[0] in lang.clause_words:
        return False
    words = sentence[max(0, start - 80):start].split()
    for count, word in enumerate(reversed(words)):
        if count == 3 or word.endswith(",") or word in lang.clause_words:
            return False
        if word in lang.negations:
            return True
    return False


def first_match(pattern: re.Pattern[str], sentence: str, lang: _Language) -> str | None:
    """The first match of pattern in sentence that no negation before it cancels."""
    # Most tries find nothing: one search is cheaper than setting up finditer for them.
    if pattern.search(sentence) is None:
        return None
    for match in pattern.finditer(sentence):
        if not negated(sentence, match.start(), lang):
            return match.group(0)
    return None
