"""Copies of a journal made with SQLite's online backup API."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine
from sqlcipher3 import dbapi2

from trustjournal.storage.database import create_private_file


def backup_to(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of the open journal to target (0600), then verify it."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    if partial.exists():
        partial.unlink()
    create_private_file(partial)
    try:
        with engine.connect() as conn:
            source = conn.connection.driver_connection
            dest = dbapi2.connect(str(partial))
            try:
                source.backup(dest)
                check = dest.execute("PRAGMA integrity_check").fetchone()
                # A backup is a plain rollback-journal file: it stands alone, no WAL.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        if check is None or check[0] != "ok":
            raise OSError("the backup copy failed its integrity check")
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
