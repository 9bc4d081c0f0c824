"""The main window: section navigation, menus, status bar, remembered state."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.settings import LANGUAGE, WINDOW_GEOMETRY, WINDOW_SECTION, WINDOW_STATE

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.context import AppContext
from kuntasome.ui.icons import icon
from kuntasome.ui.sections import SECTIONS
from kuntasome.ui.translations import LANGUAGE_NAMES, LANGUAGES

from kuntasome import __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from kuntasome.ui.archive.backups import Backups
    from kuntasome.ui.reminders import Reminders
    from kuntasome.ui.today_page import TodayPage

log = logging.getLogger(__name__)


# The start-up boundary (tests/ui/test_startup.py): each section's page, and through it the ORM
# and that section's core, is imported when the section is first opened, after the first paint;
# so are, in MainWindow.finish and the methods that need them, the Today page, backups,
# reminders, the menus' actions and the message boxes (their Qt types take time to create).


def _channels_page(context: AppContext) -> QWidget:
    from kuntasome.ui.channels.channels_page import ChannelsPage

    return ChannelsPage(context)


def _calendar_page(context: AppContext) -> QWidget:
    from kuntasome.ui.calendar.calendar_page import CalendarPage

    return CalendarPage(context)


def _moderation_page(context: AppContext) -> QWidget:
    from kuntasome.ui.moderation.moderation_page import ModerationPage

    return ModerationPage(context)


def _statistics_page(context: AppContext) -> QWidget:
    from kuntasome.ui.statistics.statistics_page import StatisticsPage

    return StatisticsPage(context)


def _reports_page(context: AppContext) -> QWidget:
    from kuntasome.ui.reports.reports_page import ReportsPage

    return ReportsPage(context)


def _archive_page(context: AppContext) -> QWidget:
    from kuntasome.ui.archive.archive_page import ArchivePage

    return ArchivePage(context)


BUILT_SECTIONS: dict[str, Callable[[AppContext], QWidget]] = {
    "channels": _channels_page,
    "calendar": _calendar_page,
    "moderation": _moderation_page,
    "statistics": _statistics_page,
    "reports": _reports_page,
    "archive": _archive_page,
}


class FitScroll(QScrollArea):
    """Shows a page at the window's size, scrolling only where the page cannot shrink to it.

    (Qt's own resizable scroll area sizes a page by its preferred height for the width, so a
    page that could have shrunk got a scroll bar for a few pixels.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit)  # not after the page is gone
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        room = self.maximumViewportSize()
        width, height = room.width(), room.height()
        if needed.width() > width:  # a horizontal scroll bar takes some of the height
            height -= self.horizontalScrollBar().sizeHint().height()
        if needed.height() > height:
            width -= self.verticalScrollBar().sizeHint().width()
        widget.resize(max(needed.width(), width), max(needed.height(), height))


class LazyPage(QWidget):
    """Holds a section's page, which is made the first time the section is opened."""

    def __init__(self) -> None:
        super().__init__()
        self.content: QWidget | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The section fits the window, not the other way round: in a window narrower than
        # the section can be, it scrolls (a layout's minimum would otherwise grow the window
        # each time another section or tab is shown).
        self._scroll = FitScroll()
        self._layout.addWidget(self._scroll)

    def set_content(self, widget: QWidget) -> None:
        self.content = widget
        self._scroll.setWidget(widget)
        widget.show()  # a child added to a page already on screen is not shown by itself


def _load_today(context: AppContext) -> tuple[object, object]:
    # Runs in a worker after the first paint: this is where the ORM loads (start-up boundary).
    from kuntasome.core.organisation import load_organisation
    from kuntasome.core.today import today_overview

    engine = context.engine()
    organisation = load_organisation(engine)
    return today_overview(engine, organisation.time_zone), organisation


