"""The command line, run as a user runs it: a separate process, real files."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kuntasome.core.paths import DataPaths

from kuntasome import __version__

from tests.pdf_checks import check_pdf, pdf_text


def command_env(env_lang: str = "C") -> dict[str, str]:
    """The environment a command runs in: offscreen, the given locale, and the keyring's
    session when the tests run inside one."""
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": env_lang,
        "PATH": "/usr/bin:/bin",
        "HOME": str(Path.home()),
    }
    for name in (
        "DBUS_SESSION_BUS_ADDRESS",
        "XDG_DATA_HOME",
        "XDG_RUNTIME_DIR",
        "KUNTASOME_WAIT_S",
    ):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def run(
    *args: str, env_lang: str = "C", stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kuntasome", *args],
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
        env=command_env(env_lang),
    )


def need_secret_service() -> None:
    """Skip without a Secret Service session, except in CI, which must test against one."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("CI"):
            pytest.fail("CI must test against a real Secret Service")
        pytest.skip("no Secret Service session")


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_demo_then_check_in_finnish(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    demo = run("--data-dir", data, "--lang", "fi", "demo", "--today", "2026-11-22")
    assert demo.returncode == 0, demo.stderr
    assert "kanavaa" in demo.stdout and "julkaisua" in demo.stdout
    check = run("--data-dir", data, "--lang", "fi", "check")
    assert check.returncode == 0
    assert "Ongelmia ei löytynyt." in check.stdout


def test_check_json_in_swedish(demo_paths: DataPaths) -> None:
    result = run("--data-dir", str(demo_paths.root), "--lang", "sv", "check", "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["ok"] is True
    assert report["findings"][1]["message"] == "Databasfilen är intakt."


def test_demo_json_reports_counts(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "demo", "--json", "--today", "2026-11-22")
    summary = json.loads(result.stdout)
    assert summary["channels"] == 12 and summary["posts"] > 1000


def test_check_fails_clearly_on_a_broken_database(tmp_path: Path) -> None:
    (tmp_path / "kuntasome.sqlite").write_text("not a database")
    result = run("--data-dir", str(tmp_path), "--lang", "en", "check")
    assert result.returncode == 1
    assert "damaged or is not a database" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_demo_refuses_existing_data_without_traceback(demo_paths: DataPaths) -> None:
    result = run("--data-dir", str(demo_paths.root), "--lang", "sv", "demo")
    assert result.returncode == 1
    assert "Databasen innehåller redan 12 kanaler" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_is_translated() -> None:
    result = run("--lang", "sv", "check", "--help")
    assert result.returncode == 0
    assert "Kontrollerar databasens integritet" in result.stdout


def test_env_var_selects_data_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kuntasome", "--lang", "en", "check", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "KUNTASOME_DATA_DIR": str(tmp_path / "x"),
            "PATH": "/usr/bin:/bin",
        },
    )
    assert json.loads(result.stdout)["database"] == str(tmp_path / "x" / "kuntasome.sqlite")


def test_starting_the_gui_does_not_load_the_orm_before_the_window() -> None:
    """Cold start: the window module must not pull in SQLAlchemy, Alembic or matplotlib."""
    code = (
        "import sys; import kuntasome.app, kuntasome.ui.main_window; "
        "print(sorted(m for m in ('sqlalchemy','sqlmodel','alembic','matplotlib','pypdf')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == "[]", result.stderr


def test_no_command_opens_the_window_through_the_real_entry_point(demo_paths: DataPaths) -> None:
    """`kuntasome` alone must build a QApplication (not the CLI's QCoreApplication)."""
    demo_paths.settings_file.write_text("[General]\nlanguage=sv\n")
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "import kuntasome.app as app\n"
        "shown = app.MainWindow.show\n"
        "def show(window):\n"  # once the window is up, report what it shows and close it
        "    shown(window)\n"
        "    print(type(app.QApplication.instance()).__name__, window.windowTitle())\n"
        "    QTimer.singleShot(0, window.close)\n"
        "app.MainWindow.show = show\n"
        "from kuntasome.cli import main\n"
        "sys.exit(main(['--data-dir', sys.argv[1]]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(demo_paths.root)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "QApplication KuntaSome"


def test_channels_list_text_and_json(demo_paths: DataPaths) -> None:
    text = run("--data-dir", str(demo_paths.root), "--lang", "fi", "channels", "list")
    assert text.returncode == 0, text.stderr
    assert "@kallioranta" in text.stdout and "12 kanavaa" in text.stdout
    listed = json.loads(
        run("--data-dir", str(demo_paths.root), "channels", "list", "--json").stdout
    )
    assert len(listed) == 12
    assert {c["status"] for c in listed} >= {"active", "dormant", "closed", "reserved"}


def test_channels_list_refuses_a_missing_database(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "--lang", "en", "channels", "list")
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "kuntasome.sqlite").exists()


