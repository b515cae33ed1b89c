"""Backups as names and dates: what a backup file is called, and which ones to keep.

Standard library only. The storage layer makes, checks and restores the files; this
module decides names and rotation, so both can be tested as plain tables.

A backup is named ``<kind>-<YYYYmmdd>-<HHMMSS>[-<n>][-r<revision>].db`` in local time:

- ``daily``, ``weekly``, ``monthly``: the automatic backup, at most one a day. The first
  one of a calendar month is called monthly, else the first of an ISO week weekly.
- ``manual``: made by the person (Backups screen, ``trustjournal backup``).
- ``before-<reason>``: made before something risky (restore, import, purge, encrypt…).
  Older copies say ``before-upgrade-<old revision>-<time>``; that form is read too.
- ``damaged``: a journal file that could not be read, moved aside before a restore.
- ``salvaged``: the rows that could still be read from a damaged plain copy, saved
  encrypted when the journal was encrypted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass

DAILY, WEEKLY, MONTHLY = "daily", "weekly", "monthly"
AUTOMATIC = (DAILY, WEEKLY, MONTHLY)
MANUAL = "manual"
DAMAGED = "damaged"
SALVAGED = "salvaged"
OTHER = "other"  # a .db file in the folder whose name we did not give it
BEFORE = "before-"
SUFFIX = ".db"
STAMP_FORMAT = "%Y%m%d-%H%M%S"

_NAME = re.compile(
    r"^(?P<kind>daily|weekly|monthly|manual|damaged|salvaged|before-[a-z]+)"
    r"(?:-(?P<old>\d{4}|empty))?"
    r"-(?P<stamp>\d{8}-\d{6})"
    r"(?:-(?P<n>\d{1,4}))?"
    r"(?:-r(?P<rev>[0-9A-Za-z_]{1,32}))?"
    r"\.db$"
)
_REASON = re.compile(r"^[a-z]{1,24}$")


@lazy_dataclass(frozen=True)
class BackupName:
    """What a backup's file name says about it."""

    kind: str
    taken: dt.datetime  # local time, naive (as written in the name)
    revision: str | None = None
    n: int = 1  # the second, third… backup made in the same second


def kind_for(reason: str) -> str:
    """The kind a backup made for `reason` gets: daily/weekly/monthly/manual as they are,
    any other single word becomes before-<word>."""
    if reason in (*AUTOMATIC, MANUAL):
        return reason
    reason = reason.removeprefix(BEFORE)
    if not _REASON.match(reason):
        raise ValueError("a backup reason is one lower-case word, like 'import'")
    return BEFORE + reason


def backup_name(kind: str, taken: dt.datetime, revision: str | None, n: int = 1) -> str:
    """The file name for a backup; n > 1 when another was made in the same second."""
    name = f"{kind}-{taken.strftime(STAMP_FORMAT)}"
    if n > 1:
        name += f"-{n}"
    if revision:
        name += f"-r{revision}"
    return name + SUFFIX


def parse_backup_name(name: str) -> BackupName | None:
    """Read a name written by backup_name (or an older before-upgrade one); None if the
    name is not one of ours."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    revision = match["rev"]
    if revision is None and match["old"] not in (None, "empty"):
        revision = match["old"]  # before-upgrade-0001-…: the copy is of revision 0001
    return BackupName(match["kind"], taken, revision, int(match["n"] or 1))


def kind_label(kind: str) -> str:
    """A backup kind in plain words, for lists and messages."""
    labels = {
        DAILY: translate("BackupLabels", "Daily backup"),
        WEEKLY: translate("BackupLabels", "Weekly backup"),
        MONTHLY: translate("BackupLabels", "Monthly backup"),
        MANUAL: translate("BackupLabels", "Backup you made"),
        DAMAGED: translate("BackupLabels", "Damaged file, kept aside"),
        SALVAGED: translate("BackupLabels", "Rows saved from a damaged copy"),
        OTHER: translate("BackupLabels", "Copy"),
        "before-restore": translate("BackupLabels", "Before restoring a backup"),
        "before-upgrade": translate("BackupLabels", "Before an app update"),
        "before-encrypt": translate("BackupLabels", "Before encrypting"),
        "before-decrypt": translate("BackupLabels", "Before removing encryption"),
        "before-import": translate("BackupLabels", "Before an import"),
        "before-purge": translate("BackupLabels", "Before deleting for good"),
    }
    if kind in labels:
        return labels[kind]
    if kind.startswith(BEFORE):
        # A reason this version does not know: its word from the file name is all we have.
        return translate("BackupLabels", "Before {reason}").format(
            reason=kind.removeprefix(BEFORE))
    return labels[OTHER]


def when_text(taken: dt.datetime) -> str:
    """A backup's time for people: "Tuesday 12 March 2024, 09:14" in English, the
    environment's locale otherwise (core.locale_dates)."""
    from trustjournal.core.locale_dates import locale_dates

    return locale_dates().date_time(taken)


def size_text(size: int) -> str:
    """Bytes for people: "812 KB", "31.9 MB"."""
    # i18n: number (the decimal point stays a point; units are translatable).
    if size < 1000 * 1000:
        return translate("Sizes", "{size} KB").format(size=max(1, round(size / 1000)))
    if size < 1000 * 1000 * 1000:
        return translate("Sizes", "{size} MB").format(size=f"{size / 1e6:.1f}")
    return translate("Sizes", "{size} GB").format(size=f"{size / 1e9:.2f}")


# -- rotation --------------------------------------------------------------------------


@lazy_dataclass(frozen=True)
class Rotation:
    """How many automatic backups to keep, and for how long the "before" ones."""

    daily: int = 7  # the newest backup of each of the last N days that have one
    weekly: int = 4  # the first backup of each of the last N weeks that have one
    monthly: int = 12  # the first backup of each of the last N months that have one
    before_days: int = 30  # before-* backups older than this are removed


