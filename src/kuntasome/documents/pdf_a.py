"""A PDF/A-1b writer in memory: every PDF the app makes starts here (Qt's PDF writer)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter


class PdfBytes:
    """Filled with the document when the ``pdf_a`` block ends."""

    data: bytes = b""


@contextmanager
def pdf_a(
    *, landscape: bool = False, margin_mm: float = 15, title: str = "", author: str = ""
) -> Iterator[tuple[QPdfWriter, PdfBytes]]:
    """An A4 PDF/A-1b writer; paint on it inside the block, read the bytes after it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("KuntaSome")
    writer.setAuthor(author)
    result = PdfBytes()
    yield writer, result
    buffer.close()
    result.data = bytes(data.data())
