"""Exercise answers, their metrics and exercise drafts.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("answers_json", sa.Text(), nullable=True))
    op.create_index("ix_entries_exercise", "entries", ["exercise_id", "local_date"])
    op.create_table(
        "metrics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("label", sa.String(length=120), nullable=True),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_metrics_entry", "metrics", ["entry_id"])
    op.create_index("ix_metrics_name", "metrics", ["name", "label"])
    op.create_table(
        "drafts",
        sa.Column("exercise_id", sa.String(length=80), nullable=False),
        sa.Column("exercise_version", sa.Integer(), nullable=False),
        sa.Column("state_json", sa.Text(), nullable=False),
        sa.Column("updated_utc", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("exercise_id"),
    )


def downgrade() -> None:
    op.drop_table("drafts")
    op.drop_index("ix_metrics_name", table_name="metrics")
    op.drop_index("ix_metrics_entry", table_name="metrics")
    op.drop_table("metrics")
    op.drop_index("ix_entries_exercise", table_name="entries")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("answers_json")
