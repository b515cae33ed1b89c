"""A change counter for the tracker tables: the Progress page keeps their figures.

The page reads the trackers' per-day figures (urges, promises, intentions, worries) each
time it is drawn, and a saved entry redraws it. Those figures change only when a tracker
record does, so storage keeps them per range and reads them again only when this
counter has moved (storage/stats.py). Triggers on the four tables raise it, so every way
of writing (the app, an import, another process) is seen. One row, made by the first
raise (an upsert). The counter never goes back: deleting its row or lowering it is
refused, since a counter that started again at 1 could meet the count old figures were
kept under and they would pass for fresh.

Nothing existing changes; an upgraded journal starts at 0, which is right: figures kept
in memory never outlive the process that read them.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("urges", "promises", "intentions", "worries")
EVENTS = {"ai": "AFTER INSERT", "au": "AFTER UPDATE", "ad": "AFTER DELETE"}
_RAISE = ("INSERT INTO tracker_changes (id, seq) VALUES (1, 1) "
          "ON CONFLICT (id) DO UPDATE SET seq = seq + 1;")
TRIGGERS = {f"tracker_changes_{table}_{suffix}": f"{event} ON {table}"
            for table in TABLES for suffix, event in EVENTS.items()}
_REFUSE = "SELECT RAISE(ABORT, 'the tracker change counter only goes up');"
GUARDS = {
    "tracker_changes_kept": "BEFORE DELETE ON tracker_changes",
    "tracker_changes_rising": "BEFORE UPDATE ON tracker_changes "
                              "WHEN NEW.seq <= OLD.seq OR NEW.id IS NOT OLD.id",
}


def upgrade() -> None:
    op.create_table(
        "tracker_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    for name, event in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN\n        {_RAISE}\n    END")
    for name, event in GUARDS.items():
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN\n        {_REFUSE}\n    END")


def downgrade() -> None:
    for name in (*GUARDS, *TRIGGERS):
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("tracker_changes")
