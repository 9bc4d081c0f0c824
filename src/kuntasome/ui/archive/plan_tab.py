"""The Archive section's *Records plan* tab: each record type's code in the organisation's
records plan and how long it is kept (publicity and the basis shown alongside)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.archive.records_plan import PUBLICITY, PUBLICITY_SHORT, PlanEntry
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg

from kuntasome.ui.accessible import accessible_name, leave_with_tab
from kuntasome.ui.widgets import Retranslating, translate


class PlanTab(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Records plan"))
        leave_with_tab(self.table)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 130)
        self.table.setColumnWidth(2, 110)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.save_button = QPushButton()
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record type"),
                self.tr("Code in the records plan"),
                self.tr("Kept (years)"),
                self.tr("Publicity"),
            ]
        )
        self.hint.setText(
            self.tr(
                "The codes are your organisation's own, from its records plan"
                " (tiedonohjaussuunnitelma / dokumenthanteringsplan). Every snapshot carries them"
                " with the retention periods. Point at a record type to see why it is kept"
                " that long."
            )
        )
        self.save_button.setText(self.tr("Save the records plan"))
        for row in range(self.table.rowCount()):
            years = self.table.cellWidget(row, 2)
            name = self.table.item(row, 0)
            if isinstance(years, QSpinBox) and name is not None:
                self._word_years(years, name.text())

    def _word_years(self, years: QSpinBox, record: str) -> None:
        """A retention field's words: 0 reads "permanently"; a screen reader hears whose."""
        years.setSpecialValueText(self.tr("permanently"))
        years.setAccessibleName(arg(self.tr("Retention in years: {record}"), record=record))

    def show_plan(self, plan: list[PlanEntry]) -> None:
        self.table.setRowCount(len(plan))
        for row, entry in enumerate(plan):
            kind = entry.record_type
            name = QTableWidgetItem(translate("RecordsPlan", kind.title))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, entry.key)
            name.setToolTip(translate("RecordsPlan", kind.basis))  # why it is kept this long
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(entry.code))
            years = QSpinBox()
            years.setRange(0, 200)
            years.setValue(entry.retention_years)
            self._word_years(years, name.text())
            self.table.setCellWidget(row, 2, years)
            publicity = QTableWidgetItem(translate("RecordsPlan", PUBLICITY_SHORT[kind.publicity]))
            publicity.setToolTip(translate("RecordsPlan", PUBLICITY[kind.publicity]))
            publicity.setFlags(publicity.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 3, publicity)

    def edits(self) -> list[tuple[str, str, int]]:
        """The records plan as the table shows it: (record type, code, years)."""
        found = []
        for row in range(self.table.rowCount()):
            name, code = self.table.item(row, 0), self.table.item(row, 1)
            years = self.table.cellWidget(row, 2)
            assert name is not None and code is not None and isinstance(years, QSpinBox)
            found.append((name.data(Qt.ItemDataRole.UserRole), code.text().strip(), years.value()))
        return found