SETTING = "backup_rotation"
PRESETS: dict[str, tuple[str, Rotation]] = {
    # Shown with translate("BackupRotation", label), or preset_label(key).
    "fewer": (QT_TRANSLATE_NOOP("BackupRotation", "Fewer: 3 days, 2 weeks, 3 months"),
              Rotation(3, 2, 3, 14)),
    "standard": (QT_TRANSLATE_NOOP("BackupRotation", "Standard: 7 days, 4 weeks, 12 months"),
                 Rotation()),
    "more": (QT_TRANSLATE_NOOP("BackupRotation", "More: 14 days, 8 weeks, 24 months"),
             Rotation(14, 8, 24, 60)),
}


def preset_label(key: str) -> str:
    """A rotation preset's name in the language ('Standard: 7 days, 4 weeks, 12 months')."""
    return translate("BackupRotation", PRESETS[key][0])


_LIMITS = {"daily": (1, 90), "weekly": (0, 104), "monthly": (0, 240), "before_days": (1, 3650)}


def rotation_from_setting(value: object) -> Rotation:
    """The rotation stored in the journal's settings; anything missing or out of range
    falls back to the standard value for that field."""
    default = Rotation()
    if not isinstance(value, dict):
        return default
    fields: dict[str, int] = {}
    for name, (low, high) in _LIMITS.items():
        raw = value.get(name)
        ok = isinstance(raw, int) and not isinstance(raw, bool) and low <= raw <= high
        fields[name] = raw if ok else getattr(default, name)  # type: ignore[assignment]
    return Rotation(**fields)


def rotation_to_setting(rotation: Rotation) -> dict[str, int]:
    """The rotation as a JSON-friendly value for the settings table."""
    return {name: getattr(rotation, name) for name in _LIMITS}


def preset_of(rotation: Rotation) -> str | None:
    """The preset key a rotation matches, if any."""
    for key, (_label, preset) in PRESETS.items():
        if preset == rotation:
            return key
    return None


@lazy_dataclass(frozen=True)
class Stamp:
    """One backup as rotation sees it: its name, kind and when it was taken."""

    name: str
    kind: str
    taken: dt.datetime


def _week(day: dt.date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def kind_for_automatic(existing: Iterable[Stamp], now: dt.datetime) -> str:
    """monthly for the first automatic backup of a calendar month, weekly for the first
    of an ISO week, daily otherwise."""
    automatic = [s.taken.date() for s in existing if s.kind in AUTOMATIC]
    today = now.date()
    if not any((d.year, d.month) == (today.year, today.month) for d in automatic):
        return MONTHLY
    if not any(_week(d) == _week(today) for d in automatic):
        return WEEKLY
    return DAILY


def automatic_due(existing: Iterable[Stamp], now: dt.datetime) -> bool:
    """True when no automatic backup has been made on now's calendar day."""
    return not any(s.kind in AUTOMATIC and s.taken.date() == now.date() for s in existing)


def _keep_one_per(stamps: Sequence[Stamp], key, count: int, *, newest: bool) -> set[str]:  # type: ignore[no-untyped-def]
    """From each of the `count` most recent groups (by key), keep the newest or oldest."""
    groups: dict[object, list[Stamp]] = {}
    for stamp in stamps:
        groups.setdefault(key(stamp.taken), []).append(stamp)
    recent = sorted(groups, key=lambda k: max(s.taken for s in groups[k]), reverse=True)
    kept: set[str] = set()
    for group in recent[:count]:
        members = sorted(groups[group], key=lambda s: (s.taken, s.name))
        kept.add((members[-1] if newest else members[0]).name)
    return kept


def to_delete(stamps: Sequence[Stamp], now: dt.datetime, rotation: Rotation) -> list[str]:
    """Names of the backups rotation removes, oldest first.

    Never removed: backups you made, damaged files set aside, files we did not name,
    anything dated after `now` (a clock set back), and the newest backup of all.
    Automatic backups are thinned only by newer ones (days, weeks and months are counted
    among the backups that exist, not on the calendar), so not using the app for a while
    never empties the folder. "before" backups go once older than rotation.before_days.
    """
    if not stamps:
        return []
    newest = max(stamps, key=lambda s: (s.taken, s.name)).name
    past = [s for s in stamps if s.taken <= now]
    automatic = [s for s in past if s.kind in AUTOMATIC]
    keep = _keep_one_per(automatic, lambda t: t.date(), rotation.daily, newest=True)
    keep |= _keep_one_per(automatic, lambda t: _week(t.date()), rotation.weekly, newest=False)
    keep |= _keep_one_per(automatic, lambda t: (t.year, t.month), rotation.monthly,
                          newest=False)
    limit = now - dt.timedelta(days=rotation.before_days)
    doomed = [
        s for s in past
        if s.name != newest and (
            (s.kind in AUTOMATIC and s.name not in keep)
            or (s.kind.startswith(BEFORE) and s.taken < limit)
        )
    ]
    return [s.name for s in sorted(doomed, key=lambda s: (s.taken, s.name))]


__all__ = [
    "AUTOMATIC",
    "DAILY",
    "DAMAGED",
    "MANUAL",
    "MONTHLY",
    "OTHER",
    "PRESETS",
    "SETTING",
    "WEEKLY",
    "BackupName",
    "Rotation",
    "Stamp",
    "automatic_due",
    "backup_name",
    "kind_for",
    "kind_for_automatic",
    "kind_label",
    "parse_backup_name",
    "preset_of",
    "rotation_from_setting",
    "rotation_to_setting",
    "size_text",
    "to_delete",
    "when_text",
]
