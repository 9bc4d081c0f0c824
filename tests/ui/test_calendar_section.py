"""The Calendar section with real widgets on a copy of the demo town."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import Session, col, select

from kuntasome.core.calendar.posts import load_post
from kuntasome.core.models import AuditLog, Person, PersonRole, PostTarget

from kuntasome.ui.calendar.calendar_page import CalendarPage
from kuntasome.ui.calendar.crisis_dialogs import EndCrisisDialog, StartCrisisDialog
from kuntasome.ui.calendar.post_editor import PostEditor
from kuntasome.ui.context import AppContext

from tests.ui.conftest import choose_file, settle, when_modal


def _person(context: AppContext, role: str, approver: bool) -> int:
    with Session(context.engine()) as s:
        approvers = set(s.exec(select(PersonRole.person_id).where(PersonRole.role == "approver")))
        roles = s.exec(select(PersonRole.person_id).where(PersonRole.role == role)).all()
        people = [p for p in roles if (p in approvers) == approver]
        person = s.get(Person, people[0])
        assert person is not None and person.left_on is None
        return person.id or 0


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> Iterator[CalendarPage]:
    context.today = lambda: date(2026, 11, 22)
    widget = CalendarPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.data is not None and not widget.loader.running, timeout=10_000)
    yield widget


def _wait_loaded(qtbot: QtBot, page: CalendarPage) -> None:
    qtbot.waitUntil(lambda: not page.loader.running, timeout=10_000)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not page.loader.running, timeout=10_000)


def test_the_month_shows_posts_week_numbers_holidays_and_rule_warnings(
    page: CalendarPage, qtbot: QtBot
) -> None:
    assert page.data is not None
    month = page.month
    assert month.first == date(2026, 10, 26) and month.last == date(2026, 12, 6)
    assert month.placed, "posts are drawn as chips"
    assert page.data.holidays[date(2026, 12, 6)] == "Independence Day"
    assert any(e.warnings for e in page.data.entries)
    assert page.data.day_warnings, "frequency targets are judged"
    # Paging and the list view.
    page.page(1)
    _wait_loaded(qtbot, page)
    assert page.month.first == date(2026, 11, 30)
    page.set_view("list")
    _wait_loaded(qtbot, page)
    everything = page.list.model.rowCount()
    assert everything > 10
    qtbot.keyClicks(page.list.search, "Kirjaston")
    narrowed = page.list.model.rowCount()
    assert 0 < narrowed < everything
    assert all("kirjaston" in r.haystack for r in page.list.model.rows)


def test_creating_sending_and_approving_a_post(
    page: CalendarPage, context: AppContext, qtbot: QtBot
) -> None:
    writer = _person(context, "communicator", approver=False)
    approver = _person(context, "approver", approver=True)
    context.set_actor_id(writer)
    created: list[int] = []

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, PostEditor)
        dialog.title_edit.setText("Joulukonsertti")

        def name_campaign(box: QWidget) -> None:
            box.setTextValue("Joulu 2026")  # type: ignore[attr-defined]
            box.accept()  # type: ignore[attr-defined]

        when_modal(name_campaign)
        dialog.new_campaign.click()
        qtbot.waitUntil(lambda: dialog.campaign.currentText() == "Joulu 2026")
        dialog.text_edits["fi"].setPlainText("Joulukonsertti kirjastossa 12.12. klo 18.")
        dialog.add_channel.setCurrentIndex(0)
        dialog.add_button.click()
        assert dialog.targets and dialog.targets[0].scheduled_at is not None
        assert "⚠" in dialog.warnings.text() or not dialog.warnings.isVisible()
        dialog.save()
        qtbot.waitUntil(lambda: bool(dialog.post.id))
        created.append(dialog.post.id)
        send = dialog.findChild(QPushButton, "workflow_in_review")
        assert send is not None
        send.click()
        qtbot.waitUntil(lambda: dialog.post.status == "in_review")
        approve = dialog.findChild(QPushButton, "workflow_approved")
        assert approve is not None and not approve.isEnabled()  # not an approver
        assert "do not have it" in approve.toolTip()
        dialog.reject()

    when_modal(write)
    page.new_post(datetime(2026, 12, 10, 9, 0))
    qtbot.waitUntil(lambda: bool(created))
    assert load_post(context.engine(), created[0]).status == "in_review"
    assert load_post(context.engine(), created[0]).campaign_id is not None

    context.set_actor_id(approver)

    def approve(dialog: QWidget) -> None:
        assert isinstance(dialog, PostEditor)
        button = dialog.findChild(QPushButton, "workflow_approved")
        assert button is not None and button.isEnabled()
        button.click()
        settle(qtbot)
        dialog.reject()

    when_modal(approve)
    page.open_post(created[0])
    post = load_post(context.engine(), created[0])
    assert post.status == "approved" and post.approved_by_id == approver
    with Session(context.engine()) as s:
        entry = s.exec(
            select(AuditLog).where(
                AuditLog.action == "post.approved", AuditLog.entity_id == post.id
            )
        ).one()
        assert entry.actor_id == approver


def _movable_chip(page: CalendarPage) -> tuple[QPoint, int, datetime]:
    for item in page.month.placed:
        entry = item.entry
        if (
            entry.movable
            and entry.day.weekday() < 5
            and entry.day.month == 11
            and entry.day.day < 27
        ):
            return item.rect.center().toPoint(), entry.target_id, entry.at
    raise AssertionError("no movable post in view")


def _scheduled_at(page: CalendarPage, target_id: int) -> datetime:
    with Session(page.context.engine()) as s:
        target = s.get(PostTarget, target_id)
        assert target is not None and target.scheduled_at is not None
        at = target.scheduled_at
        return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(page._tz())


def test_dragging_a_post_to_another_day_reschedules_it_and_the_keyboard_can_too(
    page: CalendarPage, qtbot: QtBot
) -> None:
    start, target_id, at = _movable_chip(page)
    month = page.month
    destination = month._cell(at.date() + timedelta(days=1)).center().toPoint()
    qtbot.mousePress(month, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(month, start + QPoint(12, 0))
    qtbot.mouseMove(month, destination)
    qtbot.mouseRelease(month, Qt.MouseButton.LeftButton, pos=destination)
    settle(qtbot)
    moved = _scheduled_at(page, target_id)
    assert moved.date() == at.date() + timedelta(days=1)
    assert moved.time() == at.time()  # same time of day
    _wait_loaded(qtbot, page)

    # Keyboard: the chosen post moves a week later with Alt+Down.
    month.setFocus()
    assert month.selected is not None and month.selected.target_id == target_id
    qtbot.keyClick(month, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    assert _scheduled_at(page, target_id).date() == at.date() + timedelta(days=8)
    with Session(page.context.engine()) as s:
        moves = s.exec(select(AuditLog).where(AuditLog.action == "post.reschedule")).all()
        assert len(moves) == 2
    # Tab walks the posts of the chosen day, Enter would open one.
    _wait_loaded(qtbot, page)
    day = month.current_day
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    assert month.selected is not None and month.selected.day == day


def test_the_week_view_has_a_time_grid_with_readable_chips(
    page: CalendarPage, qtbot: QtBot
) -> None:
    page.set_view("week")
    _wait_loaded(qtbot, page)
    week = page.week
    assert week.monday == date(2026, 11, 16)
    page.page(1)  # next week: posts still to come
    _wait_loaded(qtbot, page)
    assert week.monday == date(2026, 11, 23)
    assert week.placed
    # Issue 17, item 5: posts close in time were squeezed side by side into "1…" chips. Every
    # chip is now the width of its day, no two overlap, and each post of the week is either
    # drawn or counted in its day's "+N more".
    day_width = week._day_width()
    assert all(p.rect.width() >= day_width - 6 for p in week.placed)
    boxes = [p.rect for p in week.placed] + [m.rect for m in week.overflow]
    for i, a in enumerate(boxes):
        assert not any(a.intersects(b) for b in boxes[i + 1 :]), a
    assert page.data is not None
    shown = [p.entry.target_id for p in week.placed]
    counted = [e.target_id for m in week.overflow for e in m.entries]
    assert sorted(shown + counted) == sorted(e.target_id for e in page.data.entries)
    chip = week.placed[0]
    title = chip.entry.title
    room = week.fontMetrics().horizontalAdvance(f"{chip.entry.at:%H.%M} {title[:12]}")
    assert chip.rect.width() > room, "twelve characters of the title fit on a chip"
    item = next(p for p in week.placed if p.entry.movable)
    destination = QPoint(
        int(item.rect.center().x()), int(week._y(item.entry.at.time()) + 2 * week._hour_height())
    )
    start = item.rect.center().toPoint()
    qtbot.mousePress(week, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(week, start + QPoint(0, 12))
    qtbot.mouseRelease(week, Qt.MouseButton.LeftButton, pos=destination)
    settle(qtbot)
    moved = _scheduled_at(page, item.entry.target_id)
    assert moved.date() == item.entry.day
    assert abs((moved - item.entry.at).total_seconds() - 2 * 3600) <= 15 * 60


def _paused(context: AppContext) -> int:
    with Session(context.engine()) as s:
        return len(s.exec(select(PostTarget.id).where(PostTarget.status == "paused")).all())


def test_crisis_mode_pauses_posts_and_ending_it_puts_them_back(
    page: CalendarPage, context: AppContext, qtbot: QtBot
) -> None:
    context.set_actor_id(_person(context, "approver", approver=True))

    def start(dialog: QWidget) -> None:
        assert isinstance(dialog, StartCrisisDialog)
        dialog.reason.setPlainText("Vesijohtovaurio keskustassa")
        dialog.write_message.setChecked(False)
        dialog.accept()

    when_modal(start)
    page.crisis_button.click()
    assert _paused(context) > 0
    _wait_loaded(qtbot, page)
    assert page.crisis_banner.isVisible()
    assert "Vesijohtovaurio" in page.crisis_banner.text()
    paused_before = _paused(context)

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        when_modal(put_back)
        box.button(QMessageBox.StandardButton.Yes).click()

    def put_back(dialog: QWidget) -> None:
        assert isinstance(dialog, EndCrisisDialog)
        assert dialog.table.rowCount() == paused_before
        dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # this one waits
        dialog.accept()

    when_modal(confirm)
    page.crisis_button.click()
    settle(qtbot)
    assert _paused(context) == 1
    _wait_loaded(qtbot, page)
    assert not page.crisis_banner.isVisible()
    with Session(context.engine()) as s:
        actions = s.exec(
            select(AuditLog.action).where(col(AuditLog.action).startswith("crisis."))
        ).all()
    assert actions == ["crisis.start", "crisis.end"]


def test_the_plan_exports_to_an_ics_file(page: CalendarPage, tmp_path: Path, qtbot: QtBot) -> None:
    out = tmp_path / "suunnitelma.ics"

    def export(dialog: QWidget) -> None:
        when_modal(choose_file(str(out)))
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(export)
    page.ics_button.click()
    calendar = vobject.readOne(out.read_text(encoding="utf-8"))
    assert len(calendar.vevent_list) > 20
    assert not list(tmp_path.glob("*.partial"))


def test_the_section_speaks_finnish_and_swedish(
    page: CalendarPage, context: AppContext, qtbot: QtBot
) -> None:
    context.languages.apply("fi")
    qtbot.waitUntil(lambda: page.today_button.text() == "Tänään")
    assert page.view_buttons.button(1).text() == "Viikko"
    assert page.new_button.text() == "Uusi julkaisu…"
    context.languages.apply("sv")
    qtbot.waitUntil(lambda: page.today_button.text() == "I dag")
    assert page.ics_button.text() == "Exportera till Outlook (.ics)…"
    # Holidays are named in the window's language, also after a switch (they were left in
    # the language the month was loaded in).
    independence = date(2026, 12, 6)
    qtbot.waitUntil(
        lambda: (
            page.data is not None
            and page.data.holidays.get(independence) == "Självständighetsdagen"
        ),
        timeout=10_000,
    )
    assert QApplication.translate(
        "Rules", "{channel}: several posts a day on consecutive days."
    ) != ("{channel}: several posts a day on consecutive days.")


def test_reminders_tell_what_is_new_and_today_counts_rule_warnings(
    qtbot: QtBot, context: AppContext
) -> None:
    from dataclasses import replace

    from kuntasome.core.calendar.posts import PostDetails, TargetDetails, save_post
    from kuntasome.core.channels.register import find_channel
    from kuntasome.core.organisation import load_organisation
    from kuntasome.core.today import today_overview

    from kuntasome.ui.main_window import MainWindow
    from kuntasome.ui.reminders import reminder_texts

    tz = load_organisation(context.engine()).time_zone
    now = datetime(2026, 11, 23, 7, 50, tzinfo=tz)
    before = today_overview(context.engine(), tz, now=now).posts_with_warnings
    bilingual = find_channel(context.engine(), "facebook:kallioranta")
    save_post(  # Finnish only, on a channel that posts in Finnish and Swedish
        context.engine(),
        PostDetails(
            title="Vain suomeksi",
            texts={"fi": "Hei!"},
            # Within the hour: the reminder does not count on the demo having a post then.
            targets=(TargetDetails(bilingual.id, datetime(2026, 11, 23, 8, 20, tzinfo=tz)),),
        ),
        actor_id=None,
    )
    overview = today_overview(context.engine(), tz, now=now)
    assert overview.posts_next_hour > 0 and overview.approvals_waiting > 0
    assert overview.posts_with_warnings == before + 1
    first = reminder_texts(None, overview)
    assert any("due within the hour" in t for t in first)
    assert any("waiting for approval" in t for t in first)
    assert reminder_texts(overview, overview) == []  # nothing new: no interruption
    more = replace(overview, approvals_waiting=overview.approvals_waiting + 1)
    assert [t for t in reminder_texts(overview, more) if "approval" in t]

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.finish()
    with qtbot.waitSignal(window.reminders.notified, timeout=10_000) as signal:
        window._today_loaded((overview, load_organisation(context.engine())))
    assert "approval" in signal.args[0]
    card = window.today.cards[6]
    assert card.isVisible() or not window.isVisible()


def test_the_media_details_dialog_saves_and_cancels(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """It crashed on Save and Cancel: a field named ``done`` shadowed QDialog.done()."""
    from kuntasome.core.calendar.media import add_media_file, load_media

    from kuntasome.ui.calendar.media_dialog import MediaDialog

    picture = tmp_path / "konsertti.png"
    picture.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
        )
    )
    media = add_media_file(context.engine(), context.paths.media, picture, actor_id=None)
    dialog = MediaDialog(context, media, None)
    qtbot.addWidget(dialog)
    dialog.alts["fi"].setText("Kuoro laulaa kirjaston aulassa")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert dialog.media is not None
    assert load_media(context.engine(), [media.id])[0].alt_texts["fi"] == (
        "Kuoro laulaa kirjaston aulassa"
    )
    again = MediaDialog(context, dialog.media, None)
    qtbot.addWidget(again)
    again.show()
    again.buttons.button(again.buttons.StandardButton.Cancel).click()
    assert again.result() == again.DialogCode.Rejected and not again.isVisible()


def test_a_new_post_is_never_planned_in_the_past(
    page: CalendarPage, context: AppContext, qtbot: QtBot
) -> None:
    from datetime import timedelta

    from kuntasome.core.calendar.posts import default_post_time

    # Issue 17 item 16: a new post defaulted to 09:00 of the day shown, even when that had passed.
    page.anchor = date.today() - timedelta(days=3)
    seen: list[datetime] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PostEditor)
        seen.append(dialog.default_time)
        dialog.reject()

    when_modal(look)
    page.new_post(None)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] > datetime.now(seen[0].tzinfo)
    # The rule itself: the day's 09:00, else the next full hour, else tomorrow's 09:00.
    assert default_post_time(date(2026, 12, 10), datetime(2026, 12, 1, 12, 0)) == datetime(
        2026, 12, 10, 9, 0
    )
    assert default_post_time(date(2026, 12, 1), datetime(2026, 12, 1, 12, 20)) == datetime(
        2026, 12, 1, 13, 0
    )
    assert default_post_time(date(2026, 12, 1), datetime(2026, 12, 1, 20, 5)) == datetime(
        2026, 12, 2, 9, 0
    )


def test_approving_before_choosing_who_you_are_asks_who(
    page: CalendarPage, context: AppContext, qtbot: QtBot
) -> None:
    from kuntasome.core.models import Post

    approver = _person(context, "approver", approver=True)
    with Session(context.engine()) as s:
        waiting = s.exec(select(Post).where(Post.status == "in_review")).first()
        assert waiting is not None and waiting.id is not None
    context.set_actor_id(None)
    with Session(context.engine()) as s:
        name = s.get(Person, approver).name  # type: ignore[union-attr]

    def approve(dialog: QWidget) -> None:
        assert isinstance(dialog, PostEditor)
        button = dialog.findChild(QPushButton, "workflow_approved")
        assert button is not None and button.isEnabled()  # not greyed without a word
        assert button.text() == "Approve…" and "choose who you are" in button.toolTip()

        def choose(box: QWidget) -> None:
            assert name in box.comboBoxItems()  # type: ignore[attr-defined]
            box.setTextValue(name)  # type: ignore[attr-defined]
            box.accept()  # type: ignore[attr-defined]

        when_modal(choose)
        button.click()
        settle(qtbot)
        dialog.reject()

    when_modal(approve)
    page.open_post(waiting.id)
    post = load_post(context.engine(), waiting.id)
    assert post.status == "approved" and post.approved_by_id == approver
    assert context.actor_id() == approver


def test_while_loading_the_calendar_says_so_instead_of_no_posts(
    qtbot: QtBot, context: AppContext
) -> None:
    context.today = lambda: date(2026, 11, 22)
    widget = CalendarPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    # Before the first answer from the database: no "No posts" for a day not yet read.
    assert widget.data is None
    texts = [widget.side.posts.item(i).text() for i in range(widget.side.posts.count())]
    assert texts == ["Loading…"]
    qtbot.waitUntil(lambda: widget.data is not None, timeout=10_000)
    texts = [widget.side.posts.item(i).text() for i in range(widget.side.posts.count())]
    assert "Loading…" not in texts


def test_a_post_without_a_channel_shows_no_time_not_the_year_2000(
    page: CalendarPage, qtbot: QtBot
) -> None:
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PostEditor)
        try:
            seen.append(dialog.time_edit.text())
            seen.append(str(dialog.time_edit.isEnabled()))
        finally:
            dialog.reject()

    when_modal(look)
    page.new_post(datetime(2026, 12, 10, 9, 0))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == ["–", "False"]


def test_a_crowded_day_opens_its_list_of_posts_in_full(
    page: CalendarPage, qtbot: QtBot, context: AppContext
) -> None:
    """ "+N more" opens the day's posts, as does Enter on a day; holidays are named in full."""
    month = page.month
    assert page.data is not None
    page.resize(1100, 640)  # a laptop: the month has days with more posts than fit
    qtbot.waitUntil(lambda: bool(month.overflow), timeout=5000)
    more = month.overflow[0]
    day_posts = page.data.by_day[more.day]
    assert len(more.entries) + sum(1 for p in month.placed if p.entry.day == more.day) == len(
        day_posts
    )
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=more.rect.center().toPoint())
    day_list = page.day_list
    qtbot.waitUntil(day_list.isVisible, timeout=2000)
    assert day_list.posts.count() == len(day_posts)
    first = day_list.posts.item(0).text()
    assert day_posts[0].title in first  # the title in full, with its channel and status
    opened: list[object] = []
    page.open_entry = opened.append  # type: ignore[method-assign]
    day_list.posts.setCurrentRow(1)
    qtbot.keyClick(day_list.posts, Qt.Key.Key_Return)
    assert opened == [day_posts[1]] and not day_list.isVisible()
    assert month.selected is not None and month.selected.target_id == day_posts[1].target_id

    # Enter on a day with posts and no post chosen opens the list too.
    month.setFocus()
    month.select(None)
    month.set_current_day(more.day)
    qtbot.keyClick(month, Qt.Key.Key_Return)
    qtbot.waitUntil(day_list.isVisible, timeout=2000)
    qtbot.keyClick(day_list.posts, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not day_list.isVisible(), timeout=2000)

    # A holiday too long to stand beside its day's number gets a line of its own, in full.
    page.go_today()
    page.anchor = date(2026, 12, 1)
    page.reload()
    _wait_loaded(qtbot, page)
    independence = date(2026, 12, 6)
    assert page.data.holidays[independence] == "Independence Day"
    from PySide6.QtGui import QFontMetricsF

    note = month._day_note(independence)
    beside = month._cell(independence).width() - 10 - month.fontMetrics().horizontalAdvance("31 ")
    fits = QFontMetricsF(month._small()).horizontalAdvance(note) <= beside
    assert month.note_below(independence) is not fits


def test_times_are_written_as_the_language_writes_them(
    page: CalendarPage, context: AppContext, qtbot: QtBot
) -> None:
    """Issue 21, locale formats: the list, the tooltips and the day lists wrote every time
    the Finnish way ("01.12.2026 09.15", "9.15") in English and Swedish too."""
    from kuntasome.ui.calendar.canvas import describe
    from kuntasome.ui.calendar.list_view import build_rows

    assert page.data is not None
    entry = next(e for e in page.data.entries if e.at.hour >= 10)
    shown = {}
    for language in ("en", "fi"):
        context.languages.apply(language)
        rows = build_rows(page.data, {})
        (row,) = [r for r in rows if r.entry is entry]
        shown[language] = (row.cells[0], describe(entry, page.data).splitlines()[0])
    hour, minute = entry.at.hour, entry.at.minute
    day = entry.at.date()
    assert shown["en"][0] == f"{day:%d/%m/%Y} {hour:02}:{minute:02}", shown
    assert shown["fi"][0] == f"{day.day}.{day.month}.{day.year} {hour}.{minute:02}", shown
    assert shown["en"][1].startswith(shown["en"][0]), shown
