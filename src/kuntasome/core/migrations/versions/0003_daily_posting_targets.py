"""daily posting targets: a per-day minimum and spreading busy days

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch table copy): on SQLite a copy of "channel" would have to drop
    # a table that other tables' foreign keys point at.
    op.add_column("channel", sa.Column("posts_per_day_min", sa.Integer(), nullable=True))
    op.add_column(
        "channel",
        sa.Column("spread_busy_days", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    # The calendar and Today ask "what is planned / scheduled" of the whole table.
    op.create_index("ix_posttarget_status", "posttarget", ["status"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_posttarget_status", table_name="posttarget")
    with op.batch_alter_table("channel", schema=None) as batch_op:
        batch_op.drop_column("spread_busy_days")
        batch_op.drop_column("posts_per_day_min")
