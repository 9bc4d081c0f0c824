"""The command line's own manners: argparse in the user's language, stable exit codes, a closed
pipe that ends quietly, progress through the catalogues."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kuntasome.core.paths import DataPaths

from tests.cli.test_cli import run


def test_argparse_speaks_finnish_and_swedish() -> None:
    fi = run("--lang", "fi", "channels", "--help")
    assert fi.returncode == 0
    assert fi.stdout.startswith("käyttö: kuntasome channels")
    assert "näytä tämä ohje ja lopeta" in fi.stdout and "usage:" not in fi.stdout
    sv = run("--lang", "sv", "calendar", "approve")
    assert sv.returncode == 2  # bad usage
    assert "användning:" in sv.stderr and "fel: följande argument saknas" in sv.stderr
    # A bad global option is refused by the translated parser once: no window, no abort.
    bad_language = run("--lang", "xx", "channels", "list", env_lang="fi_FI.UTF-8")
    assert bad_language.returncode == 2, bad_language.stderr
    assert bad_language.stderr.count("--lang") == 2  # the usage line and the one error
    assert "virheellinen valinta: 'xx'" in bad_language.stderr
    bad_choice = run("--lang", "fi", "init", "--organisation", "X", "--country", "NO")
    assert bad_choice.returncode == 2 and "virheellinen valinta: 'NO'" in bad_choice.stderr


def test_exit_codes_tell_refusal_from_bad_usage(tmp_path: Path) -> None:
    root = str(tmp_path / "empty")
    assert run("--data-dir", root, "stats", "list").returncode == 1  # refused: no database
    assert run("--data-dir", root, "stats", "lisst").returncode == 2  # bad usage
    assert run("--data-dir", root, "--version").returncode == 0
    time_zone = run(
        "--data-dir",
        root,
        "--lang",
        "sv",
        "init",
        "--organisation",
        "Kommun",
        "--country",
        "SE",
        "--time-zone",
        "Mars/Olympus",
    )
    assert time_zone.returncode == 1 and "tidszonen Mars/Olympus" in time_zone.stderr
    assert not (tmp_path / "empty" / "kuntasome.sqlite").exists()  # a refusal creates nothing


def test_a_closed_pipe_ends_quietly(demo_paths: DataPaths) -> None:
    command = [
        sys.executable,
        "-m",
        "kuntasome",
        "--data-dir",
        str(demo_paths.root),
        "channels",
        "list",
        "--json",
    ]
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    writer = subprocess.run(
        command,
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait(timeout=10)
    assert writer.returncode == 0, writer.stderr
    assert "Traceback" not in writer.stderr and "BrokenPipe" not in writer.stderr


def test_demo_progress_is_translated(tmp_path: Path) -> None:
    demo = run(
        "--data-dir",
        str(tmp_path / "d"),
        "--lang",
        "sv",
        "demo",
        "--years",
        "1",
        "--today",
        "2026-11-22",
    )
    assert demo.returncode == 0, demo.stderr
    assert "Inlägg skrivna: " in demo.stderr and "posts:" not in demo.stderr


def test_dates_at_the_calendars_ends_are_refused_not_crashed_on(demo_paths: DataPaths) -> None:
    """Issue 20, family 10: --from 0001-01-01 / --to 9999-12-31 ended in OverflowError
    tracebacks; demo --years -5 was accepted."""
    root = str(demo_paths.root)
    ends = ("--from", "0001-01-01", "--to", "9999-12-31")
    commands = [
        ("calendar", "list", *ends),
        ("calendar", "export-ics", *ends, "--out", str(demo_paths.root / "a.ics")),
        ("moderation", "list", *ends),
        ("moderation", "export", *ends, "--format", "csv", "--out", str(demo_paths.root / "m.csv")),
        ("stats", "list", *ends),
        ("demo", "--today", "9999-12-31"),
        ("demo", "--years", "-5"),
    ]
    for command in commands:
        result = run("--data-dir", root, "--lang", "en", *command)
        assert result.returncode == 2, (command, result.stderr[-300:])
        assert "Traceback" not in result.stderr
        assert "is not between 1990-01-01 and 2100-12-31" in result.stderr or (
            "not a number of years from 1 to 30" in result.stderr
        ), (command, result.stderr[-300:])
    assert not (demo_paths.root / "a.ics").exists() and not (demo_paths.root / "m.csv").exists()
