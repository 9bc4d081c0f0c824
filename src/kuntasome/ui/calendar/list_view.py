"""The calendar as a list: every post on every channel of the period, filterable by text.

The list can also show the posts behind one of the Today overview's figures (waiting for
approval, not marked published, with rule warnings, with recordings to make accessible), on
whatever days they fall.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.calendar.attention import Attention
from kuntasome.core.calendar.posts import POST_STATUS_LABELS, TARGET_STATUS_LABELS
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.platforms import channel_label

from kuntasome.ui.accessible import accessible_name, leave_with_tab
from kuntasome.ui.formatting import format_wall_time
from kuntasome.ui.widgets import Retranslating, translate

if TYPE_CHECKING:
    from kuntasome.core.calendar.view import CalendarData, CalendarEntry, UnscheduledPost

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("time", "channel", "title", "status", "warnings")


@dataclass(frozen=True)
class ListRow:
    entry: CalendarEntry | None
    unscheduled: UnscheduledPost | None
    cells: tuple[str, ...]
    haystack: str
    colour: QColor | None

    @property
    def post_id(self) -> int:
        if self.entry is not None:
            return self.entry.post_id
        assert self.unscheduled is not None
        return self.unscheduled.post_id


def _status(entry: CalendarEntry) -> str:
    if entry.target_status in ("planned", "scheduled"):
        return translate("PostStatus", POST_STATUS_LABELS[entry.post_status])
    return translate("TargetStatus", TARGET_STATUS_LABELS[entry.target_status])


def build_rows(data: CalendarData, colours: dict[int, QColor]) -> list[ListRow]:
    rows: list[ListRow] = []
    for post in data.unscheduled:
        names = ", ".join(data.channels[c].label for c in post.channel_ids if c in data.channels)
        status = translate("PostStatus", POST_STATUS_LABELS[post.post_status])
        cells = ("–", names, post.title, status, "")
        rows.append(ListRow(None, post, cells, " ".join(cells).casefold(), None))
    for entry in data.entries:
        channel = data.channels.get(entry.channel_id)
        name = channel_label(channel.label, channel.label, channel.platform) if channel else ""
        warnings = "; ".join(w.translated(translate) for w in entry.warnings)
        cells = (format_wall_time(entry.at), name, entry.title, _status(entry), warnings)
        rows.append(
            ListRow(entry, None, cells, " ".join(cells).casefold(), colours.get(entry.channel_id))
        )
    return rows


class CalendarListModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[ListRow] = []
        self.rows: list[ListRow] = []
        self.query = ""

    def set_rows(self, rows: list[ListRow]) -> None:
        self.beginResetModel()
        self.all_rows = rows
        self.rows = self._filtered()
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query.casefold().strip()
        self.rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[ListRow]:
        words = self.query.split()
        if not words:
            return list(self.all_rows)
        return [r for r in self.all_rows if all(w in r.haystack for w in words)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return row.colour
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and row.cells[4]:
            return QColor("#9a4d0e")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "time": translate("CalendarList", "Time"),
            "channel": translate("CalendarList", "Channel"),
            "title": translate("CalendarList", "Post"),
            "status": translate("CalendarList", "Status"),
            "warnings": translate("CalendarList", "Warnings"),
        }[COLUMNS[section]]


class CalendarList(Retranslating, QWidget):
    rowSelected = Signal(object)  # ListRow | None
    rowActivated = Signal(object)  # ListRow
    attentionChanged = Signal(object)  # Attention | None: the period's posts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.showing = QComboBox()
        self.showing.addItem("", "")
        for kind in Attention:
            self.showing.addItem("", kind.value)
        self.showing.currentIndexChanged.connect(
            lambda _i: self.attentionChanged.emit(self.attention())
        )
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.model = CalendarListModel()
        self.shown: tuple[CalendarData, dict[int, QColor]] | None = None
        self.table = QTableView()
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Posts"))
        leave_with_tab(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self.table.activated.connect(lambda index: self.rowActivated.emit(self.row_at(index.row())))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.showing)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def attention(self) -> Attention | None:
        """Which of Today's lists is shown (None: every post of the period)."""
        value = self.showing.currentData()
        return Attention(value) if value else None

    def set_attention(self, kind: Attention | None) -> None:
        self.showing.setCurrentIndex(max(0, self.showing.findData(kind.value if kind else "")))

    def retranslate(self) -> None:
        names = {
            None: self.tr("Every post of the month"),
            Attention.IN_REVIEW: self.tr("Waiting for approval"),
            Attention.MISSED: self.tr("Scheduled but not marked published"),
            Attention.WARNINGS: self.tr("With rule warnings in the coming week"),
            Attention.RECORDINGS: self.tr("With live recordings to make accessible"),
        }
        for i in range(self.showing.count()):
            value = self.showing.itemData(i)
            self.showing.setItemText(i, names[Attention(value) if value else None])
        self.showing.setAccessibleName(self.tr("Show"))
        self.search.setPlaceholderText(self.tr("Search posts, channels, statuses, warnings…"))
        self.search.setAccessibleName(self.tr("Search the list"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.shown is not None:  # statuses and warnings are words: say them again
            self.show_data(*self.shown)

    def show_data(self, data: CalendarData, colours: dict[int, QColor]) -> None:
        self.shown = (data, colours)
        selected = self.current_row()
        self.model.set_rows(build_rows(data, colours))
        widths = (130, 230, 260, 110)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        if selected is not None:
            self.select_target(selected.entry.target_id if selected.entry else None)

    def _filter(self, text: str) -> None:
        self.model.set_query(text)

    def row_at(self, row: int) -> ListRow | None:
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def current_row(self) -> ListRow | None:
        return self.row_at(self.table.currentIndex().row())

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.rowSelected.emit(self.row_at(current.row()))

    def select_target(self, target_id: int | None) -> None:
        for i, row in enumerate(self.model.rows):
            if row.entry is not None and row.entry.target_id == target_id:
                self.table.selectRow(i)
                return
