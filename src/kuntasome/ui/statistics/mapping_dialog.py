"""Map the columns of a table KuntaSome does not recognise: which is the date, which
columns hold which metric. Kept for the next file with the same columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.messages import arg
from kuntasome.core.statistics.importers.tables import Table
from kuntasome.core.statistics.mapping import ColumnMap, header_row, preview
from kuntasome.core.statistics.metrics import DAILY_METRICS
from kuntasome.core.statistics.series import METRIC_LABELS

from kuntasome.ui.accessible import leave_with_tab
from kuntasome.ui.widgets import Retranslating, translate

DATE = "__date__"


class MappingDialog(Retranslating, QDialog):
    def __init__(self, file_name: str, table: Table, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self.table = table
        self.header_index = header_row(table)
        rows: list[list[Any]] = preview(table)
        columns = max((len(r) for r in rows), default=0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.grid = QTableWidget(len(rows) + 1, columns)
        leave_with_tab(self.grid)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        for column in range(columns):
            combo = QComboBox()
            self.combos.append(combo)
            self.grid.setCellWidget(0, column, combo)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                self.grid.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Map the columns"))
        self.intro.setText(
            arg(
                self.tr(
                    "{file_name} is not a known export. Choose the column with "
                    "the date and the columns with figures (one value a day). "
                    "The choice is kept for the next file with the same columns."
                ),
                file_name=self.file_name,
            )
        )
        for combo in self.combos:
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("(not imported)"), "")
            combo.addItem(self.tr("Date"), DATE)
            for metric in DAILY_METRICS:
                combo.addItem(translate("Metrics", METRIC_LABELS[metric]), metric)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def mapping(self) -> ColumnMap | None:
        choices = [c.currentData() for c in self.combos]
        if choices.count(DATE) != 1:
            return None
        metrics = {i: m for i, m in enumerate(choices) if m and m != DATE}
        if not metrics:
            return None
        return ColumnMap(self.header_index, choices.index(DATE), metrics)

    def _accept(self) -> None:
        if self.mapping() is None:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Choose exactly one date column and at least one column of figures."),
            )
            return
        self.accept()
