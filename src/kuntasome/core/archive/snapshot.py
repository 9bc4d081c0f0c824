"""Archive snapshots: a period's records as a BagIt bag (RFC 8493) for the public-records
archive — a folder, a zip or a tar — with a README in the chosen language, the records-plan
metadata, and each snapshot recorded as an :class:`ArchiveRun`.

The bag is made in a locked workspace beside the target and renamed into place: Cancel, an
error or a kill leaves no bag and no copy behind (the next run sweeps a killed one's).
"""

from __future__ import annotations

import os
import shutil
import tarfile
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import bagit
from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.archive.contents import Payload, Scope, collect, csv_bytes, safe_name
from kuntasome.core.archive.eark import PackageInfo, write_package
from kuntasome.core.archive.packing import file_sha256
from kuntasome.core.archive.records_plan import PERMANENT, PUBLICITY, PlanEntry, load_plan
from kuntasome.core.archive.tables import TABLES, C
from kuntasome.core.cancel import Cancellation
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.files import Workspace
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import ArchiveRun, Channel, Person
from kuntasome.core.organisation import database_id, load_organisation
from kuntasome.core.paths import DataPaths
from kuntasome.core.reports.periods import Period, last_complete
from kuntasome.core.reports.service import Render, ReportRequest, report_bytes
from kuntasome.core.utc import local_bounds

from kuntasome import __version__

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kuntasome.core.errors import Translate

FORMATS = ("bagit", "eark")
LAYOUTS = ("dir", "zip", "tar")
LANGUAGES = ("fi", "sv", "en")
CHECKSUMS = ["sha256", "sha512"]

# The period's management report, typeset by the caller (documents.report_pdf): core
# gathers, the documents layer draws.
RenderReport = Callable[[Period, str], bytes]


def period_report(engine: Engine, render: Render) -> RenderReport:
    """The snapshot's report maker: the period's management report, typeset by *render*."""

    def make(period: Period, language: str) -> bytes:
        return report_bytes(engine, ReportRequest(period, language), render=render)

    return make


class ArchiveError(UserError):
    pass


@dataclass(frozen=True)
class SnapshotRequest:
    period: Period
    language: str = "fi"
    layout: str = "dir"
    format: str = "bagit"
    channel_id: int | None = None  # the final snapshot of one channel


@dataclass(frozen=True)
class SnapshotResult:
    run_id: int
    path: Path
    files: int
    bytes: int
    manifest_sha256: str
    payload_oxum: str


def bag_name(organisation: str, period: Period, channel: str = "") -> str:
    parts = ["kuntasome", safe_name(organisation)[:40], period.code]
    if channel:
        parts.append(safe_name(channel))
    return "-".join(p for p in parts if p)


def _check(request: SnapshotRequest, out: Path) -> None:
    if request.format not in FORMATS:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "Unknown archive format {format} (choose bagit or eark)."),
            format=request.format,
        )
    if request.layout not in LAYOUTS:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "Unknown layout {layout} (choose dir, zip or tar)."),
            layout=request.layout,
        )
    if out.exists():
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} already exists. Choose a new name: a snapshot is never overwritten.",
            ),
            path=str(out),
        )


