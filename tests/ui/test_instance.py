"""A second KuntaSome on the same data folder is told so (issue 17, item 16)."""

from __future__ import annotations

import os
import subprocess
import sys

from kuntasome.core.paths import DataPaths

from kuntasome.ui.instance import claim_data_folder

PROBE = (
    "import sys; from kuntasome.core.paths import DataPaths;"
    " from kuntasome.ui.instance import claim_data_folder;"
    " print('free' if claim_data_folder(DataPaths.resolve(sys.argv[1])) else 'taken')"
)


def _probe(paths: DataPaths) -> str:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(paths.root)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return result.stdout.strip()


def test_a_second_instance_finds_the_folder_taken_until_the_first_ends(
    data_paths: DataPaths, tmp_path: object
) -> None:
    lock = claim_data_folder(data_paths)
    assert lock is not None
    assert _probe(data_paths) == "taken"
    assert _probe(DataPaths(data_paths.root.with_name("other"))) == "free"
    lock.unlock()
    assert _probe(data_paths) == "free"


def test_a_lock_left_by_a_killed_instance_is_taken_over(data_paths: DataPaths) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         PROBE.replace("print(", "lock = claim_data_folder(DataPaths.resolve(sys.argv[1]));"
                       " print('held', flush=True); import time; time.sleep(60); print(")
         , str(data_paths.root)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    assert _probe(data_paths) == "taken"
    holder.kill()
    holder.wait()
    assert _probe(data_paths) == "free"
