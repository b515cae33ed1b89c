"""The Progress figures kept inside the journal between sessions (0009): a newly opened
journal starts from them and shows exactly what a full read shows, after every kind of
change made by this journal, another Journal or another process; a kept row that is
damaged, from other code or stale never shows; nothing is read again on the second
open; and the words they hold leave the file with their entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
import subprocess
import sys
import threading
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.storage import tracker_records as records
from tests.storage.test_stats import THOUGHT, VICTORY, checkin, exercise
from trustjournal.core.entries import EntryEdit
from trustjournal.core.progress import build_dashboard
from trustjournal.core.trackers import UrgeOutcome
from trustjournal.exchange.model import ExportFilter
from trustjournal.storage import kept_figures, open_journal
from trustjournal.storage.bulk import insert_demo
from trustjournal.storage.stats import _read_all

DAY = dt.date(2026, 6, 30)  # the demo ends here, and the dashboards are built for it
D = dt.date


def cold(journal):  # type: ignore[no-untyped-def]
    """The whole journal's figures read in full, nothing kept used: (entries, trackers)."""
    with journal._gateway.read() as cur:
        data = _read_all(cur, None, None)
    return data, journal.trackers.tracker_data()


def dashboard(data, trackers):  # type: ignore[no-untyped-def]
    return build_dashboard(data, today=DAY, range_key="all", trackers=trackers)


def shown(journal):  # type: ignore[no-untyped-def]
    """What the Progress page reads for "all", through the journal's kept figures."""
    return journal.progress_data(), journal.tracker_data()


def assert_same_as_cold(journal) -> None:  # type: ignore[no-untyped-def]
    data, trackers = shown(journal)
    fresh_data, fresh_trackers = cold(journal)
    assert data == fresh_data and trackers == fresh_trackers
    assert dashboard(data, trackers) == dashboard(fresh_data, fresh_trackers)


def aggregate_reads(journal) -> list[str]:  # type: ignore[no-untyped-def]
    """The statements a read of "all" (entries and trackers) runs on the tables the
    figures come from."""
    ran: list[str] = []
    with journal._gateway.watch(ran.append):
        shown(journal)
    return [s for s in ran if re.search(r"FROM (entries|metrics|urges|promises|worries"
                                        r"|intentions)\b", s)]


def kept_rows(path: Path) -> dict[str, int]:
    with open_journal(path) as journal, journal._gateway.read() as cur:
        return dict(cur.execute("SELECT name, stamp FROM kept_figures").fetchall())


