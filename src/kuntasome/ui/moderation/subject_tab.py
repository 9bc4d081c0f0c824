"""A data subject's request: everything the log holds about one account, and its export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.moderation.blocks import list_blocks
from kuntasome.core.moderation.export import entries_csv, subject_json
from kuntasome.core.moderation.log import ACTION_LABELS, list_entries
from kuntasome.core.moderation.removal_reasons import reason_labels
from kuntasome.core.organisation import load_organisation

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.file_dialogs import save_file_name
from kuntasome.ui.formatting import format_datetime
from kuntasome.ui.records import RecordTable
from kuntasome.ui.tasks import Cancelled, wait_in_background
from kuntasome.ui.widgets import Retranslating, save_file, show_error, status_message, translate

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from kuntasome.core.moderation.blocks import BlockRow
    from kuntasome.core.moderation.log import EntryRow

    from kuntasome.ui.context import AppContext


class SubjectTab(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account = QLineEdit()
        self.account.returnPressed.connect(self.search)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = RecordTable(5, fit_contents=True)
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Data subject requests"))
        self.entries: list[EntryRow] = []
        self.blocks: list[BlockRow] = []
        self.searched = ""
        bar = QHBoxLayout()
        bar.addWidget(self.account, 1)
        bar.addWidget(self.search_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Author names and comment texts are personal data. For a request under the"
                " GDPR, find everything about one account (every version of every entry, and"
                " blocks) and export it."
            )
        )
        self.account.setPlaceholderText(self.tr("Account name, exactly as in the log"))
        self.account.setAccessibleName(self.tr("Account"))
        self.search_button.setText(self.tr("Find"))
        self.export_button.setText(self.tr("Export…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Seen"),
                self.tr("Channel"),
                self.tr("Action"),
                self.tr("Comment"),
            ]
        )
        self._show_result()

    def search(self) -> None:
        account = self.account.text().strip()
        if not account:
            return
        engine = self.context.engine()

        def find() -> tuple[ZoneInfo, list[EntryRow], list[BlockRow]]:
            # A name compared without case cannot use an index: the whole log is read.
            tz = load_organisation(engine).time_zone
            entries = list_entries(engine, tz=tz, include_superseded=True, account=account)
            return tz, entries, list_blocks(engine, account=account)

        try:
            tz, self.entries, self.blocks = wait_in_background(
                self, self.tr("Searching the log…"), find
            )
        except Cancelled:
            return
        except Exception as error:
            show_error(self, self.tr("Search failed"), error)
            return
        self.searched = account
        self.tz = tz
        self._show_result()

    def _show_result(self) -> None:
        if not self.searched:
            self.result.clear()
            self.table.show_rows([])
            return
        self.result.setText(
            arg(
                self.tr("{searched}: {entries} entries, {blocks} blocks."),
                searched=self.searched,
                entries=str(len(self.entries)),
                blocks=str(len(self.blocks)),
            )
        )
        self.export_button.setEnabled(bool(self.entries or self.blocks))
        self.table.show_rows(
            [
                (
                    str(row.id),
                    format_datetime(row.seen_at, self.tz),
                    row.channel_name,
                    translate("Moderation", ACTION_LABELS.get(row.action, row.action)),
                    row.comment_text.replace("\n", " ")[:120],
                )
                for row in self.entries
            ]
        )

    def export(self) -> None:
        json_filter = self.tr("JSON, complete (*.json)")
        csv_filter = self.tr("CSV for Excel, entries (*.csv)")
        safe = "".join(ch if ch.isalnum() else "_" for ch in self.searched)[:40]
        name, chosen = save_file_name(
            self,
            arg(self.tr("Export everything about {searched}"), searched=self.searched),
            f"{safe}.json",
            f"{json_filter};;{csv_filter}",
        )
        if not name:
            return
        if chosen == csv_filter or name.lower().endswith(".csv"):
            reasons = reason_labels(self.context.engine(), self.context.languages.language)
            data = entries_csv(self.entries, self.tz, translate, reasons)
        else:
            data = subject_json(self.searched, self.entries, self.blocks)
        if save_file(self, Path(name), data, personal=True):
            status_message(self, arg(self.tr("Saved {name}"), name=name), 5000)
