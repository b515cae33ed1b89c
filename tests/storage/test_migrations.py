"""Migrations form one chain, the newest equals the models, and every schema upgrades."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from trustjournal.storage import migrate, open_journal
from trustjournal.storage.orm import Base


def test_revisions_form_one_chain_ending_at_head() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.HEAD]
    bases = script.get_bases()
    assert len(bases) == 1
    revisions = list(script.walk_revisions())
    for rev in revisions:
        assert not rev.is_merge_point
    assert len(revisions) == len(migrate.known_revisions())


def test_fresh_database_matches_the_models(journal) -> None:
    import warnings

    from sqlalchemy.exc import SAWarning

    # A check against the declared schema: the one everyday-path exception for SQLAlchemy.
    with journal._gateway.sa_engine().connect() as conn:
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        with warnings.catch_warnings():
            # SQLAlchemy does not read indexes on expressions back from SQLite (0010's):
            # that one is compared by its statement below.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of "
                                    "expression-based index ix_entries_live", SAWarning)
            warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified "
                                    "expression-based index 'ix_entries_live'", UserWarning)
            diff = compare_metadata(context, Base.metadata)
        made = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_schema WHERE name = 'ix_entries_live'").scalar()
    # The FTS5 virtual table and its shadow tables are ours but not in the models.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("entries_fts"))]
    assert diff == []
    [declared] = [i for i in Base.metadata.tables["entries"].indexes
                  if i.name == "ix_entries_live"]
    assert [str(e) for e in declared.expressions] == ["(deleted_utc IS NOT NULL)"]
    assert made == "CREATE INDEX ix_entries_live ON entries ((deleted_utc IS NOT NULL))"


OLD_UUID = "0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e11"
OLD_EXERCISE_UUID = "0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e13"


def _write_old_rows(conn) -> set[str]:  # type: ignore[no-untyped-def]
    """Rows an older app would have written, for every table that schema has."""
    tables = {name for (name,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_schema WHERE type='table'")}
    # Every schema so far has these columns; a row written by the old app.
    conn.exec_driver_sql(
        "INSERT INTO entries (uuid, title, body, local_date, created_utc, updated_utc) "
        f"VALUES ('{OLD_UUID}', 'Old', 'written long ago', "
        "'2020-02-02', '2020-02-02 10:00:00.000000', '2020-02-02 10:00:00.000000')"
    )
    if "metrics" in tables:  # 0002: exercise answers and their figures
        conn.exec_driver_sql(
            "INSERT INTO entries (uuid, kind, title, body, local_date, created_utc, "
            "updated_utc, exercise_id, exercise_version, answers_json) VALUES "
            f"('{OLD_EXERCISE_UUID}', 'exercise', 'A thought', 'she is leaving', "
            "'2021-03-03', '2021-03-03 10:00:00.000000', '2021-03-03 10:00:00.000000', "
            "'challenge_a_thought', 1, '{\"belief\": 80}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO metrics (entry_id, name, value) SELECT id, 'belief', 80 "
            f"FROM entries WHERE uuid = '{OLD_EXERCISE_UUID}'"
        )
    if "revisions" in tables:  # 0003: history and unsaved text
        conn.exec_driver_sql(
            "INSERT INTO revisions (entry_id, saved_utc, replaced_utc, kind, title, body, "
            "word_count, tags_json, local_date, starred) SELECT id, "
            "'2020-01-01 09:00:00.000000', '2020-02-02 10:00:00.000000', 'free', 'Older', "
            f"'written even longer ago', 4, '[]', '2020-01-01', 0 FROM entries "
            f"WHERE uuid = '{OLD_UUID}'"
        )
        conn.exec_driver_sql(
            "INSERT INTO recovery (entry_uuid, is_new, title, body, tags_json, local_date, "
            f"starred, taken_utc) VALUES ('{OLD_UUID}', 0, 'Old', 'written long ago and "
            "more', '[]', '2020-02-02', 0, '2020-02-03 10:00:00.000000')"
        )
    return tables


def test_every_revision_upgrades_to_head_with_data(tmp_path: Path) -> None:
    """Build a journal at each older revision, write rows, then open it normally."""
    from alembic import command

    from trustjournal.core.entries import EntryEdit
    from trustjournal.storage.database import create_journal_engine, create_private_file

    revisions = list(reversed(migrate.known_revisions()))
    assert revisions[-1] == migrate.HEAD
    assert len(revisions) >= 3
    for old in revisions[:-1]:
        folder = tmp_path / old
        folder.mkdir()
        path = folder / "notes.db"
        create_private_file(path)
        engine = create_journal_engine(path)
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA application_id=0x544A524E")
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, old)
            tables = _write_old_rows(conn)
        engine.dispose()
        with open_journal(path) as j:
            entry = j.get_entry(OLD_UUID)
            assert entry.body == "written long ago"
            assert j.search("long ago")[0].entry.uuid == entry.uuid
            assert j.integrity_problems() == []
            old_history = j.history(OLD_UUID)
            if "revisions" in tables:
                assert [r.body for r in old_history] == ["written even longer ago"]
                assert [s.body for s in j.recovered()] == ["written long ago and more"]
            else:
                assert old_history == [] and j.recovered() == []
            # The upgraded entry keeps its history from now on, with the older one.
            j.update_entry(OLD_UUID, EntryEdit(body="written again today"))
            assert j.history(OLD_UUID)[0].body == "written long ago"
            if "metrics" in tables:
                j.update_entry(OLD_EXERCISE_UUID, EntryEdit(title="A hard thought"))
                [rev] = j.history(OLD_EXERCISE_UUID)
                assert rev.answers_json == '{"belief": 80}' and rev.title == "A thought"
            _use_the_tracker_tables(j)
            _progress_follows_changes(j, "metrics" in tables)
        backups = list((folder / "backups").glob(f"before-upgrade-{old}-*.db"))
        assert len(backups) == 1
        taken = _tables(backups[0])  # taken before the upgrade: the old schema
        assert ("urges" in taken) == (old >= "0006")
        assert ("day_changes" in taken) == (old >= "0007")
        assert ("tracker_changes" in taken) == (old >= "0008")
        assert ("kept_figures" in taken) == (old >= "0009")
        assert "ix_entries_live" not in taken  # the newest revision's index
        assert "ix_entries_live" in _tables(path)  # made by the upgrade
        with open_journal(path) as j:  # and they stay after closing
            assert len(j.tracker_set().urges) == 1


def _use_the_tracker_tables(j) -> None:  # type: ignore[no-untyped-def]
    """0006's tables take records, and the upgrade left the old rows alone."""
    from tests.storage.tracker_records import intention, promise, urge, worry

    made = urge()
    j.save_urge(made)
    j.save_promise(promise())
    j.save_intention(intention())
    j.save_worry(worry())
    j.save_user_exercise("mine", "[exercise]\nid = 'mine'\n")
    assert j.get_urge(made.uuid) == made
    found = j.tracker_set()
    assert [len(found.promises), len(found.intentions), len(found.worries),
            len(found.exercises)] == [1, 1, 1, 1]
    assert j.get_entry(OLD_UUID).title == "Old"
    assert j.integrity_problems() == []


