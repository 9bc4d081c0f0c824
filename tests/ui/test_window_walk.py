"""Every section and tab of the window, visited as a new user would on the demo town."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kuntasome.core.platforms import PLATFORMS

from kuntasome.ui.context import AppContext
from kuntasome.ui.main_window import MainWindow
from kuntasome.ui.sections import SECTIONS

from tests.ui.conftest import open_window

RAW_KEYS = tuple(f"({key})" for key in PLATFORMS)


def settle(qtbot: QtBot) -> None:
    """Until the background loads are done and their results are shown."""
    pool = QThreadPool.globalInstance()
    for _ in range(3):
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=15_000)
        qtbot.wait(50)


def texts_of(root: QWidget) -> list[str]:
    found: list[str] = []
    for label in root.findChildren(QLabel):
        found.append(label.text())
    for combo in root.findChildren(QComboBox):
        found += [combo.itemText(i) for i in range(combo.count())]
    for items in root.findChildren(QListWidget):
        found += [items.item(i).text() for i in range(items.count())]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            model.columnCount(QModelIndex())
        except TypeError:  # a list model (its column count is private)
            continue
        for row in range(min(model.rowCount(QModelIndex()), 200)):
            for column in range(model.columnCount(QModelIndex())):
                value = model.index(row, column).data()
                found.append(str(value) if value is not None else "")
        for column in range(model.columnCount(QModelIndex())):
            found.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
        for row in range(min(model.rowCount(QModelIndex()), 200)):
            found.append(str(model.headerData(row, Qt.Orientation.Vertical)))
    return found


def test_every_section_and_tab_keeps_the_window_size_and_names_services(
    qtbot: QtBot, context: AppContext
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    settle(qtbot)
    qtbot.waitUntil(lambda: window.ready and window.today.overview is not None, timeout=10_000)
    settle(qtbot)
    size = window.size()
    assert size.toTuple() == (1024, 640), "Today grew the window"
    seen: list[str] = []
    moved: list[str] = []
    for index, section in enumerate(SECTIONS):
        window.nav.setCurrentRow(index)
        settle(qtbot)
        page = window.stack.currentWidget()
        if window.size() != size:
            moved.append(f"{section.key}: {window.size().toTuple()}")
        # A window manager grows the window to its minimum (the offscreen platform does not).
        needed = window.minimumSizeHint()
        if needed.width() > size.width() or needed.height() > size.height():
            moved.append(f"{section.key} needs {needed.toTuple()}")
        for tabs in page.findChildren(QTabWidget):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                settle(qtbot)
                QApplication.processEvents()
                if window.size() != size:
                    moved.append(f"{section.key} › {tabs.tabText(tab)}: {window.size().toTuple()}")
        seen += texts_of(page)
    assert not moved, f"the window resized itself from {size.toTuple()}: {moved}"
    raw = sorted({t for t in seen if any(k in t for k in RAW_KEYS)})
    assert not raw, raw


def test_every_section_has_its_header_and_fits_a_laptop_screen(
    qtbot: QtBot, context: AppContext
) -> None:
    """On a 1366×768 laptop no section scrolls (Qt's resizable scroll area gave a page a scroll bar
    for a few pixels of preferred height), and each opens with the same large title and
    summary (four sections had a small bold title of their own)."""
    from PySide6.QtWidgets import QScrollArea

    from kuntasome.ui.sections import PageHeader

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 700)  # a laptop's 768 less a task bar and the title
    window.show()
    settle(qtbot)
    scrolling, without = [], []
    for index, section in enumerate(SECTIONS):
        window.nav.setCurrentRow(index)
        settle(qtbot)
        QApplication.processEvents()
        holder = window.pages[section.key]
        scroll = holder.findChild(QScrollArea)
        assert scroll is not None
        if scroll.verticalScrollBar().isVisible() or scroll.horizontalScrollBar().isVisible():
            scrolling.append(section.key)
        headers = window.page(section.key).findChildren(PageHeader)
        if not any(h.title.text() == section.translated_title() for h in headers):
            without.append(section.key)
    assert not scrolling, scrolling
    assert not without, without


def every_section_and_tab(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Open each section, then each of its tabs, as a user would; yield where ("archive ›
    Disposal") and the section's page, with its background loads done."""
    for index, section in enumerate(SECTIONS):
        window.nav.setCurrentRow(index)
        settle(qtbot)
        page = window.stack.currentWidget()
        yield section.key, page
        for tabs in page.findChildren(QTabWidget):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                settle(qtbot)
                yield f"{section.key} › {tabs.tabText(tab)}", page


MNEMONIC = re.compile(r"&(?![a-zA-Z]+;|#\d+;)(\w)")  # not an entity such as &nbsp;


def _clashes(texts: list[str]) -> list[list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        for letter in MNEMONIC.findall(text.replace("&&", "")):
            by_letter[letter.lower()].append(text.replace("&&", "&"))
    return [sorted(same) for same in by_letter.values() if len(same) > 1]


def _menu_clashes(menu: QMenu, where: str) -> list[str]:
    actions = [a for a in menu.actions() if not a.isSeparator()]
    found = [f"{where}: {same}" for same in _clashes([a.text() for a in actions])]
    for action in actions:
        if action.menu() is not None:
            found += _menu_clashes(action.menu(), f"{where} › {action.text()}")
    return found


def _pressable(window: MainWindow, root: QWidget) -> list[str]:
    """The accelerators one Alt+letter can reach on what is on screen: the menu bar and the
    page's visible buttons, group boxes, tabs and labels with a buddy."""
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [b.text() for b in root.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [g.title() for g in root.findChildren(QGroupBox) if g.isVisibleTo(window)]
    texts += [
        label.text()
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_no_accelerator_letter_is_used_twice_where_it_is_pressed(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    """Alt+letter must do one thing: in each menu, and on each section and tab together with
    the menu bar (Qt moves the focus between widgets that share a letter instead of acting)."""
    window = open_window(qtbot, context, language=language)
    found = [
        f"menu bar: {same}" for same in _clashes([a.text() for a in window.menuBar().actions()])
    ]
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found += _menu_clashes(action.menu(), action.text())
    for where, page in every_section_and_tab(qtbot, window):
        found += [f"{where}: {same}" for same in _clashes(_pressable(window, page))]
    assert not found, "\n".join(sorted(set(found)))


INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _unnamed(window: MainWindow) -> list[str]:
    """Visible, enabled widgets a user can act on that a screen reader could not name."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue  # a table's header is part of the table
        if not (widget.isVisibleTo(window) and widget.isEnabled()):
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or a spin box
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a table's corner button)
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            found.append(type(widget).__name__)
    return found


@pytest.mark.parametrize("language", ["en", "fi"])
def test_a_screen_reader_can_name_everything_and_tab_leaves_every_table(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    """Issue 21 (Act 306/2019): on every section and tab, each field, button, list and table
    has a name a screen reader announces (a placeholder is not one), and Tab moves on from a
    table instead of walking its cells for ever."""
    window = open_window(qtbot, context, language=language)
    unnamed: list[str] = []
    traps: list[str] = []
    for where, _page in every_section_and_tab(qtbot, window):
        unnamed += [f"{where}: {kind}" for kind in _unnamed(window)]
        traps += [
            f"{where}: {type(view).__name__}"
            for view in window.findChildren(QAbstractItemView)
            if view.isVisibleTo(window) and view.tabKeyNavigation()
        ]
    assert not unnamed, "\n".join(sorted(set(unnamed)))
    assert not traps, "\n".join(sorted(set(traps)))
