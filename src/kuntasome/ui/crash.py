"""Unexpected errors: logged with their traceback, shown in a dialog, never swallowed."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kuntasome.core.messages import arg

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("kuntasome.crash")
qt_log = logging.getLogger("qt")
translate = QCoreApplication.translate

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def route_qt_messages() -> None:
    """Send Qt's own warnings into our log instead of stderr."""
    qInstallMessageHandler(_qt_message)


def crash_dialog(details: str, log_file: Path) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox  # when needed: not on the start-up path

    box = QMessageBox(
        QMessageBox.Icon.Critical, translate("Crash", "KuntaSome – unexpected error"), ""
    )
    box.setText(
        translate(
            "Crash",
            "Something went wrong that KuntaSome did not expect. Your saved data is safe;"
            " the action you were doing may not have finished.",
        )
    )
    box.setInformativeText(
        arg(
            translate("Crash", "The details below were also written to the log file:\n{log_file}"),
            log_file=str(log_file),
        )
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


class CrashHandler:
    """``sys.excepthook`` that logs and shows the crash dialog (once at a time)."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.showing = False

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("Unhandled exception", exc_info=(kind, exc, tb))
        if QApplication.instance() is None or self.showing:
            return
        self.showing = True
        try:
            details = "".join(traceback.format_exception(kind, exc, tb))
            crash_dialog(details, self.log_file).exec()
        finally:
            self.showing = False

    def install(self) -> None:
        sys.excepthook = self
