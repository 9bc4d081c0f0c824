"""moderation log: corrections index, default removal reasons, the chain's write lock

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Reasons for removal used in Finnish and Swedish municipalities (Sweden's BBS Act
# categories, plus confidential information, personal data, spam and off-topic).
DEFAULT_REASONS = (
    ("unlawful_threat", "Laiton uhkaus", "Olaga hot", "Unlawful threat"),
    (
        "hate_speech",
        "Kiihottaminen kansanryhmää vastaan",
        "Hets mot folkgrupp",
        "Hate speech against a group",
    ),
    ("harassment", "Häirintä tai loukkaaminen", "Ofredande eller förolämpning", "Harassment"),
    (
        "violence",
        "Väkivaltaa kuvaava sisältö",
        "Olaga våldsskildring",
        "Unlawful depiction of violence",
    ),
    ("copyright", "Tekijänoikeuden loukkaus", "Upphovsrättsintrång", "Copyright infringement"),
    (
        "confidential",
        "Salassa pidettävä tieto",
        "Sekretessbelagd uppgift",
        "Confidential information",
    ),
    ("personal_data", "Henkilötiedot", "Personuppgifter", "Personal data"),
    ("spam", "Roskaposti tai mainonta", "Skräppost eller reklam", "Spam"),
    ("off_topic", "Asiaton tai aiheeseen kuulumaton", "Ovidkommande inlägg", "Off-topic"),
)

# Writers of the moderation log update this row first: it serialises appends to the hash
# chain on SQLite (the write lock) and on PostgreSQL (the row lock) alike.
CHAIN_LOCK_KEY = "moderation.chain_lock"


def upgrade() -> None:
    op.create_index(
        "ix_moderationentry_corrects_id", "moderationentry", ["corrects_id"], unique=False
    )
    reasons = sa.table(
        "removalreason",
        sa.column("code", sa.String),
        sa.column("label_fi", sa.String),
        sa.column("label_sv", sa.String),
        sa.column("label_en", sa.String),
        sa.column("position", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    existing = {row[0] for row in op.get_bind().execute(sa.text("SELECT code FROM removalreason"))}
    op.bulk_insert(
        reasons,
        [
            {
                "code": code,
                "label_fi": fi,
                "label_sv": sv,
                "label_en": en,
                "position": position,
                "active": True,
            }
            for position, (code, fi, sv, en) in enumerate(DEFAULT_REASONS)
            if code not in existing
        ],
    )
    settings = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.String))
    op.bulk_insert(settings, [{"key": CHAIN_LOCK_KEY, "value": ""}])


def downgrade() -> None:
    op.execute(sa.text(f"DELETE FROM setting WHERE key = '{CHAIN_LOCK_KEY}'"))
    op.drop_index("ix_moderationentry_corrects_id", table_name="moderationentry")
