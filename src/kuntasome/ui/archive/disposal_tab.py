"""The Archive section's *Disposal* and *Legal holds* tabs: what is past retention, disposing
of it with a decision, the disposal log; holding records and lifting holds."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.archive.disposal import DisposalGroup, DisposalLogRow
from kuntasome.core.archive.holds import HoldRow
from kuntasome.core.archive.records_plan import BY_KEY
from kuntasome.core.channels.register import ChannelRow
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.formatting import format_date, format_datetime, format_number
from kuntasome.ui.records import RecordTable
from kuntasome.ui.service_icons import channel_item
from kuntasome.ui.widgets import Retranslating, translate


def type_title(key: str) -> str:
    return translate("RecordsPlan", BY_KEY[key].title) if key in BY_KEY else key


class DisposalTab(Retranslating, QWidget):
    """Emits ``dispose_requested(decision)`` when the user confirms a disposal."""

    dispose_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[DisposalGroup] = []
        self.log: list[DisposalLogRow] = []
        self.approver = ""
        self.tz: ZoneInfo | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.table = RecordTable(5, fit_contents=True)
        accessible_name(
            self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Records due for disposal")
        )
        self.decision = QLineEdit()
        self.decision.setMaxLength(500)
        self.decision_label = QLabel()
        self.decision_label.setBuddy(self.decision)
        self.approver_label = QLabel()
        self.approver_label.setWordWrap(True)
        self.dispose_button = QPushButton()
        self.dispose_button.clicked.connect(self._confirm)
        self.decision.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.decision_label, self.decision)
        form.addRow("", self.approver_label)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.dispose_button)
        self.log_title = QLabel()
        self.log_title.setObjectName("fieldTitle")
        self.log_table = RecordTable(5, fit_contents=True)
        accessible_name(self.log_table, QT_TRANSLATE_NOOP("AccessibleNames", "Disposal log"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 2)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addWidget(self.log_title)
        layout.addWidget(self.log_table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Records past their retention period and not on a legal hold. Disposing of"
                " moderation entries erases what the public wrote (the log's chain records it"
                " and stays verifiable); evidence files are deleted; old check-ins, statistics,"
                " posts and audit entries are removed. The register and the reports are kept"
                " permanently."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record type"),
                self.tr("Past retention"),
                self.tr("On a legal hold"),
                self.tr("Last dated before"),
                self.tr("Code"),
            ]
        )
        self.decision_label.setText(self.tr("D&ecision"))
        self.decision.setPlaceholderText(self.tr("Who decided, when and its number"))
        self.dispose_button.setText(self.tr("&Dispose of these…"))
        self.log_title.setText(self.tr("Disposal log"))
        self.log_table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Record type"),
                self.tr("How many"),
                self.tr("Decision"),
                self.tr("Approved by"),
            ]
        )
        self._fill()

    def show_state(
        self, groups: list[DisposalGroup], log: list[DisposalLogRow], approver: str, tz: ZoneInfo
    ) -> None:
        self.groups, self.log, self.approver, self.tz = groups, log, approver, tz
        self._fill()

    def _fill(self) -> None:
        self.table.show_rows(
            [
                [
                    type_title(g.record_type),
                    format_number(g.count),
                    format_number(g.held) if g.held else "",
                    format_date(g.older_than),
                    g.code or "–",
                ]
                for g in self.groups
            ]
        )
        self.log_table.show_rows(
            [
                [
                    format_datetime(r.disposed_at, self.tz) if self.tz else "",
                    type_title(r.record_type),
                    format_number(r.count),
                    r.decision,
                    r.approved_by or "–",
                ]
                for r in self.log
            ]
        )
        self.approver_label.setText(
            arg(self.tr("Approved by: {name}"), name=self.approver)
            if self.approver
            else self.tr(
                "A disposal is approved by a named person: choose who you are under"
                " File › Settings."
            )
        )
        self._update()

    def total(self) -> int:
        return sum(g.count for g in self.groups)

    def _update(self) -> None:
        self.dispose_button.setEnabled(
            bool(self.approver and self.decision.text().strip() and self.total())
        )

    def _confirm(self) -> None:
        lines = [
            f"• {type_title(g.record_type)}: {format_number(g.count)}"
            for g in self.groups
            if g.count
        ]
        answer = QMessageBox.question(
            self,
            self.tr("Dispose of records"),
            arg(
                self.tr(
                    "Dispose of these records for good? This cannot be undone.\n\n{lines}\n\n"
                    "Decision: {decision}\nApproved by: {name}"
                ),
                lines="\n".join(lines),
                decision=self.decision.text().strip(),
                name=self.approver,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.dispose_requested.emit(self.decision.text().strip())


class HoldsTab(Retranslating, QWidget):
    """Emits ``place_requested(kind, value, reason)`` and ``lift_requested(id, reason)``."""

    place_requested = Signal(str, object, str)
    lift_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holds: list[HoldRow] = []
        self.tz: ZoneInfo | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.kind = QComboBox()
        for key in ("channel", "account", "entry"):
            self.kind.addItem("", key)
        self.channel = QComboBox()
        self.account = QLineEdit()
        self.account.setMaxLength(200)
        self.entry = QSpinBox()
        self.entry.setRange(1, 2_000_000_000)
        self.target = QStackedWidget()
        for widget in (self.channel, self.account, self.entry):
            self.target.addWidget(widget)
        self.kind.currentIndexChanged.connect(self.target.setCurrentIndex)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.place_button = QPushButton()
        self.place_button.clicked.connect(self._place)
        self.labels = {key: QLabel() for key in ("kind", "target", "reason")}
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            ("kind", self.kind),
            ("target", self.target),
            ("reason", self.reason),
        )
        for key, field in rows:
            self.labels[key].setBuddy(field)
            form.addRow(self.labels[key], field)
        form.addRow("", self.place_button)
        self.table = RecordTable(5, fit_contents=True)
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Legal holds"))
        self.table.itemSelectionChanged.connect(self._update)
        self.lift_button = QPushButton()
        self.lift_button.clicked.connect(self._lift)
        bar = QHBoxLayout()
        bar.addWidget(self.lift_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.reason.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A legal hold keeps records from disposal while a complaint, a court case or an"
                " information request needs them: a channel, an account's comments and blocks,"
                " or one entry with every version."
            )
        )
        for i, text in enumerate(
            (self.tr("A channel"), self.tr("An account"), self.tr("A moderation entry"))
        ):
            self.kind.setItemText(i, text)
        self.labels["kind"].setText(self.tr("H&old"))
        self.labels["target"].setText(self.tr("&Which"))
        self.labels["reason"].setText(self.tr("&Reason"))
        self.account.setPlaceholderText(self.tr("The account's name on the service"))
        self.reason.setPlaceholderText(self.tr("e.g. the complaint or case number"))
        self.place_button.setText(self.tr("&Place hold"))
        self.lift_button.setText(self.tr("&Lift the chosen hold…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("State"), self.tr("Covers"), self.tr("Reason"), self.tr("Placed"),
             self.tr("By")]
        )  # fmt: skip
        self._fill()

    def show_state(self, holds: list[HoldRow], channels: list[ChannelRow], tz: ZoneInfo) -> None:
        self.holds, self.tz = holds, tz
        chosen = self.channel.currentData()
        self.channel.clear()
        for c in channels:
            self.channel.addItem(*channel_item(c.display_name or c.handle, c.platform), c.id)
        self.channel.setCurrentIndex(max(0, self.channel.findData(chosen)))
        self._fill()

    def _fill(self) -> None:
        tz = self.tz
        self.table.show_rows(
            [
                [
                    self.tr("Active") if h.active else self.tr("Lifted"),
                    h.channel or h.account or arg(self.tr("entry {id}"), id=h.entry_id),
                    h.reason,
                    format_datetime(h.placed_at, tz) if tz else "",
                    h.placed_by or "–",
                ]
                for h in self.holds
            ]
        )
        self._update()

    def _selected(self) -> HoldRow | None:
        row = self.table.currentRow()
        return self.holds[row] if 0 <= row < len(self.holds) else None

    def _update(self) -> None:
        chosen = self._selected()
        self.lift_button.setEnabled(chosen is not None and chosen.active)
        self.place_button.setEnabled(bool(self.reason.text().strip()))

    def value(self) -> object:
        kind = self.kind.currentData()
        if kind == "channel":
            return self.channel.currentData()
        if kind == "account":
            return self.account.text().strip()
        return self.entry.value()

    def _place(self) -> None:
        self.place_requested.emit(self.kind.currentData(), self.value(), self.reason.text().strip())

    def _lift(self, ask: Callable[..., tuple[str, bool]] = QInputDialog.getText) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        reason, ok = ask(self, self.tr("Lift the hold"), self.tr("Why is the hold lifted?"))
        if ok and reason.strip():
            self.lift_requested.emit(chosen.id, reason.strip())
