"""Trap hints from the wording of a thought: what must be suggested, and what must not."""

from __future__ import annotations

import pytest

from trustjournal.core.traps import TRAP_IDS, normalise, suggest_traps, trap_hints

# (thought, the trap it must suggest first)
STRONGEST = [
    ("He always forgets to call me", "overgeneralising"),
    ("She never tells me where she is", "overgeneralising"),
    ("Every time he goes out, he lies to me", "overgeneralising"),
    ("HE ALWAYS DOES THIS", "overgeneralising"),
    ("He's probably with someone else right now", "mind_reading"),
    ("She must be hiding something", "mind_reading"),
    ("He thinks I'm too needy", "mind_reading"),
    ("He’s probably with her", "mind_reading"),  # curly apostrophe
    ("hes probably with someone", "mind_reading"),  # no apostrophe at all
    ("It's going to end, I can feel it", "fortune_telling"),
    ("She will leave me for someone better", "fortune_telling"),
    ("It's only a matter of time before he cheats", "fortune_telling"),
    ("This has ruined everything", "catastrophising"),
    ("It would be a disaster if he left", "catastrophising"),
    ("I can't survive another betrayal", "catastrophising"),
    ("I feel it so it must be true", "emotional_reasoning"),
    ("I wouldn't feel this way if nothing was going on", "emotional_reasoning"),
    ("I shouldn't have to ask where he is", "should_statements"),
    ("A good partner ought to text back at once", "should_statements"),
    ("I'm such an idiot for trusting him", "labelling"),
    ("He's a liar", "labelling"),
    ("It's my fault he's distant", "personalising"),
    ("It’s my fault", "personalising"),
    ("He's quiet tonight because of me", "personalising"),
    ("Our relationship is completely broken", "all_or_nothing"),
    ("Nothing ever goes right for us", "all_or_nothing"),
    ("The flowers don't count, he only did it because he felt guilty", "discounting_positive"),
    ("She was nice today only because she wants something", "discounting_positive"),
    ("All I can think about is that one text", "mental_filter"),
    ("One late reply ruined the whole weekend", "mental_filter"),
]

# (thought, a trap it must also suggest, not necessarily first)
ALSO = [
    ("One late reply ruined the whole weekend", "catastrophising"),
    ("I must never show I'm hurt", "should_statements"),
    ("He must think I am stupid", "labelling"),
    ("What if she leaves me?", "fortune_telling"),
    ("Everyone cheats eventually and he will too", "overgeneralising"),
    ("I totally ruined the evening", "all_or_nothing"),
]

# Contractions are how people write: each must fit the same cue as the words in full.
CONTRACTIONS = [
    ("He'll leave me", "fortune_telling"),
    ("He’ll leave me for someone else", "fortune_telling"),
    ("he's going to cheat on me", "fortune_telling"),
    ("She's gonna leave me", "fortune_telling"),
    ("She'd leave me if she could", "fortune_telling"),
    ("They'll leave us", "fortune_telling"),
    ("She'll find someone better", "fortune_telling"),
    ("We're going to end, I know it", "fortune_telling"),
    ("We'll never last", "fortune_telling"),
    ("I'll end up alone", "fortune_telling"),
]

# The traps about trust itself, and blaming.
TRUST_TRAPS = [
    ("It's all her fault we fight", "blaming"),
    ("He made me check his phone", "blaming"),
    ("Just like my ex, it's happening again", "past_repeats"),
    ("This is how it started last time", "past_repeats"),
    ("I won't remind her, to see if she remembers", "love_tests"),
    ("I'm testing him to see if he notices", "love_tests"),
    ("If I stop checking I'll be the last to know", "worry_keeps_me_safe"),
    ("I can't let my guard down", "worry_keeps_me_safe"),
    ("I can't trust my own judgment", "doubting_my_radar"),
    ("I didn't see it coming last time, so my gut is broken", "doubting_my_radar"),
]

NOTHING = [
    "We had dinner and talked about the weekend",
    "I should-er the bag",
    "alwaysy",
    "Neverland is a story we read",
    "The mustard was great",
    "I'm going to the shops",
    "She's a nurse and works late",
    "He texted me at lunch to say he loved the soup",
    "He's going to the gym after work",
    "She'd like pasta tonight",
    "We'll have dinner at eight",
    "They're going to visit on Sunday",
    "",
    "   ",
]


@pytest.mark.parametrize(("text", "trap"), STRONGEST)
def test_strongest_suggestion(text: str, trap: str) -> None:
    assert suggest_traps(text)[0] == trap


@pytest.mark.parametrize(("text", "trap"), ALSO)
def test_also_suggested(text: str, trap: str) -> None:
    assert trap in suggest_traps(text)


@pytest.mark.parametrize(("text", "trap"), CONTRACTIONS + TRUST_TRAPS)
def test_contractions_and_trust_traps(text: str, trap: str) -> None:
    assert suggest_traps(text)[0] == trap


@pytest.mark.parametrize("text", NOTHING)
def test_suggests_nothing(text: str) -> None:
    assert suggest_traps(text) == []


def test_only_known_ids_in_strength_order() -> None:
    hints = trap_hints("It's my fault, he always says I'm such a failure and it's ruined")
    assert all(hint.trap in TRAP_IDS for hint in hints)
    strengths = [hint.strength for hint in hints]
    assert strengths == sorted(strengths, reverse=True)
    assert len({hint.trap for hint in hints}) == len(hints)


def test_hints_show_the_words_that_matched() -> None:
    (hint,) = trap_hints("He ALWAYS forgets")
    assert hint.trap == "overgeneralising" and hint.cues == ("always",)


def test_limit() -> None:
    text = "He's probably with someone, it's my fault, and it's going to end"
    assert len(suggest_traps(text)) == 3
    assert suggest_traps(text, limit=1) == suggest_traps(text)[:1]


def test_normalise_straightens_quotes_and_spaces() -> None:
    assert normalise("  He\u2019s\n  ALWAYS \u2018late\u2019 ") == "he's always 'late'"


def test_quoted_words_still_count() -> None:
    assert suggest_traps("He said 'never' again") == ["overgeneralising"]
