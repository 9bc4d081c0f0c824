"""erasable moderation chain (version 2: commitments), legal holds, disposal decisions

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

The moderation log's chain is re-sealed in version 2 (see core/moderation/chain.py) so that
personal data can be disposed of at the end of its retention while the chain stays
verifiable. The old chain is verified first: only an intact chain is re-sealed, and its old
head is kept in the settings and the audit log. A broken chain is left exactly as it is
(version 1), so that ``moderation verify`` still shows where it was broken; new entries are
version 2 either way.
"""

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

# The chain's functions are part of the stored data's definition: both versions stay in
# core/moderation/chain.py unchanged for as long as entries of that version exist.
from kuntasome.core.moderation.chain import (
    CHAINED_FIELDS,
    DATETIME_FIELDS,
    ERASABLE_FIELDS,
    GENESIS,
    KEPT_FIELDS,
    canonical_entry_hash,
    canonical_entry_hash_v2,
    canonical_stored_datetime,
    commitment,
    new_salt,
)

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHAIN_LOCK_KEY = "moderation.chain_lock"
V1_HEAD_KEY = "moderation.chain_v1_head"


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    when = sqlmodel.sql.sqltypes.UTCDateTime
    op.add_column(
        "moderationentry",
        sa.Column("hash_version", sa.Integer(), nullable=False, server_default="1"),
    )
    op.add_column(
        "moderationentry", sa.Column("salt", text(length=32), nullable=False, server_default="")
    )
    op.add_column(
        "moderationentry",
        sa.Column("commitment", text(length=64), nullable=False, server_default=""),
    )
    op.add_column("moderationentry", sa.Column("erased_at", when(), nullable=True))
    op.add_column("moderationentry", sa.Column("erases", text(), nullable=False, server_default=""))
    op.add_column("evidence", sa.Column("disposed_at", when(), nullable=True))
    op.add_column("disposallog", sa.Column("decision", text(), nullable=False, server_default=""))
    op.create_table(
        "legalhold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("account", text(length=200), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("reason", text(), nullable=False),
        sa.Column("placed_at", when(), nullable=False),
        sa.Column("placed_by_id", sa.Integer(), nullable=True),
        sa.Column("lifted_at", when(), nullable=True),
        sa.Column("lifted_by_id", sa.Integer(), nullable=True),
        sa.Column("lift_reason", text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["channel.id"], name=op.f("fk_legalhold_channel_id_channel")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["moderationentry.id"], name=op.f("fk_legalhold_entry_id_moderationentry")
        ),
        sa.ForeignKeyConstraint(
            ["placed_by_id"], ["person.id"], name=op.f("fk_legalhold_placed_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["lifted_by_id"], ["person.id"], name=op.f("fk_legalhold_lifted_by_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legalhold")),
    )
    op.create_index(op.f("ix_legalhold_account"), "legalhold", ["account"], unique=False)
    op.create_index(op.f("ix_legalhold_channel_id"), "legalhold", ["channel_id"], unique=False)
    _reseal()


def _canonical_row(row: Sequence[object]) -> list[object]:
    values = list(row)
    for i, name in enumerate(CHAINED_FIELDS):
        if name in DATETIME_FIELDS and values[i] is not None:
            values[i] = canonical_stored_datetime(values[i])
    return values


def _reseal() -> None:
    bind = op.get_bind()
    columns = ", ".join(CHAINED_FIELDS)
    rows = bind.execute(
        sa.text(f"SELECT {columns}, prev_hash, entry_hash FROM moderationentry ORDER BY id")
    ).fetchall()
    if not rows:
        return
    evidence: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for entry_id, sha, pdf_sha in bind.execute(
        sa.text("SELECT entry_id, sha256, pdf_sha256 FROM evidence ORDER BY entry_id, id")
    ):
        evidence[entry_id].append((sha, pdf_sha))
    n = len(CHAINED_FIELDS)
    prev = GENESIS
    for row in rows:
        values = _canonical_row(row[:n])
        pairs = evidence.get(int(values[0]), [])  # type: ignore[call-overload]
        if row[n] != prev or canonical_entry_hash(values, prev, pairs) != row[n + 1]:
            return  # broken: left as it is, for verify to show
        prev = row[n + 1]
    old_head = f"{rows[-1][0]}:{prev}"
    kept_positions = [CHAINED_FIELDS.index(name) for name in KEPT_FIELDS]
    erasable_positions = {name: CHAINED_FIELDS.index(name) for name in ERASABLE_FIELDS}
    prev = GENESIS
    updates = []
    for row in rows:
        values = _canonical_row(row[:n])
        entry_id = int(values[0])  # type: ignore[call-overload]
        salt = new_salt()
        committed = commitment(salt, [values[p] for p in erasable_positions.values()])
        kept = [values[i] for i in kept_positions]
        digest = canonical_entry_hash_v2(kept, prev, evidence.get(entry_id, []), committed)
        updates.append(
            {"id": entry_id, "salt": salt, "commitment": committed, "prev": prev, "hash": digest}
        )
        prev = digest
    bind.execute(
        sa.text(
            "UPDATE moderationentry SET hash_version = 2, salt = :salt,"
            " commitment = :commitment, prev_hash = :prev, entry_hash = :hash WHERE id = :id"
        ),
        updates,
    )
    new_head = f"{rows[-1][0]}:{prev}"
    bind.execute(
        sa.text("UPDATE setting SET value = :value WHERE key = :key"),
        {"value": new_head, "key": CHAIN_LOCK_KEY},
    )
    setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.String))
    op.bulk_insert(setting, [{"key": V1_HEAD_KEY, "value": old_head}])
    audit = sa.table(
        "auditlog",
        sa.column("at", sqlmodel.sql.sqltypes.UTCDateTime()),
        sa.column("actor_id", sa.Integer),
        sa.column("actor_name", sa.String),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("details", sa.String),
    )
    op.bulk_insert(
        audit,
        [
            {
                "at": datetime.now(UTC),
                "actor_id": None,
                "actor_name": "KuntaSome",
                "action": "moderation.chain_resealed",
                "entity": "moderationentry",
                "entity_id": None,
                "details": json.dumps(
                    {"entries": len(rows), "v1_head": old_head, "v2_head": new_head}
                ),
            }
        ],
    )


def downgrade() -> None:
    # The chain stays version 2 (the version 1 hashes cannot be made again from the salt):
    # a database is never downgraded in place; restore the backup made before migrating.
    op.drop_index(op.f("ix_legalhold_channel_id"), table_name="legalhold")
    op.drop_index(op.f("ix_legalhold_account"), table_name="legalhold")
    op.drop_table("legalhold")
    with op.batch_alter_table("disposallog", schema=None) as batch_op:
        batch_op.drop_column("decision")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_column("disposed_at")
    with op.batch_alter_table("moderationentry", schema=None) as batch_op:
        for column in ("erases", "erased_at", "commitment", "salt", "hash_version"):
            batch_op.drop_column(column)