@pytest.mark.keyring
def test_secret_from_stdin_is_stored_and_never_printed(demo_paths: DataPaths) -> None:
    need_secret_service()
    canary = "CANARY-cli-Kesä2026"
    data = str(demo_paths.root)
    stored = run(
        "--data-dir",
        data,
        "--lang",
        "en",
        "secrets",
        "set",
        "facebook:kallioranta",
        "password",
        stdin=canary + "\n",
    )
    assert stored.returncode == 0, stored.stderr
    assert canary not in stored.stdout + stored.stderr
    listed = run("--data-dir", data, "secrets", "list", "facebook:kallioranta", "--json")
    assert [i["kind"] for i in json.loads(listed.stdout)] == ["password"]
    assert canary not in listed.stdout
    for path in demo_paths.root.rglob("*"):
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path


@pytest.mark.keyring
def test_a_secret_that_is_not_text_is_refused(demo_paths: DataPaths) -> None:
    """Issue 20, family 12: binary on stdin ended in UnicodeEncodeError; a NUL was stored."""
    need_secret_service()
    env = command_env()
    root = str(demo_paths.root)
    command = [sys.executable, "-m", "kuntasome", "--data-dir", root, "--lang", "en", "secrets"]
    for data in (b"\xff\xfe\x00\x81binary", b"salasana\x00loppu\n", b"\x1b[31mpunainen"):
        result = subprocess.run(
            [*command, "set", "facebook:kallioranta", "backup_codes"],
            input=data,
            capture_output=True,
            timeout=60,
            env=env,
        )
        stderr = result.stderr.decode("utf-8", "replace")
        assert result.returncode == 1, stderr
        assert "The secret is not text" in stderr and "Traceback" not in stderr
    listed = run("--data-dir", root, "secrets", "list", "facebook:kallioranta", "--json")
    assert "backup_codes" not in [i["kind"] for i in json.loads(listed.stdout)]


def test_secrets_without_a_keyring_say_so(demo_paths: DataPaths) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kuntasome",
            "--data-dir",
            str(demo_paths.root),
            "--lang",
            "sv",
            "secrets",
            "set",
            "1",
            "password",
        ],
        input="hemligt\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": "/nonexistent",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
    )
    assert result.returncode == 1
    assert "lösenordsförråd" in result.stderr and "hemligt" not in result.stderr


def test_people_offboard_lists_what_to_revoke(demo_paths: DataPaths) -> None:
    result = run(
        "--data-dir", str(demo_paths.root), "--lang", "fi", "people", "offboard", "Leena Saarinen"
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.splitlines()[0] == "Käyttäjältä Leena Saarinen poistettavat käyttöoikeudet:"
    )
    assert "[ ] facebook:kallioranta  muokkaaja" in result.stdout
    data = json.loads(
        run(
            "--data-dir",
            str(demo_paths.root),
            "people",
            "offboard",
            "leena.saarinen@kallioranta.fi",
            "--json",
        ).stdout
    )
    assert data["name"] == "Leena Saarinen" and len(data["items"]) == 2
    assert all(not item["done"] for item in data["items"])


def test_export_public_list_in_swedish_and_finnish(demo_paths: DataPaths, tmp_path: Path) -> None:
    data = str(demo_paths.root)
    page = tmp_path / "kanaler.html"
    result = run(
        "--data-dir",
        data,
        "channels",
        "export-public",
        "--format",
        "html",
        "--lang",
        "sv",
        "--out",
        str(page),
    )
    assert result.returncode == 0, result.stderr
    fragment = page.read_text(encoding="utf-8")
    assert 'lang="sv"' in fragment and "Officiella kanaler i sociala medier" in fragment
    assert "finska, svenska" in fragment and "https://www.facebook.com/kallioranta" in fragment
    assert "@bergstrandsstad" not in fragment  # a reserved handle is not on the list
    assert "Stadens aktuella meddelanden" in fragment  # the Swedish description
    sheet = tmp_path / "kanavat.csv"
    run(
        "--data-dir",
        data,
        "channels",
        "export-public",
        "--format",
        "csv",
        "--lang",
        "fi",
        "--out",
        str(sheet),
    )
    header = sheet.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "Kanava;Palvelu;Osoite;Ylläpitäjä;Kielet;Mitä julkaisemme"
    assert not list(tmp_path.glob("*.partial"))


