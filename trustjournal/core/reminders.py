"""Reminders to write: when they are due. Standard library only.

A reminder is a daily time on chosen days of the week, off unless the person turns it
on. Its text never depends on the journal: it is the same neutral question every time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from typing import Any

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass

NOTIFICATION_TEXT = QT_TRANSLATE_NOOP("ReminderPlan", "A quiet moment for yourself?")
# English short names, for callers without a locale; the window uses the locale's own.
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def notification_text() -> str:
    """The reminder's one neutral question, in the app's language."""
    return translate("ReminderPlan", NOTIFICATION_TEXT)


@lazy_dataclass(frozen=True)
class ReminderPlan:
    """When to remind: `days` are 0 (Monday) to 6 (Sunday)."""

    enabled: bool = False
    time: dt.time = dt.time(20, 0)
    days: frozenset[int] = field(default_factory=lambda: frozenset(range(7)))


def plan_from_json(value: Any) -> ReminderPlan:
    """A plan from its stored form; anything unreadable gives the default (off)."""
    if not isinstance(value, dict):
        return ReminderPlan()
    try:
        time = dt.time.fromisoformat(str(value.get("time", "20:00")))
        days = frozenset(int(d) for d in value.get("days", range(7)) if 0 <= int(d) <= 6)
    except (TypeError, ValueError):
        return ReminderPlan()
    return ReminderPlan(bool(value.get("enabled", False)), time.replace(second=0,
                        microsecond=0), days)


def plan_to_json(plan: ReminderPlan) -> dict[str, Any]:
    """The stored form of a plan."""
    return {"enabled": plan.enabled, "time": f"{plan.time.hour:02d}:{plan.time.minute:02d}",
            "days": sorted(plan.days)}


def next_reminder(plan: ReminderPlan, now: dt.datetime) -> dt.datetime | None:
    """The first moment after `now` (local, naive) when the plan reminds; None if never."""
    if not plan.enabled or not plan.days:
        return None
    for ahead in range(8):
        day = now.date() + dt.timedelta(days=ahead)
        moment = dt.datetime.combine(day, plan.time)
        if day.weekday() in plan.days and moment > now:
            return moment
    return None
