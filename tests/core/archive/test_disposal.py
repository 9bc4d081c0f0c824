"""Disposal at the end of retention on the demo town: only with a decision and a named
approver, never what a legal hold protects, and the moderation chain still verifies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from kuntasome.core.archive.disposal import DisposalError, disposal_log, dispose, plan_disposal
from kuntasome.core.archive.holds import HoldError, lift_hold, list_holds, place_hold
from kuntasome.core.archive.records_plan import save_plan_entry
from kuntasome.core.db import make_engine
from kuntasome.core.moderation.verify import verify_log
from kuntasome.core.paths import DataPaths

from tests.core.archive.test_backup import add_evidence_and_media

LATER = date(2027, 6, 1)  # the demo's first half-year of comments is past two years then
DECISION = "Kunnanhallitus 12.5.2027 § 45"


@pytest.fixture
def engine(demo_paths: DataPaths) -> Engine:
    eng = make_engine(demo_paths.database_url)
    yield eng  # type: ignore[misc]
    eng.dispose()


def _approver(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT min(id) FROM person")).scalar_one())


def _groups(engine: Engine, today: date = LATER) -> dict[str, object]:
    return {g.record_type: g for g in plan_disposal(engine, today)}


def test_nothing_goes_without_a_decision_and_a_named_approver(
    engine: Engine, demo_paths: DataPaths
) -> None:
    before = _groups(engine)["moderation_entry"].count  # type: ignore[attr-defined]
    assert before > 0
    with pytest.raises(DisposalError) as no_decision:
        dispose(engine, demo_paths.evidence, decision=" ", approved_by_id=_approver(engine),
                today=LATER)  # fmt: skip
    assert "decision" in no_decision.value.text
    with pytest.raises(DisposalError) as nobody:
        dispose(engine, demo_paths.evidence, decision=DECISION, approved_by_id=None, today=LATER)
    assert "named person" in nobody.value.text
    assert _groups(engine)["moderation_entry"].count == before  # type: ignore[attr-defined]


def test_disposal_erases_personal_data_keeps_the_chain_and_respects_holds(
    engine: Engine, demo_paths: DataPaths
) -> None:
    with engine.connect() as conn:
        old = conn.execute(
            text(
                "SELECT id, channel_id, author_handle FROM moderationentry"
                " WHERE seen_at < '2025-06-01' AND corrects_id IS NULL ORDER BY id"
            )
        ).fetchall()
    assert len(old) > 3
    held_entry, held_account = old[0][0], old[1][2]
    place_hold(engine, entry_id=held_entry, reason="Kantelu OKV/123/2027")
    account_hold = place_hold(engine, account=held_account.upper(), reason="Oikeudenkäynti")
    with pytest.raises(HoldError):
        place_hold(engine, reason="")  # a hold is on one thing, for a reason
    groups = _groups(engine)
    entries = groups["moderation_entry"]
    assert entries.held >= 2  # type: ignore[attr-defined]
    checkins = groups["checkin"].count  # type: ignore[attr-defined]
    assert checkins > 0

    result = dispose(
        engine, demo_paths.evidence, decision=DECISION, approved_by_id=_approver(engine),
        today=LATER,
    )  # fmt: skip
    assert result.log_ids
    with engine.connect() as conn:
        erased = conn.execute(
            text("SELECT count(*) FROM moderationentry WHERE erased_at IS NOT NULL")
        ).scalar_one()
        leftover = conn.execute(
            text(
                "SELECT count(*) FROM moderationentry WHERE erased_at IS NOT NULL AND"
                " (author_handle <> '' OR comment_text <> '' OR salt <> '')"
            )
        ).scalar_one()
        kept = conn.execute(
            text("SELECT author_handle, comment_text FROM moderationentry WHERE id = :id"),
            {"id": held_entry},
        ).one()
        by_account = conn.execute(
            text(
                "SELECT count(*) FROM moderationentry WHERE lower(author_handle) = :a"
                " AND erased_at IS NOT NULL"
            ),
            {"a": held_account.lower()},
        ).scalar_one()
        records = conn.execute(
            text("SELECT erases, case_number FROM moderationentry WHERE kind = 'system'")
        ).fetchall()
        old_checkins = conn.execute(
            text("SELECT count(*) FROM monitoringcheckin WHERE checked_at < '2025-06-01'")
        ).scalar_one()
    assert erased == entries.count and leftover == 0  # type: ignore[attr-defined]
    assert kept[0] and kept[1]  # the held entry is untouched
    assert by_account == 0  # and so is everything the held account wrote
    assert records and all(r[1] == DECISION[:60] for r in records)
    assert sum(len(r[0].split(",")) for r in records) == erased
    assert old_checkins == 0
    report = verify_log(engine, demo_paths.evidence)
    assert report.ok, [p.text for p in report.problems]

    [entry_log] = [r for r in disposal_log(engine) if r.record_type == "moderation_entry"]
    assert entry_log.decision == DECISION and entry_log.approved_by
    assert entry_log.count == entries.count  # type: ignore[attr-defined]
    again = _groups(engine)
    assert again["moderation_entry"].count == 0  # type: ignore[attr-defined]
    lift_hold(engine, account_hold, reason="Asia käsitelty")
    assert _groups(engine)["moderation_entry"].count > 0  # type: ignore[attr-defined]
    assert [h.active for h in list_holds(engine)] == [True, False]


def test_erasing_without_a_disposal_or_putting_data_back_is_found(
    engine: Engine, demo_paths: DataPaths
) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE moderationentry SET author_handle = '', comment_url = '',"
                " comment_text = '', answer_text = '', salt = '', erased_at = '2027-01-01'"
                " WHERE id = 5"
            )
        )
    report = verify_log(engine, demo_paths.evidence)
    assert not report.ok and "no disposal" in report.problems[0].text
    dispose(engine, demo_paths.evidence, decision=DECISION, approved_by_id=_approver(engine),
            today=LATER)  # fmt: skip
    with engine.begin() as conn:
        conn.execute(text("UPDATE moderationentry SET comment_text = 'takaisin' WHERE id = 7"))
    assert verify_log(engine, demo_paths.evidence).first_broken_entry == 7


def test_evidence_goes_with_its_own_retention_and_its_files(
    engine: Engine, demo_paths: DataPaths, tmp_path: Path
) -> None:
    add_evidence_and_media(demo_paths, tmp_path)  # a removal seen 2026-11-20 with 2 screenshots
    files = [p for p in demo_paths.evidence.rglob("*") if p.is_file()]
    assert len(files) == 4
    save_plan_entry(engine, "evidence", retention_years=1)
    today = date(2028, 1, 1)
    group = _groups(engine, today)["evidence"]
    assert group.count == 1  # type: ignore[attr-defined]
    result = dispose(engine, demo_paths.evidence, decision=DECISION,
                     approved_by_id=_approver(engine), today=today)  # fmt: skip
    assert result.files_removed == 4 and result.files_left == []
    assert not [p for p in demo_paths.evidence.rglob("*") if p.is_file()]
    with engine.connect() as conn:
        disposed = conn.execute(
            text("SELECT count(*) FROM evidence WHERE disposed_at IS NOT NULL")
        ).scalar_one()
    assert disposed == 2
    report = verify_log(engine, demo_paths.evidence)
    assert report.ok and report.evidence_files == 0, [p.text for p in report.problems]


def test_the_disposal_log_and_records_management_audit_are_never_disposed(
    engine: Engine, demo_paths: DataPaths
) -> None:
    save_plan_entry(engine, "audit", retention_years=1)
    dispose(engine, demo_paths.evidence, decision=DECISION, approved_by_id=_approver(engine),
            today=LATER)  # fmt: skip
    later = date(2040, 1, 1)
    dispose(engine, demo_paths.evidence, decision="Toinen päätös", approved_by_id=_approver(engine),
            today=later)  # fmt: skip
    with engine.connect() as conn:
        actions = set(conn.execute(text("SELECT action FROM auditlog")).scalars())
        posts = conn.execute(text("SELECT count(*) FROM post")).scalar_one()
        metrics = conn.execute(text("SELECT count(*) FROM channeldailymetric")).scalar_one()
        channels = conn.execute(text("SELECT count(*) FROM channel")).scalar_one()
    assert {"records.disposal", "records.plan"} <= actions
    assert posts == 0 and metrics == 0 and channels == 12  # the register is kept permanently
    assert verify_log(engine, demo_paths.evidence).ok
    assert {r.decision for r in disposal_log(engine)} == {DECISION, "Toinen päätös"}
