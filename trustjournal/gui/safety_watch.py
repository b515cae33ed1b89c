"""The one place that decides whether something just written should offer the safety panel.

Whatever the person writes goes through `SafetyWatch.check(key, text)` after it is saved:
free entries (by entry uuid), exercise and check-in answers (by run, then by the entry
they become), and any later tracker's notes. The check runs here, on this computer, and
stores nothing: no label, flag or count goes into the journal. The only memory is in this
process: which keys were offered the panel already (at most once each) and a digest of the
last text read per key (so the same text is never read twice). A journal setting turns
the check off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from trustjournal.core.exercises import Exercise
    from trustjournal.storage import Journal

SETTING = "safety_check"  # false: never read what is written for the safety panel
# Shown in Settings through setting_label() and setting_note() (translated there).
SETTING_LABEL = QT_TRANSLATE_NOOP(
    "SafetyWatch", "Offer help lines when something I write sounds like harm or control")
SETTING_NOTE = QT_TRANSLATE_NOOP(
    "SafetyWatch", "Checked only on this computer; nothing it notices is kept.")


def setting_label() -> str:
    """The Settings check box's words, in the app's language."""
    return translate("SafetyWatch", SETTING_LABEL)


def setting_note() -> str:
    """The note under the Settings check box, in the app's language."""
    return translate("SafetyWatch", SETTING_NOTE)


def first_concern(text: str) -> str | None:
    """core.danger's check, loaded on first use (the window's shell paints first)."""
    from trustjournal.core.danger import first_concern as concern_in

    return concern_in(text)


def check_enabled(journal: Journal | None) -> bool:
    """On unless the person turned it off in Settings."""
    if journal is None or journal.closed:
        return False
    return journal.get_setting(SETTING, True) is not False


def written_text(exercise: Exercise, answers: dict[str, Any]) -> str:
    """Everything the person wrote in an exercise's answers, in step order: text answers,
    every item of list answers, and own words typed under "other…"."""
    # Loaded when first needed: the window's shell is painted before any of this.
    from trustjournal.core.exercises import StepKind

    parts: list[str] = []
    for step in exercise.steps:
        value = answers.get(step.id)
        if step.kind in (StepKind.TEXT, StepKind.LIST):
            parts.extend(_strings(value))
        else:
            parts.extend(_own_words(value))
    return "\n".join(part for part in parts if part.strip())


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def _own_words(value: Any) -> list[str]:
    from trustjournal.core.exercises import OTHER

    if isinstance(value, dict):
        own = value.get(OTHER)
        return [own] if isinstance(own, str) else []
    if isinstance(value, list):
        return [text for item in value for text in _own_words(item)]
    return []


def _digest(text: str) -> bytes:
    import hashlib  # here: the window imports this module before its first paint

    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class SafetyWatch:
    """Reads saved writing for signs of self-harm, harm or control, and says which panel
    section to offer, at most once per key. Never stores or logs the text or the result."""

    def __init__(self, journal: Journal | None = None) -> None:
        self.journal = journal  # the window sets it when a journal opens
        self._offered: set[str] = set()
        self._read: dict[str, bytes] = {}

    def enabled(self) -> bool:
        return check_enabled(self.journal)

    def was_offered(self, key: str) -> bool:
        return key in self._offered

    def mark_offered(self, key: str) -> None:
        self._offered.add(key)

    def carry(self, old_key: str, new_key: str) -> None:
        """An exercise run became an entry: what was offered for one counts for the other."""
        if old_key in self._offered:
            self._offered.add(new_key)
        if old_key in self._read:
            self._read[new_key] = self._read[old_key]

    def check(self, key: str, text: str) -> str | None:
        """The panel section to offer for text just saved under key ("crisis", "abuse",
        "own_behaviour"), or None: nothing found, already offered for this key, the same
        text read before, or the check turned off."""
        if key in self._offered or not text.strip() or not self.enabled():
            return None
        digest = _digest(text)
        if self._read.get(key) == digest:
            return None
        self._read[key] = digest
        concern = first_concern(text)
        if concern is None:
            return None
        self._offered.add(key)
        return concern.section.value
