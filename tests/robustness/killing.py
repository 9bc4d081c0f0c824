"""The kill harness: the real ``kuntasome`` command as a process, killed (SIGKILL: nothing of
ours runs after it) at a random moment of a writing operation, and what must hold after.

For every operation a reference run to the end gives the state "after"; each kill runs on a
fresh copy of the same data folder, and then:

- the database passes ``check --full``, SQLite's ``integrity_check`` and ``moderation
  verify``;
- its data is wholly as before or wholly as after (every table's row count, and the
  moderation chain's head when nothing was added); an operation that says it can be resumed
  (``demo``) may be in between only if ``check`` names it and running it again finishes it;
- every output file is absent or complete, and nothing else was left: no stray temporary in
  the data folder, the output folder or the system's temporary folder — a temporary of ours
  that a kill stranded may stay only until the same operation runs again, which must remove
  it;
- running the operation again succeeds.

The kill moments are spread over the operation's own working time (from when a command that
writes nothing has started, to the reference run's end), one in each equal slice.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kuntasome.core.paths import DataPaths

from tests.robustness.harness import EXIT_OK, Outcome, database_state, run_command

#: Files SQLite itself keeps beside the database while it is open (or after a kill, until
#: the next connection rolls back or checkpoints them).
_SQLITE_SIDE = ("-wal", "-shm", "-journal")
#: Date and time stamps in the names of files made (a backup before migrating).
_STAMP = re.compile(r"\d{8}-\d{6}")


@dataclass(frozen=True)
class Operation:
    """One writing operation: its arguments (``{inputs}``: the folder of the files it reads,
    shared and never written; ``{work}``: the case's own folder for what it writes), what it
    writes there, and how a written file is checked."""

    name: str
    args: tuple[str, ...]
    outputs: tuple[str, ...] = ()
    check_output: Callable[[Path], None] | None = None
    resumable: bool = False
    #: Data folder for the run: "demo" (a copy of the demo town), "empty" (after `init`),
    #: "outdated" (the demo town a schema version back) or "none" (no folder yet).
    start: str = "demo"
    #: Run again after a kill, the command gets these arguments (outputs must not exist for
    #: some commands, so they are moved aside first).
    again_removes_outputs: bool = True


@dataclass
class KillResult:
    operation: str
    moment: float
    killed: bool  # False: it had finished before the kill
    state: str  # "before", "after" or "resumed"
    seconds_again: float = 0.0
    temporaries_left: list[str] = field(default_factory=list)


def _listing(*folders: Path) -> set[str]:
    found = set()
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                continue
            relative = _STAMP.sub("<stamp>", f"{folder.name}/{path.relative_to(folder).as_posix()}")
            if relative.endswith(_SQLITE_SIDE):
                continue
            found.add(relative)
    return found


def _logs_ignored(names: set[str]) -> set[str]:
    return {n for n in names if "/logs/" not in f"/{n}"}


@dataclass
class Case:
    """A working folder with a data folder, an output folder and a temporary folder."""

    root: Path
    inputs: Path

    @property
    def paths(self) -> DataPaths:
        return DataPaths(self.root / "data")

    @property
    def work(self) -> Path:
        return self.root / "work"

    @property
    def temporary(self) -> Path:
        return self.root / "tmp"

    def listing(self) -> set[str]:
        return _logs_ignored(_listing(self.paths.root, self.work, self.temporary))

    def command(self, operation: Operation) -> list[str]:
        args = [
            a.replace("{work}", str(self.work)).replace("{inputs}", str(self.inputs))
            for a in operation.args
        ]
        return [
            sys.executable,
            "-m",
            "kuntasome",
            "--data-dir",
            str(self.paths.root),
            "--lang",
            "en",
            *args,
        ]

    def run(self, operation: Operation) -> tuple[subprocess.CompletedProcess[str], float]:
        """*operation* run to its end, and how long it took."""
        started = time.perf_counter()
        done = subprocess.run(
            self.command(operation),
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=600,
        )
        return done, time.perf_counter() - started

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(TMPDIR=str(self.temporary), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
        return env


def _copy_folder(source: Path, target: Path) -> None:
    """A copy of a data folder, the database through SQLite's backup (one consistent
    state)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.sqlite*"))
    database = DataPaths(source).database
    if database.exists():
        with (
            contextlib.closing(sqlite3.connect(database)) as a,
            contextlib.closing(sqlite3.connect(DataPaths(target).database)) as b,
        ):
            a.backup(b)


