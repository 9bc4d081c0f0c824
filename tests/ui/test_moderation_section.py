"""The Moderation section with real widgets on a copy of the demo town."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kuntasome.core.moderation.blocks import list_blocks
from kuntasome.core.moderation.evidence import pdf_path
from kuntasome.core.moderation.log import list_entries, load_history
from kuntasome.core.moderation.settings import load_moderation_settings
from kuntasome.core.moderation.verify import verify_log
from kuntasome.core.organisation import load_organisation

from kuntasome.ui.context import AppContext
from kuntasome.ui.moderation.capture import RegionSelector, grab_screen_without
from kuntasome.ui.moderation.entry_dialog import EntryDialog
from kuntasome.ui.moderation.moderation_page import ModerationPage

from tests.pdf_checks import check_pdf
from tests.ui.conftest import choose_file, when_modal

FACEBOOK = 1  # Kalliorannan kaupunki – Bergstrands stad
SARA = 2  # a moderator whose signature is Swedish


def open_page(qtbot: QtBot, context: AppContext) -> ModerationPage:
    context.set_actor_id(SARA)
    page = ModerationPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    return page


def _entries(context: AppContext, account: str) -> list:  # type: ignore[type-arg]
    tz = load_organisation(context.engine()).time_zone
    return list_entries(context.engine(), tz=tz, account=account, include_superseded=True)


def _reload(qtbot: QtBot, page: ModerationPage, count: int) -> None:
    qtbot.waitUntil(
        lambda: not page.loader.running and page.model.rowCount() == count, timeout=10_000
    )


def test_quick_entry_with_pasted_comment_signature_and_keyboard_save(
    qtbot: QtBot, context: AppContext
) -> None:
    page = open_page(qtbot, context)
    form = page.form
    before = page.model.rowCount()
    assert form.handler.currentData() == SARA  # the user, by default
    form.channel.setCurrentIndex(form.channel.findData(FACEBOOK))
    form.kind.setCurrentIndex(form.kind.findData("question"))
    form.action.setCurrentIndex(form.action.findData("answered"))
    QTest.keyClicks(form.author, "kommentoija42")
    QGuiApplication.clipboard().setText(
        "Hur gör jag för att anmäla mig? https://www.facebook.com/kallioranta/posts/7?comment_id=5"
    )
    form.paste_button.click()
    assert form.url.text() == "https://www.facebook.com/kallioranta/posts/7?comment_id=5"
    assert form.comment.toPlainText() == "Hur gör jag för att anmäla mig?"
    QTest.keyClicks(form.answer, "Hej! Se var webbplats.")  # keyClicks types ASCII only
    assert form.answered_check.isChecked()  # typing an answer means it was answered
    form.signature_button.click()
    QTest.keyClick(form.author, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    _reload(qtbot, page, before + 1)
    (saved,) = _entries(context, "kommentoija42")
    assert saved.answer_text.endswith("\n\nHälsningar Sara, kommunikatör")
    assert saved.answered_at is not None and saved.due_at is not None
    assert saved.handler_name == "Sara Lindqvist" and saved.channel_id == FACEBOOK
    # Ready for the next comment: texts cleared, channel and handler kept.
    assert form.author.text() == "" and form.comment.toPlainText() == ""
    assert form.channel.currentData() == FACEBOOK and form.handler.currentData() == SARA
    assert page.model.rows[0].id == saved.id


def test_a_removal_needs_evidence_and_a_pasted_screenshot_becomes_pdf_a(
    qtbot: QtBot, context: AppContext
) -> None:
    page = open_page(qtbot, context)
    form = page.form
    before = page.model.rowCount()
    form.channel.setCurrentIndex(form.channel.findData(FACEBOOK))
    form.kind.setCurrentIndex(form.kind.findData("inappropriate"))
    form.action.setCurrentIndex(form.action.findData("removed"))
    form.reason.setCurrentIndex(form.reason.findData("hate_speech"))
    form.author.setText("vihaaja9")
    form.comment.setPlainText("[ryhmää vastaan kiihottava kommentti]")
    assert form.evidence.isEnabled() and form.no_evidence_check.isEnabled()

    messages: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    when_modal(read_and_close)
    form.save_button.click()
    qtbot.waitUntil(lambda: bool(messages))
    assert "needs a screenshot taken before the removal" in messages[0]
    assert _entries(context, "vihaaja9") == []

    shot = QImage(800, 300, QImage.Format.Format_RGB32)
    shot.fill(QColor("#F0F2F5"))
    QGuiApplication.clipboard().setImage(shot)
    form.evidence.paste_button.click()
    assert len(form.evidence.files) == 1 and form.evidence.list.count() == 1
    assert not form.no_evidence_check.isEnabled()  # evidence is there: no override
    form.save_button.click()
    _reload(qtbot, page, before + 1)

    (entry,) = _entries(context, "vihaaja9")
    history = load_history(context.engine(), entry.id)
    (evidence,) = history.evidence
    pdf = pdf_path(context.paths.evidence, evidence.pdf_sha256)
    check_pdf(pdf.read_bytes(), lang=context.languages.language, figures=1)
    assert verify_log(context.engine(), context.paths.evidence).ok
    from kuntasome.core.moderation.log import keep_until

    kept = keep_until(history.entry, load_moderation_settings(context.engine()))
    assert kept.year == history.entry.created_at.year + 10  # removals with evidence: 10 years
    dialog = EntryDialog(
        history, page.model.tz, page.model.reasons, context.paths.evidence, page, keep_until=kept
    )
    qtbot.addWidget(dialog)
    from kuntasome.ui.formatting import format_date

    shown = dialog.view.toPlainText()
    assert f"kept until {format_date(kept)}" in shown and kept.isoformat() not in shown
    assert pdf.name in dialog.view.toHtml() and evidence.sha256 in dialog.view.toHtml()
    assert "Hate speech against a group" in dialog.view.toPlainText()


def test_removal_without_evidence_with_a_logged_reason(qtbot: QtBot, context: AppContext) -> None:
    page = open_page(qtbot, context)
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("inappropriate"))
    form.action.setCurrentIndex(form.action.findData("removed"))
    form.reason.setCurrentIndex(form.reason.findData("spam"))
    form.author.setText("spammer1")
    form.no_evidence_check.setChecked(True)
    form.no_evidence.setText("Palvelu poisti kommentin automaattisesti.")
    form.save_button.click()
    qtbot.waitUntil(lambda: bool(_entries(context, "spammer1")))
    assert _entries(context, "spammer1")[0].no_evidence_reason.startswith("Palvelu poisti")


def test_region_capture_crops_what_was_dragged_and_the_window_steps_aside(
    qtbot: QtBot, context: AppContext
) -> None:
    picture = QPixmap(400, 300)
    picture.fill(QColor("white"))
    selector = RegionSelector(picture)
    qtbot.addWidget(selector)
    selector.resize(400, 300)
    selector.show()
    chosen: list[QPixmap] = []
    selector.chosen.connect(chosen.append)
    QTest.mousePress(selector, Qt.MouseButton.LeftButton, pos=QPoint(50, 40))
    QTest.mouseMove(selector, QPoint(150, 100))
    QTest.mouseRelease(selector, Qt.MouseButton.LeftButton, pos=QPoint(250, 140))
    assert [(p.width(), p.height()) for p in chosen] == [(200, 100)]

    page = open_page(qtbot, context)
    seen: list[bool] = []
    grabbed: list[QPixmap] = []

    def done(pixmap: QPixmap) -> None:
        seen.append(page.isVisible())
        grabbed.append(pixmap)

    grab_screen_without(page, done)
    assert not page.isVisible()  # out of the picture while the screen is grabbed
    qtbot.waitUntil(lambda: bool(grabbed))
    assert page.isVisible() and seen == [True]


def test_answering_later_adds_a_version_and_the_original_stays(
    qtbot: QtBot, context: AppContext
) -> None:
    from datetime import UTC, datetime, timedelta

    from kuntasome.core.moderation.log import EntryDraft, append_entry

    seen = datetime.now(UTC) - timedelta(hours=2)
    append_entry(
        context.engine(),
        EntryDraft(FACEBOOK, "question", "answered", seen_at=seen, author_handle="kysyja"),
    )
    page = open_page(qtbot, context)
    page.waiting_only.setChecked(True)
    page.period.setCurrentIndex(3)  # everything
    qtbot.waitUntil(lambda: not page.loader.running and page.model.rowCount() > 0, timeout=10_000)
    waiting = page.model.rowCount()
    original = page.model.rows[0]
    assert original.is_open() and original.author_handle == "kysyja"
    assert "waiting, due" in page.model.state(original)
    page.table.selectRow(0)

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, EntryDialog)
        dialog.answer_button.click()

    when_modal(answer)
    page.open_selected()
    assert page.form.correcting is not None and page.form.banner.isVisible()
    page.form.answer.setPlainText("Kiitos kysymyksestä! Vastaus on verkkosivuillamme.")
    page.form.save_button.click()
    _reload(qtbot, page, waiting - 1)
    versions = load_history(context.engine(), max(r.id for r in _all(context))).versions
    assert [v.id for v in versions] == [original.id]


def _all(context: AppContext) -> list:  # type: ignore[type-arg]
    tz = load_organisation(context.engine()).time_zone
    return list_entries(context.engine(), tz=tz)


def test_blocks_are_added_lifted_and_exported(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, context)
    page.tabs.setCurrentWidget(page.blocks)
    blocks_before = len(list_blocks(context.engine()))

    def fill(dialog: QWidget) -> None:
        from kuntasome.ui.moderation.blocks_tab import BlockDialog

        assert isinstance(dialog, BlockDialog)
        dialog.account.setText("häirikkö77")
        dialog.reason.setText("Toistuvaa häirintää varoituksista huolimatta.")
        dialog.accept()

    when_modal(fill)
    assert page.blocks.add_block(channel_id=FACEBOOK)
    qtbot.waitUntil(lambda: len(page.blocks.rows) == blocks_before + 1, timeout=10_000)
    (block,) = list_blocks(context.engine(), account="HÄIRIKKÖ77")
    assert block.decided_by == "Sara Lindqvist" and block.active

    row = page.blocks.visible_rows().index(next(b for b in page.blocks.rows if b.id == block.id))
    page.blocks.table.selectRow(row)

    def lift(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        dialog.reason.setText("Valitus hyväksyttiin.")  # type: ignore[attr-defined]
        dialog.accept()

    when_modal(lift)
    page.blocks.lift()
    qtbot.waitUntil(lambda: not list_blocks(context.engine(), account="häirikkö77")[0].active)

    out = tmp_path / "estot.csv"
    when_modal(choose_file(str(out)))
    page.blocks.export()
    text = out.read_text(encoding="utf-8-sig")
    assert "häirikkö77" in text and "Valitus hyväksyttiin." in text


def test_check_in_figures_and_a_data_subject_export(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, context)
    before = page.monitoring.status.last_check_at if page.monitoring.status else None

    def accept(dialog: QWidget) -> None:
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(accept)
    page.check_button.click()
    qtbot.waitUntil(
        lambda: (
            page.monitoring.status is not None and page.monitoring.status.last_check_at != before
        ),
        timeout=10_000,
    )
    assert page.monitoring.table.rowCount() == len(page.monitoring.grid.channels)  # type: ignore[union-attr]

    totals = page.figures.figures[-1]
    assert totals.channel_id is None and totals.handled >= totals.answered
    last_row = page.figures.table.rowCount() - 1
    assert page.figures.table.text(last_row, 0) == "All channels"

    author = page.model.rows[0].author_handle
    page.tabs.setCurrentWidget(page.subject)
    page.subject.account.setText(author.upper())
    page.subject.search_button.click()
    assert page.subject.entries and all(
        e.author_handle.lower() == author.lower() for e in page.subject.entries
    )
    out = tmp_path / "pyynto.json"
    when_modal(choose_file(str(out)))
    page.subject.export()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["moderation_entries"]) == len(page.subject.entries)


def test_settings_change_the_deadline_and_add_a_removal_reason(
    qtbot: QtBot, context: AppContext
) -> None:
    from kuntasome.ui.moderation.settings_dialog import ModerationSettingsDialog

    page = open_page(qtbot, context)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ModerationSettingsDialog)
        dialog.deadline.setCurrentIndex(0)  # the same working day
        dialog.add_reason.click()
        row = dialog.reasons.rowCount() - 1
        for column, text in enumerate(("Vaalimainonta", "Valreklam", "Election advertising")):
            dialog.reasons.item(row, column).setText(text)
        dialog.accept()

    when_modal(change)
    page.open_settings()
    assert load_moderation_settings(context.engine()).answer_within_working_days == 0
    qtbot.waitUntil(lambda: page.form.reason.findText("Election advertising") >= 0, timeout=10_000)


def test_the_section_speaks_finnish_and_swedish(qtbot: QtBot, context: AppContext) -> None:
    page = open_page(qtbot, context)
    context.languages.apply("fi")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Loki")
    assert page.form.save_button.text() == "Tallenna merkintä"
    assert page.form.action.itemText(page.form.action.findData("removed")) == "Poistettu"
    context.languages.apply("sv")
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Blockerade konton")
    assert page.verify_button.text() == "Kontrollera loggen"
    QApplication.processEvents()


def test_today_and_the_tray_say_when_answers_are_late_and_a_check_is_due(
    qtbot: QtBot, context: AppContext
) -> None:
    from datetime import datetime

    from kuntasome.core.moderation.log import EntryDraft, append_entry
    from kuntasome.core.today import today_overview

    from kuntasome.ui.reminders import reminder_texts
    from kuntasome.ui.today_page import TodayPage

    tz = load_organisation(context.engine()).time_zone
    friday = datetime(2026, 11, 20, 10, tzinfo=tz)
    append_entry(  # asked on Friday, due when the office closes on Monday
        context.engine(),
        EntryDraft(FACEBOOK, "question", "answered", seen_at=friday, author_handle="odottaja"),
    )
    monday_morning = datetime(2026, 11, 23, 9, 30, tzinfo=tz)
    early = today_overview(context.engine(), tz, now=monday_morning)
    assert early.check_due  # nobody has looked at the channels yet today
    late = today_overview(context.engine(), tz, now=datetime(2026, 11, 23, 16, 30, tzinfo=tz))
    assert late.answers_overdue >= 1
    texts = reminder_texts(early, late)
    assert any("past the answer deadline" in t for t in texts)
    assert reminder_texts(late, late) == []
    assert any("Time to check" in t for t in reminder_texts(None, early))

    today = TodayPage()
    qtbot.addWidget(today)
    today.show_overview(early, load_organisation(context.engine()))
    card = today.cards[5]
    assert card.value.text() == "Check due now" and card.property("alert")


def test_the_log_is_exported_off_the_gui_thread(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from kuntasome.ui.moderation.export_dialog import ExportDialog

    page = open_page(qtbot, context)
    out = tmp_path / "loki.pdf"

    def choose_pdf(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.accept()
        when_modal(choose_file(str(out)))

    when_modal(choose_pdf)
    page.export()
    pdf = out.read_bytes()
    check_pdf(pdf, lang=context.languages.language)
    assert not list(tmp_path.glob("*.partial"))


def test_the_log_table_names_channels_by_service_and_searches_after_a_pause(
    qtbot: QtBot, context: AppContext
) -> None:
    page = open_page(qtbot, context)
    page.period.setCurrentIndex(page.period.findData(0))
    qtbot.waitUntil(lambda: not page.loader.running, timeout=10_000)
    model = page.model
    total = model.rowCount()
    row = next(i for i, r in enumerate(model.rows) if r.channel_id == FACEBOOK)
    channel = model.index(row, 2)
    # The short name, the service as an icon, the full name and service in the tooltip.
    assert channel.data() == "Kalliorannan kaupunki"
    assert not channel.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert channel.data(Qt.ItemDataRole.ToolTipRole) == (
        "Kalliorannan kaupunki – Bergstrands stad (Facebook)"
    )
    shown = [
        model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or ""
        for r in range(total)
        for c in range(model.columnCount())
    ]
    assert not any(f"({p})" in text for text in shown for p in ("facebook", "instagram"))
    assert page.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    # Typing waits for a pause and then narrows the rows without a reload from the database.
    handle = model.rows[row].author_handle
    expected = sum(1 for r in model.all_rows if handle.casefold() in r.author_handle.casefold())
    page.search.setText(handle[:3])
    page.search.setText(handle)
    assert model.rowCount() == total  # not yet: typing goes on
    qtbot.waitUntil(lambda: model.rowCount() < total, timeout=5_000)
    assert not page.loader.running
    assert model.rowCount() >= expected >= 1
    assert any(r.author_handle == handle for r in model.rows)
    assert "match" in page.state.text()
    page.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=5_000)


def test_the_entry_forms_times_are_written_as_the_language_writes_them(
    qtbot: QtBot, context: AppContext
) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime

    page = open_page(qtbot, context)
    moment = QDateTime(QDate(2026, 12, 1), QTime(9, 5))
    page.form.seen.setDateTime(moment)
    english = page.form.seen.text()
    context.languages.apply("fi")
    qtbot.waitUntil(lambda: page.form.seen.text() != english)
    assert page.form.seen.text() == "1.12.2026 9.05"
    assert english != "2026-12-01 09:05"


def test_screenshots_waiting_in_the_form_leave_nothing_behind(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20 (stray temporaries): every quick-entry form made a kuntasome-evidence-…
    folder in the system's temporary folder that nothing removed, with the pasted and
    captured screenshots in it when the window crashed."""
    import tempfile

    from PySide6.QtCore import QCoreApplication, QEvent

    from kuntasome.ui.moderation.evidence_box import EvidenceBox

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    left = tmp_path / ".kuntasome-partial-crashed"  # what a crashed window left
    left.mkdir()
    (left / "kuvakaappaus.png").write_bytes(b"\x89PNG")
    box = EvidenceBox()
    assert not left.exists()
    (waiting,) = tmp_path.iterdir()
    box.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not waiting.exists()
