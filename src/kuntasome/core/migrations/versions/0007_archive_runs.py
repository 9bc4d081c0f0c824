"""archive runs: format, layout, language, path and the channel of a final snapshot

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    with op.batch_alter_table("archiverun", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("format", text(length=10), nullable=False, server_default="bagit")
        )
        batch_op.add_column(
            sa.Column("layout", text(length=5), nullable=False, server_default="dir")
        )
        batch_op.add_column(
            sa.Column("language", text(length=5), nullable=False, server_default="fi")
        )
        batch_op.add_column(sa.Column("path", text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("channel_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_archiverun_channel_id_channel", "channel", ["channel_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("archiverun", schema=None) as batch_op:
        batch_op.drop_constraint("fk_archiverun_channel_id_channel", type_="foreignkey")
        for column in ("channel_id", "path", "language", "layout", "format"):
            batch_op.drop_column(column)
