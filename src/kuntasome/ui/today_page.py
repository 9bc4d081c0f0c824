"""The Today overview: real figures from the database, loaded off the GUI thread.

Each card opens the list behind its figure (click, or Enter/Space when it has the focus);
a new database shows the first steps instead of cards of zeros.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.messages import arg

from kuntasome.ui.formatting import format_date, format_datetime, format_number
from kuntasome.ui.sections import TODAY, PageHeader

from kuntasome.documents.language import writing_for
from kuntasome.documents.period_names import period_name

if TYPE_CHECKING:
    from kuntasome.core.organisation import OrganisationSettings
    from kuntasome.core.today import TodayOverview


#: Where each card leads, in card order: "section:list" (see MainWindow.open_list).
CARD_TARGETS = (
    "calendar:today",
    "calendar:in_review",
    "moderation:waiting",
    "calendar:missed",
    "channels:reviews",
    "moderation:monitoring",
    "calendar:warnings",
    "calendar:recordings",
    "reports:",
)


class Card(QFrame):
    """A figure and what it means; tinted when it asks for action. It opens its list."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_value(self, value: str, caption: str, detail: str = "", alert: bool = False) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{value} {caption}")
        self.setAccessibleDescription(detail)
        if self.property("alert") != alert:
            self.setProperty("alert", alert)
            self.style().unpolish(self)
            self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class GettingStarted(QFrame):
    """The first steps on a new database, each with the button that takes it."""

    requested = Signal(str)  # "channels:new", "channels:import", "channels:people", "settings"

    STEPS = ("channels:new", "channels:import", "channels:people", "settings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.rows: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        for step in self.STEPS:
            text = QLabel()
            text.setWordWrap(True)
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, s=step: self.requested.emit(s))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(text, 1)
            line.addWidget(button)
            layout.addWidget(row)
            self.texts[step], self.buttons[step], self.rows[step] = text, button, row
        self.done: set[str] = set()

    def show_steps(self, done: set[str]) -> None:
        self.done = done
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Getting started"))
        texts = {
            "channels:new": self.tr("Add the organisation's channels to the register."),
            "channels:import": self.tr(
                "Or import the channel inventory you already keep in a spreadsheet."
            ),
            "channels:people": self.tr(
                "Add the team to People: who owns, administers and moderates the channels."
            ),
            "settings": self.tr(
                "Say who you are in Settings: approvals and the log record your name."
            ),
        }
        buttons = {
            "channels:new": self.tr("Add a channel…"),
            "channels:import": self.tr("Import a spreadsheet…"),
            "channels:people": self.tr("Open People"),
            "settings": self.tr("Settings…"),
        }
        for step in self.STEPS:  # a step taken is no longer shown
            self.texts[step].setText(texts[step])
            self.buttons[step].setText(buttons[step])
            self.rows[step].setVisible(step not in self.done)


