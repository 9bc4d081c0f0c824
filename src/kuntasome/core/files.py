"""Writing files so that a crash never leaves half of one, nor a stray copy of one.

A file is written unnamed where the system can (Linux's ``O_TMPFILE``: a killed process
leaves nothing behind) and given its name when it is complete; elsewhere under a hidden
temporary name, renamed when complete, and a temporary of ours that a killed process left is
removed by the next write to the same file. Temporaries are readable by their owner only.

:func:`write_export` is for files a user asked for (``--out``, a save dialog): it refuses a
target they would not mean — a folder, a device, a pipe, a link, a missing folder — and
writes with the user's usual permissions, or their own only for personal data.

Work of several files (a backup, an archive package, a document being typeset) goes in a
:class:`Workspace`: a hidden folder whose name starts with :data:`TEMPORARY_PREFIX`, with a
lock file the running process holds. A kill can leave one (nothing runs after SIGKILL); the
next workspace made in the same folder removes every one whose lock is free
(:func:`sweep_temporaries`), so no
stray copy of personal data stays — and never the workspace of a process still running.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

# A workspace: a temporary folder with this prefix, locked by the process working in it.
TEMPORARY_PREFIX = ".kuntasome-partial-"
LOCK_NAME = "in-use.lock"
# A temporary of ours this old beside its file was left by a process that was killed.
STALE_AFTER_S = 15 * 60
PRIVATE = 0o600


class OutputError(UserError):
    """A file the user asked for cannot be written where they said."""


def _umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _remove_stale(folder: Path, pattern: str) -> None:
    """Temporaries of ours matching *pattern* in *folder* that a killed writer left behind."""
    limit = time.time() - STALE_AFTER_S
    try:
        for stale in folder.glob(pattern):
            try:
                if stale.is_file() and not stale.is_symlink() and stale.stat().st_mtime < limit:
                    stale.unlink()
            except OSError:
                continue
    except OSError:
        return


def _unnamed_file(folder: Path, mode: int) -> BinaryIO | None:
    """A new file in *folder* without a name (Linux's ``O_TMPFILE``: if the process is
    killed, the file goes with it); None where the system or the file system has none."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return None
    try:
        fd = os.open(folder, flag | os.O_WRONLY, mode)
    except OSError:  # a file system without unnamed files
        return None
    return os.fdopen(fd, "wb")


def _name_unnamed(fh: BinaryIO, path: Path) -> bool:
    """Give the complete unnamed file *fh* the name *path*, over what is there in one step;
    False if the system would not link it (then it goes when it is closed)."""
    fh.flush()
    os.fsync(fh.fileno())
    linked = path.parent / f".{path.name}.{os.getpid()}.{time.monotonic_ns()}.partial"
    proc = os.open("/proc/self/fd", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:  # linkat through /proc, following its link to the file
        os.link(str(fh.fileno()), linked, src_dir_fd=proc, follow_symlinks=True)
    except OSError:
        return False
    finally:
        os.close(proc)
    try:
        os.replace(linked, path)
    except BaseException:
        linked.unlink(missing_ok=True)
        raise
    return True


def _write_unnamed(path: Path, data: bytes, mode: int) -> bool:
    """Write *data* as an unnamed file in *path*'s folder and then name it *path* (Linux);
    False where the system or the file system cannot."""
    fh = _unnamed_file(path.parent, mode)
    if fh is None:
        return False
    with fh:
        fh.write(data)
        return _name_unnamed(fh, path)


def atomic_write_bytes(
    path: Path, data: bytes, *, mode: int = PRIVATE, create_folder: bool = True
) -> None:
    """Write *data* to *path* completely or not at all. *mode*: the permissions (less the
    user's umask); the application's own files are its user's only."""
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(path.parent, f".{glob.escape(path.name)}.*.partial")
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
    video never has to fit in memory; an identical file already there is kept as it is. The
    copy has no name until it is complete (a killed process leaves none of a screenshot)."""
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale(folder, ".incoming.*.partial")

    def place(sha: str) -> Path:
        target = folder / sha[:2] / (sha + source.suffix.lower())
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    unnamed = _unnamed_file(folder, PRIVATE)
    if unnamed is not None:
        with unnamed:
            sha = _copy_hashing(source, unnamed)
            target = place(sha)
            if target.exists() or _name_unnamed(unnamed, target):
                return sha, target
    fd, temporary = tempfile.mkstemp(prefix=".incoming.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(fd, "wb") as dst:
            sha = _copy_hashing(source, dst)
            dst.flush()
            os.fsync(dst.fileno())
        target = place(sha)
        if target.exists():
            Path(temporary).unlink()
        else:
            os.replace(temporary, target)
        return sha, target
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _copy_hashing(source: Path, target: BinaryIO) -> str:
    digest = hashlib.sha256()
    with open(source, "rb") as src:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            target.write(chunk)
    return digest.hexdigest()


def _try_lock(fh: BinaryIO) -> bool:
    """Take the lock on an open lock file without waiting; False when another holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt  # Windows only

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl  # POSIX only

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class Workspace:
    """A temporary folder beside the files being written (the same file system: the rename
    into place is atomic), locked while this process works in it, removed when done. Made,
    it first removes the workspaces a killed process left in the same folder."""

    def __init__(self, parent: Path) -> None:
        parent.mkdir(parents=True, exist_ok=True)
        sweep_temporaries(parent)
        self.path = Path(tempfile.mkdtemp(prefix=TEMPORARY_PREFIX, dir=parent))
        self._lock: BinaryIO | None = open(self.path / LOCK_NAME, "wb")  # noqa: SIM115
        _try_lock(self._lock)

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()  # releases the lock
            self._lock = None
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def sweep_temporaries(folder: Path) -> int:
    """Remove the workspaces an interrupted run left in *folder*; returns how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in folder.glob(TEMPORARY_PREFIX + "*"):
        if not path.is_dir() or path.is_symlink():
            continue
        try:
            with open(path / LOCK_NAME, "ab") as lock:
                if not _try_lock(lock):
                    continue  # its process is still working in it
        except OSError:
            continue  # Windows: the running process has the lock file open
        shutil.rmtree(path, ignore_errors=True)
        removed += not path.exists()
    return removed
