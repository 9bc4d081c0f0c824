"""Importing a channel inventory spreadsheet: choose the file, match columns, preview, import.

Nothing is written until every row is valid; the preview names each problem by the row
number the spreadsheet shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.channels.inventory_import import (
    FIELD_LABELS,
    FIELDS,
    REQUIRED,
    ImportFailed,
    Preview,
    RowProblem,
    Table,
    already_registered,
    import_channels,
    preview,
    read_table,
    suggest_mapping,
)
from kuntasome.core.errors import UserError
from kuntasome.core.messages import arg
from kuntasome.core.platforms import PLATFORMS

from kuntasome.ui.accessible import leave_with_tab
from kuntasome.ui.channels.channel_editor import status_label
from kuntasome.ui.file_dialogs import open_file_name
from kuntasome.ui.operations import SavingDialog
from kuntasome.ui.widgets import Retranslating, show_error, translate

if TYPE_CHECKING:
    from kuntasome.ui.context import AppContext

PREVIEW_ROWS = 500
PROBLEM_COLOUR = QColor("#fde8e4")


class ImportDialog(SavingDialog, Retranslating, QDialog):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.table: Table | None = None
        self.checked: Preview | None = None
        self.problems: list[RowProblem] = []
        self.imported = 0
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        self.mapping_title = QLabel()
        self.mapping_title.setObjectName("sectionTitle")
        self.combos: dict[str, QComboBox] = {}
        self.field_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, name in enumerate(FIELDS):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._refresh_preview)
            label = QLabel()
            label.setBuddy(combo)
            self.combos[name] = combo
            self.field_labels[name] = label
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.preview_title = QLabel()
        self.preview_title.setObjectName("sectionTitle")
        self.grid = QTableWidget(0, 6)
        leave_with_tab(self.grid)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.grid.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setMaximumHeight(110)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_title)
        layout.addLayout(grid)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self.retranslate()
        if path is not None:
            self.open_file(path)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a channel spreadsheet"))
        self.choose_button.setText(self.tr("Choose a file…"))
        self.mapping_title.setText(self.tr("Which column holds what"))
        self.preview_title.setText(self.tr("Preview"))
        self.import_button.setText(self.tr("&Import"))
        for name, label in self.field_labels.items():
            text = translate("ImportField", FIELD_LABELS[name])
            label.setText(text[:1].upper() + text[1:] + (" *" if name in REQUIRED else "") + ":")
            if self.combos[name].count():
                self.combos[name].setItemText(0, self.tr("(not in the file)"))
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Service"),
                self.tr("Handle"),
                self.tr("Name"),
                self.tr("Status"),
                self.tr("Unit"),
            ]
        )
        self._show_file()
        self._show_result()

    # -- file ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = open_file_name(
            self,
            self.tr("Choose a channel spreadsheet"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        try:
            table = read_table(path)
        except UserError as error:
            show_error(self, self.windowTitle(), error)
            return
        self.path, self.table = path, table
        mapping = suggest_mapping(table.headers)
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header or arg(self.tr("column {index}"), index=str(index + 1)), index)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(name))))
            combo.blockSignals(False)
        self._show_file()
        self._refresh_preview()

    def _show_file(self) -> None:
        if self.table is None:
            self.file_label.setText(self.tr("Choose a CSV or Excel file with one row per channel."))
        else:
            self.file_label.setText(
                arg(
                    self.tr("{name}: {rows} rows"),
                    name=self.path.name,
                    rows=str(len(self.table.rows)),
                )
            )

    def mapping(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        }

    # -- preview -------------------------------------------------------------------------
    def _refresh_preview(self) -> None:
        if self.table is None:
            return
        self.checked = None
        self.problems = []
        self.missing = ""
        try:
            self.checked = preview(self.table, self.mapping())
        except ImportFailed as error:
            self.missing = error.translated(translate)
        else:
            self.problems = list(self.checked.problems)
            if not self.problems:
                self.problems = already_registered(self.context.engine(), self.checked)
        self._show_result()

    def _show_result(self) -> None:
        checked = self.checked
        self.import_button.setEnabled(checked is not None and not self.problems)
        self.problem_list.clear()
        if self.table is None:
            self.summary.clear()
            self.problem_list.hide()
            self.grid.setRowCount(0)
            return
        if checked is None:
            self.summary.setText(getattr(self, "missing", ""))
            self.problem_list.hide()
            self.grid.setRowCount(0)
            return
        bad_rows = {p.row for p in self.problems}
        shown = list(zip(checked.row_numbers, checked.channels, strict=True))[:PREVIEW_ROWS]
        self.grid.setRowCount(len(shown))
        for i, (number, values) in enumerate(shown):
            cells = (
                str(number),
                PLATFORMS[values["platform"]].name,
                values["handle"],
                values["display_name"],
                status_label(values["status"]),
                values["unit"],
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if number in bad_rows:
                    item.setBackground(QBrush(PROBLEM_COLOUR))
                self.grid.setItem(i, column, item)
        for problem in self.problems:
            self.problem_list.addItem(
                arg(
                    self.tr("Row {row}: {problem}"),
                    row=str(problem.row),
                    problem=problem.error.translated(translate),
                )
            )
        self.problem_list.setVisible(bool(self.problems))
        if self.problems:
            self.summary.setText(
                self.tr(
                    "%n row(s) have problems. Correct them in the file (or choose other"
                    " columns) and open it again: nothing is imported until every row is right.",
                    "",
                    len(self.problems),
                )
            )
        else:
            self.summary.setText(
                self.tr("%n channel(s) ready to import.", "", len(checked.channels))
            )

    # -- import --------------------------------------------------------------------------
    def accept(self) -> None:
        if self.table is None or self.checked is None or self.problems:
            return
        engine, table, mapping, actor_id = (
            self.context.engine(),
            self.table,
            self.mapping(),
            self.context.actor_id(),
        )
        self.close_after(
            self.context.events,
            lambda: import_channels(engine, table, mapping, actor_id=actor_id),
            changes=Change.CHANNELS | Change.ORGANISATION,  # units may be new
            done=self._imported,
            failed=lambda _error: self._refresh_preview(),
        )

    def _imported(self, imported: int) -> None:
        self.imported = imported
