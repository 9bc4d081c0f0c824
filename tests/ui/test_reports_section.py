"""The Reports section with real widgets on a copy of the demo town."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kuntasome.core.reports.periods import parse_period
from kuntasome.core.reports.service import list_reports, load_report_settings

from kuntasome.ui.context import AppContext
from kuntasome.ui.reports.reports_page import ReportsPage

from tests.pdf_checks import check_pdf, headings
from tests.ui.conftest import settle


def open_page(qtbot: QtBot, context: AppContext) -> ReportsPage:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    return page


def test_preview_make_and_make_again(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    page = open_page(qtbot, context)
    # The last complete quarter is offered first (the one under way is above it).
    assert page.kind.currentData() == "quarter"
    assert page.which.currentData() == "2026-Q3"
    assert page.which.currentText() == "quarter 3/2026"
    assert page.span.text() == "01/07/2026–30/09/2026"
    page.preview_button.click()
    qtbot.waitUntil(lambda: len(page.pages) > 3, timeout=20_000)
    assert page.preview_state.text() == f"{len(page.pages)} pages"
    assert page.pages[0].width() > 400  # A4 at 60 ppi

    page.language.setCurrentIndex(page.language.findData("sv"))
    page.commentary.setPlainText("Ett lugnt kvartal. *Inte fetstil*")
    page.sections.item(6).setCheckState(Qt.CheckState.Unchecked)  # no channel list appendix
    request = page.request()
    assert request is not None and request.language == "sv"
    assert "appendix" not in request.sections
    run = page.make_to(tmp_path / "rapport.pdf", request)
    assert run is not None and run.period == parse_period("2026-Q3")
    pdf = (tmp_path / "rapport.pdf").read_bytes()
    check_pdf(pdf, lang="sv", figures=2)
    assert "Bilaga: kanalförteckning" not in headings(pdf)
    qtbot.waitUntil(lambda: page.runs.table.rowCount() == 1)
    assert page.runs.table.text(0, 2) == "Svenska"

    # A report made before fills the form again, to make it with today's data.
    page.kind.setCurrentIndex(page.kind.findData("month"))
    page.commentary.clear()
    page.runs.table.selectRow(0)
    page.runs.again_button.click()
    assert page.kind.currentData() == "quarter" and page.which.currentData() == "2026-Q3"
    assert page.commentary.toPlainText() == "Ett lugnt kvartal. *Inte fetstil*"
    assert page.request() == request


def test_bad_choices_make_nothing(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    page = open_page(qtbot, context)
    for i in range(page.sections.count()):
        page.sections.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert page.request() is None
    page.sections.item(0).setCheckState(Qt.CheckState.Checked)
    page.kind.setCurrentIndex(page.kind.findData("custom"))
    assert page.first.isVisible() and not page.which.isVisible()
    page.first.setDate(page.last.date().addDays(1))  # ends before it starts

    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import when_modal

    def read(box: object) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal(read)
    assert page.request() is None
    assert shown == ["The period ends before it starts."]
    assert list_reports(context.engine()) == []


def test_the_reminder_is_saved_for_the_team(qtbot: QtBot, context: AppContext) -> None:
    page = open_page(qtbot, context)
    assert page.reminder.currentData() == "quarterly"
    page.reminder.setCurrentIndex(page.reminder.findData("monthly"))
    page.reminder.activated.emit(page.reminder.currentIndex())
    settle(qtbot)
    assert load_report_settings(context.engine()).reminder == "monthly"


def test_a_logo_for_the_cover(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    page = open_page(qtbot, context)
    assert not page.remove_logo_button.isEnabled()
    picture = tmp_path / "vaakuna.png"
    image = QImage(120, 140, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1d4f91"))
    assert image.save(str(picture))
    page.set_logo(picture)
    settle(qtbot)
    qtbot.waitUntil(lambda: page.remove_logo_button.isEnabled())
    request = page.request()
    assert request is not None
    page.make_to(tmp_path / "r.pdf", replace(request, sections=("summary",)))
    check_pdf((tmp_path / "r.pdf").read_bytes(), lang="fi", figures=1)
    page.remove_logo_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: not page.remove_logo_button.isEnabled())
