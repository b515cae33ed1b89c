"""An index of entries by deleted_utc alone, for counting them.

Today says how many entries the journal holds, and the count was read off the smallest
index there was, the timeline's (four columns): every page of it, about 8 ms at 100 k
entries the first time after the journal is opened, on the way to a usable window.
This index holds one short key per entry (NULL for a live one), a seventh of the pages:
the whole journal is counted in about 1 ms, and the trash (an index range) too. Live
entries all share the NULL key in rowid order, so a new entry is added at its end.

Nothing existing changes.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_entries_live", "entries", ["deleted_utc"])


def downgrade() -> None:
    op.drop_index("ix_entries_live", table_name="entries")
