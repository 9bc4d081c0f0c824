"""The services as small drawn badges, and a channel's colour swatch, for lists and menus."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from kuntasome.ui.formatting import channel_text

# Each service's own colour and a mark a reader knows it by (not its logo, which is theirs).
_SERVICES = {
    "facebook": ("#1877F2", "f"),
    "instagram": ("#C13584", "Ig"),
    "x": ("#000000", "X"),
    "threads": ("#000000", "@"),
    "tiktok": ("#010101", "♪"),
    "youtube": ("#FF0000", "▶"),
    "linkedin": ("#0A66C2", "in"),
    "mastodon": ("#6364FF", "M"),
    "bluesky": ("#1185FE", "B"),
}


@cache
def service_icon(platform: str) -> QIcon:
    """A service as a small badge in its colour, for tables, lists and menus."""
    colour, mark = _SERVICES.get(platform, ("#5b6b77", platform[:1].upper() or "?"))
    result = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(round(size * (0.5 if len(mark) > 1 else 0.66)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, mark)
        painter.end()
        result.addPixmap(pixmap)
    return result


def swatch(colour: QColor) -> QIcon:
    """A small square of a channel's colour, for lists and menus."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


def channel_item(label: str, platform: str) -> tuple[QIcon, str]:
    """A channel in a list, menu or combo: its service's badge and "Name (Service)"."""
    return service_icon(platform), channel_text(label, platform)
