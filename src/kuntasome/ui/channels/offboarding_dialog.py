"""The offboarding checklist: every access a leaving person holds, ticked off as it is removed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.channels.access import Offboarding, offboarding, offboarding_csv, revoke_access
from kuntasome.core.messages import arg
from kuntasome.core.platforms import PLATFORMS

from kuntasome.ui.channels.access_panel import role_label
from kuntasome.ui.file_dialogs import save_file_name
from kuntasome.ui.formatting import format_date
from kuntasome.ui.operations import run_operation
from kuntasome.ui.tasks import run_in_background
from kuntasome.ui.widgets import Retranslating, save_file, show_error, translate

from kuntasome.documents.language import writing_for
from kuntasome.documents.offboarding_pdf import render_offboarding_pdf

if TYPE_CHECKING:
    from kuntasome.ui.context import AppContext


class OffboardingDialog(Retranslating, QDialog):
    def __init__(self, context: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id = person_id
        self.checklist: Offboarding = offboarding(context.engine(), person_id)
        self.heading = QLabel()
        self.heading.setObjectName("editorTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.items = QListWidget()
        self.items.itemChanged.connect(self._ticked)
        self.manager_title = QLabel()
        self.manager_title.setObjectName("sectionTitle")
        self.manager_list = QListWidget()
        self.manager_list.setMaximumHeight(90)
        self.progress = QLabel()
        self.progress.setObjectName("hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.manager_title)
        layout.addWidget(self.manager_list)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Offboarding checklist"))
        c = self.checklist
        left = (
            arg(self.tr(" – leaves on {left_on}"), left_on=format_date(c.left_on))
            if c.left_on
            else ""
        )
        self.heading.setText(c.name + left)
        self.intro.setText(
            self.tr(
                "Remove each access on the platform, then tick it here: the date goes to the"
                " register and the audit log. Ticked items cannot be unticked."
            )
        )
        self.manager_title.setText(self.tr("Responsible manager of – choose a new one"))
        self.export_button.setText(self.tr("Export…"))
        self._fill()

    def _fill(self) -> None:
        c = self.checklist
        self.items.blockSignals(True)
        self.items.clear()
        for item in c.items:
            name = PLATFORMS[item.platform].name if item.platform in PLATFORMS else item.platform
            row = QListWidgetItem(f"{name} {item.handle} — {role_label(item.role)}")
            row.setData(Qt.ItemDataRole.UserRole, item.grant_id)
            flags = Qt.ItemFlag.ItemIsEnabled
            if not item.done:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            row.setFlags(flags)
            row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            self.items.addItem(row)
        self.items.blockSignals(False)
        self.manager_list.clear()
        self.manager_list.addItems(c.manager_of)
        self.manager_title.setVisible(bool(c.manager_of))
        self.manager_list.setVisible(bool(c.manager_of))
        done = sum(1 for i in c.items if i.done)
        self.progress.setText(
            arg(self.tr("{done} of {items} removed"), done=str(done), items=str(len(c.items)))
            if c.items
            else self.tr("This person has no access to any channel.")
        )

    def _ticked(self, row: QListWidgetItem) -> None:
        if row.checkState() != Qt.CheckState.Checked:
            return
        engine, actor_id, today = (
            self.context.engine(),
            self.context.actor_id(),
            self.context.today(),
        )
        grant_id, person_id = row.data(Qt.ItemDataRole.UserRole), self.person_id

        def revoke() -> Offboarding:
            revoke_access(engine, grant_id, on=today, actor_id=actor_id)
            return offboarding(engine, person_id)

        run_operation(
            self,
            self.context.events,
            revoke,
            changes=Change.ACCESS,
            title=self.windowTitle(),
            done=self._show_checklist,
            failed=lambda _error: self._fill(),  # the tick is taken back
        )

    def _show_checklist(self, checklist: Offboarding) -> None:
        self.checklist = checklist
        self._fill()

    def export(self) -> None:
        suggested = str(Path.home() / f"offboarding-{self.checklist.name}.pdf")
        path, _ = save_file_name(
            self,
            self.export_button.text(),
            suggested,
            self.tr("PDF/A to print (*.pdf);;CSV for Excel (*.csv)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """The checklist as a PDF to print (or CSV, by the file's suffix), made off the GUI
        thread: typesetting takes longer than a frame."""
        checklist = self.checklist
        if path.suffix.lower() == ".csv":
            save_file(self, path, offboarding_csv(checklist, translate=translate), personal=True)
            return
        writing = writing_for(self.context.languages.language, self.context.languages.country)
        self.export_button.setEnabled(False)

        def done(data: bytes) -> None:
            self.export_button.setEnabled(True)
            save_file(self, path, data, personal=True)

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_error(self, self.windowTitle(), error)

        run_in_background(
            lambda: render_offboarding_pdf(checklist, writing), done, failed, owner=self
        )
