"""The log file rotates by size and keeps five old files."""

from __future__ import annotations

import logging
from pathlib import Path

from kuntasome.core.logsetup import SizeRotatingFileHandler


def test_log_rotates_and_keeps_five(tmp_path: Path) -> None:
    path = tmp_path / "kuntasome.log"
    handler = SizeRotatingFileHandler(path, max_bytes=200, keep=5)
    log = logging.getLogger("test.rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(200):
            log.warning("viesti %03d meddelande", n)
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["kuntasome.log"] + [f"kuntasome.log.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size <= 200 + 40 for p in tmp_path.iterdir())
    assert "viesti 199" in path.read_text(encoding="utf-8")  # the newest is in the live file
