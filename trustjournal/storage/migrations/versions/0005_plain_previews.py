"""List previews made again with the plain-text rules.

Previews are stored when an entry is saved. Those saved before the plain-text rules
(core/plain.py) ran exercise step headings into answers and kept Markdown marks, so every
stored preview is made again from its body, in the migration's one transaction.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from trustjournal.core.text import preview

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000


def upgrade() -> None:
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(
            sa.text("SELECT id, body, preview FROM entries WHERE id > :last ORDER BY id "
                    "LIMIT :n"),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            return
        changed = [
            {"id": row.id, "preview": fresh}
            for row in rows
            if (fresh := preview(row.body)) != row.preview
        ]
        if changed:
            conn.execute(sa.text("UPDATE entries SET preview = :preview WHERE id = :id"),
                         changed)
        last = rows[-1].id


def downgrade() -> None:
    pass  # the older previews were only a worse rendering of the same bodies
