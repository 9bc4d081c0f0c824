"""The Archive section: a snapshot made from the window, checked, and the records plan saved."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kuntasome.core.archive.records_plan import load_plan
from kuntasome.core.archive.snapshot import list_snapshots

from kuntasome.ui.archive.archive_page import ArchivePage
from kuntasome.ui.context import AppContext
from kuntasome.ui.main_window import MainWindow

from tests.ui.conftest import settle, when_modal


def open_archive(qtbot: QtBot, context: AppContext) -> ArchivePage:
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.page("archive")
    assert isinstance(page, ArchivePage)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    return page


def test_the_due_half_year_is_made_into_a_bag_and_checked(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    page = open_archive(qtbot, context)
    assert page.due.isVisibleTo(page) and "2026" in page.due.text()
    assert page.kind.currentData() == "half"
    request = page.request()
    assert request is not None and request.period == page.loaded.due  # type: ignore[union-attr]
    page.language.setCurrentIndex(page.language.findData("sv"))
    page.layout_choice.setCurrentIndex(page.layout_choice.findData("zip"))
    request = page.request()
    assert request is not None and request.layout == "zip" and request.language == "sv"
    out = tmp_path / "bag.zip"
    result = page.make_to(out, request)
    assert result is not None and out.is_file()
    qtbot.waitUntil(lambda: page.runs.rowCount() == 1, timeout=10_000)
    assert not page.due.isVisibleTo(page)
    [run] = list_snapshots(context.engine())
    assert run.language == "sv" and run.layout == "zip"

    page.runs.selectRow(0)
    seen: list[str] = []

    def close(box: object) -> None:
        seen.append(box.text())  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    when_modal(close)
    report = page.verify_selected()
    assert report is not None and report.files == result.files
    assert seen and "intact" in seen[0]


def test_records_plan_codes_are_saved_from_the_table(qtbot: QtBot, context: AppContext) -> None:
    page = open_archive(qtbot, context)
    rows = {
        page.plan_tab.table.item(r, 0).data(256): r for r in range(page.plan_tab.table.rowCount())
    }  # type: ignore[union-attr]
    row = rows["evidence"]
    page.plan_tab.table.item(row, 1).setText("00.01.11")  # type: ignore[union-attr]
    page.plan_tab.table.cellWidget(row, 2).setValue(15)  # type: ignore[union-attr]
    page.save_plan()
    settle(qtbot)
    evidence = next(p for p in load_plan(context.engine()) if p.key == "evidence")
    assert evidence.code == "00.01.11" and evidence.retention_years == 15


def test_dispose_with_a_decision_and_hold_from_the_window(
    qtbot: QtBot, context: AppContext
) -> None:
    from datetime import date

    from kuntasome.core.moderation.verify import verify_log
    from kuntasome.core.people import list_people

    context.today = lambda: date(2027, 6, 1)
    person = list_people(context.engine())[0]
    context.set_actor_id(person.id)
    page = open_archive(qtbot, context)
    tab = page.disposal
    assert tab.approver == person.name and person.name in tab.approver_label.text()
    assert tab.total() > 0 and not tab.dispose_button.isEnabled()  # no decision yet
    tab.decision.setText("Kunnanhallitus 12.5.2027 § 45")
    assert tab.dispose_button.isEnabled()

    page.holds.kind.setCurrentIndex(page.holds.kind.findData("channel"))
    page.holds.reason.setText("Kantelu 12/2027")
    page.holds.place_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: len(page.loaded.holds) == 1, timeout=10_000)  # type: ignore[union-attr]
    assert page.holds.table.text(0, 0) == "Active"

    page.dispose("Kunnanhallitus 12.5.2027 § 45")
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(page.loaded.disposals), timeout=10_000)  # type: ignore[union-attr]
    assert page.disposal.log_table.rowCount() >= 1
    assert page.disposal.log_table.text(0, 3) == "Kunnanhallitus 12.5.2027 § 45"
    entries = next(g for g in page.loaded.disposal if g.record_type == "moderation_entry")  # type: ignore[union-attr]
    assert entries.count == 0 and entries.held > 0  # the held channel's comments stay
    assert verify_log(context.engine(), context.paths.evidence).ok


def test_today_says_the_snapshot_is_due_and_opens_the_archive(
    qtbot: QtBot, context: AppContext
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready and window.today.overview is not None, timeout=10_000)
    assert window.today.archive_notice.isVisible()
    assert "archive snapshot" in window.today.archive_text.text()
    window.today.archive_button.click()
    qtbot.waitUntil(lambda: isinstance(window.page("archive"), ArchivePage))
    assert window.nav.currentRow() == 6
