"""The people register: who works with the channels, their roles, and when they leave."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
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
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.channels.access import mark_leaving
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.people import ROLE_LABELS, ROLES, PersonDetails, UnitRow, save_person

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.channels.offboarding_dialog import OffboardingDialog
from kuntasome.ui.formatting import format_date
from kuntasome.ui.operations import run_operation
from kuntasome.ui.records import RecordTable
from kuntasome.ui.widgets import OptionalDateEdit, Retranslating, date_edit, from_qdate, translate

if TYPE_CHECKING:
    from kuntasome.ui.context import AppContext


def role_names(roles: tuple[str, ...]) -> str:
    return ", ".join(translate("PersonRole", ROLE_LABELS[r]) for r in roles)


class PeopleTab(Retranslating, QWidget):
    HEADERS = (
        QT_TRANSLATE_NOOP("PeopleTab", "Name"),
        QT_TRANSLATE_NOOP("PeopleTab", "Title"),
        QT_TRANSLATE_NOOP("PeopleTab", "Unit"),
        QT_TRANSLATE_NOOP("PeopleTab", "Roles"),
        QT_TRANSLATE_NOOP("PeopleTab", "Channels"),
        QT_TRANSLATE_NOOP("PeopleTab", "Left on"),
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.people: list[PersonDetails] = []
        self.shown: list[PersonDetails] = []
        self.current: PersonDetails | None = None
        self.show_left = QCheckBox()
        self.show_left.toggled.connect(self._fill_table)
        self.table = RecordTable(len(self.HEADERS))
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "People"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_person)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.show_left)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.add_button)

        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        self.name = QLineEdit()
        self.job_title = QLineEdit()
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.signature = QLineEdit()
        self.role_boxes = {role: QCheckBox() for role in ROLES}
        roles = QVBoxLayout()
        for box in self.role_boxes.values():
            roles.addWidget(box)
        self.left_on = OptionalDateEdit()
        self.form_labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        fields: list[QWidget | QVBoxLayout] = [
            self.name,
            self.job_title,
            self.unit,
            self.email,
            self.phone,
            self.signature,
            roles,
            self.left_on,
        ]
        for label, widget in zip(self.form_labels, fields, strict=True):
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
            form.addRow(label, widget)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.leaving_button = QPushButton()
        self.leaving_button.clicked.connect(self.mark_leaving)
        self.checklist_button = QPushButton()
        self.checklist_button.clicked.connect(self.open_checklist)
        buttons = QHBoxLayout()
        buttons.addWidget(self.leaving_button)
        buttons.addWidget(self.checklist_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addLayout(form)
        right_layout.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_left.setText(self.tr("Show people who have left"))
        self.table.setHorizontalHeaderLabels([translate("PeopleTab", h) for h in self.HEADERS])
        self.add_button.setText(self.tr("Add a person"))
        texts = (
            self.tr("&Name:"),
            self.tr("&Title:"),
            self.tr("&Unit:"),
            self.tr("&E-mail:"),
            self.tr("&Phone:"),
            self.tr("Si&gnature:"),
            self.tr("Roles:"),
            self.tr("Left on:"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.signature.setPlaceholderText(self.tr("e.g. Terveisin Sari, viestintä"))
        for role, box in self.role_boxes.items():
            box.setText(translate("PersonRole", ROLE_LABELS[role]))
        self.save_button.setText(self.tr("&Save"))
        self.leaving_button.setText(self.tr("Mark as leaving…"))
        self.checklist_button.setText(self.tr("Offboarding checklist"))
        self._fill_table()
        self._fill_form()

    # -- data ----------------------------------------------------------------------------
    def show_people(self, people: list[PersonDetails], units: list[UnitRow]) -> None:
        self.people = people
        text = self.unit.currentText()
        self.unit.clear()
        self.unit.addItem("", None)
        for unit in units:
            self.unit.addItem(unit.name, unit.id)
        self.unit.setCurrentText(text)
        if self.current is not None:
            self.current = next((p for p in self.people if p.id == self.current.id), None)
        self._fill_table()
        self._fill_form()

    def _fill_table(self) -> None:
        today = self.context.today()
        self.shown = [p for p in self.people if self.show_left.isChecked() or not p.has_left(today)]
        self.table.blockSignals(True)
        self.table.show_rows(
            [
                (
                    p.name,
                    p.title,
                    p.unit,
                    role_names(p.roles),
                    str(p.access_count),
                    format_date(p.left_on) if p.left_on else "",
                )
                for p in self.shown
            ]
        )
        self.table.blockSignals(False)
        if self.current is not None:
            for row, p in enumerate(self.shown):
                if p.id == self.current.id:
                    self.table.selectRow(row)

    def _selected(self) -> None:
        rows = self.table.selected_rows()
        if rows:
            self.current = self.shown[rows[0]]
            self._fill_form()

    def _fill_form(self) -> None:
        p = self.current or PersonDetails()
        self.title.setText(p.name or self.tr("New person"))
        self.name.setText(p.name)
        self.job_title.setText(p.title)
        index = self.unit.findData(p.unit_id) if p.unit_id else 0
        self.unit.setCurrentIndex(max(0, index))
        self.email.setText(p.email)
        self.phone.setText(p.phone)
        self.signature.setText(p.signature)
        for role, box in self.role_boxes.items():
            box.setChecked(role in p.roles)
        self.left_on.set_value(p.left_on)
        self.leaving_button.setEnabled(bool(p.id) and p.left_on is None)
        self.checklist_button.setEnabled(bool(p.id))

    # -- actions -------------------------------------------------------------------------
    def add_person(self) -> None:
        self.table.clearSelection()
        self.current = None
        self._fill_form()
        self.name.setFocus()

    def save(self) -> None:
        engine, actor_id = self.context.engine(), self.context.actor_id()
        unit_name = self.unit.currentText()
        edited = replace(
            self.current or PersonDetails(),
            name=self.name.text(),
            title=self.job_title.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            signature=self.signature.text(),
            roles=tuple(r for r, box in self.role_boxes.items() if box.isChecked()),
            left_on=self.left_on.value(),
        )
        run_operation(
            self,
            self.context.events,
            lambda: save_person(engine, edited, actor_id=actor_id, unit_name=unit_name),
            changes=Change.PEOPLE,
            title=self.tr("Person not saved"),
            done=self._saved,
        )

    def _saved(self, person: PersonDetails) -> None:
        self.current = person

    def mark_leaving(self) -> None:
        person = self.current
        if person is None or not person.id:
            return
        dialog = LeavingDialog(person.name, self.context.today(), self)
        if not dialog.exec():
            return
        left_on, engine, actor_id = dialog.left_on(), self.context.engine(), self.context.actor_id()
        person_id = person.id
        run_operation(
            self,
            self.context.events,
            lambda: mark_leaving(engine, person_id, left_on, actor_id=actor_id),
            changes=Change.PEOPLE,
            title=self.tr("Mark as leaving"),
            done=lambda _result: self.open_checklist(),
        )

    def open_checklist(self) -> None:
        if self.current is not None and self.current.id:
            OffboardingDialog(self.context, self.current.id, self).exec()


class LeavingDialog(Retranslating, QDialog):
    """Asks for the last working day; the checklist opens after it."""

    def __init__(self, name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_name = name
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.day = date_edit(today)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.day)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark as leaving"))
        self.intro.setText(
            arg(
                self.tr(
                    "Last working day of {person_name}. The offboarding "
                    "checklist lists every access to remove."
                ),
                person_name=self.person_name,
            )
        )

    def left_on(self) -> date:
        return from_qdate(self.day.date()) or date.today()
