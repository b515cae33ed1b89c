"""After the first "all", the Progress figures follow the day_changes log (0007): every
kind of write leaves them equal to a fresh full read, and a write that touches no entry
or only a few days reads no aggregate over the whole journal again."""

from __future__ import annotations

from tests.exchange.journal_data import fill
from tests.storage.test_stats import THOUGHT, VICTORY, D, checkin, exercise
from tests.storage.test_transfer import record
from trustjournal.core.entries import EntryEdit
from trustjournal.core.records import MetricRecord
from trustjournal.storage.bulk import insert_demo
from trustjournal.storage.stats import StatsStore, _statements

WHOLE = _statements(False, False)


def statements_of(journal, start=None, end=None):  # type: ignore[no-untyped-def]
    """The SELECT statements progress_data(start, end) runs, and what it returns."""
    ran: list[str] = []
    with journal._gateway.watch(ran.append):
        data = journal.progress_data(start, end)
    return data, [s for s in ran if s.startswith("SELECT")]


def assert_fresh(journal) -> None:  # type: ignore[no-untyped-def]
    """The kept figures (and a range cut from them) equal a store that keeps nothing."""
    assert journal.progress_data() == StatsStore(journal._gateway).progress_data()
    march = (D(2024, 3, 1), D(2024, 3, 31))
    assert journal.progress_data(*march) == StatsStore(journal._gateway).progress_data(*march)


def test_every_kind_of_write_leaves_the_kept_figures_equal_to_a_fresh_read(journal) -> None:
    ids = {"a": checkin(journal, D(2024, 3, 4), 6, 3, 7)}
    journal.progress_data()  # kept from here on
    made = fill(journal)  # saves, edits, tags, trash, exercises, check-ins
    assert_fresh(journal)
    ids["b"] = checkin(journal, D(2024, 3, 4), 8, 5, 7)
    ids["thought"] = exercise(journal, "challenge_a_thought", D(2024, 3, 5), THOUGHT)
    ids["victory"] = exercise(journal, "celebrate_small_victory", D(2024, 3, 6), VICTORY)
    assert_fresh(journal)
    # An exercise saved again under its uuid: its figures are replaced.
    exercise(journal, "challenge_a_thought", D(2024, 3, 5), {**THOUGHT, "belief_after": 10})
    journal.save_exercise_entry(
        exercise_id="celebrate_small_victory", exercise_version=1, title="Again",
        body="", answers={**VICTORY, "pride": 2}, metrics=[], entry_uuid=ids["victory"],
        local_date=D(2024, 3, 9))
    assert_fresh(journal)
    journal.update_entry(ids["a"], EntryEdit(local_date=D(2024, 2, 28)))
    assert_fresh(journal)
    journal.trash_entry(ids["b"])
    assert_fresh(journal)
    journal.restore_entry(ids["b"])
    assert_fresh(journal)
    journal.trash_entry(ids["thought"])
    journal.purge_entry(ids["thought"])
    assert_fresh(journal)
    journal.trash_entry(ids["b"])
    journal.empty_trash()
    assert_fresh(journal)
    [older, *_] = journal.history(made["edited"])
    journal.restore_revision(made["edited"], older.id)
    assert_fresh(journal)
    journal.import_records([
        record(1, local_date=D(2024, 3, 4)),
        record(2, kind="checkin", local_date=D(2024, 3, 12), exercise_id="checkin",
               exercise_version=1, answers={"trust": 3},
               metrics=(MetricRecord("trust", 3.0), MetricRecord("anxiety", 8.0)))])
    assert_fresh(journal)
    # Figures changed behind the store's back, on another connection: the triggers on
    # metrics log the day as well.
    side = journal._gateway.connect()
    try:
        side.execute("UPDATE metrics SET value = value + 1 WHERE name = 'trust'")
        side.execute("DELETE FROM metrics WHERE name = 'anxiety'")
    finally:
        side.close()
    assert_fresh(journal)
    # Many days at once (more than are worth reading one by one): read whole again.
    insert_demo(journal, 300, 1, 7, today=D(2024, 6, 30), trackers=False)
    assert_fresh(journal)


def test_a_write_that_changes_no_entry_reads_only_the_log(journal) -> None:
    checkin(journal, D(2024, 3, 4), 6, 3, 7)
    kept, _ = statements_of(journal)
    journal.settings.set("week_starts", 6)
    again, reads = statements_of(journal)
    assert again == kept
    assert reads and all("day_changes" in s for s in reads)


def test_a_save_reads_only_the_days_it_changed(journal) -> None:
    checkin(journal, D(2024, 3, 4), 6, 3, 7)
    uuid = checkin(journal, D(2024, 3, 8), 2, 2, 2)
    statements_of(journal)
    journal.update_entry(uuid, EntryEdit(local_date=D(2024, 3, 10)))
    moved, reads = statements_of(journal)
    assert [row.day for row in moved.checkins] == [D(2024, 3, 4), D(2024, 3, 10)]
    assert WHOLE["checkins"] not in reads
    # The trace shows each statement with its days filled in.
    check_ins = [s for s in reads if s.startswith(WHOLE["checkins"].split(" FROM ")[0])]
    assert sorted(s.split("entries.local_date >= ")[1][:12] for s in check_ins) == [
        "'2024-03-08'", "'2024-03-10'"]  # the day it left and the day it went to
    assert moved == StatsStore(journal._gateway).progress_data()


def test_the_log_keeps_one_row_per_day_newest_last(journal) -> None:
    for day in (D(2024, 1, 1), D(2024, 1, 2), D(2024, 1, 1)):
        checkin(journal, day, 5, 5, 5)
    with journal._gateway.read() as cur:
        rows = cur.execute("SELECT local_date, seq FROM day_changes ORDER BY seq").fetchall()
    assert [day for day, _ in rows] == ["2024-01-02", "2024-01-01"]


def test_emptied_journal_reads_empty(journal) -> None:
    uuid = checkin(journal, D(2024, 3, 4), 6, 3, 7)
    journal.progress_data()
    journal.trash_entry(uuid)
    journal.empty_trash()
    data = journal.progress_data()
    assert data.first_day is None and data.checkins == () and data.activity == ()
    assert data == StatsStore(journal._gateway).progress_data()
