"""Does what the person wrote sound like they may be unsafe? A calm, offline hint.

Used only to offer the safety panel once, gently; it never blocks, labels or stores
anything. It looks for self-harm, and for harm or control aimed at the writer ("he hit
me", "she reads my messages", "I'm afraid of him"), not for the writer's own worries
about a partner ("I checked his phone"), which the exercises are there to work through.
The writer's own controlling or violent behaviour is found too, but it leads to the
panel's "worried about your own behaviour" section rather than to help lines for
victims.

API (used by the GUI and the CLI; keep it stable):
- `find_concerns(text)` -> every Concern found, most urgent first, one per category;
- `first_concern(text)` -> the most urgent Concern or None;
- `sounds_unsafe(text)` -> True when a concern other than the writer's own behaviour
  was found;
- `Concern.section` -> which part of the safety panel answers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from trustjournal.core.traps import normalise


class Section(StrEnum):
    """The part of the safety panel that answers a concern."""

    CRISIS = "crisis"  # suicidal thoughts, self-harm
    ABUSE = "abuse"  # harm, threats, fear or control aimed at the writer
    OWN_BEHAVIOUR = "own_behaviour"  # the writer worried about their own behaviour


class Category(StrEnum):
    """What kind of concern the wording points to, in order of urgency."""

    SELF_HARM = "self_harm"
    VIOLENCE = "violence"
    THREAT = "threat"
    SEXUAL_COERCION = "sexual_coercion"
    FEAR = "fear"
    STALKING = "stalking"
    MONITORING = "monitoring"
    ISOLATION = "isolation"
    FINANCIAL = "financial"
    CONFINEMENT = "confinement"
    OWN_BEHAVIOUR = "own_behaviour"

    @property
    def section(self) -> Section:
        """The safety panel section that answers this category."""
        if self is Category.SELF_HARM:
            return Section.CRISIS
        if self is Category.OWN_BEHAVIOUR:
            return Section.OWN_BEHAVIOUR
        return Section.ABUSE


@dataclass(frozen=True, slots=True)
class Concern:
    """One category found in a text, with the words that matched (for tests only:
    never store, log or show them)."""

    category: Category
    cue: str

    @property
    def section(self) -> Section:
        """The safety panel section that answers this concern."""
        return self.category.section


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
# Provisional mapping of the cue list above to categories (replaced by per-category
# cue tables).
_CATEGORIES = (
    Category.VIOLENCE, Category.THREAT, Category.THREAT, Category.THREAT, Category.FEAR,
    Category.FEAR, Category.MONITORING, Category.STALKING, Category.ISOLATION,
    Category.FINANCIAL, Category.CONFINEMENT, Category.ISOLATION, Category.MONITORING,
)


def find_concerns(text: str) -> list[Concern]:
    """Every category of concern in text, most urgent first, one Concern per category."""
    plain = normalise(text)
    found: dict[Category, Concern] = {}
    for category, pattern in zip(_CATEGORIES, _COMPILED, strict=True):
        if category not in found and (match := pattern.search(plain)):
            found[category] = Concern(category, match.group(0))
    order = list(Category)
    return sorted(found.values(), key=lambda c: order.index(c.category))


def first_concern(text: str) -> Concern | None:
    """The most urgent concern in text, or None."""
    concerns = find_concerns(text)
    return concerns[0] if concerns else None


def danger_cues(text: str) -> list[str]:
    """The words in text that point to harm or control aimed at the writer."""
    return [c.cue for c in find_concerns(text) if c.section is not Section.OWN_BEHAVIOUR]


def sounds_unsafe(text: str) -> bool:
    """True when the wording suggests self-harm, or that the writer may be hurt,
    threatened or controlled (not for the writer's own behaviour)."""
    return any(c.section is not Section.OWN_BEHAVIOUR for c in find_concerns(text))
