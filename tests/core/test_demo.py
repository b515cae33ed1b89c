import datetime as dt

from trustjournal.core.demo import DEMO_TAG, demo_entries


def test_demo_is_deterministic_and_marked() -> None:
    today = dt.date(2026, 1, 31)
    first = list(demo_entries(50, 2, seed=7, today=today))
    again = list(demo_entries(50, 2, seed=7, today=today))
    other = list(demo_entries(50, 2, seed=8, today=today))
    assert first == again
    assert first != other
    assert all(DEMO_TAG in e.tags for e in first)
    assert len({e.uuid for e in first}) == 50


def test_demo_spans_the_years_up_to_today() -> None:
    today = dt.date(2026, 1, 31)
    entries = list(demo_entries(1000, 10, seed=1, today=today))
    dates = [e.local_date for e in entries]
    assert max(dates) <= today
    assert min(dates) <= today - dt.timedelta(days=9 * 365)
    assert dates == sorted(dates)
