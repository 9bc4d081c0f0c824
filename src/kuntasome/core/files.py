"""Writing files so that a crash never leaves half of one: temporary name, then rename."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write *data* to *path* completely or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def store_content_addressed(source: Path, folder: Path) -> tuple[str, Path]:
    """Copy *source* into *folder* under its SHA-256 (``ab/abcdef….ext``), streaming, so a
    video never has to fit in memory; an identical file already there is kept as it is."""
    digest = hashlib.sha256()
    folder.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".incoming.", suffix=".partial", dir=folder)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        sha = digest.hexdigest()
        target = folder / sha[:2] / (sha + source.suffix.lower())
        if target.exists():
            Path(temporary).unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(temporary, target)
        return sha, target
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
