"""The Progress page's whole-journal figures kept inside the journal between sessions.

Reading ten years of aggregates takes a quarter of a second at 100 k entries, and a newly
opened journal had to do it before its first Progress page. Storage now keeps the
figures it read in this table (storage/kept_figures.py), one row per kind ('progress':
the entry aggregates; 'trackers': the tracker figures), and a new session starts from
them.

The triggers make the rows exact whatever writes the journal (the app, an import,
another process, a tool): every insert, delete, and update of a column the figures read
removes the row they could make stale, so a row that is there is right. Removed, not
marked: a kept row can hold a victory's own words, and once its entry is deleted for
good those words must not stay behind (the connection runs with secure_delete on, so the
freed space is zeroed). An entry's edit that touches only what Progress never reads (the
body, the preview, the star) leaves the row, so writing every day does not throw away
what the next session would read.

Nothing existing changes; an upgraded journal has no kept row until the figures are read.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every column of entries that storage/stats.py's statements read (tests/storage/
# test_kept_figures.py checks the statements against this list).
ENTRY_COLUMNS = ("id", "uuid", "kind", "title", "local_date", "created_utc",
                 "deleted_utc", "exercise_id", "answers_json")
_CHANGED = " OR ".join(f"old.{c} IS NOT new.{c}" for c in ENTRY_COLUMNS)


def _forget(name: str) -> str:
    return f"DELETE FROM kept_figures WHERE name = '{name}';"


EVENTS = {"ai": "AFTER INSERT", "ad": "AFTER DELETE"}
TRIGGERS = {
    **{f"kept_figures_entries_{s}": (f"{event} ON entries", _forget("progress"))
       for s, event in EVENTS.items()},
    "kept_figures_entries_au": (f"AFTER UPDATE ON entries WHEN {_CHANGED}",
                                _forget("progress")),
    **{f"kept_figures_metrics_{s}": (f"{event} ON metrics", _forget("progress"))
       for s, event in {**EVENTS, "au": "AFTER UPDATE"}.items()},
    **{f"kept_figures_{table}_{s}": (f"{event} ON {table}", _forget("trackers"))
       for table in ("urges", "promises", "intentions", "worries")
       for s, event in {**EVENTS, "au": "AFTER UPDATE"}.items()},
}


def upgrade() -> None:
    op.create_table(
        "kept_figures",
        sa.Column("name", sa.String(20), nullable=False),
        sa.Column("format", sa.String(80), nullable=False),
        sa.Column("stamp", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    for name, (event, statement) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN\n        {statement}\n    END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("kept_figures")