def _progress_follows_changes(j, has_exercise: bool) -> None:  # type: ignore[no-untyped-def]
    """0007: after the upgrade, the Progress figures kept in memory follow every save
    (the day_changes triggers fire), equal to a fresh read each time."""
    import datetime as dt

    from trustjournal.core.entries import EntryEdit
    from trustjournal.storage.stats import StatsStore

    kept = StatsStore(j._gateway)
    assert kept.progress_data() == StatsStore(j._gateway).progress_data()
    j.update_entry(OLD_UUID, EntryEdit(local_date=dt.date(2022, 5, 5)))
    if has_exercise:
        j.trash_entry(OLD_EXERCISE_UUID)
    moved = kept.progress_data()
    assert moved == StatsStore(j._gateway).progress_data()
    assert moved.last_day == dt.date(2022, 5, 5)
    assert [row.day for row in moved.thought_records] == []


def test_an_encrypted_journal_upgrades_to_head_with_a_backup(tmp_path: Path) -> None:
    """An encrypted journal made at the revision before HEAD: the backup taken first is
    encrypted alike, and after the upgrade the tracker tables work."""
    import os

    from alembic import command

    from trustjournal.storage.database import (
        connect_file,
        create_journal_engine,
        create_private_file,
    )

    key = os.urandom(32)
    previous = list(reversed(migrate.known_revisions()))[-2]
    path = tmp_path / "notes.db"
    create_private_file(path)
    engine = create_journal_engine(path, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA application_id=0x544A524E")
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, previous)
        _write_old_rows(conn)
    engine.dispose()
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    with open_journal(path, create=False, key=key) as j:
        with j._gateway.read() as cur:
            assert migrate.current_revision(cur) == migrate.HEAD
        assert j.get_entry(OLD_UUID).body == "written long ago"
        _use_the_tracker_tables(j)
        _progress_follows_changes(j, True)
    [backup] = (tmp_path / "backups").glob(f"before-upgrade-{previous}-*.db")
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    conn = connect_file(backup, key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
        assert conn.execute("SELECT body FROM entries WHERE uuid = ?",
                            (OLD_UUID,)).fetchone()[0] == "written long ago"
    finally:
        conn.close()


def test_the_newest_migration_steps_down_and_up_again(tmp_path: Path) -> None:
    """0003 can be undone (entries untouched) and done again."""
    from alembic import command

    from trustjournal.storage.database import create_journal_engine, create_private_file

    path = tmp_path / "notes.db"
    create_private_file(path)
    engine = create_journal_engine(path)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            _write_old_rows(conn)
            command.downgrade(config, "0002")
            tables = {n for (n,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_schema WHERE type='table'")}
            assert "revisions" not in tables and "recovery" not in tables
            assert conn.exec_driver_sql("SELECT count(*) FROM entries").scalar() == 2
            command.upgrade(config, "head")
            assert conn.exec_driver_sql("SELECT count(*) FROM revisions").scalar() == 0
    finally:
        engine.dispose()


def test_a_failed_upgrade_rolls_back_and_says_so(tmp_path: Path, monkeypatch) -> None:
    """The upgrade to HEAD fails at its very end: the journal stays at its old revision
    with every row, a backup was made first, and the message says what happened."""
    import sqlite3

    from alembic import command

    from trustjournal.storage.database import create_journal_engine, create_private_file
    from trustjournal.storage.errors import JournalError

    old = list(reversed(migrate.known_revisions()))[-2]
    path = tmp_path / "notes.db"
    create_private_file(path)
    engine = create_journal_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA application_id=0x544A524E")
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, old)
        _write_old_rows(conn)
    engine.dispose()
    before_tables = _tables(path)

    real_upgrade = command.upgrade

    def upgrade_then_fail(config, revision, **kw):  # type: ignore[no-untyped-def]
        real_upgrade(config, revision, **kw)
        raise RuntimeError("the power went out")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(JournalError) as caught:
        open_journal(path)
    assert "rolled back" in str(caught.value) and "power" not in str(caught.value)
    assert _tables(path) == before_tables  # not one table of the new revision stayed
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old
        assert conn.execute("SELECT body FROM entries WHERE uuid = ?",
                            (OLD_UUID,)).fetchone()[0] == "written long ago"
    finally:
        conn.close()
    assert list((tmp_path / "backups").glob(f"before-upgrade-{old}-*.db"))
    monkeypatch.undo()
    with open_journal(path) as journal:  # and the next try succeeds
        assert journal.get_entry(OLD_UUID).body == "written long ago"


def _tables(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_schema"))
    finally:
        conn.close()


def test_previews_saved_by_older_versions_are_made_plain(tmp_path: Path) -> None:
    """0005: a preview stored the old way (heading run into the answer, Markdown kept)
    reads as the plain line a new save would store."""
    from alembic import command

    from trustjournal.storage.database import create_journal_engine, create_private_file

    path = tmp_path / "notes.db"
    create_private_file(path)
    engine = create_journal_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA application_id=0x544A524E")
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        conn.exec_driver_sql(
            "INSERT INTO entries (uuid, kind, title, body, preview, local_date, created_utc, "
            "updated_utc) VALUES (?, 'exercise', 'Feelings', ?, ?, '2021-03-03', "
            "'2021-03-03 10:00:00.000000', '2021-03-03 10:00:00.000000')",
            (OLD_EXERCISE_UUID, "### What I feel\n\n- Anxious: 85 out of 100\n",
             "What I feel - Anxious: 85 out of 100"),
        )
    engine.dispose()
    with open_journal(path) as j:
        assert j.summaries([OLD_EXERCISE_UUID])[OLD_EXERCISE_UUID].preview == "Anxious 85"


def test_counting_the_entries_reads_the_short_index(tmp_path: Path) -> None:
    """Today's count of the whole journal walks 0010's one-column index, the smallest
    there is, not the timeline's four columns (about 8 ms against 1 ms at 100 k)."""
    from trustjournal.storage.database import connect_file

    path = tmp_path / "notes.db"
    with open_journal(path) as j:
        j.create_entry(title="One", body="x")
        assert j.count_entries() == 1
    conn = connect_file(path, None)
    try:
        plan = " ".join(str(row[3]) for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM entries"))
    finally:
        conn.close()
    assert "ix_entries_live" in plan


def test_no_query_but_the_whole_count_reads_the_short_index(tmp_path: Path) -> None:
    """0010's index is for counting the whole journal only. Every statement the Progress
    page (all of it and a range) and Today's reads run keeps to its own index: an index
    SQLite took for "live entries" would walk every live entry (twice as slow)."""
    import datetime as dt

    from trustjournal.core.entries import EntryKind
    from trustjournal.core.exercises import CheckIn

    path = tmp_path / "notes.db"
    statements: list[str] = []
    with open_journal(path) as j:
        for n in range(30):
            day = dt.date(2024, 1, 1) + dt.timedelta(days=n)
            j.create_entry(title=f"Day {n}", body="words", local_date=day)
            checkin = CheckIn(trust=n % 11, anxiety=3, connection=7, note="")
            j.save_exercise_entry(
                exercise_id="checkin", exercise_version=1, kind=EntryKind.CHECKIN,
                title="Check-in", body="b", answers=checkin.answers(),
                metrics=checkin.metrics(), local_date=day)
            j.save_exercise_entry(
                exercise_id="challenge_a_thought", exercise_version=1, title="t", body="b",
                answers={"belief": 80, "belief_after": 40}, metrics=[], local_date=day)
        j.trash_entry(j.timeline_page(None, 1).entries[0].uuid)
        with j._gateway.watch(statements.append):
            j.progress_data()
            j.progress_data(dt.date(2024, 1, 10), dt.date(2024, 1, 20))
            j.timeline_page(None, 60)
            j.on_this_day(dt.date(2025, 1, 5), 5)
            j.count_entries(trashed=True)
            j.count_entries()
        reads = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))
                 and "entries" in s]
        assert len(reads) > 5
        with j._gateway.read() as cur:
            plans = {sql: " ".join(str(row[-1]) for row in cur.execute(
                f"EXPLAIN QUERY PLAN {sql}")) for sql in reads}
    whole = [sql for sql, plan in plans.items() if "ix_entries_live" in plan]
    assert whole == ["SELECT count(*) FROM entries"], whole
