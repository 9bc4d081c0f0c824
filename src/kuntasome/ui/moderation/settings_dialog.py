"""The moderation log's shared settings and the list of removal reasons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.moderation.removal_reasons import Reason
from kuntasome.core.moderation.settings import ModerationSettings

from kuntasome.ui.accessible import leave_with_tab
from kuntasome.ui.events import DataEvents
from kuntasome.ui.operations import SavingDialog
from kuntasome.ui.widgets import Retranslating

if TYPE_CHECKING:
    from kuntasome.core.moderation.choices import ModerationSetup


def _years() -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 50)
    return box


class ModerationSettingsDialog(SavingDialog, Retranslating, QDialog):
    """The moderation rules and removal reasons; OK saves them with *save*."""

    def __init__(
        self,
        setup: ModerationSetup,
        parent: QWidget | None,
        *,
        events: DataEvents,
        save: Callable[[ModerationSettings, list[Reason]], object],
    ) -> None:
        super().__init__(parent)
        self.events, self.save = events, save
        s = setup.settings
        self.deadline = QComboBox()
        for days in range(3):
            self.deadline.addItem("", days)
        self.deadline.setCurrentIndex(min(2, s.answer_within_working_days))
        self.opens = QTimeEdit(QTime(s.office_opens.hour, s.office_opens.minute))
        self.closes = QTimeEdit(QTime(s.office_closes.hour, s.office_closes.minute))
        self.checkins = QSpinBox()
        self.checkins.setRange(1, 24)
        self.checkins.setValue(s.checkins_per_working_day)
        self.keep_removals = _years()
        self.keep_removals.setValue(s.keep_removals_with_evidence_years)
        self.keep_blocks = _years()
        self.keep_blocks.setValue(s.keep_blocks_years)
        self.keep_other = _years()
        self.keep_other.setValue(s.keep_other_entries_years)
        self.reasons = QTableWidget(0, 4)
        leave_with_tab(self.reasons)
        self.reasons.verticalHeader().hide()
        for reason in setup.reasons:
            self._add_reason_row(reason)
        self.add_reason = QPushButton()
        self.add_reason.clicked.connect(lambda: self._add_reason_row(Reason("", "", "", "")))
        self.labels = {
            k: QLabel()
            for k in ("deadline", "opens", "closes", "checkins", "removals", "blocks", "other")
        }
        self.groups = [QGroupBox(), QGroupBox(), QGroupBox()]
        deadlines = QFormLayout(self.groups[0])
        for key, widget in (
            ("deadline", self.deadline),
            ("opens", self.opens),
            ("closes", self.closes),
            ("checkins", self.checkins),
        ):
            deadlines.addRow(self.labels[key], widget)
            self.labels[key].setBuddy(widget)
        retention = QFormLayout(self.groups[1])
        for key, widget in (
            ("removals", self.keep_removals),
            ("blocks", self.keep_blocks),
            ("other", self.keep_other),
        ):
            retention.addRow(self.labels[key], widget)
            self.labels[key].setBuddy(widget)
        reasons = QVBoxLayout(self.groups[2])
        reasons.addWidget(self.reasons)
        row = QHBoxLayout()
        row.addWidget(self.add_reason)
        row.addStretch(1)
        reasons.addLayout(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.groups[0])
        top.addWidget(self.groups[1])
        layout.addLayout(top)
        layout.addWidget(self.groups[2], 1)
        layout.addWidget(self.buttons)
        self.resize(860, 600)
        self.retranslate()

    def _add_reason_row(self, reason: Reason) -> None:
        row = self.reasons.rowCount()
        self.reasons.insertRow(row)
        for column, text in enumerate((reason.label_fi, reason.label_sv, reason.label_en)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, reason.code)
            self.reasons.setItem(row, column, item)
        active = QTableWidgetItem()
        active.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        active.setCheckState(Qt.CheckState.Checked if reason.active else Qt.CheckState.Unchecked)
        self.reasons.setItem(row, 3, active)
        if not reason.code:
            self.reasons.setCurrentCell(row, 0)
            first = self.reasons.item(row, 0)
            if first is not None:
                self.reasons.editItem(first)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Moderation settings"))
        self.groups[0].setTitle(self.tr("Deadlines and monitoring"))
        self.groups[1].setTitle(self.tr("Retention of personal data (years)"))
        self.groups[2].setTitle(self.tr("Reasons for hiding or removing a comment"))
        for index, text in enumerate(
            (
                self.tr("the same working day"),
                self.tr("by the next working day"),
                self.tr("within two working days"),
            )
        ):
            self.deadline.setItemText(index, text)
        texts = {
            "deadline": self.tr("Answer &due"),
            "opens": self.tr("Office &opens"),
            "closes": self.tr("Office &closes"),
            "checkins": self.tr("Check-&ins per working day"),
            "removals": self.tr("&Removals with evidence"),
            "blocks": self.tr("&Blocks"),
            "other": self.tr("Other &entries"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.reasons.setHorizontalHeaderLabels(
            [self.tr("Finnish"), self.tr("Swedish"), self.tr("English"), self.tr("In use")]
        )
        self.reasons.resizeColumnsToContents()
        self.add_reason.setText(self.tr("Add a reason"))

    def settings(self) -> ModerationSettings:
        def t(edit: QTimeEdit) -> time:
            value = edit.time()
            return time(value.hour(), value.minute())

        return ModerationSettings(
            answer_within_working_days=int(self.deadline.currentData()),
            office_opens=t(self.opens),
            office_closes=t(self.closes),
            checkins_per_working_day=self.checkins.value(),
            keep_removals_with_evidence_years=self.keep_removals.value(),
            keep_blocks_years=self.keep_blocks.value(),
            keep_other_entries_years=self.keep_other.value(),
        )

    def accept(self) -> None:
        settings, reasons, save = self.settings(), self.reason_list(), self.save
        self.close_after(self.events, lambda: save(settings, reasons), changes=Change.MODERATION)

    def reason_list(self) -> list[Reason]:
        result = []
        for row in range(self.reasons.rowCount()):
            cells = [self.reasons.item(row, c) for c in range(4)]
            texts = [cell.text() if cell is not None else "" for cell in cells[:3]]
            first = self.reasons.item(row, 0)
            code = str(first.data(Qt.ItemDataRole.UserRole) or "") if first else ""
            if not code and not any(t.strip() for t in texts):
                continue  # an added row left empty
            ticked = cells[3]
            active = ticked is not None and ticked.checkState() == Qt.CheckState.Checked
            result.append(Reason(code, texts[0], texts[1], texts[2], active))
        return result
