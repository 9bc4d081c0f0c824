"""Hatch build hook: compile the Qt Linguist catalogues into the wheel.

The .qm files are build output and never committed; they land in
``kuntasome/translations/`` inside the installed package, where
:mod:`kuntasome.ui.translations` finds them with ``importlib.resources``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    # pyside6-lrelease lives next to the interpreter in a build environment.
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    if candidate.exists():
        return [str(candidate)]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        out = Path(tempfile.mkdtemp(prefix="kuntasome-qm-"))
        for ts in sorted((root / "i18n").glob("kuntasome_*.ts")):
            qm = out / (ts.stem + ".qm")
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            build_data["force_include"][str(qm)] = f"kuntasome/translations/{qm.name}"
