"""The "I want to check" flow: the urge timer and its log, the list of logged urges, and
the later "how do you feel now?" card. Hosts (the window, the Trackers page, Today) take
the widgets from here and connect their signals (`safety_requested` to the window's
`offer_safety`, the log's `surf_requested` to `show_urge_timer`)."""

from __future__ import annotations

from typing import Any

# Each widget's module when it is first asked for: Today imports the follow-up card's
# module on its own before the journal is usable, and needs neither the timer nor the log.
_WHERE = {"UrgeFollowUpCard": "follow_up", "UrgeLogView": "log", "UrgeSurfDialog": "timer_dialog"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)


__all__ = ["UrgeFollowUpCard", "UrgeLogView", "UrgeSurfDialog"]