def test_channels_import_all_or_nothing(demo_paths: DataPaths, tmp_path: Path) -> None:
    bad = tmp_path / "kanavat.csv"
    bad.write_text(
        "Palvelu;Osoite\nThreads;@kalliorannan_kirjasto\nX;http://x.com/k\n", encoding="utf-8"
    )
    data = str(demo_paths.root)
    result = run("--data-dir", data, "--lang", "fi", "channels", "import", str(bad))
    assert result.returncode == 1
    assert "Mitään ei tuotu" in result.stderr and "rivi 3" in result.stderr
    good = tmp_path / "uudet.csv"
    good.write_text("Palvelu;Osoite\nThreads;@kalliorannan_kirjasto\n", encoding="utf-8")
    result = run("--data-dir", data, "--lang", "fi", "channels", "import", str(good))
    assert result.returncode == 0 and "Tuotiin 1 kanava." in result.stdout
    listed = json.loads(run("--data-dir", data, "channels", "list", "--json").stdout)
    assert len(listed) == 13


def test_calendar_list_and_ics_export(demo_paths: DataPaths, tmp_path: Path) -> None:
    import vobject

    root = str(demo_paths.root)
    period = ("--from", "2026-11-23", "--to", "2026-11-29")
    listed = run("--data-dir", root, "calendar", "list", *period, "--json")
    assert listed.returncode == 0, listed.stderr
    posts = json.loads(listed.stdout)
    assert posts and all("2026-11-23" <= p["at"][:10] <= "2026-11-29" for p in posts)
    facebook = [p for p in posts if p["channel"] == "facebook:kallioranta"]
    only = json.loads(
        run(
            "--data-dir",
            root,
            "calendar",
            "list",
            *period,
            "--channel",
            "facebook:kallioranta",
            "--json",
        ).stdout
    )
    assert only == facebook and 0 < len(only) < len(posts)
    text = run("--data-dir", root, "--lang", "sv", "calendar", "list", *period)
    assert f"{len(posts)} inlägg" in text.stdout

    out = tmp_path / "plan.ics"
    export = run(
        "--data-dir",
        root,
        "--lang",
        "fi",
        "calendar",
        "export-ics",
        "--out",
        str(out),
        *period,
        "--lang",
        "sv",
    )
    assert export.returncode == 0, export.stderr
    events = vobject.readOne(out.read_text(encoding="utf-8")).vevent_list
    assert len(events) == len(posts)
    assert len({e.uid.value for e in events}) == len(posts)

    bad = run("--data-dir", root, "--lang", "fi", "calendar", "list", "--from", "23.11.2026")
    assert bad.returncode == 2 and "ei ole päivämäärä" in bad.stderr
    reversed_period = run(
        "--data-dir",
        root,
        "--lang",
        "en",
        "calendar",
        "list",
        "--from",
        "2026-12-01",
        "--to",
        "2026-11-01",
    )
    assert reversed_period.returncode == 1 and "ends before it starts" in reversed_period.stderr


