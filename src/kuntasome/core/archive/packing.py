"""What backups and archive packages share: files written in a temporary workspace
(:class:`kuntasome.core.files.Workspace`) and renamed into place, streamed with a running
SHA-256, progress by bytes and a real Cancel."""

from __future__ import annotations

import contextlib
import hashlib
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from kuntasome.core.cancel import Cancellation
from kuntasome.core.files import Workspace

CHUNK = 1 << 20

Progress = Callable[[int, int], None]  # bytes done, bytes in all

# Already compressed: deflating them again costs time and saves nothing.
STORED_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".mp4", ".mov", ".m4v", ".webm", ".zip"}
)


class Writable(Protocol):
    def write(self, data: bytes, /) -> int: ...


@dataclass
class Meter:
    """Bytes done of bytes in all, reported to *progress* and checked against *cancel*."""

    total: int
    progress: Progress | None = None
    cancel: Cancellation | None = None
    done: int = 0

    def add(self, n: int) -> None:
        self.done += n
        if self.cancel is not None:
            self.cancel.check()
        if self.progress is not None:
            self.progress(self.done, self.total)


@dataclass(frozen=True)
class PackedFile:
    path: str  # inside the package, with forward slashes
    sha256: str
    size: int


@dataclass
class Packed:
    files: list[PackedFile] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def copy_stream(source: IO[bytes], target: Writable, meter: Meter | None) -> tuple[str, int]:
    """Copy *source* to *target*, returning the SHA-256 and size of what was copied."""
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
        if meter is not None:
            meter.add(len(chunk))
    return digest.hexdigest(), size


def file_sha256(path: Path, meter: Meter | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            if meter is not None:
                meter.add(len(chunk))
    return digest.hexdigest()


def files_under(folder: Path) -> Iterator[Path]:
    """The regular files under *folder*, in a stable order, leaving out temporaries and the
    hidden files a content-addressed store writes while it copies."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if path.name.startswith(".") or path.is_symlink() or not path.is_file():
            continue
        yield path


@contextlib.contextmanager
def atomic_target(target: Path, workspace: Workspace | None = None) -> Iterator[Path]:
    """A temporary path for *target*, in *workspace* (or a new one beside it); renamed onto
    *target* when the block ends without an error, removed otherwise (also on Cancel)."""
    own = workspace is None
    space = workspace or Workspace(target.parent)
    partial = space.path / (target.name + ".partial")
    try:
        yield partial
        fsync_file(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
        if own:
            space.close()


def add_to_zip(
    archive: zipfile.ZipFile, source: Path, name: str, meter: Meter | None
) -> PackedFile:
    info = zipfile.ZipInfo.from_file(source, name, strict_timestamps=False)
    info.compress_type = (
        zipfile.ZIP_STORED if source.suffix.lower() in STORED_SUFFIXES else zipfile.ZIP_DEFLATED
    )
    # Level 1: a database deflates to a quarter at level 1 as at 6, four times faster (the
    # backup made when the window closes must not keep anyone waiting).
    info._compresslevel = 1  # type: ignore[attr-defined,unused-ignore]  # public in 3.13 only
    with (
        open(source, "rb") as src,
        archive.open(info, "w", force_zip64=info.file_size > (1 << 31)) as dst,
    ):
        sha, size = copy_stream(src, dst, meter)
    return PackedFile(name, sha, size)
