"""The large municipality is as large as promised, and `check` is fast on it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

from kuntasome.core.paths import DataPaths


def test_large_municipality_size(large_paths: DataPaths) -> None:
    con = sqlite3.connect(large_paths.database)
    count = {
        t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("channel", "post", "moderationentry", "channeldailymetric", "postmetric")
    }
    days = con.execute("SELECT julianday(MAX(day)) - julianday(MIN(day)) FROM channeldailymetric")
    span = days.fetchone()[0]
    con.close()
    size_mb = large_paths.database.stat().st_size / 1e6
    print(f"\nlarge municipality: {count}, {span / 365.25:.1f} years, {size_mb:.0f} MB")
    assert count["channel"] >= 50
    assert count["post"] >= 100_000
    assert count["moderationentry"] >= 300_000
    assert count["channeldailymetric"] + count["postmetric"] >= 5_000_000
    assert span >= 365 * 10 - 3


def test_check_on_the_large_database(large_paths: DataPaths) -> None:
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "kuntasome",
                "--data-dir",
                str(large_paths.root),
                "--lang",
                "en",
                "check",
            ],
            capture_output=True,
            text=True,
        )
        timings.append(time.perf_counter() - started)
        assert result.returncode == 0, result.stdout + result.stderr
    best, worst = min(timings), max(timings)
    print(f"\nkuntasome check on the large database: best {best:.2f} s, worst {worst:.2f} s")
    assert worst <= 5.0
