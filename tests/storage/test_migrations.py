"""Migrations form one chain, the newest equals the models, and every schema upgrades."""

from pathlib import Path

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
    with journal._engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        diff = compare_metadata(context, Base.metadata)
    # The FTS5 virtual table and its shadow tables are ours but not in the models.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("entries_fts"))]
    assert diff == []


def test_every_revision_upgrades_to_head_with_data(tmp_path: Path) -> None:
    """Build a journal at each older revision, write an entry, then open it normally."""
    from alembic import command

    from trustjournal.storage.database import create_journal_engine, create_private_file

    revisions = list(reversed(migrate.known_revisions()))
    assert revisions[-1] == migrate.HEAD
    assert len(revisions) >= 2
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
            # Every schema so far has these columns; a row written by the old app.
            conn.exec_driver_sql(
                "INSERT INTO entries (uuid, title, body, local_date, created_utc, updated_utc) "
                "VALUES ('0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e11', 'Old', 'written long ago', "
                "'2020-02-02', '2020-02-02 10:00:00.000000', '2020-02-02 10:00:00.000000')"
            )
        engine.dispose()
        with open_journal(path) as j:
            entry = j.get_entry("0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e11")
            assert entry.body == "written long ago"
            assert j.search("long ago")[0].entry.uuid == entry.uuid
            assert j.integrity_problems() == []
        backups = list((folder / "backups").glob(f"before-upgrade-{old}-*.db"))
        assert len(backups) == 1
