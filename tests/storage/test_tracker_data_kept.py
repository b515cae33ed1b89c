"""The Progress page's tracker figures are kept per range until a tracker record changes
(0008's counter): every kind of tracker write, from this connection or another, leaves
them equal to a fresh read, and saving an entry reads none of them again."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlcipher3 import dbapi2

from tests.storage import tracker_records as records
from tests.storage.test_stats import checkin
from trustjournal.core.trackers import (
    IntentionOutcome,
    PromiseStatus,
    TrackerSet,
    UrgeOutcome,
    WorryOutcome,
)
from trustjournal.storage.trackers import TrackerStore

D = dt.date
RANGES = ((None, None), (D(2024, 3, 1), D(2024, 3, 31)), (D(2024, 3, 4), D(2024, 3, 10)))


def assert_fresh(journal) -> None:  # type: ignore[no-untyped-def]
    """Each range's kept figures equal a store that keeps nothing."""
    fresh = TrackerStore(journal._gateway)
    for start, end in RANGES:
        assert journal.tracker_data(start, end) == fresh.tracker_data(start, end)


def tracker_reads(journal, start=None, end=None):  # type: ignore[no-untyped-def]
    """The SELECT statements tracker_data(start, end) runs."""
    ran: list[str] = []
    with journal._gateway.watch(ran.append):
        journal.tracker_data(start, end)
    return [s for s in ran if s.startswith("SELECT")]


def test_every_kind_of_tracker_write_is_seen(journal) -> None:  # type: ignore[no-untyped-def]
    assert_fresh(journal)  # empty, and kept from here on
    urge = records.urge(D(2024, 3, 5), outcome=UrgeOutcome.ACTED, peak=8)
    journal.save_urge(urge)
    assert journal.tracker_data().urges[0].acted == 1
    assert_fresh(journal)
    journal.save_urge(dataclasses.replace(urge, outcome=UrgeOutcome.RESISTED))
    assert journal.tracker_data().urges[0].resisted == 1
    assert_fresh(journal)
    promise = records.promise(D(2024, 3, 1))
    journal.save_promise(promise)
    assert journal.tracker_data().open_promises == 1
    journal.save_promise(dataclasses.replace(promise, status=PromiseStatus.KEPT,
                                             settled_on=D(2024, 3, 6)))
    assert journal.tracker_data().promises[0].kept == 1
    assert_fresh(journal)
    intention = records.intention(D(2024, 3, 7))
    journal.save_intention(intention)
    journal.save_intention(dataclasses.replace(intention, outcome=IntentionOutcome.DONE))
    assert journal.tracker_data().intentions[0].outcome == "done"
    assert_fresh(journal)
    worry = records.worry(D(2024, 3, 2))
    journal.save_worry(worry)
    assert journal.tracker_data().open_worries == 1
    journal.save_worry(dataclasses.replace(worry, outcome=WorryOutcome.DID_NOT,
                                           settled_on=D(2024, 3, 9)))
    assert journal.tracker_data().worries[0].outcome == "did_not"
    assert_fresh(journal)
    for delete, uuid in ((journal.delete_urge, urge.uuid),
                         (journal.delete_promise, promise.uuid),
                         (journal.delete_intention, intention.uuid),
                         (journal.delete_worry, worry.uuid)):
        delete(uuid)
        assert_fresh(journal)
    assert journal.tracker_data().first_day is None
    # An import of tracker records with no entries.
    journal.import_records([], trackers=TrackerSet(urges=(records.urge(D(2024, 3, 8)),)))
    assert len(journal.tracker_data().urges) == 1
    assert_fresh(journal)
    # Another connection (another process, or an old version of the app) changes rows;
    # the triggers raise the counter there too.
    side = journal._gateway.connect()
    try:
        side.execute("UPDATE urges SET peak = 2")
        assert journal.tracker_data().urges[0].peak_sum == 2
        assert_fresh(journal)
        side.execute("DELETE FROM urges")
    finally:
        side.close()
    assert journal.tracker_data().urges == ()
    assert_fresh(journal)


def test_saving_an_entry_reads_no_tracker_figure_again(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_urge(records.urge(D(2024, 3, 5)))
    for start, end in RANGES:
        assert len(tracker_reads(journal, start, end)) > 1  # the first read of each range
    checkin(journal, D(2024, 3, 5), 6, 3, 7)
    journal.set_setting("progress_range", "all")
    for start, end in RANGES:
        assert tracker_reads(journal, start, end) == [
            "SELECT coalesce(max(seq), 0) FROM tracker_changes"]
    assert_fresh(journal)
    journal.save_urge(records.urge(D(2024, 3, 6)))
    assert len(tracker_reads(journal)) > 1


def test_the_counter_never_starts_again_under_kept_figures(journal) -> None:  # type: ignore[no-untyped-def]
    # Figures kept at count 1; had another connection deleted the counter's row, the
    # next tracker write would make it again at 1 and the old figures pass for fresh.
    journal.save_urge(records.urge(D(2024, 3, 5), peak=8))
    assert journal.tracker_data().urges[0].peak_sum == 8
    side = journal._gateway.connect()
    try:
        with pytest.raises(dbapi2.IntegrityError, match="only goes up"):
            side.execute("DELETE FROM tracker_changes")
        for lower in ("UPDATE tracker_changes SET seq = 0", "UPDATE tracker_changes SET id = 2"):
            with pytest.raises(dbapi2.IntegrityError, match="only goes up"):
                side.execute(lower)
        side.execute("UPDATE urges SET peak = 2")
    finally:
        side.close()
    assert journal.tracker_data().urges[0].peak_sum == 2
    assert_fresh(journal)
