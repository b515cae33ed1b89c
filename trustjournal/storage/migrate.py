"""Schema upgrades through Alembic, with the configuration built in code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.i18n import translate
from trustjournal.storage.database import writer
from trustjournal.storage.errors import JournalNewerError

if TYPE_CHECKING:
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision this build knows. tests/storage/test_migrations.py checks it
# against Alembic's own head, so start-up can compare without importing Alembic.
HEAD = "0010"


def alembic_config():  # type: ignore[no-untyped-def]
    """An Alembic Config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in script.walk_revisions()]


def current_revision(cursor: Any) -> str | None:
    """The Alembic revision stamped in the file (a DB-API cursor), None if unstamped."""
    has_table = cursor.execute(
        "SELECT 1 FROM sqlite_schema WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = cursor.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def needs_upgrade(cursor: Any) -> str | None:
    """The journal's revision ("empty" if new) if older than HEAD; raises if newer."""
    current = current_revision(cursor)
    if current == HEAD:
        return None
    if current is not None and current not in known_revisions():
        raise JournalNewerError(
            translate("StorageMigrate",
                "This journal was saved by a newer version of TrustJournal. Please "
                "update the app to open it; the journal has not been changed.")
        )
    return current or "empty"


def upgrade(engine: Engine) -> None:
    """Bring the schema to HEAD in one transaction."""
    from alembic import command

    config = alembic_config()
    with writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
