"""Which channel each account in an export file belongs to (asked once; remembered)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from kuntasome.core.messages import arg
from kuntasome.core.statistics.importers.parsed import KIND_LABELS
from kuntasome.core.statistics.series import StatsChannel
from kuntasome.core.statistics.store import META, ImportPlan

from kuntasome.ui.service_icons import channel_item
from kuntasome.ui.widgets import Retranslating, translate


class AccountDialog(Retranslating, QDialog):
    def __init__(
        self, plan: ImportPlan, channels: list[StatsChannel], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        platform = plan.parsed.platform
        allowed = (
            [c for c in channels if c.platform == platform]
            if platform
            else [c for c in channels if c.platform in META or plan.parsed.kind == "mapped"]
        ) or channels
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        form.addRow(self.intro)
        for key in plan.unlinked():
            combo = QComboBox()
            for channel in allowed:
                combo.addItem(*channel_item(channel.label, channel.platform), channel.id)
            self.combos[key] = combo
            name = plan.parsed.accounts.get(key) or key
            form.addRow(QLabel(name or self.tr("This file")), combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose the channel"))
        kind = translate("StatsKind", KIND_LABELS.get(self.plan.parsed.kind, ""))
        self.intro.setText(
            arg(
                self.tr(
                    "{name} is a {kind} file. Choose the channel its figures "
                    "belong to; accounts are remembered for the next import."
                ),
                name=self.plan.path.name,
                kind=kind,
            )
        )

    def chosen(self) -> dict[str, int]:
        return {key: int(combo.currentData()) for key, combo in self.combos.items()}