class MainWindow(QMainWindow):
    """The window, built in three steps so that it appears at once.

    Before the first paint only the frame a user sees first: the section list, the menu bar's
    titles, the status bar's database and an empty page (tests/ui/test_startup.py holds the
    boundary: no ORM, no Qt enum namespace, no page modules). Right after it, :meth:`finish`
    builds the rest — the Today page, whose figures then load in the background, the menus'
    actions, backups and reminders. Each other section's page is built when first opened.
    """

    def __init__(self, context: AppContext, *, automatic_backups: bool = False) -> None:
        """*automatic_backups*: back up on the first start of the day and on closing (the
        application turns them on; a window made by a test does not write backups)."""
        super().__init__()
        self.context = context
        self.ready = False
        self._automatic_backups = automatic_backups
        self._finishing = False
        self.setWindowIcon(icon("kuntasome"))
        self.setObjectName("mainWindow")
        self.nav = QListWidget()
        self.nav.setObjectName("sectionNav")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(210)
        accessible_name(self.nav, QT_TRANSLATE_NOOP("AccessibleNames", "Sections"))
        self.stack = QStackedWidget()
        self.pages: dict[str, LazyPage] = {}
        for section in SECTIONS:
            QListWidgetItem(icon(section.key), "", self.nav)
            page = LazyPage()  # its content is built after the first paint, or when opened
            self.pages[section.key] = page
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._show_section)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        bar = self.menuBar()
        self.file_menu = QMenu(bar)
        self.view_menu = QMenu(bar)
        self.help_menu = QMenu(bar)
        for menu in (self.file_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)  # their actions come with the rest, after the first paint
        self.retranslate()
        self._restore_state()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._finishing:
            self._finishing = True
            QTimer.singleShot(0, self, self.finish)  # once this paint is on the screen

    def finish(self) -> None:
        """Build the rest of the window (see the class); once, after the first paint or
        when something needs it earlier."""
        if self.ready:
            return
        from kuntasome.ui.archive.backups import Backups
        from kuntasome.ui.reminders import Reminders
        from kuntasome.ui.today_page import TodayPage

        self.ready = True
        self.backups: Backups = Backups(self, self.context, automatic=self._automatic_backups)
        self.backups.changed.connect(self._show_backup_state)
        self.today: TodayPage = TodayPage()
        self.today.backup_requested.connect(lambda: self.backups.back_up_now())
        self.today.archive_requested.connect(
            lambda: self.nav.setCurrentRow([s.key for s in SECTIONS].index("archive"))
        )
        self.today.open_requested.connect(self.open_list)
        self.pages["today"].set_content(self.today)
        self._build_menus()
        self.retranslate()
        self.context.events.changed.connect(lambda _changes: self.refresh())  # Today sums up all
        self.reminders: Reminders = Reminders(self)
        self.reminders.notified.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        # Posts fall due as time passes: look again every five minutes.
        self.reminder_timer = QTimer(self, interval=5 * 60 * 1000)
        self.reminder_timer.timeout.connect(self.refresh)
        self.reminder_timer.start()
        self._show_section(self.nav.currentRow())  # the section used last, now built
        self._show_backup_state()
        QTimer.singleShot(3000, self, self.backups.start_of_day)  # once the window has settled
        self.refresh()  # the ORM loads in the worker: the window is already on screen

    def _show_section(self, row: int) -> None:
        if not self.ready:
            # Restoring the last section: its page (and the ORM it loads) is built after the
            # first paint, so the window appears first (see finish).
            self.stack.setCurrentIndex(row)
            return
        self.page(SECTIONS[row].key)  # builds a lazy page the first time
        self.stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget:
        """The page of a section, built if it has not been opened yet."""
        self.finish()
        page = self.pages[key]
        if page.content is None:
            page.set_content(BUILT_SECTIONS[key](self.context))
        assert page.content is not None
        return page.content

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        self.settings_action = QAction(self, menuRole=QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self, menuRole=QAction.MenuRole.QuitRole)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.backup_action = QAction(self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(lambda: self.backups.back_up_now())
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(lambda: self.backups.restore())
        self.backups_action = QAction(self)
        self.backups_action.triggered.connect(self.open_backups)
        for action in (self.backup_action, self.restore_action, self.backups_action):
            action.setEnabled(self.backups.available)
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.section_actions: list[QAction] = []
        for row, _section in enumerate(SECTIONS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row}"))
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            self.view_menu.addAction(action)
            self.section_actions.append(action)
        self.view_menu.addSeparator()
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.view_menu.addAction(self.refresh_action)
        self.language_menu = QMenu(self.view_menu)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.view_menu.addMenu(self.language_menu)

        self.data_folder_action = QAction(self)
        self.data_folder_action.triggered.connect(
            lambda: self._open_folder(str(self.context.paths.root))
        )
        self.log_folder_action = QAction(self)
        self.log_folder_action.triggered.connect(
            lambda: self._open_folder(str(self.context.paths.logs))
        )
        self.about_action = QAction(self, menuRole=QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self, menuRole=QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        for action in (self.data_folder_action, self.log_folder_action):
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("KuntaSome"))
        for row, section in enumerate(SECTIONS):
            self.nav.item(row).setText(section.translated_title())
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        engine = "PostgreSQL" if self.context.database.path is None else "SQLite"
        self.database_label.setText(
            arg(
                self.tr("Database: {display_name} ({engine})"),
                display_name=self.context.database.display_name,
                engine=engine,
            )
        )
        if self.ready:
            self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        for row, section in enumerate(SECTIONS):
            self.section_actions[row].setText(section.translated_title())
        self.settings_action.setText(self.tr("&Settings…"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.backups_action.setText(self.tr("Back&ups…"))
        if not self.backups.available:
            for action in (self.backup_action, self.restore_action, self.backups_action):
                action.setToolTip(self.backups.unavailable_reason())
        self.quit_action.setText(self.tr("&Quit"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.data_folder_action.setText(self.tr("Open &data folder"))
        self.log_folder_action.setText(self.tr("Open &log folder"))
        self.about_action.setText(self.tr("&About KuntaSome"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.language_actions[self.context.languages.language].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the Today overview in the background; the window stays responsive."""
        from kuntasome.ui.tasks import run_in_background

        self.today.show_loading()
        run_in_background(
            lambda: _load_today(self.context), self._today_loaded, self._load_failed, owner=self
        )

    def _today_loaded(self, result: tuple[object, object]) -> None:
        overview, organisation = result
        self.context.languages.set_country(organisation.country)  # type: ignore[attr-defined]
        self.today.show_overview(
            overview,  # type: ignore[arg-type]
            organisation,  # type: ignore[arg-type]
            actor_chosen=self.context.actor_id() is not None,
        )
        self.reminders.update(overview)  # type: ignore[arg-type]

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            message = exc.translated(QApplication.translate)
        else:  # the details (paths, SQL) go to the log, not on the screen
            log.error("The overview could not be loaded", exc_info=exc)
            message = self.tr("The overview could not be loaded. The log has the details.")
        self.today.show_error(message)
        self.statusBar().showMessage(message, 10_000)

    def set_language(self, language: str) -> None:
        self.context.languages.apply(language)
        self.context.preferences.set(LANGUAGE, language)
        self.statusBar().showMessage(self.tr("Language changed."), 4000)

    def open_list(self, target: str) -> None:
        """Open what a Today card or first step names: "section:list", or "settings".

        The section's page shows the list (a page's ``open_list`` knows its lists).
        """
        if target == "settings":
            self.open_settings()
            return
        key, _, what = target.partition(":")
        self.nav.setCurrentRow([s.key for s in SECTIONS].index(key))
        page = self.page(key)
        opener = getattr(page, "open_list", None)
        if what and opener is not None:
            opener(what)

    def open_backups(self) -> None:
        from kuntasome.ui.archive.backups_dialog import BackupsDialog  # when first asked for

        BackupsDialog(self.backups, self).exec()

    def _show_backup_state(self) -> None:
        self.today.show_backup_state(*self.backups.state())

    def open_settings(self) -> None:
        from kuntasome.ui.settings_dialog import SettingsDialog  # when first asked for

        SettingsDialog(self.context, self).exec()  # it announces what it changed

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About KuntaSome"),
            arg(
                self.tr(
                    "<h3>KuntaSome {version}</h3><p>Responsible social media "
                    "for a municipality's communications team: channel register, "
                    "posting calendar, moderation log, statistics, reports and "
                    "archive.</p><p>Data folder: {root}</p>"
                ),
                version=__version__,
                root=str(self.context.paths.root),
            ),
        )

    def _open_folder(self, path: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # -- state ---------------------------------------------------------------------------
    def _restore_state(self) -> None:
        preferences = self.context.preferences
        geometry = preferences.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        state = preferences.get(WINDOW_STATE)
        if state:
            self.restoreState(state)
        row = preferences.get(WINDOW_SECTION)
        self.nav.setCurrentRow(row if 0 <= row < len(SECTIONS) else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        preferences = self.context.preferences
        preferences.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        preferences.set(WINDOW_STATE, bytes(self.saveState().data()))
        preferences.set(WINDOW_SECTION, self.nav.currentRow())
        preferences.sync()
        if self.ready:
            self.backups.at_close()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.ready and self.today.overview is None and self.today.error is None:
            QTimer.singleShot(0, self, self.refresh)  # shown again after a failed first load
