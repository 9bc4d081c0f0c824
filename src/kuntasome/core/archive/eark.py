"""Archive snapshots as E-ARK SIP 2.1 (CSIP 2.1) packages — Sweden's FGS Paketstruktur 2.0 —
with METS, PREMIS preservation metadata, Dublin Core and the records-plan metadata.

The package (one representation, ``rep1``, holding the same files as a bag's ``data/``)::

    <id>/METS.xml                              the package: metadata, files, structure
    <id>/metadata/descriptive/dc.xml           Dublin Core: organisation, period, language
    <id>/metadata/preservation/premis.xml      PREMIS: the package, its software, its making
    <id>/metadata/other/records-plan.csv       the records-plan (JHS 191) metadata per record
    <id>/documentation/README.txt              every file and column explained
    <id>/representations/rep1/METS.xml         the representation's files
    <id>/representations/rep1/data/…           the records

Every file is listed with its SHA-256, size and MIME type; :func:`verify_package` checks
them all and names the file that was changed, added or removed.
"""

from __future__ import annotations

import mimetypes
import os
import tarfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree as ET

from kuntasome.core.archive.packing import file_sha256
from kuntasome.core.errors import UserError
from kuntasome.core.files import Workspace
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

from kuntasome import __version__

METS = "http://www.loc.gov/METS/"
CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS"
XLINK = "http://www.w3.org/1999/xlink"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
PREMIS = "http://www.loc.gov/premis/v3"
DC = "http://purl.org/dc/elements/1.1/"
PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"
# The package carries these (resources/eark-schemas, the standards' own files).
SCHEMAS = ("mets.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd", "DILCISExtensionSIPMETS.xsd")
SCHEMA_LOCATION = (
    "http://www.loc.gov/METS/ schemas/mets.xsd"
    " http://www.w3.org/1999/xlink schemas/xlink.xsd"
    " https://DILCIS.eu/XML/METS/CSIPExtensionMETS schemas/DILCISExtensionMETS.xsd"
    " https://DILCIS.eu/XML/METS/SIPExtensionMETS schemas/DILCISExtensionSIPMETS.xsd"
)
CONTENT_TYPE = "KuntaSome social media records (CSV, JSON, PDF/A, pictures)"
for prefix, uri in (
    ("mets", METS),
    ("csip", CSIP),
    ("sip", SIP),
    ("xlink", XLINK),
    ("xsi", XSI),
    ("premis", PREMIS),
    ("dc", DC),
):
    ET.register_namespace(prefix, uri)


class PackageInvalid(UserError):
    pass


NOT_INTACT_ADDED = QT_TRANSLATE_NOOP(
    "Errors", "The package {name} is not intact: {file} was added (no METS lists it)."
)


@dataclass(frozen=True)
class PackageInfo:
    objid: str
    label: str
    organisation: str
    creator: str  # the person who made it ("" if unknown)
    first: str  # ISO dates of the period
    last: str
    language: str
    description: str
    created: datetime


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _file_facts(path: Path) -> tuple[str, int]:
    """SHA-256 (upper case, as METS writes it) and size."""
    return file_sha256(path).upper(), path.stat().st_size


def _mime(path: Path) -> str:
    if path.suffix.lower() == ".csv":
        return "text/csv"
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _mets_root(info: PackageInfo, objid: str, label: str) -> ET.Element:
    root = ET.Element(
        _q(METS, "mets"),
        {
            "OBJID": objid,
            "LABEL": label,
            "TYPE": "Mixed",
            _q(CSIP, "CONTENTINFORMATIONTYPE"): "OTHER",
            _q(CSIP, "OTHERCONTENTINFORMATIONTYPE"): CONTENT_TYPE,
            "PROFILE": PROFILE,
            _q(XSI, "schemaLocation"): SCHEMA_LOCATION,
        },
    )
    header = ET.SubElement(
        root,
        _q(METS, "metsHdr"),
        {
            "CREATEDATE": _stamp(info.created),
            "LASTMODDATE": _stamp(info.created),
            "RECORDSTATUS": "NEW",
            _q(CSIP, "OAISPACKAGETYPE"): "SIP",
        },
    )
    software = ET.SubElement(
        header, _q(METS, "agent"), {"ROLE": "CREATOR", "TYPE": "OTHER", "OTHERTYPE": "SOFTWARE"}
    )
    ET.SubElement(software, _q(METS, "name")).text = "KuntaSome"
    ET.SubElement(
        software, _q(METS, "note"), {_q(CSIP, "NOTETYPE"): "SOFTWARE VERSION"}
    ).text = __version__
    organisation = ET.SubElement(
        header, _q(METS, "agent"), {"ROLE": "ARCHIVIST", "TYPE": "ORGANIZATION"}
    )
    ET.SubElement(organisation, _q(METS, "name")).text = info.organisation
    if info.creator:
        person = ET.SubElement(
            header,
            _q(METS, "agent"),
            {"ROLE": "OTHER", "OTHERROLE": "SUBMITTER", "TYPE": "INDIVIDUAL"},
        )
        ET.SubElement(person, _q(METS, "name")).text = info.creator
    return root


