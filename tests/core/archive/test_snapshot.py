"""Archive snapshots of the demo town: BagIt bags any BagIt tool validates, and a verifier that
names the one file that changed."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tarfile
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kuntasome.core.archive.records_plan import RecordsPlanError, load_plan, save_plan_entry
from kuntasome.core.archive.snapshot import (
    ArchiveError,
    SnapshotRequest,
    list_snapshots,
    make_snapshot,
    snapshot_due,
)
from kuntasome.core.archive.verify import BagInvalid, verify_bag
from kuntasome.core.cancel import Cancellation, OperationCancelled
from kuntasome.core.db import make_engine
from kuntasome.core.paths import DataPaths
from kuntasome.core.reports.periods import Period, half, parse_period
from kuntasome.core.reports.service import ReportRequest, report_bytes

from tests.core.archive.test_backup import add_evidence_and_media
from tests.pdf_checks import check_pdf

H2 = half(2026, 2)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def town(demo_paths: DataPaths, tmp_path: Path) -> DataPaths:
    add_evidence_and_media(demo_paths, tmp_path)  # a removal in 2026-11 with two screenshots
    return demo_paths


def snapshot(town: DataPaths, out: Path, *, report: bool = False, **kwargs: object):  # type: ignore[no-untyped-def]
    from kuntasome.documents.report_pdf import render_report_pdf

    engine = make_engine(town.database_url)
    try:
        render = (
            (lambda p, lang: report_bytes(engine, ReportRequest(p, lang), render=render_report_pdf))
            if report
            else None
        )
        return make_snapshot(
            engine,
            town,
            SnapshotRequest(kwargs.pop("period", H2), **kwargs),  # type: ignore[arg-type]
            out,
            translate=translate,
            render_report=render,
        )
    finally:
        engine.dispose()


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_a_snapshot_holds_the_period_and_every_bagit_tool_accepts_it(
    town: DataPaths, tmp_path: Path
) -> None:
    out = tmp_path / "snapshot"
    result = snapshot(town, out, report=True, language="fi")
    data = out / "data"
    # The register, with its history; the log with every version and its chain.
    assert len(rows(data / "register" / "channels.csv")) == 12
    assert json.loads((data / "register" / "channels.json").read_text())[0]["handle"]
    entries = rows(data / "moderation" / "entries.csv")
    assert entries and all(len(e["entry_hash"]) == 64 for e in entries)
    # Text by the public is data, never a formula: the CSV neutralises it, the JSON keeps it.
    removal = next(e for e in entries if e["author"] == "'@roskaposti")  # @ too
    assert removal["comment"] == '\'=HYPERLINK("http://example.com")'
    exact = json.loads((data / "moderation" / "entries.json").read_text(encoding="utf-8"))
    assert any(e["comment_text"] == '=HYPERLINK("http://example.com")' for e in exact)
    # Evidence originals and their PDF/As, the posts' media, statistics, the report.
    evidence = rows(data / "moderation" / "evidence.csv")
    assert len(evidence) == 2
    for ev in evidence:
        assert (data / ev["original"]).is_file() and (data / ev["pdf"]).is_file()
    assert list((data / "statistics").glob("*/followers.csv"))
    report = data / "report" / "report-2026-H2.pdf"
    check_pdf(report.read_bytes(), lang="fi", figures=2)  # two charts, each with its alt text
    readme = (data / "README.txt").read_text(encoding="utf-8")
    for path in ("register/channels.csv", "moderation/entries.csv", "audit/audit-log.csv"):
        assert path in readme
    assert "entry_hash" in readme
    plan = rows(data / "records-plan.csv")
    assert {p["retention"] for p in plan} >= {"permanent", "10y"}

    info = (out / "bag-info.txt").read_text(encoding="utf-8")
    assert "Source-Organization: Kalliorannan kaupunki" in info
    assert "Bag-Group-Identifier: 2026-H2" in info and "Records-Plan-Code: evidence=" in info
    assert (out / "manifest-sha256.txt").is_file() and (out / "manifest-sha512.txt").is_file()

    report_ok = verify_bag(out)
    assert report_ok.files == result.files and report_ok.algorithms == ("sha256", "sha512")
    validated = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(out)], capture_output=True, text=True
    )
    assert validated.returncode == 0, validated.stderr
    assert "is valid" in validated.stderr

    [run] = list_snapshots(make_engine(town.database_url))
    assert run.id == result.run_id and run.path == str(out) and run.layout == "dir"
    import hashlib

    assert (
        result.manifest_sha256
        == hashlib.sha256((out / "manifest-sha256.txt").read_bytes()).hexdigest()
    )


def test_one_changed_added_or_removed_byte_names_the_file(town: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "snapshot"
    snapshot(town, out)
    target = out / "data" / "moderation" / "blocks.csv"
    original = target.read_bytes()
    target.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))  # changed
    with pytest.raises(BagInvalid) as changed:
        verify_bag(out)
    assert changed.value.params["file"] == "data/moderation/blocks.csv"
    target.write_bytes(original + b"x")  # one byte more
    with pytest.raises(BagInvalid) as longer:
        verify_bag(out)
    assert longer.value.params["file"] == "data/moderation/blocks.csv"
    target.write_bytes(original)
    verify_bag(out)
    (out / "data" / "extra.txt").write_bytes(b"x")  # added
    with pytest.raises(BagInvalid) as added:
        verify_bag(out)
    assert added.value.params["file"] == "data/extra.txt"
    (out / "data" / "extra.txt").unlink()
    target.unlink()  # removed
    with pytest.raises(BagInvalid) as removed:
        verify_bag(out)
    assert removed.value.params["file"] == "data/moderation/blocks.csv"


@pytest.mark.parametrize("layout", ["zip", "tar"])
def test_zip_and_tar_bags_verify_and_name_a_changed_file(
    town: DataPaths, tmp_path: Path, layout: str
) -> None:
    out = tmp_path / f"snapshot.{layout}"
    result = snapshot(town, out, layout=layout, language="sv")
    assert verify_bag(out).files == result.files
    unpacked = tmp_path / "unpacked"
    if layout == "zip":
        with zipfile.ZipFile(out) as archive:
            archive.extractall(unpacked)
    else:
        with tarfile.open(out) as archive:
            archive.extractall(unpacked, filter="data")
    [bag] = list(unpacked.iterdir())
    validated = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(bag)], capture_output=True, text=True
    )
    assert validated.returncode == 0, validated.stderr  # the reference tool agrees
    damaged = tmp_path / f"damaged.{layout}"
    if layout == "zip":
        with zipfile.ZipFile(out) as source, zipfile.ZipFile(damaged, "w") as copy:
            for info in source.infolist():
                data = source.read(info)
                if info.filename.endswith("data/register/access.csv"):
                    data = data.replace(b"admin", b"Admin", 1)
                copy.writestr(info, data)
    else:
        with tarfile.open(out) as source, tarfile.open(damaged, "w") as copy:
            for member in source.getmembers():
                stream = source.extractfile(member) if member.isfile() else None
                data = stream.read() if stream else b""
                if member.name.endswith("data/register/access.csv"):
                    data = data.replace(b"admin", b"Admin", 1)
                member.size = len(data)
                copy.addfile(member, io.BytesIO(data) if stream else None)
    with pytest.raises(BagInvalid) as refused:
        verify_bag(damaged)
    assert refused.value.params["file"] == "data/register/access.csv"


def test_cancel_and_an_existing_target_leave_nothing(town: DataPaths, tmp_path: Path) -> None:
    engine = make_engine(town.database_url)
    cancel = Cancellation()
    try:
        with pytest.raises(OperationCancelled):
            make_snapshot(
                engine,
                town,
                SnapshotRequest(H2),
                tmp_path / "out" / "snapshot",
                translate=translate,
                progress=lambda done, total: cancel.cancel() if done >= 2 else None,
                cancel=cancel,
            )
        assert list((tmp_path / "out").iterdir()) == []
        assert list_snapshots(engine) == []
        (tmp_path / "taken").mkdir()
        with pytest.raises(ArchiveError) as refused:
            make_snapshot(
                engine, town, SnapshotRequest(H2), tmp_path / "taken", translate=translate
            )
        assert "already exists" in refused.value.text
    finally:
        engine.dispose()


def test_the_final_snapshot_of_a_channel_holds_only_that_channel(
    town: DataPaths, tmp_path: Path
) -> None:
    out = tmp_path / "final"
    snapshot(town, out, channel_id=1, period=Period(date(2020, 1, 1), date(2026, 12, 31)))
    data = out / "data"
    assert [c["id"] for c in rows(data / "register" / "channels.csv")] == ["1"]
    for table in ("calendar/publications.csv", "moderation/entries.csv", "register/access.csv"):
        assert {r["channel_id"] for r in rows(data / table)} <= {"1"}, table
    assert all(p.name.startswith("1-") for p in (data / "statistics").iterdir())
    assert "KuntaSome-Channel:" in (out / "bag-info.txt").read_text(encoding="utf-8")
    verify_bag(out)


def test_a_half_year_snapshot_is_due_until_made(town: DataPaths, tmp_path: Path) -> None:
    engine = make_engine(town.database_url)
    try:
        today = date(2027, 1, 10)
        assert snapshot_due(engine, today) == H2
        make_snapshot(engine, town, SnapshotRequest(H2), tmp_path / "s", translate=translate)
        assert snapshot_due(engine, today) is None
        assert snapshot_due(engine, date(2027, 7, 1)) == parse_period("2027-H1")
    finally:
        engine.dispose()


def test_records_plan_codes_and_retention(town: DataPaths) -> None:
    engine = make_engine(town.database_url)
    try:
        saved = save_plan_entry(engine, "evidence", code="00.01.07", retention_years=12)
        assert saved.code == "00.01.07" and saved.retention_years == 12
        by_key = {p.key: p for p in load_plan(engine)}
        assert by_key["evidence"].code == "00.01.07"
        assert by_key["moderation_entry"].retention_years == 2  # the default
        with pytest.raises(RecordsPlanError):
            save_plan_entry(engine, "evidence", retention_years=-1)
        with pytest.raises(RecordsPlanError):
            save_plan_entry(engine, "no_such_type", code="1")
    finally:
        engine.dispose()


def test_a_closed_channel_is_due_its_final_snapshot(town: DataPaths, tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from kuntasome.core.archive.snapshot import final_snapshots_due
    from kuntasome.core.channels.register import change_status
    from kuntasome.core.today import today_overview

    engine = make_engine(town.database_url)
    try:
        already = final_snapshots_due(engine)  # the demo town has a closed LinkedIn page
        assert already == ["linkedin:kallioranta-business"]
        change_status(engine, 1, "closed", reason="Kanava lopetettiin", today=date(2026, 11, 25))
        [due] = set(final_snapshots_due(engine)) - set(already)
        overview = today_overview(engine, ZoneInfo("Europe/Helsinki"))
        assert due in overview.final_snapshots_due and overview.snapshot_due is not None
        make_snapshot(
            engine, town, SnapshotRequest(Period(date(2020, 1, 1), date(2026, 11, 30)),
                                          channel_id=1),
            tmp_path / "final", translate=translate,
        )  # fmt: skip
        assert final_snapshots_due(engine) == already
    finally:
        engine.dispose()
