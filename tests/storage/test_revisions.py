"""History kept by every save, restored on request, pruned, and forgotten on purge;
crash-recovery snapshots kept inside the journal."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.storage.helpers import MARKERS, PASSPHRASE, marker_hits
from trustjournal.core.entries import EntryEdit, EntryKind, RecoverySnapshot
from trustjournal.core.exercises import Metric
from trustjournal.storage import JournalError, open_journal
from trustjournal.storage import entries as entries_module
from trustjournal.storage import exercise_store as exercise_store_module
from trustjournal.storage import revisions as revisions_module
from trustjournal.storage.errors import EntryNotFoundError


def count(journal, table: str) -> int:  # type: ignore[no-untyped-def]
    with journal._gateway.read() as cur:
        return int(cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


class Clock:
    """Moves the journal's idea of now (naive UTC, as storage keeps it)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, start: dt.datetime) -> None:
        self.now = start
        for module in (entries_module, revisions_module, exercise_store_module):
            monkeypatch.setattr(module, "utc_now", lambda: self.now)

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def test_each_real_save_keeps_the_previous_version(journal) -> None:
    entry, _ = journal.create_entry(title="Evening", body="first words", tags=["calm"],
                                    local_date=dt.date(2024, 3, 1))
    assert journal.history(entry.uuid) == []  # a new entry has no earlier version
    edited, _ = journal.update_entry(entry.uuid, EntryEdit(body="second words", starred=True))
    [rev] = journal.history(entry.uuid)
    assert (rev.title, rev.body, rev.tags, rev.starred) == ("Evening", "first words",
                                                           ("calm",), False)
    assert rev.local_date == dt.date(2024, 3, 1) and rev.kind is EntryKind.FREE
    assert rev.word_count == 2 and rev.entry_uuid == entry.uuid
    assert rev.saved_utc == entry.updated_utc  # when that version was saved
    assert rev.replaced_utc == edited.updated_utc
    assert rev.answers_json is None
    assert journal.revision(entry.uuid, rev.id) == rev


def test_a_save_that_changes_nothing_keeps_nothing(journal) -> None:
    entry, _ = journal.create_entry(title="T", body="same", tags=["a"])
    for _ in range(3):
        _, change = journal.update_entry(entry.uuid, EntryEdit(title="T", body="same",
                                                               tags=("a",), starred=False))
        assert change.empty
    assert journal.history(entry.uuid) == []
    assert count(journal, "revisions") == 0


def test_history_is_newest_first(journal) -> None:
    entry, _ = journal.create_entry(body="v1")
    for n in range(2, 6):
        journal.update_entry(entry.uuid, EntryEdit(body=f"v{n}"))
    assert [r.body for r in journal.history(entry.uuid)] == ["v4", "v3", "v2", "v1"]
    assert journal.get_entry(entry.uuid).body == "v5"


def test_restore_brings_back_title_body_and_tags_and_keeps_the_current_text(journal) -> None:
    entry, _ = journal.create_entry(title="Before", body="what I wrote first",
                                    tags=["calm", "talk"], local_date=dt.date(2024, 3, 1))
    journal.update_entry(entry.uuid, EntryEdit(title="After", body="rewritten", tags=("anger",),
                                               local_date=dt.date(2024, 3, 5), starred=True))
    [old] = journal.history(entry.uuid)
    restored, change = journal.restore_revision(entry.uuid, old.id)
    assert (restored.title, restored.body, restored.tags) == ("Before", "what I wrote first",
                                                              ("calm", "talk"))
    assert restored.local_date == dt.date(2024, 3, 1) and not restored.starred
    assert change.entries == {entry.uuid} and change.order and change.tags
    assert journal.get_entry(entry.uuid) == restored
    newest, oldest = journal.history(entry.uuid)
    assert (newest.title, newest.body, newest.tags) == ("After", "rewritten", ("anger",))
    assert newest.starred and oldest.id == old.id
    # Restoring is undoable: the version it replaced can be restored in turn.
    again, _ = journal.restore_revision(entry.uuid, newest.id)
    assert (again.title, again.body) == ("After", "rewritten")
    assert [h.entry.title for h in journal.search("rewritten")] == ["After"]
    assert [t.name for t in journal.tag_counts()] == ["anger"]


def test_restoring_a_version_equal_to_now_changes_nothing(journal) -> None:
    entry, _ = journal.create_entry(body="a")
    journal.update_entry(entry.uuid, EntryEdit(body="b"))
    journal.update_entry(entry.uuid, EntryEdit(body="a"))
    a_version = journal.history(entry.uuid)[1]
    assert a_version.body == "a"
    _, change = journal.restore_revision(entry.uuid, a_version.id)
    assert change.empty
    assert len(journal.history(entry.uuid)) == 2