class TodayPage(QWidget):
    CARD_COUNT = 9
    backup_requested = Signal()
    archive_requested = Signal()
    #: A card or first step chose a list or an action: "section:list" or "settings".
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(TODAY)
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.state = QLabel()
        self.state.setObjectName("todayState")
        self.state.setWordWrap(True)
        self.backup_notice = QFrame()
        self.backup_notice.setObjectName("warningNotice")
        self.backup_text = QLabel()
        self.backup_text.setWordWrap(True)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.backup_requested)
        notice = QHBoxLayout(self.backup_notice)
        notice.setContentsMargins(0, 0, 0, 0)
        notice.addWidget(self.backup_text, 1)
        notice.addWidget(self.backup_button)
        self.backup_notice.hide()
        self.archive_notice = QFrame()
        self.archive_notice.setObjectName("warningNotice")
        self.archive_text = QLabel()
        self.archive_text.setWordWrap(True)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self.archive_requested)
        archive_row = QHBoxLayout(self.archive_notice)
        archive_row.setContentsMargins(0, 0, 0, 0)
        archive_row.addWidget(self.archive_text, 1)
        archive_row.addWidget(self.archive_button)
        self.archive_notice.hide()
        self.last_backup: datetime | None = None
        self.backup_overdue = False
        self.getting_started = GettingStarted()
        self.getting_started.requested.connect(self.open_requested)
        self.getting_started.hide()
        self.cards = [Card() for _ in range(self.CARD_COUNT)]
        for card, target in zip(self.cards, CARD_TARGETS, strict=True):
            card.activated.connect(lambda t=target: self.open_requested.emit(t))
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, card in enumerate(self.cards):
            grid.addWidget(card, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.header)
        layout.addWidget(self.greeting)
        layout.addWidget(self.state)
        layout.addWidget(self.backup_notice)
        layout.addWidget(self.archive_notice)
        layout.addWidget(self.getting_started)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.overview: TodayOverview | None = None
        self.organisation: OrganisationSettings | None = None
        self.error: str | None = None
        self.actor_chosen = False
        self.retranslate()
        self._set_tooltips()

    # -- state ---------------------------------------------------------------------------
    def show_loading(self) -> None:
        self.overview, self.error = None, None
        self.retranslate()

    def show_overview(
        self,
        overview: TodayOverview,
        organisation: OrganisationSettings,
        actor_chosen: bool = False,
    ) -> None:
        """*actor_chosen*: this user has said who they are (Settings)."""
        self.overview, self.organisation, self.error = overview, organisation, None
        self.actor_chosen = actor_chosen
        self.retranslate()

    def show_backup_state(self, last: datetime | None, overdue: bool) -> None:
        """A notice above the cards when the last backup is more than a week old."""
        self.last_backup, self.backup_overdue = last, overdue
        self._show_backup_notice()

    def _show_backup_notice(self) -> None:
        self.backup_notice.setVisible(self.backup_overdue)
        if not self.backup_overdue:
            return
        if self.last_backup is None:
            text = self.tr(
                "No backup of this data has been made yet. A backup keeps the register, the"
                " moderation log and its evidence safe if this computer is lost."
            )
        else:
            local = self.last_backup.astimezone()
            text = arg(
                self.tr("The last backup was made on {date}, %n day(s) ago.", "", self._days_ago()),
                date=format_date(local.date()),
            )
        self.backup_text.setText(text)
        self.backup_button.setText(self.tr("Back up now…"))

    def _show_archive_notice(self) -> None:
        o, org = self.overview, self.organisation
        parts = []
        if o is not None and org is not None and o.snapshot_due is not None:
            period = period_name(
                o.snapshot_due, writing_for(QLocale().name()[:2], org.country), dates=False
            )
            parts.append(
                arg(self.tr("The archive snapshot of {period} has not been made."), period=period)
            )
        if o is not None and o.final_snapshots_due:
            parts.append(
                arg(
                    self.tr("Closed channels without their final snapshot: {channels}."),
                    channels=", ".join(o.final_snapshots_due),
                )
            )
        self.archive_notice.setVisible(bool(parts))
        self.archive_text.setText(" ".join(parts))
        self.archive_button.setText(self.tr("Open Archive"))

    def _days_ago(self) -> int:
        if self.last_backup is None:
            return 0
        return (datetime.now(UTC) - self.last_backup).days

    def show_error(self, message: str) -> None:
        self.overview, self.error = None, message
        self.retranslate()

    # -- text ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        org = self.organisation
        today = (
            self.overview.now.astimezone(org.time_zone).date()
            if self.overview and org
            else date.today()
        )
        name = org.name if org and org.name else ""
        long_date = format_date(today, long=True)
        self.greeting.setText(f"{long_date} · {name}" if name else long_date)
        self._show_backup_notice()
        self._show_archive_notice()
        new = self.overview is not None and self.overview.channels_total == 0
        for card in self.cards:
            card.setVisible(self.overview is not None and not new)
        self._show_getting_started()
        if self.error is not None:
            self.state.setText(
                arg(self.tr("The overview could not be loaded: {error}"), error=self.error)
            )
            self.state.setVisible(True)
            return
        if self.overview is None or org is None:
            self.state.setText(self.tr("Loading…"))
            self.state.setVisible(True)
            return
        self.state.setVisible(False)
        self._fill_cards(self.overview, org)

    def _show_getting_started(self) -> None:
        """The first steps until there are channels, people and a chosen user."""
        o = self.overview
        if o is None:
            self.getting_started.hide()
            return
        done = set()
        if o.channels_total:
            done |= {"channels:new", "channels:import"}
        if o.people_total:
            done.add("channels:people")
        if self.actor_chosen:
            done.add("settings")
        self.getting_started.setVisible(len(done) < len(GettingStarted.STEPS))
        self.getting_started.show_steps(done)

    def _fill_cards(self, o: TodayOverview, org: OrganisationSettings) -> None:
        n: Callable[[int], str] = format_number
        c = self.cards
        c[0].show_value(
            n(o.posts_today),
            self.tr("Posts planned for today"),
            self.tr("%n due within the hour", "", o.posts_next_hour) if o.posts_next_hour else "",
        )
        c[1].show_value(
            n(o.approvals_waiting),
            self.tr("Posts waiting for approval"),
            alert=o.approvals_waiting > 0,
        )
        c[2].show_value(
            n(o.answers_waiting),
            self.tr("Comments waiting for an answer"),
            self.tr("%n past the deadline", "", o.answers_overdue) if o.answers_overdue else "",
            alert=o.answers_overdue > 0,
        )
        c[3].show_value(
            n(o.missed_publications),
            self.tr("Scheduled posts not marked published"),
            alert=o.missed_publications > 0,
        )
        c[4].show_value(
            n(o.reviews_overdue),
            self.tr("Channel reviews overdue"),
            arg(
                self.tr("{channels_active} active channels of {channels_total} in the register"),
                channels_active=n(o.channels_active),
                channels_total=n(o.channels_total),
            ),
            alert=o.reviews_overdue > 0,
        )
        last = (
            format_datetime(o.last_checkin, org.time_zone) if o.last_checkin else self.tr("never")
        )
        if o.check_due:
            c[5].show_value(
                self.tr("Check due now"),
                self.tr("Monitoring of the channels"),
                arg(self.tr("Last check-in {last}"), last=last),
                alert=True,
            )
        else:
            upcoming = (
                arg(
                    self.tr("Next check due {time_zone}"),
                    time_zone=format_datetime(o.next_check_at, org.time_zone),
                )
                if o.next_check_at
                else ""
            )
            c[5].show_value(last, self.tr("Last monitoring check-in"), upcoming)
        c[6].show_value(
            n(o.posts_with_warnings),
            self.tr("Posts this week with rule warnings"),
            self.tr("Languages, paid posts, rights, captions, length, frequency"),
            alert=o.posts_with_warnings > 0,
        )
        c[7].show_value(
            n(o.recordings_due),
            self.tr("Live recordings to make accessible"),
            self.tr("Within 14 days of the broadcast"),
            alert=o.recordings_due > 0,
        )
        if o.report_due is not None:
            c[8].show_value(
                period_name(
                    o.report_due, writing_for(QLocale().name()[:2], org.country), dates=False
                ),
                self.tr("Management report due"),
                self.tr("Make it in Reports"),
                alert=True,
            )
        else:
            c[8].show_value("✓", self.tr("Management reports up to date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._set_tooltips()
        super().changeEvent(event)

    def _set_tooltips(self) -> None:
        tips = (
            self.tr("Open today in the calendar"),
            self.tr("List the posts waiting for approval"),
            self.tr("List the comments waiting for an answer"),
            self.tr("List the scheduled posts not marked published"),
            self.tr("List the channels whose review is due"),
            self.tr("Open monitoring"),
            self.tr("List the posts of the coming week with rule warnings"),
            self.tr("List the posts with live recordings to make accessible"),
            self.tr("Open Reports"),
        )
        for card, tip in zip(self.cards, tips, strict=True):
            card.setToolTip(tip)
