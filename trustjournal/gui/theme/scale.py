"""Type scale and spacing: the sizes every page uses, in pixels."""

from __future__ import annotations

# Page title, section title, body, secondary text, caption.
PAGE_TITLE = 26
SECTION_TITLE = 20
BODY = 16
SECONDARY = 14
CAPTION = 12
TYPE_SCALE = {"page-title": PAGE_TITLE, "section-title": SECTION_TITLE, "body": BODY,
              "secondary": SECONDARY, "caption": CAPTION}

# Everything is spaced on an 8-pixel grid; half a unit only inside small controls.
UNIT = 8


def space(units: float) -> int:
    """`units` grid units in pixels (space(2) == 16)."""
    return round(units * UNIT)


RADIUS_CARD = 12
RADIUS_CONTROL = 8
