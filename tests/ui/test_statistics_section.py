"""The Statistics section with real widgets and matplotlib on a copy of the demo town."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kuntasome.core.platforms import channel_label
from kuntasome.core.statistics.store import list_batches

from kuntasome.ui.context import AppContext
from kuntasome.ui.statistics.account_dialog import AccountDialog
from kuntasome.ui.statistics.import_flow import import_files
from kuntasome.ui.statistics.mapping_dialog import DATE, MappingDialog
from kuntasome.ui.statistics.statistics_page import StatisticsPage

from tests.ui.conftest import choose_file, when_modal

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"


def open_page(qtbot: QtBot, context: AppContext) -> StatisticsPage:
    page = StatisticsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.canvas is not None, timeout=15_000)
    return page


def test_every_chart_kind_draws_and_exports(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, context)
    assert page.data is not None and page.data.kind == "followers"
    assert page.data.series and all(len(points) > 300 for points in page.data.series.values())
    for index in range(page.kind.count()):
        page.kind.setCurrentIndex(index)
        kind = page.kind.currentData()
        qtbot.waitUntil(
            lambda k=kind: page.data is not None and page.data.kind == k and not page.loading
        )
        title = page.canvas.figure.axes[0].get_title(loc="left")
        assert title == page.kind.currentText()
        # A screen reader is told what the chart shows: its kind, each channel and figure.
        described = page.canvas.accessibleDescription()
        assert described.startswith(("Line chart of", "Bar chart of")), described
        if kind != "top_posts":
            channel = next(
                c for c in page.data.channels if c.id in (page.data.series or page.data.totals)
            )
            assert channel.label in described, described
        assert any(ch.isdigit() for ch in described)
        # The same figures as a table, and back to the chart.
        page.as_table.setChecked(True)
        table = page.chart_table
        assert table.isVisible() and not page.canvas.isVisible()
        model = table.model()
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        assert headers[0] in ("Channel", "Post") and len(headers) >= 2
        assert table.rowCount() > 0
        labels = {channel_label(c.label, c.label, c.platform) for c in page.data.channels}
        assert (table.text(0, 1) if kind == "top_posts" else table.text(0, 0)) in labels
        assert any(ch.isdigit() for ch in table.text(0, len(headers) - 1))
        page.as_table.setChecked(False)
        assert page.canvas.isVisible() and not table.isVisible()
    page.period.setCurrentIndex(4)  # ten years
    qtbot.waitUntil(
        lambda: page.data is not None and (page.data.last - page.data.first).days > 3000
    )
    for name, magic in (("kaavio.png", b"\x89PNG"), ("kaavio.svg", b"<?xml")):
        out = tmp_path / name
        when_modal(choose_file(str(out)))
        page.export_chart()
        assert out.read_bytes().startswith(magic)


def test_importing_asks_the_channel_once_and_can_be_undone(
    qtbot: QtBot, context: AppContext
) -> None:
    page = open_page(qtbot, context)
    before = len(list_batches(context.engine()))
    messages: list[str] = []

    def choose_channel(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        combo = next(iter(dialog.combos.values()))
        combo.setCurrentIndex(combo.findText("Kalliorannan kaupunki – Bergstrands stad (Facebook)"))
        dialog.accept()
        when_modal(read_message)

    def read_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    when_modal(choose_channel)
    lines = import_files(
        page, context, [EXPORTS / "facebook/Oigetit-Social-Media-Reports__Reach.csv"], page.channels
    )
    assert lines == [
        "Oigetit-Social-Media-Reports__Reach.csv: Meta Business Suite daily metric"
        " — 105 values imported"
    ]
    assert messages == lines
    qtbot.waitUntil(lambda: len(page.batches) == before + 1, timeout=10_000)
    assert page.batch_table.text(0, 4) == "105"

    page.batch_table.selectRow(0)
    assert page.undo_button.isEnabled()

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(yes)
    page.undo_button.click()
    qtbot.waitUntil(lambda: page.batches and page.batches[0].undone_at is not None, timeout=10_000)


def test_an_unknown_table_is_mapped_once(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    page = open_page(qtbot, context)
    sheet = "Päivä;Seuraajat;Huom\n1.3.2026;1200;x\n2.3.2026;1210;\n"
    first = tmp_path / "seuranta-maaliskuu.csv"
    first.write_text(sheet, encoding="cp1252")
    second = tmp_path / "seuranta-huhtikuu.csv"
    second.write_text(sheet.replace(".3.", ".4."), encoding="cp1252")
    seen: list[str] = []

    def map_columns(dialog: QWidget) -> None:
        assert isinstance(dialog, MappingDialog)
        seen.append("mapping")
        dialog.combos[0].setCurrentIndex(dialog.combos[0].findData(DATE))
        dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("followers"))
        dialog.accept()
        when_modal(pick_channel)

    def pick_channel(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        seen.append("channel")
        dialog.accept()
        when_modal(close_message)

    def close_message(box: QWidget) -> None:
        seen.append("message")
        box.close()

    when_modal(map_columns)
    lines = import_files(page, context, [first], page.channels)
    assert seen == ["mapping", "channel", "message"]
    assert "2 values imported" in lines[0]
    seen.clear()
    when_modal(pick_channel)  # the same columns again: no mapping dialog
    lines = import_files(page, context, [second], page.channels)
    assert seen == ["channel", "message"] and "2 values imported" in lines[0]


def test_the_section_speaks_finnish_and_swedish(qtbot: QtBot, context: AppContext) -> None:
    page = open_page(qtbot, context)
    context.languages.apply("fi")
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Tuodut tiedostot")
    assert page.kind.itemText(0) == "Seuraajat ajan mittaan"
    context.languages.apply("sv")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Diagram")


def test_long_work_keeps_the_window_alive_and_can_be_cancelled(
    qtbot: QtBot, context: AppContext
) -> None:
    import threading
    import time

    import pytest

    from kuntasome.ui.tasks import Cancelled, wait_in_background

    page = open_page(qtbot, context)
    release = threading.Event()

    def slow() -> int:
        release.wait(10)
        return 1

    def cancel(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QProgressDialog

        assert isinstance(dialog, QProgressDialog)
        assert "Reading" in dialog.labelText()
        from PySide6.QtWidgets import QPushButton

        dialog.findChild(QPushButton).click()  # what the user does

    when_modal(cancel, timeout_ms=8000)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        wait_in_background(page, "Reading big.csv…", slow)
    release.set()
    assert time.monotonic() - started < 5  # the wait ended at Cancel, not when the work did
    assert wait_in_background(page, "quick", lambda: 42) == 42