def _md_ref(
    parent: ET.Element, href: str, path: Path, mdtype: str, created: datetime, other: str = ""
) -> None:
    checksum, size = _file_facts(path)
    attributes = {
        "LOCTYPE": "URL",
        _q(XLINK, "type"): "simple",
        _q(XLINK, "href"): href,
        "MDTYPE": mdtype,
        "MIMETYPE": _mime(path),
        "SIZE": str(size),
        "CREATED": _stamp(created),
        "CHECKSUM": checksum,
        "CHECKSUMTYPE": "SHA-256",
    }
    if other:
        attributes["OTHERMDTYPE"] = other
    ET.SubElement(parent, _q(METS, "mdRef"), attributes)


def _file(group: ET.Element, package: Path, path: Path, created: datetime) -> str:
    checksum, size = _file_facts(path)
    file_id = "ID" + uuid.uuid4().hex
    element = ET.SubElement(
        group,
        _q(METS, "file"),
        {
            "ID": file_id,
            "MIMETYPE": _mime(path),
            "SIZE": str(size),
            "CREATED": _stamp(created),
            "CHECKSUM": checksum,
            "CHECKSUMTYPE": "SHA-256",
        },
    )
    ET.SubElement(
        element,
        _q(METS, "FLocat"),
        {
            "LOCTYPE": "URL",
            _q(XLINK, "type"): "simple",
            _q(XLINK, "href"): path.relative_to(package).as_posix(),
        },
    )
    return file_id


def _group(use: str) -> dict[str, str]:
    # Every file group states its content type (the validator's CSIP63 asks it of each).
    return {
        "ID": "ID" + uuid.uuid4().hex,
        "USE": use,
        _q(CSIP, "CONTENTINFORMATIONTYPE"): "OTHER",
        _q(CSIP, "OTHERCONTENTINFORMATIONTYPE"): CONTENT_TYPE,
    }


def _write(root: ET.Element, path: Path) -> None:
    ET.indent(root)
    path.write_bytes(ET.tostring(root, encoding="UTF-8", xml_declaration=True))


def _dublin_core(info: PackageInfo, path: Path) -> None:
    root = ET.Element(_q(DC, "dc"))
    for name, value in (
        ("title", info.label),
        ("creator", info.organisation),
        ("publisher", info.organisation),
        ("description", info.description),
        ("date", f"{info.first}/{info.last}"),
        ("type", "Collection"),
        ("format", "text/csv; application/json; application/pdf; image/png"),
        ("identifier", info.objid),
        ("language", info.language),
        ("coverage", f"{info.first}/{info.last}"),
    ):
        ET.SubElement(root, _q(DC, name)).text = value
    _write(root, path)


