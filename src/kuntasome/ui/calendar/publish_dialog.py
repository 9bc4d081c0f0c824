"""Marking a post published by hand: where (the post's address) and when."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kuntasome.core.calendar.posts import mark_published
from kuntasome.core.changes import Change

from kuntasome.ui.formatting import datetime_edit_format
from kuntasome.ui.operations import SavingDialog
from kuntasome.ui.widgets import Retranslating, to_local, to_qdatetime

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from kuntasome.core.calendar.posts import PostDetails, TargetDetails

    from kuntasome.ui.context import AppContext


class PublishDialog(SavingDialog, Retranslating, QDialog):
    def __init__(
        self, context: AppContext, target: TargetDetails, tz: ZoneInfo, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.target = target
        self.tz = tz
        self.result_post: PostDetails | None = None
        self.url = QLineEdit()
        self.when = QDateTimeEdit(to_qdatetime(datetime.now(tz)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_edit_format())
        self.url_label = QLabel()
        self.url_label.setBuddy(self.url)
        self.when_label = QLabel()
        self.when_label.setBuddy(self.when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.url_label, self.url)
        form.addRow(self.when_label, self.when)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark published"))
        self.url_label.setText(self.tr("&Address of the post:"))
        self.url.setPlaceholderText("https://")
        self.when_label.setText(self.tr("&Published at:"))

    def accept(self) -> None:
        engine, actor_id, target_id = self.context.engine(), self.context.actor_id(), self.target.id
        url, at = self.url.text(), to_local(self.when.dateTime(), self.tz)
        self.close_after(
            self.context.events,
            lambda: mark_published(engine, target_id, url=url, published_at=at, actor_id=actor_id),
            changes=Change.CALENDAR,
            done=self._published,
        )

    def _published(self, post: PostDetails) -> None:
        self.result_post = post
