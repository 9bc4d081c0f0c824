"""Version 2 of the moderation chain: personal data can be erased and the chain still
verifies; migration 0008 re-seals an intact version 1 chain and leaves a broken one as it is."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import Engine, text
from sqlmodel.sql.sqltypes import UTCDateTime

from kuntasome.core.database import sqlite_path
from kuntasome.core.db import make_engine
from kuntasome.core.migrate import upgrade
from kuntasome.core.moderation.chain import CHAINED_FIELDS, DATETIME_FIELDS, GENESIS, entry_hash
from kuntasome.core.moderation.verify import verify_log

V1_ROWS = 5
# The table as revision 0007 had it, with the column types the application writes with.
ENTRY = sa.table(
    "moderationentry",
    *(
        sa.column(name, UTCDateTime() if name in DATETIME_FIELDS else None)
        for name in (*CHAINED_FIELDS, "prev_hash", "entry_hash")
    ),
)


def _v1_log(url: str) -> Engine:
    """A database at revision 0007 whose log was written with version 1 hashes."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    upgrade(engine, "0007")
    now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO channel (platform, handle, display_name, url, account_id, purpose,"
                " purpose_sv, purpose_en, audience, languages, tone_of_voice, status,"
                " status_changed_at, review_interval_months, spread_busy_days, may_sponsor,"
                " is_crisis_channel, is_public, two_factor_method, notes, version_id,"
                " created_at, updated_at) VALUES ('facebook', 'kallioranta', '', '', '', '',"
                " '', '', '', 'fi', '', 'active', :now, 12, false, false, false, false, '', '',"
                " 1, :now, :now)"
            ),
            {"now": now},
        )
        prev = GENESIS
        for i in range(1, V1_ROWS + 1):
            values = {
                "id": i, "channel_id": 1, "kind": "question", "action": "answered",
                "reason_code": "", "posted_at": None, "seen_at": now + timedelta(hours=i),
                "answered_at": None, "due_at": None, "author_handle": f"asukas{i}",
                "comment_url": f"https://example.com/c/{i}", "comment_text": f"Kysymys {i}?",
                "answer_text": "Vastaus.", "case_number": "", "handler_id": None,
                "corrects_id": None, "no_evidence_reason": "", "created_at": now,
            }  # fmt: skip
            digest = entry_hash(values, prev)
            conn.execute(ENTRY.insert().values(**values, prev_hash=prev, entry_hash=digest))
            prev = digest
        conn.execute(
            text("UPDATE setting SET value = :v WHERE key = 'moderation.chain_lock'"),
            {"v": f"{V1_ROWS}:{prev}"},
        )
    return engine


def test_an_intact_version_1_chain_is_resealed_and_verifies(db_url: str, tmp_path: Path) -> None:
    engine = _v1_log(db_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT hash_version FROM moderationentry")).scalars()
            assert set(versions) == {2}
            old_head = conn.execute(
                text("SELECT value FROM setting WHERE key = 'moderation.chain_v1_head'")
            ).scalar()
            sealed = conn.execute(
                text("SELECT details FROM auditlog WHERE action = 'moderation.chain_resealed'")
            ).scalar()
        assert old_head and old_head.startswith(f"{V1_ROWS}:")
        assert json.loads(sealed)["v1_head"] == old_head
        report = verify_log(engine, tmp_path)
        assert report.ok and report.entries == V1_ROWS, [p.text for p in report.problems]
        with engine.begin() as conn:  # and version 2 still catches a changed comment
            conn.execute(text("UPDATE moderationentry SET comment_text = 'muutettu' WHERE id = 3"))
        assert verify_log(engine, tmp_path).first_broken_entry == 3
    finally:
        engine.dispose()


def test_a_broken_version_1_chain_is_left_for_verify_to_show(db_url: str, tmp_path: Path) -> None:
    engine = _v1_log(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE moderationentry SET comment_text = 'muutettu' WHERE id = 2"))
        upgrade(engine)
        with engine.connect() as conn:
            versions = set(conn.execute(text("SELECT hash_version FROM moderationentry")).scalars())
        assert versions == {1}  # not re-sealed: that would hide the change
        assert verify_log(engine, tmp_path).first_broken_entry == 2
    finally:
        engine.dispose()
