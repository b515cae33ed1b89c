"""Trackers (urges, promises, daily intentions, worries) and the user's own exercises.

Five new tables; nothing existing changes, so every entry reads as before. The journal
is backed up before this runs, like every upgrade (open_journal).

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EMPTY = sa.text("''")


def upgrade() -> None:
    op.create_table(
        "urges",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("started_utc", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("peak", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("other", sa.Text(), server_default=_EMPTY, nullable=False),
        sa.Column("instead", sa.Text(), server_default=_EMPTY, nullable=False),
        sa.Column("surfed_seconds", sa.Integer(), server_default=sa.text("0"),
                  nullable=False),
        sa.Column("feeling_after", sa.Text(), nullable=True),
        sa.Column("followed_up_utc", sa.DateTime(), nullable=True),
        sa.Column("updated_utc", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_index("ix_urges_day", "urges", ["local_date", "started_utc", "outcome", "peak"])
    op.create_index("ix_urges_follow_up", "urges", ["started_utc"],
                    sqlite_where=sa.text("followed_up_utc IS NULL"))
    op.create_table(
        "promises",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("made_by", sa.String(length=20), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), server_default=sa.text("'open'"),
                  nullable=False),
        sa.Column("note", sa.Text(), server_default=_EMPTY, nullable=False),
        sa.Column("settled_on", sa.Date(), nullable=True),
        sa.Column("updated_utc", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_index("ix_promises_open", "promises", ["status", "due", "made_on"])
    op.create_index("ix_promises_settled", "promises", ["settled_on", "made_by", "status"])
    op.create_table(
        "intentions",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), server_default=_EMPTY, nullable=False),
        sa.Column("updated_utc", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_index("ix_intentions_day", "intentions", ["local_date"], unique=True)
    op.create_table(
        "worries",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sureness", sa.Integer(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("look_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("what_happened", sa.Text(), server_default=_EMPTY, nullable=False),
        sa.Column("settled_on", sa.Date(), nullable=True),
        sa.Column("updated_utc", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_index("ix_worries_open", "worries", ["look_on"],
                    sqlite_where=sa.text("outcome IS NULL"))
    op.create_index("ix_worries_settled", "worries", ["settled_on", "sureness", "outcome"])
    op.create_index("ix_worries_made", "worries", ["made_on"])
    op.create_table(
        "user_exercises",
        sa.Column("exercise_id", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("toml", sa.Text(), nullable=False),
        sa.Column("saved_utc", sa.DateTime(), nullable=False),
        sa.Column("based_on", sa.String(length=80), nullable=True),
        sa.Column("removed_utc", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("exercise_id", "version"),
    )


def downgrade() -> None:
    # Only for tests and development: a journal is never stepped down in use.
    for table in ("user_exercises", "worries", "intentions", "promises", "urges"):
        op.drop_table(table)
