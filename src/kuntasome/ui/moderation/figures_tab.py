"""Response-time figures per channel for a period."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kuntasome.core.i18n import QT_TRANSLATE_NOOP

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.formatting import format_number
from kuntasome.ui.records import Cell, RecordTable
from kuntasome.ui.widgets import Retranslating, date_edit, from_qdate

if TYPE_CHECKING:
    from kuntasome.core.moderation.response_times import ResponseFigures


class FiguresTab(Retranslating, QWidget):
    period_changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = date_edit(today.replace(day=1))  # this month so far
        self.last = date_edit(today)
        accessible_name(self.first, QT_TRANSLATE_NOOP("AccessibleNames", "First day of the period"))
        accessible_name(self.last, QT_TRANSLATE_NOOP("AccessibleNames", "Last day of the period"))
        self.first.dateChanged.connect(self.period_changed)
        self.last.dateChanged.connect(self.period_changed)
        self.figures: list[ResponseFigures] = []
        self.table = RecordTable(9, fit_contents=True)
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Response times"))
        self.labels = [QLabel(), QLabel()]
        self.note = QLabel()
        self.note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.labels[0])
        bar.addWidget(self.first)
        bar.addWidget(self.labels[1])
        bar.addWidget(self.last)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def period(self) -> tuple[date, date]:
        first = from_qdate(self.first.date()) or date.today()
        last = from_qdate(self.last.date()) or first
        return first, max(first, last)

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("From"))
        self.labels[1].setText(self.tr("to"))
        self.note.setText(
            self.tr(
                "Comments that promise an answer (answered, acknowledged, forwarded): how many"
                " were answered by the deadline, and the median time from the comment to the"
                " answer."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Channel"),
                self.tr("Handled"),
                self.tr("Need an answer"),
                self.tr("Answered"),
                self.tr("On time"),
                self.tr("Late"),
                self.tr("Waiting"),
                self.tr("Overdue"),
                self.tr("Median (hours)"),
            ]
        )
        self._fill()

    def show_figures(self, figures: list[ResponseFigures]) -> None:
        self.figures = figures
        self._fill()

    def _fill(self) -> None:
        rows: list[list[Cell]] = []
        for f in self.figures:
            share = f.on_time_share
            values = (
                f.channel_name if f.channel_id is not None else self.tr("All channels"),
                format_number(f.handled),
                format_number(f.needing_answer),
                format_number(f.answered),
                f"{format_number(f.on_time)} ({format_number(share * 100)} %)"
                if share is not None
                else format_number(f.on_time),
                format_number(f.late),
                format_number(f.open),
                format_number(f.overdue),
                format_number(f.median_hours, 1) if f.median_hours is not None else "–",
            )
            total = f.channel_id is None  # the sum of every channel, in bold
            rows.append(
                [Cell(values[0], bold=total)]
                + [Cell(v, align_right=True, bold=total) for v in values[1:]]
            )
        self.table.show_rows(rows)
