"""A channel's secrets: shown on demand and hidden again, copied and cleared, replaced, deleted.

Values come from the OS keyring only when the user asks, and are not kept: a revealed value
is wiped from the field after a while, and the clipboard is cleared after 30 seconds if it
still holds what was copied (compared by hash, so the value itself is not kept for that).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.channels.secrets import KIND_LABELS, KINDS
from kuntasome.core.errors import UserError
from kuntasome.core.messages import arg

from kuntasome.ui.events import DataEvents
from kuntasome.ui.formatting import format_date
from kuntasome.ui.operations import SavingDialog, run_operation
from kuntasome.ui.widgets import (
    Retranslating,
    show_error,
    status_message,
    translate,
    without_accelerator,
)

if TYPE_CHECKING:
    from kuntasome.core.channels.secrets import SecretStore

    from kuntasome.ui.context import AppContext

REVEAL_MS = 20_000
CLIPBOARD_MS = 30_000
MULTILINE = ("backup_codes", "recovery_note")


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode("utf-8")).digest()


class ClipboardGuard:
    """Clears the clipboard after a delay if it still holds what we put there."""

    def __init__(self, clipboard: QClipboard, delay_ms: int = CLIPBOARD_MS) -> None:
        self.clipboard = clipboard
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.clear)
        self._digest: bytes | None = None

    def copy(self, value: str) -> None:
        self.clipboard.setText(value)
        self._digest = _digest(value)
        self.timer.start()

    def clear(self) -> None:
        if self._digest is not None and _digest(self.clipboard.text()) == self._digest:
            self.clipboard.clear()
        self._digest = None


class SecretRow:
    """The widgets of one kind of secret."""

    def __init__(self, kind: str, parent: QWidget) -> None:
        self.kind = kind
        self.label = QLabel(parent)
        self.state = QLabel(parent)
        self.state.setObjectName("hint")
        self.value = QLineEdit(parent)
        self.value.setReadOnly(True)
        self.value.setEchoMode(QLineEdit.EchoMode.Password)
        self.value.setMinimumWidth(100)
        self.reveal = QPushButton(parent)
        self.reveal.setCheckable(True)
        self.copy = QPushButton(parent)
        self.set = QPushButton(parent)
        self.delete = QPushButton(parent)
        self.label.setBuddy(self.value)  # the field is announced by its label
        self.stored = False

    def name_buttons(self) -> None:
        """Four rows have the same four buttons: a screen reader hears which secret each is
        for ("Save…: Password"), not four times "Save…"."""
        secret = self.label.text()
        for button in (self.reveal, self.copy, self.set, self.delete):
            button.setAccessibleName(f"{without_accelerator(button.text())}: {secret}")


class SecretsPanel(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.channel_id = 0
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("warningNotice")
        self.notice.hide()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        grid = QGridLayout()
        self.rows: dict[str, SecretRow] = {}
        for i, kind in enumerate(KINDS):
            row = SecretRow(kind, self)
            self.rows[kind] = row
            row.label.setObjectName("fieldTitle")
            grid.addWidget(row.label, i * 3, 0, 1, 5)
            grid.addWidget(row.value, i * 3 + 1, 0)
            for column, button in enumerate((row.reveal, row.copy, row.set, row.delete), 1):
                grid.addWidget(button, i * 3 + 1, column)
            grid.addWidget(row.state, i * 3 + 2, 0, 1, 5)
            row.reveal.toggled.connect(lambda on, k=kind: self._reveal(k, on))
            row.copy.clicked.connect(lambda _=False, k=kind: self._copy(k))
            row.set.clicked.connect(lambda _=False, k=kind: self._set(k))
            row.delete.clicked.connect(lambda _=False, k=kind: self._delete(k))
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(4)
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(REVEAL_MS)
        self.hide_timer.timeout.connect(self.hide_values)
        self.clipboard = ClipboardGuard(QGuiApplication.clipboard())
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            arg(
                self.tr(
                    "Secrets are kept in this computer's password store, never "
                    "in the database. A shown value hides itself after "
                    "{shown_seconds} seconds; a copied one is cleared from "
                    "the clipboard after {seconds} seconds."
                ),
                shown_seconds=str(REVEAL_MS // 1000),
                seconds=str(CLIPBOARD_MS // 1000),
            )
        )
        for kind, row in self.rows.items():
            row.label.setText(translate("SecretKind", KIND_LABELS[kind]))
            row.reveal.setText(self.tr("Show"))
            row.copy.setText(self.tr("Copy"))
            row.delete.setText(self.tr("Delete"))
            row.name_buttons()
        self._show_state()

    # -- state ---------------------------------------------------------------------------
    def store(self) -> SecretStore:
        return self.context.secret_store()

    def show_channel(self, channel_id: int) -> None:
        self.hide_values()
        self.channel_id = channel_id
        self._show_state()

    def _show_state(self) -> None:
        if not self.channel_id:
            return
        store = self.store()
        available = store.available()
        self.notice.setVisible(not available)
        if not available:
            self.notice.setText(
                self.tr(
                    "This computer has no usable password store (keyring), so secrets cannot"
                    " be saved or shown here. Everything else in KuntaSome works as usual."
                )
            )
        stored = {info.kind: info for info in store.kinds(self.channel_id)}
        for kind, row in self.rows.items():
            info = stored.get(kind)
            row.stored = info is not None
            row.state.setText(
                arg(
                    self.tr("Stored; changed on {changed_at}."),
                    changed_at=format_date(info.changed_at.date()),
                )
                if info
                else self.tr("Not stored.")
            )
            row.set.setText(self.tr("Replace…") if info else self.tr("Save…"))
            row.name_buttons()
            for button in (row.reveal, row.copy, row.delete):
                button.setEnabled(available and row.stored)
            row.set.setEnabled(available)
            row.value.setPlaceholderText("" if info else "–")

    def hide_values(self) -> None:
        for row in self.rows.values():
            row.value.clear()
            row.value.setEchoMode(QLineEdit.EchoMode.Password)
            row.reveal.blockSignals(True)
            row.reveal.setChecked(False)
            row.reveal.blockSignals(False)

    def hideEvent(self, event: object) -> None:
        self.hide_values()
        super().hideEvent(event)  # type: ignore[arg-type]

    # -- actions -------------------------------------------------------------------------
    def _value(self, kind: str) -> str | None:
        try:
            return self.store().get(self.channel_id, kind)
        except UserError as error:
            show_error(self, self.tr("Secrets"), error)
            return None

    def _reveal(self, kind: str, on: bool) -> None:
        row = self.rows[kind]
        if not on:
            row.value.clear()
            row.value.setEchoMode(QLineEdit.EchoMode.Password)
            return
        value = self._value(kind)
        if value is None:
            row.reveal.setChecked(False)
            return
        row.value.setEchoMode(QLineEdit.EchoMode.Normal)
        row.value.setText(value)
        row.value.setCursorPosition(0)
        self.hide_timer.start()

    def _copy(self, kind: str) -> None:
        value = self._value(kind)
        if value is not None:
            self.clipboard.copy(value)
            status_message(
                self,
                arg(
                    self.tr("Copied. The clipboard is cleared in {seconds} seconds."),
                    seconds=str(CLIPBOARD_MS // 1000),
                ),
                CLIPBOARD_MS,
            )

    def _set(self, kind: str) -> None:
        store, channel_id, actor_id = self.store(), self.channel_id, self.context.actor_id()
        dialog = SecretDialog(
            kind,
            self.rows[kind].stored,
            self.context.events,
            lambda value: store.set(channel_id, kind, value, actor_id=actor_id),
            self,
        )
        dialog.exec()  # a refused value (too long) keeps the dialog open, the text intact
        dialog.wipe()
        self.hide_values()
        self._show_state()

    def _delete(self, kind: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete secret"),
            arg(
                self.tr("Delete “{kind}” of this channel from the password store?"),
                kind=translate("SecretKind", KIND_LABELS[kind]),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, channel_id, actor_id = self.store(), self.channel_id, self.context.actor_id()
        self.hide_values()
        run_operation(
            self,
            self.context.events,
            lambda: store.delete(channel_id, kind, actor_id=actor_id),
            changes=Change.SECRETS,
            title=self.tr("Secrets"),
            done=lambda _result: self._show_state(),
        )


class SecretDialog(SavingDialog, Retranslating, QDialog):
    """Type or paste a new value; it is never shown in a log or message."""

    def __init__(
        self,
        kind: str,
        replacing: bool,
        events: DataEvents,
        save: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.replacing = replacing
        self.events = events
        self.save = save
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.line = QLineEdit()
        self.line.setEchoMode(QLineEdit.EchoMode.Password)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        multiline = kind in MULTILINE
        self.line.setVisible(not multiline)
        self.text.setVisible(multiline)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.line)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        name = translate("SecretKind", KIND_LABELS[self.kind])
        self.setWindowTitle(name)
        self.label.setText(
            self.tr("Type or paste the new value. It replaces the one stored now.")
            if self.replacing
            else self.tr("Type or paste the value. It is saved in this computer's password store.")
        )

    def value(self) -> str:
        return self.text.toPlainText() if self.kind in MULTILINE else self.line.text()

    def accept(self) -> None:
        value, save = self.value(), self.save
        self.close_after(self.events, lambda: save(value), changes=Change.SECRETS)

    def wipe(self) -> None:
        self.line.clear()
        self.text.clear()
