"""Monitoring check-ins: "checked now", and the gaps per channel and working day."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.moderation.monitoring import check_in

from kuntasome.ui.accessible import accessible_name, leave_with_tab
from kuntasome.ui.formatting import format_datetime
from kuntasome.ui.operations import run_operation
from kuntasome.ui.service_icons import channel_item
from kuntasome.ui.widgets import Retranslating, status_message

if TYPE_CHECKING:
    from kuntasome.core.moderation.choices import ChannelChoice
    from kuntasome.core.moderation.monitoring import CheckinGrid, CheckStatus

    from kuntasome.ui.context import AppContext

GAP = QColor("#F6D4C2")  # a light vermilion: under the day's target


class CheckInDialog(Retranslating, QDialog):
    """Which channels were looked at just now (all, unless unticked)."""

    def __init__(self, channels: list[ChannelChoice], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        for channel in channels:
            item = QListWidgetItem(*channel_item(channel.label, channel.platform))
            item.setData(Qt.ItemDataRole.UserRole, channel.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Checked now"))
        self.text.setText(
            self.tr("The comments and messages of these channels were checked just now:")
        )

    def chosen(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class MonitoringTab(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.grid: CheckinGrid | None = None
        self.status: CheckStatus | None = None
        self.tz: Any = None  # the organisation's zone, once the data is shown
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.table = QTableWidget()
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Monitoring check-ins"))
        leave_with_tab(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        bar = QHBoxLayout()  # "Checked now…" itself is on the section's bar, always in reach
        bar.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        target = self.grid.target if self.grid else 3
        self.legend.setText(
            arg(
                self.tr(
                    "Check-ins per channel and working day; shaded days have fewer than {target}."
                ),
                target=str(target),
            )
        )
        self._fill_status()
        self._fill_grid()

    def show_data(self, grid: CheckinGrid, status: CheckStatus, tz: object) -> None:
        self.grid, self.status, self.tz = grid, status, tz
        self.retranslate()

    def _fill_status(self) -> None:
        status, tz = self.status, self.tz
        if status is None or tz is None:
            self.status_label.clear()
            return
        if status.due:
            text = self.tr("A check is due now.")
        elif status.next_due_at:
            text = arg(
                self.tr("Next check due {when}."), when=format_datetime(status.next_due_at, tz)
            )
        else:
            text = ""
        if status.last_check_at:
            text += " " + arg(
                self.tr("Last check-in {when}."), when=format_datetime(status.last_check_at, tz)
            )
        self.status_label.setText(text.strip())
        self.status_label.setStyleSheet("color: #D55E00; font-weight: bold;" if status.due else "")

    def _fill_grid(self) -> None:
        grid = self.grid
        if grid is None:
            return
        self.table.setRowCount(len(grid.channels))
        self.table.setColumnCount(len(grid.days))
        locale = QLocale()
        self.table.setHorizontalHeaderLabels(
            [locale.toString(QDate(d.year, d.month, d.day), "ddd d.M.") for d in grid.days]
        )
        for i, c in enumerate(grid.channels):
            header = QTableWidgetItem(*channel_item(c.label, c.platform))
            self.table.setVerticalHeaderItem(i, header)
        for i, channel in enumerate(grid.channels):
            for j, day in enumerate(grid.days):
                count = grid.count(channel.id, day)
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if count < grid.target:
                    item.setBackground(QBrush(GAP))
                    item.setToolTip(
                        arg(
                            self.tr("{count} of {target} check-ins"),
                            count=str(count),
                            target=str(grid.target),
                        )
                    )
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def check_in(self) -> None:
        if self.grid is None:
            return
        dialog = CheckInDialog(self.grid.channels, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        engine, chosen, person_id = self.context.engine(), dialog.chosen(), self.context.actor_id()
        run_operation(
            self,
            self.context.events,
            lambda: check_in(engine, chosen, person_id=person_id),
            changes=Change.MODERATION,
            title=dialog.windowTitle(),
            done=self._checked_in,
        )

    def _checked_in(self, count: int) -> None:
        status_message(self, self.tr("Check-in recorded for %n channel(s)", "", count), 5000)
