"""The Calendar section: month, week and list views of the posting plan, crisis mode, .ics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.calendar.attention import Attention, load_attention
from kuntasome.core.calendar.crisis import CRISIS_TEMPLATE, active_crisis
from kuntasome.core.calendar.posts import (
    PostDetails,
    TargetDetails,
    default_post_time,
    load_post,
    reschedule_target,
)
from kuntasome.core.calendar.rules import load_channel_infos
from kuntasome.core.calendar.view import load_calendar
from kuntasome.core.changes import Change
from kuntasome.core.errors import UserError
from kuntasome.core.messages import arg
from kuntasome.core.organisation import load_organisation

from kuntasome.ui.calendar.canvas import channel_colours
from kuntasome.ui.calendar.crisis_dialogs import StartCrisisDialog, end_crisis_mode
from kuntasome.ui.calendar.day_list import DayList
from kuntasome.ui.calendar.day_panel import DayPanel
from kuntasome.ui.calendar.ics_dialog import IcsDialog
from kuntasome.ui.calendar.list_view import CalendarList, ListRow
from kuntasome.ui.calendar.month_view import MonthView, month_grid
from kuntasome.ui.calendar.post_editor import PostEditor
from kuntasome.ui.calendar.week_view import WeekView, week_of
from kuntasome.ui.events import Changes
from kuntasome.ui.formatting import channel_text, format_date, format_datetime
from kuntasome.ui.operations import Loader, run_operation
from kuntasome.ui.sections import SECTIONS, PageHeader
from kuntasome.ui.service_icons import swatch
from kuntasome.ui.widgets import Retranslating, show_error, status_message, translate

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from kuntasome.core.calendar.crisis import CrisisState
    from kuntasome.core.calendar.posts import Rescheduled
    from kuntasome.core.calendar.rules import ChannelInfo
    from kuntasome.core.calendar.view import CalendarData, CalendarEntry
    from kuntasome.core.organisation import OrganisationSettings

    from kuntasome.ui.context import AppContext

CALENDAR = next(s for s in SECTIONS if s.key == "calendar")
VIEWS = ("month", "week", "list")


@dataclass(frozen=True)
class Loaded:
    data: CalendarData
    organisation: OrganisationSettings
    crisis: CrisisState | None
    language: str  # the holidays' names are in it


class CalendarPage(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view = "month"
        self.anchor = context.today()
        self.data: CalendarData | None = None
        self.channels: dict[int, ChannelInfo] | None = None
        self.organisation: OrganisationSettings | None = None
        self.crisis: CrisisState | None = None
        self.colours: dict[int, QColor] = {}
        self.loaded_language = context.languages.language
        self.loader = Loader(self, self._prepare_load, self._loaded, self._failed)

        self.header = PageHeader(CALENDAR)
        self.crisis_banner = QLabel()
        self.crisis_banner.setObjectName("warningNotice")
        self.crisis_banner.setWordWrap(True)
        self.crisis_banner.hide()
        self.state = QLabel()
        self.state.setObjectName("hint")

        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.clicked.connect(lambda: self.page(-1))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.clicked.connect(lambda: self.page(1))
        self.today_button = QPushButton()
        self.today_button.clicked.connect(self.go_today)
        self.period = QLabel()
        self.period.setObjectName("editorTitle")
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        view_row = QHBoxLayout()
        view_row.setSpacing(0)
        for i, key in enumerate(VIEWS):
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(key == self.view)
            button.setObjectName(f"view_{key}")
            self.view_buttons.addButton(button, i)
            view_row.addWidget(button)
        self.view_buttons.idClicked.connect(lambda i: self.set_view(VIEWS[i]))
        self.channel_filter = QComboBox()
        self.channel_filter.setMinimumContentsLength(18)
        self.channel_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_post(None))
        self.crisis_button = QPushButton()
        self.crisis_button.clicked.connect(self.toggle_crisis)
        self.ics_button = QPushButton()
        self.ics_button.clicked.connect(self.export_ics)

        toolbar = QHBoxLayout()
        for widget in (self.previous, self.today_button, self.next, self.period):
            toolbar.addWidget(widget)
        toolbar.addStretch(1)
        toolbar.addLayout(view_row)
        toolbar.addWidget(self.channel_filter)
        second = QHBoxLayout()
        second.addWidget(self.new_button)
        second.addStretch(1)
        second.addWidget(self.crisis_button)
        second.addWidget(self.ics_button)

        self.month = MonthView()
        self.week = WeekView()
        self.list = CalendarList()
        self.stack = QStackedWidget()
        for view in (self.month, self.week, self.list):
            self.stack.addWidget(view)
        for canvas in (self.month, self.week):
            canvas.entrySelected.connect(self._entry_selected)
            canvas.entryActivated.connect(self.open_entry)
            canvas.daySelected.connect(self._day_selected)
            canvas.newPostRequested.connect(self.new_post)
            canvas.moveRequested.connect(self.move_entry)
            canvas.pageRequested.connect(self.page)
            canvas.dayListRequested.connect(
                lambda day, rect, c=canvas: self.show_day_list(c, day, rect)
            )
        self.list.rowActivated.connect(self._row_activated)
        self.list.attentionChanged.connect(lambda _kind: self._attention_changed())

        self.day_list = DayList(self)
        self.day_list.entryChosen.connect(self._day_entry_chosen)
        self.day_list.entryOpened.connect(self.open_entry)
        self.side = DayPanel()
        self.side.entryChosen.connect(self._day_entry_chosen)
        self.side.entryOpened.connect(self.open_entry)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(self.header)
        layout.addWidget(self.crisis_banner)
        layout.addLayout(toolbar)
        layout.addLayout(second)
        layout.addWidget(self.state)
        layout.addWidget(splitter, 1)
        # Ctrl+digit opens a section (the main window's); the views are Alt+1, Alt+2, Alt+3.
        self.shortcuts: dict[str, QShortcut] = {}
        for keys, action in (
            ("Ctrl+N", lambda: self.new_post(None)),
            ("Alt+1", lambda: self.set_view("month")),
            ("Alt+2", lambda: self.set_view("week")),
            ("Alt+3", lambda: self.set_view("list")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(action)
            self.shortcuts[keys] = shortcut
        context.events.changed.connect(self._data_changed)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.previous.setToolTip(self.tr("Previous (Page Up)"))
        self.next.setToolTip(self.tr("Next (Page Down)"))
        self.previous.setAccessibleName(self.tr("Previous"))
        self.next.setAccessibleName(self.tr("Next"))
        names = {"month": self.tr("Month"), "week": self.tr("Week"), "list": self.tr("List")}
        for i, key in enumerate(VIEWS):
            button = self.view_buttons.button(i)
            button.setText(names[key])
            button.setToolTip(f"{names[key]} (Ctrl+{i + 1})")
        self.new_button.setText(self.tr("New post…"))
        self.new_button.setToolTip(self.tr("New post (Ctrl+N)"))
        self.ics_button.setText(self.tr("Export to Outlook (.ics)…"))
        self.channel_filter.setAccessibleName(self.tr("Channel"))
        self._fill_filter()
        self._show_crisis()
        self._show_period()
        self._show_day()
        language = self.context.languages.language
        if self.data is not None and language != self.loaded_language:
            self.reload()  # holidays are named in the language of the window

    def _fill_filter(self) -> None:
        current = self.channel_filter.currentData()
        self.channel_filter.blockSignals(True)
        self.channel_filter.clear()
        self.channel_filter.addItem(self.tr("All channels"), None)
        if self.channels:
            for channel in self.channels.values():
                if channel.status in ("closed", "requested"):
                    continue
                label = channel_text(channel.label, channel.platform)
                colour = self.colours.get(channel.id)
                if colour is not None:
                    self.channel_filter.addItem(swatch(colour), label, channel.id)
                else:
                    self.channel_filter.addItem(label, channel.id)
        self.channel_filter.setCurrentIndex(max(0, self.channel_filter.findData(current)))
        self.channel_filter.blockSignals(False)

    def _show_crisis(self) -> None:
        if self.crisis is None:
            self.crisis_banner.hide()
            self.crisis_button.setText(self.tr("Crisis mode…"))
            return
        when = format_datetime(self.crisis.started_at, self._tz())
        self.crisis_banner.setText(
            arg(
                self.tr(
                    "Crisis mode is on since {when} ({by}): {reason}. Non-crisis posts are paused."
                ),
                when=when,
                by=self.crisis.started_by or "–",
                reason=self.crisis.reason,
            )
        )
        self.crisis_banner.show()
        self.crisis_button.setText(self.tr("End crisis mode…"))

    def attention(self) -> Attention | None:
        """The Today list the list view shows instead of the month, if any."""
        return self.list.attention() if self.view == "list" else None

    def _enable_paging(self) -> None:
        """A list of Today's posts is no month: no paging while it is shown."""
        for button in (self.previous, self.next, self.today_button):
            button.setEnabled(self.attention() is None)

    def _attention_changed(self) -> None:
        self._enable_paging()
        self._show_period()
        self.reload()

    def _show_period(self) -> None:
        if self.attention() is not None:
            data = self.data
            shown = data is not None and data.first != data.last
            self.period.setText(
                f"{format_date(data.first)} – {format_date(data.last)}"
                if shown and data is not None
                else ""
            )
        elif self.view == "week":
            monday, sunday = week_of(self.anchor)
            week = monday.isocalendar().week
            self.period.setText(
                arg(
                    self.tr("Week {week}, {month}–{year}"),
                    week=str(week),
                    month=f"{monday.day}.{monday.month}.",
                    year=f"{sunday.day}.{sunday.month}.{sunday.year}",
                )
            )
        else:
            name = QLocale().standaloneMonthName(self.anchor.month)
            self.period.setText(f"{name[:1].upper()}{name[1:]} {self.anchor.year}")

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.data is None and not self.loader.running:
            self.reload()

    #: What the calendar shows: a change to any of these makes it reload.
    SHOWN = Change.CALENDAR | Change.CHANNELS | Change.ORGANISATION

    def _data_changed(self, changes: Changes) -> None:
        if changes.flags & (Change.CHANNELS | Change.ORGANISATION):
            self.channels = None
        if changes.concern(self.SHOWN, self) and (self.data is not None or self.loader.running):
            self.reload()

    def _range(self) -> tuple[date, date]:
        if self.view == "month":
            return month_grid(self.anchor)
        if self.view == "week":
            return week_of(self.anchor)
        first = self.anchor.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last

    def _filter_ids(self) -> frozenset[int] | None:
        channel_id = self.channel_filter.currentData()
        return None if channel_id is None else frozenset({int(channel_id)})

    def reload(self) -> None:
        if self.data is None and not self.loader.running:
            self.state.setText(self.tr("Loading the calendar…"))
            self.state.show()
        self.loader.request()

    def _prepare_load(self) -> Callable[[], Loaded]:
        first, last = self._range()
        channel_ids = self._filter_ids()
        channels = self.channels
        context = self.context
        language = context.languages.language
        attention = self.attention()

        def load() -> Loaded:
            engine = context.engine()
            org = load_organisation(engine)
            infos = channels if channels is not None else load_channel_infos(engine)
            if attention is not None:
                data = load_attention(
                    engine,
                    attention,
                    tz=org.time_zone,
                    now=datetime.now(UTC),
                    country=org.country,
                    language=language,
                    channel_ids=channel_ids,
                    channels=infos,
                )
                return Loaded(data, org, active_crisis(engine), language)
            data = load_calendar(
                engine,
                first,
                last,
                tz=org.time_zone,
                today=context.today(),
                country=org.country,
                language=language,
                channel_ids=channel_ids,
                channels=infos,
            )
            return Loaded(data, org, active_crisis(engine), language)

        return load

    def _loaded(self, loaded: Loaded) -> None:
        self.data = loaded.data
        self.loaded_language = loaded.language
        self.organisation = loaded.organisation
        self.crisis = loaded.crisis
        self.channels = loaded.data.channels
        colours = channel_colours(self.channels.values())
        if colours != self.colours:  # first load, or channels or their colours changed
            self.colours = colours
            self._fill_filter()
        self.state.hide()
        self._show_crisis()
        self._show_period()
        today = self.context.today()
        if self.view == "month":
            self.month.set_month(self.anchor)
        elif self.view == "week":
            self.week.set_week(self.anchor)
        for canvas in (self.month, self.week):
            canvas.current_day = self.anchor
        if self.view == "list":
            self.list.show_data(self.data, self.colours)
        else:
            self.current_canvas().set_data(self.data, self.colours, today)
        self._show_day()

    def _failed(self, error: BaseException) -> None:
        self.state.show()
        if isinstance(error, UserError):
            self.state.setText(error.translated(translate))
        else:
            self.state.setText(
                self.tr("The calendar could not be loaded. The log has the details.")
            )

    # -- navigation ------------------------------------------------------------------------
    def current_canvas(self) -> MonthView | WeekView:
        return self.week if self.view == "week" else self.month

    def open_list(self, what: str) -> None:
        """A Today card: "today", or one of the lists of :class:`Attention`."""
        if what == "today":
            if self.view == "list":
                self.list.set_attention(None)
                self.set_view("month")
            self.go_today()
        else:
            self.show_attention(Attention(what))

    def show_attention(self, kind: Attention | None) -> None:
        """The list of the posts behind one of Today's figures (None: the month's)."""
        self.list.set_attention(kind)
        if self.view != "list":
            self.set_view("list")

    def set_view(self, view: str) -> None:
        self.view = view
        self._enable_paging()
        self.view_buttons.button(VIEWS.index(view)).setChecked(True)
        self.stack.setCurrentIndex(VIEWS.index(view))
        self.side.setVisible(view != "list")
        self._show_period()
        self.reload()
        (self.list.table if view == "list" else self.current_canvas()).setFocus()

    def page(self, step: int) -> None:
        if self.view == "week":
            self.anchor += timedelta(days=7 * step)
        else:
            month = self.anchor.replace(day=15) + timedelta(days=31 * step)
            self.anchor = month.replace(day=1)
        self._show_period()
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.context.today()
        self._show_period()
        self.reload()

    def _day_selected(self, day: date) -> None:
        first, last = self._range()
        self.anchor = day
        left_month = self.view == "month" and day.month != self.month.month.month
        left_week = self.view == "week" and not (first <= day <= last)
        if left_month or left_week:
            self.reload()
            self._show_period()
        self._show_day()

    # -- the side panel --------------------------------------------------------------------
    def _show_day(self) -> None:
        self.side.show_day(self.anchor, self.data, self.colours, self.current_canvas().selected)

    def selected_entry(self) -> CalendarEntry | None:
        if self.view == "list":
            row = self.list.current_row()
            return row.entry if row else None
        return self.current_canvas().selected

    def _entry_selected(self, _entry: object) -> None:
        self._show_day()

    def show_day_list(self, canvas: MonthView | WeekView, day: date, rect: QRectF) -> None:
        """Every post of *day*, in full, over the calendar where "+N more" was."""
        if self.data is None or not self.data.by_day.get(day):
            return
        at = canvas.mapToGlobal(rect.bottomLeft().toPoint())
        self.day_list.show_day(day, self.data, self.colours, at, canvas.selected)

    def _day_entry_chosen(self, entry: CalendarEntry) -> None:
        self.current_canvas().show_selected(entry)
        self.side.show_entry(entry, self.data)

    def _row_activated(self, row: ListRow | None) -> None:
        if row is not None:
            self.open_post(row.post_id)

    # -- actions ---------------------------------------------------------------------------
    def _tz(self) -> ZoneInfo:
        return self.organisation.time_zone if self.organisation else ZoneInfo("Europe/Helsinki")

    def open_entry(self, entry: CalendarEntry | None) -> None:
        if entry is not None:
            self.open_post(entry.post_id)

    def open_post(self, post_id: int) -> None:
        try:
            post = load_post(self.context.engine(), post_id)
        except Exception as error:
            show_error(self, self.tr("Post"), error)
            return
        self._edit(post)

    def new_post(self, at: datetime | None) -> None:
        # 09:00 on the day shown, or the next free hour when that has passed.
        now = datetime.now(self._tz()).replace(tzinfo=None)
        when = at or default_post_time(self.anchor, now)
        channel_id = self.channel_filter.currentData()
        targets: tuple[TargetDetails, ...] = ()
        if channel_id is not None:
            targets = (TargetDetails(int(channel_id), when.replace(tzinfo=self._tz())),)
        self._edit(PostDetails(status="draft", targets=targets), default_time=when)

    def _edit(self, post: PostDetails, default_time: datetime | None = None) -> None:
        channels = self.channels or load_channel_infos(self.context.engine())
        editor = PostEditor(self.context, post, channels, self._tz(), self)
        if default_time is not None:
            editor.default_time = default_time.replace(tzinfo=self._tz())
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        self._editor = editor  # kept for tests and for the window's lifetime
        editor.exec()

    def move_entry(self, entry: CalendarEntry, when: datetime) -> None:
        """Persist a drag (or Alt+arrow) at once; the rules are re-checked in the background."""

        at = when.replace(tzinfo=self._tz())
        engine, actor_id = self.context.engine(), self.context.actor_id()
        run_operation(
            self,
            self.context.events,
            lambda: reschedule_target(
                engine, entry.target_id, at, actor_id=actor_id, version_id=entry.version_id
            ),
            changes=Change.CALENDAR,
            title=self.tr("Move the post"),
            done=lambda moved: self._moved(entry, moved),
            failed=lambda _error: self.reload(),
        )

    def _moved(self, entry: CalendarEntry, moved: Rescheduled) -> None:
        """Draw the move at once; the calendar does not reload for its own change."""
        at = moved.scheduled_at.astimezone(self._tz())
        if self.data is not None:
            updated = replace(entry, at=at, version_id=moved.version_id)
            entries = [updated if e.target_id == entry.target_id else e for e in self.data.entries]
            entries.sort(key=lambda e: (e.at, e.target_id))
            self.data = replace(self.data, entries=entries)
            canvas = self.current_canvas()
            canvas.selected = updated
            canvas.set_data(self.data, self.colours, self.context.today())
            self.anchor = updated.day
            self._show_day()
        status_message(
            self, arg(self.tr("Moved to {at}."), at=format_datetime(at, self._tz())), 4000
        )

    def toggle_crisis(self) -> None:
        if self.crisis is None:
            dialog = StartCrisisDialog(self.context, self)
            if not dialog.exec():
                return
            status_message(
                self, self.tr("Crisis mode is on: %n post(s) paused.", "", dialog.paused), 6000
            )
            if dialog.write_message.isChecked():
                self.write_crisis_message()
            return

        end_crisis_mode(self, self.context, self.channels or {}, self._tz(), self.reload)

    def write_crisis_message(self) -> None:
        """A new crisis post in three languages, targeted at the crisis channels, now."""

        now = datetime.now(self._tz()).replace(second=0, microsecond=0)
        crisis_channels = [
            c.id
            for c in (self.channels or {}).values()
            if c.is_crisis_channel and c.status == "active"
        ]
        post = PostDetails(
            title=self.tr("Crisis message"),
            texts=dict(CRISIS_TEMPLATE),
            targets=tuple(TargetDetails(cid, now) for cid in crisis_channels),
            is_crisis=True,
            status="draft",
        )
        self._edit(post)

    def export_ics(self) -> None:
        dialog = IcsDialog(
            self.context,
            self.channels or {},
            self._range()[0],
            self._tz(),
            self.organisation.name if self.organisation else "",
            self,
        )
        self._ics_dialog = dialog
        dialog.exec()
