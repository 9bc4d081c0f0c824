"""packaging/constraints.txt pins every dependency, and the test run installed those versions."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "packaging" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_every_dependency_and_the_build_backend_are_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = [
        *project["project"]["dependencies"],
        *project["project"]["optional-dependencies"]["test"],
        *project["project"]["optional-dependencies"]["bench"],
        *project["build-system"]["requires"],
    ]
    pins = _pins()
    assert sorted({_name(r) for r in wanted} - set(pins)) == []


def test_the_installed_versions_are_the_pinned_ones() -> None:
    drifted = []
    for name, version in _pins().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # pinned for another extra (bench) or the build only
        if installed != version:
            drifted.append(f"{name} {installed} (pinned {version})")
    assert drifted == []
