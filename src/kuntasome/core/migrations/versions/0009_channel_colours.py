"""channel colours: each channel keeps the colour the calendar and charts show it in

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The palette as it stood when colours were first stored (core.channels.colours.PALETTE).
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#8C7A00",
    "#000000",
    "#882255",
    "#44AA99",
    "#332288",
    "#999933",
)


def upgrade() -> None:
    with op.batch_alter_table("channel", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "colour",
                sqlmodel.sql.sqltypes.AutoString(length=7),
                nullable=False,
                server_default="",
            )
        )
    # Open channels first, in the register's order, so they get distinct colours.
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id FROM channel ORDER BY CASE WHEN status = 'closed' THEN 1 ELSE 0 END,"
            " platform, handle"
        )
    ).all()
    for i, (channel_id,) in enumerate(rows):
        connection.execute(
            sa.text("UPDATE channel SET colour = :colour WHERE id = :id"),
            {"colour": PALETTE[i % len(PALETTE)], "id": channel_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("channel", schema=None) as batch_op:
        batch_op.drop_column("colour")
