"""Reminders in the system tray: posts due within the hour, approvals waiting, posts whose
time passed without being marked published, comments past their answer deadline and a
monitoring check due. Checked with the Today overview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from kuntasome.core.messages import arg

from kuntasome.documents.language import writing_for
from kuntasome.documents.period_names import period_name

if TYPE_CHECKING:
    from kuntasome.core.today import TodayOverview


def reminder_texts(previous: TodayOverview | None, now: TodayOverview) -> list[str]:
    """What is new since the last check and worth interrupting for."""
    texts: list[str] = []
    if now.posts_next_hour and (
        previous is None or previous.posts_next_hour != now.posts_next_hour
    ):
        texts.append(
            QCoreApplication.translate(
                "Reminders", "%n post(s) due within the hour.", "", now.posts_next_hour
            )
        )
    if now.approvals_waiting and (
        previous is None or now.approvals_waiting > previous.approvals_waiting
    ):
        texts.append(
            QCoreApplication.translate(
                "Reminders", "%n post(s) waiting for approval.", "", now.approvals_waiting
            )
        )
    if now.missed_publications and (
        previous is None or now.missed_publications > previous.missed_publications
    ):
        texts.append(
            QCoreApplication.translate(
                "Reminders",
                "%n scheduled post(s) not marked published.",
                "",
                now.missed_publications,
            )
        )
    if now.answers_overdue and (previous is None or now.answers_overdue > previous.answers_overdue):
        texts.append(
            QCoreApplication.translate(
                "Reminders", "%n comment(s) past the answer deadline.", "", now.answers_overdue
            )
        )
    if now.check_due and (previous is None or not previous.check_due):
        texts.append(
            QCoreApplication.translate(
                "Reminders", "Time to check the channels' comments and messages."
            )
        )
    if now.report_due is not None and (previous is None or previous.report_due != now.report_due):
        period = period_name(now.report_due, writing_for(QLocale().name()[:2]), dates=False)
        texts.append(
            arg(
                QCoreApplication.translate("Reminders", "A management report is due: {period}."),
                period=period,
            )
        )
    if now.snapshot_due is not None and (
        previous is None or previous.snapshot_due != now.snapshot_due
    ):
        period = period_name(now.snapshot_due, writing_for(QLocale().name()[:2]), dates=False)
        texts.append(
            arg(
                QCoreApplication.translate("Reminders", "The archive snapshot of {period} is due."),
                period=period,
            )
        )
    new_finals = set(now.final_snapshots_due) - set(
        previous.final_snapshots_due if previous else ()
    )
    if new_finals:
        texts.append(
            arg(
                QCoreApplication.translate(
                    "Reminders", "A closed channel needs its final archive snapshot: {channels}."
                ),
                channels=", ".join(sorted(new_finals)),
            )
        )
    return texts


class Reminders(QObject):
    """Shows new reminders as tray notifications (or only signals them without a tray)."""

    notified = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.previous: TodayOverview | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            self.tray.setToolTip("KuntaSome")
            self.tray.activated.connect(lambda _reason: self._bring_up(window))
            self.tray.show()

    @staticmethod
    def _bring_up(window: QWidget) -> None:
        window.showNormal()
        window.raise_()

    def update(self, overview: TodayOverview) -> None:
        texts = reminder_texts(self.previous, overview)
        self.previous = overview
        if not texts:
            return
        message = "\n".join(texts)
        if self.tray is not None:
            self.tray.showMessage("KuntaSome", message, QSystemTrayIcon.MessageIcon.Information)
        self.notified.emit(message)