def test_moderation_list_verify_export_and_blocked(demo_paths: DataPaths, tmp_path: Path) -> None:
    import sqlite3

    root = str(demo_paths.root)
    period = ("--from", "2026-11-01", "--to", "2026-11-22")
    listed = run("--data-dir", root, "moderation", "list", *period, "--json")
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert entries and all("2026-10-31" <= e["seen_at"][:10] <= "2026-11-22" for e in entries)
    assert {e["action"] for e in entries} >= {"answered", "removed"}
    text = run("--data-dir", root, "--lang", "fi", "moderation", "list", *period)
    assert f"{len(entries)} merkintää" in text.stdout

    verified = run("--data-dir", root, "--lang", "fi", "moderation", "verify")
    assert verified.returncode == 0, verified.stderr
    assert "ehjä" in verified.stdout

    csv_out, pdf_out = tmp_path / "loki.csv", tmp_path / "loki.pdf"
    for fmt, out in (("csv", csv_out), ("pdf", pdf_out)):
        export = run(
            "--data-dir",
            root,
            "--lang",
            "sv",
            "moderation",
            "export",
            *period,
            "--format",
            fmt,
            "--out",
            str(out),
        )
        assert export.returncode == 0, export.stderr
    import csv

    with csv_out.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    assert table[0][:3] == ["Anteckning", "Rättar anteckning", "Kanal"]
    assert {int(row[0]) for row in table[1:]} == {e["id"] for e in entries}
    pdf = pdf_out.read_bytes()
    check_pdf(pdf, lang="sv", title="Modereringslogg 1.11.2026–22.11.2026")
    assert "Modereringslogg 1.11.2026–22.11.2026" in pdf_text(pdf)

    blocked = json.loads(run("--data-dir", root, "moderation", "blocked", "--json").stdout)
    assert blocked and all(b["reason"] and b["decided_by"] for b in blocked)

    # Someone edits an entry in the database file: verify says which, and fails.
    victim = entries[len(entries) // 2]["id"]
    con = sqlite3.connect(demo_paths.database)
    con.execute("UPDATE moderationentry SET answer_text = 'muokattu' WHERE id = ?", (victim,))
    con.commit()
    con.close()
    broken = run("--data-dir", root, "--lang", "en", "moderation", "verify")
    assert broken.returncode == 1
    assert f"Entry {victim} has been changed" in broken.stderr

    reversed_period = run(
        "--data-dir",
        root,
        "--lang",
        "fi",
        "moderation",
        "export",
        "--from",
        "2026-11-22",
        "--to",
        "2026-11-01",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "x.csv"),
    )
    assert reversed_period.returncode == 1 and "päättyy ennen" in reversed_period.stderr
    assert not (tmp_path / "x.csv").exists()


def test_stats_import_list_and_chart(demo_paths: DataPaths, tmp_path: Path) -> None:
    exports = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
    root = str(demo_paths.root)
    reach = str(exports / "facebook/Oigetit-Social-Media-Reports__Reach.csv")
    audience = str(exports / "facebook/Oigetit-Social-Media-Reports__Audience.csv")
    tiktok = str(exports / "tiktok/htupycollabs-Analytics__Overview.csv")
    imported = run(
        "--data-dir",
        root,
        "stats",
        "import",
        reach,
        audience,
        tiktok,
        "--channel",
        "facebook:kallioranta",
        "--json",
    )
    assert imported.returncode == 1  # one of the three files failed
    report = {r["file"]: r for r in json.loads(imported.stdout)}
    assert report[Path(reach).name]["values"] == 105
    assert report[Path(reach).name]["kind"] == "meta_daily"
    assert report[Path(audience).name]["values"] == 0 and report[Path(audience).name]["note"]
    assert "tiktok" in report[Path(tiktok).name]["error"]

    again = run(
        "--data-dir",
        root,
        "--lang",
        "fi",
        "stats",
        "import",
        reach,
        "--channel",
        "facebook:kallioranta",
    )
    assert again.returncode == 1 and "on jo tuotu" in again.stdout
    sv = run(
        "--data-dir",
        root,
        "--lang",
        "sv",
        "stats",
        "import",
        tiktok,
        "--channel",
        "tiktok:@kalliorannan_nuoret",
    )
    assert sv.returncode == 0 and "1825 värden importerade" in sv.stdout

    listed = json.loads(
        run(
            "--data-dir",
            root,
            "stats",
            "list",
            "--channel",
            "tiktok:@kalliorannan_nuoret",
            "--from",
            "2025-02-28",
            "--to",
            "2026-02-27",
            "--json",
        ).stdout
    )
    views = next(r for r in listed if r["metric"] == "video_views")
    rows = list(csv.reader(Path(tiktok).read_text(encoding="utf-8-sig").splitlines()))[1:]
    assert views["total"] >= sum(
        float(r[1]) for r in rows
    )  # the demo's own figures plus the file's

    for name, magic in (("seuraajat.png", b"\x89PNG"), ("seuraajat.svg", b"<?xml")):
        out = tmp_path / name
        chart = run(
            "--data-dir",
            root,
            "--lang",
            "fi",
            "stats",
            "chart",
            "followers",
            "--channel",
            "facebook:kallioranta",
            "--from",
            "2025-01-01",
            "--to",
            "2026-11-22",
            "--out",
            str(out),
        )
        assert chart.returncode == 0, chart.stderr
        assert out.read_bytes().startswith(magic)
    assert "Seuraajat ajan mittaan" in (tmp_path / "seuraajat.svg").read_text()
    bad = run(
        "--data-dir",
        root,
        "--lang",
        "fi",
        "stats",
        "chart",
        "reach",
        "--channel",
        "facebook:kallioranta",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert bad.returncode == 1 and ".png tai .svg" in bad.stderr
