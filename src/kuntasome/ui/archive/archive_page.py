"""The Archive section: make a period's snapshot for the public-records archive, check the
snapshots made, and set the records plan's codes and retention periods."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.archive.disposal import (
    DisposalGroup,
    DisposalLogRow,
    DisposalResult,
    disposal_log,
    dispose,
    plan_disposal,
)
from kuntasome.core.archive.eark import is_package, verify_package_any
from kuntasome.core.archive.holds import HoldRow, lift_hold, list_holds, place_hold
from kuntasome.core.archive.records_plan import PlanEntry, load_plan, save_plan_entry
from kuntasome.core.archive.snapshot import (
    FORMATS,
    LANGUAGES,
    LAYOUTS,
    SnapshotRequest,
    SnapshotResult,
    SnapshotRow,
    bag_name,
    list_snapshots,
    make_snapshot,
    period_report,
    snapshot_due,
)
from kuntasome.core.archive.verify import BagReport, verify_bag
from kuntasome.core.cancel import Cancellation
from kuntasome.core.changes import Change
from kuntasome.core.channels.register import ChannelRow, list_channels
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.organisation import OrganisationSettings, load_organisation
from kuntasome.core.people import list_people
from kuntasome.core.reports.periods import Period

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.archive.disposal_tab import DisposalTab, HoldsTab
from kuntasome.ui.archive.plan_tab import PlanTab
from kuntasome.ui.events import Changes
from kuntasome.ui.file_dialogs import save_file_name
from kuntasome.ui.formatting import format_datetime
from kuntasome.ui.operations import Loader, run_operation
from kuntasome.ui.records import RecordTable
from kuntasome.ui.reports.reports_page import recent_periods
from kuntasome.ui.sections import PageHeader, section
from kuntasome.ui.service_icons import channel_item
from kuntasome.ui.tasks import Cancelled, wait_with_progress
from kuntasome.ui.translations import LANGUAGE_NAMES
from kuntasome.ui.widgets import Retranslating, show_error, status_message

from kuntasome.documents.language import Writing, writing_for
from kuntasome.documents.period_names import period_name
from kuntasome.documents.report_pdf import render_report_pdf

if TYPE_CHECKING:
    from kuntasome.core.db import Engine

    from kuntasome.ui.context import AppContext

KINDS = ("half", "year", "quarter", "month")


@dataclass(frozen=True)
class Loaded:
    organisation: OrganisationSettings
    runs: list[SnapshotRow]
    plan: list[PlanEntry]
    channels: list[ChannelRow]
    due: Period | None
    disposal: list[DisposalGroup]
    disposals: list[DisposalLogRow]
    holds: list[HoldRow]
    approver: str  # the person this user is, who approves a disposal


def _load(engine: Engine, today: date, actor_id: int | None) -> Loaded:
    people = {p.id: p.name for p in list_people(engine)}
    return Loaded(
        load_organisation(engine),
        list_snapshots(engine),
        load_plan(engine),
        list_channels(engine),
        snapshot_due(engine, today),
        plan_disposal(engine, today),
        disposal_log(engine),
        list_holds(engine),
        people.get(actor_id, "") if actor_id else "",
    )


def verify_snapshot(path: Path, progress: Callable[[int, int], None]) -> BagReport:
    """A bag or an E-ARK package, checked the way its format says."""
    if is_package(path):
        return BagReport(files=verify_package_any(path), algorithms=("sha256",))
    return verify_bag(path, progress=progress)


class ArchivePage(Retranslating, QWidget):
    SHOWN = Change.ARCHIVE | Change.ORGANISATION | Change.CHANNELS | Change.PEOPLE | Change.SETTINGS

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.loaded: Loaded | None = None
        self.periods: dict[str, Period] = {}
        self.header = PageHeader(section("archive"))
        self.due = QLabel()
        self.due.setObjectName("warningNotice")
        self.due.setWordWrap(True)
        self.due.hide()
        # -- a new snapshot
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem("", key)
        self.kind.currentIndexChanged.connect(self._fill_periods)
        self.which = QComboBox()
        self.which.currentIndexChanged.connect(self._show_span)
        self.span = QLabel()
        self.span.setObjectName("hint")
        self.channel = QComboBox()
        self.format_choice = QComboBox()
        for key in FORMATS:
            self.format_choice.addItem("", key)
        self.layout_choice = QComboBox()
        for key in LAYOUTS:
            self.layout_choice.addItem("", key)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(context.languages.language))
        self.make_button = QPushButton()
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.labels = {
            key: QLabel() for key in ("kind", "which", "channel", "format", "layout", "language")
        }
        form = QFormLayout()
        for key, widget in (
            ("kind", self.kind),
            ("which", self.which),
            ("channel", self.channel),
            ("format", self.format_choice),
            ("layout", self.layout_choice),
            ("language", self.language),
        ):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        form.addRow("", self.span)
        form.addRow("", self.make_button)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setObjectName("hint")
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.about)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(480)

        # -- the snapshots made
        self.runs = RecordTable(5, fit_contents=True)
        accessible_name(self.runs, QT_TRANSLATE_NOOP("AccessibleNames", "Archive snapshots"))
        self.runs.itemSelectionChanged.connect(self._update_buttons)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify_selected)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        runs_bar = QHBoxLayout()
        runs_bar.addWidget(self.verify_button)
        runs_bar.addWidget(self.open_button)
        runs_bar.addStretch(1)
        self.runs_title = QLabel()
        self.runs_title.setObjectName("fieldTitle")
        runs_column = QVBoxLayout()
        runs_column.addWidget(self.runs_title)
        runs_column.addLayout(runs_bar)
        runs_column.addWidget(self.runs, 1)
        # The first tab: a new snapshot on the left, the snapshots made on the right; the
        # tabs span the page, so four of them fit a laptop screen.
        runs_tab = QWidget()
        runs_layout = QHBoxLayout(runs_tab)
        runs_layout.addWidget(left_box)
        runs_layout.addLayout(runs_column, 1)

        self.plan_tab = PlanTab()
        self.plan_tab.save_button.clicked.connect(self.save_plan)
        self.disposal = DisposalTab()
        self.disposal.dispose_requested.connect(self.dispose)
        self.holds = HoldsTab()
        self.holds.place_requested.connect(self.place_hold)
        self.holds.lift_requested.connect(self.lift_hold)
        self.tabs = QTabWidget()
        self.tabs.addTab(runs_tab, "")
        self.tabs.addTab(self.plan_tab, "")
        self.tabs.addTab(self.disposal, "")
        self.tabs.addTab(self.holds, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(self.header)
        layout.addWidget(self.due)
        layout.addWidget(self.tabs, 1)
        self.loader: Loader[Loaded] = Loader(self, self._prepare, self._loaded, self._failed)
        context.events.changed.connect(self._data_changed)
        self.retranslate()
        self.loader.request()

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for i, text in enumerate(
            (self.tr("Half-year"), self.tr("Year"), self.tr("Quarter"), self.tr("Month"))
        ):
            self.kind.setItemText(i, text)
        for i, text in enumerate(
            (self.tr("A folder"), self.tr("A zip file"), self.tr("A tar file"))
        ):
            self.layout_choice.setItemText(i, text)
        self.format_choice.setItemText(0, self.tr("BagIt bag (RFC 8493)"))
        self.format_choice.setItemText(1, self.tr("E-ARK SIP 2.1 (FGS Paketstruktur 2.0)"))
        for key, text in (
            ("format", self.tr("F&ormat")),
            ("kind", self.tr("P&eriod length")),
            ("which", self.tr("&Period")),
            ("channel", self.tr("&Channels")),
            ("layout", self.tr("&Save as")),
            ("language", self.tr("&Language of the README")),
        ):
            self.labels[key].setText(text)
        self.make_button.setText(self.tr("&Make snapshot…"))
        self.about.setText(
            self.tr(
                "A snapshot is a BagIt bag (RFC 8493) of the period's records: the channel"
                " register and its history, posts, the moderation log with its evidence, blocks,"
                " check-ins, statistics, the management report and the audit log, with a README"
                " that explains every file. Any BagIt tool can check it. Public-records practice"
                " asks for one every half-year, and a final one when a channel is closed."
            )
        )
        self.verify_button.setText(self.tr("Check &the chosen one"))
        self.open_button.setText(self.tr("Show in folder"))
        self.runs.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Period"),
                self.tr("By"),
                self.tr("Channels"),
                self.tr("Where"),
            ]
        )
        self.tabs.setTabText(0, self.tr("Snapshots"))
        self.runs_title.setText(self.tr("Snapshots made"))
        self.tabs.setTabText(1, self.tr("Records plan"))
        self.tabs.setTabText(2, self.tr("Disposal"))
        self.tabs.setTabText(3, self.tr("Legal holds"))
        self._fill()

    def _writing(self) -> Writing:
        country = self.loaded.organisation.country if self.loaded else "FI"
        return writing_for(self.context.languages.language, country)

    def _fill_periods(self) -> None:
        kind = self.kind.currentData()
        chosen = self.which.currentData()
        writing = self._writing()
        self.which.blockSignals(True)
        self.which.clear()
        for period in recent_periods(kind, self.context.today()):
            self.periods[period.code] = period
            self.which.addItem(period_name(period, writing, dates=False), period.code)
        index = self.which.findData(chosen) if chosen is not None else -1
        self.which.setCurrentIndex(index if index >= 0 else 1)  # the latest complete one
        self.which.blockSignals(False)
        self._show_span()

    def _show_span(self) -> None:
        period = self.periods.get(self.which.currentData())
        self.span.setText(self._writing().period(period.first, period.last) if period else "")

    def _fill(self) -> None:
        self._fill_periods()
        loaded = self.loaded
        if loaded is None:
            return
        chosen = self.channel.currentData()
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItem(self.tr("The whole register"), None)
        for c in loaded.channels:
            self.channel.addItem(*channel_item(c.display_name or c.handle, c.platform), c.id)
        self.channel.setCurrentIndex(max(0, self.channel.findData(chosen)))
        self.channel.blockSignals(False)
        tz = loaded.organisation.time_zone
        writing = self._writing()
        names = {c.id: c.display_name or c.handle for c in loaded.channels}
        self.runs.show_rows(
            [
                [
                    format_datetime(r.created_at, tz),
                    period_name(r.period, writing),
                    r.author or "–",
                    names.get(r.channel_id, "–") if r.channel_id else self.tr("All"),
                    r.path,
                ]
                for r in loaded.runs
            ]
        )
        self._update_buttons()
        if loaded.due is not None:
            self.due.setText(
                arg(
                    self.tr("The snapshot of {period} is due: make it here."),
                    period=period_name(loaded.due, writing, dates=False),
                )
            )
        self.due.setVisible(loaded.due is not None)
        self.plan_tab.show_plan(loaded.plan)
        self.disposal.show_state(loaded.disposal, loaded.disposals, loaded.approver, tz)
        self.holds.show_state(loaded.holds, loaded.channels, tz)

    # -- loading -----------------------------------------------------------------------------
    def _data_changed(self, changes: Changes) -> None:
        if changes.concern(self.SHOWN, self):
            self.loader.request()

    def _prepare(self) -> Callable[[], Loaded]:
        engine, today, actor = self.context.engine(), self.context.today(), self.context.actor_id()
        return lambda: _load(engine, today, actor)

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._fill()

    def _failed(self, error: BaseException) -> None:
        show_error(self, self.tr("Archive"), error)

    # -- actions -----------------------------------------------------------------------------
    def request(self) -> SnapshotRequest | None:
        period = self.periods.get(self.which.currentData())
        if period is None:
            return None
        return SnapshotRequest(
            period,
            self.language.currentData(),
            self.layout_choice.currentData(),
            self.format_choice.currentData(),
            self.channel.currentData(),
        )

    def make(self) -> None:
        request = self.request()
        if request is None or self.loaded is None:
            return
        name = bag_name(self.loaded.organisation.name, request.period)
        suggested = str(
            Path.home() / (name + ("" if request.layout == "dir" else f".{request.layout}"))
        )
        if request.layout == "dir":
            path, _ = save_file_name(self, self.tr("New folder for the snapshot"), suggested, "")
        else:
            path, _ = save_file_name(
                self,
                self.tr("Save the snapshot as"),
                suggested,
                self.tr("Zip files (*.zip)")
                if request.layout == "zip"
                else self.tr("Tar files (*.tar)"),
            )
        if path:
            self.make_to(Path(path), request)

    def make_to(self, out: Path, request: SnapshotRequest) -> SnapshotResult | None:
        engine, paths, actor = self.context.engine(), self.context.paths, self.context.actor_id()
        writing = writing_for(request.language)
        cancel = Cancellation()

        try:
            result: SnapshotResult = wait_with_progress(
                self,
                self.tr("Making the snapshot…"),
                lambda progress: make_snapshot(
                    engine,
                    paths,
                    request,
                    out,
                    translate=writing.translate,
                    render_report=period_report(engine, render_report_pdf),
                    actor_id=actor,
                    progress=progress,
                    cancel=cancel,
                ),
                cancel=cancel,
            )
        except Cancelled:
            status_message(self, self.tr("Snapshot cancelled: nothing was written."), 8000)
            return None
        except Exception as exc:
            show_error(self, self.tr("The snapshot was not made"), exc)
            return None
        self.context.events.announce(Change.ARCHIVE, self)
        self.loader.request()
        status_message(
            self,
            arg(
                self.tr("Snapshot made: %n file(s) in {path}.", "", result.files),
                path=str(result.path),
            ),
            15_000,
        )
        return result

    def _selected(self) -> SnapshotRow | None:
        row = self.runs.currentRow()
        if self.loaded is None or not 0 <= row < len(self.loaded.runs):
            return None
        return self.loaded.runs[row]

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.verify_button.setEnabled(chosen is not None)
        self.open_button.setEnabled(chosen is not None)

    def verify_selected(self) -> BagReport | None:
        chosen = self._selected()
        if chosen is None:
            return None
        path = Path(chosen.path)
        try:
            report: BagReport = wait_with_progress(
                self,
                self.tr("Checking every file of the snapshot…"),
                lambda progress: verify_snapshot(path, progress),
            )
        except Cancelled:
            return None
        except Exception as exc:
            show_error(self, self.tr("The snapshot is not intact"), exc)
            return None
        QMessageBox.information(
            self,
            self.tr("Archive"),
            arg(
                self.tr(
                    "The snapshot is intact: %n file(s), every checksum ({algorithms}) matches.",
                    "",
                    report.files,
                ),
                algorithms=", ".join(report.algorithms),
            ),
        )
        return report

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            where = Path(chosen.path)
            QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(where if where.is_dir() else where.parent))
            )

    def dispose(self, decision: str) -> None:
        engine, paths = self.context.engine(), self.context.paths
        actor, today = self.context.actor_id(), self.context.today()

        def done(result: DisposalResult) -> None:
            disposed = sum(g.count for g in result.groups)
            status_message(
                self,
                arg(self.tr("Disposed of %n record(s); see the disposal log.", "", disposed)),
                10_000,
            )
            if result.files_left:
                QMessageBox.warning(
                    self,
                    self.tr("Disposal"),
                    arg(
                        self.tr(
                            "These evidence files could not be deleted; delete them by hand:"
                            "\n{files}"
                        ),
                        files="\n".join(result.files_left),
                    ),
                )
            self.disposal.decision.clear()
            self.loader.request()  # the view made the change: it reloads itself

        run_operation(
            self,
            self.context.events,
            lambda: dispose(
                engine, paths.evidence, decision=decision, approved_by_id=actor, today=today
            ),
            changes=Change.ARCHIVE | Change.MODERATION | Change.STATISTICS | Change.CALENDAR,
            title=self.tr("Nothing was disposed of"),
            done=done,
        )

    def place_hold(self, kind: str, value: object, reason: str) -> None:
        engine, actor = self.context.engine(), self.context.actor_id()
        target = {
            "channel_id": value if kind == "channel" else None,
            "account": value if kind == "account" else "",
            "entry_id": value if kind == "entry" else None,
        }

        def done(_hold: int) -> None:
            self.holds.reason.clear()
            self.loader.request()
            status_message(self, self.tr("Hold placed."), 6000)

        run_operation(
            self,
            self.context.events,
            lambda: place_hold(engine, reason=reason, actor_id=actor, **target),  # type: ignore[arg-type]
            changes=Change.ARCHIVE,
            title=self.tr("The hold was not placed"),
            done=done,
        )

    def lift_hold(self, hold_id: int, reason: str) -> None:
        engine, actor = self.context.engine(), self.context.actor_id()
        run_operation(
            self,
            self.context.events,
            lambda: lift_hold(engine, hold_id, reason=reason, actor_id=actor),
            changes=Change.ARCHIVE,
            title=self.tr("The hold was not lifted"),
            done=lambda _r: self._reload_saying(self.tr("Hold lifted.")),
        )

    def _reload_saying(self, text: str) -> None:
        self.loader.request()
        status_message(self, text, 6000)

    def save_plan(self) -> None:
        if self.loaded is None:
            return
        before = {p.key: (p.code, p.retention_years) for p in self.loaded.plan}
        changed = [e for e in self.plan_tab.edits() if before.get(e[0]) != (e[1], e[2])]
        if not changed:
            return
        engine, actor = self.context.engine(), self.context.actor_id()

        def work() -> None:
            for key, code, years in changed:
                save_plan_entry(engine, key, code=code, retention_years=years, actor_id=actor)

        run_operation(
            self,
            self.context.events,
            work,
            changes=Change.ARCHIVE,
            title=self.tr("The records plan was not saved"),
            done=lambda _r: self._reload_saying(self.tr("Records plan saved.")),
        )
