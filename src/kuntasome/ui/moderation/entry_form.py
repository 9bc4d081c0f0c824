"""The quick-entry form: log a handled comment in seconds, keyboard only if you like.

Channel and handler stay as they were after saving, times default to now, a pasted
comment URL and text fill two fields at once; Ctrl+Enter saves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.messages import arg
from kuntasome.core.moderation.log import (
    ACTIONS,
    ANSWERING_ACTIONS,
    EVIDENCE_ACTIONS,
    KINDS,
    REMOVING_ACTIONS,
    EntryDraft,
    EntryRow,
)
from kuntasome.core.moderation.recording import record_entry

from kuntasome.ui.formatting import channel_text
from kuntasome.ui.moderation.evidence_box import EvidenceBox
from kuntasome.ui.operations import run_operation
from kuntasome.ui.widgets import DateTimeEdit, Retranslating, to_local, to_qdatetime, translate

from kuntasome.documents.evidence_pdf import render_evidence_pdf
from kuntasome.documents.language import writing_for

if TYPE_CHECKING:
    from kuntasome.core.moderation.choices import ModerationSetup

    from kuntasome.ui.context import AppContext

URL_PATTERN = re.compile(r"https?://\S+")


def split_pasted(text: str) -> tuple[str, str]:
    """A comment copied together with its link: (first URL, the rest of the text)."""
    match = URL_PATTERN.search(text)
    if match is None:
        return "", text.strip()
    rest = (text[: match.start()] + text[match.end() :]).strip()
    return match.group(0).rstrip(").,;"), rest


class EntryForm(Retranslating, QWidget):
    saved = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setup: ModerationSetup | None = None
        self.correcting: EntryRow | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("correctionBanner")
        self.banner.hide()
        self.channel = QComboBox()
        self.kind = QComboBox()
        self.action = QComboBox()
        self.reason = QComboBox()
        self.case_number = QLineEdit()
        self.posted = self._time_edit()
        self.seen = self._time_edit()
        self.answered_check = QCheckBox()
        self.answered = self._time_edit()
        self.answered.setEnabled(False)
        self.answered_check.toggled.connect(self.answered.setEnabled)
        self.author = QLineEdit()
        self.url = QLineEdit()
        self.paste_button = QPushButton()
        self.paste_button.clicked.connect(self.paste_comment)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(70)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setFixedHeight(70)
        self.answer.textChanged.connect(self._answer_typed)
        self.signature_button = QPushButton()
        self.signature_button.clicked.connect(self.insert_signature)
        self.handler = QComboBox()
        self.evidence = EvidenceBox()
        self.evidence.changed.connect(self._update_state)
        self.no_evidence_check = QCheckBox()
        self.no_evidence = QLineEdit()
        self.no_evidence_check.toggled.connect(self._update_state)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.action.currentIndexChanged.connect(self._update_state)

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.paste_button)
        answered_row = QHBoxLayout()
        answered_row.addWidget(self.answered_check)
        answered_row.addWidget(self.answered, 1)
        answer_box = QVBoxLayout()
        answer_box.addWidget(self.answer)
        answer_box.addWidget(self.signature_button, 0, Qt.AlignmentFlag.AlignRight)
        evidence_override = QHBoxLayout()
        evidence_override.addWidget(self.no_evidence_check)
        evidence_override.addWidget(self.no_evidence, 1)
        rows: list[tuple[str, object]] = [
            ("channel", self.channel),
            ("kind", self.kind),
            ("action", self.action),
            ("reason", self.reason),
            ("case", self.case_number),
            ("posted", self.posted),
            ("seen", self.seen),
            ("answered", answered_row),
            ("author", self.author),
            ("url", url_row),
            ("comment", self.comment),
            ("answer", answer_box),
            ("handler", self.handler),
            ("evidence", self.evidence),
            ("override", evidence_override),
        ]
        for key, field in rows:
            label = QLabel()
            self.labels[key] = label
            form.addRow(label, field)  # type: ignore[call-overload]
            if isinstance(field, QWidget):
                label.setBuddy(field)
        self.labels["answered"].setBuddy(self.answered_check)
        self.labels["url"].setBuddy(self.url)
        self.labels["answer"].setBuddy(self.answer)
        self.labels["override"].setBuddy(self.no_evidence_check)
        self._form = form
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.retranslate()
        self.clear()

    def _time_edit(self) -> QDateTimeEdit:
        return DateTimeEdit()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(
            arg(self.tr("Correct entry {id}"), id=str(self.correcting.id))
            if self.correcting
            else self.tr("New entry")
        )
        texts = {
            "channel": self.tr("&Channel"),
            "kind": self.tr("&Kind"),
            "action": self.tr("&Action"),
            "reason": self.tr("&Reason"),
            "case": self.tr("Case num&ber"),
            "posted": self.tr("&Posted"),
            "seen": self.tr("S&een"),
            "answered": self.tr("Ans&wered"),
            "author": self.tr("A&uthor"),
            "url": self.tr("Co&mment address"),
            "comment": self.tr("C&omment"),
            "answer": self.tr("Answer &text"),
            "handler": self.tr("Ha&ndler"),
            "evidence": self.tr("Evidence"),
            "override": self.tr("No evidence"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.answered_check.setText(self.tr("answered at"))
        self.url.setPlaceholderText("https://…")
        self.author.setPlaceholderText(self.tr("the commenter's account name"))
        self.case_number.setPlaceholderText(self.tr("the registry's case number"))
        self.paste_button.setText(self.tr("Paste comment"))
        self.paste_button.setToolTip(
            self.tr("Paste the comment's address and text copied from the service")
        )
        self.signature_button.setText(self.tr("Insert signature"))
        self.no_evidence_check.setText(self.tr("none could be taken, because"))
        self.no_evidence.setPlaceholderText(self.tr("why no screenshot exists (logged)"))
        self.save_button.setText(self.tr("Save entry"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.clear_button.setText(self.tr("Clear"))
        self.banner.setText(
            arg(
                self.tr(
                    "Saving adds a new version of entry {correcting}; the "
                    "original stays in the log."
                ),
                correcting=str(self.correcting.id if self.correcting else ""),
            )
        )
        self._fill_choices()

    def _fill_choices(self) -> None:
        def refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

        refill(self.kind, [(translate("Moderation", t), k) for k, t in KINDS.items()])
        refill(self.action, [(translate("Moderation", t), k) for k, t in ACTIONS.items()])
        if self.setup is None:
            return
        language = self.context.languages.language
        refill(
            self.channel,
            [
                (channel_text(c.label, c.platform), c.id)
                for c in self.setup.channels
                if c.status != "closed" or (self.correcting and c.id == self.correcting.channel_id)
            ],
        )
        refill(
            self.reason,
            [("", "")]
            + [
                (r.label(language), r.code)
                for r in self.setup.reasons
                if r.active or (self.correcting and r.code == self.correcting.reason_code)
            ],
        )
        refill(self.handler, [(h.name, h.id) for h in self.setup.handlers])

    def set_setup(self, setup: ModerationSetup) -> None:
        first = self.setup is None
        self.setup = setup
        self._fill_choices()
        if first:
            active = next((c.id for c in setup.channels if c.status == "active"), None)
            self.channel.setCurrentIndex(max(0, self.channel.findData(active)))
            actor = self.context.actor_id()
            index = self.handler.findData(actor)
            if index >= 0:
                self.handler.setCurrentIndex(index)
        self._update_state()

    # -- behaviour -------------------------------------------------------------------------
    def _update_state(self) -> None:
        action = self.action.currentData()
        self.reason.setEnabled(action in REMOVING_ACTIONS)
        self.case_number.setEnabled(action == "forwarded")
        needs_answer = action in ANSWERING_ACTIONS
        self.answered_check.setEnabled(needs_answer)
        self.answer.setEnabled(needs_answer)
        self.signature_button.setEnabled(needs_answer)
        wants_evidence = action in EVIDENCE_ACTIONS
        self.evidence.setEnabled(action in REMOVING_ACTIONS)
        has_evidence = bool(self.evidence.files) or bool(
            self.correcting and self.correcting.evidence_count
        )
        self.no_evidence_check.setEnabled(wants_evidence and not has_evidence)
        self.no_evidence.setEnabled(self.no_evidence_check.isChecked() and wants_evidence)

    def _answer_typed(self) -> None:
        if self.answer.toPlainText().strip() and not self.answered_check.isChecked():
            self.answered_check.setChecked(True)
            self.answered.setDateTime(QDateTime.currentDateTime())

    def paste_comment(self) -> None:
        url, text = split_pasted(QGuiApplication.clipboard().text())
        if url:
            self.url.setText(url)
        if text:
            self.comment.setPlainText(text)
        self.comment.setFocus()

    def insert_signature(self) -> None:
        if self.setup is None:
            return
        handler = next((h for h in self.setup.handlers if h.id == self.handler.currentData()), None)
        if handler is None or not handler.signature:
            return
        text = self.answer.toPlainText().rstrip()
        self.answer.setPlainText(f"{text}\n\n{handler.signature}" if text else handler.signature)

    def clear(self) -> None:
        """Ready for the next comment: channel and handler stay, times are now."""
        self.correcting = None
        now = QDateTime.currentDateTime()
        self.posted.setDateTime(now)
        self.seen.setDateTime(now)
        self.answered.setDateTime(now)
        self.answered_check.setChecked(False)
        self.kind.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.reason.setCurrentIndex(0)
        for line in (self.case_number, self.author, self.url, self.no_evidence):
            line.clear()
        self.comment.clear()
        self.answer.clear()
        self.no_evidence_check.setChecked(False)
        self.evidence.clear()
        self.banner.hide()
        self.retranslate()
        self._update_state()

    def load_correction(self, row: EntryRow) -> None:
        """Put *row* into the form; saving appends a corrected version."""
        self.clear()
        self.correcting = row
        tz = self._tz()
        self._fill_choices()
        self.channel.setCurrentIndex(max(0, self.channel.findData(row.channel_id)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.action.setCurrentIndex(max(0, self.action.findData(row.action)))
        self.reason.setCurrentIndex(max(0, self.reason.findData(row.reason_code)))
        self.case_number.setText(row.case_number)
        self.posted.setDateTime(to_qdatetime((row.posted_at or row.seen_at).astimezone(tz)))
        self.seen.setDateTime(to_qdatetime(row.seen_at.astimezone(tz)))
        self.answer.setPlainText(row.answer_text)
        self.answered_check.setChecked(row.answered_at is not None)
        if row.answered_at:
            self.answered.setDateTime(to_qdatetime(row.answered_at.astimezone(tz)))
        self.author.setText(row.author_handle)
        self.url.setText(row.comment_url)
        self.comment.setPlainText(row.comment_text)
        index = self.handler.findData(row.handler_id)
        if index >= 0:
            self.handler.setCurrentIndex(index)
        self.no_evidence_check.setChecked(bool(row.no_evidence_reason))
        self.no_evidence.setText(row.no_evidence_reason)
        self.banner.show()
        self.retranslate()
        self._update_state()

    def _tz(self) -> ZoneInfo:
        return self.setup.organisation.time_zone if self.setup else ZoneInfo("UTC")

    def draft(self) -> EntryDraft:
        tz = self._tz()
        action = self.action.currentData()
        result = EntryDraft(
            channel_id=int(self.channel.currentData() or 0),
            kind=str(self.kind.currentData()),
            action=str(action),
            seen_at=to_local(self.seen.dateTime(), tz),
            posted_at=to_local(self.posted.dateTime(), tz),
            answered_at=to_local(self.answered.dateTime(), tz)
            if self.answered_check.isChecked() and action in ANSWERING_ACTIONS
            else None,
            reason_code=str(self.reason.currentData() or "") if action in REMOVING_ACTIONS else "",
            author_handle=self.author.text(),
            comment_url=self.url.text(),
            comment_text=self.comment.toPlainText().strip(),
            answer_text=self.answer.toPlainText().strip() if action in ANSWERING_ACTIONS else "",
            case_number=self.case_number.text() if action == "forwarded" else "",
            handler_id=self.handler.currentData(),
            no_evidence_reason=self.no_evidence.text()
            if self.no_evidence_check.isChecked() and action in EVIDENCE_ACTIONS
            else "",
            corrects_id=self.correcting.id if self.correcting else None,
        )
        return result

    def save(self) -> None:
        if self.setup is None:
            return
        tz, draft, files = self._tz(), self.draft(), list(self.evidence.files)
        engine, folder = self.context.engine(), self.context.paths.evidence
        language, actor_id = self.context.languages.language, self.context.actor_id()
        writing = writing_for(language, self.setup.organisation.country)
        run_operation(
            self,
            self.context.events,
            lambda: record_entry(
                engine,
                draft,
                evidence_files=files,
                evidence_folder=folder,
                render_pdf=lambda source, meta: render_evidence_pdf(source, meta, tz, writing),
                language=language,
                actor_id=actor_id,
            ),
            changes=Change.MODERATION,
            title=self.tr("The entry was not saved"),
            done=self._recorded,
        )

    def _recorded(self, entry_id: int) -> None:
        self.clear()
        self.channel.setFocus()
        self.saved.emit(entry_id)
