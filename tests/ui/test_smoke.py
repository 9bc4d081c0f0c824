"""``kuntasome --smoke-test``: the installed program's self-test that installers run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kuntasome.core.paths import DataPaths


def _smoke(*args: str) -> tuple[int, dict[str, object], str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "kuntasome", *args, "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    lines = result.stdout.strip().splitlines()
    assert lines, result.stderr
    return result.returncode, json.loads(lines[-1]), result.stderr


def test_on_a_new_folder_the_window_opens_on_a_new_database_and_reports(tmp_path: Path) -> None:
    code, report, stderr = _smoke("--data-dir", str(tmp_path), "--lang", "sv")
    assert code == 0, stderr
    assert report["ok"] is True
    assert report["sections"] == [
        "I dag",
        "Kanaler",
        "Kalender",
        "Moderering",
        "Statistik",
        "Rapporter",
        "Arkiv",
    ]
    paths = DataPaths(tmp_path)
    assert report["database"] == str(paths.database)
    assert paths.database.stat().st_size > 0  # created, as a first start does
    assert not paths.backups.exists() or not any(paths.backups.iterdir())  # and nothing else


def test_on_the_demo_town_the_overview_loads(demo_paths: DataPaths) -> None:
    code, report, stderr = _smoke("--data-dir", str(demo_paths.root), "--lang", "fi")
    assert code == 0, stderr
    assert report["sections"][0] == "Tänään"
    assert report["language"] == "fi"
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):  # the test run's gnome-keyring
        assert "keyring.backends.SecretService.Keyring" in report["keyring"]


def test_a_database_that_cannot_be_opened_fails_the_test_without_a_dialog(tmp_path: Path) -> None:
    # A folder where the database file should be: SQLite cannot open it, and no message box
    # may wait for a click that never comes (the test's timeout would end it).
    (tmp_path / "kuntasome.sqlite").mkdir()
    code, report, _stderr = _smoke("--data-dir", str(tmp_path))
    assert code == 1
    assert report["ok"] is False
    assert report["error"]