def make_snapshot(
    engine: Engine,
    paths: DataPaths,
    request: SnapshotRequest,
    out: Path,
    *,
    translate: Translate,
    render_report: RenderReport | None = None,
    actor_id: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancellation | None = None,
    now: datetime | None = None,
) -> SnapshotResult:
    """Write the snapshot of *request* to *out* (a folder, or a .zip/.tar file)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    out = out.absolute()
    _check(request, out)
    organisation = load_organisation(engine)
    start, end = local_bounds(request.period.first, request.period.last, organisation.time_zone)
    scope = Scope(start, end, request.period.first, request.period.last, request.channel_id)
    channel_name = ""
    with session_scope(engine) as s:
        if request.channel_id is not None:
            channel = s.get(Channel, request.channel_id)
            if channel is None:
                raise ArchiveError(
                    QT_TRANSLATE_NOOP("Errors", "There is no channel {channel}."),
                    channel=str(request.channel_id),
                )
            channel_name = f"{channel.platform}-{channel.handle}"
        person = s.get(Person, actor_id) if actor_id else None
        creator = person.name if person else ""
    steps = 4
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(done, steps)

    payload = collect(engine, scope, paths.evidence, paths.media)
    step()
    plan = load_plan(engine)
    if render_report is not None and request.channel_id is None:
        payload.add(
            f"report/report-{request.period.code}.pdf",
            render_report(request.period, request.language),
        )
    _add_plan(payload, plan, translate)
    payload.add("README.txt", _readme(payload, request, organisation.name, translate))
    step()
    name = bag_name(organisation.name, request.period, channel_name)
    info = {
        "Source-Organization": organisation.name,
        "Contact-Name": creator,
        "External-Identifier": f"{database_id(engine)}/{name}",
        "External-Description": translate(
            "Archive",
            "Social media records of {organisation}: channel register, posts, moderation log"
            " with evidence, statistics, management report and audit log, {first} – {last}.",
        ).format(
            organisation=organisation.name,
            first=request.period.first.isoformat(),
            last=request.period.last.isoformat(),
        ),
        "Bagging-Date": now.date().isoformat(),
        "Bag-Software-Agent": f"KuntaSome {__version__} (bagit.py {bagit.VERSION})",
        "Bag-Group-Identifier": request.period.code,
        "KuntaSome-Period-Start": request.period.first.isoformat(),
        "KuntaSome-Period-End": request.period.last.isoformat(),
        "KuntaSome-Language": request.language,
        "Records-Plan-Code": [
            f"{p.key}={p.code or '-'}; retention={_years(p.retention_years)}" for p in plan
        ],
    }
    if channel_name:
        info["KuntaSome-Channel"] = channel_name
    try:
        workspace = Workspace(out.parent)
    except OSError as exc:
        raise _cannot_write(out, exc) from exc
    try:
        bag_dir = workspace.path / name
        if request.format == "eark":
            files, size, manifest_sha = _eark(bag_dir, payload, info, now, cancel)
            oxum = f"{size}.{files}"
        else:
            _write_payload(bag_dir, payload, cancel)
            step()
            bag = bagit.make_bag(
                str(bag_dir), info, processes=min(8, os.cpu_count() or 2), checksums=CHECKSUMS
            )
            oxum = str(bag.info.get("Payload-Oxum", ""))
            manifest_sha = file_sha256(bag_dir / "manifest-sha256.txt")
            files = int(oxum.split(".")[1]) if "." in oxum else 0
            size = int(oxum.split(".")[0]) if "." in oxum else 0
        if cancel is not None:
            cancel.check()
        _place(bag_dir, out, request.layout, workspace.path)
        step()
    except OSError as exc:
        raise _cannot_write(out, exc) from exc
    finally:
        workspace.close()
    with session_scope(engine) as s:
        run = ArchiveRun(
            period_start=request.period.first,
            period_end=request.period.last,
            bag_name=name,
            payload_oxum=oxum,
            manifest_sha256=manifest_sha,
            created_at=now,
            created_by_id=actor_id,
            format=request.format,
            layout=request.layout,
            language=request.language,
            path=str(out),
            channel_id=request.channel_id,
        )
        s.add(run)
        s.flush()
        audit.record(
            s,
            "archive.snapshot",
            entity="archiverun",
            entity_id=run.id,
            actor_id=actor_id,
            period=request.period.code,
            layout=request.layout,
            path=str(out),
            payload_oxum=oxum,
        )
        run_id = int(run.id or 0)
    return SnapshotResult(run_id, out, files, size, manifest_sha, oxum)


def _years(years: int) -> str:
    return "permanent" if years == PERMANENT else f"{years}y"


def _cannot_write(out: Path, exc: OSError) -> ArchiveError:
    return ArchiveError(
        QT_TRANSLATE_NOOP("Errors", "The snapshot could not be written to {path}: {detail}"),
        path=str(out),
        detail=exc.strerror or str(exc),
    )


def _eark(
    package: Path,
    payload: Payload,
    info: Mapping[str, object],
    now: datetime,
    cancel: Cancellation | None,
) -> tuple[int, int, str]:
    """The payload as an E-ARK SIP in *package*; returns files, bytes and the METS hash."""
    data = package / "representations" / "rep1" / "data"
    _write_payload(data, payload, cancel)
    documentation = package / "documentation"
    documentation.mkdir(parents=True)
    os.replace(data / "README.txt", documentation / "README.txt")
    other = package / "metadata" / "other"
    other.mkdir(parents=True)
    shutil.copyfile(data / "records-plan.csv", other / "records-plan.csv")
    files = write_package(
        package,
        PackageInfo(
            objid=package.name,
            label=str(info["External-Description"]),
            organisation=str(info["Source-Organization"]),
            creator=str(info.get("Contact-Name", "")),
            first=str(info["KuntaSome-Period-Start"]),
            last=str(info["KuntaSome-Period-End"]),
            language=str(info["KuntaSome-Language"]),
            description=str(info["External-Description"]),
            created=now,
        ),
        cancel.check if cancel is not None else None,
    )
    size = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())
    return files, size, file_sha256(package / "METS.xml")


def _write_payload(bag_dir: Path, payload: Payload, cancel: Cancellation | None) -> None:
    for inside, data in payload.written.items():
        target = bag_dir / inside
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for inside, source in sorted(payload.copied.items()):
        if cancel is not None:
            cancel.check()
        if not source.is_file():
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file {file} of the snapshot is missing from the data folder. Run"
                    " “kuntasome moderation verify” to see what else is missing.",
                ),
                file=inside,
            )
        target = bag_dir / inside
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def _place(bag_dir: Path, out: Path, layout: str, workspace: Path) -> None:
    if layout == "dir":
        os.replace(bag_dir, out)
        return
    partial = workspace / (out.name + ".partial")
    files = sorted(p for p in bag_dir.rglob("*") if p.is_file())
    if layout == "zip":
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            for file in files:
                name = f"{bag_dir.name}/{file.relative_to(bag_dir).as_posix()}"
                archive.write(file, name)
    else:
        with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as archive:
            archive.add(bag_dir, arcname=bag_dir.name)
    with open(partial, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, out)


def _add_plan(payload: Payload, plan: list[PlanEntry], translate: Translate) -> None:
    columns = (
        C("record_type", ""), C("files", ""), C("task_code", ""), C("task_title", ""),
        C("publicity", ""), C("personal_data", ""), C("retention", ""), C("retention_basis", ""),
    )  # fmt: skip
    rows = []
    for entry in plan:
        kind = entry.record_type
        files = " ".join(t.path for t in TABLES if t.record_type == kind.key)
        rows.append([
            translate("RecordsPlan", kind.title), files, entry.code, entry.title,
            translate("RecordsPlan", PUBLICITY[kind.publicity]), kind.personal_data,
            _years(entry.retention_years), translate("RecordsPlan", kind.basis),
        ])  # fmt: skip
    payload.add("records-plan.csv", csv_bytes(columns, rows))


def _readme(
    payload: Payload, request: SnapshotRequest, organisation: str, translate: Translate
) -> bytes:
    def words(text: str) -> str:  # a text marked in contents.py
        return translate("ArchiveReadme", text)

    lines = [
        translate("ArchiveReadme", "Social media records of {organisation}").format(
            organisation=organisation
        ),
        translate("ArchiveReadme", "Period: {first} – {last}").format(
            first=request.period.first.isoformat(), last=request.period.last.isoformat()
        ),
        "",
        translate(
            "ArchiveReadme",
            "This is a BagIt bag (RFC 8493). The files are in data/; manifest-sha256.txt and"
            " manifest-sha512.txt hold the checksum of each, bag-info.txt describes the bag."
            " Check it with any BagIt tool, e.g. “bagit.py --validate FOLDER”, or with"
            " “kuntasome archive verify FOLDER”.",
        )
        if request.format == "bagit"
        else translate(
            "ArchiveReadme",
            "This is an E-ARK SIP 2.1 information package (CSIP 2.1, in Sweden FGS"
            " Paketstruktur 2.0). The records are in representations/rep1/data/ and the paths"
            " below are inside it; METS.xml and representations/rep1/METS.xml list every file"
            " with its SHA-256; metadata/ holds Dublin Core, PREMIS and the records-plan"
            " metadata. Check it with “kuntasome archive verify FOLDER” or an E-ARK validator.",
        ),
        translate(
            "ArchiveReadme",
            "Tables are CSV files (UTF-8, comma-separated, first row the column names). Times"
            " are in UTC (ISO 8601, ending in Z). A cell that would start with = + - or @"
            " begins with an apostrophe, so that a spreadsheet never runs it as a formula; the"
            " JSON files keep the exact text.",
        ),
        translate(
            "ArchiveReadme",
            "records-plan.csv gives, for each record type, its task code in the records plan,"
            " publicity, personal data and retention period.",
        ),
        "",
    ]
    for table in TABLES:
        lines.append(f"{table.path}  —  {words(table.title)}")
        lines.append("    " + words(table.about))
        count = payload.counts.get(table.path)
        if count is not None:
            lines.append("    " + translate("ArchiveReadme", "Rows: {count}").format(count=count))
        for column in table.columns:
            lines.append(f"    {column.name}: {words(column.about)}")
        lines.append("")
    if any(p.startswith("report/") for p in payload.written):
        lines.append(
            "report/  —  "
            + translate("ArchiveReadme", "The period's management report as a PDF/A.")
        )
    lines.append("")
    return "\r\n".join(lines).encode("utf-8")


def snapshot_due(engine: Engine, today: date) -> Period | None:
    """The last half-year that ended without a snapshot of it (a whole-register one)."""
    period = last_complete("half", today)
    with session_scope(engine) as s:
        made = s.exec(
            select(ArchiveRun.id).where(
                col(ArchiveRun.period_start) <= period.first,
                col(ArchiveRun.period_end) >= period.last,
                col(ArchiveRun.channel_id).is_(None),
            )
        ).first()
    return None if made else period


@dataclass(frozen=True)
class SnapshotRow:
    id: int
    period: Period
    layout: str
    language: str
    created_at: datetime
    author: str
    path: str
    payload_oxum: str
    channel_id: int | None


def list_snapshots(engine: Engine) -> list[SnapshotRow]:
    """The snapshots made, newest first."""
    with session_scope(engine) as s:
        rows = s.exec(
            select(ArchiveRun, Person.name)
            .join(Person, col(Person.id) == col(ArchiveRun.created_by_id), isouter=True)
            .order_by(col(ArchiveRun.created_at).desc(), col(ArchiveRun.id).desc())
        ).all()
        return [
            SnapshotRow(
                int(r.id or 0),
                Period(r.period_start, r.period_end),
                r.layout,
                r.language,
                r.created_at,
                name or "",
                r.path,
                r.payload_oxum,
                r.channel_id,
            )
            for r, name in rows
        ]


def final_snapshots_due(engine: Engine) -> list[str]:
    """Closed channels without their final snapshot (one made of that channel after it was
    closed), as "service:handle"."""
    with session_scope(engine) as s:
        closed = s.exec(select(Channel).where(Channel.status == "closed")).all()
        finals = s.exec(
            select(col(ArchiveRun.channel_id), col(ArchiveRun.period_end)).where(
                col(ArchiveRun.channel_id).is_not(None)
            )
        ).all()
        covered: dict[int, date] = {}
        for channel_id, end in finals:
            if channel_id is not None:
                covered[channel_id] = max(covered.get(channel_id, end), end)
        return [
            f"{c.platform}:{c.handle}"
            for c in closed
            if c.id not in covered or (c.closed_on is not None and covered[c.id] < c.closed_on)
        ]
