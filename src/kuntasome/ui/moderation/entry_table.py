"""The log as a table: newest first, open and overdue comments marked."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kuntasome.core.messages import arg
from kuntasome.core.moderation.log import ACTION_LABELS, KIND_LABELS, EntryRow

from kuntasome.ui.widgets import translate

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("id", "seen", "channel", "kind", "action", "author", "comment", "state")
OVERDUE = QColor("#D55E00")
OPEN = QColor("#E69F00")


class EntryTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[EntryRow] = []
        self.tz = ZoneInfo("UTC")
        self.now = datetime.now(UTC)
        self.reasons: dict[str, str] = {}

    def set_rows(
        self, rows: list[EntryRow], tz: ZoneInfo, reasons: dict[str, str], now: datetime
    ) -> None:
        self.beginResetModel()
        self.rows, self.tz, self.reasons, self.now = rows, tz, reasons, now
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("EntryTable", "No."),
            translate("EntryTable", "Seen"),
            translate("EntryTable", "Channel"),
            translate("EntryTable", "Kind"),
            translate("EntryTable", "Action"),
            translate("EntryTable", "Author"),
            translate("EntryTable", "Comment"),
            translate("EntryTable", "Answer"),
        )[section]

    def state(self, row: EntryRow) -> str:
        if row.is_overdue(self.now):
            return arg(
                translate("EntryTable", "overdue (due {due_at})"),
                due_at=row.due_at.astimezone(self.tz).strftime("%d.%m. %H:%M")
                if row.due_at
                else "",
            )
        if row.is_open():
            return arg(
                translate("EntryTable", "waiting, due {due_at}"),
                due_at=row.due_at.astimezone(self.tz).strftime("%d.%m. %H:%M")
                if row.due_at
                else "",
            )
        if row.answered_late():
            return translate("EntryTable", "answered late")
        if row.answered_at:
            return translate("EntryTable", "answered")
        return ""

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "id":
                return row.id
            if column == "seen":
                return row.seen_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")
            if column == "channel":
                return f"{row.channel_name} ({row.platform})"
            if column == "kind":
                return translate("Moderation", KIND_LABELS.get(row.kind, row.kind))
            if column == "action":
                text = translate("Moderation", ACTION_LABELS.get(row.action, row.action))
                if row.reason_code:
                    text += f" ({self.reasons.get(row.reason_code, row.reason_code)})"
                return text
            if column == "author":
                return row.author_handle
            if column == "comment":
                return row.comment_text.replace("\n", " ")[:140]
            return self.state(row)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("comment", "state"):
            return row.comment_text if column == "comment" else row.answer_text or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            if row.is_overdue(self.now):
                return QBrush(OVERDUE)
            if row.is_open():
                return QBrush(OPEN)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
