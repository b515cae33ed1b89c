"""How strong a new passphrase looks: a score from 0 to 4 and one kind, plain hint.

A rough guide for the person choosing, not a promise: it rewards length and several
words (which are easier to remember than symbols), and marks the patterns anyone would
try first. Standard library only; linear in the length, so a pasted essay is fine.
"""

from __future__ import annotations

import re
import unicodedata

from trustjournal.core.i18n import translate

MIN_LENGTH = 8

# A few of the guesses that come first in every list; kept short on purpose.
_COMMON = frozenset(
    {
        "password", "passw0rd", "password1", "password123", "123456", "1234567", "12345678",
        "123456789", "1234567890", "qwerty", "qwertyuiop", "qwerty123", "abc123", "111111",
        "123123", "000000", "iloveyou", "letmein", "welcome", "monkey", "dragon", "sunshine",
        "princess", "football", "baseball", "trustno1", "admin", "login", "secret", "changeme",
        "master", "shadow", "superman", "michael", "jennifer", "whatever",
    }
)

_RUNS = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "01234567890")
_WORD_SPLIT = re.compile(r"[\s\-_.,;:/+]+")


def hint(key: str | int) -> str:
    """The hint for a judgement ('empty', 'common', 'pattern', 'short', or a score 2-4),
    in the language."""
    if key == "empty":
        return translate("PassphraseHints", "Choose a passphrase: a few words you will "
                         "remember.")
    if key == "common":
        return translate("PassphraseHints", "That is one of the first things anyone would "
                         "try. A few unrelated words work much better.")
    if key == "pattern":
        return translate("PassphraseHints", "Repeats and runs like that are easy to guess. "
                         "Try a few unrelated words.")
    if key == "short":
        return translate("PassphraseHints", "A bit short: use at least %n characters. A few "
                         "words are easier to remember than symbols.", None, MIN_LENGTH)
    if key == 2:
        return translate("PassphraseHints", "A good start. Another word or two would make it "
                         "much harder to guess.")
    if key == 3:
        return translate("PassphraseHints", "Strong. One more word would make it very "
                         "strong.")
    return translate("PassphraseHints", "Very strong. Make sure it is one you will remember.")


def _is_pattern(text: str) -> bool:
    """One repeated character or chunk, or a run along the alphabet, digits or keyboard."""
    lowered = text.casefold()
    if len(set(lowered)) <= 2:
        return True
    # A string made of one chunk repeated is found again inside itself doubled.
    if (lowered + lowered).find(lowered, 1) < len(lowered):
        return True
    return any(lowered in run or lowered in run[::-1] for run in _RUNS)


def _words(text: str) -> int:
    return sum(1 for part in _WORD_SPLIT.split(text) if sum(c.isalpha() for c in part) >= 2)


def _kinds(text: str) -> int:
    kinds = set()
    for char in text:
        if char.islower():
            kinds.add("lower")
        elif char.isupper():
            kinds.add("upper")
        elif char.isdigit():
            kinds.add("digit")
        else:
            kinds.add("other")
    return len(kinds)


def strength(passphrase: str) -> tuple[int, str]:
    """Score 0 (no protection) to 4 (very strong) and one short hint for the person."""
    text = unicodedata.normalize("NFC", passphrase)
    stripped = text.strip()
    if not stripped:
        return 0, hint("empty")
    squashed = "".join(stripped.split()).casefold()
    if squashed in _COMMON or stripped.casefold() in _COMMON:
        return 0, hint("common")
    if len(stripped) < 4:
        return 0, hint("short")
    if _is_pattern(squashed):
        return 1, hint("pattern")
    if len(stripped) < MIN_LENGTH:
        return 1, hint("short")
    words = _words(stripped)
    score = 2
    if len(stripped) >= 14 or words >= 3:
        score += 1
    if (len(stripped) >= 20 and words >= 3) or words >= 4:
        score += 1
    if score < 4 and len(stripped) >= 12 and _kinds(stripped) >= 3:
        score += 1
    return score, hint(score)
