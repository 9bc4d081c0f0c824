"""Who can log in to a channel: grant, verify and revoke access, with the channel's warnings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.channels.access import (
    ACCESS_ROLE_LABELS,
    ACCESS_ROLES,
    GrantRow,
    RegisterWarning,
    grant_access,
    list_grants,
    revoke_access,
    verify_access,
)
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.people import PersonDetails

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.formatting import format_date
from kuntasome.ui.operations import run_operation
from kuntasome.ui.records import Cell, RecordTable
from kuntasome.ui.widgets import Retranslating, date_edit, from_qdate, translate

if TYPE_CHECKING:
    from kuntasome.core.db import Engine

    from kuntasome.ui.context import AppContext


def role_label(role: str) -> str:
    return translate("AccessRole", ACCESS_ROLE_LABELS.get(role, role))


class AccessPanel(Retranslating, QWidget):
    HEADERS = (
        QT_TRANSLATE_NOOP("AccessPanel", "Person"),
        QT_TRANSLATE_NOOP("AccessPanel", "Access"),
        QT_TRANSLATE_NOOP("AccessPanel", "Granted"),
        QT_TRANSLATE_NOOP("AccessPanel", "Last verified"),
        QT_TRANSLATE_NOOP("AccessPanel", "Revoked"),
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.channel_id = 0
        self.grants: list[GrantRow] = []
        self.warnings = QLabel()
        self.warnings.setObjectName("warningNotice")
        self.warnings.setWordWrap(True)
        self.table = RecordTable(len(self.HEADERS), fit_contents=True)
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Access to the channel"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.grant_button = QPushButton()
        self.grant_button.clicked.connect(self.grant)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke)
        buttons = QHBoxLayout()
        for button in (self.grant_button, self.verify_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.shown_warnings: tuple[RegisterWarning, ...] = ()
        self.people: list[PersonDetails] = []  # whom access can be granted to
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([translate("AccessPanel", h) for h in self.HEADERS])
        self.grant_button.setText(self.tr("Grant access…"))
        self.verify_button.setText(self.tr("Verified today"))
        self.verify_button.setToolTip(
            self.tr("You checked on the platform today that this person's access is right.")
        )
        self.revoke_button.setText(self.tr("Revoke…"))
        self._fill()

    def show_channel(self, channel_id: int, warnings: tuple[RegisterWarning, ...]) -> None:
        self.channel_id = channel_id
        self.shown_warnings = warnings
        self.grants = list_grants(self.context.engine(), channel_id) if channel_id else []
        self._fill()

    def _fill(self) -> None:
        texts = [w.translated(translate) for w in self.shown_warnings]
        self.warnings.setText("\n".join(f"⚠ {t}" for t in texts))
        self.warnings.setVisible(bool(texts))
        today = self.context.today()
        rows: list[list[str | Cell]] = []
        faded = self.palette().placeholderText().color()
        for g in self.grants:
            person = g.person
            if g.person_left_on and g.person_left_on <= today:
                person = arg(
                    self.tr("{person} (left {person_left_on})"),
                    person=g.person,
                    person_left_on=format_date(g.person_left_on),
                )
            values = (
                person,
                role_label(g.role),
                format_date(g.granted_on),
                format_date(g.last_verified_on) if g.last_verified_on else "–",
                format_date(g.revoked_on) if g.revoked_on else "",
            )
            rows.append([Cell(t, foreground=None if g.active else faded) for t in values])
        self.table.show_rows(rows)
        self._selection_changed()

    def selected(self) -> GrantRow | None:
        rows = self.table.selected_rows()
        return self.grants[rows[0]] if rows else None

    def _selection_changed(self) -> None:
        grant = self.selected()
        active = grant is not None and grant.active
        self.verify_button.setEnabled(active)
        self.revoke_button.setEnabled(active)
        self.grant_button.setEnabled(bool(self.channel_id))

    def _run(self, title: str, work: Callable[[Engine, int | None], object]) -> None:
        """Record one change to access off the GUI thread; the register reloads after it."""
        engine, actor_id = self.context.engine(), self.context.actor_id()
        run_operation(
            self,
            self.context.events,
            lambda: work(engine, actor_id),
            changes=Change.ACCESS,
            title=title,
        )

    # -- actions -------------------------------------------------------------------------
    def grant(self) -> None:
        dialog = GrantDialog(self.people, self.context.today(), self)
        if not dialog.exec():
            return
        channel_id, person_id, role = (
            self.channel_id,
            dialog.person.currentData(),
            dialog.role.currentData(),
        )
        on = dialog.granted_on()
        self._run(
            dialog.windowTitle(),
            lambda engine, actor_id: grant_access(
                engine, channel_id, person_id, role, on=on, actor_id=actor_id
            ),
        )

    def verify(self) -> None:
        grant = self.selected()
        if grant is None:
            return
        today = self.context.today()
        self._run(
            self.verify_button.text(),
            lambda engine, actor_id: verify_access(engine, grant.id, on=today, actor_id=actor_id),
        )

    def revoke(self) -> None:
        grant = self.selected()
        if grant is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke access"),
            arg(
                self.tr(
                    "Record that {person}'s {role} access was removed on the "
                    "platform today?\n\nRemove it on the platform first; this only "
                    "records it."
                ),
                person=grant.person,
                role=role_label(grant.role),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        today = self.context.today()
        self._run(
            self.tr("Revoke access"),
            lambda engine, actor_id: revoke_access(engine, grant.id, on=today, actor_id=actor_id),
        )


class GrantDialog(Retranslating, QDialog):
    """Whom, which role, since when."""

    def __init__(
        self, people: list[PersonDetails], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.person = QComboBox()
        for person in people:
            if not person.has_left(today):
                self.person.addItem(person.name, person.id)
        self.role = QComboBox()
        for role in ACCESS_ROLES:
            self.role.addItem("", role)
        self.role.setCurrentIndex(ACCESS_ROLES.index("editor"))
        self.date = date_edit(today)
        self.person_label, self.role_label, self.date_label = QLabel(), QLabel(), QLabel()
        for label, widget in (
            (self.person_label, self.person),
            (self.role_label, self.role),
            (self.date_label, self.date),
        ):
            label.setBuddy(widget)
        form = QFormLayout()
        form.addRow(self.person_label, self.person)
        form.addRow(self.role_label, self.role)
        form.addRow(self.date_label, self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.person.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Grant access"))
        self.person_label.setText(self.tr("&Person:"))
        self.role_label.setText(self.tr("&Access:"))
        self.date_label.setText(self.tr("&Granted on:"))
        for i in range(self.role.count()):
            self.role.setItemText(i, role_label(self.role.itemData(i)))

    def granted_on(self) -> date:
        return from_qdate(self.date.date()) or self.today
