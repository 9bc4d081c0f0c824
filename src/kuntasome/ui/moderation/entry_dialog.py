"""One entry in full: every version, its evidence, and what can be done next."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.messages import arg
from kuntasome.core.moderation.evidence import original_path, pdf_path
from kuntasome.core.moderation.log import ACTION_LABELS, KIND_LABELS, EntryHistory, EntryRow

from kuntasome.ui.formatting import channel_text, format_date, format_datetime
from kuntasome.ui.widgets import Retranslating, translate

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path


def describe(row: EntryRow, tz: ZoneInfo, reasons: dict[str, str]) -> str:
    def when(value: object) -> str:
        return format_datetime(value, tz) if isinstance(value, datetime) else "–"

    fields = [
        (translate("EntryDialog", "Channel"), channel_text(row.channel_name, row.platform)),
        (
            translate("EntryDialog", "Kind"),
            translate("Moderation", KIND_LABELS.get(row.kind, row.kind)),
        ),
        (
            translate("EntryDialog", "Action"),
            translate("Moderation", ACTION_LABELS.get(row.action, row.action)),
        ),
        (translate("EntryDialog", "Reason"), reasons.get(row.reason_code, row.reason_code)),
        (translate("EntryDialog", "Case number"), row.case_number),
        (translate("EntryDialog", "Posted"), when(row.posted_at)),
        (translate("EntryDialog", "Seen"), when(row.seen_at)),
        (translate("EntryDialog", "Answer due"), when(row.due_at) if row.needs_answer else ""),
        (translate("EntryDialog", "Answered"), when(row.answered_at) if row.needs_answer else ""),
        (translate("EntryDialog", "Author"), row.author_handle),
        (translate("EntryDialog", "Address"), row.comment_url),
        (translate("EntryDialog", "Comment"), row.comment_text),
        (translate("EntryDialog", "Answer"), row.answer_text),
        (translate("EntryDialog", "Handler"), row.handler_name),
        (translate("EntryDialog", "Why no evidence"), row.no_evidence_reason),
        (translate("EntryDialog", "Logged"), when(row.created_at)),
    ]
    cells = "".join(
        f"<tr><th align='left' valign='top'>{html.escape(k)}</th>"
        f"<td>{html.escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in fields
        if v
    )
    return f"<table cellpadding='3'>{cells}</table>"


class EntryDialog(Retranslating, QDialog):
    """Read-only: the log is append-only. The buttons start a new version or a block."""

    def __init__(
        self,
        history: EntryHistory,
        tz: ZoneInfo,
        reasons: dict[str, str],
        evidence_folder: Path,
        parent: QWidget | None,
        keep_until: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.keep_until = keep_until
        self.history = history
        self.tz = tz
        self.reasons = reasons
        self.folder = evidence_folder
        self.choice = ""
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._open)
        self.answer_button = QPushButton()
        self.correct_button = QPushButton()
        self.block_button = QPushButton()
        for button, choice in (
            (self.answer_button, "answer"),
            (self.correct_button, "correct"),
            (self.block_button, "block"),
        ):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        self.answer_button.setVisible(history.entry.is_open())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.answer_button)
        row.addWidget(self.correct_button)
        row.addWidget(self.block_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.resize(640, 620)
        self.retranslate()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _open(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("file:") or target.startswith("http"):
            QDesktopServices.openUrl(url)

    def retranslate(self) -> None:
        entry = self.history.entry
        self.setWindowTitle(arg(self.tr("Moderation entry {id}"), id=str(entry.id)))
        self.answer_button.setText(self.tr("Record the answer…"))
        self.correct_button.setText(self.tr("Correct…"))
        self.block_button.setText(self.tr("Block this account…"))
        parts = [describe(entry, self.tz, self.reasons)]
        if self.keep_until is not None:
            parts.append(
                "<p>"
                + html.escape(
                    arg(
                        self.tr(
                            "Personal data in this entry is kept until {keep_until} (retention)."
                        ),
                        keep_until=format_date(self.keep_until),
                    )
                )
                + "</p>"
            )
        if self.history.evidence:
            heading = html.escape(self.tr("Evidence"))
            pdf_label = html.escape(self.tr("PDF/A"))
            original_label = html.escape(self.tr("original picture"))
            parts.append(f"<h3>{heading}</h3><ul>")
            for item in self.history.evidence:
                pdf = QUrl.fromLocalFile(str(pdf_path(self.folder, item.pdf_sha256))).toString()
                original = QUrl.fromLocalFile(
                    str(original_path(self.folder, item.sha256, item.original_name))
                ).toString()
                parts.append(
                    f"<li><a href='{pdf}'>{pdf_label}</a> · "
                    f"<a href='{original}'>{original_label}</a> · "
                    f"SHA-256 <code>{item.sha256}</code></li>"
                )
            parts.append("</ul>")
        for version in self.history.versions:
            parts.append(
                "<h3>"
                + html.escape(arg(self.tr("Earlier version: entry {id}"), id=str(version.id)))
                + "</h3>"
                + describe(version, self.tz, self.reasons)
            )
        self.view.setHtml("".join(parts))
