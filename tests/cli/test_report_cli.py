"""`kuntasome report` and `kuntasome reports`, as a scheduled task would run them."""

from __future__ import annotations

import json
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
