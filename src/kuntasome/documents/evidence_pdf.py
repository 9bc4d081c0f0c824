"""A screenshot as PDF/A-1b with what it shows, where and when it was taken, and its hash.

Needs a QGuiApplication (fonts); draws with Qt's PDF writer, headless.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.moderation.evidence import EvidenceError, EvidenceMeta

from kuntasome.documents.pdf_a import pdf_a


def render_evidence_pdf(image_path: Path, meta: EvidenceMeta, tz: ZoneInfo) -> bytes:
    image = QImage(str(image_path))
    if image.isNull():
        raise EvidenceError(
            QT_TRANSLATE_NOOP("Errors", "{name} could not be read as a picture."),
            name=image_path.name,
        )
    # PDF/A-1 has no transparency: put the screenshot on white.
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)
    opaque.fill(QColor("white"))
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()

    with pdf_a(
        title=QCoreApplication.translate("EvidencePdf", "Moderation evidence")
        + f" {meta.sha256[:12]}",
        author=meta.captured_by,
    ) as (writer, result):
        writer.setResolution(300)
        painter = QPainter(writer)
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        page.moveTo(0, 0)
        heading = QFont("DejaVu Sans", 14, QFont.Weight.Bold)
        body = QFont("DejaVu Sans", 9)
        mono = QFont("DejaVu Sans Mono", 8)
        y = 0.0
        painter.setFont(heading)
        painter.setPen(QColor("black"))
        line = painter.fontMetrics().lineSpacing()
        painter.drawText(
            QRectF(0, y, page.width(), line),
            QCoreApplication.translate("EvidencePdf", "Moderation evidence"),
        )
        y += line * 1.4
        captured = meta.captured_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S %Z")
        rows = [
            (QCoreApplication.translate("EvidencePdf", "Channel"), meta.channel, body),
            (QCoreApplication.translate("EvidencePdf", "Address"), meta.comment_url or "–", body),
            (QCoreApplication.translate("EvidencePdf", "Captured at"), captured, body),
            (
                QCoreApplication.translate("EvidencePdf", "Captured by"),
                meta.captured_by or "–",
                body,
            ),
            (QCoreApplication.translate("EvidencePdf", "Reason"), meta.reason or "–", body),
            (QCoreApplication.translate("EvidencePdf", "Original file"), meta.original_name, body),
            (
                QCoreApplication.translate("EvidencePdf", "SHA-256 of the original"),
                meta.sha256,
                mono,
            ),
        ]
        painter.setFont(body)
        label_width = page.width() * 0.28
        for label, value, font in rows:
            painter.setFont(body)
            spacing = painter.fontMetrics().lineSpacing()
            painter.drawText(QRectF(0, y, label_width, spacing), label)
            painter.setFont(font)
            flags = Qt.TextFlag.TextWrapAnywhere
            box = painter.boundingRect(
                QRectF(label_width, y, page.width() - label_width, page.height()), flags, value
            )
            painter.drawText(box, flags, value)
            y += max(spacing, box.height()) + spacing * 0.25
        y += line * 0.5
        available = QRectF(0, y, page.width(), page.height() - y)
        scaled = opaque.size().scaled(
            int(available.width()), int(available.height()), Qt.AspectRatioMode.KeepAspectRatio
        )
        # Never enlarge beyond 2 device pixels per screenshot pixel (a small crop stays sharp).
        scale = min(scaled.width() / max(1, opaque.width()), 2.0 * writer.resolution() / 96)
        target = QRectF(0, y, opaque.width() * scale, opaque.height() * scale)
        painter.drawImage(target, opaque)
        painter.setPen(QColor("#555555"))
        painter.drawRect(target)
        painter.end()
    return result.data
