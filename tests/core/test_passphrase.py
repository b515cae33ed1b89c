"""The strength hint for new passphrases: a table of inputs and what a person sees."""

from __future__ import annotations

import unicodedata

import pytest

from trustjournal.core.passphrase import MIN_LENGTH, hint, strength

CASES = [
    # (passphrase, score, hint key)
    ("", 0, "empty"),
    ("   ", 0, "empty"),
    ("password", 0, "common"),
    ("Password1", 0, "common"),
    ("  qwerty  ", 0, "common"),
    ("12345678", 0, "common"),
    ("abc", 0, "short"),
    ("aaaaaaaaaaaa", 1, "pattern"),
    ("abababababab", 1, "pattern"),
    ("abcabcabc", 1, "pattern"),
    ("abcdefghij", 1, "pattern"),
    ("zyxwvuts", 1, "pattern"),
    ("asdfghjkl", 1, "pattern"),
    ("x" * 10_000, 1, "pattern"),
    ("tulip7", 1, "short"),
    ("mydogspot", 2, "2"),
    ("Tr0ub4dor&3", 2, "2"),
    ("lighthouse keeper", 3, "3"),
    ("blue kettle morning", 3, "3"),
    ("correct horse battery staple", 4, "4"),
    ("Xk9#mQ2$vL7!pR", 4, "4"),
    ("Schön Grüße aus Köln", 4, "4"),
    ("日本語のパスフレーズ", 2, "2"),
    ("quiet-harbour-lantern-moss", 4, "4"),
]


@pytest.mark.parametrize(("passphrase", "score", "which"), CASES,
                         ids=[c[0][:20] for c in CASES])
def test_strength_table(passphrase: str, score: int, which: str) -> None:
    key: str | int = int(which) if which.isdigit() else which
    assert strength(passphrase) == (score, hint(key))


def test_scores_and_hints_are_in_range_and_plain() -> None:
    for passphrase, *_ in CASES:
        score, hint = strength(passphrase)
        assert 0 <= score <= 4
        assert hint and len(hint) < 120 and hint.endswith(".")
        # The hint never repeats what was typed.
        assert len(passphrase.strip()) < 4 or passphrase.strip() not in hint


def test_longer_never_scores_lower() -> None:
    words = ["river", "stone", "maple", "quiet", "window", "sparrow"]
    scores = [strength(" ".join(words[:n]))[0] for n in range(1, len(words) + 1)]
    assert scores == sorted(scores)
    assert scores[-1] == 4


def test_min_length_is_the_short_boundary() -> None:
    word = "mapletreesong"
    assert strength(word[:MIN_LENGTH]) == (2, hint(2))
    assert strength(word[: MIN_LENGTH - 1]) == (1, hint("short"))


def test_normalisation_does_not_change_the_score() -> None:
    text = "Crème brûlée für Zoë"
    assert strength(unicodedata.normalize("NFD", text)) == strength(text)


def test_very_long_input_is_fine() -> None:
    # Linear work only: a pasted page gets an answer straight away.
    assert strength("river stone maple " * 555)[0] == 1  # one phrase, repeated
    assert strength("ab" * 50_000)[0] == 1
    assert strength("river stone maple and " + "x7Q" * 3000)[0] == 4
