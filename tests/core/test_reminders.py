"""When reminders are due, and how their settings are read back."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.reminders import (
    ReminderPlan,
    next_reminder,
    plan_from_json,
    plan_to_json,
)

WEDNESDAY = dt.datetime(2024, 3, 20, 19, 30)


def test_off_by_default_and_never_due_when_off() -> None:
    assert ReminderPlan().enabled is False
    assert next_reminder(ReminderPlan(), WEDNESDAY) is None
    assert next_reminder(ReminderPlan(True, dt.time(20), frozenset()), WEDNESDAY) is None


def test_today_if_still_ahead_else_the_next_chosen_day() -> None:
    every_day = ReminderPlan(True, dt.time(20, 0))
    assert next_reminder(every_day, WEDNESDAY) == dt.datetime(2024, 3, 20, 20, 0)
    at_eight = WEDNESDAY.replace(hour=20, minute=0)
    assert next_reminder(every_day, at_eight) == dt.datetime(2024, 3, 21, 20, 0)
    weekends = ReminderPlan(True, dt.time(9, 15), frozenset({5, 6}))
    assert next_reminder(weekends, WEDNESDAY) == dt.datetime(2024, 3, 23, 9, 15)
    mondays = ReminderPlan(True, dt.time(7), frozenset({0}))
    monday_late = dt.datetime(2024, 3, 18, 8, 0)
    assert next_reminder(mondays, monday_late) == dt.datetime(2024, 3, 25, 7, 0)


def test_settings_round_trip_and_bad_values_fall_back_to_off() -> None:
    plan = ReminderPlan(True, dt.time(21, 45), frozenset({1, 3}))
    assert plan_to_json(plan) == {"enabled": True, "time": "21:45", "days": [1, 3]}
    assert plan_from_json(plan_to_json(plan)) == plan
    for bad in (None, "x", {"time": "25:99", "enabled": True}, {"days": ["x"]}):
        assert plan_from_json(bad) == ReminderPlan()
    assert plan_from_json({"enabled": True, "days": [0, 9]}).days == frozenset({0})