def _premis(info: PackageInfo, path: Path, files: int) -> None:
    root = ET.Element(_q(PREMIS, "premis"), {"version": "3.0"})
    obj = ET.SubElement(root, _q(PREMIS, "object"), {_q(XSI, "type"): "premis:intellectualEntity"})
    ident = ET.SubElement(obj, _q(PREMIS, "objectIdentifier"))
    ET.SubElement(ident, _q(PREMIS, "objectIdentifierType")).text = "local"
    ET.SubElement(ident, _q(PREMIS, "objectIdentifierValue")).text = info.objid
    event = ET.SubElement(root, _q(PREMIS, "event"))
    eid = ET.SubElement(event, _q(PREMIS, "eventIdentifier"))
    ET.SubElement(eid, _q(PREMIS, "eventIdentifierType")).text = "local"
    ET.SubElement(eid, _q(PREMIS, "eventIdentifierValue")).text = "creation-" + info.objid
    ET.SubElement(event, _q(PREMIS, "eventType")).text = "creation"
    ET.SubElement(event, _q(PREMIS, "eventDateTime")).text = _stamp(info.created)
    detail = ET.SubElement(event, _q(PREMIS, "eventDetailInformation"))
    ET.SubElement(
        detail, _q(PREMIS, "eventDetail")
    ).text = (
        f"Archive snapshot of {info.first} – {info.last}: {files} files, with SHA-256 checksums"
    )
    outcome = ET.SubElement(event, _q(PREMIS, "eventOutcomeInformation"))
    ET.SubElement(outcome, _q(PREMIS, "eventOutcome")).text = "success"
    link = ET.SubElement(event, _q(PREMIS, "linkingAgentIdentifier"))
    ET.SubElement(link, _q(PREMIS, "linkingAgentIdentifierType")).text = "local"
    ET.SubElement(link, _q(PREMIS, "linkingAgentIdentifierValue")).text = "kuntasome"
    linked = ET.SubElement(event, _q(PREMIS, "linkingObjectIdentifier"))
    ET.SubElement(linked, _q(PREMIS, "linkingObjectIdentifierType")).text = "local"
    ET.SubElement(linked, _q(PREMIS, "linkingObjectIdentifierValue")).text = info.objid
    agent = ET.SubElement(root, _q(PREMIS, "agent"))
    aid = ET.SubElement(agent, _q(PREMIS, "agentIdentifier"))
    ET.SubElement(aid, _q(PREMIS, "agentIdentifierType")).text = "local"
    ET.SubElement(aid, _q(PREMIS, "agentIdentifierValue")).text = "kuntasome"
    ET.SubElement(agent, _q(PREMIS, "agentName")).text = f"KuntaSome {__version__}"
    ET.SubElement(agent, _q(PREMIS, "agentType")).text = "software"
    _write(root, path)


