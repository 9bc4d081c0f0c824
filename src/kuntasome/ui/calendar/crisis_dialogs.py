"""Switching crisis mode on (why) and off (which paused posts go back, and when)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.calendar.crisis import end_crisis, resume, start_crisis
from kuntasome.core.changes import Change

from kuntasome.ui.accessible import leave_with_tab
from kuntasome.ui.formatting import datetime_edit_format
from kuntasome.ui.operations import SavingDialog, run_operation
from kuntasome.ui.widgets import Retranslating, to_local, to_qdatetime

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from kuntasome.core.calendar.crisis import PausedTarget
    from kuntasome.core.calendar.rules import ChannelInfo

    from kuntasome.ui.context import AppContext


class StartCrisisDialog(SavingDialog, Retranslating, QDialog):
    """Why crisis mode starts; optionally start the crisis message from the template."""

    def __init__(self, context: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.paused = 0
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.reason_label.setBuddy(self.reason)
        self.write_message = QCheckBox()
        self.write_message.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.reason_label, self.reason, self.write_message):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Switch crisis mode on"))
        self.intro.setText(
            self.tr(
                "Crisis mode pauses every planned and scheduled post that is not crisis"
                " communication. Nothing is deleted: when the crisis is over you choose what"
                " goes back and when. Crisis channels are highlighted."
            )
        )
        self.reason_label.setText(self.tr("&Why (recorded in the log):"))
        self.write_message.setText(self.tr("Write a crisis message from the template now"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Switch crisis mode on")
        )

    def accept(self) -> None:
        engine, actor_id, reason = (
            self.context.engine(),
            self.context.actor_id(),
            self.reason.toPlainText(),
        )
        self.close_after(
            self.context.events,
            lambda: start_crisis(
                engine, reason=reason, actor_id=actor_id, now=datetime.now().astimezone()
            ),
            changes=Change.CALENDAR,
            done=self._started,
        )

    def _started(self, paused: int) -> None:
        self.paused = paused


class EndCrisisDialog(SavingDialog, Retranslating, QDialog):
    """The posts crisis mode paused: tick the ones to put back, at their time or a new one."""

    def __init__(
        self,
        context: AppContext,
        paused: list[PausedTarget],
        channels: dict[int, ChannelInfo],
        tz: ZoneInfo,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.paused = paused
        self.tz = tz
        self.resumed = 0
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        # A form more than a list (a tick and a time to edit on each row): a QTableWidget.
        self.table = QTableWidget(len(paused), 3)
        leave_with_tab(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.times: list[QDateTimeEdit] = []
        now = datetime.now(tz)
        soon = (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        for row, item in enumerate(paused):
            channel = channels.get(item.channel_id)
            check = QTableWidgetItem(item.title)
            check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, check)
            self.table.setItem(row, 1, QTableWidgetItem(channel.label if channel else ""))
            original = item.scheduled_at.astimezone(tz) if item.scheduled_at else soon
            when = QDateTimeEdit(to_qdatetime(original if original > now else soon))
            when.setDisplayFormat(datetime_edit_format())
            when.setCalendarPopup(True)
            self.table.setCellWidget(row, 2, when)
            self.times.append(when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Crisis mode is off"))
        self.intro.setText(
            self.tr(
                "These posts were paused during the crisis. Ticked posts go back to the"
                " calendar at the time shown (times that passed during the crisis are moved to"
                " the next hour); the others stay paused until you move them."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Post"), self.tr("Channel"), self.tr("Time")])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Put back"))

    def accept(self) -> None:
        chosen = {
            item.target_id: to_local(self.times[row].dateTime(), self.tz)
            for row, item in enumerate(self.paused)
            if (tick := self.table.item(row, 0)) is not None
            and tick.checkState() == Qt.CheckState.Checked
        }
        engine, actor_id = self.context.engine(), self.context.actor_id()
        self.close_after(
            self.context.events,
            lambda: resume(engine, chosen, actor_id=actor_id),
            changes=Change.CALENDAR,
            done=self._resumed,
        )

    def _resumed(self, resumed: int) -> None:
        self.resumed = resumed


def end_crisis_mode(
    parent: QWidget,
    context: AppContext,
    channels: dict[int, ChannelInfo],
    tz: ZoneInfo,
    reload: Callable[[], None],
) -> None:
    """Ask, end crisis mode off the GUI thread, then offer to put the paused posts back."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CalendarPage", "End crisis mode"),
        QCoreApplication.translate("CalendarPage", "End crisis mode now?"),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    engine, actor_id = context.engine(), context.actor_id()

    def ended(paused: list[PausedTarget]) -> None:
        reload()
        if paused:
            EndCrisisDialog(context, paused, channels, tz, parent).exec()

    run_operation(
        parent,
        context.events,
        lambda: end_crisis(engine, actor_id=actor_id, now=datetime.now().astimezone()),
        changes=Change.CALENDAR,
        title=QCoreApplication.translate("CalendarPage", "End crisis mode"),
        done=ended,
    )
