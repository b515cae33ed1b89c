"""The everyday path in plain SQL: no SQLAlchemy or Alembic loaded, and rows on disk
exactly as the SQLAlchemy models write them, so journals made before open unchanged."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from trustjournal.core.entries import EntryEdit, EntryKind, RecoverySnapshot
from trustjournal.core.exercises import Metric
from trustjournal.storage import entries as entries_module
from trustjournal.storage import exercise_store as exercise_store_module
from trustjournal.storage import migrate
from trustjournal.storage import revisions as revisions_module
from trustjournal.storage.journal import open_journal
from trustjournal.storage.keys import create_encrypted

EVERYDAY = """
import datetime as dt, sys
from pathlib import Path
from trustjournal.core.entries import EntryEdit, RecoverySnapshot
from trustjournal.core.exercises import Metric
from trustjournal.storage.journal import open_journal

path = Path(sys.argv[1])
if len(sys.argv) > 2:  # encrypted: unlocked with its passphrase, opened with the key
    from trustjournal.storage.keys import open_encrypted, unlock

    journal = open_encrypted(path, unlock(path, sys.argv[2]))
else:
    journal = open_journal(path, create=False)
entry, _ = journal.create_entry(title="Evening", body="We walked by the river.",
                                tags=["walk", "Calm"], starred=True)
journal.update_entry(entry.uuid, EntryEdit(body="We walked by the river and talked.",
                                           tags=["walk"]))
assert journal.get_entry(entry.uuid).body == "We walked by the river and talked."
assert [s.uuid for s in journal.timeline_page().entries][0] == entry.uuid
assert len(list(journal.iter_entries())) == 2
assert journal.summaries([entry.uuid])[entry.uuid].tags == ("walk",)
assert journal.entry_ids_starting(entry.uuid[:8]) == [entry.uuid]
assert len(journal.history(entry.uuid)) == 1
assert journal.tag_counts()[0].name == "walk"
assert [h.entry.uuid for h in journal.search("river")] == [entry.uuid]
assert journal.on_this_day(dt.date.today()) == []
journal.save_exercise_entry(exercise_id="checkin", exercise_version=1, title="Check-in",
                            body="fine", answers={"trust": 6},
                            metrics=[Metric("trust", 6.0)], kind="checkin")
assert journal.progress_data().checkins[0].trust == 6.0
journal.save_draft("x", 1, {"step": 2})
assert journal.load_draft("x") == {"step": 2}
journal.save_recovery(RecoverySnapshot(entry.uuid, "t", "unsaved", (), dt.date.today()))
assert journal.recovered()[0].body == "unsaved"
journal.set_setting("theme", "dark")
assert journal.get_setting("theme") == "dark"
journal.trash_entry(entry.uuid)
journal.restore_entry(entry.uuid)
from trustjournal.core.trackers import (Intention, Promise, PromiseBy, TrackerSet, Urge,
                                        UrgeKind, UrgeOutcome, Worry)
now = dt.datetime.now(dt.UTC)
today = dt.date.today()
urge = Urge("u-1", today, now, UrgeKind.CHECK_PHONE, 5, UrgeOutcome.RESISTED, now,
            instead="walked by the river")
journal.save_urge(urge)
assert journal.get_urge("u-1") == urge and journal.urges() == [urge]
assert journal.urges_to_follow_up(now + dt.timedelta(hours=2)) == [urge]
journal.save_promise(Promise("p-1", "Call at six", PromiseBy.ME, today, now, due=today))
assert [p.uuid for p in journal.promises_due(today)] == ["p-1"]
journal.save_intention(Intention("i-1", today, "Listen first", now))
assert journal.intention_on(today).uuid == "i-1"
assert journal.intentions_to_check(today + dt.timedelta(days=1))[0].uuid == "i-1"
journal.save_worry(Worry("w-1", "She is angry", 70, today, today, now))
assert journal.worries_due(today)[0].uuid == "w-1"
assert journal.tracker_data().urges[0].resisted == 1
assert [h.uuid for h in journal.search_trackers("river")] == ["u-1"]
journal.save_user_exercise("mine", "[exercise]\\n")
assert journal.user_exercises()[0].version == 1
journal.import_records([], trackers=TrackerSet(urges=(Urge(
    "u-2", today, now, UrgeKind.SOCIAL_MEDIA, 3, UrgeOutcome.ACTED, now),)))
