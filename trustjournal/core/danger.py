"""Does a written answer sound like the writer may be unsafe? A calm, offline hint.

Used only to offer the safety panel once, gently; it never blocks, labels or stores
anything. It looks for harm or control aimed at the writer ("he hit me", "she reads my
messages", "I'm afraid of him"), not for the writer's own worries about a partner ("I
checked his phone"), which the exercises themselves are there to work through.
"""

from __future__ import annotations

import re

from trustjournal.core.traps import normalise

_PARTNER = r"(?:he|she|they|my partner|my husband|my wife|my boyfriend|my girlfriend|my ex)"
_ME = r"(?:me|us|my kids|the kids|my children)"
_HARM = r"(?:hit|hits|hitting|slapped|slaps|punched|punches|kicked|kicks|choked|chokes|" \
        r"strangled|shoved|shoves|pushed|pushes|grabbed|grabs|hurt|hurts|beat|beats|" \
        r"raped|forced)"
_THREAT = r"(?:threaten(?:s|ed)?|said (?:he|she|they)(?:'d| would| will)) (?:to )?" \
          r"(?:hurt|kill|take the kids|leave me with nothing|throw me out)"

_CUES: tuple[str, ...] = (
    rf"{_PARTNER} {_HARM} {_ME}",
    rf"{_PARTNER} (?:\w+ )?{_THREAT}",
    r"threaten(?:s|ed|ing)? to (?:hurt|kill)",
    r"(?:kill|hurt) (?:me|himself|herself|themselves) if i",
    r"(?:i'm|i am|i feel|i felt|i was) (?:so |really |very )?"
    r"(?:afraid|scared|terrified|frightened) (?:of (?:him|her|them|my partner|"
    r"what (?:he|she|they)(?:'ll| will)? do)|for my (?:life|safety))",
    r"(?:not|don't feel|do not feel) safe (?:at home|with (?:him|her|them|my partner))",
    rf"{_PARTNER} (?:reads|checks|goes through|went through|read) my "
    r"(?:phone|messages|texts|email|emails)",
    rf"{_PARTNER} (?:tracks|tracked|follows|followed) (?:me|my location|where i go)",
    rf"{_PARTNER} (?:won't|will not|doesn't|does not|wouldn't) let me "
    r"(?:see|talk to|go out|leave|have|work|use)",
    rf"{_PARTNER} (?:takes|took|keeps|controls) (?:my money|my phone|my keys|all the money)",
    rf"{_PARTNER} (?:locked|locks) me (?:in|out)",
    r"(?:cut|cuts|cutting) me off from (?:my )?(?:friends|family)",
    r"makes? me (?:check in|send (?:a )?photos?|account for) (?:every|each)",
)
_COMPILED = tuple(re.compile(r"(?<!\w)" + cue + r"(?!\w)") for cue in _CUES)


def danger_cues(text: str) -> list[str]:
    """The words in text that point to harm or control aimed at the writer."""
    plain = normalise(text)
    return [match.group(0) for pattern in _COMPILED if (match := pattern.search(plain))]


def sounds_unsafe(text: str) -> bool:
    """True when the wording suggests the writer may be hurt, threatened or controlled."""
    return bool(danger_cues(text))
