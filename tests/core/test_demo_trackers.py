"""The demo journal's tracker records: valid, deterministic, and telling the demo's story."""

import datetime as dt

from trustjournal.core.demo_trackers import MARK, demo_trackers
from trustjournal.core.trackers import (
    PromiseStatus,
    UrgeOutcome,
    check_intention,
    check_promise,
    check_urge,
    check_worry,
)

TODAY = dt.date(2026, 6, 30)


def test_every_record_passes_its_checks_and_is_marked_as_demo() -> None:
    made = demo_trackers(2, seed=3, today=TODAY)
    assert made.urges and made.promises and made.intentions and made.worries
    for urge in made.urges:
        assert check_urge(urge) == []
    for promise in made.promises:
        assert check_promise(promise) == []
        assert promise.text.startswith(MARK)
    for intention in made.intentions:
        assert check_intention(intention) == []
        assert intention.text.startswith(MARK)
    for worry in made.worries:
        assert check_worry(worry) == []
        assert worry.text.startswith(MARK)
    # Nothing lies after today, and only today's intention and later looks are open.
    assert max(u.local_date for u in made.urges) <= TODAY
    assert all(i.outcome is not None for i in made.intentions if i.local_date < TODAY)
    assert all((w.outcome is None) == (w.look_on > TODAY) for w in made.worries)
    days = [i.local_date for i in made.intentions]
    assert len(days) == len(set(days)), "one intention a day at most"


def test_same_seed_same_records_other_seed_others() -> None:
    assert demo_trackers(1, seed=5, today=TODAY) == demo_trackers(1, seed=5, today=TODAY)
    assert demo_trackers(1, seed=5, today=TODAY) != demo_trackers(1, seed=6, today=TODAY)


def test_more_urges_resisted_and_promises_kept_later_on() -> None:
    made = demo_trackers(4, seed=1, today=TODAY)
    half = TODAY - dt.timedelta(days=2 * 365)

    def resisted(urges: list) -> float:
        return sum(u.outcome is UrgeOutcome.RESISTED for u in urges) / len(urges)

    assert resisted([u for u in made.urges if u.local_date >= half]) > \
        resisted([u for u in made.urges if u.local_date < half]) + 0.15

    def kept(promises: list) -> float:
        settled = [p for p in promises if p.status is not PromiseStatus.OPEN]
        return sum(p.status is PromiseStatus.KEPT for p in settled) / len(settled)

    assert kept([p for p in made.promises if p.made_on >= half]) > \
        kept([p for p in made.promises if p.made_on < half])


def test_daily_fills_every_day() -> None:
    made = demo_trackers(1, seed=2, today=TODAY, daily=True)
    assert len(made.urges) == 365 and len(made.intentions) == 365
