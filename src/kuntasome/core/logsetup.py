"""Logging to a size-rotated file in the data folder.

A small handler of our own instead of ``logging.handlers.RotatingFileHandler``: that
module costs about 12 ms to import, on the path to the first painted window.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
KEEP = 5


class SizeRotatingFileHandler(logging.FileHandler):
    """Appends to *path*; past *max_bytes* it shifts path → path.1 → … → path.<keep>."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.keep = keep
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def rotate(self) -> None:
        self.close()
        for n in range(self.keep - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{n + 1}"))
        if self.path.exists():
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
        self.stream = self._open()


def configure_logging(log_file: Path | None, *, level: int = logging.INFO) -> None:
    """Send log records to *log_file* (rotated at 1 MB, five kept). Idempotent."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if isinstance(handler, SizeRotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    if log_file is None:
        return
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = SizeRotatingFileHandler(log_file)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
