"""Copies of a journal made with SQLite's online backup API."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine
from sqlcipher3 import dbapi2

from trustjournal.storage.database import create_private_file, engine_key, key_pragma


def backup_to(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of the open journal to target (0600), then verify it.

    The copy of an encrypted journal is encrypted with the same key: SQLCipher's backup
    refuses to copy between a keyed and an unkeyed file, so the target is keyed first.
    """
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    if partial.exists():
        partial.unlink()
    create_private_file(partial)
    try:
        with engine.connect() as conn:
            source = conn.connection.driver_connection
            key = engine_key(engine)
            dest = dbapi2.connect(str(partial))
            try:
                if key is not None:
                    dest.execute(key_pragma(key))
                source.backup(dest)
                check = dest.execute("PRAGMA integrity_check").fetchone()
                if key is not None and dest.execute("PRAGMA cipher_integrity_check").fetchall():
                    check = None
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
