"""Mutated export files and channel inventories against the real import commands (issue 20).

A few hundred seeded cases in the default run (``KUNTASOME_FUZZ_CASES`` for more; the
benchmark run uses thousands): for each, no traceback, a refusal is exit 1 with a message and
leaves every table and the moderation chain as they were, and the case stays within time and
memory bounds. The figures are printed as a table.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from kuntasome.core.paths import DataPaths

from tests.robustness.harness import (
    EXIT_OK,
    EXIT_REFUSED,
    assert_handled,
    cases,
    database_state,
    run_command,
)

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
CASES = int(os.environ.get("KUNTASOME_FUZZ_CASES", "240"))
SECONDS, MEGABYTES = 10.0, 400.0

INVENTORY = (
    "Palvelu;Osoite;Nimi;Yksikkö;Tila;Kielet;Tarkoitus\n"
    "Facebook;https://www.facebook.com/Fuzzikyla/;Fuzzikylän kunta;Kunnankanslia;"
    "käytössä;suomi, ruotsi;Tiedotteet\n"
    "Instagram;fuzzikyla_nuoret;Nuoret;Nuorisopalvelut;;fi;Nuorten tapahtumat\n"
    "Bluesky;@fuzzikyla.bsky.social;Fuzzikylä;Kunnankanslia;käytössä;suomi;Uutiset\n"
).encode("cp1252")


def _copy_database(source: Path, target: Path) -> None:
    with (
        contextlib.closing(sqlite3.connect(source)) as a,
        contextlib.closing(sqlite3.connect(target)) as b,
    ):
        a.backup(b)


def _sources() -> list[Path]:
    return sorted(p for p in EXPORTS.rglob("*") if p.is_file() and p.suffix != ".md")


def _summary(rows: list[tuple[str, int, float, float]]) -> str:
    table = collections.defaultdict(lambda: [0, 0, 0.0, 0.0])
    for mutation, code, seconds, peak in rows:
        entry = table[mutation]
        entry[0 if code == EXIT_OK else 1] += 1
        entry[2], entry[3] = max(entry[2], seconds), max(entry[3], peak)
    lines = [f"{'mutation':<28} {'imported':>8} {'refused':>8} {'max s':>7} {'max MB':>7}"]
    for mutation, (ok, refused, seconds, peak) in sorted(table.items()):
        lines.append(f"{mutation:<28} {ok:>8} {refused:>8} {seconds:>7.2f} {peak:>7.1f}")
    return "\n".join(lines)


def _fuzz(
    paths: DataPaths, tmp_path: Path, made: list[tuple[str, Path, bytes]], command: list[str]
) -> list[tuple[str, int, float, float]]:
    rows = []
    for number, (mutation, source, data) in enumerate(made):
        target = tmp_path / f"case{number}{source.suffix}"
        target.write_bytes(data)
        before = database_state(paths)
        outcome = run_command(paths, *command, str(target))
        what = f"{mutation} of {source.name} (case {number})"
        assert_handled(outcome, what)
        assert outcome.code != 2, f"{what}: bad usage? {outcome.err}"
        if outcome.code == EXIT_REFUSED:
            assert database_state(paths) == before, f"{what} was refused but changed the database"
        assert outcome.seconds < SECONDS and outcome.peak_mb < MEGABYTES, (what, outcome)
        rows.append((mutation, outcome.code, outcome.seconds, outcome.peak_mb))
        target.unlink()
    return rows


def test_mutated_exports_are_imported_or_refused_never_crashed_on(
    demo_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = cases(_sources(), CASES, seed=20)
    rows = _fuzz(demo_paths, tmp_path, made, ["stats", "import", "--channel", "1"])
    # Whatever was imported reads back as JSON (no Infinity, no NaN) and charts.
    listed = run_command(demo_paths, "stats", "list", "--json")
    assert listed.code == 0 and json.loads(listed.out) is not None
    refused = sum(1 for row in rows if row[1] == EXIT_REFUSED)
    with capsys.disabled():
        print(f"\n{len(rows)} mutated exports, {refused} refused\n{_summary(rows)}")
    assert refused > len(rows) // 4  # the mutations do reach the checks
    assert [code for mutation, code, *_ in rows if mutation == "zip bomb"] == [EXIT_REFUSED]


def test_mutated_inventories_are_imported_whole_or_refused_never_crashed_on(
    demo_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kanavat.csv"
    source.write_bytes(INVENTORY)
    pristine = tmp_path / "pristine.sqlite"
    _copy_database(demo_paths.database, pristine)
    made = [("none", source, INVENTORY), *cases([source], max(60, CASES // 4), seed=21)]
    rows = []
    for number, (mutation, _source, data) in enumerate(made):
        # Each case on the register as it was: an accepted import would make the next refuse.
        _copy_database(pristine, demo_paths.database)
        target = tmp_path / f"case{number}.csv"
        target.write_bytes(data)
        before = database_state(demo_paths)
        outcome = run_command(demo_paths, "channels", "import", str(target))
        what = f"{mutation} of the inventory (case {number})"
        assert_handled(outcome, what)
        after = database_state(demo_paths)
        if outcome.code == EXIT_REFUSED:
            assert after == before, f"{what} was refused but changed the database"
        else:  # all or nothing: every row of the file became a channel, or none did
            assert after["channel"] != before["channel"], what
            names = run_command(demo_paths, "channels", "list", "--json")
            assert "\ufffd" not in names.out, f"{what}: mojibake imported"
        rows.append((mutation, outcome.code, outcome.seconds, outcome.peak_mb))
    assert rows[0][1] == EXIT_OK  # the file as written imports
    with capsys.disabled():
        print(f"\n{len(rows)} mutated inventories\n{_summary(rows)}")
