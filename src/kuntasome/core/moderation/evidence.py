"""Screenshot evidence: the original image and a PDF/A of it, content-addressed on disk.

Core does not draw: the caller hands in the function that renders the PDF/A (the GUI and
the CLI use ``kuntasome.documents.evidence_pdf``), so this module stays free of Qt.
"""

from __future__ import annotations

import hashlib
import mimetypes
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.files import STALE_AFTER_S, atomic_write_bytes, store_content_addressed
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Evidence
from kuntasome.core.moderation.log import EvidenceFile

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")


class EvidenceError(UserError):
    pass


@dataclass(frozen=True)
class EvidenceMeta:
    """What the PDF/A says about the screenshot, besides the picture itself."""

    channel: str
    comment_url: str
    captured_at: datetime
    captured_by: str
    reason: str
    sha256: str
    original_name: str


RenderPdf = Callable[[Path, EvidenceMeta], bytes]


def original_path(folder: Path, sha256: str, original_name: str) -> Path:
    return folder / sha256[:2] / (sha256 + Path(original_name).suffix.lower())


def pdf_path(folder: Path, pdf_sha256: str) -> Path:
    return folder / pdf_sha256[:2] / (pdf_sha256 + ".pdf")


def store_evidence(
    folder: Path,
    source: Path,
    *,
    render_pdf: RenderPdf,
    channel: str,
    comment_url: str,
    captured_by: str,
    captured_by_id: int | None,
    reason: str,
    captured_at: datetime | None = None,
) -> EvidenceFile:
    """Copy *source* (an image) into the evidence folder and make its PDF/A beside it."""
    if not source.is_file():
        raise EvidenceError(
            QT_TRANSLATE_NOOP("Errors", "There is no file {name}."), name=source.name
        )
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise EvidenceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not a picture. Evidence is a screenshot: PNG, JPEG, GIF, BMP or WebP.",
            ),
            name=source.name,
        )
    captured_at = (captured_at or datetime.now(UTC)).astimezone(UTC)
    sha, _stored = store_content_addressed(source, folder)
    meta = EvidenceMeta(
        channel=channel,
        comment_url=comment_url,
        captured_at=captured_at,
        captured_by=captured_by,
        reason=reason,
        sha256=sha,
        original_name=source.name,
    )
    pdf = render_pdf(source, meta)
    pdf_sha = hashlib.sha256(pdf).hexdigest()
    target = pdf_path(folder, pdf_sha)
    if not target.exists():
        atomic_write_bytes(target, pdf)
    return EvidenceFile(
        sha256=sha,
        pdf_sha256=pdf_sha,
        original_name=source.name,
        mime_type=mimetypes.guess_type(source.name)[0] or "",
        size_bytes=source.stat().st_size,
        captured_at=captured_at,
        captured_by_id=captured_by_id,
    )


def sweep_unreferenced(engine: Engine, folder: Path) -> int:
    """Remove the evidence files no entry refers to that a save killed between storing its
    pictures and writing its entry left (a screenshot of a comment, kept for no record and
    so never disposed of). Only files older than a save can take: one being saved now by
    another window is not touched. Returns how many were removed."""
    if not folder.is_dir():
        return 0
    with session_scope(engine) as s:
        rows = s.exec(select(Evidence.sha256, Evidence.pdf_sha256)).all()
    referenced = {sha for row in rows for sha in row if sha}
    limit = time.time() - STALE_AFTER_S
    removed = 0
    for path in folder.glob("??/*"):
        try:
            if (
                path.stem not in referenced
                and path.is_file()
                and not path.is_symlink()
                and path.stat().st_mtime < limit
            ):
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
