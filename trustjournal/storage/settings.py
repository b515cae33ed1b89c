"""Journal-wide settings and facts, kept as JSON values inside the journal file."""

from __future__ import annotations

import json

from trustjournal.storage.gateway import Gateway


class SettingsStore:
    """The `settings` table of one open journal."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway

    def get(self, key: str, default: object = None) -> object:
        """The value kept under key, or default when there is none."""
        with self._gateway.read() as cur:
            row = cur.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None or row[0] is None else json.loads(row[0])

    def set(self, key: str, value: object) -> None:
        """Keep value (anything JSON can hold) under key, replacing what was there."""
        with self._gateway.write() as cur:
            cur.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                        (key, json.dumps(value)))


__all__ = ["SettingsStore"]
