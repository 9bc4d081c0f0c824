"""Where an export may be written (issue 20, families 6 and 7): a target the user would not
mean is refused with a message and nothing is created or replaced; an export has the user's
usual permissions unless it holds personal data; a killed export leaves no copy behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kuntasome.core.paths import DataPaths

from tests.cli.test_cli import run

PERIOD = ("--from", "2026-11-01", "--to", "2026-11-22")


def export(root: Path, out: str, command: str = "moderation") -> subprocess.CompletedProcess[str]:
    if command == "moderation":
        args = ("moderation", "export", *PERIOD, "--format", "csv", "--out", out)
    else:
        args = ("channels", "export-public", "--format", "csv", "--out", out)
    return run("--data-dir", str(root), "--lang", "en", *args)


def test_odd_targets_are_refused_and_left_as_they_were(
    demo_paths: DataPaths, tmp_path: Path
) -> None:
    root = demo_paths.root
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    real = tmp_path / "real.csv"
    real.write_text("mine")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    cases = {
        str(folder): "is a folder",
        "": "Give the name of the file",
        str(fifo): "not an ordinary file",
        "/dev/null": "not an ordinary file",  # as root it would have replaced /dev/null
        str(link): "is a link",
        str(tmp_path / ("x" * 300 + ".csv")): "too long",
        str(tmp_path / "missing" / "deeper" / "log.csv"): "does not exist",
        "/proc/self/status": "could not be written",
    }
    before = sorted(p.name for p in tmp_path.iterdir())
    for target, message in cases.items():
        result = export(root, target)
        assert result.returncode == 1, (target, result.stdout, result.stderr)
        assert message in result.stderr, (target, result.stderr)
        assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing created
    assert stat.S_ISFIFO(fifo.stat().st_mode) and link.is_symlink()
    assert real.read_text() == "mine" and not (tmp_path / "missing").exists()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_only_personal_data_is_written_for_its_owner_alone(
    demo_paths: DataPaths, tmp_path: Path
) -> None:
    log, public = tmp_path / "log.csv", tmp_path / "channels.csv"
    assert export(demo_paths.root, str(log)).returncode == 0
    assert export(demo_paths.root, str(public), command="public").returncode == 0
    assert stat.S_IMODE(log.stat().st_mode) == 0o600  # the moderation log: personal data
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(public.stat().st_mode) == 0o666 & ~umask  # as the user's files are
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


KILLED_WRITE = r"""
import os, signal, sys
from pathlib import Path
import kuntasome.core.files as files
real_fsync = os.fsync
def die(fd):
    real_fsync(fd)
    os.kill(os.getpid(), signal.SIGKILL)  # killed with the copy complete but not in place
os.fsync = die
files.write_export(Path(sys.argv[1]), b"entry;comment\r\n" * 100_000, personal=True)
"""


@pytest.mark.parametrize("unnamed", [True, False], ids=["O_TMPFILE", "named temporary"])
def test_a_killed_export_leaves_no_copy_of_the_data(tmp_path: Path, unnamed: bool) -> None:
    target = tmp_path / "loki.csv"
    script = KILLED_WRITE
    if not unnamed:  # as on Windows and macOS: a hidden temporary beside the file
        script = script.replace("os.fsync = die", "os.fsync = die\nfiles.os.O_TMPFILE = 0")
    killed = subprocess.run([sys.executable, "-c", script, str(target)], timeout=60)
    assert killed.returncode == -9
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "loki.csv" not in left
    if unnamed:
        assert left == []  # the unnamed file went with the process
        return
    (stray,) = left  # the named temporary is the owner's only ...
    assert stat.S_IMODE((tmp_path / stray).stat().st_mode) == 0o600
    # ... and the next write to the same file removes it once it is stale.
    old = 3600
    os.utime(tmp_path / stray, (os.path.getmtime(tmp_path / stray) - old,) * 2)
    from kuntasome.core import files

    files.write_export(target, b"uusi", personal=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loki.csv"]


KILLED_STORE = KILLED_WRITE.replace(
    'files.write_export(Path(sys.argv[1]), b"entry;comment\\r\\n" * 100_000, personal=True)',
    "files.store_content_addressed(Path(sys.argv[1]), Path(sys.argv[2]))",
)


@pytest.mark.parametrize("unnamed", [True, False], ids=["O_TMPFILE", "named temporary"])
def test_a_screenshot_killed_on_its_way_into_the_evidence_leaves_no_copy(
    tmp_path: Path, unnamed: bool
) -> None:
    """Issue 20 (the kill harness): a `moderation add --evidence` killed while the picture was
    copied into the evidence folder left a hidden copy of it there that nothing removed."""
    shot, evidence = tmp_path / "kuvakaappaus.png", tmp_path / "evidence"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200_000))
    script = KILLED_STORE
    if not unnamed:
        script = script.replace("os.fsync = die", "os.fsync = die\nfiles.os.O_TMPFILE = 0")
    killed = subprocess.run([sys.executable, "-c", script, str(shot), str(evidence)], timeout=60)
    assert killed.returncode == -9
    left = [p for p in evidence.rglob("*") if p.is_file()]
    if unnamed:
        assert left == []
        return
    (stray,) = left
    assert stat.S_IMODE(stray.stat().st_mode) == 0o600
    os.utime(stray, (stray.stat().st_mtime - 3600,) * 2)  # once it is stale ...
    from kuntasome.core import files

    _sha, stored = files.store_content_addressed(shot, evidence)  # ... the next one removes it
    assert [p for p in evidence.rglob("*") if p.is_file()] == [stored]
