"""The "I want to check" flow: the urge timer and its log, the list of logged urges, and
the later "how do you feel now?" card. Hosts (the window, the Trackers page, Today) take
the widgets from here and connect their signals (`safety_requested` to the window's
`offer_safety`, the log's `surf_requested` to `show_urge_timer`)."""

from __future__ import annotations

from trustjournal.gui.urges.follow_up import UrgeFollowUpCard
from trustjournal.gui.urges.log import UrgeLogView
from trustjournal.gui.urges.timer_dialog import UrgeSurfDialog

__all__ = ["UrgeFollowUpCard", "UrgeLogView", "UrgeSurfDialog"]
