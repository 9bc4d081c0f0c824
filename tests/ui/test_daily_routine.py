"""A communicator's day entirely on the command line, on a fresh data folder — and the window
then shows the same data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from kuntasome.core.database import inspect_database
from kuntasome.core.paths import DataPaths

from kuntasome.ui.calendar.calendar_page import CalendarPage
from kuntasome.ui.channels.channels_page import ChannelsPage
from kuntasome.ui.context import AppContext
from kuntasome.ui.moderation.moderation_page import ModerationPage
from kuntasome.ui.preferences import Preferences
from kuntasome.ui.translations import LanguageManager

from tests.cli.test_cli import run
from tests.pictures import png


def screenshot_png(path: Path, width: int = 40, height: int = 20) -> None:
    """A small real PNG (grey)."""
    path.write_bytes(png(width, height, lambda _y: b"\x80\x80\x80" * width))


def cli(root: Path, *args: str) -> dict:  # type: ignore[type-arg]
    result = run("--data-dir", str(root), "--lang", "en", *args, "--json")
    assert result.returncode == 0, (args, result.stderr)
    assert "Traceback" not in result.stderr
    data: dict = json.loads(result.stdout)  # type: ignore[type-arg]
    return data


def test_a_communicators_day_on_the_command_line(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "town"
    # Nothing exists yet: every command but init says so, and changes nothing.
    missing = run("--data-dir", str(root), "--lang", "en", "channels", "list")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    org = cli(root, "init", "--organisation", "Kallioranta – Bergstrand", "--country", "FI")
    assert org["time_zone"] == "Europe/Helsinki"
    again = run(
        "--data-dir", str(root), "--lang", "fi", "init", "--organisation", "X", "--country", "FI"
    )
    assert again.returncode == 1 and "on jo" in again.stderr

    sari = cli(
        root,
        "people",
        "add",
        "Sari Virtanen",
        "--email",
        "sari@kallioranta.fi",
        "--role",
        "approver",
        "--role",
        "moderator",
        "--signature",
        "Terveisin Sari",
    )
    cli(
        root,
        "channels",
        "add",
        "facebook",
        "https://www.facebook.com/kallioranta",
        "--name",
        "Kallioranta",
        "--status",
        "active",
        "--unit",
        "Viestintä",
        "--as",
        "sari@kallioranta.fi",
    )
    cli(
        root,
        "channels",
        "add",
        "instagram",
        "@kallioranta_bergstrand",
        "--name",
        "Kallioranta Instagram",
        "--status",
        "active",
    )
    listed = run("--data-dir", str(root), "channels", "list", "--json")
    channels = json.loads(listed.stdout)
    assert [c["handle"] for c in channels] == ["kallioranta", "@kallioranta_bergstrand"]
    assert channels[0]["unit"] == "Viestintä"
    grant = cli(root, "access", "grant", "facebook:kallioranta", "Sari Virtanen", "--role", "admin")
    assert (
        cli(root, "access", "verify", "facebook:kallioranta", "Sari Virtanen")["grant"]
        == grant["grant"]
    )

    post = cli(
        root,
        "calendar",
        "add",
        "--title",
        "Joulukatu avataan",
        "--text-fi",
        "Joulukatu avataan lauantaina!",
        "--text-sv",
        "Julgatan öppnar på lördag!",
        "--channel",
        "facebook:kallioranta",
        "--channel",
        "instagram:kallioranta_bergstrand",
        "--at",
        "2026-12-05T09:00",
        "--as",
        "Sari Virtanen",
    )
    assert post["status"] == "draft" and set(post["texts"]) == {"fi", "sv"}
    refused = run("--data-dir", str(root), "--lang", "en", "calendar", "approve", str(post["id"]))
    assert refused.returncode == 1 and "cannot become" in refused.stderr
    cli(root, "calendar", "submit", str(post["id"]), "--as", "Sari Virtanen")
    nobody = run("--data-dir", str(root), "--lang", "en", "calendar", "approve", str(post["id"]))
    assert nobody.returncode == 1 and "approver" in nobody.stderr
    assert (
        cli(root, "calendar", "approve", str(post["id"]), "--as", "Sari Virtanen")["status"]
        == "approved"
    )
    cli(
        root,
        "calendar",
        "publish",
        str(post["id"]),
        "--channel",
        "facebook:kallioranta",
        "--url",
        "https://www.facebook.com/kallioranta/posts/1",
        "--at",
        "2026-12-05T09:02",
    )
    done = cli(
        root,
        "calendar",
        "publish",
        str(post["id"]),
        "--channel",
        "instagram:kallioranta_bergstrand",
        "--url",
        "https://www.instagram.com/p/abc/",
        "--at",
        "2026-12-05T09:05",
    )
    assert done["status"] == "published"

    shot = tmp_path / "ennen-poistoa.png"
    screenshot_png(shot)
    common = ("--channel", "facebook:kallioranta", "--as", "Sari Virtanen")
    cli(
        root,
        "moderation",
        "add",
        *common,
        "--kind",
        "question",
        "--action",
        "answered",
        "--seen",
        "2026-12-05T10:00",
        "--answered",
        "2026-12-05T10:20",
        "--author",
        "@matti",
        "--comment",
        "Mihin aikaan?",
        "--answer",
        "Kello 12. Terveisin Sari",
    )
    cli(
        root,
        "moderation",
        "add",
        *common,
        "--kind",
        "feedback",
        "--action",
        "acknowledged",
        "--seen",
        "2026-12-05T11:00",
        "--author",
        "@liisa",
    )
    # A removal without a screenshot is refused and changes nothing…
    no_shot = run(
        "--data-dir",
        str(root),
        "--lang",
        "en",
        "moderation",
        "add",
        *common,
        "--kind",
        "inappropriate",
        "--action",
        "removed",
        "--reason",
        "harassment",
    )
    assert no_shot.returncode == 1 and "screenshot" in no_shot.stderr
    removal = cli(
        root,
        "moderation",
        "add",
        *common,
        "--kind",
        "inappropriate",
        "--action",
        "removed",
        "--reason",
        "harassment",
        "--seen",
        "2026-12-05T12:00",
        "--author",
        "@troll",
        "--comment",
        '=HYPERLINK("x")',
        "--evidence",
        str(shot),
    )
    assert removal["evidence_files"] == 1
    for at in ("2026-12-05T08:30", "2026-12-05T12:30", "2026-12-05T15:30"):
        assert (
            cli(root, "moderation", "check-in", "--at", at, "--as", "Sari Virtanen")["channels"]
            == 2
        )
    block = cli(
        root,
        "moderation",
        "block",
        "--channel",
        "facebook:kallioranta",
        "--account",
        "@troll",
        "--reason",
        "Toistuva häirintä",
        "--entry",
        str(removal["entry"]),
        "--as",
        "Sari Virtanen",
    )
    cli(root, "moderation", "lift", str(block["block"]), "--reason", "Erehdys")

    verify = run("--data-dir", str(root), "--lang", "en", "moderation", "verify")
    assert (
        verify.returncode == 0 and "intact: 3 entries checked, 2 evidence files" in verify.stdout
    )  # original + PDF/A
    entries = json.loads(
        run(
            "--data-dir",
            str(root),
            "moderation",
            "list",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
            "--json",
        ).stdout
    )
    assert len(entries) == 3 and entries[0]["evidence_files"] == 1
    pdfs = list((root / "evidence").rglob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")

    # The window shows the same data.
    paths = DataPaths(root)
    languages = LanguageManager()
    languages.apply("en")
    context = AppContext(
        paths, inspect_database(paths.database_url), Preferences.open(paths), languages
    )
    context.today = lambda: date(2026, 12, 5)
    try:
        register = ChannelsPage(context)
        qtbot.addWidget(register)
        register.show()
        qtbot.waitUntil(lambda: register.loaded, timeout=10_000)
        assert register.register.count.text() == "2 of 2 channels"

        moderation = ModerationPage(context)
        qtbot.addWidget(moderation)
        moderation.show()
        qtbot.waitUntil(lambda: moderation.loaded is not None, timeout=10_000)
        qtbot.waitUntil(
            lambda: not moderation.loader.running and moderation.model.rowCount() == 3,
            timeout=10_000,
        )
        assert {moderation.model.rows[r].author_handle for r in range(3)} == {
            "@matti",
            "@liisa",
            "@troll",
        }

        calendar = CalendarPage(context)
        qtbot.addWidget(calendar)
        calendar.show()
        qtbot.waitUntil(lambda: calendar.data is not None, timeout=10_000)
        titles = {e.title for e in calendar.data.entries}
        assert titles == {"Joulukatu avataan"}
        assert {e.target_status for e in calendar.data.entries} == {"published"}
    finally:
        context.close()
    assert sari["roles"] == ["approver", "moderator"]
