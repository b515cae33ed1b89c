"""The Trackers page (promises, daily intentions, worries set against what happened, and
the urge log's tab) and its cards on Today. Loaded with the page, never at start."""