def test_unknown_or_foreign_versions_are_refused(journal) -> None:
    a, _ = journal.create_entry(body="a")
    b, _ = journal.create_entry(body="b")
    journal.update_entry(a.uuid, EntryEdit(body="a2"))
    [rev] = journal.history(a.uuid)
    with pytest.raises(EntryNotFoundError):
        journal.revision(b.uuid, rev.id)  # a version of another entry
    with pytest.raises(EntryNotFoundError):
        journal.restore_revision(b.uuid, rev.id)
    with pytest.raises(EntryNotFoundError):
        journal.revision(a.uuid, rev.id + 100)
    with pytest.raises(EntryNotFoundError):
        journal.history("no-such-entry")
    journal.trash_entry(a.uuid)
    assert journal.history(a.uuid) == [rev]  # the trash keeps history
    with pytest.raises(JournalError, match="trash"):
        journal.restore_revision(a.uuid, rev.id)


def test_the_revision_is_written_in_the_same_transaction(journal, monkeypatch) -> None:
    entry, _ = journal.create_entry(body="kept")

    def broken(*_args: object, **_kwargs: object) -> set[int]:
        raise RuntimeError("pruning failed")

    monkeypatch.setattr(revisions_module, "revisions_to_prune", broken)
    with pytest.raises(RuntimeError):
        journal.update_entry(entry.uuid, EntryEdit(body="lost"))
    assert journal.get_entry(entry.uuid).body == "kept"  # all or nothing
    assert count(journal, "revisions") == 0


def test_history_is_pruned_as_the_days_go_by(journal, monkeypatch) -> None:
    clock = Clock(monkeypatch, dt.datetime(2024, 6, 1, 9, 0))
    entry, _ = journal.create_entry(body="start")
    saves = 0
    for day in range(10):
        for minute in range(0, 120, 10):  # two hours of writing each morning
            clock.now = dt.datetime(2024, 6, 1, 9, 0) + dt.timedelta(days=day, minutes=minute)
            journal.update_entry(entry.uuid, EntryEdit(body=f"day {day} minute {minute}"))
            saves += 1
    assert saves == 120
    history = journal.history(entry.uuid)
    ages = [clock.now - h.saved_utc.replace(tzinfo=None) for h in history]
    recent = [a for a in ages if a < dt.timedelta(hours=1)]
    # Now is 10:50 on the tenth day; each version was saved when the next one replaced it.
    assert len(recent) == 5  # the last hour keeps every version: 10:00 … 10:40
    older_today = [a for a in ages if dt.timedelta(hours=1) <= a < dt.timedelta(days=1)]
    assert len(older_today) == 1  # the last of each clock hour: 09:50
    assert len(history) == 5 + 1 + 9  # and the last of each earlier day (10:50)
    assert count(journal, "revisions") == len(history)
    assert history[0].body == "day 9 minute 100"  # the newest is always kept


def test_purge_removes_history_and_unsaved_text_the_trash_keeps_it(journal) -> None:
    a, _ = journal.create_entry(body="a1")
    b, _ = journal.create_entry(body="b1")
    c, _ = journal.create_entry(body="c1")
    for entry in (a, b, c):
        journal.update_entry(entry.uuid, EntryEdit(body=entry.body + " more"))
        journal.save_recovery(RecoverySnapshot(entry.uuid, "", "unsaved", (), dt.date.today()))
    assert count(journal, "revisions") == 3
    journal.trash_entry(a.uuid)
    assert len(journal.history(a.uuid)) == 1
    journal.purge_entry(a.uuid)
    assert count(journal, "revisions") == 2
    assert {s.entry_uuid for s in journal.recovered()} == {b.uuid, c.uuid}
    journal.trash_entry(b.uuid)
    journal.empty_trash()
    assert count(journal, "revisions") == 1
    assert [s.entry_uuid for s in journal.recovered()] == [c.uuid]
    assert len(journal.history(c.uuid)) == 1


def test_exercise_versions_keep_their_answers_and_figures(journal) -> None:
    first = {"thought": "she is leaving", "belief": 80}
    entry, _ = journal.save_exercise_entry(
        exercise_id="challenge_a_thought", exercise_version=2, title="A thought",
        body="she is leaving", answers=first, metrics=[Metric("belief", 80.0, None)])
    journal.update_entry(entry.uuid, EntryEdit(title="A hard thought", tags=("work",)))
    [rev] = journal.history(entry.uuid)
    assert rev.title == "A thought" and rev.kind is EntryKind.EXERCISE
    assert rev.answers_json is not None and "she is leaving" in rev.answers_json
    assert rev.exercise_version == 2
    # The answers change later (the exercise is saved again with new figures).
    journal.save_exercise_entry(
        exercise_id="challenge_a_thought", exercise_version=3, title="A hard thought",
        body="maybe not", answers={"thought": "maybe not", "belief": 30},
        metrics=[Metric("belief", 30.0, None)], entry_uuid=entry.uuid)
    restored, change = journal.restore_revision(entry.uuid, rev.id)
    assert change.exercises
    assert journal.exercise_answers(entry.uuid) == first
    assert journal.entry_metrics(entry.uuid) == [Metric("belief", 80.0, None)]
    assert restored.exercise_version == 2 and restored.title == "A thought"
    newest = journal.history(entry.uuid)[0]
    assert newest.answers_json is not None and "maybe not" in newest.answers_json


