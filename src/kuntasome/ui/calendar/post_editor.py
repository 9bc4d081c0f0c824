"""The post editor: texts per language, channels with their times, media, approval, publishing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDateTime, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.calendar.media import load_media
from kuntasome.core.calendar.posts import (
    POST_STATUS_LABELS,
    TARGET_STATUS_LABELS,
    TRANSITIONS,
    PostDetails,
    TargetDetails,
    change_status,
    create_campaign,
    list_campaigns,
    post_text_for,
    save_post,
)
from kuntasome.core.calendar.rules import post_warnings
from kuntasome.core.calendar.text_length import check_length
from kuntasome.core.changes import Change
from kuntasome.core.channels.public_list import LANGUAGE_NAMES
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.people import has_role
from kuntasome.core.platforms import normalise

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.calendar.approver import choose_approver
from kuntasome.ui.calendar.media_list import MediaList
from kuntasome.ui.calendar.publish_dialog import PublishDialog
from kuntasome.ui.formatting import channel_text, format_datetime
from kuntasome.ui.operations import busy, run_operation
from kuntasome.ui.records import Cell, RecordTable
from kuntasome.ui.service_icons import channel_item
from kuntasome.ui.widgets import DateTimeEdit, Retranslating, to_local, to_qdatetime, translate

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from kuntasome.core.calendar.rules import ChannelInfo

    from kuntasome.ui.context import AppContext

T = TypeVar("T")

LANGUAGES = ("fi", "sv", "en")


class PostEditor(Retranslating, QDialog):
    """Edit one post; ``saved`` is true when anything reached the database."""

    def __init__(
        self,
        context: AppContext,
        post: PostDetails,
        channels: dict[int, ChannelInfo],
        tz: ZoneInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)

        self.context = context
        self.channels = channels
        self.tz = tz
        self.post = post
        self.saved = False
        # The time a channel added to a post without any gets (the day the user clicked).
        self.default_time: datetime | None = None
        engine = context.engine()
        self.media_list = MediaList(context, load_media(engine, post.media_ids))
        self.media_list.changed.connect(self._update_checks)
        self.approver = has_role(engine, context.actor_id(), "approver")
        self.setMinimumWidth(1000)

        self.title_edit = QLineEdit(post.title)
        self.campaign = QComboBox()
        self.campaign.addItem("–", None)
        for campaign in list_campaigns(engine):
            self.campaign.addItem(campaign.name, campaign.id)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(post.campaign_id)))
        self.new_campaign = QPushButton()
        self.new_campaign.clicked.connect(self._add_campaign)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusChip")
        self.workflow = QHBoxLayout()
        self.crisis = QCheckBox()
        self.crisis.setChecked(post.is_crisis)
        self.sponsored = QCheckBox()
        self.sponsored.setChecked(post.is_sponsored)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 1_000_000)
        self.budget.setDecimals(2)
        self.budget.setSuffix(" €")
        self.budget.setValue((post.sponsor_budget_cents or 0) / 100)
        self.budget.setEnabled(post.is_sponsored)
        self.sponsored.toggled.connect(self.budget.setEnabled)

        self.texts = QTabWidget()
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for lang in LANGUAGES:
            edit = QPlainTextEdit(post.texts.get(lang, ""))
            edit.textChanged.connect(self._update_checks)
            self.text_edits[lang] = edit
            self.texts.addTab(edit, "")
        self.lengths = QLabel()
        self.lengths.setWordWrap(True)
        self.lengths.setObjectName("hint")

        self.targets = list(post.targets)
        self.target_table = RecordTable(4, fit_contents=True)
        accessible_name(
            self.target_table, QT_TRANSLATE_NOOP("AccessibleNames", "Channels of the post")
        )
        self.target_table.itemSelectionChanged.connect(self._target_chosen)
        self.add_channel = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_target)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_target)
        self.time_edit = DateTimeEdit()
        self.time_edit.dateTimeChanged.connect(self._time_changed)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._copy_text)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_platform)
        self.publish_button = QPushButton()
        self.publish_button.clicked.connect(self._mark_published)

        self.notes = QPlainTextEdit(post.notes)
        self.notes.setMaximumHeight(60)
        self.warnings = QLabel()
        self.warnings.setObjectName("warningNotice")
        self.warnings.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = {key: QLabel() for key in ("title", "campaign", "status", "use", "notes")}
        self.labels["title"].setBuddy(self.title_edit)
        flags = QVBoxLayout()
        flags.addWidget(self.crisis)
        paid = QHBoxLayout()
        paid.addWidget(self.sponsored)
        paid.addWidget(self.budget)
        paid.addStretch(1)
        flags.addLayout(paid)
        status_row = QVBoxLayout()
        status_row.addWidget(self.status_label)
        workflow_row = QHBoxLayout()
        workflow_row.addLayout(self.workflow)
        workflow_row.addStretch(1)
        status_row.addLayout(workflow_row)
        self.form.addRow(self.labels["title"], self.title_edit)
        campaign_row = QHBoxLayout()
        campaign_row.addWidget(self.campaign, 1)
        campaign_row.addWidget(self.new_campaign)
        self.form.addRow(self.labels["campaign"], campaign_row)
        self.form.addRow(self.labels["status"], status_row)
        self.form.addRow(self.labels["use"], flags)

        self.channels_title = QLabel()
        self.channels_title.setObjectName("sectionTitle")
        target_buttons = QGridLayout()
        target_buttons.addWidget(self.add_channel, 0, 0)
        target_buttons.addWidget(self.add_button, 0, 1)
        target_buttons.addWidget(self.remove_button, 0, 2)
        self.time_label = QLabel()
        self.time_label.setBuddy(self.time_edit)
        target_buttons.addWidget(self.time_label, 1, 0, Qt.AlignmentFlag.AlignRight)
        target_buttons.addWidget(self.time_edit, 1, 1, 1, 2)
        publish_row = QHBoxLayout()
        for button in (self.copy_button, self.open_button, self.publish_button):
            publish_row.addWidget(button)
        publish_row.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.texts, 1)
        left.addWidget(self.lengths)
        left.addWidget(self.labels["notes"])
        left.addWidget(self.notes)
        right = QVBoxLayout()
        right.addWidget(self.channels_title)
        right.addWidget(self.target_table, 1)
        right.addLayout(target_buttons)
        right.addLayout(publish_row)
        right.addWidget(self.media_list)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill_targets()
        self._fill_workflow()
        self._update_checks()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New post") if not self.post.id else self.tr("Post"))
        texts = {
            "title": self.tr("&Title (internal):"),
            "campaign": self.tr("Campaign:"),
            "status": self.tr("Status:"),
            "use": self.tr("Use:"),
            "notes": self.tr("Notes:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.new_campaign.setText(self.tr("New campaign…"))
        self.crisis.setText(self.tr("Crisis communication"))
        self.sponsored.setText(self.tr("Paid (sponsored), budget:"))
        for i, lang in enumerate(LANGUAGES):
            self.texts.setTabText(i, translate("Languages", LANGUAGE_NAMES[lang]))
        self.channels_title.setText(self.tr("Channels and times"))
        self.target_table.setHorizontalHeaderLabels(
            [self.tr("Channel"), self.tr("Time"), self.tr("Status"), self.tr("Published at")]
        )
        self.add_button.setText(self.tr("Add channel"))
        self.remove_button.setText(self.tr("Remove"))
        self.time_label.setText(self.tr("Ti&me:"))
        self.copy_button.setText(self.tr("Copy text"))
        self.copy_button.setToolTip(self.tr("Copy the text in the channel's languages"))
        self.open_button.setText(self.tr("Open the service"))
        self.publish_button.setText(self.tr("Mark published…"))
        self.status_label.setText(translate("PostStatus", POST_STATUS_LABELS[self.post.status]))

    # -- the post as edited ----------------------------------------------------------------
    def edited(self) -> PostDetails:
        return replace(
            self.post,
            title=self.title_edit.text(),
            texts={lang: edit.toPlainText() for lang, edit in self.text_edits.items()},
            targets=tuple(self.targets),
            campaign_id=self.campaign.currentData(),
            notes=self.notes.toPlainText(),
            is_sponsored=self.sponsored.isChecked(),
            sponsor_budget_cents=round(self.budget.value() * 100)
            if self.sponsored.isChecked()
            else None,
            is_crisis=self.crisis.isChecked(),
            media_ids=tuple(m.id for m in self.media_list.media),
        )

    def is_dirty(self) -> bool:
        edited = self.edited()
        stripped = replace(edited, texts={k: v for k, v in edited.texts.items() if v.strip()})
        return stripped != self.post

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save in the background; *then* runs after a successful save."""

        before = self.post.status
        edited, engine, actor_id = self.edited(), self.context.engine(), self.context.actor_id()

        def saved(post: PostDetails) -> None:
            self.post = post
            self.saved = True
            if before in ("approved", "scheduled") and post.status == "in_review":
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    self.tr("What the post says changed, so it went back for approval."),
                )
            self._after_change()
            if then is not None:
                then()

        self._run(lambda: save_post(engine, edited, actor_id=actor_id), saved)

    def _run(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        run_operation(
            self,
            self.context.events,
            work,
            changes=Change.CALENDAR,
            title=self.windowTitle(),
            done=done,
        )

    def _saved_first(self, then: Callable[[], None]) -> None:
        """Run *then* now, or after saving the edits it must not lose."""
        if self.is_dirty():
            self.save(then)
        else:
            then()

    def _after_change(self) -> None:
        self.targets = list(self.post.targets)
        self.retranslate()
        self._fill_targets()
        self._fill_workflow()
        self._update_checks()

    def _add_campaign(self) -> None:
        name, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("Name of the campaign:"))
        if not ok:
            return
        engine, actor_id = self.context.engine(), self.context.actor_id()

        def created(campaign_id: int) -> None:
            self.campaign.addItem(name.strip(), campaign_id)
            self.campaign.setCurrentIndex(self.campaign.count() - 1)

        self._run(lambda: create_campaign(engine, name, actor_id=actor_id), created)

    # -- workflow --------------------------------------------------------------------------
    def _fill_workflow(self) -> None:
        while self.workflow.count():
            item = self.workflow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        labels = {
            "draft": self.tr("To draft"),
            "idea": self.tr("Back to ideas"),
            "in_review": self.tr("Send for approval"),
            "approved": self.tr("Approve")
            if self.post.status == "in_review"
            else self.tr("Unschedule"),
            "scheduled": self.tr("Schedule"),
            "cancelled": self.tr("Cancel the post…"),
        }
        if not self.post.id:
            return
        for status in TRANSITIONS[self.post.status]:
            button = QPushButton(labels[status])
            button.setObjectName(f"workflow_{status}")
            approving = status == "approved" and self.post.status == "in_review"
            if approving and self.context.actor_id() is None:
                # Nobody is chosen on this computer yet: ask who, then approve.
                button.setText(self.tr("Approve…"))
                button.setToolTip(
                    self.tr(
                        "Only a person with the approver role approves: choose who you are"
                        " first (also in Settings › You are)."
                    )
                )
                button.clicked.connect(self._choose_approver_then_approve)
            elif approving and not self.approver:
                button.setEnabled(False)
                button.setToolTip(
                    self.tr(
                        "Only a person with the approver role approves, and you do not have"
                        " it. Roles are given in Channels › People."
                    )
                )
            else:
                button.clicked.connect(lambda _c=False, s=status: self.change_status(s))
            self.workflow.addWidget(button)

    def _choose_approver_then_approve(self) -> None:
        chosen = choose_approver(self, self.context)
        if chosen is not None:
            self.context.set_actor_id(chosen)
            self.approver = True
            self.change_status("approved")

    def change_status(self, status: str) -> None:
        self._saved_first(lambda: self._change_status(status))

    def _change_status(self, status: str) -> None:
        reason = ""
        if status == "cancelled":
            reason, ok = QInputDialog.getText(
                self, self.windowTitle(), self.tr("Why is the post cancelled?")
            )
            if not ok:
                return
        engine, actor_id, post = self.context.engine(), self.context.actor_id(), self.post

        def changed(post: PostDetails) -> None:
            self.post = post
            self.saved = True
            self._after_change()

        self._run(
            lambda: change_status(
                engine,
                post.id,
                status,
                actor_id=actor_id,
                version_id=post.version_id,
                reason=reason,
            ),
            changed,
        )

    # -- targets ---------------------------------------------------------------------------
    def _fill_targets(self) -> None:
        table = self.target_table
        current = self._current_target()
        rows: list[list[str | Cell]] = []
        for target in self.targets:
            channel = self.channels.get(target.channel_id)
            name = (
                channel_text(channel.label, channel.platform) if channel else str(target.channel_id)
            )
            at = format_datetime(target.scheduled_at, self.tz) if target.scheduled_at else "–"
            published = format_datetime(target.published_at, self.tz) if target.published_at else ""
            status = translate("TargetStatus", TARGET_STATUS_LABELS[target.status])
            rows.append([name, at, status, Cell(published, tooltip=target.published_url)])
        table.show_rows(rows)
        self.add_channel.clear()
        used = {t.channel_id for t in self.targets}
        for channel in self.channels.values():
            if channel.id not in used and channel.status not in ("closed", "requested"):
                self.add_channel.addItem(*channel_item(channel.label, channel.platform), channel.id)
        if current is not None:
            ids = [t.channel_id for t in self.targets]
            if current.channel_id in ids:
                table.selectRow(ids.index(current.channel_id))
        elif self.targets:
            table.selectRow(0)
        self._target_chosen()

    def _current_target(self) -> TargetDetails | None:
        rows = self.target_table.selected_rows()
        if not rows or rows[0] >= len(self.targets):
            return None
        return self.targets[rows[0]]

    def _target_chosen(self) -> None:
        target = self._current_target()
        editable = target is not None and target.status not in ("published", "cancelled")
        self.time_edit.setEnabled(editable)
        self.remove_button.setEnabled(target is not None and target.status != "published")
        for button in (self.copy_button, self.open_button):
            button.setEnabled(target is not None)
        self.publish_button.setEnabled(
            target is not None
            and bool(target.id)
            and target.status not in ("published", "cancelled")
            and self.post.status in ("approved", "scheduled")
        )
        self.time_edit.blockSignals(True)
        if target is not None:
            when = target.scheduled_at.astimezone(self.tz) if target.scheduled_at else None
            self.time_edit.setDateTime(to_qdatetime(when) if when else QDateTime.currentDateTime())
        else:  # no channel chosen: no time to show
            self.time_edit.clear_value()
        self.time_edit.blockSignals(False)

    def _time_changed(self, value: QDateTime) -> None:
        target = self._current_target()
        if target is None:
            return
        index = self.targets.index(target)
        self.targets[index] = replace(target, scheduled_at=to_local(value, self.tz))
        self.target_table.set_cell(index, 1, format_datetime(to_local(value, self.tz), self.tz))
        self._update_checks()

    def _add_target(self) -> None:
        channel_id = self.add_channel.currentData()
        if channel_id is None:
            return
        when = self.targets[0].scheduled_at if self.targets else self.default_time
        self.targets.append(TargetDetails(channel_id=channel_id, scheduled_at=when))
        self._fill_targets()
        self.target_table.selectRow(len(self.targets) - 1)
        self._update_checks()

    def _remove_target(self) -> None:
        target = self._current_target()
        if target is not None:
            self.targets.remove(target)
            self._fill_targets()
            self._update_checks()

    def _channel_text(self, target: TargetDetails) -> str:
        channel = self.channels.get(target.channel_id)
        edited = self.edited()
        languages = channel.languages if channel else LANGUAGES
        return post_text_for(edited, languages)

    def _copy_text(self) -> None:
        target = self._current_target()
        if target is not None:
            QGuiApplication.clipboard().setText(self._channel_text(target))

    def _open_platform(self) -> None:
        target = self._current_target()
        channel = self.channels.get(target.channel_id) if target else None
        if channel is not None:
            QDesktopServices.openUrl(QUrl(normalise(channel.platform, channel.handle).url))

    def _mark_published(self) -> None:
        chosen = self._current_target()
        if chosen is not None:
            self._saved_first(lambda: self._publish(chosen.channel_id))

    def _publish(self, channel_id: int) -> None:
        target = next(t for t in self.post.targets if t.channel_id == channel_id)
        dialog = PublishDialog(self.context, target, self.tz, self)
        if dialog.exec() and dialog.result_post is not None:
            self.post = dialog.result_post
            self.saved = True
            self._after_change()

    # -- rules -----------------------------------------------------------------------------
    def _update_checks(self) -> None:
        edited = self.edited()
        parts = []
        for target in self.targets:
            channel = self.channels.get(target.channel_id)
            if channel is None:
                continue
            length = check_length(channel.platform, self._channel_text(target))
            limit = f"{length.length}/{length.limit}" if length.limit else str(length.length)
            mark = " ⚠" if length.too_long else ""
            parts.append(f"{channel_text(channel.label, channel.platform)}: {limit}{mark}")
        self.lengths.setText(
            arg(self.tr("Length as each service counts it: {parts}"), parts=" · ".join(parts))
            if parts
            else ""
        )
        warnings = post_warnings(edited, self.channels, self.media_list.media, self.context.today())
        self.warnings.setVisible(bool(warnings))
        self.warnings.setText("\n".join("⚠ " + w.translated(translate) for w in warnings))

    def reject(self) -> None:
        if busy(self):
            return  # saving: the window closes when asked again after the save
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Save the changes to this post?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save(then=lambda: QDialog.reject(self))
                return
        super().reject()

    def accept(self) -> None:  # Save keeps the editor open; Close closes it
        self.save()
