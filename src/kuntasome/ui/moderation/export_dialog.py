"""Export the log of a period as CSV (spreadsheets) or PDF/A (the archive)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from kuntasome.ui.widgets import Retranslating, date_edit, from_qdate


class ExportDialog(Retranslating, QDialog):
    def __init__(self, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.first = date_edit(today - timedelta(days=30))
        self.last = date_edit(today)
        self.format = QComboBox()
        self.format.addItem("", "pdf")
        self.format.addItem("", "csv")
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, field in zip(self.labels, (self.first, self.last, self.format), strict=True):
            form.addRow(label, field)
            label.setBuddy(field)
        form.addRow(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the moderation log"))
        self.labels[0].setText(self.tr("F&rom"))
        self.labels[1].setText(self.tr("&To"))
        self.labels[2].setText(self.tr("F&ormat"))
        self.format.setItemText(0, self.tr("PDF/A for the archive"))
        self.format.setItemText(1, self.tr("CSV for Excel"))

    def period(self) -> tuple[date, date]:
        first = from_qdate(self.first.date()) or date.today()
        return first, max(first, from_qdate(self.last.date()) or first)
