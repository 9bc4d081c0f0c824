"""report runs: what was chosen (period kind, sections, comparison), the commentary, the file

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with server defaults: no table copy on SQLite.
    text = sqlmodel.sql.sqltypes.AutoString
    op.add_column(
        "reportrun", sa.Column("kind", text(length=10), nullable=False, server_default="custom")
    )
    op.add_column(
        "reportrun", sa.Column("sections", text(length=200), nullable=False, server_default="")
    )
    op.add_column(
        "reportrun",
        sa.Column("comparison", text(length=10), nullable=False, server_default="previous"),
    )
    op.add_column("reportrun", sa.Column("commentary", text(), nullable=False, server_default=""))
    op.add_column("reportrun", sa.Column("path", text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("reportrun", schema=None) as batch_op:
        for column in ("path", "commentary", "comparison", "sections", "kind"):
            batch_op.drop_column(column)
