"""The Statistics section: charts per channel and period, and the imported files."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.organisation import load_organisation
from kuntasome.core.statistics.importers.parsed import KIND_LABELS
from kuntasome.core.statistics.series import (
    CHART_KINDS,
    ChartData,
    StatsChannel,
    chart_data,
    stats_channels,
)
from kuntasome.core.statistics.store import list_batches, undo_batch

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.events import Changes
from kuntasome.ui.file_dialogs import open_file_names, save_file_name
from kuntasome.ui.formatting import format_date, format_local_datetime, format_number
from kuntasome.ui.operations import run_operation
from kuntasome.ui.records import RecordTable
from kuntasome.ui.sections import PageHeader, section
from kuntasome.ui.service_icons import channel_item
from kuntasome.ui.statistics.import_flow import import_files
from kuntasome.ui.tasks import run_in_background
from kuntasome.ui.widgets import (
    Retranslating,
    date_edit,
    from_qdate,
    save_file,
    show_error,
    status_message,
    to_qdate,
    translate,
)

from kuntasome.documents.chart_text import chart_table, describe
from kuntasome.documents.charts import draw, render

if TYPE_CHECKING:
    from kuntasome.core.statistics.store import BatchRow

    from kuntasome.ui.context import AppContext


@dataclass(frozen=True)
class Loaded:
    channels: list[StatsChannel]
    batches: list[BatchRow]


class StatisticsPage(Retranslating, QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.channels: list[StatsChannel] = []
        self.batches: list[BatchRow] = []
        self.data: ChartData | None = None
        self.canvas: Any = None  # FigureCanvasQTAgg, made when the first chart is drawn
        self.last_draw_ms = 0.0
        self.loading = False
        today = context.today()
        # -- chart controls
        self.kind = QComboBox()
        for key in CHART_KINDS:
            self.kind.addItem("", key)
        self.kind.currentIndexChanged.connect(self.refresh_chart)
        self.period = QComboBox()
        for days in (30, 90, 365, 730, 3650):
            self.period.addItem("", days)
        self.period.setCurrentIndex(2)
        self.period.currentIndexChanged.connect(self._preset)
        self.first = date_edit(today - timedelta(days=364))
        self.last = date_edit(today)
        self.first.dateChanged.connect(self.refresh_chart)
        self.last.dateChanged.connect(self.refresh_chart)
        self.channel_list = QListWidget()
        accessible_name(self.channel_list, QT_TRANSLATE_NOOP("AccessibleNames", "Channels"))
        # Long bilingual names: both ends shown (the service is at the end), all in a tooltip.
        self.channel_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.channel_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.channel_list.itemChanged.connect(lambda _item: self.refresh_chart())
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_chart)
        # The chart's figures as a table: for a screen reader, and for the exact values.
        self.as_table = QPushButton()
        self.as_table.setCheckable(True)
        self.as_table.toggled.connect(lambda _on: self._draw())
        self.chart_table = RecordTable(4, fit_contents=True)
        accessible_name(
            self.chart_table, QT_TRANSLATE_NOOP("AccessibleNames", "The chart as a table")
        )
        self.chart_table.hide()
        self.chart_area = QVBoxLayout()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_area.addWidget(self.placeholder, 1)
        self.chart_area.addWidget(self.chart_table, 1)
        self.labels = {k: QLabel() for k in ("kind", "period", "first", "last", "channels")}
        controls = QFormLayout()
        for key, widget in (
            ("kind", self.kind),
            ("period", self.period),
            ("first", self.first),
            ("last", self.last),
        ):
            controls.addRow(self.labels[key], widget)
            self.labels[key].setBuddy(widget)
        side = QVBoxLayout()
        side.addLayout(controls)
        side.addWidget(self.labels["channels"])
        side.addWidget(self.channel_list, 1)
        side.addWidget(self.as_table)
        side.addWidget(self.export_button)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(380)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.addWidget(side_widget)
        charts_layout.addLayout(self.chart_area, 1)
        # -- imports
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_files)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_selected)
        self.batch_table = RecordTable(7, fit_contents=True)
        accessible_name(self.batch_table, QT_TRANSLATE_NOOP("AccessibleNames", "Imported files"))
        self.batch_table.itemSelectionChanged.connect(self._update_buttons)
        self.imports_note = QLabel()
        self.imports_note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.undo_button)
        bar.addStretch(1)
        imports = QWidget()
        imports_layout = QVBoxLayout(imports)
        imports_layout.addWidget(self.imports_note)
        imports_layout.addLayout(bar)
        imports_layout.addWidget(self.batch_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(charts, "")
        self.tabs.addTab(imports, "")
        self.header = PageHeader(section("statistics"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        context.events.changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Charts"))
        self.tabs.setTabText(1, self.tr("Imported files"))
        for i, key in enumerate(CHART_KINDS):
            self.kind.setItemText(i, translate("Charts", CHART_KINDS[key]))
        for i, text in enumerate(
            (
                self.tr("Last 30 days"),
                self.tr("Last 3 months"),
                self.tr("Last 12 months"),
                self.tr("Last 2 years"),
                self.tr("Last 10 years"),
            )
        ):
            self.period.setItemText(i, text)
        for key, text in (
            ("kind", self.tr("&Chart")),
            ("period", self.tr("&Period")),
            ("first", self.tr("F&rom")),
            ("last", self.tr("&To")),
            ("channels", self.tr("Channels")),
        ):
            self.labels[key].setText(text)
        self.export_button.setText(self.tr("Export PNG or SVG…"))
        self.as_table.setText(self.tr("Show as a table"))
        self.import_button.setText(self.tr("Import files…"))
        self.undo_button.setText(self.tr("Undo import…"))
        self.imports_note.setText(
            self.tr(
                "Import the files the services export (Meta Business Suite, X, LinkedIn,"
                " YouTube Studio, TikTok Studio, Mastodon and Bluesky archives). Each file"
                " is recognised by its content; importing the same period again replaces"
                " the figures instead of adding them twice."
            )
        )
        self.placeholder.setText(self.tr("Choose channels to draw a chart."))
        self.batch_table.setHorizontalHeaderLabels(
            [
                self.tr("Imported"),
                self.tr("File"),
                self.tr("Kind"),
                self.tr("Channel"),
                self.tr("Values"),
                self.tr("Period"),
                self.tr("Undone"),
            ]
        )
        self._fill_batches()
        if self.data is not None:
            self._draw()

    # -- loading ---------------------------------------------------------------------------
    #: What the charts and the import list show.
    SHOWN = Change.STATISTICS | Change.CHANNELS

    def _data_changed(self, changes: Changes) -> None:
        if changes.concern(self.SHOWN, self):
            self.reload()

    def reload(self) -> None:
        engine = self.context.engine()

        def load() -> Loaded:
            return Loaded(stats_channels(engine), list_batches(engine))

        run_in_background(load, self._loaded, self._failed, owner=self)

    def _loaded(self, loaded: Loaded) -> None:
        first_time = not self.channels
        self.channels, self.batches = loaded.channels, loaded.batches
        if first_time or {c.id for c in self.channels} != self._listed_ids():
            self._fill_channels()
        self._fill_batches()
        self.refresh_chart()

    def _failed(self, error: BaseException) -> None:
        show_error(self, self.tr("Statistics"), error)

    def _listed_ids(self) -> set[int]:
        return {
            int(self.channel_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.channel_list.count())
        }

    def _fill_channels(self) -> None:
        checked = (
            self.checked_channels()
            or [c.id for c in self.channels if c.platform in ("facebook", "instagram")][:3]
        )
        self.channel_list.blockSignals(True)
        self.channel_list.clear()
        for channel in self.channels:
            item = QListWidgetItem(*channel_item(channel.label, channel.platform))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, channel.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if channel.id in checked else Qt.CheckState.Unchecked
            )
            self.channel_list.addItem(item)
        self.channel_list.blockSignals(False)

    def checked_channels(self) -> list[int]:
        return [
            int(self.channel_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.channel_list.count())
            if self.channel_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _fill_batches(self) -> None:
        # Import times in this computer's zone: the person who imported sits at it.
        self.batch_table.show_rows(
            [
                (
                    format_local_datetime(b.imported_at),
                    b.file_name,
                    translate("StatsKind", KIND_LABELS.get(b.kind, b.kind)),
                    b.channel_name or (self.tr("several") if b.values else ""),
                    str(b.values),
                    f"{format_date(b.first_day)}–{format_date(b.last_day)}"
                    if b.first_day and b.last_day
                    else "",
                    format_local_datetime(b.undone_at) if b.undone_at else "",
                )
                for b in self.batches
            ]
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def selected_batch(self) -> BatchRow | None:
        row = self.batch_table.currentRow()
        if not self.batch_table.has_selection() or not 0 <= row < len(self.batches):
            return None
        return self.batches[row]

    # -- chart -----------------------------------------------------------------------------
    def _preset(self) -> None:
        days = int(self.period.currentData())
        today = self.context.today()
        self.first.blockSignals(True)
        self.first.setDate(to_qdate(today - timedelta(days=days - 1)))
        self.first.blockSignals(False)
        self.last.setDate(to_qdate(today))
        self.refresh_chart()

    def chart_period(self) -> tuple[date, date]:
        first = from_qdate(self.first.date()) or self.context.today()
        last = from_qdate(self.last.date()) or first
        return first, max(first, last)

    def _chart_request(self) -> tuple[str, date, date, tuple[int, ...]]:
        """What the controls ask for now."""
        return (str(self.kind.currentData()), *self.chart_period(), tuple(self.checked_channels()))

    def refresh_chart(self) -> None:
        if self.loading:
            return  # the load under way notices the change when it ends
        request = self._chart_request()
        kind, first, last, ids = request
        if not ids:
            self.data = None
            self._draw()
            return
        engine = self.context.engine()
        self.loading = True

        def load() -> ChartData:
            tz = load_organisation(engine).time_zone  # weeks and days are the town's
            return chart_data(engine, kind, first, last, ids, tz=tz)

        def done(data: ChartData) -> None:
            self.loading = False
            self.data = data
            self._draw()
            if self._chart_request() != request:
                self.refresh_chart()  # the choice changed while loading

        def failed(error: BaseException) -> None:
            self.loading = False
            show_error(self, self.tr("Statistics"), error)

        run_in_background(load, done, failed, owner=self)

    def _ensure_canvas(self) -> Any:
        if self.canvas is None:
            # matplotlib takes about 0.7 s to import: only when the first chart is drawn.
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure(figsize=(8, 5), dpi=100))
            self.canvas.setAccessibleName(self.tr("Chart"))
            self.chart_area.removeWidget(self.placeholder)
            self.placeholder.hide()
            self.chart_area.addWidget(self.canvas, 1)
        return self.canvas

    def _draw(self) -> None:
        if self.data is None:
            if self.canvas is not None:
                self.canvas.hide()
            self.chart_table.hide()
            self.placeholder.show()
            self.export_button.setEnabled(False)
            return
        self.placeholder.hide()
        self.export_button.setEnabled(True)
        if self.as_table.isChecked():
            if self.canvas is not None:
                self.canvas.hide()
            headers, rows = chart_table(self.data, translate, format_number, format_date)
            self.chart_table.show_table(headers, rows)
            self.chart_table.show()
            return
        self.chart_table.hide()
        canvas = self._ensure_canvas()
        canvas.show()
        start = time.perf_counter()
        draw(canvas.figure, self.data, translate, QLocale().decimalPoint() == ",")
        canvas.draw()
        # What the chart shows, for a screen reader: the text the PDF report's figure has.
        canvas.setAccessibleDescription(describe(self.data, translate, format_number))
        self.last_draw_ms = (time.perf_counter() - start) * 1000

    def export_chart(self) -> None:
        if self.data is None:
            return
        png, svg = self.tr("PNG picture (*.png)"), self.tr("SVG drawing (*.svg)")
        name, chosen = save_file_name(
            self, self.tr("Export the chart"), f"{self.data.kind}.png", f"{png};;{svg}"
        )
        if not name:
            return
        fmt = "svg" if name.lower().endswith(".svg") or chosen == svg else "png"
        if not name.lower().endswith(f".{fmt}"):
            name += f".{fmt}"
        data = render(self.data, fmt, translate, decimal_comma=QLocale().decimalPoint() == ",")
        if save_file(self, Path(name), data):
            status_message(self, arg(self.tr("Saved {name}"), name=name), 5000)

    # -- imports ---------------------------------------------------------------------------
    def import_files(self) -> None:
        names, _ = open_file_names(
            self,
            self.tr("Import statistics files"),
            "",
            self.tr("Export files (*.csv *.xlsx *.xls *.json *.car);;All files (*)"),
        )
        if names:
            import_files(self, self.context, [Path(n) for n in names], self.channels)

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            arg(
                self.tr("Remove the {values} values imported from {file_name}?"),
                values=str(batch.values),
                file_name=batch.file_name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        engine, actor_id = self.context.engine(), self.context.actor_id()
        run_operation(
            self,
            self.context.events,
            lambda: undo_batch(engine, batch.id, actor_id=actor_id),
            changes=Change.STATISTICS,
            title=self.tr("Undo import"),
            done=lambda _result: self.reload(),
        )
