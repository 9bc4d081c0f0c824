"""A new-channel request, the manager's decision on it, and a channel review."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.channels.requests import (
    QUESTION_LABELS,
    REQUEST_STATUS_LABELS,
    REQUIRED_ANSWERS,
    REVIEW_OUTCOME_LABELS,
    REVIEW_OUTCOMES,
    RequestError,
    RequestRow,
    decide_request,
    is_manager,
    record_review,
    submit_request,
)
from kuntasome.core.messages import arg
from kuntasome.core.people import list_units
from kuntasome.core.platforms import PLATFORMS

from kuntasome.ui.formatting import format_date, format_number
from kuntasome.ui.operations import SavingDialog
from kuntasome.ui.widgets import Retranslating, date_edit, from_qdate, translate

if TYPE_CHECKING:
    from datetime import date

    from kuntasome.core.models import ChannelRequest

    from kuntasome.ui.context import AppContext

# The guideline questions, in the order the form asks them; each needs an answer.
QUESTIONS = REQUIRED_ANSWERS


def _answer_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(62)
    return box


class RequestDialog(SavingDialog, Retranslating, QDialog):
    """The questions municipal guidelines ask before a new channel is opened."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.request_id = 0
        self.platform = QComboBox()
        for key, platform in PLATFORMS.items():
            self.platform.addItem(platform.name, key)
        self.name = QLineEdit()
        self.unit = QComboBox()
        self.unit.addItem("", None)
        for unit in list_units(context.engine()):
            self.unit.addItem(unit.name, unit.id)
        self.answers = {q: _answer_box() for q in QUESTIONS}
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 40)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.website = _answer_box()
        self.prerequisites = {
            "has_profile_picture": QCheckBox(),
            "has_description": QCheckBox(),
            "has_page_rules": QCheckBox(),
        }
        checks = QVBoxLayout()
        for box in self.prerequisites.values():
            checks.addWidget(box)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget | QVBoxLayout]] = [
            ("platform", self.platform),
            ("proposed_name", self.name),
            ("unit", self.unit),
            *((q, self.answers[q]) for q in QUESTIONS),
            ("hours", self.hours),
            ("website", self.website),
            ("prerequisites", checks),
        ]
        for key, widget in rows:
            label = QLabel()
            label.setWordWrap(True)
            self.labels[key] = label
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
            form.addRow(label, widget)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 680)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Request a new channel"))
        self.intro.setText(
            self.tr(
                "A new channel is a commitment for years. Answer the questions below; the"
                " responsible manager approves or rejects the request."
            )
        )
        self.labels["platform"].setText(self.tr("Service:"))
        self.labels["proposed_name"].setText(
            translate("RequestQuestion", QUESTION_LABELS["proposed_name"]) + ":"
        )
        self.labels["unit"].setText(self.tr("Unit:"))
        for q in QUESTIONS:
            self.labels[q].setText(translate("RequestQuestion", QUESTION_LABELS[q]))
        self.labels["hours"].setText(self.tr("Hours a week:"))
        self.labels["website"].setText(self.tr("How does it complement the website?"))
        self.labels["prerequisites"].setText(self.tr("Ready before opening:"))
        self.prerequisites["has_profile_picture"].setText(self.tr("Profile picture"))
        self.prerequisites["has_description"].setText(self.tr("Description of the channel"))
        self.prerequisites["has_page_rules"].setText(self.tr("Page rules (moderation policy)"))
        self.unit.setItemText(0, self.tr("(none)"))
        self.send.setText(self.tr("Send the request"))

    def accept(self) -> None:
        engine = self.context.engine()
        fields = dict(
            requested_by_id=self.context.actor_id(),
            platform=self.platform.currentData(),
            proposed_name=self.name.text(),
            unit_id=self.unit.currentData(),
            hours_per_week=self.hours.value() or None,
            complements_website=self.website.toPlainText().strip(),
            **{q: box.toPlainText().strip() for q, box in self.answers.items()},
            **{k: box.isChecked() for k, box in self.prerequisites.items()},
        )
        self.close_after(
            self.context.events,
            lambda: submit_request(engine, **fields),
            changes=Change.REQUESTS,
            done=self._sent,
            failed=self._refused,
        )

    def _sent(self, request: ChannelRequest) -> None:
        self.request_id = request.id or 0

    def _refused(self, error: BaseException) -> None:
        missing = error.params.get("missing") if isinstance(error, RequestError) else None
        if isinstance(missing, list) and missing:
            first = missing[0]
            (self.name if first == "proposed_name" else self.answers[first]).setFocus()


