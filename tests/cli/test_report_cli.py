"""`kuntasome report` and `kuntasome reports`, as a scheduled task would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kuntasome.core.paths import DataPaths

from tests.cli.test_cli import run
from tests.pdf_checks import check_pdf, headings


def test_a_quarter_report_headless_then_listed(demo_paths: DataPaths, tmp_path: Path) -> None:
    root = str(demo_paths.root)
    commentary = tmp_path / "saate.txt"
    commentary.write_text("Kolmas neljännes: *vilkas*.", encoding="utf-8")
    out = tmp_path / "raportti Q3.pdf"
    made = run(
        "--data-dir",
        root,
        "report",
        "--period",
        "2026-Q3",
        "--lang",
        "sv",
        "--sections",
        "summary,health",
        "--compare",
        "year",
        "--commentary-file",
        str(commentary),
        "--out",
        str(out),
        "--json",
    )
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert result["period"] == "2026-Q3" and result["language"] == "sv"
    assert result["sections"] == ["summary", "health"]
    check_pdf(out.read_bytes(), lang="sv")
    assert headings(out.read_bytes()) == [
        "Rapport om sociala medier",
        "Sammanfattning",
        "Kommentar",
        "Kanalregistrets skick",
    ]
    listed = json.loads(run("--data-dir", root, "reports", "--json").stdout)
    assert [r["id"] for r in listed] == [result["id"]]
    text = run("--data-dir", root, "--lang", "fi", "reports").stdout
    assert "2026-Q3" in text and "raportti Q3.pdf" in text


def test_bad_periods_are_refused_in_the_users_language(
    demo_paths: DataPaths, tmp_path: Path
) -> None:
    root, out = str(demo_paths.root), str(tmp_path / "x.pdf")
    bad = run("--data-dir", root, "--lang", "fi", "report", "--period", "2026-13", "--out", out)
    assert bad.returncode == 1
    assert "ei ole jakso" in bad.stderr and "Traceback" not in bad.stderr
    both = run(
        "--data-dir",
        root,
        "--lang",
        "sv",
        "report",
        "--period",
        "2026-10",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--out",
        out,
    )
    assert both.returncode == 1 and "inte båda" in both.stderr
    none = run("--data-dir", root, "--lang", "en", "report", "--out", out)
    assert none.returncode == 1 and "Which period?" in none.stderr
    section = run(
        "--data-dir", root, "report", "--period", "2026", "--sections", "gossip", "--out", out
    )
    assert section.returncode == 1
    assert not Path(out).exists()
    custom = run(
        "--data-dir",
        root,
        "report",
        "--from",
        "2026-10-05",
        "--to",
        "2026-11-20",
        "--lang",
        "en",
        "--out",
        out,
        "--json",
    )
    assert custom.returncode == 0, custom.stderr
    assert json.loads(custom.stdout)["first"] == "2026-10-05"


def test_a_logo_on_the_cover(demo_paths: DataPaths, tmp_path: Path) -> None:
    root = str(demo_paths.root)
    svg = tmp_path / "vaakuna.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="48">'
        '<path d="M0 0h40v30l-20 18-20-18z" fill="#1d4f91"/></svg>',
        encoding="utf-8",
    )
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_text("hello", encoding="utf-8")
    refused = run("--data-dir", root, "--lang", "fi", "report-logo", str(not_a_picture))
    assert refused.returncode == 1 and "ei ole PNG-, JPEG- tai SVG-kuva" in refused.stderr
    assert run("--data-dir", root, "report-logo", str(svg)).returncode == 0
    out = tmp_path / "r.pdf"
    made = run(
        "--data-dir",
        root,
        "report",
        "--period",
        "2026-10",
        "--lang",
        "en",
        "--sections",
        "summary",
        "--out",
        str(out),
    )
    assert made.returncode == 0, made.stderr
    check_pdf(out.read_bytes(), lang="en", figures=1)  # the logo, with its alternative text
    assert run("--data-dir", root, "report-logo", "--remove").returncode == 0
    made = run(
        "--data-dir",
        root,
        "report",
        "--period",
        "2026-10",
        "--sections",
        "summary",
        "--out",
        str(out),
    )
    check_pdf(out.read_bytes(), lang="fi", figures=0)


def test_pdfs_are_written_without_a_display(demo_paths: DataPaths, tmp_path: Path) -> None:
    """No QT_QPA_PLATFORM, no DISPLAY: Typst needs neither, and no command makes a
    QGuiApplication (which would fail here without a platform plugin)."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update({"LANG": "C", "PATH": "/usr/bin:/bin"})
    root = str(demo_paths.root)
    for args, out in (
        (["report", "--period", "2026-10", "--lang", "fi"], tmp_path / "r.pdf"),
        (
            [
                "moderation",
                "export",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "--format",
                "pdf",
            ],
            tmp_path / "m.pdf",
        ),
        (["people", "offboard", "Mikko Heikkinen"], tmp_path / "o.pdf"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "kuntasome", "--data-dir", root, *args, "--out", str(out)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        report = args[0] == "report"  # with its two charts
        check_pdf(out.read_bytes(), lang="fi" if report else "en", figures=2 if report else 0)
