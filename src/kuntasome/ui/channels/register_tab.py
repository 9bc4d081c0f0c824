"""The register: filters above a sortable table, the chosen channel's record beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.channels.public_list import LANGUAGE_NAMES
from kuntasome.core.channels.register import STATUSES
from kuntasome.core.channels.register_view import RegisterFilter, RegisterRow
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.people import PersonDetails, UnitRow
from kuntasome.core.platforms import PLATFORMS

from kuntasome.ui.accessible import accessible_name, leave_with_tab
from kuntasome.ui.channels.channel_editor import ChannelEditor, status_label
from kuntasome.ui.channels.register_model import RegisterModel
from kuntasome.ui.widgets import Retranslating, translate

if TYPE_CHECKING:
    from kuntasome.ui.context import AppContext


class RegisterTab(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit()
        accessible_name(self.search, QT_TRANSLATE_NOOP("AccessibleNames", "Search the register"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.platform = QComboBox()
        self.platform.addItem("", "")
        for key, platform in PLATFORMS.items():
            self.platform.addItem(platform.name, key)
        self.unit = QComboBox()
        self.unit.addItem("", None)
        self.status = QComboBox()
        self.status.addItem("", "")
        for status in STATUSES:
            self.status.addItem("", status)
        self.language = QComboBox()
        self.language.addItem("", "")
        for code in LANGUAGE_NAMES:
            self.language.addItem("", code)
        for combo in (self.platform, self.unit, self.status, self.language):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.review_due = QCheckBox()
        self.attention = QCheckBox()
        for check in (self.review_due, self.attention):
            check.toggled.connect(self.apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.review_due)
        filters.addWidget(self.attention)
        second = QHBoxLayout()
        for widget in (self.platform, self.unit, self.status, self.language):
            second.addWidget(widget, 1)
        self.count = QLabel()
        self.count.setObjectName("hint")
        second.addWidget(self.count)

        self.model = RegisterModel(context.today())
        self.table = QTableView()
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Channel register"))
        leave_with_tab(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RegisterModel.PLATFORM, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_headers()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.new_button = QPushButton()
        self.import_button = QPushButton()
        self.public_button = QPushButton()
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.public_button)
        actions.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(second)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        self.editor = ChannelEditor(context)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.current_id = 0
        self.pending_select = 0  # a channel just added: shown once the register reloads
        self._reselecting = False
        self.retranslate()

    #: Each column's usual width; wider where its header needs it (a language's words).
    WIDTHS = (180, 80, 160, 80, 200, 90, 150, 150)

    def _fit_headers(self) -> None:
        header = self.table.horizontalHeader()
        for column, width in enumerate(self.WIDTHS):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def retranslate(self) -> None:
        self._fit_headers()  # "Nästa granskning" was cut to "sta granskni"
        self.search.setPlaceholderText(
            self.tr("Search by name, handle, unit or person with access…")
        )
        self.platform.setItemText(0, self.tr("All services"))
        self.unit.setItemText(0, self.tr("All units"))
        self.status.setItemText(0, self.tr("All statuses"))
        for i in range(1, self.status.count()):
            self.status.setItemText(i, status_label(self.status.itemData(i)))
        self.language.setItemText(0, self.tr("All languages"))
        for i in range(1, self.language.count()):
            code = self.language.itemData(i)
            self.language.setItemText(i, translate("Languages", LANGUAGE_NAMES[code]))
        self.review_due.setText(self.tr("Review due"))
        self.review_due.setToolTip(
            self.tr("Channels in use whose review is overdue, due within 30 days, or never done")
        )
        self.attention.setText(self.tr("Needs attention"))
        self.attention.setToolTip(
            self.tr(
                "Too few admins, unverified admin access, access held by someone who has"
                " left, no responsible manager, or no two-factor authentication"
            )
        )
        self.new_button.setText(self.tr("Add a channel…"))
        self.import_button.setText(self.tr("Import a spreadsheet…"))
        self.public_button.setText(self.tr("Public channel list…"))
        self._show_count()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    # -- data ----------------------------------------------------------------------------
    def show_rows(
        self, rows: list[RegisterRow], units: list[UnitRow], people: list[PersonDetails]
    ) -> None:
        """New data from the database; the chosen channel stays chosen if it still exists."""
        self.editor.set_choices(units, people)
        unit = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for row in units:
            self.unit.addItem(row.name, row.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        self.unit.blockSignals(False)
        self.model.set_rows(rows, self.context.today())
        self.model.set_filter(self.current_filter())
        self._after_reset(refresh_editor=True)
        if self.pending_select:
            self.select_channel(self.pending_select)
            self.pending_select = 0

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            text=self.search.text(),
            platform=self.platform.currentData(),
            unit_id=self.unit.currentData(),
            status=self.status.currentData(),
            language=self.language.currentData(),
            review_due=self.review_due.isChecked(),
            needs_attention=self.attention.isChecked(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._after_reset(refresh_editor=False)

    def _after_reset(self, *, refresh_editor: bool) -> None:
        """Keep the chosen channel selected across a filter or reload."""
        self._show_count()
        self._back_to_current()
        if refresh_editor and self.current_id:
            self._show_current(keep_edits=True)
        elif not self.current_id and self.model.rows:
            self._set_current_row(0)  # the first load: show a channel rather than an empty form

    def _show_count(self) -> None:
        self.count.setText(
            arg(
                self.tr("{rows} of {all_rows} channels"),
                rows=str(len(self.model.rows)),
                all_rows=str(len(self.model.all_rows)),
            )
        )

    def select_channel(self, channel_id: int) -> None:
        row = self.model.row_of(channel_id)
        if row < 0:  # filtered out: clear the filters so the channel can be seen
            for combo in (self.platform, self.unit, self.status, self.language):
                combo.setCurrentIndex(0)
            self.review_due.setChecked(False)
            self.attention.setChecked(False)
            self.search.clear()
            row = self.model.row_of(channel_id)
        if row >= 0:
            self._set_current_row(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _set_current_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reselecting or not current.isValid():
            return
        channel_id = self.model.row_id(current.row())
        if channel_id == self.current_id:
            return
        if self.editor.dirty:  # stay on the edited channel until the user decides
            QTimer.singleShot(0, self._back_to_current)
        self.editor.maybe_keep_changes(lambda: self._go_to(channel_id))

    def _go_to(self, channel_id: int) -> None:
        self.current_id = channel_id
        self._back_to_current()
        self._show_current(keep_edits=False)

    def _back_to_current(self) -> None:
        """The table points at the channel being edited again (after a reset, or when the
        user chose to stay with unsaved changes), without treating that as a new choice."""
        row = self.model.row_of(self.current_id)
        if row >= 0:
            self._reselecting = True
            self._set_current_row(row)
            self._reselecting = False

    def _show_current(self, *, keep_edits: bool) -> None:
        row = next((r for r in self.model.all_rows if r.id == self.current_id), None)
        warnings = row.warnings if row else ()
        if keep_edits and self.editor.dirty:
            self.editor.access.show_channel(self.current_id, warnings)
        else:
            self.editor.show_channel(self.current_id if row else 0, warnings)
