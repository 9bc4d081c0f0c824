"""The one table of records every list uses (issue 17, item 18): a model over the rows as
given, checked by Qt's own model tester, sortable, and quick with 100,000 rows."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kuntasome.ui.records import SORT_ROLE, Cell, RecordModel, RecordTable

ROWS: list[list[str | Cell]] = [
    ["Kallioranta (Facebook)", Cell("1 200", sort_key=1200, align_right=True), "12.5.2026"],
    ["bergstrand (Instagram)", Cell("95", sort_key=95, align_right=True), ""],
    ["Äänekoski (TikTok)", Cell("10 500", sort_key=10500, align_right=True), "1.1.2026"],
]


def test_the_model_passes_qts_model_tester(qtmodeltester: ModelTester) -> None:
    model = RecordModel(3)
    model.set_headers(["Channel", "Followers", "Reviewed"])
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)  # and it watches every change from now on
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_cell(1, 2, "3.3.2026")
    model.sort(-1)
    model.set_rows([])
    model.set_rows(ROWS[:1])


def test_sorting_by_a_header_keeps_the_callers_row_numbers(qtbot: QtBot) -> None:
    table = RecordTable(3, fit_contents=True)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Channel", "Followers", "Reviewed"])
    table.show_rows(ROWS)
    assert table.shown_texts(0) == [r[0] for r in ROWS]  # as given, until the user sorts
    table.selectRow(2)
    assert table.currentRow() == 2
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # a click on "Followers"
    # Figures sort as numbers (95 < 1 200 < 10 500), not as text ("10 500" < "95").
    assert table.shown_texts(1) == ["95", "1 200", "10 500"]
    # The chosen row is still Äänekoski, and it is still row 2 of the caller's list.
    assert table.currentRow() == 2 and table.selected_rows() == [2]
    assert table.text(2, 0) == "Äänekoski (TikTok)"
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # names without regard to case
    assert table.shown_texts(0)[0] == "bergstrand (Instagram)"
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert table.shown_texts(2)[-1] == ""  # empty cells last
    # A cell too narrow for its text still says it all in its tooltip; figures align right.
    index = table.model().index(0, 1)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert table.model().index(0, 1).data(SORT_ROLE) in (95, 1200, 10500)
    # Refilled with new rows, the table keeps the user's sort.
    table.show_rows([*ROWS, ["Bergstrand (X)", Cell("3", sort_key=3), ""]])
    assert table.rowCount() == 4
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert table.shown_texts(1)[0] == "3"


def test_a_hundred_thousand_rows_show_at_once(qtbot: QtBot) -> None:
    """QTableWidget filled item by item took 3.0 s for 100,000 × 6 rows."""
    rows = [
        [f"{i}", f"kanava {i % 12}", "Facebook", "julkaistu", "", f"{i * 7}"]
        for i in range(100_000)
    ]
    table = RecordTable(6)
    qtbot.addWidget(table)
    table.resize(900, 500)
    table.show()
    started = time.perf_counter()
    table.show_rows(rows)
    table.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert table.model().rowCount(QModelIndex()) == 100_000
    assert elapsed < 0.5, f"{elapsed:.2f} s"