def fill(journal) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Two years of every kind of record (the demo, trackers included), and a few of our
    own on known days."""
    insert_demo(journal, 300, 2, seed=7, today=DAY)
    return {
        "checkin": checkin(journal, D(2026, 6, 2), 6, 3, 7, (("hopeful", 40),)),
        "thought": exercise(journal, "challenge_a_thought", D(2026, 6, 3), THOUGHT),
        "victory": exercise(journal, "celebrate_small_victory", D(2026, 6, 4),
                            {**VICTORY, "what": "Asked Quelzarine kindly"}),
        "free": journal.create_entry(title="Evening", body="We talked.",
                                     local_date=D(2026, 6, 5))[0].uuid,
    }


@pytest.fixture
def kept(journal_file: Path) -> dict[str, str]:
    """A journal whose figures were read once (so kept) and closed."""
    with open_journal(journal_file) as journal:
        ids = fill(journal)
        assert aggregate_reads(journal)  # read in full, the first time
    assert set(kept_rows(journal_file)) == {"progress", "trackers"}
    return ids


def test_a_new_session_starts_from_the_kept_figures_and_reads_nothing(
        journal_file: Path, kept: dict[str, str]) -> None:
    with open_journal(journal_file) as journal:
        assert aggregate_reads(journal) == []
        assert_same_as_cold(journal)
        data = journal.progress_data()
        assert data.victories and data.thought_records and data.labels and data.checkins
        assert journal.tracker_data().urges
        assert "Asked Quelzarine kindly" in {v.text for v in data.victories}


def test_a_journal_read_for_the_first_time_reads_in_full(journal_file: Path) -> None:
    with open_journal(journal_file) as journal:
        fill(journal)
    with open_journal(journal_file) as journal:  # closed without reading: nothing kept
        assert aggregate_reads(journal)
    with open_journal(journal_file) as journal:
        assert aggregate_reads(journal) == []


def _trash_and_restore(journal, ids) -> None:  # type: ignore[no-untyped-def]
    journal.trash_entry(ids["checkin"])
    journal.restore_entry(ids["checkin"])
    journal.trash_entry(ids["thought"])


def _purge(journal, ids) -> None:  # type: ignore[no-untyped-def]
    journal.trash_entry(ids["victory"])
    journal.purge_entry(ids["victory"])


def _import(journal, ids) -> None:  # type: ignore[no-untyped-def]
    other = open_journal(journal.path.parent / "other" / "notes.db")
    try:
        insert_demo(other, 80, 1, seed=11, today=DAY, trackers=False)
        journal.import_records(list(other.iter_records(ExportFilter())))
    finally:
        other.close()


CHANGES: dict[str, Callable] = {  # type: ignore[type-arg]
    "add a free entry": lambda j, ids: j.create_entry(body="new", local_date=D(2025, 1, 2)),
    "edit a body only": lambda j, ids: j.update_entry(ids["free"], EntryEdit(body="More.")),
    "move an entry's day": lambda j, ids: j.update_entry(
        ids["checkin"], EntryEdit(local_date=D(2026, 1, 9))),
    "retitle a victory": lambda j, ids: j.update_entry(ids["victory"],
                                                       EntryEdit(title="Retitled")),
    "trash and restore": _trash_and_restore,
    "delete for good": _purge,
    "check in": lambda j, ids: checkin(j, D(2026, 6, 20), 2, 8, 3),
    "answer an exercise": lambda j, ids: exercise(j, "challenge_a_thought", D(2026, 6, 21),
                                                  {**THOUGHT, "belief_after": 10}),
    "a victory": lambda j, ids: exercise(j, "celebrate_small_victory", D(2025, 3, 3),
                                         VICTORY),
    "an urge": lambda j, ids: j.save_urge(records.urge(D(2026, 6, 22),
                                                       outcome=UrgeOutcome.RESISTED)),
    "a setting": lambda j, ids: j.set_setting("week_starts", 6),
    "import": _import,
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_after_a_change_by_another_journal_the_next_session_shows_the_same_as_a_full_read(
        journal_file: Path, kept: dict[str, str], name: str) -> None:
    with open_journal(journal_file) as other:  # reads no figures: keeps nothing new
        CHANGES[name](other, kept)
    with open_journal(journal_file) as journal:
        assert_same_as_cold(journal)
    with open_journal(journal_file) as journal:  # and what that session kept, too
        assert_same_as_cold(journal)


@pytest.mark.parametrize("name", list(CHANGES))
def test_after_a_change_in_a_session_that_keeps_figures_the_next_shows_the_same(
        journal_file: Path, kept: dict[str, str], name: str) -> None:
    with open_journal(journal_file) as journal:
        shown(journal)
        CHANGES[name](journal, kept)
        assert_same_as_cold(journal)
        CHANGES["check in"](journal, kept)  # a change not read before closing
    with open_journal(journal_file) as journal:  # closing caught up and kept the figures
        assert aggregate_reads(journal) == []
        assert_same_as_cold(journal)


def test_a_change_by_another_process_is_seen(journal_file: Path, kept: dict[str, str]) -> None:
    script = (
        "import sys, datetime as dt\n"
        "from pathlib import Path\n"
        "from trustjournal.core.entries import EntryEdit\n"
        "from trustjournal.storage import open_journal\n"
        "with open_journal(Path(sys.argv[1])) as j:\n"
        "    j.update_entry(sys.argv[2], EntryEdit(local_date=dt.date(2024, 12, 24)))\n"
        "    j.trash_entry(sys.argv[3])\n")
    subprocess.run([sys.executable, "-c", script, str(journal_file), kept["victory"],
                    kept["thought"]], check=True, timeout=120)
    with open_journal(journal_file) as journal:
        assert_same_as_cold(journal)
        victories = journal.progress_data().victories
        assert [v.day for v in victories if v.uuid == kept["victory"]] == [D(2024, 12, 24)]


def test_which_writes_remove_the_kept_row(journal_file: Path, kept: dict[str, str]) -> None:
    with open_journal(journal_file) as journal:
        journal.update_entry(kept["free"], EntryEdit(body="Only the words.", starred=True))
    assert set(kept_rows(journal_file)) == {"progress", "trackers"}  # Progress reads neither
    with open_journal(journal_file) as journal:
        journal.update_entry(kept["free"], EntryEdit(title="A new title"))
    assert set(kept_rows(journal_file)) == {"trackers"}
    with open_journal(journal_file) as journal:
        shown(journal)
        journal.save_urge(records.urge(D(2026, 6, 22)))
    assert set(kept_rows(journal_file)) == {"progress"}


def _spoil(path: Path, sql: str, *values: object) -> None:
    with open_journal(path) as journal, journal._gateway.write() as cur:
        cur.execute(sql, values)


def _with_digest(body: str) -> tuple[str, str]:
    """`body` and its right digest at stamp 0 (the spoiling statements set stamp = 0)."""
    return body, kept_figures._digest(0, body)


SPOILED = {
    "cut short (digest fails)": ("UPDATE kept_figures SET body = substr(body, 1, 300)",),
    "a digit changed": ("UPDATE kept_figures SET body = replace(body, '\"first\":7', "
                        "'\"first\":8')",),
    "not JSON": ("UPDATE kept_figures SET stamp = 0, body = ?, digest = ?",
                 *_with_digest("{garbled")),
    "wrong shape": ("UPDATE kept_figures SET stamp = 0, body = ?, digest = ?",
                    *_with_digest(json.dumps({"first": 1, "last": 2, "checkins": [1],
                                              "urges": [[1, 2]]}))),
    "wrong types": ("UPDATE kept_figures SET stamp = 0, body = ?, digest = ?",
                    *_with_digest(json.dumps({k: "x" for k in (
                        "first", "last", "checkins", "exercises", "thought_records",
                        "labels", "victories", "activity", "urges", "promises",
                        "intentions", "worries", "open_worries", "open_promises")}))),
    "another format": ("UPDATE kept_figures SET format = 'from a later version'",),
    "stamp changed (digest fails)": ("UPDATE kept_figures SET stamp = stamp + 1",),
}


@pytest.mark.parametrize("name", list(SPOILED))
def test_a_spoiled_kept_row_is_passed_over_and_written_again(
        journal_file: Path, kept: dict[str, str], name: str) -> None:
    _spoil(journal_file, *SPOILED[name])
    with open_journal(journal_file) as journal:
        assert aggregate_reads(journal)  # read in full again, without an error
        assert_same_as_cold(journal)
    with open_journal(journal_file) as journal:
        assert aggregate_reads(journal) == []
        assert_same_as_cold(journal)


def test_a_body_only_edit_keeps_the_row_and_its_day_is_caught_up_on(
        journal_file: Path, kept: dict[str, str]) -> None:
    with open_journal(journal_file) as journal:
        journal.update_entry(kept["free"], EntryEdit(body="Other words."))
    assert set(kept_rows(journal_file)) == {"progress", "trackers"}
    with open_journal(journal_file) as journal:
        assert_same_as_cold(journal)  # the edited day read again from the log


def test_a_kept_row_ahead_of_the_change_log_is_not_taken_up(
        journal_file: Path, kept: dict[str, str]) -> None:
    """A stamp past the log's newest position, with a digest that holds, would hide
    every later save of the session (each logged below the stamp): passed over."""
    with open_journal(journal_file) as journal, journal._gateway.write() as cur:
        stamp, body = cur.execute("SELECT stamp, body FROM kept_figures "
                                  "WHERE name = 'progress'").fetchone()
        ahead = stamp + 1000
        cur.execute("UPDATE kept_figures SET stamp = ?, digest = ? WHERE name = 'progress'",
                    (ahead, kept_figures._digest(ahead, body)))
    with open_journal(journal_file) as journal:
        assert aggregate_reads(journal)  # read in full: the row was not taken up
        journal.create_entry(title="Later", body="b", local_date=D(2026, 6, 20))
        assert_same_as_cold(journal)  # the save is in the figures shown


def test_without_its_guarding_triggers_no_kept_row_is_taken_up(
        journal_file: Path, kept: dict[str, str]) -> None:
    """As if a later migration had rebuilt metrics and lost 0009's trigger on it."""
    _spoil(journal_file, "DROP TRIGGER kept_figures_metrics_au")
    for _session in range(2):
        with open_journal(journal_file) as journal:
            assert aggregate_reads(journal)  # read in full every time
            assert_same_as_cold(journal)


