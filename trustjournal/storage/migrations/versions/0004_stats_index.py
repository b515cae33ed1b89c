"""An index for the Progress page: entries by kind and day.

Check-ins, exercises and their per-day counts are found through it, so the dashboard's
aggregates read only the entries they count (the timeline index made every query walk
every entry; measured in tests/perf/test_dashboard_bench.py). Partial: free entries,
most of a journal, are not in it, so saving free writing costs nothing more.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_entries_kind", "entries",
                    ["kind", "deleted_utc", "local_date", "exercise_id"],
                    sqlite_where=sa.text("kind != 'free'"))


def downgrade() -> None:
    op.drop_index("ix_entries_kind", table_name="entries")
