"""Settings, and the same form as the first-start dialog: language, organisation, country."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.messages import arg
from kuntasome.core.organisation import OrganisationSettings, load_organisation, save_organisation
from kuntasome.core.people import ROLE_LABELS, list_people
from kuntasome.core.settings import LANGUAGE

from kuntasome.ui.context import AppContext
from kuntasome.ui.icons import icon
from kuntasome.ui.operations import SavingDialog, busy
from kuntasome.ui.translations import LANGUAGE_NAMES, LANGUAGES
from kuntasome.ui.widgets import translate


class SettingsDialog(SavingDialog, QDialog):
    """Edits the user's language and the organisation's name and country.

    With ``first_start`` it welcomes a new user; the language switches as it is picked,
    so the rest of the dialog is read in the chosen language.
    """

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, first_start: bool = False
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.first_start = first_start
        self.setWindowIcon(icon("kuntasome"))
        self.setMinimumWidth(640)
        self.original_language = context.languages.language
        organisation = load_organisation(context.engine())
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setVisible(first_start)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(first_start)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(context.languages.language))
        self.language.currentIndexChanged.connect(self._language_picked)
        self.name = QLineEdit(organisation.name)
        self.name.setMaxLength(200)
        self.finland = QRadioButton()
        self.sweden = QRadioButton()
        self.countries = QButtonGroup(self)
        self.countries.addButton(self.finland)
        self.countries.addButton(self.sweden)
        (self.sweden if organisation.country == "SE" else self.finland).setChecked(True)
        country_row = QHBoxLayout()
        country_row.addWidget(self.finland)
        country_row.addWidget(self.sweden)
        country_row.addStretch(1)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setObjectName("hint")
        self.verify_months = QSpinBox()
        self.verify_months.setRange(1, 24)
        self.verify_months.setValue(organisation.access_verify_months)
        self.verify_months.setVisible(not first_start)
        self.verify_label = QLabel()
        self.verify_label.setBuddy(self.verify_months)
        self.verify_label.setVisible(not first_start)
        self.person = QComboBox()
        self.person.addItem("", None)
        self.people = [p for p in list_people(context.engine()) if not p.has_left(context.today())]
        for person in self.people:
            self.person.addItem(person.name, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(context.actor_id())))
        self.person.setVisible(not first_start)
        self.person_label = QLabel()
        self.person_label.setBuddy(self.person)
        self.person_label.setVisible(not first_start)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.country_label = QLabel()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name.setMinimumWidth(380)  # "Kalliorannan kaupunki – Bergstrands stad" in full
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.country_label, country_row)
        self.form.addRow(self.person_label, self.person)
        self.form.addRow(self.verify_label, self.verify_months)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)
        self.organisation = organisation
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Welcome to KuntaSome") if self.first_start else self.tr("Settings")
        )
        self.intro.setText(
            self.tr(
                "KuntaSome keeps your organisation's social media register, posting calendar,"
                " moderation log and statistics on this computer. Choose your language and"
                " tell us whose channels these are."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.name_label.setText(self.tr("&Organisation:"))
        self.country_label.setText(self.tr("Country:"))
        self.name.setPlaceholderText(self.tr("e.g. City of Kallioranta"))
        self.person_label.setText(self.tr("&You are:"))
        self.verify_label.setText(self.tr("Verify admin &access every:"))
        self.verify_months.setSuffix(self.tr(" months"))
        self.verify_months.setToolTip(
            self.tr(
                "Admin access not verified on the platform for longer than this is flagged in"
                " the channel register."
            )
        )
        self.person.setItemText(0, self.tr("(not chosen)"))
        for index, person in enumerate(self.people, start=1):
            roles = ", ".join(translate("PersonRole", ROLE_LABELS[r]) for r in person.roles)
            self.person.setItemText(index, f"{person.name} ({roles})" if roles else person.name)
        self.person.setToolTip(
            self.tr(
                "Who you are in the people register: your name goes to the audit log, and"
                " a manager decides on channel requests."
            )
        )
        self.finland.setText(self.tr("Finland"))
        self.sweden.setText(self.tr("Sweden"))
        self.where.setText(
            arg(
                self.tr("Data folder: {root}\nDatabase: {display_name}"),
                root=str(self.context.paths.root),
                display_name=self.context.database.display_name,
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _country(self) -> str:
        return "SE" if self.sweden.isChecked() else "FI"

    def _language_picked(self) -> None:
        self.context.languages.apply(self.language.currentData(), self._country())

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Please enter the organisation's name.")
            )
            self.name.setFocus()
            return
        updated = replace(
            self.organisation,
            name=name,
            country=self._country(),
            access_verify_months=self.verify_months.value(),
        )
        engine, actor_id = self.context.engine(), self.context.actor_id()
        self.close_after(
            self.context.events,
            lambda: save_organisation(engine, updated, actor_id=actor_id),
            changes=Change.ORGANISATION | Change.SETTINGS,
            done=self._saved,
        )

    def _saved(self, organisation: OrganisationSettings) -> None:
        """The organisation is in the database; the rest is this computer's."""
        language = self.language.currentData()
        self.context.languages.apply(language, organisation.country)
        preferences = self.context.preferences
        preferences.set(LANGUAGE, language)
        if not self.first_start:
            self.context.set_actor_id(self.person.currentData())
        preferences.sync()

    def reject(self) -> None:
        if busy(self):
            return
        if self.context.languages.language != self.original_language:
            self.context.languages.apply(self.original_language, self.organisation.country)
        super().reject()
