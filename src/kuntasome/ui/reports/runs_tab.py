"""The reports made: period, language, author and file; opened (after checking the file's
hash) or their choices used again."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.reports.service import ReportRunRow

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.formatting import format_datetime
from kuntasome.ui.records import RecordTable
from kuntasome.ui.translations import LANGUAGE_NAMES
from kuntasome.ui.widgets import Retranslating, translate

from kuntasome.documents.language import Writing, writing_for
from kuntasome.documents.period_names import period_name
from kuntasome.documents.report_pdf import SECTION_TITLES


class ReportRuns(Retranslating, QWidget):
    """The *Reports made* tab; ``use`` carries the request of the run chosen to make again."""

    use = Signal(object)  # ReportRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[ReportRunRow] = []
        self.tz: ZoneInfo | None = None
        self.writing = writing_for("en")
        self.table = RecordTable(6, fit_contents=True)
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Reports made"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.use_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addWidget(self.again_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.again_button.setText(self.tr("Use these choices"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Period"),
                self.tr("Language"),
                self.tr("Author"),
                self.tr("File"),
                self.tr("Sections"),
            ]
        )
        self._fill()

    def show_runs(self, runs: list[ReportRunRow], tz: ZoneInfo, writing: Writing) -> None:
        self.runs, self.tz, self.writing = runs, tz, writing
        self._fill()

    def _fill(self) -> None:
        self.table.show_rows(
            [
                [
                    format_datetime(r.created_at, self.tz) if self.tz else "",
                    period_name(r.period, self.writing),
                    LANGUAGE_NAMES.get(r.language, r.language),
                    r.author or "–",
                    Path(r.path).name,
                    ", ".join(translate("Reports", SECTION_TITLES[s]) for s in r.sections),
                ]
                for r in self.runs
            ]
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        self.open_button.setEnabled(selected)
        self.again_button.setEnabled(selected)

    def selected(self) -> ReportRunRow | None:
        rows = self.table.selected_rows()
        return self.runs[rows[0]] if rows and rows[0] < len(self.runs) else None

    def open_selected(self) -> None:
        run = self.selected()
        if run is None:
            return
        if not run.file_is_intact():
            QMessageBox.warning(
                self,
                self.tr("Reports"),
                arg(
                    self.tr(
                        "The file {name} is not where it was saved, or it has changed since."
                        " Make the report again with these choices."
                    ),
                    name=run.path,
                ),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(run.path))

    def use_selected(self) -> None:
        run = self.selected()
        if run is not None:
            self.use.emit(run.request)
