"""The log as a table: newest first, open and overdue comments marked.

The rows shown are a subset of the rows loaded: typing in the search box narrows them
(``show_only``) without asking the database again. Each row's search text is made once,
off the GUI thread (``search_texts``), so a keystroke only compares strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kuntasome.core.messages import arg
from kuntasome.core.moderation.log import ACTION_LABELS, KIND_LABELS, EntryRow

from kuntasome.ui.formatting import channel_text, format_datetime, format_day_time
from kuntasome.ui.service_icons import service_icon
from kuntasome.ui.widgets import translate

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("id", "seen", "channel", "kind", "action", "author", "comment", "state")
OVERDUE = QColor("#D55E00")
OPEN = QColor("#E69F00")
# A bilingual channel name ("Kalliorannan kaupunki – Bergstrands stad") is shown by its
# first part in the table; the full name is in the tooltip.
NAME_SEPARATORS = (" – ", " - ", " / ", " | ")


def short_name(name: str) -> str:
    for separator in NAME_SEPARATORS:
        if separator in name:
            return name.split(separator, 1)[0].strip() or name
    return name


def kind_text(row: EntryRow) -> str:
    return translate("Moderation", KIND_LABELS.get(row.kind, row.kind))


def action_text(row: EntryRow, reasons: dict[str, str]) -> str:
    text = translate("Moderation", ACTION_LABELS.get(row.action, row.action))
    if row.reason_code:
        text += f" ({reasons.get(row.reason_code, row.reason_code)})"
    return text


def search_texts(rows: Sequence[EntryRow], reasons: dict[str, str]) -> list[str]:
    """Each row's searchable text, lowercased: what its columns show, and the answer."""
    kinds: dict[str, str] = {}
    actions: dict[tuple[str, str], str] = {}
    texts = []
    for row in rows:
        kind = kinds.get(row.kind)
        if kind is None:
            kind = kinds[row.kind] = kind_text(row)
        action = actions.get((row.action, row.reason_code))
        if action is None:
            action = actions[(row.action, row.reason_code)] = action_text(row, reasons)
        texts.append(
            "\n".join(
                (
                    str(row.id),
                    channel_text(row.channel_name, row.platform),
                    kind,
                    action,
                    row.author_handle,
                    row.comment_text,
                    row.answer_text,
                    row.case_number,
                    row.handler_name,
                )
            ).casefold()
        )
    return texts


def matching(texts: Sequence[str], needle: str) -> list[int] | None:
    """The rows whose text holds *needle* (None: no search, every row)."""
    needle = needle.strip().casefold()
    if not needle:
        return None
    return [i for i, text in enumerate(texts) if needle in text]


class EntryTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[EntryRow] = []
        self.rows: list[EntryRow] = []
        self.tz = ZoneInfo("UTC")
        self.now = datetime.now(UTC)
        self.reasons: dict[str, str] = {}

    def set_rows(
        self,
        rows: list[EntryRow],
        tz: ZoneInfo,
        reasons: dict[str, str],
        now: datetime,
        shown: list[int] | None = None,
    ) -> None:
        self.beginResetModel()
        self.all_rows, self.tz, self.reasons, self.now = rows, tz, reasons, now
        self.rows = rows if shown is None else [rows[i] for i in shown]
        self.endResetModel()

    def show_only(self, shown: list[int] | None) -> None:
        """Show the loaded rows at these positions (None: all of them)."""
        self.beginResetModel()
        self.rows = self.all_rows if shown is None else [self.all_rows[i] for i in shown]
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
        due = format_day_time(row.due_at, self.tz) if row.due_at else ""
        if row.is_overdue(self.now):
            return arg(translate("EntryTable", "overdue (due {due_at})"), due_at=due)
        if row.is_open():
            return arg(translate("EntryTable", "waiting, due {due_at}"), due_at=due)
        if row.answered_late():
            return translate("EntryTable", "answered late")
        if row.answered_at:
            return translate("EntryTable", "answered")
        return ""

    def text(self, row: EntryRow, column: str) -> str:
        if column == "id":
            return str(row.id)
        if column == "seen":
            return format_datetime(row.seen_at, self.tz)
        if column == "channel":
            return short_name(row.channel_name)
        if column == "kind":
            return kind_text(row)
        if column == "action":
            return action_text(row, self.reasons)
        if column == "author":
            return row.author_handle
        if column == "comment":
            return row.comment_text.replace("\n", " ")[:140]
        return self.state(row)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.id if column == "id" else self.text(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "channel":
            return service_icon(row.platform)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "channel":
                return channel_text(row.channel_name, row.platform)
            if column == "comment":
                return row.comment_text or None
            if column == "state":
                return row.answer_text or self.state(row) or None
            return self.text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            if row.is_overdue(self.now):
                return QBrush(OVERDUE)
            if row.is_open():
                return QBrush(OPEN)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
