"""Logging to a rotating file in the data folder (and stderr for the CLI)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def configure_logging(log_file: Path | None, *, level: int = logging.INFO) -> None:
    """Send log records to *log_file* (rotated at 1 MB, five kept). Idempotent."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_kuntasome", False):
            root.removeHandler(handler)
            handler.close()
    if log_file is None:
        return
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._kuntasome = True  # type: ignore[attr-defined]
    root.addHandler(handler)
