"""`kuntasome backup` and `kuntasome restore`, run as a user runs them."""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest

from kuntasome.core.paths import DataPaths

from tests.cli.test_cli import run


def test_backup_then_restore_elsewhere_and_replace(demo_paths: DataPaths, tmp_path: Path) -> None:
    data = str(demo_paths.root)
    made = run("--data-dir", data, "--lang", "fi", "backup")
    assert made.returncode == 0, made.stderr
    assert "Varmuuskopioitiin" in made.stdout
    backups = sorted((demo_paths.backups).glob("kuntasome-backup-*.zip"))
    assert len(backups) == 1
    settings = demo_paths.settings_file.read_text(encoding="utf-8")
    assert "last=" in settings  # Today knows when the last backup was made

    target = tmp_path / "new-laptop"
    # --data-dir after the command, as the README writes it.
    restored = run("--lang", "en", "restore", str(backups[0]), "--data-dir", str(target))
    assert restored.returncode == 0, restored.stderr
    assert "Restored into" in restored.stdout
    check = run("--data-dir", str(target), "check", "--full", "--json")
    assert json.loads(check.stdout)["ok"]
    verify = run("--data-dir", str(target), "moderation", "verify")
    assert verify.returncode == 0, verify.stdout

    again = run("--lang", "sv", "restore", str(backups[0]), "--data-dir", str(target))
    assert again.returncode == 1
    assert "innehåller redan" in again.stderr
    replaced = run(
        "--lang", "en", "--data-dir", str(target), "restore", str(backups[0]), "--replace", "--json"
    )
    assert replaced.returncode == 0, replaced.stderr
    result = json.loads(replaced.stdout)
    assert result["set_aside"] and Path(result["set_aside"], "kuntasome.sqlite").is_file()


def test_restore_check_names_the_damaged_file(demo_paths: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    made = run("--data-dir", str(demo_paths.root), "backup", "--out", str(out), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["file"] == str(out)
    ok = run("--lang", "en", "restore", str(out), "--check")
    assert ok.returncode == 0 and "Every file matches" in ok.stdout
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(damaged, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("database/"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            copy.writestr(info, data)
    refused = run("--lang", "fi", "restore", str(damaged), "--check")
    assert refused.returncode == 1
    assert "database/kuntasome.sqlite" in refused.stderr and "Traceback" not in refused.stderr


def test_a_team_database_is_not_backed_up_here(tmp_path: Path) -> None:
    result = run(
        "--data-dir",
        str(tmp_path),
        "--lang",
        "en",
        "--db",
        "postgresql+psycopg://ks@127.0.0.1:1/kuntasome",
        "backup",
    )
    assert result.returncode == 1
    assert "pg_dump" in result.stderr
    assert not any(tmp_path.glob("**/*.zip"))


@pytest.mark.keyring
def test_restored_elsewhere_the_missing_secrets_are_listed_and_never_backed_up(
    demo_paths: DataPaths, tmp_path: Path
) -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("CI"):
            pytest.fail("CI must test against a real Secret Service")
        pytest.skip("no Secret Service session")
    import keyring

    canary = "CANARY-backup-Joulu2026"
    data = str(demo_paths.root)
    stored = run(
        "--data-dir", data, "secrets", "set", "facebook:kallioranta", "password", stdin=canary
    )
    assert stored.returncode == 0, stored.stderr
    out = tmp_path / "b.zip"
    assert run("--data-dir", data, "backup", "--out", str(out)).returncode == 0
    with zipfile.ZipFile(out) as backup:
        for name in backup.namelist():
            assert canary.encode() not in backup.read(name), name

    # Another laptop: the same register, but its keyring does not hold the password.
    con = sqlite3.connect(demo_paths.database)
    database_id = con.execute("SELECT value FROM setting WHERE key='database_id'").fetchone()[0]
    channel_id, kind = con.execute("SELECT channel_id, kind FROM secretrecord").fetchone()
    con.close()
    keyring.delete_password("KuntaSome", f"{database_id}/channel/{channel_id}/{kind}")

    restored = run("--lang", "en", "restore", str(out), "--data-dir", str(tmp_path / "other"))
    assert restored.returncode == 0, restored.stderr
    assert "facebook:kallioranta: Login password" in restored.stdout
    assert canary not in restored.stdout
