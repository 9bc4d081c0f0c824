"""First start and settings: language, organisation name and country are saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kuntasome.core.organisation import load_organisation
from kuntasome.core.settings import LANGUAGE

from kuntasome.ui.context import AppContext
from kuntasome.ui.settings_dialog import SettingsDialog

from tests.ui.conftest import settle, when_modal


def test_first_start_saves_language_name_and_country(qtbot: QtBot, context: AppContext) -> None:
    dialog = SettingsDialog(context, first_start=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Welcome to KuntaSome" and dialog.intro.isVisible() is False
    dialog.language.setCurrentIndex(1)  # Svenska: the dialog switches at once
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Välkommen till KuntaSome")
    dialog.name.setText("Bergstrands stad")
    dialog.sweden.setChecked(True)
    dialog.accept()
    settle(qtbot)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = load_organisation(context.engine())
    assert (saved.name, saved.country) == ("Bergstrands stad", "SE")
    assert context.preferences.get(LANGUAGE) == "sv"
    assert context.languages.language == "sv"


def test_cancel_restores_the_language(qtbot: QtBot, context: AppContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(0)  # Suomi
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Asetukset")
    dialog.reject()
    assert context.languages.language == "en"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")


def test_empty_name_is_refused_and_nothing_saved(qtbot: QtBot, context: AppContext) -> None:
    before = load_organisation(context.engine())
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    seen: list[str] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(close)
    dialog.accept()
    assert seen == ["Please enter the organisation's name."]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert load_organisation(context.engine()) == before


def test_who_you_are_and_the_access_verification_interval_are_saved(
    qtbot: QtBot, context: AppContext
) -> None:
    from kuntasome.core.channels.register_view import load_register

    from tests.conftest import DEMO_TODAY

    def unverified() -> int:
        rows = load_register(context.engine(), DEMO_TODAY)
        return sum(1 for r in rows for w in r.warnings if w.code == "unverified_admin")

    before = unverified()
    assert before > 0  # the demo town has admin access unchecked for over 3 months
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.person.currentText() == "(not chosen)"
    dialog.person.setCurrentIndex(
        dialog.person.findText("Sari Virtanen", Qt.MatchFlag.MatchStartsWith)
    )
    assert dialog.person.findText("Leena Saarinen", Qt.MatchFlag.MatchStartsWith) == -1  # left
    dialog.verify_months.setValue(12)
    dialog.accept()
    settle(qtbot)
    assert load_organisation(context.engine()).access_verify_months == 12
    assert context.actor_id() is not None
    assert unverified() < before


def test_the_person_list_shows_roles_and_a_long_name_fits(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.name.setText("Kalliorannan kaupunki – Bergstrands stad")
    dialog.show()
    texts = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert any(t.startswith("Sara Lindqvist (") and "moderator" in t for t in texts), texts
    metrics = dialog.name.fontMetrics()
    assert dialog.name.width() > metrics.horizontalAdvance(dialog.name.text()) + 8
    dialog.reject()
