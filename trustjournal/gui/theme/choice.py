"""The person's theme choice (system, light or dark), kept in the data folder.

It is kept beside reminders.json rather than inside the journal: the first-run and
unlock screens are drawn before any journal is open, and must already look right.
The file says nothing about the journal.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from trustjournal.core.i18n import QT_TRANSLATE_NOOP

Choice = Literal["system", "light", "dark"]
CHOICES: tuple[Choice, ...] = ("system", "light", "dark")
# Shown as translate("ThemeChoice", label) (the View menu's Theme items).
CHOICE_LABELS = {"system": QT_TRANSLATE_NOOP("ThemeChoice", "Follow the system"),
                 "light": QT_TRANSLATE_NOOP("ThemeChoice", "Light"),
                 "dark": QT_TRANSLATE_NOOP("ThemeChoice", "Dark")}
FILE = "appearance.json"


def load_choice(folder: Path | None) -> Choice:
    """The saved choice, or "system" when there is none or it cannot be read."""
    if folder is None:
        return "system"
    try:
        text = (folder / FILE).read_text("utf-8")
    except (OSError, ValueError):
        return "system"
    # Only now: with no choice kept (the usual start), the window paints without json.
    import json

    try:
        value = json.loads(text).get("theme")
    except (ValueError, AttributeError):
        return "system"
    return value if value in CHOICES else "system"


def save_choice(folder: Path, choice: Choice) -> None:
    """Keep `choice` in the data folder (user-only file, replaced whole)."""
    if choice not in CHOICES:
        raise ValueError(f"unknown theme {choice!r}")
    from trustjournal.paths import ensure_private_dir

    ensure_private_dir(folder)
    target = folder / FILE
    temp = target.with_name(FILE + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    import json

    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"theme": choice}, handle)
    os.replace(temp, target)
