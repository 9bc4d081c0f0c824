"""The Channels section as a communicator uses it: filter, edit, grant, request, import, export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import Session, col, select

from kuntasome.core.channels.access import list_grants, offboarding
from kuntasome.core.channels.details import load_channel, save_channel
from kuntasome.core.channels.register import find_channel
from kuntasome.core.models import AuditLog, ChannelRequest
from kuntasome.core.people import list_people

from kuntasome.ui.channels.channels_page import ChannelsPage
from kuntasome.ui.channels.register_model import RegisterModel
from kuntasome.ui.context import AppContext

from tests.conftest import DEMO_TODAY
from tests.pdf_checks import check_pdf, pdf_text
from tests.ui.conftest import choose_file, settle, when_modal


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> Iterator[ChannelsPage]:
    context.today = lambda: DEMO_TODAY
    widget = ChannelsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded, timeout=10_000)
    yield widget


def person_id(context: AppContext, name: str) -> int:
    return next(p.id for p in list_people(context.engine()) if p.name == name)


def saved_colour(context: AppContext, channel_id: int) -> str:
    from kuntasome.core.calendar.rules import load_channel_infos

    return load_channel_infos(context.engine())[channel_id].colour


def visible_handles(page: ChannelsPage) -> list[str]:
    return [f"{r.platform}:{r.handle}" for r in page.register.model.rows]


def test_register_model_passes_qt_model_checks(page: ChannelsPage, qtmodeltester: object) -> None:
    model = page.register.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    page.register.search.setText("kallio")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(RegisterModel.REVIEW, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_filters_and_search_narrow_the_table(page: ChannelsPage) -> None:
    register = page.register
    assert register.count.text() == "12 of 12 channels"
    register.search.setText("nuoret")
    assert sorted(visible_handles(page)) == [
        "instagram:@kalliorannan_nuoret",
        "tiktok:@kalliorannan_nuoret",
    ]
    register.platform.setCurrentIndex(register.platform.findData("tiktok"))
    assert visible_handles(page) == ["tiktok:@kalliorannan_nuoret"]
    assert register.count.text() == "1 of 12 channels"
    register.search.clear()
    register.platform.setCurrentIndex(0)
    register.status.setCurrentIndex(register.status.findData("closed"))
    assert visible_handles(page) == ["linkedin:kallioranta-business"]
    register.status.setCurrentIndex(0)
    # Leena has left and still has access: her channels need attention, and searching for
    # a person finds the channels they can log in to.
    register.search.setText("Leena")
    leena = set(visible_handles(page))
    assert leena
    register.attention.setChecked(True)
    assert set(visible_handles(page)) == leena
    row = page.register.model.rows[0]
    tip = page.register.model.data(
        page.register.model.index(0, RegisterModel.ATTENTION), Qt.ItemDataRole.ToolTipRole
    )
    assert "Leena Saarinen has left" in tip
    assert row.warnings


def test_sorting_by_a_column_keeps_the_chosen_channel(page: ChannelsPage) -> None:
    register = page.register
    register.select_channel(register.model.all_rows[5].id)
    chosen = register.current_id
    register.table.sortByColumn(RegisterModel.NAME, Qt.SortOrder.DescendingOrder)
    names = [r.display_name for r in register.model.rows]
    assert names == sorted(names, key=str.casefold, reverse=True)
    selected = register.table.selectionModel().selectedRows()
    assert register.model.row_id(selected[0].row()) == chosen


def test_editing_every_kind_of_field_saves_and_is_audited(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    channel = find_channel(context.engine(), "x:@kallioranta")
    page.register.select_channel(channel.id)
    editor = page.register.editor
    assert editor.details is not None and editor.details.id == channel.id
    assert not editor.save_button.isEnabled()
    editor.purpose["sv"].setPlainText("Stadens nyheter på X")
    editor.purpose["en"].setPlainText("Town news on X")
    editor.language_boxes["en"].setChecked(True)
    editor.public.setChecked(False)
    editor.interval.setValue(6)
    editor.per_week.setValue(3)
    editor.two_factor.setCurrentIndex(editor.two_factor.findData("security_key"))
    assert editor.colour.currentData() == saved_colour(context, channel.id)
    editor.colour.setCurrentIndex(editor.colour.findData("#882255"))
    assert editor.colour.currentText() == "wine red"
    assert editor.save_button.isEnabled() and editor.dirty_label.text() == "Unsaved changes"
    editor.save_button.click()
    settle(qtbot)
    saved = load_channel(context.engine(), channel.id)
    assert (saved.purpose_sv, saved.purpose_en) == ("Stadens nyheter på X", "Town news on X")
    assert "en" in saved.languages and not saved.is_public
    assert (saved.review_interval_months, saved.posts_per_week_min) == (6, 3)
    assert saved.two_factor_method == "security_key"
    assert saved.colour == saved_colour(context, channel.id) == "#882255"
    assert not editor.dirty
    with Session(context.engine()) as s:
        entry = s.exec(
            select(AuditLog)
            .where(AuditLog.action == "channel.update")
            .order_by(col(AuditLog.id).desc())
        ).first()
    assert entry is not None and "purpose_sv" in json.loads(entry.details)["fields"]


def test_an_invalid_address_is_refused_with_the_platforms_example(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    channel = find_channel(context.engine(), "x:@kallioranta")
    page.register.select_channel(channel.id)
    editor = page.register.editor
    editor.address.setText("https://www.facebook.com/kallioranta")
    editor.address.textEdited.emit(editor.address.text())
    seen: list[str] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(close)
    editor.save_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert "not a valid X address" in seen[0] and "@kallioranta" in seen[0]
    assert load_channel(context.engine(), channel.id).address == "@kallioranta"
    assert editor.dirty  # what was typed is kept for correcting


def test_a_stale_copy_is_not_saved_over_someone_elses_change(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    channel = find_channel(context.engine(), "x:@kallioranta")
    page.register.select_channel(channel.id)
    editor = page.register.editor
    # A colleague saves the same channel meanwhile.
    theirs = replace(load_channel(context.engine(), channel.id), notes="Colleague's note")
    save_channel(context.engine(), theirs)
    editor.notes.setPlainText("My note")
    seen: list[str] = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()))  # type: ignore[attr-defined]
    editor.save_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert "Someone else changed this record" in seen[0]
    assert load_channel(context.engine(), channel.id).notes == "Colleague's note"


def test_leaving_a_channel_with_unsaved_changes_asks_first(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    register = page.register
    first, second = register.model.rows[0].id, register.model.rows[1].id
    register.select_channel(first)
    register.editor.notes.setPlainText("Unsaved thought")

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    register.select_channel(second)
    qtbot.waitUntil(
        lambda: (
            register.model.row_id(register.table.currentIndex().row()) == first
            and not QApplication.activeModalWidget()
        )
    )
    assert register.current_id == first
    assert register.editor.notes.toPlainText() == "Unsaved thought"

    def save(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Save).click()

    when_modal(save)
    register.select_channel(second)
    qtbot.waitUntil(lambda: register.current_id == second)
    assert load_channel(context.engine(), first).notes == "Unsaved thought"


def test_the_unsaved_changes_question_speaks_the_apps_words(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    """Issue 21: Qt's Finnish "Peru" stood beside the app's "Peruuta"; the buttons are now
    written out: Tallenna / Älä tallenna / Peruuta, Spara / Spara inte / Avbryt."""
    register = page.register
    first, second = register.model.rows[0].id, register.model.rows[1].id
    seen: dict[str, list[str]] = {}
    for language in ("fi", "sv"):
        context.languages.apply(language)
        QApplication.processEvents()  # the language change reaches every window first
        register.select_channel(first)
        register.editor.notes.setPlainText("Keskeneräinen")

        def look(box: QWidget, language: str = language) -> None:
            try:
                assert isinstance(box, QMessageBox)
                seen[language] = [
                    box.button(b).text()
                    for b in (
                        QMessageBox.StandardButton.Save,
                        QMessageBox.StandardButton.Discard,
                        QMessageBox.StandardButton.Cancel,
                    )
                ]
            finally:
                box.button(QMessageBox.StandardButton.Cancel).click()  # type: ignore[union-attr]

        when_modal(look)
        register.select_channel(second)
        qtbot.waitUntil(lambda lang=language: lang in seen and not QApplication.activeModalWidget())
        register.editor.revert()
    context.languages.apply("en")
    assert seen == {
        "fi": ["Tallenna", "Älä tallenna", "Peruuta"],
        "sv": ["Spara", "Spara inte", "Avbryt"],
    }


def test_status_change_asks_why_and_goes_to_the_audit_log(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    channel = find_channel(context.engine(), "x:@kallioranta")  # dormant
    page.register.select_channel(channel.id)
    editor = page.register.editor
    labels = [a.text() for a in editor.status_menu.actions()]
    assert labels == ["active", "closed"]

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Ei enää käytössä")
        dialog.accept()

    when_modal(answer)
    editor.status_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: "closed" in editor.status.text(), timeout=5000)
    assert load_channel(context.engine(), channel.id).status == "closed"
    with Session(context.engine()) as s:
        entry = s.exec(
            select(AuditLog)
            .where(AuditLog.action == "channel.status")
            .order_by(col(AuditLog.id).desc())
        ).first()
    assert entry is not None
    assert json.loads(entry.details)["reason"] == "Ei enää käytössä"


def test_access_is_granted_verified_and_revoked(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    channel = find_channel(context.engine(), "youtube:@kalliorannankaupunki")
    page.register.select_channel(channel.id)
    access = page.register.editor.access
    before = len(access.grants)

    def grant(dialog: QWidget) -> None:
        dialog.person.setCurrentIndex(dialog.person.findText("Emma Korhonen"))  # type: ignore[attr-defined]
        dialog.role.setCurrentIndex(dialog.role.findData("analyst"))  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(grant)
    access.grant_button.click()
    qtbot.waitUntil(lambda: len(access.grants) == before + 1, timeout=5000)
    emma = next(g for g in access.grants if g.person == "Emma Korhonen")
    assert (emma.role, emma.granted_on, emma.last_verified_on) == (
        "analyst",
        DEMO_TODAY,
        DEMO_TODAY,
    )
    row = access.grants.index(emma)
    access.table.selectRow(row)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    access.revoke_button.click()
    qtbot.waitUntil(
        lambda: any(
            g.person == "Emma Korhonen" and not g.active
            for g in list_grants(context.engine(), channel.id)
        )
    )
    qtbot.waitUntil(
        lambda: any(g.person == "Emma Korhonen" and not g.active for g in access.grants)
    )


def test_secrets_without_a_keyring_say_so_and_the_rest_works(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    from keyring.backends import fail

    from kuntasome.core.channels.secrets import SecretStore

    context._secrets = SecretStore(context.engine(), backend=fail.Keyring())
    page.register.select_channel(page.register.model.rows[2].id)
    panel = page.register.editor.secrets
    panel.show_channel(page.register.current_id)
    page.register.editor.tabs.setCurrentIndex(2)
    assert panel.notice.isVisible()
    assert "no usable password store" in panel.notice.text()
    assert not any(row.set.isEnabled() for row in panel.rows.values())
    # A screen reader hears each secret field by its label and which secret a button is for.
    from PySide6.QtGui import QAccessible

    for row in panel.rows.values():
        interface = QAccessible.queryAccessibleInterface(row.value)
        assert interface.text(QAccessible.Text.Name) == row.label.text()
    names = [row.set.accessibleName() for row in panel.rows.values()]
    assert len(set(names)) == len(names) == 4
    assert names[0] == f"Save…: {next(iter(panel.rows.values())).label.text()}"
    # Everything else still works: the details can be edited and saved.
    page.register.editor.notes.setPlainText("Works without a keyring")
    page.register.editor.save_button.click()
    settle(qtbot)
    assert (
        load_channel(context.engine(), page.register.current_id).notes == "Works without a keyring"
    )


def test_request_workflow_from_form_to_register(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    from kuntasome.ui.channels.request_dialogs import DecisionDialog, RequestDialog

    context.set_actor_id(person_id(context, "Emma Korhonen"))  # not a manager
    form = RequestDialog(context)
    qtbot.addWidget(form)
    form.platform.setCurrentIndex(form.platform.findData("instagram"))
    form.name.setText("kalliorannan_kirjasto")
    form.answers["purpose"].setPlainText("Kirjaston tapahtumat näkyviin")
    seen: list[str] = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()))  # type: ignore[attr-defined]
    form.accept()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == "Answer “Whom should it reach?” before sending the request."
    assert form.answers["target_audiences"].hasFocus() or not form.isVisible()
    for question, text in (
        ("target_audiences", "Lapsiperheet"),
        ("content_plan", "Kaksi julkaisua viikossa"),
        ("desired_effects", "Enemmän kävijöitä"),
        ("maintainers", "Anna Nyström, 2 h/vko"),
    ):
        form.answers[question].setPlainText(text)
    form.prerequisites["has_page_rules"].setChecked(True)
    form.accept()
    settle(qtbot)
    assert form.request_id
    # The register reloads by itself: the dialog announced what it changed.
    qtbot.waitUntil(lambda: any(r.request.id == form.request_id for r in page.requests.requests))
    row = next(r for r in page.requests.requests if r.request.id == form.request_id)
    assert row.requested_by == "Emma Korhonen"

    # Emma is not a manager: she may read the request but not decide.
    dialog = DecisionDialog(context, row)
    qtbot.addWidget(dialog)
    assert not dialog.approve_button.isEnabled()
    assert "Only a responsible manager can decide" in dialog.who.text()

    context.set_actor_id(person_id(context, "Anna Nyström"))
    dialog = DecisionDialog(context, row)
    qtbot.addWidget(dialog)
    assert dialog.approve_button.isEnabled()
    seen.clear()
    when_modal(lambda box: (seen.append(box.text()), box.accept()))  # type: ignore[attr-defined]
    dialog.reject_button.click()  # no reason given
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == "Give a reason for the rejection."
    dialog.address.setText("https://www.instagram.com/Kalliorannan_Kirjasto/")
    dialog.approve_button.click()
    settle(qtbot)
    channel = find_channel(context.engine(), "instagram:@kalliorannan_kirjasto")
    assert channel.status == "approved" and channel.manager == "Anna Nyström"
    with Session(context.engine()) as s:
        request = s.get(ChannelRequest, form.request_id)
        assert request is not None and request.status == "approved"


def test_review_due_list_and_recording_a_review(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    from kuntasome.ui.channels.request_dialogs import ReviewDialog

    due = page.requests.due
    assert due, "the demo town has reviews due"
    first = due[0]
    assert page.requests.reviews_table.rowCount() == len(due)
    dialog = ReviewDialog(context, first.channel_id, first.handle)
    qtbot.addWidget(dialog)
    dialog.outcome_buttons["change"].setChecked(True)
    dialog.notes.setPlainText("Lisää ruotsinkielisiä julkaisuja")
    dialog.accept()
    settle(qtbot)
    details = load_channel(context.engine(), first.channel_id)
    assert details.last_reviewed_on == DEMO_TODAY
    assert dialog.next_review == details.next_review_on
    assert details.next_review_on is not None and details.next_review_on > DEMO_TODAY
    qtbot.waitUntil(lambda: all(d.channel_id != first.channel_id for d in page.requests.due))


def test_import_preview_names_problems_and_imports_nothing_until_right(
    qtbot: QtBot, page: ChannelsPage, context: AppContext, tmp_path: Path
) -> None:
    from kuntasome.ui.channels.import_dialog import ImportDialog

    sheet = tmp_path / "kanavat.csv"
    sheet.write_text(
        "Kanava;Osoite;Nimi;Yksikkö;Kieli\n"
        "Instagram;@kalliorannan_museo;Kalliorannan museo;Museo;fi, sv\n"
        "Facebook;https://www.facebook.com/kalliorannanuimahalli;Uimahalli;Liikunta;fi\n"
        "Twitter;not a handle!;Rikki;;fi\n",
        encoding="utf-8-sig",
    )
    before = len(page.register.model.all_rows)
    dialog = ImportDialog(context, path=sheet)
    qtbot.addWidget(dialog)
    assert dialog.combos["platform"].currentText() == "Kanava"
    assert dialog.combos["address"].currentText() == "Osoite"
    assert not dialog.import_button.isEnabled()
    assert dialog.problem_list.count() == 1
    assert dialog.problem_list.item(0).text().startswith("Row 4: ")
    assert "1 row(s) have problems" in dialog.summary.text() or "1 row" in dialog.summary.text()

    sheet.write_text(
        "Kanava;Osoite;Nimi;Yksikkö;Kieli\n"
        "Instagram;@kalliorannan_museo;Kalliorannan museo;Museo;fi, sv\n"
        "Facebook;https://www.facebook.com/kalliorannanuimahalli;Uimahalli;Liikunta;fi\n",
        encoding="utf-8-sig",
    )
    dialog.open_file(sheet)
    assert dialog.import_button.isEnabled()
    assert dialog.grid.rowCount() == 2
    assert dialog.grid.item(0, 2).text() == "@kalliorannan_museo"
    # Without the address column nothing can be imported.
    dialog.combos["address"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert "address or handle" in dialog.summary.text()
    dialog.combos["address"].setCurrentIndex(dialog.combos["address"].findText("Osoite"))
    dialog.accept()
    settle(qtbot)
    assert dialog.imported == 2
    qtbot.waitUntil(lambda: len(page.register.model.all_rows) == before + 2)


def test_public_list_is_previewed_and_saved_in_the_chosen_language(
    qtbot: QtBot, page: ChannelsPage, context: AppContext, tmp_path: Path
) -> None:
    from kuntasome.ui.channels.public_list_dialog import PublicListDialog

    dialog = PublicListDialog(context)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert "Officiella kanaler i sociala medier" in dialog.preview.toPlainText()
    assert dialog.count > 0
    target = tmp_path / "kanaler"

    when_modal(choose_file(str(target)))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = tmp_path / "kanaler.html"
    qtbot.waitUntil(saved.exists)
    text = saved.read_text(encoding="utf-8")
    assert 'lang="sv"' in text and "<caption>" in text
    assert not list(tmp_path.glob("*.partial"))


def test_people_roles_leaving_and_the_offboarding_checklist(
    qtbot: QtBot, page: ChannelsPage, context: AppContext, tmp_path: Path
) -> None:
    from kuntasome.ui.channels.offboarding_dialog import OffboardingDialog

    people = page.people
    page.tabs.setCurrentWidget(people)
    people.add_button.click()
    people.name.setText("Ville Vaara")
    people.unit.setCurrentText("Kaupunginkanslia")
    people.email.setText("ville.vaara@kallioranta.fi")
    people.role_boxes["moderator"].setChecked(True)
    people.save_button.click()
    settle(qtbot)
    ville = next(p for p in list_people(context.engine()) if p.name == "Ville Vaara")
    assert ville.roles == ("moderator",) and ville.unit == "Kaupunginkanslia"

    mikko = person_id(context, "Mikko Heikkinen")
    qtbot.waitUntil(lambda: any(p.id == mikko for p in people.shown))
    people.table.selectRow(next(i for i, p in enumerate(people.shown) if p.id == mikko))
    assert people.name.text() == "Mikko Heikkinen"

    def leaving(dialog: QWidget) -> None:
        def checklist(box: QWidget) -> None:
            assert isinstance(box, OffboardingDialog)
            assert box.items.count() == len(box.checklist.items) > 0
            item = box.items.item(0)
            item.setCheckState(Qt.CheckState.Checked)
            settle(qtbot)
            box.save_to(tmp_path / "offboarding.csv")
            box.save_to(tmp_path / "offboarding.pdf")  # to print: typeset in the background
            qtbot.waitUntil(lambda: (tmp_path / "offboarding.pdf").exists(), timeout=8000)
            box.reject()

        when_modal(checklist)
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(leaving)
    people.leaving_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "offboarding.csv").exists(), timeout=8000)
    checklist = offboarding(context.engine(), mikko)
    assert checklist.left_on == DEMO_TODAY
    printed = (tmp_path / "offboarding.pdf").read_bytes()
    check_pdf(printed, lang=context.languages.language)
    assert "Mikko Heikkinen" in pdf_text(printed)
    assert sum(i.done for i in checklist.items) >= 1
    csv = (tmp_path / "offboarding.csv").read_text(encoding="utf-8-sig")
    assert csv.splitlines()[0] == "Channel;Access;Granted on;Revoked"
    assert ";yes" in csv


def test_the_section_speaks_finnish_and_swedish(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    context.languages.apply("fi")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Rekisteri")
    assert page.tabs.tabText(1) == "Henkilöt"
    model = page.register.model
    assert model.headerData(RegisterModel.STATUS, Qt.Orientation.Horizontal) == "Tila"
    statuses = {model.data(model.index(r, RegisterModel.STATUS)) for r in range(model.rowCount())}
    assert "käytössä" in statuses
    assert page.register.editor.tabs.tabText(2) == "Tietoturva"
    context.languages.apply("sv")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Register")
    statuses = {model.data(model.index(r, RegisterModel.STATUS)) for r in range(model.rowCount())}
    assert "i bruk" in statuses
    assert page.register.review_due.text() == "Granskning aktuell"


@pytest.mark.keyring
def test_secrets_through_the_real_keyring_hide_clear_and_never_reach_files(
    qtbot: QtBot, page: ChannelsPage, context: AppContext
) -> None:
    import os
    import uuid

    from tests.core.channels.test_channel_secrets import _secret_service_ready

    if not _secret_service_ready():
        if os.environ.get("CI"):
            pytest.fail("CI must test against a real Secret Service (see packaging/run-tests.sh)")
        pytest.skip("no Secret Service session")
    from keyring.backends.SecretService import Keyring

    from kuntasome.core.channels.secrets import SecretStore

    context._secrets = SecretStore(context.engine(), backend=Keyring())
    channel = find_channel(context.engine(), "facebook:kallioranta")
    page.register.select_channel(channel.id)
    editor = page.register.editor
    editor.tabs.setCurrentIndex(2)
    panel = editor.secrets
    row = panel.rows["password"]
    assert not panel.notice.isVisible() and not row.reveal.isEnabled()
    canary = f"CANARY-{uuid.uuid4().hex}"

    # Too long for Windows' credential store: refused, the typed value kept for shortening.
    messages: list[str] = []

    def too_long(dialog: QWidget) -> None:
        dialog.line.setText("x" * 1281)  # type: ignore[attr-defined]

        def refused(box: QWidget) -> None:
            messages.append(box.text())  # type: ignore[attr-defined]
            box.accept()  # type: ignore[attr-defined]
            when_modal(lambda again: again.reject())  # type: ignore[attr-defined]

        when_modal(refused)
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(too_long)
    row.set.click()
    qtbot.waitUntil(lambda: bool(messages) and not QApplication.activeModalWidget())
    assert "at most 1280 characters" in messages[0]
    assert "xxxx" not in messages[0]  # the message never repeats the secret
    assert row.state.text() == "Not stored."

    def type_canary(dialog: QWidget) -> None:
        dialog.line.setText(canary)  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(type_canary)
    row.set.click()
    qtbot.waitUntil(lambda: row.state.text().startswith("Stored; changed on"))
    assert row.reveal.isEnabled() and row.set.text() == "Replace…"

    panel.hide_timer.setInterval(300)
    row.reveal.setChecked(True)
    assert row.value.text() == canary
    assert row.value.echoMode() == row.value.EchoMode.Normal
    qtbot.waitUntil(lambda: row.value.text() == "" and not row.reveal.isChecked(), timeout=3000)

    clipboard = QApplication.clipboard()
    panel.clipboard.timer.setInterval(300)
    row.copy.click()
    assert clipboard.text() == canary
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    # Something else copied meanwhile is left alone.
    row.copy.click()
    clipboard.setText("my own text")
    qtbot.wait(500)
    assert clipboard.text() == "my own text"

    # Exports leave it out too: the public list and an offboarding checklist.
    from kuntasome.core.channels.access import offboarding_csv
    from kuntasome.core.channels.public_list import render_public_list

    from kuntasome.ui.translations import translator_for

    exported, _count = render_public_list(
        context.engine(), fmt="csv", language="fi", translate=translator_for("fi"), today=DEMO_TODAY
    )
    sari = offboarding(context.engine(), person_id(context, "Sari Virtanen"))
    for data in (exported, offboarding_csv(sari, translate=lambda _c, t: t)):
        assert canary.encode() not in data
    # The value is in no file of the data folder: database, WAL, logs, settings.
    context.close()
    for path in context.paths.root.rglob("*"):
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path
    context._secrets = SecretStore(context.engine(), backend=Keyring())
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    row.delete.click()
    qtbot.waitUntil(lambda: row.state.text() == "Not stored.")
    assert context.secret_store().kinds(channel.id) == []


def test_the_registers_headers_are_never_cut(
    page: ChannelsPage, context: AppContext, qtbot: QtBot
) -> None:
    """At 1920×1080 in Swedish the review column said "sta granskni": fixed widths were too
    narrow for the header in some languages."""
    from PySide6.QtCore import Qt

    table = page.register.table
    header = table.horizontalHeader()
    for language in ("sv", "fi", "en"):
        context.languages.apply(language)
        qtbot.waitUntil(lambda: page.register.review_due.text() != "", timeout=2000)
        QApplication.processEvents()
        cut = [
            table.model().headerData(c, Qt.Orientation.Horizontal)
            for c in range(table.model().columnCount() - 1)  # the last one stretches
            if header.sectionSize(c) < header.sectionSizeHint(c)
        ]
        assert not cut, (language, cut)
    context.languages.apply("en")
