"""One read-only table of records for every list of the window: a model over the rows as
given (nothing is copied into per-cell items, so 100,000 rows show at once), sortable by a
click on a column's header, with each cell's full text as its tooltip.

Rows are sequences of cells; a cell is a plain string or a :class:`Cell` when it needs more
(a sort key, an alignment, a colour). Row numbers in the API (``currentRow``, ``selectRow``,
``text``, ``set_cell``) are the positions in the rows given to ``show_rows``, whatever the
order the user has sorted the table in, so a caller indexes its own list with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
#: The value a column is sorted by (the cell's sort key, else its text).
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The row's position in the rows given to the model.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    sort_key: Any = None  # None: the text, without regard to case
    tooltip: str = ""  # "": the text itself (a cell may be too narrow to show it all)
    align_right: bool = False  # figures
    foreground: QColor | None = None
    bold: bool = False


def _cell(value: str | Cell) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


class RecordModel(QAbstractTableModel):
    """Rows of cells under translated headers; sorting reorders a view of them."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.headers: list[str] = [""] * columns
        self.rows: Sequence[Sequence[str | Cell]] = []
        self.order: list[int] = []  # shown row -> position in self.rows
        self.sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # -- content ---------------------------------------------------------------------------
    def set_headers(self, labels: Sequence[str]) -> None:
        self.headers = list(labels) + [""] * (self.columns - len(labels))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columns - 1)

    def set_rows(self, rows: Sequence[Sequence[str | Cell]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.order = self._ordered(*self.sorted_by)
        self.endResetModel()

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str | Cell]]) -> None:
        """New columns and rows at once (a table whose shape changes, as a chart's does)."""
        self.beginResetModel()
        self.columns = len(headers)
        self.headers = list(headers)
        self.rows = rows
        self.sorted_by = (-1, Qt.SortOrder.AscendingOrder)
        self.order = self._ordered(*self.sorted_by)
        self.endResetModel()

    def set_cell(self, record: int, column: int, value: str | Cell) -> None:
        """Change one cell of row *record* (a position in the rows given)."""
        row = list(self.rows[record])
        row[column] = value
        rows = list(self.rows)
        rows[record] = row
        self.rows = rows
        shown = self.order.index(record)
        self.dataChanged.emit(self.index(shown, column), self.index(shown, column))

    def cell(self, record: int, column: int) -> Cell:
        return _cell(self.rows[record][column])

    def record_at(self, shown_row: int) -> int:
        return self.order[shown_row] if 0 <= shown_row < len(self.order) else -1

    def shown_row(self, record: int) -> int:
        try:
            return self.order.index(record)
        except ValueError:
            return -1

    # -- Qt's model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.order)):
            return None
        record = self.order[index.row()]
        row = self.rows[record]
        if index.column() >= len(row):
            return None
        value = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value if isinstance(value, str) else value.text
        if role == Qt.ItemDataRole.ToolTipRole:
            cell = _cell(value)
            return cell.tooltip or cell.text or None
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            return _sort_key(value)[1]
        if isinstance(value, str):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and value.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and value.foreground is not None:
            return value.foreground
        if role == Qt.ItemDataRole.FontRole and value.bold:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columns and shown:
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by *column* (-1: the order the rows were given in), keeping the selection."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        records = [self.order[i.row()] if 0 <= i.row() < len(self.order) else -1 for i in before]
        self.sorted_by = (column, order)
        self.order = self._ordered(column, order)
        where = {record: row for row, record in enumerate(self.order)}
        self.changePersistentIndexList(
            before,
            [
                self.index(where[r], i.column()) if r in where else QModelIndex()
                for r, i in zip(records, before, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[int]:
        positions = list(range(len(self.rows)))
        if not 0 <= column < self.columns:
            return positions
        keys = [_sort_key(row[column] if column < len(row) else "") for row in self.rows]
        reverse = order == Qt.SortOrder.DescendingOrder
        try:
            positions.sort(key=keys.__getitem__, reverse=reverse)
        except TypeError:  # keys of mixed kinds in one column: sort them as text
            text = [(k[0], str(k[1])) for k in keys]
            positions.sort(key=text.__getitem__, reverse=reverse)
        return positions


def _sort_key(value: str | Cell) -> tuple[int, Any]:
    """Empty cells last; then the cell's sort key, or its text without regard to case."""
    if isinstance(value, str):
        return (0 if value else 1, value.casefold())
    if value.sort_key is not None:
        return (0, value.sort_key)
    return (0 if value.text else 1, value.text.casefold())


class RecordTable(QTableView):
    """A read-only table of records, one row selected at a time, sortable by its headers."""

    itemSelectionChanged = Signal()  # the chosen row changed (as QTableWidget says it)

    def __init__(
        self, columns: int, *, fit_contents: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.records = RecordModel(columns, self)
        self.setModel(self.records)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        if fit_contents:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Sortable by a click on a header; until then, in the order the rows were given.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.selectionModel().selectionChanged.connect(lambda *_: self.itemSelectionChanged.emit())

    # -- filling ---------------------------------------------------------------------------
    def setHorizontalHeaderLabels(self, labels: Sequence[str]) -> None:
        self.records.set_headers(labels)

    def show_rows(self, rows: Sequence[Sequence[str | Cell]]) -> None:
        """Show *rows*, replacing what was there; the chosen record stays chosen if it is
        still there at the same position."""
        self.records.set_rows(rows)

    def show_table(self, headers: Sequence[str], rows: Sequence[Sequence[str | Cell]]) -> None:
        """Show other columns and rows (unsorted again)."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.records.set_table(headers, rows)

    def set_cell(self, row: int, column: int, value: str | Cell) -> None:
        self.records.set_cell(row, column, value)

    # -- reading ---------------------------------------------------------------------------
    def rowCount(self) -> int:
        return len(self.records.rows)

    def text(self, row: int, column: int) -> str:
        """The text of a cell of row *row* (a position in the rows given)."""
        return self.records.cell(row, column).text

    def shown_texts(self, column: int) -> list[str]:
        """The column's texts top down, as the user sees them (sorted or not)."""
        return [self.text(r, column) for r in self.records.order]

    def currentRow(self) -> int:
        """The chosen row (a position in the rows given), -1 if none."""
        return self.records.record_at(self.currentIndex().row())

    def has_selection(self) -> bool:
        return bool(self.selectionModel().selectedRows())

    def selected_rows(self) -> list[int]:
        return sorted(self.records.record_at(i.row()) for i in self.selectionModel().selectedRows())

    def selectRow(self, row: int) -> None:
        """Choose row *row* (a position in the rows given) and show it."""
        shown = self.records.shown_row(row)
        if shown < 0:
            self.clearSelection()
            return
        index = self.records.index(shown, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
