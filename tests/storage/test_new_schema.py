"""A new journal is made from new_schema's statements, without SQLAlchemy or Alembic,
and is the journal that running every migration makes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.storage import schema_script_tool
from trustjournal.storage import create, migrate, new_schema
from trustjournal.storage.copies import JOURNAL_ID
from trustjournal.storage.database import connect_file

_PRAGMAS = ("application_id", "user_version", "journal_mode", "page_size", "auto_vacuum",
            "encoding", "foreign_keys", "secure_delete")


def _snapshot(path: Path, key: bytes | None) -> dict[str, Any]:
    """Everything a journal file holds that says what it is: pragmas, every schema
    object with its SQL in SQLite's order, every row of every table (the FTS index's
    own tables included); the journal's random id is taken out and checked alone."""
    conn = connect_file(path, key)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA secure_delete=ON")
        found: dict[str, Any] = {
            "pragmas": {p: conn.execute(f"PRAGMA {p}").fetchone()[0] for p in _PRAGMAS},
            "schema": conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid").fetchall(),
        }
        tables = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL TABLE%' ORDER BY name")]
        rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
        settings = dict(rows.pop("settings"))
        journal_id = json.loads(settings.pop(JOURNAL_ID))
        assert len(journal_id) == 32 and int(journal_id, 16) >= 0
        found["settings"] = settings
        found["rows"] = rows
        found["integrity"] = conn.execute("PRAGMA integrity_check").fetchall()
        found["fts"] = conn.execute(
            "INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)"
        ).fetchall()
    finally:
        conn.close()
    return found


@pytest.mark.parametrize("key", [None, bytes(range(32))], ids=["plain", "encrypted"])
def test_a_journal_from_the_statements_is_the_one_the_migrations_make(
        tmp_path: Path, key: bytes | None) -> None:
    scripted, migrated = tmp_path / "a" / "notes.db", tmp_path / "b" / "notes.db"
    scripted.parent.mkdir()
    migrated.parent.mkdir()
    create.build_journal_file(scripted, key)
    schema_script_tool.build_with_alembic(migrated, key)
    made = _snapshot(scripted, key)
    assert made == _snapshot(migrated, key)
    assert made["rows"]["alembic_version"] == [(migrate.HEAD,)]
    assert made["pragmas"]["application_id"] == 0x544A524E
    assert made["pragmas"]["journal_mode"] == "wal"
    assert oct(scripted.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(p.name for p in scripted.parent.iterdir()) == ["notes.db"]


def test_the_statements_are_what_the_migrations_make_now() -> None:
    # Adding a migration without refreshing new_schema.py fails here (and the journal
    # would be made the long way, through Alembic, until it is refreshed).
    assert new_schema.REVISION == migrate.HEAD
    expected = schema_script_tool.rendered_from_migrations()
    assert Path(new_schema.__file__).read_text(encoding="utf-8") == expected, (
        "new_schema.py is stale: run python -m tests.storage.schema_script_tool")


def test_stale_statements_are_not_used(tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # As if a migration had been added and new_schema.py not refreshed: the migrations
    # make the journal, up to the newest revision.
    monkeypatch.setattr(new_schema, "REVISION", "0008")
    monkeypatch.setattr(new_schema, "STATEMENTS", ("CREATE TABLE wrong (x)",))
    create.build_journal_file(tmp_path / "notes.db", None)
    conn = connect_file(tmp_path / "notes.db", None)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (migrate.HEAD,)]
        assert not conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE name = 'wrong'").fetchall()
    finally:
        conn.close()


def test_a_failing_statement_leaves_no_journal(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(new_schema, "STATEMENTS",
                        (*new_schema.STATEMENTS, "INSERT INTO nowhere VALUES (1)"))
    with pytest.raises(Exception, match="nowhere"):
        create.build_journal_file(tmp_path / "notes.db", None)
    assert list(tmp_path.iterdir()) == []


def test_making_a_journal_loads_neither_sqlalchemy_nor_alembic(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from trustjournal.storage import open_journal\n"
        "with open_journal(Path(sys.argv[1])) as j:\n"
        "    j.create_entry(body='first words')\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'})\n"
        "print(' '.join(loaded) or 'none')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRUSTJOURNAL")}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "j" / "notes.db")],
                          capture_output=True, text=True, env=env, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.split() == ["none"]
