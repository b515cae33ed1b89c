"""The urge timer's stopwatch counts only the time actually spent, pauses left out."""

from __future__ import annotations

import pytest

from tests.gui.urges.helpers import FakeClock
from trustjournal.gui.urges.breathing import breath, breathing_in
from trustjournal.gui.urges.clock import SurfClock, minutes_text


def test_pauses_do_not_count_and_the_count_stops_at_the_total() -> None:
    clock = FakeClock()
    surf = SurfClock(600, clock)
    clock.advance(30)
    assert surf.elapsed() == 30 and surf.remaining() == 570 and surf.running
    surf.pause()
    clock.advance(100)
    assert surf.elapsed() == 30 and not surf.running
    surf.resume()
    clock.advance(20)
    assert surf.elapsed() == 50
    clock.advance(10_000)
    assert surf.elapsed() == 600 and surf.done()


def test_stop_freezes_the_count_and_resume_then_does_nothing() -> None:
    clock = FakeClock()
    surf = SurfClock(600, clock)
    clock.advance(95)
    surf.stop()
    clock.advance(50)
    surf.resume()
    clock.advance(50)
    assert surf.elapsed() == 95 and surf.stopped and not surf.done()


def test_a_new_length_keeps_the_time_already_spent() -> None:
    clock = FakeClock()
    surf = SurfClock(600, clock)
    clock.advance(120)
    surf.set_total(180)
    assert surf.elapsed() == 120 and surf.remaining() == 60


@pytest.mark.parametrize(("seconds", "text"), [(600, "10:00"), (545.2, "9:06"),
                                                (0.4, "0:01"), (0, "0:00")])
def test_minutes_text_rounds_up_so_zero_shows_only_at_the_end(seconds: float, text: str) -> None:
    assert minutes_text(seconds) == text


def test_the_breath_rises_for_four_seconds_and_falls_for_six() -> None:
    assert breath(0) == pytest.approx(0) and breath(4) == pytest.approx(1)
    assert breath(10) == pytest.approx(0) and breath(7) == pytest.approx(0.5)
    assert breath(1) < breath(2) < breath(3) and breath(5) > breath(6) > breath(9)
    assert breathing_in(3.9) and not breathing_in(4.1) and breathing_in(10.5)
