"""Writing files so that a crash never leaves half of one, nor a stray copy of one.

A file is written unnamed where the system can (Linux's ``O_TMPFILE``: a killed process
leaves nothing behind) and given its name when it is complete; elsewhere under a hidden
temporary name, renamed when complete, and a temporary of ours that a killed process left is
removed by the next write to the same file. Temporaries are readable by their owner only.

:func:`write_export` is for files a user asked for (``--out``, a save dialog): it refuses a
target they would not mean — a folder, a device, a pipe, a link, a missing folder — and
writes with the user's usual permissions, or their own only for personal data.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

#: A temporary of ours this old beside its file was left by a process that was killed.
STALE_AFTER_S = 15 * 60
PRIVATE = 0o600


class OutputError(UserError):
    """A file the user asked for cannot be written where they said."""


def _umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _remove_stale(path: Path) -> None:
    """Temporaries of ours for *path* that a killed writer left behind."""
    limit = time.time() - STALE_AFTER_S
    try:
        for stale in path.parent.glob(f".{path.name}.*.partial"):
            try:
                if stale.is_file() and not stale.is_symlink() and stale.stat().st_mtime < limit:
                    stale.unlink()
            except OSError:
                continue
    except OSError:
        return


def _write_unnamed(path: Path, data: bytes, mode: int) -> bool:
    """Write *data* as an unnamed file in *path*'s folder and then link it in place of
    *path* (Linux); False where the system or the file system cannot."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return False
    try:
        fd = os.open(path.parent, flag | os.O_WRONLY, mode)
    except OSError:  # a file system without unnamed files
        return False
    linked = path.parent / f".{path.name}.{os.getpid()}.{time.monotonic_ns()}.partial"
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
        # Named only now, complete (linkat through /proc, following its link to the file).
        proc = os.open("/proc/self/fd", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.link(str(fh.fileno()), linked, src_dir_fd=proc, follow_symlinks=True)
        except OSError:
            return False  # the unnamed file goes when it is closed; write it the other way
        finally:
            os.close(proc)
    try:
        os.replace(linked, path)  # then over the target in one step
    except BaseException:
        linked.unlink(missing_ok=True)
        raise
    return True


def atomic_write_bytes(
    path: Path, data: bytes, *, mode: int = PRIVATE, create_folder: bool = True
) -> None:
    """Write *data* to *path* completely or not at all. *mode*: the permissions (less the
    user's umask); the application's own files are its user's only."""
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(path)
    if _write_unnamed(path, data, mode):
        return
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode != PRIVATE:
            os.chmod(temporary, mode & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def check_output(path: Path) -> None:
    """Refuse a target for a user's file that they would not mean; nothing is created."""
    shown = str(path)
    if not shown.strip() or shown == ".":
        raise OutputError(QT_TRANSLATE_NOOP("Errors", "Give the name of the file to write."))
    if len(path.name.encode("utf-8")) > 255:
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "The file name is too long (at most 255 bytes).")
        )
    try:
        _check_target(path)
    except OSError as error:  # a path the system cannot even look at
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "{path} could not be written: {reason}"),
            path=shown,
            reason=error.strerror or type(error).__name__,
        ) from error


def _check_target(path: Path) -> None:
    shown = str(path)
    if path.is_symlink():
        raise OutputError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is a link. Give the file itself; nothing was written."
            ),
            path=shown,
        )
    if path.is_dir():
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder. Give a file name in it."), path=shown
        )
    if path.exists() and not path.is_file():
        raise OutputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not an ordinary file (a device or a pipe); nothing was written.",
            ),
            path=shown,
        )
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(
            QT_TRANSLATE_NOOP(
                "Errors", "The folder {folder} does not exist. Create it first, or choose another."
            ),
            folder=str(folder),
        )


def write_export(path: Path, data: bytes, *, personal: bool) -> None:
    """Write a file the user asked for. *personal*: it holds personal data (the moderation
    log, blocks, a person's access), so only its owner may read it; other files get the
    user's usual permissions."""
    check_output(path)
    try:
        atomic_write_bytes(path, data, mode=PRIVATE if personal else 0o666, create_folder=False)
    except OSError as error:
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "{path} could not be written: {reason}"),
            path=str(path),
            reason=error.strerror or type(error).__name__,
        ) from error


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