def test_every_guard_the_rows_ask_for_is_a_trigger_of_0009() -> None:
    migration = _load_0009()
    assert {name for names in kept_figures.GUARDS.values() for name in names} == set(
        migration.TRIGGERS)


def test_deleting_an_entry_for_good_leaves_none_of_its_words_in_the_file(
        journal_file: Path, kept: dict[str, str]) -> None:
    word = b"Quelzarine"
    with open_journal(journal_file) as journal:
        with journal._gateway.read() as cur:
            [body] = cur.execute("SELECT body FROM kept_figures WHERE name = 'progress'"
                                 ).fetchone()
        assert word.decode() in body
        journal.trash_entry(kept["victory"])
        journal.purge_entry(kept["victory"])
        assert_same_as_cold(journal)
    assert word not in journal_file.read_bytes()
    assert set(kept_rows(journal_file)) == {"progress", "trackers"}


def test_the_triggers_cover_every_entry_column_the_figures_read() -> None:
    from trustjournal.storage.stats import _statements

    migration = _load_0009()
    columns = {"id", "uuid", "kind", "title", "body", "preview", "word_count", "local_date",
               "created_utc", "updated_utc", "starred", "deleted_utc", "exercise_id",
               "exercise_version", "answers_json"}
    text = "\n".join(s for bounded in ((False, False), (True, True), (True, False))
                     for s in _statements(*bounded).values())
    read = {c for c in columns if re.search(rf"\b{c}\b", text)}
    assert read and read <= set(migration.ENTRY_COLUMNS)


