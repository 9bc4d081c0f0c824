"""The register table's model: rows from the core, filtered and sorted in plain Python."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kuntasome.core.channels.register import STATUS_LABELS
from kuntasome.core.channels.register_view import (
    RegisterFilter,
    RegisterRow,
    filter_rows,
    review_is_due,
)

from kuntasome.ui.formatting import format_date
from kuntasome.ui.widgets import translate

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOUR = QColor("#9a4d0e")


class RegisterModel(QAbstractTableModel):
    """One row per channel; ``set_filter`` and ``sort`` reset the visible rows."""

    NAME, PLATFORM, HANDLE, STATUS, ATTENTION, REVIEW, UNIT, MANAGER, LANGUAGES = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("RegisterModel", "Name"),
        QT_TRANSLATE_NOOP("RegisterModel", "Service"),
        QT_TRANSLATE_NOOP("RegisterModel", "Handle"),
        QT_TRANSLATE_NOOP("RegisterModel", "Status"),
        QT_TRANSLATE_NOOP("RegisterModel", "Needs attention"),
        QT_TRANSLATE_NOOP("RegisterModel", "Next review"),
        QT_TRANSLATE_NOOP("RegisterModel", "Unit"),
        QT_TRANSLATE_NOOP("RegisterModel", "Responsible manager"),
        QT_TRANSLATE_NOOP("RegisterModel", "Languages"),
    )

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today
        self.all_rows: list[RegisterRow] = []
        self.rows: list[RegisterRow] = []
        self.filter = RegisterFilter()
        self.sort_column = self.PLATFORM
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- data in -------------------------------------------------------------------------
    def set_rows(self, rows: list[RegisterRow], today: date | None = None) -> None:
        self.all_rows = list(rows)
        if today is not None:
            self.today = today
        self._sort()
        self._refilter()

    def set_filter(self, f: RegisterFilter) -> None:
        if f != self.filter:
            self.filter = f
            self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        # Filtering keeps the order, so the rows are sorted once, not on every keystroke.
        self.rows = filter_rows(self.all_rows, self.filter, self.today)
        self.endResetModel()

    def row_id(self, row: int) -> int:
        return self.rows[row].id

    def row_of(self, channel_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == channel_id:
                return i
        return -1

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return translate("RegisterModel", str(self.HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ATTENTION and row.warnings:
                return "\n".join(w.translated(translate) for w in row.warnings)
            if column in (self.NAME, self.HANDLE):
                return row.url
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.ATTENTION and row.warnings:
                return QBrush(WARNING_COLOUR)
            if column == self.REVIEW and review_is_due(row, self.today):
                return QBrush(WARNING_COLOUR)
        return None

    def _text(self, row: RegisterRow, column: int) -> str:
        if column == self.NAME:
            return row.display_name or row.handle
        if column == self.PLATFORM:
            return row.platform_name
        if column == self.HANDLE:
            return row.handle
        if column == self.STATUS:
            return translate("ChannelStatus", STATUS_LABELS.get(row.status, row.status))
        if column == self.UNIT:
            return row.unit
        if column == self.MANAGER:
            return row.manager
        if column == self.LANGUAGES:
            return ", ".join(row.languages)
        if column == self.REVIEW:
            return format_date(row.next_review_on) if row.next_review_on else ""
        if column == self.ATTENTION:
            if not row.warnings:
                return ""
            first = row.warnings[0].translated(translate)
            more = len(row.warnings) - 1
            return f"{first} (+{more})" if more else first
        return ""

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = [r.id for r in self.rows]
        self._sort()
        self.rows = filter_rows(self.all_rows, self.filter, self.today)
        new_rows = {r.id: i for i, r in enumerate(self.rows)}
        for persistent in self.persistentIndexList():
            if persistent.isValid():
                target = new_rows[old[persistent.row()]]
                self.changePersistentIndex(persistent, self.index(target, persistent.column()))
        self.layoutChanged.emit()

    def _sort(self) -> None:
        column = self.sort_column

        def key(r: RegisterRow) -> tuple[Any, ...]:
            if column == self.REVIEW:
                return (r.next_review_on or date.max, r.handle.casefold())
            if column == self.ATTENTION:
                return (len(r.warnings), r.handle.casefold())
            return (self._text(r, column).casefold(), r.handle.casefold())

        self.all_rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
