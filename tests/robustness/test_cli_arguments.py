"""Hostile arguments to every command (issue 20): bad and extreme dates, limits, unknown ids,
very long and non-UTF-8 text, odd ``--out`` targets. No traceback ever; bad usage is exit 2,
a refusal exit 1 with a message."""

from __future__ import annotations

import argparse
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from kuntasome.core.paths import DataPaths

from kuntasome.cli import build_parser

from tests.robustness.harness import EXIT_USAGE, assert_handled, run_command

# Commands that open the window or would rebuild the whole demo town for each case.
SKIP = {("demo",)}


def _commands() -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    def walk(
        parser: argparse.ArgumentParser, path: tuple[str, ...]
    ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
        groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not groups:
            yield path, parser
        for group in groups:
            for name, sub in group.choices.items():
                yield from walk(sub, (*path, name))

    yield from walk(build_parser(), ())


def _values(tmp: Path) -> list[str]:
    fifo = tmp / "fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
    return [
        "0001-01-01",
        "9999-12-31",
        "2025-02-30",
        "-1",
        "0",
        str(10**30),
        "999999",
        "x" * 5000,
        "\udcff\udcfe",  # bytes that are not UTF-8, as Python passes them on in argv
        "",
        "--",
        str(tmp),  # a folder where a file is meant
        "/proc/self/status",
        str(fifo),
        str(tmp / "missing" / "out.csv"),
        str(tmp / ("n" * 300)),
        "facebook:@",
        "1=",
    ]


def _cases(tmp: Path, seed: int) -> Iterator[tuple[str, ...]]:
    rng = random.Random(seed)
    values = _values(tmp)
    for path, parser in _commands():
        if path in SKIP:
            continue
        options = [
            a
            for a in parser._actions
            if a.option_strings and a.nargs != 0 and not isinstance(a, argparse._HelpAction)
        ]
        positionals = [a for a in parser._actions if not a.option_strings]
        for _ in range(4):
            args = [rng.choice(values) for _ in positionals]
            for option in rng.sample(options, min(len(options), 2)):
                args += [option.option_strings[-1], rng.choice(values)]
            yield (*path, *args)


def test_no_argument_makes_any_command_crash(
    demo_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A value such as "0" or "-1" is a good file or folder name to a command that writes one
    # (a backup to "0", a data folder "-1"): those land in a scratch folder, not the checkout.
    scratch = tmp_path / "cwd"
    scratch.mkdir()
    monkeypatch.chdir(scratch)
    usage = total = 0
    for args in _cases(tmp_path, seed=20):
        outcome = run_command(demo_paths, *args)
        assert_handled(outcome, " ".join(a[:40] for a in args))
        usage += outcome.code == EXIT_USAGE
        total += 1
    assert total > 150 and usage > total // 4
    for target in ("/proc/self/status", str(tmp_path / "fifo")):
        assert not Path(target).is_file() or target.startswith("/proc")  # nothing replaced
    assert Path(tmp_path / "fifo").is_fifo()


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "2025-13-01", "yesterday"])
def test_a_date_out_of_bounds_is_bad_usage(demo_paths: DataPaths, date: str) -> None:
    outcome = run_command(demo_paths, "calendar", "list", "--from", date)
    assert outcome.code == EXIT_USAGE and "Traceback" not in outcome.err and outcome.err
