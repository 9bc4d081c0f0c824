"""Issue 20 (the kill harness): a save killed between storing its screenshots and writing its
entry left the pictures in the evidence folder, kept for no record and so never disposed of."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from kuntasome.core.paths import DataPaths

from tests.robustness.harness import run_command
from tests.robustness.test_kills import _png


def _orphan(folder: Path, content: bytes, age_s: float) -> Path:
    sha = hashlib.sha256(content).hexdigest()
    path = folder / sha[:2] / f"{sha}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    os.utime(path, (time.time() - age_s,) * 2)
    return path


def test_pictures_a_killed_save_left_are_removed_by_the_next_save(
    demo_paths: DataPaths, tmp_path: Path
) -> None:
    old = _orphan(demo_paths.evidence, b"left by a save killed an hour ago", 3600)
    new = _orphan(demo_paths.evidence, b"being saved by another window now", 0)
    shot = tmp_path / "kuvakaappaus.png"
    _png(shot, 64, 48)
    added = run_command(
        demo_paths, "moderation", "add", "--channel", "1", "--kind", "inappropriate",
        "--action", "removed", "--reason", "spam", "--evidence", str(shot),
    )  # fmt: skip
    assert added.code == 0, added.err
    assert not old.exists()
    assert new.exists()  # a save in progress elsewhere is not touched
    verified = run_command(demo_paths, "moderation", "verify")
    assert verified.code == 0 and "2 evidence files checked" in verified.out, verified.out
