"""Which region's help lines to show first, from the country the system locale names.

Pure and data-driven: the regions (and the country codes that pick them) come from
resources/safety.toml. Every country without a region of its own, including EU countries
such as Austria or France, gets "elsewhere", which names 112 and the local emergency number.
"""

from __future__ import annotations

from collections.abc import Iterable

from trustjournal.core.safety_info import ELSEWHERE, SafetyRegion

# Codes people and some systems use that are not the ISO 3166 ones in the data.
_ALIASES = {"UK": "GB"}


def region_for_country(code: str | None, regions: Iterable[SafetyRegion]) -> str:
    """The id of the region for a two-letter country code ("GB", "us"); "elsewhere" for
    any code without a region of its own, and for a missing or unreadable code."""
    wanted = (code or "").strip().upper()
    wanted = _ALIASES.get(wanted, wanted)
    for region in regions:
        if wanted and wanted in region.countries:
            return region.id
    return ELSEWHERE
