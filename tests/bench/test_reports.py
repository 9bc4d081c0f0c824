"""Management reports: a year of the large municipality and a quarter of the demo town.

Data queries and typesetting are timed apart; peak memory is the process's high-water mark
(``VmHWM``) after the large report, in a fresh process so other benchmarks don't count.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from kuntasome.core.paths import DataPaths

YEAR_TARGET_S = 10.0
QUARTER_TARGET_S = 3.0
PEAK_TARGET_MB = 400

SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    from datetime import UTC, datetime
    from kuntasome.core.db import make_engine
    from kuntasome.core.organisation import load_organisation
    from kuntasome.core.reports.figures import report_figures
    from kuntasome.core.reports.periods import parse_period
    from kuntasome.core.reports.service import ReportRequest
    from kuntasome.documents.report_pdf import render_report_pdf

    def peak_mb():
        # VmHWM: this process's own high-water mark (ru_maxrss would count the parent's).
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024

    url, code, out = sys.argv[1:4]
    engine = make_engine(url)
    organisation = load_organisation(engine)
    period = parse_period(code)
    started = time.perf_counter()
    figures = report_figures(engine, period, organisation, language="fi",
                             now=datetime(2026, 11, 22, 12, tzinfo=UTC))
    queried = time.perf_counter()
    pdf = render_report_pdf(figures, ReportRequest(period, "fi"))
    typeset = time.perf_counter()
    open(out, "wb").write(pdf)
    print(json.dumps({
        "queries_s": queried - started,
        "typeset_s": typeset - queried,
        "channels": len(figures.channels),
        "pages": pdf.count(b"/Type /Page\\n") or pdf.count(b"/Type/Page/"),
        "bytes": len(pdf),
        "peak_mb": peak_mb(),
    }))
    """
)


def _run(url: str, code: str, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, url, code, str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_year_of_the_large_municipality(large_paths: DataPaths, tmp_path: Path) -> None:
    result = _run(large_paths.database_url, "2025", tmp_path / "year.pdf")
    total = result["queries_s"] + result["typeset_s"]
    print(
        f"\nyear report, large municipality ({result['channels']:.0f} channels):"
        f" queries {result['queries_s']:.2f} s, typesetting {result['typeset_s']:.2f} s,"
        f" total {total:.2f} s, {result['bytes'] / 1e6:.1f} MB PDF,"
        f" peak memory {result['peak_mb']:.0f} MB"
    )
    assert result["channels"] >= 50
    assert total <= YEAR_TARGET_S
    assert result["peak_mb"] <= PEAK_TARGET_MB


def test_a_quarter_of_the_demo_town(tmp_path: Path) -> None:
    demo = DataPaths(tmp_path / "demo")
    subprocess.run(
        [sys.executable, "-m", "kuntasome", "--data-dir", str(demo.root), "demo"],
        check=True,
        capture_output=True,
    )
    result = _run(demo.database_url, "2026-Q3", tmp_path / "quarter.pdf")
    total = result["queries_s"] + result["typeset_s"]
    print(
        f"\nquarter report, demo town: queries {result['queries_s']:.2f} s,"
        f" typesetting {result['typeset_s']:.2f} s, total {total:.2f} s,"
        f" peak memory {result['peak_mb']:.0f} MB"
    )
    assert total <= QUARTER_TARGET_S