class Harness:
    """Operations run against copies of one prepared case (data folder plus inputs)."""

    def __init__(self, template: Path, scratch: Path) -> None:
        self.template = template  # holds data-<start>/ folders and inputs/
        self.scratch = scratch
        self._made = itertools.count(1)
        self.startup = self._measure_startup()

    @contextlib.contextmanager
    def fresh(self, operation: Operation) -> Iterator[Case]:
        """A case for one run, removed after it (a hundred kills of sixteen operations
        would otherwise leave gigabytes of data folders)."""
        case = Case(self.scratch / f"case{next(self._made)}", self.template / "inputs")
        case.work.mkdir(parents=True)
        case.temporary.mkdir()
        source = self.template / f"data-{operation.start}"
        if source.exists():
            _copy_folder(source, case.paths.root)
        try:
            yield case
        finally:
            shutil.rmtree(case.root, ignore_errors=True)

    def _measure_startup(self) -> float:
        """How long a command that only reads takes to start and end: no kill earlier than
        this is inside an operation's own work."""
        reading = Operation("startup", ("channels", "list"))
        with self.fresh(reading) as case:
            done, seconds = case.run(reading)
            assert done.returncode == EXIT_OK, done.stderr
            return seconds

    def reference(self, operation: Operation) -> tuple[float, dict[str, object], set[str]]:
        with self.fresh(operation) as case:
            done, seconds = case.run(operation)
            assert done.returncode == EXIT_OK, f"{operation.name}: {done.stderr}{done.stdout}"
            return seconds, database_state(case.paths), case.listing()

    def kills(self, operation: Operation, count: int, seed: int) -> list[KillResult]:
        seconds, after, after_files = self.reference(operation)
        low, high = 0.9 * min(self.startup, seconds), seconds * 0.92  # less the exit
        rng = random.Random(f"{seed}-{operation.name}")
        moments = [low + (i + rng.random()) * (high - low) / count for i in range(count)]
        return [self._kill(operation, m, after, after_files) for m in moments]

    def run_all(
        self, operations: list[Operation], count: int, seed: int, workers: int
    ) -> dict[str, list[KillResult] | str]:
        """Every operation's kills, *workers* operations at a time (the processes wait on
        their own work, not on each other); for each, its results or what failed."""

        def one(operation: Operation) -> list[KillResult] | str:
            try:
                return self.kills(operation, count, seed)
            except Exception:  # reported by the operation's own test
                return traceback.format_exc()

        with ThreadPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(one, operations))
        return {op.name: result for op, result in zip(operations, done, strict=True)}

    def _kill(
        self, operation: Operation, moment: float, after: dict[str, object], after_files: set[str]
    ) -> KillResult:
        with self.fresh(operation) as case:
            before = database_state(case.paths) if case.paths.database.exists() else None
            before_files = case.listing()
            process = subprocess.Popen(
                case.command(operation),
                env=case.environment(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            time.sleep(moment)
            killed = process.poll() is None
            if killed:
                os.kill(process.pid, signal.SIGKILL)
            _, err = process.communicate(timeout=120)
            what = f"{operation.name} killed at {moment:.2f} s"
            if not killed:
                assert process.returncode == EXIT_OK, f"{what}: {err.decode()}"

            left = case.listing() - before_files - after_files
            # Only our own temporaries, or complete evidence its entry never got, may have been
            # stranded; the next run must take them (some once they are older than any run).
            for name in left:
                assert _ours(name) or _stored_whole(case.root / name), f"{what}: left {name}"
                stale = time.time() - 3600
                os.utime(case.root / name, (stale, stale))
            for output in operation.outputs:
                target = case.work / output
                if target.exists() and operation.check_output is not None:
                    operation.check_output(target)

            state = self._state(case, operation, before, after, what)
            self._assert_sound(case, what)

            if operation.again_removes_outputs:
                for output in operation.outputs:
                    target = case.work / output
                    if target.is_dir():
                        shutil.rmtree(target)
                    else:
                        target.unlink(missing_ok=True)
            again, seconds_again = case.run(operation)
            assert "Traceback" not in again.stderr, f"{what}, then again: {again.stderr}"
            if state != "after":  # done already, it may refuse to do it twice (the same channels)
                assert again.returncode == EXIT_OK, f"{what}, then again: {again.stderr}"
                now = database_state(case.paths)
                assert _counts(now) == _counts(after), (
                    f"{what}, then again: not the reference's data: {_diff(now, after)}"
                )
            # (Evidence the next run stored again, identical, is its own now.)
            remaining = (case.listing() - after_files) & left - _referenced(case.paths)
            assert not remaining, f"{what}: the next run left {sorted(remaining)}"
            return KillResult(operation.name, moment, killed, state, seconds_again, sorted(left))

    def _state(
        self,
        case: Case,
        operation: Operation,
        before: dict[str, object] | None,
        after: dict[str, object],
        what: str,
    ) -> str:
        if not case.paths.database.exists():
            assert before is None, f"{what}: the database is gone"
            return "before"
        now = database_state(case.paths)
        if before is not None and now == before:
            return "before"
        if _counts(now) == _counts(after):
            return "after"
        if before is not None and _counts(now) == _counts(before) and operation.start == "outdated":
            return "before"  # the migration is one transaction: the schema is old or new
        assert operation.resumable, f"{what}: neither before nor after: {_diff(now, after)}"
        checked = _in_process(case.paths, "check")
        assert checked.code != EXIT_OK and "interrupted" in checked.out + checked.err, (
            f"{what}: in between, and check does not say so"
        )
        return "resumed"

    def _assert_sound(self, case: Case, what: str) -> None:
        if not case.paths.database.exists():
            return
        with contextlib.closing(sqlite3.connect(case.paths.database)) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", what
        checked = _in_process(case.paths, "check", "--full")
        interrupted = "interrupted" in checked.out + checked.err
        assert checked.code == EXIT_OK or interrupted, f"{what}: check --full: {checked.out}"
        verified = _in_process(case.paths, "moderation", "verify")
        assert verified.code == EXIT_OK, f"{what}: moderation verify: {verified.out}"


_IN_PROCESS = threading.Lock()


def _in_process(paths: DataPaths, *args: str) -> Outcome:
    """A command in this process: one at a time (standard output is the process's)."""
    with _IN_PROCESS:
        return run_command(paths, *args)


def _ours(name: str) -> bool:
    leaf = name.rsplit("/", 1)[-1]
    return ".kuntasome-partial-" in name or (leaf.startswith(".") and leaf.endswith(".partial"))


def _stored_whole(path: Path) -> bool:
    """A complete file of a content-addressed store (evidence): named by its SHA-256."""
    import hashlib

    return path.parent.parent.name == "evidence" and (
        hashlib.sha256(path.read_bytes()).hexdigest() == path.stem
    )


def _referenced(paths: DataPaths) -> set[str]:
    """The evidence files the moderation log refers to, as :meth:`Case.listing` names them."""
    with contextlib.closing(sqlite3.connect(paths.database)) as db:
        hashes = {h for row in db.execute("SELECT sha256, pdf_sha256 FROM evidence") for h in row}
    return {
        f"data/{p.relative_to(paths.root).as_posix()}"
        for p in paths.evidence.glob("??/*")
        if p.stem in hashes
    }


def _counts(state: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in state.items() if k != "chain head"}


def _diff(now: dict[str, object], after: dict[str, object]) -> dict[str, tuple[object, object]]:
    return {k: (now.get(k), after.get(k)) for k in after if now.get(k) != after.get(k)}


# -- checks of written files -----------------------------------------------------------
def complete_pdf(path: Path) -> None:
    import pypdf

    assert path.read_bytes().rstrip().endswith(b"%%EOF"), path
    assert len(pypdf.PdfReader(path).pages) > 0, path


def complete_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None, path


def complete_text(path: Path) -> None:
    data = path.read_bytes()
    assert data.endswith(b"\n") or data.endswith(b">"), path


def complete_bag(path: Path) -> None:
    import bagit

    bagit.Bag(str(path)).validate()


def table(results: list[KillResult]) -> str:
    rows: dict[str, list[int]] = {}
    for result in results:
        entry = rows.setdefault(result.operation, [0, 0, 0, 0, 0])
        entry[0] += 1
        entry[1] += result.killed
        entry[{"before": 2, "after": 3, "resumed": 4}[result.state]] += 1
    lines = [
        f"{'operation':<34} {'runs':>5} {'killed':>6} {'before':>6} {'after':>6} {'resumed':>7}"
    ]
    for name, (runs, killed, before, after, resumed) in rows.items():
        lines.append(f"{name:<34} {runs:>5} {killed:>6} {before:>6} {after:>6} {resumed:>7}")
    return "\n".join(lines)
