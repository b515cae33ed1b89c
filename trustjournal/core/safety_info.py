"""The safety panel as data: one section per purpose and the help lines of each region.

resources_data reads resources/safety.toml into these. They live apart from it because
the window's start-up reads the feelings vocabulary (resources_data) but never the safety
panel, and loads no module it does not need (the records' methods are written on first
use: core.lazy_dataclass).
"""

from __future__ import annotations

from trustjournal.core.lazy_dataclass import lazy_dataclass

PURPOSES = ("crisis", "abuse", "own_behaviour", "emergency")
"""What a safety line is for; also the panel's sections (see core.danger.Section)."""

ELSEWHERE = "elsewhere"  # the region for every country without one of its own


@lazy_dataclass(frozen=True, slots=True)
class SafetyLine:
    """A place to call: its name, number, what it is for, hours if known, when checked."""

    name: str
    number: str
    purpose: str
    checked: str  # "YYYY-MM" or "YYYY-MM-DD"
    note: str = ""
    hours: str = ""


@lazy_dataclass(frozen=True, slots=True)
class SafetyRegion:
    """The lines for one country (or for everywhere else), with the codes that pick it."""

    id: str
    name: str
    countries: tuple[str, ...]
    lines: tuple[SafetyLine, ...]

    def lines_for(self, purpose: str) -> tuple[SafetyLine, ...]:
        """This region's lines for one purpose, in the file's order."""
        return tuple(line for line in self.lines if line.purpose == purpose)


@lazy_dataclass(frozen=True, slots=True)
class SafetySection:
    """A part of the panel: a heading, calm words, the sentence used when it is offered,
    and what to say where the region has no line of this kind."""

    id: str
    heading: str
    text: str
    offer: str
    none_here: str


@lazy_dataclass(frozen=True, slots=True)
class SafetyInfo:
    """The safety panel: words, one section per purpose, and the lines of every region."""

    title: str
    paragraphs: tuple[str, ...]
    not_therapy: str
    privacy: str
    sections: tuple[SafetySection, ...]
    regions: tuple[SafetyRegion, ...]

    def section(self, purpose: str) -> SafetySection:
        """The section for one purpose (every purpose has one)."""
        return next(s for s in self.sections if s.id == purpose)

    def region(self, region_id: str) -> SafetyRegion:
        """The region with this id, or the "elsewhere" one when there is none."""
        for region in self.regions:
            if region.id == region_id:
                return region
        return next(r for r in self.regions if r.id == ELSEWHERE)
