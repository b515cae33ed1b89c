"""Backup names and rotation, as tables."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.rotation import (
    DAILY,
    MANUAL,
    MONTHLY,
    PRESETS,
    WEEKLY,
    BackupName,
    Rotation,
    Stamp,
    automatic_due,
    backup_name,
    kind_for,
    kind_for_automatic,
    kind_label,
    parse_backup_name,
    preset_of,
    rotation_from_setting,
    rotation_to_setting,
    size_text,
    to_delete,
    when_text,
)

T = dt.datetime(2024, 3, 12, 9, 14, 5)  # a Tuesday


def at(day: str, time: str = "09:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}")


# -- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "n", "revision", "name"),
    [
        ("daily", 1, "0002", "daily-20240312-091405-r0002.db"),
        ("manual", 2, "0002", "manual-20240312-091405-2-r0002.db"),
        ("before-import", 1, "0001", "before-import-20240312-091405-r0001.db"),
        ("damaged", 1, None, "damaged-20240312-091405.db"),
    ],
)
def test_names_round_trip(kind: str, n: int, revision: str | None, name: str) -> None:
    assert backup_name(kind, T, revision, n) == name
    assert parse_backup_name(name) == BackupName(kind, T, revision, n)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # written by open_journal before a migration: the copy is of the old revision
        ("before-upgrade-0001-20240312-091405.db", BackupName("before-upgrade", T, "0001")),
        ("before-upgrade-empty-20240312-091405.db", BackupName("before-upgrade", T, None)),
        # written by the encryption conversions
        ("before-encrypt-20240312-091405.db", BackupName("before-encrypt", T, None)),
        ("before-decrypt-20240312-091405-3.db", BackupName("before-decrypt", T, None, 3)),
        ("copy.db", None),
        ("daily.db", None),
        ("daily-20241340-091405.db", None),  # month 13
        ("weekly-20240312-091405-r0002.db.partial", None),
        ("notes.db", None),
    ],
)
def test_older_and_foreign_names(name: str, expected: BackupName | None) -> None:
    assert parse_backup_name(name) == expected


@pytest.mark.parametrize(
    ("reason", "kind"),
    [("daily", "daily"), ("monthly", "monthly"), ("manual", "manual"),
     ("import", "before-import"), ("before-purge", "before-purge")],
)
def test_reasons_become_kinds(reason: str, kind: str) -> None:
    assert kind_for(reason) == kind


@pytest.mark.parametrize("reason", ["", "two words", "../escape", "Import", "a-b"])
def test_odd_reasons_are_refused(reason: str) -> None:
    with pytest.raises(ValueError):
        kind_for(reason)


def test_labels_and_figures_in_plain_words() -> None:
    assert kind_label("daily") == "Daily backup"
    assert kind_label("before-restore") == "Before restoring a backup"
    assert kind_label("before-something") == "Before something"
    assert kind_label("damaged") == "Damaged file, kept aside"
    assert when_text(T) == "Tuesday 12 March 2024, 09:14"
    assert size_text(812_000) == "812 KB"
    assert size_text(31_903_744) == "31.9 MB"
    assert size_text(10) == "1 KB"


# -- which kind, and whether one is due --------------------------------------------------


@pytest.mark.parametrize(
    ("existing", "now", "kind"),
    [
        ([], "2024-03-12", MONTHLY),
        ([("monthly", "2024-03-01")], "2024-03-02", DAILY),  # Fri 1st, Sat 2nd: same week
        ([("monthly", "2024-03-01")], "2024-03-04", WEEKLY),  # Monday: a new week
        ([("daily", "2024-02-29")], "2024-03-01", MONTHLY),  # a new month, same week
        ([("weekly", "2024-03-04"), ("monthly", "2024-03-01")], "2024-03-05", DAILY),
        ([("manual", "2024-03-12")], "2024-03-12", MONTHLY),  # manual ones don't count
        ([("before-restore", "2024-03-12")], "2024-03-13", MONTHLY),
        ([("monthly", "2023-03-05")], "2024-03-05", MONTHLY),  # same month, a year ago
        ([("daily", "2023-12-31")], "2024-01-01", MONTHLY),  # ISO week 1 of 2024
        ([("monthly", "2025-12-29")], "2025-12-31", DAILY),  # ISO week 1 of 2026, both days
    ],
)
def test_kind_of_the_automatic_backup(existing: list[tuple[str, str]], now: str, kind: str
                                      ) -> None:
    stamps = [Stamp(f"{k}-{d}", k, at(d)) for k, d in existing]
    assert kind_for_automatic(stamps, at(now, "18:00")) == kind


@pytest.mark.parametrize(
    ("existing", "due"),
    [
        ([], True),
        ([("daily", "2024-03-12T00:01")], False),
        ([("weekly", "2024-03-12T23:59")], False),
        ([("daily", "2024-03-11T23:59")], True),  # yesterday evening
        ([("manual", "2024-03-12T08:00")], True),  # made by hand: the automatic one is due
        ([("before-restore", "2024-03-12T08:00")], True),
    ],
)
def test_one_automatic_backup_per_calendar_day(existing: list[tuple[str, str]], due: bool
                                              ) -> None:
    stamps = [Stamp(f"{k}-{d}", k, dt.datetime.fromisoformat(d)) for k, d in existing]
    assert automatic_due(stamps, at("2024-03-12", "12:00")) is due


# -- rotation ----------------------------------------------------------------------------


def stamps(*rows: tuple[str, str]) -> list[Stamp]:
    return [Stamp(f"{kind}@{when}", kind, dt.datetime.fromisoformat(when)) for kind, when in rows]


@pytest.mark.parametrize(
    ("rows", "rotation", "now", "deleted"),
    [
        # nothing to do
        ([], Rotation(), "2024-03-12", []),
        # 3 days kept out of 5 (no weeks or months kept)
        ([("daily", f"2024-03-{d:02}T09:00") for d in range(1, 6)], Rotation(3, 0, 0),
         "2024-03-05T12:00", ["daily@2024-03-01T09:00", "daily@2024-03-02T09:00"]),
        # the newest of a day is the one kept for that day
        ([("daily", "2024-03-05T09:00"), ("daily", "2024-03-05T18:00")], Rotation(1, 0, 0),
         "2024-03-06", ["daily@2024-03-05T09:00"]),
        # weeks keep their first backup: Mon 4th (weekly) stays, Tue 5th goes
        ([("weekly", "2024-03-04T09:00"), ("daily", "2024-03-05T09:00"),
          ("daily", "2024-03-11T09:00")], Rotation(1, 2, 0),
         "2024-03-11T12:00", ["daily@2024-03-05T09:00"]),
        # months keep their first backup, for the last N months that have one
        ([("monthly", "2023-11-01T09:00"), ("monthly", "2023-12-01T09:00"),
          ("monthly", "2024-01-01T09:00"), ("daily", "2024-01-02T09:00")],
         Rotation(1, 0, 2), "2024-01-02T12:00", ["monthly@2023-11-01T09:00"]),
        # "before" backups go after before_days; manual, damaged and other stay forever
        ([("before-restore", "2024-01-01T09:00"), ("before-import", "2024-03-01T09:00"),
          ("manual", "2020-01-01T09:00"), ("damaged", "2020-01-01T09:00"),
          ("other", "2020-01-01T09:00"), ("daily", "2024-03-12T09:00")],
         Rotation(before_days=30), "2024-03-12T12:00", ["before-restore@2024-01-01T09:00"]),
        # the newest backup of all is never removed, even an old "before" one
        ([("before-upgrade", "2023-01-01T09:00")], Rotation(before_days=30),
         "2024-03-12", []),
        # backups dated after now (a clock set back) are left alone
        ([("daily", "2024-03-20T09:00"), ("daily", "2024-03-21T09:00"),
          ("daily", "2024-03-01T09:00")], Rotation(1, 0, 0), "2024-03-12T12:00", []),
        # time alone removes nothing: months away, the last week of backups is still there
        ([("daily", f"2024-03-{d:02}T09:00") for d in range(1, 8)], Rotation(7, 0, 0),
         "2024-09-01T12:00", []),
    ],
)
def test_rotation_table(rows: list[tuple[str, str]], rotation: Rotation, now: str,
                        deleted: list[str]) -> None:
    assert to_delete(stamps(*rows), dt.datetime.fromisoformat(now), rotation) == deleted


def test_a_year_of_daily_use_keeps_days_weeks_and_months() -> None:
    """Simulate the app: one automatic backup each day, named as the app names it, then
    rotation, for 400 days. What is left is 7 days, 4 weeks and 12 months."""
    kept: list[Stamp] = []
    day = dt.datetime(2024, 1, 1, 8, 30)
    for _ in range(400):
        kind = kind_for_automatic(kept, day)
        kept.append(Stamp(f"{kind}-{day:%Y%m%d}", kind, day))
        doomed = set(to_delete(kept, day, Rotation()))
        kept = [s for s in kept if s.name not in doomed]
        day += dt.timedelta(days=1)
    last = day - dt.timedelta(days=1)
    dates = sorted(s.taken.date() for s in kept)
    assert [d for d in dates if (last.date() - d).days < 7] == [
        (last - dt.timedelta(days=n)).date() for n in range(6, -1, -1)
    ]
    months = {(s.taken.year, s.taken.month) for s in kept}
    assert len(months) == 12
    weeks = {s.taken.isocalendar()[:2] for s in kept}
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    # the first backup of each kept month is the monthly one, the oldest kept is a year old
    assert all(s.kind == MONTHLY for s in kept if s.taken.day == 1)
    assert (last - min(s.taken for s in kept)).days >= 330


def test_manual_backups_survive_any_rotation() -> None:
    rows = [("manual", f"2024-01-{d:02}T09:00") for d in range(1, 29)]
    rows += [("daily", f"2024-02-{d:02}T09:00") for d in range(1, 29)]
    deleted = to_delete(stamps(*rows), dt.datetime(2024, 3, 1), Rotation(1, 0, 0))
    assert deleted and not [name for name in deleted if name.startswith(MANUAL)]


# -- the setting -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, Rotation()),
        ("7,4,12", Rotation()),
        ({"daily": 3, "weekly": 2, "monthly": 3, "before_days": 14}, Rotation(3, 2, 3, 14)),
        ({"daily": 0, "weekly": -1, "monthly": "12", "before_days": True}, Rotation()),
        ({"daily": 14}, Rotation(daily=14)),
        ({"daily": 10_000, "monthly": 0}, Rotation(monthly=0)),
    ],
)
def test_rotation_setting_is_read_safely(value: object, expected: Rotation) -> None:
    assert rotation_from_setting(value) == expected


def test_presets_round_trip_through_the_setting() -> None:
    assert preset_of(Rotation()) == "standard"
    for key, (label, rotation) in PRESETS.items():
        assert label and rotation_from_setting(rotation_to_setting(rotation)) == rotation
        assert preset_of(rotation) == key
    assert preset_of(Rotation(5, 5, 5)) is None
