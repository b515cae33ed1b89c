"""The English corpus of the thinking-trap hints, as every cue language's corpus is laid
out (tests/core/test_cue_languages.py reads `<lang>_traps.py` for each language in
trustjournal.core.trap_cues.LANGUAGES).

FIRST: (thought, the trap that must be suggested first); NONE: thoughts that must suggest
no trap at all. English has further, finer tests in tests/core/test_traps.py.
"""

from __future__ import annotations

FIRST: list[tuple[str, str]] = [
    ("He never answers when I call", "overgeneralising"),
    ("She's probably texting someone else right now", "mind_reading"),
    ("He'll leave me for someone better one day", "fortune_telling"),
    ("If she goes, I can't survive it", "catastrophising"),
    ("It's my fault that he's quiet", "personalising"),
    ("I'm such an idiot for believing her", "labelling"),
    ("He should know how I feel without asking", "should_statements"),
    ("I feel so anxious that something must be wrong", "emotional_reasoning"),
]

NONE: list[str] = [
    "We made pasta and watched a film.",
    "I asked where she was and she told me.",
    "Went for a run before work.",
]
