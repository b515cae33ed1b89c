"""TrustJournal's design system: palette, type scale, spacing, one stylesheet, icons.

Use it by name rather than by styling widgets one by one:

- `set_role(label, "page-title" | "section-title" | "secondary" | "caption" | "error")`
  and `set_role(frame, "card")`; `set_primary(button)` for a screen's main action.
- `chart_colours(theme)` and `chart_background(theme)` for charts; `current_theme()`
  says which theme is on screen, and `Appearance.changed` when it changes.
- `icon(name)` (in trustjournal.gui.icons) for a bundled icon tinted to the palette.
"""

from __future__ import annotations

from trustjournal.gui.theme.apply import (
    Appearance,
    current_theme,
    qt_palette,
    set_primary,
    set_role,
)
from trustjournal.gui.theme.choice import CHOICE_LABELS, CHOICES, Choice, load_choice, save_choice
from trustjournal.gui.theme.palette import (
    THEMES,
    Palette,
    Theme,
    chart_background,
    chart_colours,
    contrast,
    palette,
)
from trustjournal.gui.theme.scale import TYPE_SCALE, UNIT, space
from trustjournal.gui.theme.stylesheet import build as stylesheet

__all__ = [
    "CHOICES", "CHOICE_LABELS", "THEMES", "TYPE_SCALE", "UNIT", "Appearance", "Choice",
    "Palette", "Theme", "chart_background", "chart_colours", "contrast", "current_theme",
    "load_choice", "palette", "qt_palette", "save_choice", "set_primary", "set_role",
    "space", "stylesheet",
]
