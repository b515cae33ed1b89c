"""Earlier versions of entries (revisions) and unsaved editor text (recovery).

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("saved_utc", sa.DateTime(), nullable=False),
        sa.Column("replaced_utc", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("tags_json", sa.Text(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("starred", sa.Boolean(), nullable=False),
        sa.Column("exercise_version", sa.Integer(), nullable=True),
        sa.Column("answers_json", sa.Text(), nullable=True),
        sa.Column("metrics_json", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("revisions") as batch:
        batch.create_index("ix_revisions_entry", ["entry_id", "saved_utc"])
    op.create_table(
        "recovery",
        sa.Column("entry_uuid", sa.String(length=36), nullable=False),
        sa.Column("is_new", sa.Boolean(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tags_json", sa.Text(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("starred", sa.Boolean(), nullable=False),
        sa.Column("taken_utc", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entry_uuid"),
    )


def downgrade() -> None:
    op.drop_table("recovery")
    with op.batch_alter_table("revisions") as batch:
        batch.drop_index("ix_revisions_entry")
    op.drop_table("revisions")
