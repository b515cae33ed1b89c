"""A new session's first Progress page, built from the kept figures by column
(ProgressData.from_columns: no row objects), shows exactly what a full read row by row
shows: every range, two first weekdays, on a journal with every kind of row (check-ins,
exercises, thought records, victories, labels, trackers) and trashed and purged entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.core.progress_reference import reference_dashboard
from tests.storage.test_stats import THOUGHT, VICTORY, checkin, exercise
from tests.tracker_records import urge
from trustjournal.core.progress import RANGES, build_dashboard, range_bounds
from trustjournal.core.progress.data import ROW_TYPES
from trustjournal.core.trackers import UrgeOutcome
from trustjournal.storage import open_journal
from trustjournal.storage.bulk import insert_demo
from trustjournal.storage.stats import _read_all

TODAY = dt.date(2026, 6, 30)
KEYS = (*RANGES, "2w", "104w")


@pytest.fixture
def kept_journal(journal_file: Path) -> Path:
    """A varied journal whose whole figures the last session kept."""
    with open_journal(journal_file) as journal:
        insert_demo(journal, 2500, 4, 7, today=TODAY)
        trashed = [checkin(journal, TODAY - dt.timedelta(days=3), 2, 8, 3),
                   exercise(journal, "celebrate_small_victory", TODAY - dt.timedelta(days=40),
                            VICTORY)]
        purged = exercise(journal, "challenge_a_thought", TODAY - dt.timedelta(days=9), THOUGHT)
        exercise(journal, "challenge_a_thought", TODAY - dt.timedelta(days=9),
                 {**THOUGHT, "belief_after": 15})
        for uuid in [*trashed, purged]:
            journal.trash_entry(uuid)
        journal.purge_entry(purged)
        urge(journal, TODAY, UrgeOutcome.RESISTED, 6)
        journal.progress_data()  # read in full, and kept
        journal.tracker_data()
    return journal_file


def test_the_first_page_of_a_new_session_equals_a_full_read(kept_journal: Path) -> None:
    with open_journal(kept_journal) as journal:
        whole = journal.progress_data()
        assert whole.columns is not None  # the kept figures, by column
        assert all(whole.columns[name].days for name in ROW_TYPES)  # every kind of row
        with journal._gateway.read() as cur:
            full = _read_all(cur, None, None)
        for first_weekday in (0, 6):
            for key in KEYS:
                start, end = range_bounds(key, TODAY, first_weekday)
                trackers = journal.tracker_data(start, end)
                data = whole if key == "all" else journal.progress_data(start, end)
                with journal._gateway.read() as cur:
                    fresh = _read_all(cur, start, end)
                shown = build_dashboard(data, today=TODAY, first_weekday=first_weekday,
                                        range_key=key, trackers=trackers)
                kwargs = {"today": TODAY, "first_weekday": first_weekday, "range_key": key,
                          "trackers": trackers}
                assert shown == build_dashboard(fresh, **kwargs), (key, first_weekday)
                assert shown == reference_dashboard(fresh, **kwargs), (key, first_weekday)
                if key == "all":
                    assert shown.trend.checkins and shown.exercises.total
                    assert shown.thoughts.records and shown.victories.wall
                    assert shown.traps.items and shown.where.items
                    assert shown.trackers.urges.total
        # Read as rows too, the columns give the full read's rows, equal and in order.
        assert whole == full
        for name in ROW_TYPES:
            assert getattr(whole, name) == getattr(full, name)



def test_figures_kept_from_columns_are_the_text_kept_from_rows(kept_journal: Path) -> None:
    from trustjournal.storage import kept_figures
    from trustjournal.storage.stats import _columnar

    with open_journal(kept_journal) as journal, journal._gateway.read() as cur:
        rows = _read_all(cur, None, None)
    columns = _columnar(rows)
    assert columns.columns is not None and rows.columns is None
    body = kept_figures.encode_progress(columns)
    assert body == kept_figures.encode_progress(rows)
    assert kept_figures.decode_progress(body) == rows
