"""The installed program (the frozen build from packaging/linux/build-and-smoke-test.sh), with
the same checks as the code in the venv: its report is PDF/UA and PDF/A, its archive bag is
valid for bagit-python, its secrets reach the real Secret Service, its statistics import.

Run when KUNTASOME_INSTALLED names the installed program (packaging/run-tests.sh sets it when
KUNTASOME_TEST_INSTALLER=1, as CI does; the script writes build/dist/installed-program).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import bagit
import pytest

from kuntasome.core.channels.register import find_channel
from kuntasome.core.channels.secrets import SecretStore
from kuntasome.core.db import make_engine
from kuntasome.core.paths import DataPaths

from tests.cli.test_cli import need_secret_service
from tests.pdf_checks import check_pdf

PROGRAM = os.environ.get("KUNTASOME_INSTALLED", "")
ROOT = Path(__file__).parents[2]

pytestmark = pytest.mark.skipif(
    not PROGRAM, reason="no installed build (KUNTASOME_INSTALLED; see packaging/run-tests.sh)"
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "", "LANG": "C.UTF-8"}
    return subprocess.run(
        [PROGRAM, *args], capture_output=True, text=True, input=stdin, env=env, timeout=300
    )


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo town, made by the installed program."""
    data = str(tmp_path_factory.mktemp("installed") / "data")
    made = run("--data-dir", data, "demo")
    assert made.returncode == 0, made.stderr
    return data


def test_it_is_the_build_of_this_code() -> None:
    import kuntasome

    assert run("--version").stdout.strip() == f"KuntaSome {kuntasome.__version__}"


def test_the_report_is_an_accessible_pdf_a(town: str, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    made = run("--data-dir", town, "report", "--period", "2026-10", "--lang", "sv", "--out",
               str(out))  # fmt: skip
    assert made.returncode == 0, made.stderr
    check_pdf(out.read_bytes(), lang="sv", figures=2)  # the two charts, each with its alt text


def test_the_archive_bag_is_valid(town: str, tmp_path: Path) -> None:
    out = tmp_path / "bag"
    made = run("--data-dir", town, "archive", "create", "--period", "2026-H1", "--out", str(out))
    assert made.returncode == 0, made.stderr
    bagit.Bag(str(out)).validate()
    assert run("archive", "verify", str(out)).returncode == 0


def test_the_window_opens_and_uses_the_secret_service(town: str) -> None:
    done = run("--data-dir", town, "--lang", "sv", "--smoke-test")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["sections"][:3] == ["I dag", "Kanaler", "Kalender"]
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):  # the test run's gnome-keyring
        assert "keyring.backends.SecretService.Keyring" in report["keyring"]


def test_a_secret_goes_to_the_keyring_and_nowhere_else(town: str) -> None:
    need_secret_service()
    canary = "CANARY-installed-Tapaninpaiva"
    stored = run("--data-dir", town, "secrets", "set", "facebook:kallioranta", "backup_codes",
                 stdin=canary)  # fmt: skip
    assert stored.returncode == 0, stored.stderr
    listed = run("--data-dir", town, "--lang", "en", "secrets", "list", "facebook:kallioranta")
    assert "backup_codes" in listed.stdout and canary not in listed.stdout
    paths = DataPaths(Path(town))
    assert canary.encode() not in paths.database.read_bytes()
    # Read back by this code's own store: the installed program named it the same way.
    engine = make_engine(paths.database_url)
    try:
        channel = find_channel(engine, "facebook:kallioranta")
        assert SecretStore(engine).get(channel.id, "backup_codes") == canary
    finally:
        engine.dispose()


def test_a_platform_export_imports(town: str) -> None:
    sample = next((ROOT / "tests" / "fixtures" / "exports" / "youtube").glob("*.csv"))
    done = run("--data-dir", town, "stats", "import", str(sample), "--channel",
               "youtube:@kalliorannankaupunki", "--json")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)[0]["values"] > 0