assert len(journal.tracker_set().urges) == 2
journal.delete_urge("u-1")
journal.remove_user_exercise("mine")
assert journal.integrity_problems() == []
journal.close()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
assert not loaded, loaded
print("everyday ok")
"""


@pytest.mark.parametrize("passphrase", [None, "a long and private passphrase"],
                         ids=["plain", "encrypted"])
def test_the_everyday_path_loads_neither_sqlalchemy_nor_alembic(
    journal_file: Path, passphrase: str | None
) -> None:
    # Created here, in the test's process: creating may load them.
    made = create_encrypted(journal_file, passphrase)[0] if passphrase else open_journal(
        journal_file)
    with made as journal:
        journal.create_entry(title="Already there", body="words")
    result = subprocess.run([sys.executable, "-c", EVERYDAY, str(journal_file),
                             *([passphrase] if passphrase else [])],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "everyday ok" in result.stdout


# -- the format on disk ------------------------------------------------------------------

WHEN = dt.datetime(2024, 3, 9, 21, 5, 7, 120034)
ON_THE_SECOND = dt.datetime(2024, 3, 9, 21, 5, 7)  # no fraction: still six digits written
DAY = dt.date(2024, 3, 9)


def raw_rows(journal: Any, table: str, where: str = "", params: tuple[Any, ...] = ()
             ) -> list[dict[str, tuple[Any, str]]]:
    """Every column as (value, SQLite storage class), ids and uuids left out."""
    with journal._gateway.read() as cur:
        names = [r[1] for r in cur.execute(f"PRAGMA table_info({table})")]
        picked = ", ".join(f"{n}, typeof({n})" for n in names)
        rows = cur.execute(f"SELECT {picked} FROM {table} {where}", params).fetchall()
    skip = {"id", "uuid", "entry_id", "entry_uuid", "tag_id"}
    return [{n: (row[2 * i], row[2 * i + 1]) for i, n in enumerate(names) if n not in skip}
            for row in rows]


def sqlalchemy_writes(journal: Any) -> str:
    """What the release before the gateway wrote: the same values through the models."""
    from sqlalchemy.orm import Session

    from trustjournal.storage.orm import (
        DraftRow,
        EntryRow,
        MetricRow,
        RecoveryRow,
        RevisionRow,
        SettingRow,
        TagRow,
    )

    with Session(journal._gateway.sa_engine()) as session, session.begin():
        row = EntryRow(uuid="00000000-0000-4000-8000-000000000001", kind="exercise",
                       title="Old", body="first words", preview="first words", word_count=2,
                       local_date=DAY, created_utc=ON_THE_SECOND, updated_utc=WHEN,
                       starred=True, exercise_id="x", exercise_version=1,
                       answers_json='{"a": 1}', tags=[TagRow(name="Calm")])
        session.add(row)
        session.flush()
        session.add(MetricRow(entry_id=row.id, name="pride", value=7.0, label="big"))
        session.add(RevisionRow(entry_id=row.id, saved_utc=ON_THE_SECOND, replaced_utc=WHEN,
                                kind="exercise", title="Old", body="first", word_count=1,
                                tags_json='["Calm"]', local_date=DAY, starred=False,
                                exercise_version=1, answers_json='{"a": 1}',
                                metrics_json='[["pride", 7.0, "big"]]'))
        session.add(RecoveryRow(entry_uuid=row.uuid, is_new=False, title="t", body="b",
                                tags_json="[]", local_date=DAY, starred=True,
                                taken_utc=WHEN))
        session.add(DraftRow(exercise_id="x", exercise_version=1, state_json="{}",
                             updated_utc=WHEN))
        session.add(SettingRow(key="theme", value=json.dumps("dark")))
        return row.uuid


def gateway_writes(journal: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    """The same values through the Journal API (plain SQL)."""
    clock = iter([ON_THE_SECOND, WHEN, WHEN, WHEN])
    for module in (entries_module, revisions_module, exercise_store_module):
        monkeypatch.setattr(module, "utc_now", lambda: next(clock))
    entry, _ = journal.save_exercise_entry(
        exercise_id="x", exercise_version=1, title="Old", body="first", answers={"a": 1},
        metrics=[Metric("pride", 7.0, "big")], local_date=DAY, tags=["Calm"])
    journal.update_entry(entry.uuid, EntryEdit(body="first words", starred=True))
    journal.save_recovery(RecoverySnapshot(entry.uuid, "t", "b", (), DAY, starred=True))
    journal.save_draft("x", 1, {})
    journal.set_setting("theme", "dark")
    return entry.uuid


def test_rows_are_written_as_sqlalchemy_wrote_them(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with open_journal(tmp_path / "old" / "notes.db") as old:
        sqlalchemy_writes(old)
        before = {t: raw_rows(old, t) for t in TABLES}
    with open_journal(tmp_path / "new" / "notes.db") as new:
        gateway_writes(new, monkeypatch)
        after = {t: raw_rows(new, t) for t in TABLES}
    # The only differences the two paths are allowed: none.
    for table in TABLES:
        assert after[table] == before[table], table
    assert after["entries"][0]["created_utc"] == ("2024-03-09 21:05:07.000000", "text")
    assert after["entries"][0]["local_date"] == ("2024-03-09", "text")
    assert after["entries"][0]["starred"] == (1, "integer")


TABLES = ("entries", "tags", "entry_tags", "metrics", "revisions", "recovery", "drafts")


def test_a_journal_written_by_sqlalchemy_opens_and_changes_without_migrating(
    journal_file: Path,
) -> None:
    with open_journal(journal_file) as journal:
        uuid = sqlalchemy_writes(journal)
        rows = {t: raw_rows(journal, t) for t in (*TABLES, "settings")}
    with open_journal(journal_file) as journal:
        assert {t: raw_rows(journal, t) for t in (*TABLES, "settings")} == rows
        with journal._gateway.read() as cur:
            assert migrate.current_revision(cur) == migrate.HEAD
        entry = journal.get_entry(uuid)
        assert (entry.title, entry.body, entry.tags, entry.starred) == (
            "Old", "first words", ("Calm",), True)
        assert entry.local_date == DAY and entry.created_utc == ON_THE_SECOND.replace(
            tzinfo=dt.UTC) and entry.updated_utc == WHEN.replace(tzinfo=dt.UTC)
        assert entry.kind is EntryKind.EXERCISE
        [rev] = journal.history(uuid)
        assert (rev.body, rev.tags, rev.saved_utc.replace(tzinfo=None)) == (
            "first", ("Calm",), ON_THE_SECOND)
        assert journal.entry_metrics(uuid) == [Metric("pride", 7.0, "big")]
        assert journal.recovered()[0].taken_utc.replace(tzinfo=None) == WHEN
        assert journal.drafts()[0].updated_utc.replace(tzinfo=None) == WHEN
        assert journal.get_setting("theme") == "dark"
        journal.update_entry(uuid, EntryEdit(title="Newer"))
        assert journal.get_entry(uuid).title == "Newer"
        newest = journal.history(uuid)[0]  # (older ones go by the pruning policy)
        assert (newest.title, newest.body, newest.tags) == ("Old", "first words", ("Calm",))
    # Nothing was upgraded, so no backup before an upgrade was made either.
    assert not (journal_file.parent / "backups").exists()


def test_a_check_after_saves_on_another_connection_finds_the_journal_healthy(
    journal,  # type: ignore[no-untyped-def]
) -> None:
    """FTS5's own check trusts the view of its index a connection cached; a check on a
    pooled read connection, after the writer changed the index, reported damage."""
    entry, _ = journal.create_entry(title="Gone soon", body="words to keep somewhere")
    journal.trash_entry(entry.uuid)
    assert journal.integrity_problems(quick=True) == []
    journal.purge_entry(entry.uuid)
    journal.create_entry(title="Stays", body="other words")
    assert journal.integrity_problems(quick=True) == []
    assert journal.integrity_problems() == []


def test_importing_the_journal_loads_no_exercise_or_progress_code() -> None:
    """Opening, listing and searching must not pay for the exercise files' code (about
    100 ms): those modules load with the stores and pages that use them."""
    probe = ("import sys\nfrom trustjournal.storage.journal import open_journal\n"
             "print(sorted(m for m in sys.modules if m.startswith(("
             "'trustjournal.core.exercises', 'trustjournal.core.progress', "
             "'trustjournal.core.today'))))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_a_search_from_the_command_line_loads_no_export_backup_or_tracker_code(
        tmp_path: Path) -> None:
    """`trustjournal search` pays for opening and searching only: the export and import
    store, the backups' code and the tracker records load when something needs them."""
    folder = tmp_path / "data"
    made = subprocess.run([sys.executable, "-m", "trustjournal", "--data-dir", str(folder),
                           "add", "--title", "A walk", "We talked on the way"],
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    probe = ("import sys, io\nfrom trustjournal import cli\nout = io.StringIO()\n"
             f"argv = ['--data-dir', {str(folder)!r}, 'search', 'talked']\n"
             "code = cli.run(cli.parse(argv), out)\n"
             "assert code == 0 and 'A walk' in out.getvalue(), out.getvalue()\n"
             "print(sorted(m for m in sys.modules if m in ("
             "'trustjournal.storage.transfer', 'trustjournal.storage.archive', "
             "'trustjournal.storage.copies', 'trustjournal.storage.create', "
             "'trustjournal.storage.tracker_import', 'trustjournal.core.trackers')))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


TRACKER_TABLES = ("urges", "promises", "intentions", "worries", "user_exercises")


def _tracker_records():  # type: ignore[no-untyped-def]
    from trustjournal.core.trackers import (
        Intention,
        IntentionOutcome,
        Promise,
        PromiseBy,
        PromiseStatus,
        Urge,
        UrgeKind,
        UrgeOutcome,
        Worry,
        WorryOutcome,
    )

    when, second = WHEN.replace(tzinfo=dt.UTC), ON_THE_SECOND.replace(tzinfo=dt.UTC)
    return (
        Urge("u", DAY, when, UrgeKind.OTHER, 6, UrgeOutcome.PARTLY, when, other="ask again",
             instead="walk", surfed_seconds=60, feeling_after="ok", followed_up_utc=second),
        Promise("p", "call", PromiseBy.US, DAY, when, due=DAY, status=PromiseStatus.KEPT,
                note="n", settled_on=DAY),
        Intention("i", DAY, "listen", when, outcome=IntentionOutcome.NOT_TODAY, note="n"),
        Worry("w", "leaving", 90, DAY, DAY, when, outcome=WorryOutcome.CAME_TRUE,
              what_happened="h", settled_on=DAY),
    )


def test_tracker_rows_are_spelled_as_the_models_write_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tracker store's plain SQL writes what the declared models would, and reads
    back what they wrote: a journal changed by schema tools stays readable."""
    from sqlalchemy.orm import Session

    from trustjournal.storage.orm import (
        IntentionRow,
        PromiseRow,
        UrgeRow,
        UserExerciseRow,
        WorryRow,
    )

    urge, promise, intention, worry = _tracker_records()
    with open_journal(tmp_path / "old" / "notes.db") as old:
        with Session(old._gateway.sa_engine()) as session, session.begin():
            session.add(UrgeRow(uuid="u", local_date=DAY, started_utc=WHEN, kind="other",
                                peak=6, outcome="partly", other="ask again", instead="walk",
                                surfed_seconds=60, feeling_after="ok",
                                followed_up_utc=ON_THE_SECOND, updated_utc=WHEN))
            session.add(PromiseRow(uuid="p", text="call", made_by="us", made_on=DAY, due=DAY,
                                   status="kept", note="n", settled_on=DAY, updated_utc=WHEN))
            session.add(IntentionRow(uuid="i", local_date=DAY, text="listen",
                                     outcome="not_today", note="n", updated_utc=WHEN))
            session.add(WorryRow(uuid="w", text="leaving", sureness=90, made_on=DAY,
                                 look_on=DAY, outcome="came_true", what_happened="h",
                                 settled_on=DAY, updated_utc=WHEN))
            session.add(UserExerciseRow(exercise_id="mine", version=1, toml="[x]",
                                        saved_utc=WHEN, based_on=None, removed_utc=None))
        before = {t: raw_rows(old, t) for t in TRACKER_TABLES}
        assert old.get_urge("u") == urge and old.get_promise("p") == promise
        assert old.get_intention("i") == intention and old.get_worry("w") == worry
        mine = old.user_exercise("mine")
        assert mine is not None and mine.saved_utc == WHEN.replace(tzinfo=dt.UTC)
    with open_journal(tmp_path / "new" / "notes.db") as new:
        new.save_urge(urge)
        new.save_promise(promise)
        new.save_intention(intention)
        new.save_worry(worry)
        from trustjournal.storage import own_exercises

        monkeypatch.setattr(own_exercises, "utc_now", lambda: WHEN)
        new.save_user_exercise("mine", "[x]")
        after = {t: raw_rows(new, t) for t in TRACKER_TABLES}
    for table in TRACKER_TABLES:
        assert after[table] == before[table], table
    assert after["urges"][0]["started_utc"] == ("2024-03-09 21:05:07.120034", "text")
    assert after["urges"][0]["followed_up_utc"] == ("2024-03-09 21:05:07.000000", "text")
    assert after["promises"][0]["due"] == ("2024-03-09", "text")
    assert after["worries"][0]["sureness"] == (90, "integer")