class DecisionDialog(SavingDialog, Retranslating, QDialog):
    """Read a request; a responsible manager approves it (with the account's address) or
    rejects it with a reason."""

    def __init__(self, context: AppContext, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        r = row.request
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMargin(8)
        self.address = QLineEdit(r.proposed_name)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.address_label, self.reason_label = QLabel(), QLabel()
        self.address_label.setBuddy(self.address)
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.address_label, self.address)
        form.addRow(self.reason_label, self.reason)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setObjectName("hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.approve_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.reject_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.buttons.rejected.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.who)
        layout.addWidget(self.buttons)
        self.pending = r.status == "pending"
        self.may_decide = is_manager(context.engine(), context.actor_id())
        for widget in (self.address, self.reason, self.approve_button, self.reject_button):
            widget.setEnabled(self.pending and self.may_decide)
        for shown in (self.address, self.reason, self.address_label, self.reason_label):
            shown.setVisible(self.pending)
        self.approve_button.setVisible(self.pending)
        self.reject_button.setVisible(self.pending)
        self.resize(680, 620)
        self.retranslate()

    def retranslate(self) -> None:
        r = self.row.request
        e = html.escape
        self.setWindowTitle(
            arg(self.tr("Channel request: {proposed_name}"), proposed_name=r.proposed_name)
        )
        parts = [
            f"<h3>{e(r.proposed_name)} ({e(PLATFORMS[r.platform].name)})</h3>",
            "<p>"
            + e(
                arg(
                    self.tr("Requested by {requested_by} on {created_at} · {status}"),
                    requested_by=self.row.requested_by or "–",
                    created_at=format_date(r.created_at.date()),
                    status=translate("RequestStatus", REQUEST_STATUS_LABELS[r.status]),
                )
            )
            + "</p>",
        ]
        for q in QUESTIONS:
            parts.append(
                f"<p><b>{e(translate('RequestQuestion', QUESTION_LABELS[q]))}</b><br>"
                + e(getattr(r, q)).replace("\n", "<br>")
                + "</p>"
            )
        if r.hours_per_week:
            hours = arg(
                self.tr("{hours_per_week} hours a week"),
                hours_per_week=format_number(r.hours_per_week, 1),
            )
            parts.append(f"<p>{e(hours)}</p>")
        if r.complements_website:
            question = self.tr("How does it complement the website?")
            parts.append(f"<p><b>{e(question)}</b><br>{e(r.complements_website)}</p>")
        ready = [
            text
            for flag, text in (
                (r.has_profile_picture, self.tr("profile picture")),
                (r.has_description, self.tr("description")),
                (r.has_page_rules, self.tr("page rules")),
            )
            if flag
        ]
        ready_label = self.tr("Ready:")
        ready_text = ", ".join(ready) or self.tr("nothing yet")
        parts.append(f"<p><b>{e(ready_label)}</b> {e(ready_text)}</p>")
        if r.decision_reason:
            decided = arg(self.tr("Decision by {decided_by}:"), decided_by=self.row.decided_by)
            parts.append(f"<p><b>{e(decided)}</b> {e(r.decision_reason)}</p>")
        self.summary.setText("".join(parts))
        self.address_label.setText(self.tr("Address if approved:"))
        self.address.setToolTip(self.tr("The account's web address or handle"))
        self.reason_label.setText(self.tr("Reason:"))
        self.reason.setPlaceholderText(self.tr("Required for a rejection"))
        self.approve_button.setText(self.tr("Approve"))
        self.reject_button.setText(self.tr("Reject"))
        if self.pending and not self.may_decide:
            self.who.setText(
                self.tr(
                    "Only a responsible manager can decide. If that is you, choose your name"
                    " under File › Settings › You are."
                )
            )
        else:
            self.who.clear()

    def decide(self, approve: bool) -> None:
        actor = self.context.actor_id()
        if actor is None:
            return
        engine, request_id = self.context.engine(), self.row.request.id or 0
        reason, address = self.reason.toPlainText(), self.address.text()
        self.close_after(
            self.context.events,
            lambda: decide_request(
                engine,
                request_id,
                approve=approve,
                decided_by_id=actor,
                reason=reason,
                address=address,
            ),
            changes=Change.REQUESTS | Change.CHANNELS,  # an approved request adds a channel
        )


class ReviewDialog(SavingDialog, Retranslating, QDialog):
    """Does the channel still serve its purpose? Keep, change or close, with notes."""

    def __init__(
        self, context: AppContext, channel_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.channel_id = channel_id
        self.channel_name = name
        self.next_review: date | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        column = QVBoxLayout()
        for outcome in REVIEW_OUTCOMES:
            button = QRadioButton()
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            column.addWidget(button)
        self.outcome_buttons["keep"].setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.day = date_edit(context.today())
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], column)
        form.addRow(self.labels[1], self.notes)
        form.addRow(self.labels[2], self.day)
        self.labels[1].setBuddy(self.notes)
        self.labels[2].setBuddy(self.day)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 400)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("Review: {channel_name}"), channel_name=self.channel_name))
        self.intro.setText(
            self.tr(
                "Does the channel still reach its audience and serve its purpose, and are"
                " there people to maintain it?"
            )
        )
        for outcome, button in self.outcome_buttons.items():
            button.setText(translate("ReviewOutcome", REVIEW_OUTCOME_LABELS[outcome]))
        self.labels[0].setText(self.tr("Outcome:"))
        self.labels[1].setText(self.tr("&Notes:"))
        self.labels[2].setText(self.tr("&Reviewed on:"))

    def outcome(self) -> str:
        return next(k for k, b in self.outcome_buttons.items() if b.isChecked())

    def accept(self) -> None:
        engine, channel_id, reviewer_id = (
            self.context.engine(),
            self.channel_id,
            self.context.actor_id(),
        )
        outcome, notes = self.outcome(), self.notes.toPlainText().strip()
        on = from_qdate(self.day.date()) or self.context.today()
        self.close_after(
            self.context.events,
            lambda: record_review(
                engine, channel_id, reviewer_id=reviewer_id, outcome=outcome, notes=notes, on=on
            ),
            changes=Change.REQUESTS | Change.CHANNELS,  # the next review date is the channel's
            done=self._recorded,
        )

    def _recorded(self, next_review: date | None) -> None:
        self.next_review = next_review
