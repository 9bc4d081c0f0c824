"""The register of blocked accounts: add, lift, export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.moderation.blocks import BlockRow, add_block, blocks_csv, list_blocks, unblock

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.events import DataEvents
from kuntasome.ui.file_dialogs import save_file_name
from kuntasome.ui.formatting import format_date
from kuntasome.ui.operations import SavingDialog
from kuntasome.ui.records import Cell, RecordTable
from kuntasome.ui.service_icons import channel_item
from kuntasome.ui.widgets import (
    Retranslating,
    date_edit,
    from_qdate,
    save_file,
    status_message,
    translate,
)

if TYPE_CHECKING:
    from kuntasome.core.moderation.choices import ModerationSetup

    from kuntasome.ui.context import AppContext


class BlockDialog(SavingDialog, Retranslating, QDialog):
    """A new block: which account, where, who decided, why. *save* records it (given the
    fields as keywords); a refusal keeps the dialog open for a correction."""

    def __init__(
        self,
        setup: ModerationSetup,
        today: date,
        parent: QWidget | None,
        *,
        events: DataEvents,
        save: Callable[..., object],
        channel_id: int | None = None,
        account: str = "",
        decided_by: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.events, self.save, self.today = events, save, today
        self.channel = QComboBox()
        for c in setup.channels:
            self.channel.addItem(*channel_item(c.label, c.platform), c.id)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel_id)))
        self.account = QLineEdit(account)
        self.blocked_on = date_edit(today)
        self.decided_by = QComboBox()
        for h in setup.handlers:
            self.decided_by.addItem(h.name, h.id)
        self.decided_by.setCurrentIndex(max(0, self.decided_by.findData(decided_by)))
        self.reason = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self)
        for label, field in zip(
            self.labels,
            (self.channel, self.account, self.blocked_on, self.decided_by, self.reason),
            strict=True,
        ):
            form.addRow(label, field)
            label.setBuddy(field)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Block an account"))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Channel"),
                self.tr("&Account"),
                self.tr("&Blocked on"),
                self.tr("&Decided by"),
                self.tr("&Reason"),
            ),
            strict=True,
        ):
            label.setText(text)

    def accept(self) -> None:
        fields = dict(
            channel_id=int(self.channel.currentData() or 0),
            account=self.account.text(),
            blocked_on=from_qdate(self.blocked_on.date()) or self.today,
            decided_by_id=self.decided_by.currentData(),
            reason=self.reason.text(),
        )
        save = self.save
        self.close_after(self.events, lambda: save(**fields), changes=Change.MODERATION)


class UnblockDialog(SavingDialog, Retranslating, QDialog):
    def __init__(
        self,
        block: BlockRow,
        today: date,
        parent: QWidget | None,
        *,
        events: DataEvents,
        save: Callable[..., object],
    ) -> None:
        super().__init__(parent)
        self.block = block
        self.events, self.save, self.today = events, save, today
        self.unblocked_on = date_edit(today)
        self.reason = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout(self)
        form.addRow(self.labels[0], self.unblocked_on)
        form.addRow(self.labels[1], self.reason)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("Lift the block on {account}"), account=self.block.account))
        self.labels[0].setText(self.tr("&Lifted on"))
        self.labels[1].setText(self.tr("&Reason"))
        self.labels[0].setBuddy(self.unblocked_on)
        self.labels[1].setBuddy(self.reason)

    def accept(self) -> None:
        on, reason, save = (
            from_qdate(self.unblocked_on.date()) or self.today,
            self.reason.text(),
            self.save,
        )
        self.close_after(
            self.events, lambda: save(unblocked_on=on, reason=reason), changes=Change.MODERATION
        )


class BlocksTab(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setup: ModerationSetup | None = None
        self.rows: list[BlockRow] = []
        self.table = RecordTable(8, fit_contents=True)
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Blocked accounts"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_lifted = QCheckBox()
        self.show_lifted.setChecked(True)
        self.show_lifted.toggled.connect(self.fill)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_block())
        self.lift_button = QPushButton()
        self.lift_button.clicked.connect(self.lift)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.note = QLabel()
        self.note.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (self.add_button, self.lift_button, self.export_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.show_lifted)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "The block list is a public record: who decided, when and why. Blocks are never"
                " deleted; a lifted block stays with its date and reason."
            )
        )
        self.add_button.setText(self.tr("Block an account…"))
        self.lift_button.setText(self.tr("Lift the block…"))
        self.export_button.setText(self.tr("Export…"))
        self.show_lifted.setText(self.tr("Show lifted blocks"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Blocked on"),
                self.tr("Service"),
                self.tr("Channel"),
                self.tr("Account"),
                self.tr("Decided by"),
                self.tr("Reason"),
                self.tr("Lifted on"),
                self.tr("Why lifted"),
            ]
        )
        self._update_buttons()

    def show_blocks(self, rows: list[BlockRow], setup: ModerationSetup) -> None:
        self.rows, self.setup = rows, setup
        self.fill()

    def visible_rows(self) -> list[BlockRow]:
        return [r for r in self.rows if self.show_lifted.isChecked() or r.active]

    def fill(self) -> None:
        self.table.show_rows(
            [
                (
                    Cell(format_date(r.blocked_on), sort_key=r.blocked_on),
                    r.platform,
                    r.channel_name,
                    r.account,
                    r.decided_by,
                    r.reason,
                    Cell(format_date(r.unblocked_on), sort_key=r.unblocked_on)
                    if r.unblocked_on
                    else "",
                    r.unblock_reason,
                )
                for r in self.visible_rows()
            ]
        )
        self._update_buttons()

    def selected(self) -> BlockRow | None:
        row = self.table.currentRow()
        rows = self.visible_rows()
        return rows[row] if 0 <= row < len(rows) and self.table.has_selection() else None

    def _update_buttons(self) -> None:
        block = self.selected()
        self.lift_button.setEnabled(block is not None and block.active)
        self.add_button.setEnabled(self.setup is not None)

    def add_block(
        self, *, channel_id: int | None = None, account: str = "", entry_id: int | None = None
    ) -> bool:
        if self.setup is None:
            return False
        engine, actor_id = self.context.engine(), self.context.actor_id()
        dialog = BlockDialog(
            self.setup,
            self.context.today(),
            self,
            events=self.context.events,
            save=lambda **fields: add_block(engine, entry_id=entry_id, actor_id=actor_id, **fields),
            channel_id=channel_id,
            account=account,
            decided_by=actor_id,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted

    def lift(self) -> None:
        block = self.selected()
        if block is None:
            return
        engine, actor_id = self.context.engine(), self.context.actor_id()
        UnblockDialog(
            block,
            self.context.today(),
            self,
            events=self.context.events,
            save=lambda **fields: unblock(
                engine, block.id, block.version_id, actor_id=actor_id, **fields
            ),
        ).exec()

    def export(self) -> None:
        name, _ = save_file_name(
            self,
            self.tr("Export the block register"),
            self.tr("blocked-accounts.csv"),
            self.tr("CSV for Excel (*.csv)"),
        )
        if not name:
            return
        # The register as it is now, not as it was when the tab was last loaded.
        rows = list_blocks(self.context.engine())
        if save_file(self, Path(name), blocks_csv(rows, translate), personal=True):
            status_message(self, arg(self.tr("Saved {name}"), name=name), 5000)