def write_package(package: Path, info: PackageInfo, check: Callable[[], None] | None = None) -> int:
    """Write the METS files, metadata and structure of a package whose records are already in
    ``representations/rep1/data`` and README in ``documentation``; returns the file count."""
    created = info.created
    rep = package / "representations" / "rep1"
    schema_files = []
    (package / "schemas").mkdir(exist_ok=True)
    for name in SCHEMAS:
        target = package / "schemas" / name
        target.write_bytes(
            (resources.files("kuntasome") / "resources" / "eark-schemas" / name).read_bytes()
        )
        schema_files.append(target)
    data_files = sorted(p for p in (rep / "data").rglob("*") if p.is_file())
    documentation = sorted(p for p in (package / "documentation").rglob("*") if p.is_file())

    # The representation's METS: its data files.
    rep_root = _mets_root(info, f"{info.objid}-rep1", info.label + " – rep1")
    rep_files = ET.SubElement(rep_root, _q(METS, "fileSec"), {"ID": "ID" + uuid.uuid4().hex})
    group = ET.SubElement(
        rep_files, _q(METS, "fileGrp"), {"ID": "ID" + uuid.uuid4().hex, "USE": "Data"}
    )
    for path in data_files:
        if check is not None:
            check()
        _file(group, rep, path, created)
    rep_map = ET.SubElement(
        rep_root,
        _q(METS, "structMap"),
        {"ID": "ID" + uuid.uuid4().hex, "TYPE": "PHYSICAL", "LABEL": "CSIP"},
    )
    rep_div = ET.SubElement(
        rep_map, _q(METS, "div"), {"ID": "ID" + uuid.uuid4().hex, "LABEL": f"{info.objid}-rep1"}
    )
    data_div = ET.SubElement(
        rep_div, _q(METS, "div"), {"ID": "ID" + uuid.uuid4().hex, "LABEL": "Data"}
    )
    ET.SubElement(data_div, _q(METS, "fptr"), {"FILEID": group.get("ID", "")})
    _write(rep_root, rep / "METS.xml")

    # The package's METS.
    descriptive = package / "metadata" / "descriptive" / "dc.xml"
    preservation = package / "metadata" / "preservation" / "premis.xml"
    descriptive.parent.mkdir(parents=True, exist_ok=True)
    preservation.parent.mkdir(parents=True, exist_ok=True)
    _dublin_core(info, descriptive)
    _premis(info, preservation, len(data_files))
    root = _mets_root(info, info.objid, info.label)
    dmd_id, amd_id, digi_id = ("ID" + uuid.uuid4().hex for _ in range(3))
    dmd = ET.SubElement(
        root, _q(METS, "dmdSec"), {"ID": dmd_id, "CREATED": _stamp(created), "STATUS": "CURRENT"}
    )
    _md_ref(dmd, "metadata/descriptive/dc.xml", descriptive, "DC", created)
    amd = ET.SubElement(root, _q(METS, "amdSec"), {"ID": amd_id})
    digi = ET.SubElement(
        amd,
        _q(METS, "digiprovMD"),
        {"ID": digi_id, "CREATED": _stamp(created), "STATUS": "CURRENT"},
    )
    _md_ref(digi, "metadata/preservation/premis.xml", preservation, "PREMIS", created)
    other = package / "metadata" / "other" / "records-plan.csv"
    dmd_ids = [dmd_id]
    if other.is_file():  # descriptive too: each record type's task code, publicity, retention
        plan_id = "ID" + uuid.uuid4().hex
        plan = ET.Element(
            _q(METS, "dmdSec"), {"ID": plan_id, "CREATED": _stamp(created), "STATUS": "CURRENT"}
        )
        root.insert(list(root).index(dmd) + 1, plan)
        _md_ref(
            plan,
            "metadata/other/records-plan.csv",
            other,
            "OTHER",
            created,
            other="JHS 191 records-plan metadata (KuntaSome records-plan.csv)",
        )
        dmd_ids.append(plan_id)
    file_sec = ET.SubElement(root, _q(METS, "fileSec"), {"ID": "ID" + uuid.uuid4().hex})
    docs = ET.SubElement(file_sec, _q(METS, "fileGrp"), _group("Documentation"))
    for path in documentation:
        _file(docs, package, path, created)
    schemas = ET.SubElement(file_sec, _q(METS, "fileGrp"), _group("Schemas"))
    for path in schema_files:
        _file(schemas, package, path, created)
    reps = ET.SubElement(file_sec, _q(METS, "fileGrp"), _group("Representations/rep1"))
    _file(reps, package, rep / "METS.xml", created)
    struct = ET.SubElement(
        root,
        _q(METS, "structMap"),
        {"ID": "ID" + uuid.uuid4().hex, "TYPE": "PHYSICAL", "LABEL": "CSIP"},
    )
    top = ET.SubElement(
        struct, _q(METS, "div"), {"ID": "ID" + uuid.uuid4().hex, "LABEL": info.objid}
    )
    ET.SubElement(
        top,
        _q(METS, "div"),
        {
            "ID": "ID" + uuid.uuid4().hex,
            "LABEL": "Metadata",
            "DMDID": " ".join(dmd_ids),
            "ADMID": digi_id,
        },
    )
    doc_div = ET.SubElement(
        top, _q(METS, "div"), {"ID": "ID" + uuid.uuid4().hex, "LABEL": "Documentation"}
    )
    # A division points at its file group (CSIP104, CSIP116), not at each file.
    ET.SubElement(doc_div, _q(METS, "fptr"), {"FILEID": docs.get("ID", "")})
    schema_div = ET.SubElement(
        top, _q(METS, "div"), {"ID": "ID" + uuid.uuid4().hex, "LABEL": "Schemas"}
    )
    ET.SubElement(schema_div, _q(METS, "fptr"), {"FILEID": schemas.get("ID", "")})
    reps_div = ET.SubElement(
        top, _q(METS, "div"), {"ID": "ID" + uuid.uuid4().hex, "LABEL": "Representations"}
    )
    ET.SubElement(reps_div, _q(METS, "fptr"), {"FILEID": reps.get("ID", "")})  # CSIP104
    rep_div = ET.SubElement(
        reps_div, _q(METS, "div"), {"ID": "ID" + uuid.uuid4().hex, "LABEL": "Representations/rep1"}
    )
    ET.SubElement(
        rep_div,
        _q(METS, "mptr"),
        {
            _q(XLINK, "href"): "representations/rep1/METS.xml",
            _q(XLINK, "type"): "simple",
            _q(XLINK, "title"): reps.get("ID", ""),
            "LOCTYPE": "URL",
        },
    )
    _write(root, package / "METS.xml")
    return len(data_files)


