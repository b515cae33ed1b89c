"""Tracker records in an import: the same transaction as the entries, all or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.storage.test_transfer import record
from trustjournal.core.entries import Change
from trustjournal.core.trackers import (
    IntentionOutcome,
    PromiseStatus,
    TrackerSet,
    UserExerciseVersion,
    WorryOutcome,
)
from trustjournal.exchange.model import Cancelled
from trustjournal.storage import JournalError, open_journal
from trustjournal.storage.archive import list_backups

from .tracker_records import NOW, D, count_rows, intention, promise, urge, worry


def exercise(version: int = 1, toml: str = "[exercise]\nid = 'mine'\n",
             exercise_id: str = "mine") -> UserExerciseVersion:
    return UserExerciseVersion(exercise_id=exercise_id, version=version, toml=toml,
                               saved_utc=NOW, based_on="thought_record")


def full_set() -> TrackerSet:
    return TrackerSet(
        urges=(urge(D(2024, 3, 1)), urge(D(2024, 3, 2), feeling_after="lighter",
                                         followed_up_utc=NOW)),
        promises=(promise(), promise(status=PromiseStatus.KEPT, settled_on=D(2024, 3, 3))),
        intentions=(intention(D(2024, 3, 1), outcome=IntentionOutcome.DONE),
                    intention(D(2024, 3, 2))),
        worries=(worry(), worry(outcome=WorryOutcome.DID_NOT, settled_on=D(2024, 3, 8))),
        exercises=(exercise(1), exercise(2, "[exercise]\nid = 'mine'\n# 2\n")),
    )


@pytest.fixture
def other(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = open_journal(tmp_path / "other" / "notes.db")
    yield opened
    opened.close()


def test_trackers_round_trip_through_an_import_row_for_row(journal, other) -> None:
    made = full_set()
    added, skipped, change = journal.import_records([record(1)], trackers=made)
    assert (added, skipped) == (1, 0)
    assert change.trackers and change.exercises and change.entries
    found = journal.tracker_set()
    for kind in dataclasses.fields(TrackerSet):
        assert set(getattr(found, kind.name)) == set(getattr(made, kind.name)), kind.name
    assert count_rows(journal) == {"urges": 2, "promises": 2, "intentions": 2, "worries": 2,
                                   "user_exercises": 2, "entries": 1}
    # Out of one journal and into another: equal, record for record.
    other.import_records(journal.iter_records(_all()), trackers=journal.tracker_set())
    assert other.tracker_set() == journal.tracker_set()
    assert _rows(other) == _rows(journal)


def _all():  # type: ignore[no-untyped-def]
    from trustjournal.exchange.model import ExportFilter

    return ExportFilter(include_trash=True, include_revisions=True)


def _rows(journal) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def,type-arg]
    with journal._gateway.read() as cur:
        return {t: sorted(cur.execute(f"SELECT * FROM {t}").fetchall())
                for t in ("urges", "promises", "intentions", "worries", "user_exercises")}


def test_a_second_import_skips_what_is_there_and_writes_nothing(journal) -> None:
    made = full_set()
    journal.import_records([record(1)], trackers=made)
    rows = _rows(journal)
    added, skipped, change = journal.import_records([record(1)], trackers=made)
    assert (added, skipped, change) == (0, 1, Change())
    assert _rows(journal) == rows
    # One new urge among known ones: only it lands, without any entry being new.
    extra = urge(D(2024, 4, 1))
    added, skipped, change = journal.import_records(
        [record(1)], trackers=dataclasses.replace(made, urges=(*made.urges, extra)))
    assert (added, change) == (0, Change(trackers=True))
    assert count_rows(journal)["urges"] == 3 and journal.get_urge(extra.uuid) == extra


def test_trackers_alone_can_be_imported_with_a_backup_first(journal) -> None:
    journal.save_promise(promise())  # a journal with something in it is backed up first
    added, skipped, change = journal.import_records([], trackers=TrackerSet(
        worries=(worry(),)))
    assert (added, skipped, change) == (0, 0, Change(trackers=True))
    assert count_rows(journal)["worries"] == 1
    assert [b.kind for b in list_backups(journal.path)] == ["before-import"]


def test_the_same_record_twice_in_one_import_lands_once(journal) -> None:
    u = urge()
    journal.import_records([], trackers=TrackerSet(urges=(u, u), exercises=(exercise(),
                                                                            exercise())))
    assert count_rows(journal)["urges"] == 1 and count_rows(journal)["user_exercises"] == 1


@pytest.mark.parametrize(("bad", "words"), [
    (TrackerSet(urges=(urge(peak=12),)), "imported urge"),
    (TrackerSet(promises=(promise(text=""),)), "imported promise"),
    (TrackerSet(intentions=(intention(text=" "),)), "imported intention"),
    (TrackerSet(worries=(worry(sureness=-1),)), "imported worry"),
    (TrackerSet(worries=(dataclasses.replace(worry(), made_on="2024-03-01"),)),  # type: ignore[arg-type]
     "imported worry"),
    (TrackerSet(urges=(dataclasses.replace(urge(), kind="snooping"),)),  # type: ignore[arg-type]
     "imported urge"),
    (TrackerSet(urges=(dataclasses.replace(urge(), uuid=""),)), "no usable id"),
    (TrackerSet(exercises=(exercise(0),)), "exercise version"),
    (TrackerSet(exercises=(exercise(toml=""),)), "exercise version"),
    (TrackerSet(exercises=(exercise(1), exercise(1, "[other]\n"))), "two different texts"),
    (TrackerSet(intentions=(intention(D(2024, 3, 1)), intention(D(2024, 3, 1)))),
     "two intentions for 2024-03-01"),
])
def test_a_bad_record_refuses_the_whole_import(journal, bad: TrackerSet, words: str) -> None:
    journal.create_entry(title="Already here", body="kept")
    before = count_rows(journal)
    good = full_set()
    trackers = TrackerSet(*(getattr(good, f.name) + getattr(bad, f.name)
                            for f in dataclasses.fields(TrackerSet)))
    with pytest.raises(JournalError, match=words):
        journal.import_records([record(1), record(2)], trackers=trackers)
    assert count_rows(journal) == before
    assert list_backups(journal.path) == []  # refused before a backup was even made


def test_a_different_text_for_a_stored_exercise_version_refuses_the_import(journal) -> None:
    journal.save_user_exercise("mine", "[exercise]\nid = 'mine'\n")
    before = count_rows(journal)
    with pytest.raises(JournalError, match="Version 1 of your exercise 'mine' is already"):
        journal.import_records([record(1)], trackers=TrackerSet(
            urges=(urge(),), exercises=(exercise(1, "[exercise]\nid = 'mine'\n# changed\n"),)))
    assert count_rows(journal) == before
    # The same text is no conflict: skipped, and version 2 lands.
    journal.import_records([record(1)], trackers=TrackerSet(exercises=(
        exercise(1), exercise(2, "[exercise]\nid = 'mine'\n# 2\n"))))
    assert [v.version for v in journal.user_exercise_versions("mine")] == [1, 2]
    assert journal.get_entry(record(1).uuid).title == "Entry 1"


def test_an_intention_for_a_day_that_has_one_refuses_the_import(journal) -> None:
    journal.save_intention(intention(D(2024, 3, 1)))
    before = count_rows(journal)
    with pytest.raises(JournalError, match="is for 2024-03-01, which already has"):
        journal.import_records([record(1)], trackers=full_set())
    assert count_rows(journal) == before


def test_a_contradiction_found_in_the_write_rolls_back_the_entries_too(
        journal, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan made inside the write transaction refuses (say the journal changed
    since the first look): the entries already inserted in it go too."""
    from trustjournal.storage import transfer

    journal.create_entry(title="Already here", body="kept")
    before = count_rows(journal)
    calls = []

    def refuse_in_the_write(cur, trackers):  # type: ignore[no-untyped-def]
        calls.append(1)
        raise JournalError("refused")

    monkeypatch.setattr(transfer, "plan_tracker_import", refuse_in_the_write)
    with pytest.raises(JournalError, match="refused"):
        journal.import_records([record(1)], trackers=full_set())
    assert calls and count_rows(journal) == before
    assert list_backups(journal.path) == []  # the backup of an import that did not happen


def test_a_failure_after_the_entries_keeps_nothing(journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    journal.create_entry(title="Already here", body="kept")
    before = count_rows(journal)

    def cancel(done: int) -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        journal.import_records([record(1), record(2)], trackers=full_set(), finish=cancel)
    assert count_rows(journal) == before


def test_an_empty_tracker_set_is_an_ordinary_import(journal) -> None:
    added, _, change = journal.import_records([record(1)], trackers=TrackerSet())
    assert added == 1 and not change.trackers
    assert count_rows(journal)["entries"] == 1


def test_dates_times_keep_their_spelling(journal) -> None:
    u = urge(D(2024, 3, 1), at=dt.datetime(2024, 3, 1, 23, 59, 59, tzinfo=dt.UTC))
    journal.import_records([], trackers=TrackerSet(urges=(u,)))
    with journal._gateway.read() as cur:
        assert cur.execute("SELECT started_utc, local_date FROM urges").fetchone() == (
            "2024-03-01 23:59:59.000000", "2024-03-01")
