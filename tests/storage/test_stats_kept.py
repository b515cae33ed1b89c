"""The whole journal's Progress aggregates are kept until the journal changes: asking
again reads nothing, every range cut from them equals reading that range, and any
commit (this journal's own saves, trash, settings, or another connection) is seen."""

from __future__ import annotations

import datetime as dt

from tests.storage.test_stats import MARCH, THOUGHT, VICTORY, D, checkin, exercise
from trustjournal.storage.stats import StatsStore


def fill(journal) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        "feb": checkin(journal, D(2024, 2, 1), 1, 9, 1),
        "a": checkin(journal, D(2024, 3, 4), 6, 3, 7),
        "thought": exercise(journal, "challenge_a_thought", D(2024, 3, 5), THOUGHT),
        "victory": exercise(journal, "celebrate_small_victory", D(2024, 3, 6), VICTORY),
        "apr": checkin(journal, D(2024, 4, 2), 8, 2, 8),
    }


def aggregate_reads(journal, start: dt.date | None = None, end: dt.date | None = None):  # type: ignore[no-untyped-def]
    """progress_data(start, end) and the statements it ran other than data_version."""
    statements: list[str] = []
    with journal._gateway.watch(statements.append):
        data = journal.progress_data(start, end)
    return data, [s for s in statements if s.startswith("SELECT")]


def read_afresh(journal, start: dt.date | None = None, end: dt.date | None = None):  # type: ignore[no-untyped-def]
    """The same range read by a store that keeps nothing yet."""
    return StatsStore(journal._gateway).progress_data(start, end)


def test_all_is_read_once_and_ranges_are_cut_from_it(journal) -> None:
    fill(journal)
    everything, reads = aggregate_reads(journal)
    assert reads  # the first time, the aggregates are read
    again, reads = aggregate_reads(journal)
    assert again == everything and reads == []
    for start, end in (MARCH, (None, D(2024, 3, 5)), (D(2024, 3, 5), None),
                       (D(2025, 1, 1), D(2025, 2, 1))):
        cut, reads = aggregate_reads(journal, start, end)
        assert reads == []
        assert cut == read_afresh(journal, start, end)
    assert [row.day for row in journal.progress_data(*MARCH).checkins] == [D(2024, 3, 4)]


def test_every_kind_of_change_is_seen(journal) -> None:
    ids = fill(journal)
    assert len(journal.progress_data().checkins) == 3
    checkin(journal, D(2024, 3, 9), 4, 4, 4)
    assert [row.day for row in journal.progress_data().checkins] == [
        D(2024, 2, 1), D(2024, 3, 4), D(2024, 3, 9), D(2024, 4, 2)]
    journal.trash_entry(ids["apr"])
    after_trash = journal.progress_data()
    assert after_trash.last_day == D(2024, 3, 9)
    assert after_trash == read_afresh(journal)
    # A write that touches no entry still counts as a change (nothing stale is risked).
    journal.progress_data()
    journal.settings.set("week_starts", 6)
    _, reads = aggregate_reads(journal)
    assert reads
    # Another connection's commit: the same file written outside this journal's writer.
    side = journal._gateway.connect()
    try:
        side.execute("UPDATE entries SET local_date = '2024-03-20' WHERE uuid = ?",
                     (ids["a"],))
    finally:
        side.close()
    moved = journal.progress_data()
    assert [row.day for row in moved.checkins] == [D(2024, 2, 1), D(2024, 3, 9),
                                                   D(2024, 3, 20)]
    assert moved == read_afresh(journal)
