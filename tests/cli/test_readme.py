"""The README's command table lists every command the parser knows (issue 12)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kuntasome.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands(parser: argparse.ArgumentParser, prefix: str = "kuntasome") -> list[str]:
    found: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                deeper = _commands(sub, f"{prefix} {name}")
                found += deeper or [f"{prefix} {name}"]
    return found


def test_every_command_is_in_the_readme_table() -> None:
    table = [
        line
        for line in README.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `kuntasome")
    ]
    listed = " ".join(table).replace("\\|", "|")
    commands = _commands(build_parser(with_commands=True))
    assert len(commands) > 30
    missing = []
    for command in commands:
        *group, last = command.split()
        # "kuntasome access grant|verify|revoke" lists three commands in one row.
        pattern = re.escape(" ".join(group)) + r" (?:[\w-]+\|)*" + re.escape(last) + r"\b"
        if not re.search(pattern, listed):
            missing.append(command)
    assert missing == []
