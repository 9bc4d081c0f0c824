"""Every writing operation, killed at random moments (issue 20): three kills each in the
default run (``KUNTASOME_KILLS`` for more; ``tests/bench/test_kills.py`` runs a hundred),
printed as a table. What must hold after each kill: see :mod:`tests.robustness.killing`."""

from __future__ import annotations

import contextlib
import csv
import os
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from kuntasome.core.paths import DataPaths

from tests.pictures import png
from tests.robustness.harness import run_command
from tests.robustness.killing import (
    Harness,
    KillResult,
    Operation,
    complete_bag,
    complete_pdf,
    complete_text,
    complete_zip,
    table,
)

KILLS = int(os.environ.get("KUNTASOME_KILLS", "3"))
WORKERS = max(2, min(4, os.cpu_count() or 2))


def _png(path: Path, width: int, height: int) -> None:
    """A screenshot-sized PNG of noise (it does not compress: a few megabytes to copy)."""
    rng = random.Random(5)
    path.write_bytes(png(width, height, lambda _y: rng.randbytes(width * 3), level=1))


def _chart_data(path: Path, rows: int) -> None:
    """A YouTube Studio "Chart data" export: one row per video and day."""
    rng = random.Random(1)
    videos = [f"vid{n:08d}" for n in range(250)]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["Date", "Content", "Video title", "Video publish time", "Duration", "Views"]
        )
        for n in range(rows):
            day = date(2024, 1, 1) + timedelta(days=n // len(videos))
            video = videos[n % len(videos)]
            writer.writerow(
                [
                    day.isoformat(),
                    video,
                    f"Kallioranta {video}",
                    "Jan 2, 2024",
                    61,
                    rng.randrange(400),
                ]
            )


def _inventory(path: Path, rows: int) -> None:
    lines = ["Palvelu;Osoite;Nimi;Yksikkö;Tila;Kielet;Tarkoitus"]
    for n in range(rows):
        lines.append(
            f"Instagram;kallioranta_koulu{n};Koulu {n};Opetuspalvelut;käytössä;suomi;Koulun arki"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _as_of_0008(paths: DataPaths) -> None:
    """The demo town as the previous version (0008) kept it: no channel colours."""
    with contextlib.closing(sqlite3.connect(paths.database)) as db, db:
        db.execute("ALTER TABLE channel DROP COLUMN colour")
        db.execute("UPDATE alembic_version SET version_num = '0008'")


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory, demo_db: Path) -> Harness:
    from tests.robustness.killing import _copy_folder

    template = tmp_path_factory.mktemp("kill-template")
    work = template / "inputs"
    work.mkdir()
    _png(work / "kuvakaappaus.png", 2560, 1600)
    _chart_data(work / "Chart data.csv", 80_000)
    _inventory(work / "kanavat.csv", 1500)
    _copy_folder(demo_db, template / "data-demo")
    assert (
        run_command(
            DataPaths(template / "data-demo"), "backup", "--out", str(work / "varmuuskopio.zip")
        ).code
        == 0
    )
    empty = DataPaths(template / "data-empty")
    assert run_command(empty, "init", "--organisation", "Kallioranta", "--country", "FI").code == 0
    _copy_folder(demo_db, template / "data-outdated")
    _as_of_0008(DataPaths(template / "data-outdated"))
    return Harness(template, tmp_path_factory.mktemp("kills"))


OPERATIONS = [
    Operation("demo", ("demo", "--today", "2026-11-20"), start="empty", resumable=True),
    Operation("stats import", ("stats", "import", "--channel", "6", "{inputs}/Chart data.csv")),
    Operation("channels import", ("channels", "import", "{inputs}/kanavat.csv")),
    Operation(
        "moderation add with evidence",
        (
            "moderation",
            "add",
            "--channel",
            "1",
            "--kind",
            "inappropriate",
            "--action",
            "removed",
            "--reason",
            "hate_speech",
            "--comment",
            '=HYPERLINK("x")',
            "--author",
            "häirikkö",
            "--evidence",
            "{inputs}/kuvakaappaus.png",
        ),
    ),
    Operation(
        "moderation export csv",
        (
            "moderation",
            "export",
            "--from",
            "2020-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "csv",
            "--out",
            "{work}/moderointi.csv",
        ),
        outputs=("moderointi.csv",),
        check_output=complete_text,
    ),
    Operation(
        "moderation export pdf",
        (
            "moderation",
            "export",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "pdf",
            "--out",
            "{work}/moderointi.pdf",
        ),
        outputs=("moderointi.pdf",),
        check_output=complete_pdf,
    ),
    Operation(
        "calendar export-ics",
        (
            "calendar",
            "export-ics",
            "--from",
            "2020-01-01",
            "--to",
            "2026-12-31",
            "--out",
            "{work}/kalenteri.ics",
        ),
        outputs=("kalenteri.ics",),
        check_output=complete_text,
    ),
    Operation(
        "channels export-public",
        ("channels", "export-public", "--out", "{work}/kanavat.html"),
        outputs=("kanavat.html",),
        check_output=complete_text,
    ),
    Operation(
        "stats chart",
        (
            "stats",
            "chart",
            "reach",
            "--channel",
            "1",
            "--from",
            "2024-01-01",
            "--to",
            "2026-11-20",
            "--out",
            "{work}/k.png",
        ),
        outputs=("k.png",),
    ),
    Operation(
        "backup",
        ("backup", "--out", "{work}/uusi.zip"),
        outputs=("uusi.zip",),
        check_output=complete_zip,
    ),
    Operation("restore", ("restore", "{inputs}/varmuuskopio.zip"), start="none"),
    Operation("restore --replace", ("restore", "--replace", "{inputs}/varmuuskopio.zip")),
    Operation("migration of an older database", ("channels", "list"), start="outdated"),
    Operation(
        "report",
        ("report", "--period", "2026-10", "--out", "{work}/raportti.pdf"),
        outputs=("raportti.pdf",),
        check_output=complete_pdf,
    ),
    Operation(
        "archive create (folder)",
        ("archive", "create", "--period", "2026-H1", "--out", "{work}/tilannekuva"),
        outputs=("tilannekuva",),
        check_output=complete_bag,
    ),
    Operation(
        "archive create (zip)",
        (
            "archive",
            "create",
            "--period",
            "2026-H1",
            "--as",
            "zip",
            "--out",
            "{work}/tilannekuva.zip",
        ),
        outputs=("tilannekuva.zip",),
        check_output=complete_zip,
    ),
]


@pytest.fixture(scope="module")
def outcomes(harness: Harness) -> dict[str, list[KillResult] | str]:
    return harness.run_all(OPERATIONS, KILLS, seed=20, workers=WORKERS)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[o.name for o in OPERATIONS])
def test_a_killed_operation_leaves_the_data_whole(
    operation: Operation, outcomes: dict[str, list[KillResult] | str]
) -> None:
    made = outcomes[operation.name]
    assert not isinstance(made, str), made
    assert any(r.killed for r in made), f"{operation.name}: every run ended before its kill"


def test_the_kills_as_a_table(
    outcomes: dict[str, list[KillResult] | str], capsys: pytest.CaptureFixture[str]
) -> None:
    results = [r for made in outcomes.values() if not isinstance(made, str) for r in made]
    with capsys.disabled():
        print(f"\nkills of every writing operation\n{table(results)}")
    assert results
