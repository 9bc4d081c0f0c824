"""The command line's own manners: argparse in the user's language, stable exit codes, a closed
pipe that ends quietly, progress through the catalogues."""

from __future__ import annotations

import os
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


def test_an_empty_or_read_only_database_is_named_for_what_it_is(
    demo_paths: DataPaths, tmp_path: Path
) -> None:
    """Issue 20, family 9: `channels list` turned a zero-byte database file into an empty
    register; a read-only file was called damaged."""
    import os
    import sqlite3

    from kuntasome.core.database import write_refusal

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "kuntasome.sqlite").write_bytes(b"")
    result = run("--data-dir", str(empty), "--lang", "en", "channels", "list")
    assert result.returncode == 1 and "is empty: it holds no register" in result.stderr
    assert (empty / "kuntasome.sqlite").read_bytes() == b""  # left as it was

    # SQLite's own refusal to write a read-only file is read as read-only, not as damage
    # (the file opened read-only: root, who runs some CI, may write any file).
    con = sqlite3.connect(f"file:{demo_paths.database}?mode=ro", uri=True, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("CREATE TABLE x (a)")
        refused = None
    except sqlite3.OperationalError as exc:
        refused = exc
    finally:
        con.close()
    assert refused is not None
    message = write_refusal(demo_paths.database, refused).translated(lambda _c, t: t)
    assert "read-only" in message and "not damaged" in message
    if os.geteuid() != 0:  # a real read-only file, for a user the permissions bind
        os.chmod(demo_paths.database, 0o444)
        result = run("--data-dir", str(demo_paths.root), "--lang", "en", "channels", "list")
        assert result.returncode == 1 and "read-only" in result.stderr, result.stderr


def test_an_interrupted_demo_is_named_by_check_and_made_whole_by_demo(tmp_path: Path) -> None:
    """Issue 20, family 8: a killed `demo` left channels and posts without statistics,
    `check` found nothing wrong and a second `demo` refused."""
    import contextlib
    import os
    import signal
    import sqlite3
    import time

    root = tmp_path / "demo"
    env = {"QT_QPA_PLATFORM": "offscreen", "LANG": "C", "PATH": "/usr/bin:/bin"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kuntasome", "--data-dir", str(root), "--lang", "en", "demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stderr is not None
    process.stderr.readline()  # the first step's progress: channels and posts are written
    time.sleep(0.2)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -9
    database = root / "kuntasome.sqlite"

    def kept() -> tuple[object, ...]:  # what the migrations and the register's start wrote
        with contextlib.closing(sqlite3.connect(database)) as db:
            return (
                db.execute("SELECT count(*) FROM removalreason").fetchone()[0],
                db.execute("SELECT value FROM setting WHERE key = 'database_id'").fetchone(),
            )

    interrupted = kept()
    assert interrupted[0] == 9
    checked = run("--data-dir", str(root), "--lang", "en", "check")
    assert (
        checked.returncode == 1 and "demo data was interrupted" in checked.stdout + checked.stderr
    )
    again = run("--data-dir", str(root), "--lang", "en", "demo")
    assert again.returncode == 0, again.stderr
    # Emptying the half demo kept the removal reasons and the database's identity.
    assert kept() == interrupted
    assert run("--data-dir", str(root), "check").returncode == 0
    assert run("--data-dir", str(root), "moderation", "verify").returncode == 0
    listed = run("--data-dir", str(root), "stats", "list", "--json")
    assert listed.returncode == 0 and len(listed.stdout) > 1000  # the statistics are there


def test_a_writer_waits_its_turn_and_then_says_in_use(demo_paths: DataPaths) -> None:
    """Issue 20, family 13: two commands writing at once — the second died after SQLite's
    5 s with a raw 'database is locked' traceback. Now it waits, saying so, and if the other
    writer keeps the database too long, it ends with the application's own message."""
    import sqlite3
    import threading
    import time

    def hold(seconds: float, ready: threading.Event) -> None:
        con = sqlite3.connect(demo_paths.database, isolation_level=None, timeout=5)
        con.execute("BEGIN IMMEDIATE")  # another writer, mid-import
        ready.set()
        time.sleep(seconds)
        con.execute("ROLLBACK")
        con.close()

    root = str(demo_paths.root)
    add = ("channels", "add", "mastodon", "@kallioranta@mastodon.social", "--name", "Mastodon")
    ready = threading.Event()
    writer = threading.Thread(target=hold, args=(2.5, ready))
    writer.start()
    ready.wait(5)
    waited = run("--data-dir", root, "--lang", "en", *add)
    writer.join()
    assert waited.returncode == 0, waited.stderr
    assert "waiting for it" in waited.stderr and "Traceback" not in waited.stderr

    ready = threading.Event()
    writer = threading.Thread(target=hold, args=(6, ready))
    writer.start()
    ready.wait(5)
    env_wait = os.environ.get("KUNTASOME_WAIT_S")
    os.environ["KUNTASOME_WAIT_S"] = "1"
    try:
        refused = run("--data-dir", root, "--lang", "en", "channels", "add", "x", "@kallioranta")
    finally:
        if env_wait is None:
            os.environ.pop("KUNTASOME_WAIT_S")
        else:
            os.environ["KUNTASOME_WAIT_S"] = env_wait
    writer.join()
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "in use by another program" in refused.stderr, refused.stderr


def test_an_unexpected_error_is_a_sentence_naming_the_log_not_a_traceback(
    demo_paths: DataPaths, tmp_path: Path
) -> None:
    """Issue 19/20: a frozen build whose numpy would not load printed a 40-line traceback for
    `report`. The same broken installation here: a matplotlib that cannot be imported."""
    broken = tmp_path / "broken"
    (broken / "matplotlib").mkdir(parents=True)
    (broken / "matplotlib" / "__init__.py").write_text(
        "raise ImportError('libscipy_openblas64_.so: ELF load command not page-aligned')\n"
    )
    out = tmp_path / "report.pdf"
    env = {**os.environ, "PYTHONPATH": str(broken), "LANGUAGE": "", "LANG": "C"}
    command = ["--data-dir", str(demo_paths.root), "--lang", "fi", "report", "--period", "2026-10"]
    result = subprocess.run(
        [sys.executable, "-m", "kuntasome", *command, "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert "odottamattomaan virheeseen (ImportError)" in result.stderr
    assert str(demo_paths.log_file) in result.stderr
    assert "not page-aligned" in demo_paths.log_file.read_text(encoding="utf-8")  # the details
    assert not out.exists() and list(tmp_path.glob("report*")) == []  # nothing half-written


def test_a_double_dash_after_an_option_is_bad_usage_not_a_traceback(tmp_path: Path) -> None:
    """Issue 20 (found by tests/robustness): the pre-parse raised ArgumentError on
    `stats list --from --`, and its traceback reached the user."""
    result = run("--data-dir", str(tmp_path), "--lang", "fi", "stats", "list", "--from", "--")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--from" in result.stderr and "argumentti" in result.stderr


def test_quantities_are_written_as_the_language_writes_numbers(
    demo_paths: DataPaths, tmp_path: Path
) -> None:
    """A refusal said "6000 columns; no export has more than 5000" in every language, and
    English wrote "16,9 MB" (the Finnish decimal comma: en_FI)."""
    import re

    wide = tmp_path / "leveä.csv"
    wide.write_text(",".join(f"c{i}" for i in range(6000)) + "\n" + "1," * 5999 + "1\n")
    said = {}
    for language in ("fi", "sv", "en"):
        result = run(
            "--data-dir", str(demo_paths.root), "--lang", language,
            "stats", "import", "--channel", "1", str(wide),
        )  # fmt: skip
        assert result.returncode == 1
        said[language] = result.stdout + result.stderr
    assert "6\u00a0000" in said["fi"] and "5\u00a0000" in said["fi"], said["fi"]
    assert "6\u00a0000" in said["sv"], said["sv"]
    assert "6,000" in said["en"] and "5,000" in said["en"], said["en"]
    backup = run("--data-dir", str(demo_paths.root), "--lang", "en", "backup")
    assert re.search(r"\(\d+\.\d MB\)", backup.stdout), backup.stdout
