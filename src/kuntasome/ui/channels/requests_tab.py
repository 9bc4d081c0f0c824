"""New-channel requests waiting for a decision, and channels whose review is due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from kuntasome.core.channels.requests import REQUEST_STATUS_LABELS, RequestRow, ReviewDue
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.platforms import PLATFORMS

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.channels.request_dialogs import DecisionDialog, RequestDialog, ReviewDialog
from kuntasome.ui.formatting import format_date
from kuntasome.ui.records import RecordTable
from kuntasome.ui.widgets import Retranslating, translate

if TYPE_CHECKING:
    from kuntasome.ui.context import AppContext


class RequestsTab(Retranslating, QWidget):
    REQUEST_HEADERS = (
        QT_TRANSLATE_NOOP("RequestsTab", "Service"),
        QT_TRANSLATE_NOOP("RequestsTab", "Proposed name"),
        QT_TRANSLATE_NOOP("RequestsTab", "Requested by"),
        QT_TRANSLATE_NOOP("RequestsTab", "Requested on"),
        QT_TRANSLATE_NOOP("RequestsTab", "Status"),
    )
    REVIEW_HEADERS = (
        QT_TRANSLATE_NOOP("RequestsTab", "Service"),
        QT_TRANSLATE_NOOP("RequestsTab", "Handle"),
        QT_TRANSLATE_NOOP("RequestsTab", "Review due"),
        QT_TRANSLATE_NOOP("RequestsTab", "Situation"),
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.requests: list[RequestRow] = []
        self.due: list[ReviewDue] = []
        self.requests_title = QLabel()
        self.requests_title.setObjectName("sectionTitle")
        self.requests_table = RecordTable(len(self.REQUEST_HEADERS))
        accessible_name(
            self.requests_table, QT_TRANSLATE_NOOP("AccessibleNames", "New-channel requests")
        )
        self.requests_table.doubleClicked.connect(self.open_request)
        self.requests_table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_request)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_request)
        request_buttons = QHBoxLayout()
        request_buttons.addWidget(self.new_button)
        request_buttons.addWidget(self.open_button)
        request_buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.requests_title)
        top_layout.addWidget(self.requests_table, 1)
        top_layout.addLayout(request_buttons)

        self.reviews_title = QLabel()
        self.reviews_title.setObjectName("sectionTitle")
        self.reviews_table = RecordTable(len(self.REVIEW_HEADERS))
        accessible_name(self.reviews_table, QT_TRANSLATE_NOOP("AccessibleNames", "Channel reviews"))
        self.reviews_table.doubleClicked.connect(self.review)
        self.reviews_table.itemSelectionChanged.connect(self._update_buttons)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.review)
        review_buttons = QHBoxLayout()
        review_buttons.addWidget(self.review_button)
        review_buttons.addStretch(1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.reviews_title)
        bottom_layout.addWidget(self.reviews_table, 1)
        bottom_layout.addLayout(review_buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.requests_title.setText(self.tr("New-channel requests"))
        self.requests_table.setHorizontalHeaderLabels(
            [translate("RequestsTab", h) for h in self.REQUEST_HEADERS]
        )
        self.new_button.setText(self.tr("Request a new channel…"))
        self.open_button.setText(self.tr("Open and decide…"))
        self.reviews_title.setText(self.tr("Reviews due (overdue, within 30 days, or never done)"))
        self.reviews_table.setHorizontalHeaderLabels(
            [translate("RequestsTab", h) for h in self.REVIEW_HEADERS]
        )
        self.review_button.setText(self.tr("Record a review…"))
        self._fill()

    # -- data ----------------------------------------------------------------------------
    def show_data(self, requests: list[RequestRow], due: list[ReviewDue]) -> None:
        self.requests = requests
        self.due = due
        self._fill()

    def _fill(self) -> None:
        self.requests_table.show_rows([self._request_row(item) for item in self.requests])
        self.reviews_table.show_rows(
            [
                (
                    PLATFORMS[due.platform].name if due.platform in PLATFORMS else due.platform,
                    due.handle,
                    format_date(due.next_review_on) if due.next_review_on else "–",
                    self._situation(due.overdue_days),
                )
                for due in self.due
            ]
        )
        self._update_buttons()

    @staticmethod
    def _request_row(item: RequestRow) -> tuple[str, ...]:
        r = item.request
        return (
            PLATFORMS[r.platform].name if r.platform in PLATFORMS else r.platform,
            r.proposed_name,
            item.requested_by,
            format_date(r.created_at.date()),
            translate("RequestStatus", REQUEST_STATUS_LABELS.get(r.status, r.status)),
        )

    def _situation(self, overdue_days: int | None) -> str:
        if overdue_days is None:
            return self.tr("never reviewed")
        if overdue_days > 0:
            return self.tr("%n day(s) overdue", "", overdue_days)
        return self.tr("due in %n day(s)", "", -overdue_days)

    def _selected(self, table: RecordTable) -> int:
        rows = table.selected_rows()
        return rows[0] if rows else -1

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self._selected(self.requests_table) >= 0)
        self.review_button.setEnabled(self._selected(self.reviews_table) >= 0)

    # -- actions -------------------------------------------------------------------------
    def new_request(self) -> None:
        RequestDialog(self.context, self).exec()

    def open_request(self) -> None:
        row = self._selected(self.requests_table)
        if row < 0:
            return
        DecisionDialog(self.context, self.requests[row], self).exec()

    def review(self) -> None:
        row = self._selected(self.reviews_table)
        if row < 0:
            return
        due = self.due[row]
        ReviewDialog(self.context, due.channel_id, due.handle, self).exec()
