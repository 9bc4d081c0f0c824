"""The Moderation section: the log with its quick-entry form, blocks, monitoring, figures
and data subject requests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.moderation.blocks import list_blocks
from kuntasome.core.moderation.choices import load_setup, save_setup
from kuntasome.core.moderation.export import entries_csv
from kuntasome.core.moderation.log import EntryRow, keep_until, list_entries, load_history
from kuntasome.core.moderation.monitoring import check_status, checkin_grid
from kuntasome.core.moderation.removal_reasons import reason_labels
from kuntasome.core.moderation.response_times import response_figures
from kuntasome.core.moderation.verify import VerifyReport, verify_log

from kuntasome.ui.accessible import accessible_name, leave_with_tab
from kuntasome.ui.events import Changes
from kuntasome.ui.file_dialogs import save_file_name
from kuntasome.ui.moderation.blocks_tab import BlocksTab
from kuntasome.ui.moderation.entry_dialog import EntryDialog
from kuntasome.ui.moderation.entry_form import EntryForm
from kuntasome.ui.moderation.entry_table import EntryTableModel, matching, search_texts
from kuntasome.ui.moderation.export_dialog import ExportDialog
from kuntasome.ui.moderation.figures_tab import FiguresTab
from kuntasome.ui.moderation.monitoring_tab import MonitoringTab
from kuntasome.ui.moderation.settings_dialog import ModerationSettingsDialog
from kuntasome.ui.moderation.subject_tab import SubjectTab
from kuntasome.ui.operations import Loader
from kuntasome.ui.sections import PageHeader, section
from kuntasome.ui.service_icons import channel_item
from kuntasome.ui.tasks import Cancelled, run_in_background, wait_in_background
from kuntasome.ui.widgets import Retranslating, save_file, show_error, status_message, translate

from kuntasome.documents.language import LANGUAGES, writing_for
from kuntasome.documents.moderation_pdf import render_log_pdf

if TYPE_CHECKING:
    from kuntasome.core.moderation.blocks import BlockRow
    from kuntasome.core.moderation.choices import ModerationSetup
    from kuntasome.core.moderation.monitoring import CheckinGrid, CheckStatus
    from kuntasome.core.moderation.response_times import ResponseFigures

    from kuntasome.ui.context import AppContext

PERIODS = (7, 30, 365, 0)  # days back; 0 = everything
SEARCH_PAUSE_MS = 200
MONITORING_DAYS = 14


@dataclass(frozen=True)
class Loaded:
    setup: ModerationSetup
    entries: list[EntryRow]
    reasons: dict[str, str]
    blocks: list[BlockRow]
    grid: CheckinGrid
    status: CheckStatus
    figures: list[ResponseFigures]
    now: datetime
    # The organisation's removal reasons in each language, so a language switch needs no
    # reload: ``reasons`` is the one shown.
    all_reasons: dict[str, dict[str, str]] = field(default_factory=dict)
    # Each entry's search text (in *language*), and the rows the search box let through.
    search: list[str] = field(default_factory=list)
    language: str = ""
    needle: str = ""
    shown: list[int] | None = None
    waiting: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class Searched:
    rows: list[EntryRow]
    texts: list[str]
    language: str
    shown: list[int] | None


class ModerationPage(Retranslating, QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.loaded: Loaded | None = None
        self.loader = Loader(self, self._prepare_load, self._loaded, self._failed)
        # -- the log tab
        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem("", days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.reload)
        self.channel_filter = QComboBox()
        self.channel_filter.currentIndexChanged.connect(self.reload)
        self.waiting_only = QCheckBox()
        self.waiting_only.toggled.connect(self.reload)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = EntryTableModel()
        # Typing narrows the loaded rows: after a pause, off the GUI thread.
        self.texts: list[str] = []
        self.texts_language = ""
        self.searcher = Loader(self, self._prepare_search, self._searched, self._search_failed)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.searcher.request)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.table = QTableView()
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Moderation log"))
        leave_with_tab(self.table)
        self.table.setModel(self.model)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.channel_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.channel_filter.setMinimumContentsLength(16)
        filters = QHBoxLayout()
        filters.addWidget(self.period)
        filters.addWidget(self.channel_filter)
        filters.addWidget(self.waiting_only)
        filters.addStretch(1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.open_button)
        log_side = QWidget()
        log_layout = QVBoxLayout(log_side)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addLayout(filters)
        log_layout.addLayout(search_row)
        log_layout.addWidget(self.state)
        log_layout.addWidget(self.table, 1)
        self.form = EntryForm(context)
        self.form.saved.connect(self._entry_saved)
        form_scroll = QScrollArea()
        form_scroll.setWidget(self.form)
        form_scroll.setWidgetResizable(True)
        form_scroll.setMinimumWidth(420)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter()
        splitter.addWidget(log_side)
        splitter.addWidget(form_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        # -- other tabs
        self.blocks = BlocksTab(context)
        self.monitoring = MonitoringTab(context)
        self.figures = FiguresTab(context.today())
        self.figures.period_changed.connect(self.reload)
        self.subject = SubjectTab(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.blocks, "")
        self.tabs.addTab(self.monitoring, "")
        self.tabs.addTab(self.figures, "")
        self.tabs.addTab(self.subject, "")
        # -- the section's own actions
        self.header = PageHeader(section("moderation"))
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.monitoring.check_in)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.open_settings)
        # The section's actions beside its tabs, so the header has the page's width.
        actions = QWidget()
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 2)
        for button in (
            self.check_button,
            self.verify_button,
            self.export_button,
            self.settings_button,
        ):
            row.addWidget(button)
        self.tabs.setCornerWidget(actions, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        context.events.changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        for index, text in enumerate(
            (
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Last 12 months"),
                self.tr("Everything"),
            )
        ):
            self.period.setItemText(index, text)
        if self.channel_filter.count():
            self.channel_filter.setItemText(0, self.tr("All channels"))
        self.waiting_only.setText(self.tr("Waiting for an answer"))
        self.search.setPlaceholderText(self.tr("Search the log…"))
        self.search.setAccessibleName(self.tr("Search the log"))
        self.open_button.setText(self.tr("Open…"))
        for index, text in enumerate(
            (
                self.tr("Log"),
                self.tr("Blocked accounts"),
                self.tr("Monitoring"),
                self.tr("Response times"),
                self.tr("Data subject requests"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.check_button.setText(self.tr("Checked now…"))
        self.check_button.setToolTip(
            self.tr("Record that you looked at the channels' comments and messages")
        )
        self.verify_button.setText(self.tr("Verify the log"))
        self.verify_button.setToolTip(
            self.tr("Check that no entry or evidence file has been changed since it was saved")
        )
        self.export_button.setText(self.tr("Export…"))
        self.settings_button.setText(self.tr("Settings…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        # The removal reasons are the organisation's own words in each language: show them in
        # the language now chosen (the other words are translated when shown).
        language = self.context.languages.language
        shown = self.loaded.all_reasons.get(language) if self.loaded is not None else None
        if self.loaded is not None and shown is not None and shown != self.loaded.reasons:
            self._loaded(replace(self.loaded, reasons=shown))
        if self.texts_language != language and self.search.text().strip():
            self.searcher.request()
        self._show_state()

    # -- loading ---------------------------------------------------------------------------
    #: What the log, its tabs and the form's choices show.
    SHOWN = Change.MODERATION | Change.CHANNELS | Change.PEOPLE | Change.ORGANISATION

    def _data_changed(self, changes: Changes) -> None:
        if changes.concern(self.SHOWN, self):
            self.reload()

    def _filters(self) -> tuple[date | None, date, list[int] | None, bool]:
        today = self.context.today()
        days = int(self.period.currentData() or 0)
        channel = self.channel_filter.currentData()
        return (
            today - timedelta(days=days - 1) if days else None,
            today,
            [int(channel)] if channel else None,
            self.waiting_only.isChecked(),
        )

    def reload(self) -> None:
        self.loader.request()

    def open_list(self, what: str) -> None:
        """A Today card: "waiting" (every entry waiting for an answer) or "monitoring"."""
        if what == "monitoring":
            self.tabs.setCurrentWidget(self.monitoring)
            return
        self.tabs.setCurrentIndex(0)
        self.search.clear()
        self.channel_filter.setCurrentIndex(0)
        self.period.setCurrentIndex(self.period.findData(0))  # everything
        self.waiting_only.setChecked(True)

    def _prepare_load(self) -> Callable[[], Loaded]:
        engine = self.context.engine()
        language = self.context.languages.language
        today = self.context.today()
        first, last, channels, waiting = self._filters()
        figures_period = self.figures.period()
        needle = self.search.text()

        def load() -> Loaded:
            now = datetime.now(UTC)
            setup = load_setup(engine, today)
            tz, country = setup.organisation.time_zone, setup.organisation.country
            entries = list_entries(
                engine, tz=tz, first=first, last=last, channel_ids=channels, open_only=waiting
            )
            reasons = reason_labels(engine, language)
            texts = search_texts(entries, reasons)
            figure_rows = list_entries(
                engine, tz=tz, first=figures_period[0], last=figures_period[1]
            )
            return Loaded(
                setup=setup,
                entries=entries,
                reasons=reasons,
                all_reasons={code: reason_labels(engine, code) for code in LANGUAGES},
                blocks=list_blocks(engine),
                grid=checkin_grid(
                    engine,
                    today - timedelta(days=MONITORING_DAYS - 1),
                    today,
                    tz=tz,
                    country=country,
                    settings=setup.settings,
                ),
                status=check_status(
                    engine, now=now, tz=tz, country=country, settings=setup.settings
                ),
                figures=response_figures(figure_rows, now),
                now=now,
                search=texts,
                language=language,
                needle=needle,
                shown=matching(texts, needle),
                waiting=sum(1 for r in entries if r.is_open()),
                overdue=sum(1 for r in entries if r.is_overdue(now)),
            )

        return load

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        tz = loaded.setup.organisation.time_zone
        self._fill_channel_filter(loaded.setup)
        self.model.set_rows(loaded.entries, tz, loaded.reasons, loaded.now, loaded.shown)
        self.texts, self.texts_language = loaded.search, loaded.language
        if loaded.needle != self.search.text():  # typed while it loaded
            self.searcher.request()
        self.table.resizeColumnsToContents()
        for column, widest in ((2, 220), (4, 220), (5, 140), (6, 320)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.form.set_setup(loaded.setup)
        self.blocks.show_blocks(loaded.blocks, loaded.setup)
        self.monitoring.show_data(loaded.grid, loaded.status, tz)
        self.figures.show_figures(loaded.figures)
        self._show_state()

    def _prepare_search(self) -> Callable[[], Searched]:
        rows, reasons = self.model.all_rows, self.model.reasons
        language = self.context.languages.language
        texts = self.texts if self.texts_language == language else None
        needle = self.search.text()

        def search() -> Searched:
            made = texts if texts is not None else search_texts(rows, reasons)
            return Searched(rows, made, language, matching(made, needle))

        return search

    def _searched(self, result: Searched) -> None:
        if result.rows is not self.model.all_rows:  # reloaded meanwhile, with the search
            return
        self.texts, self.texts_language = result.texts, result.language
        self.model.show_only(result.shown)
        self._show_state()

    def _search_failed(self, error: BaseException) -> None:
        show_error(self, self.tr("Search the log"), error)

    def _failed(self, error: BaseException) -> None:
        self.loaded = None
        if isinstance(error, UserError):
            self.state.setText(error.translated(translate))
        else:
            self.state.setText(
                self.tr("The log could not be loaded. The log file has the details.")
            )
        self.state.show()

    def _show_state(self) -> None:
        if self.loaded is None:
            self.state.setText(self.tr("Loading…"))
            self.state.show()
            return
        waiting, overdue = self.loaded.waiting, self.loaded.overdue
        text = self.tr("%n entry(s)", "", len(self.loaded.entries))
        if len(self.model.rows) != len(self.model.all_rows):
            text += " · " + self.tr("%n match(es) the search", "", len(self.model.rows))
        if waiting:
            text += " · " + self.tr("%n waiting for an answer", "", waiting)
        if overdue:
            text += " · " + self.tr("%n past the deadline", "", overdue)
        self.state.setText(text)
        self.state.show()

    def _fill_channel_filter(self, setup: ModerationSetup) -> None:
        current = self.channel_filter.currentData()
        self.channel_filter.blockSignals(True)
        self.channel_filter.clear()
        self.channel_filter.addItem(self.tr("All channels"), None)
        for c in setup.channels:
            self.channel_filter.addItem(*channel_item(c.label, c.platform), c.id)
        self.channel_filter.setCurrentIndex(max(0, self.channel_filter.findData(current)))
        self.channel_filter.blockSignals(False)

    # -- actions ---------------------------------------------------------------------------
    def _entry_saved(self, entry_id: int) -> None:
        status_message(self, arg(self.tr("Entry {entry_id} saved"), entry_id=str(entry_id)), 5000)

    def selected_entry(self) -> EntryRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def open_selected(self) -> None:
        row = self.selected_entry()
        if row is None or self.loaded is None:
            return
        history = load_history(self.context.engine(), row.id)
        dialog = EntryDialog(
            history,
            self.loaded.setup.organisation.time_zone,
            self.loaded.reasons,
            self.context.paths.evidence,
            self,
            keep_until=keep_until(history.entry, self.loaded.setup.settings),
        )
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        if dialog.choice == "correct":
            self.tabs.setCurrentIndex(0)
            self.form.load_correction(history.entry)
        elif dialog.choice == "answer":
            self.tabs.setCurrentIndex(0)
            self.form.load_correction(history.entry)
            self.form.answered_check.setChecked(True)
            self.form.answer.setFocus()
        elif dialog.choice == "block":
            self.tabs.setCurrentIndex(1)
            self.blocks.add_block(
                channel_id=history.entry.channel_id,
                account=history.entry.author_handle,
                entry_id=history.entry.id,
            )

    def verify(self) -> None:
        engine = self.context.engine()
        folder = self.context.paths.evidence
        self.verify_button.setEnabled(False)
        status_message(self, self.tr("Verifying the log…"), 0)

        def done(report: object) -> None:
            self.verify_button.setEnabled(True)
            assert isinstance(report, VerifyReport)
            summary = arg(
                self.tr("{entries} entries and {evidence_files} evidence files checked."),
                entries=str(report.entries),
                evidence_files=str(report.evidence_files),
            )
            status_message(self, summary, 10000)
            if report.ok:
                QMessageBox.information(
                    self,
                    self.tr("The log is intact"),
                    self.tr("Nothing has been changed.") + " " + summary,
                )
            else:
                problems = "\n".join(p.translated(translate) for p in report.problems[:10])
                QMessageBox.critical(
                    self, self.tr("The log has been tampered with"), summary + "\n\n" + problems
                )

        def failed(error: BaseException) -> None:
            self.verify_button.setEnabled(True)
            show_error(self, self.tr("Verify the log"), error)

        run_in_background(lambda: verify_log(engine, folder), done, failed, owner=self)

    def export(self) -> None:
        if self.loaded is None:
            return
        dialog = ExportDialog(self.context.today(), self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        first, last = dialog.period()
        fmt = dialog.format.currentData()
        org = self.loaded.setup.organisation
        name, _ = save_file_name(
            self,
            dialog.windowTitle(),
            arg(
                self.tr("moderation-log-{first}-{last}"),
                first=first.isoformat(),
                last=last.isoformat(),
            )
            + f".{fmt}",
            self.tr("PDF/A (*.pdf)") if fmt == "pdf" else self.tr("CSV for Excel (*.csv)"),
        )
        if not name:
            return
        engine, reasons = self.context.engine(), self.loaded.reasons
        writing = writing_for(self.context.languages.language, org.country)

        def make() -> bytes:
            # A month of a large municipality is thousands of entries and seconds of layout.
            rows = list(reversed(list_entries(engine, tz=org.time_zone, first=first, last=last)))
            if fmt != "pdf":
                return entries_csv(rows, org.time_zone, translate, reasons)

            return render_log_pdf(
                rows,
                first=first,
                last=last,
                organisation=org.name,
                tz=org.time_zone,
                reasons=reasons,
                writing=writing,
            )

        try:
            data = wait_in_background(self, self.tr("Exporting the moderation log…"), make)
        except Cancelled:
            return
        except Exception as error:
            show_error(self, dialog.windowTitle(), error)
            return
        if save_file(self, Path(name), data, personal=True):
            status_message(self, arg(self.tr("Saved {name}"), name=name), 5000)

    def open_settings(self) -> None:
        if self.loaded is None:
            return
        engine, actor_id = self.context.engine(), self.context.actor_id()
        ModerationSettingsDialog(
            self.loaded.setup,
            self,
            events=self.context.events,
            save=lambda settings, reasons: save_setup(engine, settings, reasons, actor_id=actor_id),
        ).exec()
