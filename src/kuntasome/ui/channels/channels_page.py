"""The Channels section: the register, people and access, requests and reviews."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kuntasome.core.changes import Change
from kuntasome.core.channels.register_view import load_register
from kuntasome.core.channels.requests import list_requests, reviews_due
from kuntasome.core.errors import UserError
from kuntasome.core.people import list_people, list_units

from kuntasome.ui.channels.import_dialog import ImportDialog
from kuntasome.ui.channels.new_channel_dialog import NewChannelDialog
from kuntasome.ui.channels.people_tab import PeopleTab
from kuntasome.ui.channels.public_list_dialog import PublicListDialog
from kuntasome.ui.channels.register_tab import RegisterTab
from kuntasome.ui.channels.requests_tab import RequestsTab
from kuntasome.ui.events import Changes
from kuntasome.ui.operations import Loader
from kuntasome.ui.sections import SECTIONS, PageHeader
from kuntasome.ui.tasks import run_in_background
from kuntasome.ui.widgets import Retranslating, translate

if TYPE_CHECKING:
    from kuntasome.core.channels.register_view import RegisterRow
    from kuntasome.core.channels.requests import RequestRow, ReviewDue
    from kuntasome.core.people import PersonDetails, UnitRow

    from kuntasome.ui.context import AppContext

CHANNELS = next(s for s in SECTIONS if s.key == "channels")


@dataclass(frozen=True)
class RegisterData:
    rows: list[RegisterRow]
    units: list[UnitRow]
    people: list[PersonDetails]
    requests: list[RequestRow]
    reviews_due: list[ReviewDue]


def load_register_data(context: AppContext) -> RegisterData:
    """Runs off the GUI thread: everything the section's three tabs show."""

    engine = context.engine()
    today = context.today()
    return RegisterData(
        rows=load_register(engine, today),
        units=list_units(engine),
        people=list_people(engine),
        requests=list_requests(engine),
        reviews_due=reviews_due(engine, today),
    )


class ChannelsPage(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.header = PageHeader(CHANNELS)
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.register = RegisterTab(context)
        self.register.new_button.clicked.connect(self.add_channel)
        self.register.import_button.clicked.connect(self.import_spreadsheet)
        self.register.public_button.clicked.connect(self.export_public_list)
        self.people = PeopleTab(context)
        self.requests = RequestsTab(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.register, "")
        self.tabs.addTab(self.people, "")
        self.tabs.addTab(self.requests, "")
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(self.header)
        layout.addWidget(self.state)
        layout.addWidget(self.tabs, 1)
        self.loader = Loader(self, self._prepare_load, self._loaded, self._failed)
        context.events.changed.connect(self._data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Register"))
        self.tabs.setTabText(1, self.tr("People"))
        self.tabs.setTabText(2, self.tr("Requests and reviews"))

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self.loader.has_loaded and not self.loader.running:
            self.reload()

    #: What the register's three tabs show.
    SHOWN = (
        Change.CHANNELS
        | Change.PEOPLE
        | Change.ACCESS
        | Change.SECRETS
        | Change.REQUESTS
        | Change.ORGANISATION
    )

    def _data_changed(self, changes: Changes) -> None:
        if changes.concern(self.SHOWN, self) and (self.loader.has_loaded or self.loader.running):
            self.reload()

    @property
    def loaded(self) -> bool:
        return self.loader.has_loaded

    def reload(self) -> None:
        if not self.loader.has_loaded and not self.loader.running:
            self.state.setText(self.tr("Loading the register…"))
            # Finding the keyring backend takes a moment: do it once, off the GUI thread.
            run_in_background(
                self.context.secret_store, lambda _s: None, lambda _e: None, owner=self
            )
        self.loader.request()

    def _prepare_load(self) -> Callable[[], RegisterData]:
        context = self.context
        return lambda: load_register_data(context)

    def _loaded(self, data: RegisterData) -> None:
        self.state.clear()
        self.state.hide()
        self.register.show_rows(data.rows, data.units, data.people)
        self.people.show_people(data.people, data.units)
        self.requests.show_data(data.requests, data.reviews_due)

    def _failed(self, error: BaseException) -> None:
        self.state.show()
        if isinstance(error, UserError):
            self.state.setText(error.translated(translate))
        else:
            self.state.setText(
                self.tr("The register could not be loaded. The log has the details.")
            )

    # -- actions -------------------------------------------------------------------------
    def open_list(self, what: str) -> None:
        """From Today: "reviews" (channels whose review is due), "people", "new", "import"."""
        if what == "people":
            self.tabs.setCurrentWidget(self.people)
            return
        self.tabs.setCurrentWidget(self.register)
        if what == "reviews":
            self.register.review_due.setChecked(True)
        elif what == "new":
            self.add_channel()
        elif what == "import":
            self.import_spreadsheet()

    def add_channel(self) -> None:
        self.register.editor.maybe_keep_changes(self._new_channel)

    def _new_channel(self) -> None:
        dialog = NewChannelDialog(self.context, self)
        if dialog.exec():
            self.register.pending_select = dialog.channel_id

    def import_spreadsheet(self) -> None:
        ImportDialog(self.context, self).exec()

    def export_public_list(self) -> None:
        PublicListDialog(self.context, self).exec()
