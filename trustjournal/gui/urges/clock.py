"""Time spent with an urge: a stopwatch that can pause, read from a clock it is given.

Plain Python (no Qt): the timer window reads it on each tick, and tests hand it a fake
clock instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]  # seconds from any fixed point, never going back


class SurfClock:
    """Counts the seconds actually spent surfing: running time only, pauses left out."""

    def __init__(self, total_seconds: float, clock: Clock = time.monotonic) -> None:
        self.total = max(1.0, float(total_seconds))
        self._clock = clock
        self._banked = 0.0  # seconds counted before the current run
        self._since: float | None = clock()  # when the current run began; None: paused
        self.stopped = False

    @property
    def running(self) -> bool:
        return self._since is not None and not self.stopped

    def elapsed(self) -> float:
        """Seconds spent so far, never more than the total."""
        running = self._clock() - self._since if self._since is not None else 0.0
        return min(self.total, self._banked + max(0.0, running))

    def remaining(self) -> float:
        return max(0.0, self.total - self.elapsed())

    def done(self) -> bool:
        """The whole time has passed (a stop before that is not "done")."""
        return self.remaining() <= 0.0

    def pause(self) -> None:
        if self._since is not None:
            self._banked = self.elapsed()
            self._since = None

    def resume(self) -> None:
        if self._since is None and not self.stopped:
            self._since = self._clock()

    def stop(self) -> None:
        """Freeze the count where it is (the time spent is what gets logged)."""
        self.pause()
        self.stopped = True

    def set_total(self, seconds: float) -> None:
        """A new length; time already spent stays spent."""
        self.total = max(1.0, float(seconds))


def minutes_text(seconds: float) -> str:
    """"9:05" for nine minutes and five seconds; rounds up, so 0:00 shows only at the end."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"
