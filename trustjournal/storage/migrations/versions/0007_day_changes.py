"""Which days' entries changed, and in what order: the Progress page's change log.

The page keeps the whole journal's aggregates in memory; after a save it reads again
only the days whose entries or figures changed since (storage/stats.py), instead of
every aggregate over ten years. Triggers on entries and metrics keep the log, so every
way of writing (saves, trash, imports, another process) is seen. One row per day, its
`seq` raised past every other on each change, so the log stays as small as the calendar.

Nothing existing changes; an upgraded journal starts with an empty log, which is right:
aggregates kept in memory never outlive the process that read them.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _mark(day: str) -> str:
    """The statement that moves `day` (an SQL expression) to the end of the log. An
    upsert with a plain VALUES row; a day that is NULL (a figure whose entry is gone)
    marks nothing."""
    return (f"INSERT INTO day_changes (local_date, seq) SELECT {day}, "
            "(SELECT coalesce(max(seq), 0) + 1 FROM day_changes) WHERE {day} IS NOT NULL "
            "ON CONFLICT (local_date) DO UPDATE SET seq = excluded.seq;").replace(
                "{day}", day)


def _entry_day(entry_id: str) -> str:
    return f"(SELECT local_date FROM entries WHERE id = {entry_id})"


TRIGGERS = {
    "day_changes_entry_ai": ("AFTER INSERT ON entries", [_mark("new.local_date")]),
    "day_changes_entry_ad": ("AFTER DELETE ON entries", [_mark("old.local_date")]),
    "day_changes_entry_au": ("AFTER UPDATE ON entries",
                             [_mark("old.local_date"), _mark("new.local_date")]),
    "day_changes_metric_ai": ("AFTER INSERT ON metrics", [_mark(_entry_day("new.entry_id"))]),
    "day_changes_metric_ad": ("AFTER DELETE ON metrics", [_mark(_entry_day("old.entry_id"))]),
    "day_changes_metric_au": ("AFTER UPDATE ON metrics",
                              [_mark(_entry_day("old.entry_id")),
                               _mark(_entry_day("new.entry_id"))]),
}


def upgrade() -> None:
    op.create_table(
        "day_changes",
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("local_date"),
    )
    op.create_index("ix_day_changes_seq", "day_changes", ["seq"])
    for name, (event, statements) in TRIGGERS.items():
        body = "\n        ".join(statements)
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN\n        {body}\n    END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_day_changes_seq", table_name="day_changes")
    op.drop_table("day_changes")
