"""The robustness harness at its full size (issue 20): a hundred kills of every writing
operation, and thousands of mutated export files. Printed as tables; each case must hold
what the default run's cases hold (see ``tests/robustness``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kuntasome.core.paths import DataPaths

from tests.robustness.harness import EXIT_REFUSED, cases, run_command
from tests.robustness.killing import Harness, table
from tests.robustness.test_fuzzed_files import _fuzz, _sources, _summary
from tests.robustness.test_kills import OPERATIONS, WORKERS
from tests.robustness.test_kills import harness as harness  # the fixture, re-exported

KILLS = int(os.environ.get("KUNTASOME_BENCH_KILLS", "100"))
FUZZ_CASES = int(os.environ.get("KUNTASOME_BENCH_FUZZ_CASES", "3000"))


def test_a_hundred_kills_of_every_writing_operation(
    harness: Harness, capsys: pytest.CaptureFixture[str]
) -> None:
    outcomes = harness.run_all(OPERATIONS, KILLS, seed=100, workers=WORKERS)
    results = [r for made in outcomes.values() if not isinstance(made, str) for r in made]
    with capsys.disabled():
        print(f"\n{KILLS} kills of every writing operation\n{table(results)}")
    failed = {name: made for name, made in outcomes.items() if isinstance(made, str)}
    assert not failed, "\n\n".join(f"{name}:\n{why}" for name, why in failed.items())


def test_thousands_of_mutated_exports(
    demo_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = cases(_sources(), FUZZ_CASES, seed=2026)
    rows = _fuzz(demo_paths, tmp_path, made, ["stats", "import", "--channel", "1"])
    assert run_command(demo_paths, "stats", "list", "--json").code == 0
    refused = sum(1 for row in rows if row[1] == EXIT_REFUSED)
    with capsys.disabled():
        print(f"\n{len(rows)} mutated exports, {refused} refused\n{_summary(rows)}")