def _load_0009():  # type: ignore[no-untyped-def]
    import importlib.util

    from trustjournal.storage.migrate import MIGRATIONS

    spec = importlib.util.spec_from_file_location(
        "m0009", MIGRATIONS / "versions" / "0009_kept_figures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_0009_steps_down_and_up_again(journal_file: Path, kept: dict[str, str]) -> None:
    from alembic import command

    from trustjournal.storage import migrate

    with open_journal(journal_file) as journal:
        engine = journal._gateway.sa_engine()
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0008")
            names = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_schema")}
            assert not {n for n in names if n.startswith("kept_figures")}
            assert "tracker_changes" in names
            command.upgrade(config, "head")
            assert conn.exec_driver_sql("SELECT count(*) FROM kept_figures").scalar() == 0
    with open_journal(journal_file) as journal:
        assert_same_as_cold(journal)
    assert set(kept_rows(journal_file)) == {"progress", "trackers"}


def test_a_readable_copy_takes_no_kept_row(journal_file: Path, kept: dict[str, str],
                                           tmp_path: Path) -> None:
    from trustjournal.storage.salvage import save_readable_copy

    report = save_readable_copy(journal_file, tmp_path / "rescued")
    with open_journal(report.journal_file) as rescued:
        with rescued._gateway.read() as cur:
            assert cur.execute("SELECT count(*) FROM kept_figures").fetchone()[0] == 0
        assert_same_as_cold(rescued)


def test_a_busy_writer_is_not_waited_for(journal) -> None:  # type: ignore[no-untyped-def]
    fill(journal)
    started, release = threading.Event(), threading.Event()

    def hold() -> None:
        with journal._gateway.write():
            started.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        started.wait(30)
        assert_same_as_cold(journal)  # returns although the writer is held
    finally:
        release.set()
        holder.join(30)
    with journal._gateway.read() as cur:
        assert cur.execute("SELECT count(*) FROM kept_figures").fetchone()[0] == 0


def test_kept_data_round_trips_exactly(journal) -> None:  # type: ignore[no-untyped-def]
    fill(journal)
    data, trackers = cold(journal)
    assert kept_figures.decode_progress(kept_figures.encode_progress(data)) == data
    assert kept_figures.decode_trackers(kept_figures.encode_trackers(trackers)) == trackers
    empty = dataclasses.replace(data, first_day=None, last_day=None, checkins=(),
                                exercises=(), thought_records=(), labels=(), victories=(),
                                activity=())
    assert kept_figures.decode_progress(kept_figures.encode_progress(empty)) == empty


def test_every_kind_of_value_round_trips_exactly() -> None:
    """Hand-made rows with what the packed columns must not bend: -0.0, fractions,
    huge and negative numbers, None among numbers and strings, strings with spaces and
    the separator, repeated and unique strings."""
    from trustjournal.core.progress.data import (
        ActivityDay,
        CheckinDay,
        LabelCount,
        ProgressData,
        ThoughtRecord,
        Victory,
    )

    days = [D(1, 1, 1), D(2024, 2, 29), D(2024, 2, 29), D(9999, 12, 31)]
    data = ProgressData(
        None, None, days[0], days[-1],
        checkins=tuple(CheckinDay(day, n, -0.0, 5 / 3, None, n, 0, 2 ** 62, 1e300, None,
                                  float(n), 0, 0, 0) for n, day in enumerate(days)),
        thought_records=tuple(ThoughtRecord(day, f"id {n}", 80.0, None, -3.0, 2.5)
                              for n, day in enumerate(days)),
        labels=tuple(LabelCount(day, "trap", "mind reading" if n % 2 else "x", n * 300)
                     for n, day in enumerate(days)),
        victories=tuple(Victory(day, f"u{n}", f"said it, {n} times ", None, 7.0)
                        for n, day in enumerate(days)),
        activity=tuple(ActivityDay(day, 2 ** 63 - 1, 0) for day in days),
    )
    back = kept_figures.decode_progress(kept_figures.encode_progress(data))
    assert back == data
    assert [repr(row) for field in ("checkins", "thought_records", "victories")
            for row in getattr(back, field)] == [
        repr(row) for field in ("checkins", "thought_records", "victories")
        for row in getattr(data, field)]  # -0.0 stays -0.0, 80.0 a float


def test_an_encrypted_copy_carries_kept_figures_that_still_hold(
        journal_file: Path, kept: dict[str, str]) -> None:
    """Encrypting copies the whole file at once, so the kept row comes along, right."""
    from trustjournal.storage.keys import encrypt_journal, open_encrypted, unlock

    encrypt_journal(journal_file, "correct horse battery staple")
    key = unlock(journal_file, "correct horse battery staple")
    with open_encrypted(journal_file, key) as journal:
        assert aggregate_reads(journal) == []
        assert_same_as_cold(journal)


def test_a_restored_backup_shows_its_own_figures(journal_file: Path,
                                                 kept: dict[str, str]) -> None:
    from trustjournal.storage.archive import make_backup
    from trustjournal.storage.restore import restore_latest

    with open_journal(journal_file) as journal:
        shown(journal)
        make_backup(journal, "manual")  # with the kept row of this moment
        before = dashboard(*cold(journal))
        checkin(journal, D(2026, 6, 25), 1, 9, 1)
        exercise(journal, "celebrate_small_victory", D(2026, 6, 26), VICTORY)
        assert dashboard(*shown(journal)) != before
    restore_latest(journal_file)
    with open_journal(journal_file) as journal:
        assert aggregate_reads(journal) == []  # the backup's own kept row
        assert_same_as_cold(journal)
        assert dashboard(*shown(journal)) == before


def test_figures_read_inside_a_write_of_the_same_thread_are_shown_not_kept(
        journal) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.storage.stats import StatsStore

    fill(journal)
    with journal._gateway.write():
        data = StatsStore(journal._gateway).progress_data()
    assert data == cold(journal)[0]
    with journal._gateway.read() as cur:
        assert cur.execute("SELECT count(*) FROM kept_figures").fetchone()[0] == 0


def _rows_of(value: dict, field: str) -> int:  # type: ignore[type-arg]
    return sum(kept_figures._ints_of(value[field][0]["r"]))


def _set(field: str, at: int, column: Callable[[int], object]) -> Callable[[dict], None]:  # type: ignore[type-arg]
    """Replace column `at` of `field` by column(rows): well-formed JSON, wrong content."""
    def change(value: dict) -> None:  # type: ignore[type-arg]
        assert value[field], field  # the filled journal has such rows
        value[field][at] = column(_rows_of(value, field))
    return change


def _assign(key: str, new: Callable[[dict], object]) -> Callable[[dict], None]:  # type: ignore[type-arg]
    def change(value: dict) -> None:  # type: ignore[type-arg]
        value[key] = new(value)
    return change


def _reversed_days(value: dict) -> None:  # type: ignore[type-arg]
    runs = value["activity"][0]
    days = kept_figures._ints_of(runs["d"])
    runs["d"] = kept_figures._ints(days[::-1])


def _negative_position(value: dict) -> None:  # type: ignore[type-arg]
    column = value["labels"][1]
    assert "t" in column  # a few metric names over many rows: kept as a table
    column.update(kept_figures._ints([-1] * len(kept_figures._ints_of(column))))


def _drop(key: str) -> Callable[[dict], None]:  # type: ignore[type-arg]
    return lambda value: value.pop(key)


def _ints(values: list[int]) -> dict:  # type: ignore[type-arg]
    return kept_figures._ints(values)


# (kept row, change): each gives a row whose envelope (format, digest) is right and whose
# content is not what the figures are made of.
CRAFTED: dict[str, tuple[str, Callable[[dict], None]]] = {  # type: ignore[type-arg]
    "counts as strings": ("progress", _set("activity", 1, lambda n: {"j": ["3"] * n})),
    "averages as strings": ("progress", _set("checkins", 2, lambda n: {"j": ["5.0"] * n})),
    "averages as whole numbers": ("progress", _set("checkins", 2, lambda n: _ints([5] * n))),
    "averages as NaN": ("progress", _set("checkins", 2, lambda n: {"j": [math.nan] * n})),
    "counts as floats": ("progress", _set("activity", 1, lambda n: {
        "f": kept_figures._packed("d", [1.5] * n), "n": []})),
    "negative counts": ("progress", _set("activity", 1, lambda n: _ints([-1] * n))),
    "names as numbers": ("progress", _set("labels", 1, lambda n: {"j": [1] * n})),
    "a table of numbers": ("progress", _set("labels", 2, lambda n: {"t": [7], **_ints([0] * n)})),
    "a position before the table": ("progress", _negative_position),
    "victory words as None": ("progress", _set("victories", 2, lambda n: {"z": n})),
    "a column one row short": ("progress", _set("activity", 2, lambda n: _ints([0] * (n - 1)))),
    "a row too wide": ("progress", lambda value: value["activity"].append(_ints([0]))),
    "nested junk in a column": ("progress", _set("victories", 1, lambda n: {
        "j": [[{"x": [1, {"y": None}]}]] * n})),
    "nested junk for rows": ("progress", _assign("checkins", lambda value: {"a": {"b": []}})),
    "billions of rows in few characters": ("progress", _set("victories", 3, lambda n: {
        "z": 10 ** 12})),
    "a run of billions of days": ("progress", _set("activity", 0, lambda n: {
        "d": _ints([800_000]), "r": _ints([2 ** 40])})),
    "days out of order": ("progress", _reversed_days),
    "a missing kind of rows": ("progress", _drop("victories")),
    "a missing first day": ("progress", _drop("first")),
    "the first day as a float": ("progress", _assign("first", lambda value: value["first"] + 0.0)),
    "the first day as true": ("progress", _assign("first", lambda value: True)),
    "rows before the first day": ("progress", _assign("first", lambda value: value["last"])),
    "rows of an empty journal": ("progress", _assign("last", lambda value: None)),
    "not an object": ("progress", lambda value: value.clear()),
    "an open count as text": ("trackers", _assign("open_worries", lambda value: "2")),
    "a negative open count": ("trackers", _assign("open_promises", lambda value: -1)),
    "urge counts negative": ("trackers", _set("urges", 2, lambda n: _ints([-3] * n))),
    "intention outcomes as numbers": ("trackers", _set("intentions", 1,
                                                       lambda n: {"j": [2] * n})),
    "tracker rows without a first day": ("trackers", _assign("first", lambda value: None)),
}


@pytest.mark.parametrize("case", list(CRAFTED))
def test_a_kept_row_with_content_of_the_wrong_kind_is_passed_over(
        journal_file: Path, kept: dict[str, str], case: str) -> None:
    """A kept row can be made by anyone who can write the file: one with a right digest
    and format but values of the wrong type, length or sign never raises and never
    shows; the figures are read in full, as if nothing were kept."""
    name, change = CRAFTED[case]
    with open_journal(journal_file) as journal, journal._gateway.write() as cur:
        fmt, stamp, body = cur.execute("SELECT format, stamp, body FROM kept_figures "
                                       "WHERE name = ?", (name,)).fetchone()
        value = json.loads(body)
        change(value)
        crafted = json.dumps(value) if value else "[]"
        kept_figures.store(cur, name, fmt, stamp, crafted)
    decode = kept_figures.decode_progress if name == "progress" else \
        kept_figures.decode_trackers
    with pytest.raises(kept_figures.UNREADABLE):
        decode(crafted)
    with open_journal(journal_file) as journal:
        assert aggregate_reads(journal)  # passed over: read in full, without an error
        assert_same_as_cold(journal)


def test_packing_and_the_format_digest_are_base64_and_blake2b_without_their_imports() -> None:
    """The kept text is what base64 and hashlib would make (rows kept by earlier code stay
    readable), and loading the module pulls in neither: hashlib loads OpenSSL, which
    cost a new process's first Progress read 8-9 ms."""
    import base64
    import hashlib

    values = [0, 1, -5, 2 ** 40, -(2 ** 62)]
    packed = kept_figures._packed("q", values)
    assert packed == base64.b64encode(array("q", values).tobytes()).decode("ascii")
    assert kept_figures._unpacked("q", packed) == values
    with pytest.raises(kept_figures.UNREADABLE):
        kept_figures._unpacked("q", packed[:-2] + "!=")
    with pytest.raises(kept_figures.UNREADABLE):
        kept_figures._unpacked("q", "ÄÄÄÄ")
    shape = "\n".join(["a:day,n", "SELECT 1"])
    assert kept_figures.format_of("trackers", "SELECT 1") != kept_figures.format_of("trackers")
    assert kept_figures.blake2b(shape.encode(), digest_size=12).hexdigest() == \
        hashlib.blake2b(shape.encode(), digest_size=12).hexdigest()
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; import trustjournal.storage.kept_figures; "
         "print(sorted({'hashlib', 'base64'} & set(sys.modules)))"],
        capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


def test_closing_lets_go_of_the_figures_at_once(journal_file: Path,
                                                kept: dict[str, str]) -> None:
    """Without waiting for a collection: a locked journal's victories leave memory."""
    import gc
    import weakref

    journal = open_journal(journal_file)
    shown(journal)
    figures = weakref.ref(journal.stats), weakref.ref(journal._kept_tracker_data)
    gc.disable()
    try:
        journal.close()
        assert [ref() for ref in figures] == [None, None]
    finally:
        gc.enable()
