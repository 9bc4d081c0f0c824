"""The Reports section: choose a period, language and sections, preview the pages, make the
PDF/A, and find the reports made before."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.cancel import Cancellation
from kuntasome.core.changes import Change
from kuntasome.core.messages import arg
from kuntasome.core.organisation import OrganisationSettings, load_organisation
from kuntasome.core.reports.figures import SECTIONS, report_figures
from kuntasome.core.reports.logo import load_logo, save_logo
from kuntasome.core.reports.periods import (
    Period,
    PeriodError,
    half,
    last_complete,
    month,
    quarter,
    year,
)
from kuntasome.core.reports.service import (
    COMMENTARY_MAX,
    LANGUAGES,
    REMINDERS,
    ReportRequest,
    ReportRunRow,
    ReportSettings,
    list_reports,
    load_report_settings,
    make_report,
    save_report_settings,
)

from kuntasome.ui.events import Changes
from kuntasome.ui.file_dialogs import open_file_name, save_file_name
from kuntasome.ui.operations import Loader, run_operation
from kuntasome.ui.reports.runs_tab import ReportRuns
from kuntasome.ui.sections import PageHeader, section
from kuntasome.ui.tasks import Cancelled, run_in_background, wait_in_background
from kuntasome.ui.translations import LANGUAGE_NAMES
from kuntasome.ui.widgets import (
    Retranslating,
    date_edit,
    from_qdate,
    show_error,
    status_message,
    to_qdate,
    translate,
    without_accelerator,
)

from kuntasome.documents.language import Writing, writing_for
from kuntasome.documents.period_names import period_name
from kuntasome.documents.report_pdf import SECTION_TITLES, render_report_pages, render_report_pdf

if TYPE_CHECKING:
    from kuntasome.ui.context import AppContext

KINDS = ("month", "quarter", "half", "year", "custom")
CHOICES = {"month": 24, "quarter": 8, "half": 4, "year": 3}  # how many periods back to offer
PREVIEW_PPI = 60


def recent_periods(kind: str, today: date) -> list[Period]:
    """The latest complete periods of *kind*, newest first, then the one under way."""
    latest = last_complete(kind, today)
    found: list[Period] = []
    current = latest
    for _ in range(CHOICES[kind]):
        found.append(current)
        current = current.previous()
    under_way = {
        "month": month(today.year, today.month),
        "quarter": quarter(today.year, (today.month - 1) // 3 + 1),
        "half": half(today.year, 1 if today.month <= 6 else 2),
        "year": year(today.year),
    }[kind]
    return [under_way, *found]


@dataclass(frozen=True)
class Loaded:
    organisation: OrganisationSettings
    settings: ReportSettings
    runs: list[ReportRunRow]
    has_logo: bool = False


class ReportsPage(Retranslating, QWidget):
    SHOWN = Change.REPORTS | Change.ORGANISATION

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.loaded: Loaded | None = None
        self.pages: list[QPixmap] = []
        self.periods: dict[str, Period] = {}  # the period choices by their code
        today = context.today()
        # -- what the report covers
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem("", key)
        self.kind.setCurrentIndex(KINDS.index("quarter"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.which = QComboBox()
        self.which.currentIndexChanged.connect(self._show_span)
        self.span = QLabel()  # the chosen period's dates
        self.span.setObjectName("hint")
        self.first = date_edit(today.replace(day=1))
        self.last = date_edit(today)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.comparison = QComboBox()
        self.comparison.addItem("", "previous")
        self.comparison.addItem("", "year")
        self.sections = QListWidget()
        for key in SECTIONS:
            item = QListWidgetItem("")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sections.addItem(item)
        self.sections.setMaximumHeight(150)
        self.commentary = QPlainTextEdit()
        self.commentary.setTabChangesFocus(True)
        self.commentary.setMaximumHeight(140)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.preview)
        self.make_button = QPushButton()
        self.make_button.setObjectName("primary")
        self.make_button.clicked.connect(self.make)
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton()
        self.remove_logo_button.setEnabled(False)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        self.reminder = QComboBox()
        for key in REMINDERS:
            self.reminder.addItem("", key)
        self.reminder.activated.connect(lambda _i: self._save_settings())
        self.labels = {
            k: QLabel()
            for k in (
                "kind",
                "which",
                "span",
                "first",
                "last",
                "language",
                "comparison",
                "sections",
                "commentary",
                "reminder",
            )
        }
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, widget in (
            ("kind", self.kind),
            ("which", self.which),
            ("span", self.span),
            ("first", self.first),
            ("last", self.last),
            ("language", self.language),
            ("comparison", self.comparison),
        ):
            form.addRow(self.labels[key], widget)
            self.labels[key].setBuddy(widget)
        side = QVBoxLayout()
        side.addLayout(form)
        for key, widget in (  # type: ignore[assignment]
            ("sections", self.sections),
            ("commentary", self.commentary),
        ):
            self.labels[key].setBuddy(widget)
            side.addWidget(self.labels[key])
            side.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.make_button)
        side.addLayout(buttons)
        side.addStretch(1)
        logo_bar = QHBoxLayout()
        logo_bar.addWidget(self.logo_button)
        logo_bar.addWidget(self.remove_logo_button)
        side.addLayout(logo_bar)
        reminder_row = QFormLayout()
        reminder_row.addRow(self.labels["reminder"], self.reminder)
        self.labels["reminder"].setBuddy(self.reminder)
        side.addLayout(reminder_row)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(390)
        # -- the preview and the reports made
        self.preview_state = QLabel()
        self.preview_state.setObjectName("hint")
        self.preview_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_state.setWordWrap(True)
        self.page_box = QWidget()
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_layout.addWidget(self.preview_state)
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(self.page_box)
        self.runs = ReportRuns()
        self.runs.use.connect(self.set_request)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview_area, "")
        self.tabs.addTab(self.runs, "")
        body = QHBoxLayout()
        body.addWidget(side_widget)
        body.addWidget(self.tabs, 1)
        self.header = PageHeader(section("reports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        self.loader: Loader[Loaded] = Loader(self, self._prepare, self._loaded, self._failed)
        context.events.changed.connect(self._data_changed)
        self._kind_changed()
        self.retranslate()
        self.loader.request()

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for i, text in enumerate(
            (
                self.tr("Month"),
                self.tr("Quarter"),
                self.tr("Half-year"),
                self.tr("Year"),
                self.tr("Custom dates"),
            )
        ):
            self.kind.setItemText(i, text)
        self.comparison.setItemText(0, self.tr("The previous period"))
        self.comparison.setItemText(1, self.tr("The same period a year earlier"))
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(translate("Reports", SECTION_TITLES[key]))
        for i, text in enumerate(
            (self.tr("No reminder"), self.tr("Every month"), self.tr("Every quarter"))
        ):
            self.reminder.setItemText(i, text)
        for key, text in (
            ("kind", self.tr("P&eriod length")),
            ("which", self.tr("&Period")),
            ("first", self.tr("F&rom")),
            ("last", self.tr("&To")),
            ("language", self.tr("&Language")),
            ("comparison", self.tr("Channels &compared with")),
            ("sections", self.tr("&Sections")),
            ("commentary", self.tr("C&ommentary (optional, printed after the summary)")),
            ("reminder", self.tr("Re&mind me")),
        ):
            self.labels[key].setText(text)
        self.commentary.setPlaceholderText(
            self.tr("What the figures mean, what went well and what comes next.")
        )
        self.preview_button.setText(self.tr("Prev&iew"))
        self.make_button.setText(self.tr("Make &report…"))
        self.tabs.setTabText(0, self.tr("Preview"))
        self.tabs.setTabText(1, self.tr("Reports made"))
        self.logo_button.setText(self.tr("Logo on the cover…"))
        self.remove_logo_button.setText(self.tr("No logo"))
        if not self.pages:
            self.preview_state.setText(
                self.tr("Choose the period and press Preview to see the pages here.")
            )
        self._fill_periods()
        self._fill_runs()

    def _writing(self) -> Writing:
        country = self.loaded.organisation.country if self.loaded else "FI"
        return writing_for(self.context.languages.language, country)

    def _fill_periods(self) -> None:
        kind = self.kind.currentData()
        if kind == "custom":
            return
        chosen = self.which.currentData()
        writing = self._writing()
        self.which.blockSignals(True)
        self.which.clear()
        for period in recent_periods(kind, self.context.today()):
            self.periods[period.code] = period
            self.which.addItem(period_name(period, writing, dates=False), period.code)
        # The latest complete period is what a report is usually for.
        index = self.which.findData(chosen) if chosen is not None else -1
        self.which.setCurrentIndex(index if index >= 0 else 1)
        self.which.blockSignals(False)
        self._show_span()

    def _show_span(self) -> None:
        period = self.periods.get(self.which.currentData())
        self.span.setText(self._writing().period(period.first, period.last) if period else "")

    def _kind_changed(self) -> None:
        custom = self.kind.currentData() == "custom"
        for key, widget in (
            ("which", self.which),
            ("span", self.span),
            ("first", self.first),
            ("last", self.last),
        ):
            shown = (key not in ("which", "span")) == custom
            widget.setVisible(shown)
            self.labels[key].setVisible(shown)
        self._fill_periods()

    # -- loading -----------------------------------------------------------------------------
    def _data_changed(self, changes: Changes) -> None:
        if changes.concern(self.SHOWN, self):
            self.loader.request()

    def _prepare(self) -> Callable[[], Loaded]:
        engine = self.context.engine()
        return lambda: Loaded(
            load_organisation(engine),
            load_report_settings(engine),
            list_reports(engine),
            load_logo(engine) is not None,
        )

    def _loaded(self, loaded: Loaded) -> None:
        first_load = self.loaded is None
        self.loaded = loaded
        if first_load:
            self.language.setCurrentIndex(max(0, self.language.findData(loaded.settings.language)))
        self.reminder.setCurrentIndex(max(0, self.reminder.findData(loaded.settings.reminder)))
        self.remove_logo_button.setEnabled(loaded.has_logo)
        self._fill_periods()
        self._fill_runs()

    def _failed(self, error: BaseException) -> None:
        show_error(self, self.tr("Reports"), error)

    def _fill_runs(self) -> None:
        if self.loaded is not None:
            tz = self.loaded.organisation.time_zone
            self.runs.show_runs(self.loaded.runs, tz, self._writing())

    # -- the request -------------------------------------------------------------------------
    def request(self) -> ReportRequest | None:
        """What the form asks for, or None (with the reason shown) when it cannot be made."""
        try:
            if self.kind.currentData() == "custom":
                first, last = from_qdate(self.first.date()), from_qdate(self.last.date())
                assert first is not None and last is not None
                period = Period(first, last)
            else:
                period = self.periods[self.which.currentData()]
        except PeriodError as error:
            show_error(self, self.tr("Reports"), error)
            return None
        sections = tuple(
            self.sections.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() == Qt.CheckState.Checked
        )
        if not sections:
            status_message(self, self.tr("Choose at least one section."), 5000)
            self.sections.setFocus()
            return None
        commentary = self.commentary.toPlainText()
        if len(commentary) > COMMENTARY_MAX:
            status_message(
                self,
                arg(
                    self.tr("The commentary is longer than {count} characters."),
                    count=COMMENTARY_MAX,
                ),
                6000,
            )
            return None
        return ReportRequest(
            period, self.language.currentData(), sections, self.comparison.currentData(), commentary
        )

    def set_request(self, request: ReportRequest) -> None:
        """Fill the form with *request* (a report made before, to make it again)."""
        kind = request.period.kind if request.period.kind in CHOICES else "custom"
        self.kind.setCurrentIndex(KINDS.index(kind))
        if kind == "custom":
            self.first.setDate(to_qdate(request.period.first))
            self.last.setDate(to_qdate(request.period.last))
        else:
            index = self.which.findData(request.period.code)
            if index < 0:  # older than the periods offered
                self.periods[request.period.code] = request.period
                self.which.addItem(
                    period_name(request.period, self._writing()), request.period.code
                )
                index = self.which.count() - 1
            self.which.setCurrentIndex(index)
        self.language.setCurrentIndex(max(0, self.language.findData(request.language)))
        self.comparison.setCurrentIndex(max(0, self.comparison.findData(request.comparison)))
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(
                Qt.CheckState.Checked if key in request.sections else Qt.CheckState.Unchecked
            )
        self.commentary.setPlainText(request.commentary)

    # -- actions -----------------------------------------------------------------------------
    def preview(self) -> None:
        request = self.request()
        if request is None or self.loaded is None:
            return
        engine, organisation = self.context.engine(), self.loaded.organisation
        made_on = self.context.today()

        def work() -> list[bytes]:
            figures = report_figures(
                engine, request.period, organisation, language=request.language
            )
            return render_report_pages(figures, request, PREVIEW_PPI, made_on=made_on)

        self.preview_button.setEnabled(False)
        self.preview_state.setText(self.tr("Typesetting the pages…"))
        run_in_background(work, self._show_pages, self._preview_failed, owner=self)

    def _show_pages(self, pages: list[bytes]) -> None:
        self.preview_button.setEnabled(True)
        for i in reversed(range(self.page_layout.count())):
            item = self.page_layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.preview_state:
                widget.deleteLater()
        self.pages = []
        for number, png in enumerate(pages, start=1):
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self.pages.append(pixmap)
            label = QLabel()
            label.setObjectName("reportPage")
            label.setPixmap(pixmap)
            label.setAccessibleName(arg(self.tr("Page {number}"), number=number))
            self.page_layout.addWidget(label)
        self.preview_state.setText(self.tr("%n page(s)", "", len(pages)))
        self.tabs.setCurrentIndex(0)

    def _preview_failed(self, error: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.preview_state.setText("")
        show_error(self, self.tr("Reports"), error)

    def suggested_name(self, request: ReportRequest) -> str:
        return arg(self.tr("social-media-report-{period}"), period=request.period.code) + ".pdf"

    def make(self) -> None:
        request = self.request()
        if request is None:
            return
        start = str(Path.home() / self.suggested_name(request).replace("–", "_"))
        name, _ = save_file_name(
            self, without_accelerator(self.make_button.text()), start, self.tr("PDF/A (*.pdf)")
        )
        if name:
            self.make_to(Path(name), request)

    def make_to(self, out: Path, request: ReportRequest) -> ReportRunRow | None:
        """Make the report into *out* off the GUI thread; Cancel stops it with nothing saved."""
        engine, actor_id = self.context.engine(), self.context.actor_id()
        cancel = Cancellation()
        try:
            run = wait_in_background(
                self,
                self.tr("Making the report…"),
                lambda: make_report(
                    engine,
                    request,
                    render=render_report_pdf,
                    out=out,
                    actor_id=actor_id,
                    cancel=cancel,
                ),
                cancel=cancel,
            )
        except Cancelled:
            status_message(self, self.tr("The report was not made."), 5000)
            return None
        except Exception as error:
            show_error(self, self.tr("The report was not made"), error)
            return None
        self.context.events.announce(Change.REPORTS, self)
        self.loader.request()
        status_message(self, arg(self.tr("Saved {name}"), name=str(out)), 6000)
        return run

    def choose_logo(self) -> None:
        name, _ = open_file_name(
            self,
            self.logo_button.text().replace("…", ""),
            str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg *.svg)"),
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path | None) -> None:
        """Use the picture at *path* on every report's cover (None: no logo)."""
        engine, actor_id = self.context.engine(), self.context.actor_id()
        run_operation(
            self,
            self.context.events,
            lambda: save_logo(engine, path, actor_id=actor_id),
            changes=Change.REPORTS,
            title=self.tr("The logo was not saved"),
            done=lambda _logo: self.loader.request(),
        )

    def _save_settings(self) -> None:
        if self.loaded is None:
            return
        settings = replace(
            self.loaded.settings,
            reminder=self.reminder.currentData(),
            language=self.language.currentData(),
        )
        engine, actor_id = self.context.engine(), self.context.actor_id()
        run_operation(
            self,
            self.context.events,
            lambda: save_report_settings(engine, settings, actor_id=actor_id),
            changes=Change.REPORTS,
            title=self.tr("The reminder was not saved"),
        )
