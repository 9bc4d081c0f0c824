"""A screenshot as a tagged PDF/A-2a with what it shows, where and when it was taken, and its
hash (Typst, headless). Evidence stored before keeps its old PDF: its hash is in the chain."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.moderation.evidence import EvidenceError, EvidenceMeta

from kuntasome.documents.language import Writing
from kuntasome.documents.typeset import TypesetError, typeset_pdf

# What Typst reads itself; other pictures (BMP) are converted to PNG first.
TYPST_PICTURES = (".png", ".jpg", ".jpeg", ".gif", ".webp")


def _unreadable(image_path: Path) -> EvidenceError:
    return EvidenceError(
        QT_TRANSLATE_NOOP("Errors", "{name} could not be read as a picture."), name=image_path.name
    )


def _picture(image_path: Path) -> tuple[str, bytes]:
    suffix = image_path.suffix.lower()
    if suffix in TYPST_PICTURES:
        return "shot" + suffix, image_path.read_bytes()
    image = QImage(str(image_path))  # QtGui's decoder needs no display
    if image.isNull():
        raise _unreadable(image_path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    buffer.close()
    return "shot.png", bytes(data.data())


def evidence_document(
    meta: EvidenceMeta, tz: ZoneInfo, writing: Writing, file: str
) -> dict[str, object]:
    title = writing.translate("EvidencePdf", "Moderation evidence")
    captured = writing.date_time(meta.captured_at, tz)
    return {
        "meta": {
            "title": f"{title} {meta.sha256[:12]}",
            "author": meta.captured_by or meta.channel,
            "lang": writing.language,
            "region": writing.region,
            "footer": f"{meta.channel} · {captured}",
        },
        "facts": [
            [writing.translate("EvidencePdf", "Channel"), meta.channel],
            [writing.translate("EvidencePdf", "Address"), meta.comment_url or "–"],
            [writing.translate("EvidencePdf", "Captured at"), f"{captured} ({tz.key})"],
            [writing.translate("EvidencePdf", "Captured by"), meta.captured_by or "–"],
            [writing.translate("EvidencePdf", "Reason"), meta.reason or "–"],
            [writing.translate("EvidencePdf", "Original file"), meta.original_name],
            [writing.translate("EvidencePdf", "SHA-256 of the original"), meta.sha256],
        ],
        "file": file,
        "alt": arg(
            writing.translate(
                "EvidencePdf", "Screenshot of a message on {channel}, captured {when}."
            ),
            channel=meta.channel,
            when=captured,
        ),
    }


def render_evidence_pdf(
    image_path: Path, meta: EvidenceMeta, tz: ZoneInfo, writing: Writing
) -> bytes:
    name, content = _picture(image_path)
    try:
        return typeset_pdf(
            "evidence", evidence_document(meta, tz, writing, name), files={name: content}
        )
    except TypesetError as error:
        if "image" in str(error):  # Typst could not decode the picture
            raise _unreadable(image_path) from error
        raise
