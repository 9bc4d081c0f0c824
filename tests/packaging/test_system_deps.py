"""packaging/linux/install-system-deps.sh, run with stand-ins for dpkg-query and apt-get."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).parents[2] / "packaging" / "linux" / "install-system-deps.sh"


def _tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def test_apt_waits_for_the_lock_another_apt_holds(tmp_path: Path) -> None:
    # The machine that found this was doing its own upgrades: apt-get failed at once on the
    # dpkg lock. The script must ask apt to wait for it.
    calls = tmp_path / "calls"
    _tool(tmp_path, "dpkg-query", "exit 1\n")  # every package missing
    _tool(tmp_path, "apt-get", f'echo "$@" >> {calls}\n')
    _tool(tmp_path, "sudo", '"$@"\n')
    _tool(tmp_path, "id", "echo 0\n")
    env = {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    result = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = calls.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "update" in lines[0] and "install" in lines[1]
    for line in lines:
        assert "-o DPkg::Lock::Timeout=600" in line, line
