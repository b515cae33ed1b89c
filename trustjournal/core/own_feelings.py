"""Feeling words people add themselves, next to the shipped vocabulary.

Kept as a small list of {"id", "label"} records (a journal setting); a removed word stays
in the list marked "removed", so entries that used it still show the person's word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.resources_data import Feeling, FeelingFamily

SETTING = "own_feelings"
FAMILY_ID = "own"
FAMILY_LABEL = QT_TRANSLATE_NOOP("OwnFeelings", "Your own words")
PREFIX = "own_"
MAX_LENGTH = 40


class OwnFeelingError(ValueError):
    """A word that cannot be added (empty, too long, already there); says why in words."""


def _records(value: object) -> list[dict[str, Any]]:
    """The valid records of a stored setting; anything malformed is passed over."""
    if not isinstance(value, list):
        return []
    return [dict(item) for item in value
            if isinstance(item, dict) and isinstance(item.get("id"), str)
            and item["id"].startswith(PREFIX) and isinstance(item.get("label"), str)]


def clean_label(text: str) -> str:
    """The word as it will be kept: trimmed, inner runs of spaces made one."""
    label = " ".join(text.split())
    if not label:
        raise OwnFeelingError(translate("OwnFeelings", "Type the word first."))
    if len(label) > MAX_LENGTH:
        raise OwnFeelingError(translate("OwnFeelings", "Keep it to %n characters or fewer.",
                                        None, MAX_LENGTH))
    return label


def _slug(label: str) -> str:
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40] or "word"


def add(stored: object, text: str, builtin: Iterable[str] = ()) -> tuple[list[dict[str, Any]], str]:
    """Add a word to the stored list: (new list, its id). A word already in the
    vocabulary or among one's own words (any case) is refused; a removed one comes back
    under its old id, so old and new entries count together."""
    label = clean_label(text)
    key = label.casefold()
    if key in {name.casefold() for name in builtin}:
        raise OwnFeelingError(translate("OwnFeelings", "“{word}” is already in the list of "
                                        "feelings.").format(word=label))
    records = _records(stored)
    for record in records:
        if record["label"].casefold() == key:
            if not record.get("removed"):
                raise OwnFeelingError(translate("OwnFeelings", "“{word}” is already one of "
                                                "your own words.").format(word=label))
            record.pop("removed")
            record["label"] = label
            return records, record["id"]
    taken = {record["id"] for record in records}
    base = PREFIX + _slug(label)
    new_id, n = base, 2
    while new_id in taken:
        new_id, n = f"{base}_{n}", n + 1
    records.append({"id": new_id, "label": label})
    return records, new_id


def remove(stored: object, feeling_id: str) -> list[dict[str, Any]]:
    """Stop offering a word; its label stays known for the entries that used it."""
    records = _records(stored)
    for record in records:
        if record["id"] == feeling_id:
            record["removed"] = True
    return records


def family(stored: object) -> FeelingFamily | None:
    """The words still offered, as one family of the picker (None when there are none)."""
    offered = tuple(Feeling(r["id"], r["label"]) for r in _records(stored) if not r.get("removed"))
    return FeelingFamily(FAMILY_ID, family_label(), offered) if offered else None


def family_label() -> str:
    """The heading of one's own words in the app's language."""
    return translate("OwnFeelings", FAMILY_LABEL)


def names(stored: object) -> dict[str, str]:
    """Id -> the person's word, removed words included (old entries still read well)."""
    return {r["id"]: r["label"] for r in _records(stored)}

