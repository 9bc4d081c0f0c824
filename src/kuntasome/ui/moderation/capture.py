"""Screen capture from inside the app: the window steps aside, then the whole screen or a
region chosen with the mouse becomes the evidence picture."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from kuntasome.ui.widgets import Retranslating

# Long enough for the window manager to take the window off the screen.
HIDE_DELAY_MS = 350


def grab_screen_without(window: QWidget, done: Callable[[QPixmap], None]) -> None:
    """Hide *window*, grab the screen it was on, show the window again, hand over the picture."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.hide()

    def grab() -> None:
        picture = screen.grabWindow(0)
        window.show()
        window.raise_()
        done(picture)

    QTimer.singleShot(HIDE_DELAY_MS, grab)


class RegionSelector(Retranslating, QWidget):
    """The grabbed screen, full screen; drag a rectangle, Esc cancels."""

    chosen = Signal(QPixmap)
    cancelled = Signal()

    def __init__(self, picture: QPixmap) -> None:
        super().__init__(
            None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.picture = picture
        self.origin: QPoint | None = None
        self.current: QPoint | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Drag over the part of the screen to keep; Esc cancels"))
        self.setAccessibleName(self.windowTitle())

    def selection(self) -> QRect:
        if self.origin is None or self.current is None:
            return QRect()
        a, b = self.origin, self.current
        return QRect(min(a.x(), b.x()), min(a.y(), b.y()), abs(a.x() - b.x()), abs(a.y() - b.y()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self.picture)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 90))
        area = self.selection()
        if not area.isEmpty():
            painter.drawPixmap(area, self.picture, self._source(area))
            painter.setPen(QColor("#0072B2"))
            painter.drawRect(area.adjusted(0, 0, -1, -1))
        painter.setPen(QColor("white"))
        painter.drawText(
            self.rect().adjusted(16, 16, -16, -16), Qt.AlignmentFlag.AlignTop, self.windowTitle()
        )
        painter.end()

    def _source(self, area: QRect) -> QRect:
        # The picture may have more pixels than the widget (high-DPI screens).
        sx = self.picture.width() / max(1, self.width())
        sy = self.picture.height() / max(1, self.height())
        return QRect(
            int(area.x() * sx), int(area.y() * sy), int(area.width() * sx), int(area.height() * sy)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.origin = self.current = event.position().toPoint()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.origin is not None:
            self.current = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.current = event.position().toPoint()
        area = self.selection()
        if area.width() < 4 or area.height() < 4:
            self.origin = self.current = None  # a click, not a drag: try again
            self.update()
            return
        self.chosen.emit(self.picture.copy(self._source(area)))
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            self.close()
            return
        super().keyPressEvent(event)