# -- verifying ----------------------------------------------------------------------------


def _invalid(path: Path, text: str, file: str) -> PackageInvalid:
    return PackageInvalid(text, name=path.name, file=file)


def _listed(mets: Path, base: Path) -> dict[str, tuple[str, int]]:
    """The files a METS document lists: path (from *base*) → (SHA-256, size)."""
    listed: dict[str, tuple[str, int]] = {}
    tree = ET.parse(mets)
    for element in tree.iter():
        if element.tag not in (_q(METS, "file"), _q(METS, "mdRef")):
            continue
        checksum, size = element.get("CHECKSUM", ""), int(element.get("SIZE", "-1"))
        href = element.get(_q(XLINK, "href"))
        if href is None:
            locat = element.find(_q(METS, "FLocat"))
            href = locat.get(_q(XLINK, "href")) if locat is not None else None
        if href is None or ".." in PurePosixPath(href).parts:
            continue
        listed[(base / href).as_posix()] = (checksum.lower(), size)
    return listed


def verify_package(path: Path) -> int:
    """Check every file of an unpacked E-ARK package against its METS; returns the number
    of files checked; raises :class:`PackageInvalid` naming the first file at fault."""
    root = path.absolute()
    expected: dict[str, tuple[str, int]] = {}
    mets_files = [root / "METS.xml", *sorted(root.glob("representations/*/METS.xml"))]
    try:
        for mets in mets_files:
            expected.update(_listed(mets, mets.parent.relative_to(root)))
    except (OSError, ET.ParseError) as exc:
        raise _invalid(
            path,
            QT_TRANSLATE_NOOP("Errors", "The package {name} is not intact: {file} cannot be read."),
            "METS.xml",
        ) from exc
    expected = {str(PurePosixPath(k)): v for k, v in expected.items()}
    present = {
        Path(folder, name).relative_to(root).as_posix()
        for folder, _dirs, files in os.walk(root)
        for name in files
    }
    present -= {"METS.xml"} | {p.relative_to(root).as_posix() for p in mets_files}
    for missing in sorted(
        set(expected) - present - {m.relative_to(root).as_posix() for m in mets_files}
    ):
        raise _invalid(
            path,
            QT_TRANSLATE_NOOP("Errors", "The package {name} is not intact: {file} is missing."),
            missing,
        )
    for added in sorted(present - set(expected)):
        raise _invalid(path, NOT_INTACT_ADDED, added)
    for name, (checksum, size) in sorted(expected.items()):
        actual, actual_size = _file_facts(root / name)
        if actual.lower() != checksum or (size >= 0 and actual_size != size):
            raise _invalid(
                path,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The package {name} is not intact: {file} has changed (its checksum is not"
                    " the one in the METS).",
                ),
                name,
            )
    return len(expected)


def is_package(path: Path) -> bool:
    """Whether *path* (a folder, zip or tar) holds an E-ARK package rather than a bag."""
    if path.is_dir():
        return (path / "METS.xml").is_file() and not (path / "bagit.txt").exists()
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        elif tarfile.is_tarfile(path):
            with tarfile.open(path) as archive:
                names = archive.getnames()
        else:
            return False
    except (OSError, zipfile.BadZipFile, tarfile.TarError):
        return False
    tops = {n.split("/", 1)[0] for n in names}
    return len(tops) == 1 and f"{tops.pop()}/METS.xml" in names


def verify_package_any(path: Path) -> int:
    """:func:`verify_package` for a folder, or a zip or tar unpacked beside it first (into a
    locked workspace that is removed afterwards)."""
    if path.is_dir():
        return verify_package(path)
    with Workspace(path.absolute().parent) as workspace:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    if name.startswith("/") or ".." in PurePosixPath(name).parts:
                        raise _invalid(path, NOT_INTACT_ADDED, name)
                archive.extractall(workspace.path)
        else:
            with tarfile.open(path) as archive:
                archive.extractall(workspace.path, filter="data")
        [top] = [p for p in workspace.path.iterdir() if p.is_dir()] or [workspace.path]
        try:
            return verify_package(top)
        except PackageInvalid as exc:
            raise PackageInvalid(exc.text, name=path.name, file=str(exc.params["file"])) from None
