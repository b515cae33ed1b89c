"""An index of entries by whether they are in the trash, for counting them.

Today says how many entries the journal holds, and the count was read off the smallest
index there was, the timeline's (four columns): every page of it, about 8 ms at 100 k
entries the first time after the journal is opened, on the way to a usable window.
This index holds one short key per entry (0 for a live one, 1 in the trash), a seventh
of the pages: the whole journal is counted in about 1 ms. Live entries all share one key
in rowid order, so a new entry is added at its end.

It is on an expression, not on deleted_utc itself: the journal keeps no statistics
(ANALYZE), and an index on deleted_utc alone looked to SQLite's planner like the best
way into "deleted_utc IS NULL", so the Progress page's queries walked every live entry
through it instead of their own indexes (twice as slow). No query names this
expression, so only a count of the whole table reads the index.

Nothing existing changes.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_entries_live", "entries", [sa.text("(deleted_utc IS NOT NULL)")])


def downgrade() -> None:
    op.drop_index("ix_entries_live", table_name="entries")
