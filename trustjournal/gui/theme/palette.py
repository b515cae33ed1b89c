"""The palette: every colour the app uses, for light and dark, defined once.

Plain data and arithmetic (no Qt), so the contrast test and the charts can read it
without a window. Names say what a colour is for, not what it looks like, so a page never
picks "a grey" but "secondary text".
"""

from __future__ import annotations

from dataclasses import fields
from typing import Literal

from trustjournal.core.lazy_dataclass import lazy_dataclass

Theme = Literal["light", "dark"]
THEMES: tuple[Theme, ...] = ("light", "dark")


@lazy_dataclass(frozen=True)
class Palette:
    """One theme's colours, by what each is for (the stylesheet and the charts use them).

    (A docstring of its own also spares the dataclass decorator working one out from
    the signature as it writes the methods, before the window's first paint.)"""

    window: str          # the page behind everything
    surface: str         # cards, inputs, lists, the chart background
    surface_alt: str     # the sidebar, alternate rows, a hovered item
    border: str          # hairlines around cards and inputs
    text: str            # body text
    text_secondary: str  # hints, captions, dates
    accent: str          # the one accent: primary buttons, selection, focus, links
    on_accent: str       # text on the accent
    accent_soft: str     # a selected item's background
    on_accent_soft: str  # text on accent_soft
    disabled_text: str   # greyed-out controls (exempt from the text contrast rule)
    error: str           # the only red: errors
    on_error: str        # text on an error background

    def colours(self) -> dict[str, str]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


# Warm paper and ink for light; a warm charcoal for dark. The accent is a calm teal in
# both (darker on paper, lighter on charcoal) so it reads as the same colour.
LIGHT = Palette(
    window="#f6f2ec",
    surface="#fffdf9",
    surface_alt="#ede6dc",
    border="#ddd3c5",
    text="#2d2925",
    text_secondary="#625a51",
    accent="#2c6b66",
    on_accent="#ffffff",
    accent_soft="#d5e7e3",
    on_accent_soft="#1f2b29",
    disabled_text="#a39a8f",
    error="#b3261e",
    on_error="#ffffff",
)
DARK = Palette(
    window="#1e1c1a",
    surface="#282523",
    surface_alt="#312d2a",
    border="#433e39",
    text="#ede7df",
    text_secondary="#b9b0a5",
    accent="#7fc6ba",
    on_accent="#14211f",
    accent_soft="#2e4a46",
    on_accent_soft="#eef5f3",
    disabled_text="#6f675f",
    error="#f28b82",
    on_error="#2a1412",
)
PALETTES: dict[Theme, Palette] = {"light": LIGHT, "dark": DARK}

# Chart marks, in a fixed order: the n-th series always gets the n-th colour, whatever
# the range shown. Hues are told apart by lightness too; none is red.
CHART_COLOURS: dict[Theme, tuple[str, ...]] = {
    "light": ("#2c6b66", "#a35a12", "#7a4f9a", "#2f64a3", "#5b7321", "#8a5a44",
              "#4f6470", "#9a4a7a"),
    "dark": ("#7fc6ba", "#e3a35f", "#c4a1e6", "#86b4ea", "#aecb6b", "#d9a58a",
             "#aebcc6", "#e39ac4"),
}

# The pairs that carry text, as (text role, background role): the contrast test checks
# each is at least 4.5:1 in both themes. A page that puts text on a new background adds
# its pair here.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"), ("text", "surface"), ("text", "surface_alt"),
    ("text_secondary", "window"), ("text_secondary", "surface"),
    ("text_secondary", "surface_alt"),
    ("accent", "window"), ("accent", "surface"), ("accent", "surface_alt"),
    ("on_accent", "accent"), ("on_accent_soft", "accent_soft"),
    ("error", "window"), ("error", "surface"), ("on_error", "error"),
)
TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0
# Marks sit on the cards' colour.
CHART_BACKGROUND = "surface"


def palette(theme: Theme) -> Palette:
    """The palette of `theme` ("light" or "dark")."""
    return PALETTES[theme]


def chart_colours(theme: Theme) -> tuple[str, ...]:
    """The chart mark colours of `theme`, as "#rrggbb", in a fixed order.

    Give the n-th series (an exercise, a check-in question) the n-th colour, keyed by a
    stable order such as the exercise's position in the shipped list, never by what
    happens to be in the range shown, so a series keeps its colour across ranges. Each
    colour has at least 3:1 contrast against `chart_background(theme)` (tested). Past
    the end of the list, start again from the first colour.
    """
    return CHART_COLOURS[theme]


def chart_background(theme: Theme) -> str:
    """The colour charts are drawn on (the cards' surface)."""
    return palette(theme).colours()[CHART_BACKGROUND]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    hex_digits = colour.lstrip("#")
    r, g, b = (int(hex_digits[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours, from 1.0 to 21.0."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