def test_keep_if_changed_serves_saves_that_rewrite_every_field(journal) -> None:
    """The hook an exercise saved again can use (exercise_store is wired by its owner)."""
    from trustjournal.storage.rows import load_entry

    entry, _ = journal.save_exercise_entry(
        exercise_id="celebrate", exercise_version=1, title="A win", body="kept a promise",
        answers={"what": "kept a promise"}, metrics=[Metric("pride", 7.0, None)])
    for answers, expect in (({"what": "kept a promise"}, False), ({"what": "asked"}, True)):
        with journal._gateway.write() as cur:
            row = load_entry(cur, entry.uuid)
            before = revisions_module.version_of(cur, row)
            cur.execute("UPDATE entries SET title = ?, answers_json = ? WHERE id = ?",
                        ("A win", json.dumps(answers), row.id))
            cur.execute("DELETE FROM metrics WHERE entry_id = ?", (row.id,))
            cur.execute("INSERT INTO metrics(entry_id, name, value, label) "
                        "VALUES (?, 'pride', 7.0, NULL)", (row.id,))
            assert revisions_module.keep_if_changed(cur, row.id, before) is expect
    [rev] = journal.history(entry.uuid)
    assert json.loads(rev.answers_json or "") == {"what": "kept a promise"}


# -- crash recovery --------------------------------------------------------------------


def snapshot(uuid: str, body: str, **fields: object) -> RecoverySnapshot:
    values: dict[str, object] = {"entry_uuid": uuid, "title": "Title", "body": body,
                                 "tags": ("calm",), "local_date": dt.date(2024, 3, 1)}
    values.update(fields)
    return RecoverySnapshot(**values)  # type: ignore[arg-type]


def test_recovery_snapshots_are_kept_replaced_and_cleared(journal) -> None:
    assert journal.recovered() == []
    journal.save_recovery(snapshot("u-1", "first"))
    journal.save_recovery(snapshot("u-1", "first and more", starred=True, is_new=True))
    [snap] = journal.recovered()
    assert (snap.entry_uuid, snap.body, snap.tags, snap.starred, snap.is_new) == (
        "u-1", "first and more", ("calm",), True, True)
    assert snap.taken_utc is not None and snap.taken_utc.tzinfo is dt.UTC
    assert count(journal, "recovery") == 1
    journal.clear_recovery("u-1")
    assert journal.recovered() == []


def test_setting_aside_a_snapshot_keeps_it_in_the_history(journal) -> None:
    entry, _ = journal.create_entry(title="Saved", body="saved words")
    journal.save_recovery(snapshot(entry.uuid, "saved words and the lost ones"))
    change = journal.set_aside_recovery(entry.uuid)
    assert change.entries == {entry.uuid}
    assert journal.recovered() == []
    assert journal.get_entry(entry.uuid).body == "saved words"  # what was saved stays
    [kept] = journal.history(entry.uuid)
    assert kept.body == "saved words and the lost ones" and kept.title == "Title"
    assert journal.set_aside_recovery(entry.uuid).empty  # nothing left to set aside


def test_setting_aside_text_never_saved_puts_it_in_the_trash(journal) -> None:
    journal.save_recovery(snapshot("0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e12", "never saved",
                                   is_new=True))
    change = journal.set_aside_recovery("0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e12")
    assert change.trash
    entry = journal.get_entry("0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e12")
    assert entry.trashed and entry.body == "never saved" and entry.tags == ("calm",)
    assert journal.count_entries() == 0 and journal.count_entries(trashed=True) == 1
    assert journal.recovered() == []


def test_unsaved_text_of_an_encrypted_journal_is_never_readable_on_disk(
        journal_file: Path) -> None:
    from trustjournal.storage.keys import create_encrypted

    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        entry, _ = journal.create_entry(body="plain start")
        journal.update_entry(entry.uuid, EntryEdit(body=f"{MARKERS[0]} saved"))
        journal.update_entry(entry.uuid, EntryEdit(body="replaced"))  # marker now history
        journal.save_recovery(snapshot(entry.uuid, f"{MARKERS[1]} typed, not saved"))
        assert marker_hits(journal_file.parent) == []
        assert MARKERS[0] in journal.history(entry.uuid)[0].body
    assert marker_hits(journal_file.parent) == []


def test_a_new_database_at_head_has_both_tables(journal_file: Path) -> None:
    with open_journal(journal_file) as journal:
        assert count(journal, "revisions") == 0 and count(journal, "recovery") == 0
