"""The robustness harness: hostile inputs to the real commands, and what must hold after.

Each case runs `kuntasome` in-process (``cli.main``, exactly what the installed command runs)
on a copy of the demo town and checks what a user and an auditor would: no traceback
(exit status 3 is the unexpected-error path), a refusal is exit 1 with a message, and a
refusal changed nothing — every table's row count and the moderation chain's head are as
before. Time and memory are measured per case.
"""

from __future__ import annotations

import contextlib
import io
import random
import sqlite3
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kuntasome.core.paths import DataPaths

from kuntasome.cli import main

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def database_state(paths: DataPaths) -> dict[str, object]:
    """Every table's row count and the moderation chain's head (its last entry's hash)."""
    with contextlib.closing(sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        state: dict[str, object] = {
            n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names
        }
        row = db.execute(
            "SELECT entry_hash FROM moderationentry ORDER BY id DESC LIMIT 1"
        ).fetchone()
        state["chain head"] = row[0] if row else None
    return state


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float


def _application() -> None:
    """The tests' one QApplication, made before a command would make a QCoreApplication
    of its own (the window's tests after it could then not make a widget: Qt aborts)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:
        _APPLICATION.append(QApplication([]))


_APPLICATION: list[object] = []


def run_command(paths: DataPaths, *args: str, stdin: str = "") -> Outcome:
    """One command in-process, with its output, time and peak Python memory."""
    _application()
    out, err = io.StringIO(), io.StringIO()
    tracemalloc.start()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _stdin(stdin):
        code = main(["--data-dir", str(paths.root), "--lang", "en", *args])
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return Outcome(code, out.getvalue(), err.getvalue(), seconds, peak)


@contextlib.contextmanager
def _stdin(text: str):  # type: ignore[no-untyped-def]
    import sys

    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdin = saved


def assert_handled(outcome: Outcome, what: str) -> None:
    """No traceback, and a refusal says why (on stderr, or in the per-file report a command
    of several files prints)."""
    assert "Traceback" not in outcome.err, f"{what}: {outcome.err[-2000:]}"
    assert outcome.code in (EXIT_OK, EXIT_REFUSED, EXIT_USAGE), (
        f"{what}: {outcome.code} {outcome.err}"
    )
    if outcome.code != EXIT_OK:
        assert (outcome.err + outcome.out).strip(), f"{what}: refused without a message"


# -- a deterministic mutator ------------------------------------------------------------
Mutation = Callable[[bytes, random.Random], bytes]


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _insert_delete(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        where = rng.randrange(len(out))
        if rng.random() < 0.5:
            del out[where : where + rng.randint(1, 200)]
        else:
            out[where:where] = rng.randbytes(rng.randint(1, 50))
    return bytes(out)


def _encoding(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    codec = rng.choice(["utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig", "utf-32"])
    return text.encode(codec, errors="replace")


def _delimiter(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b",", rng.choice([b";", b"\t", b"|", b",,"]))


_NUMBERS = [b"1e308", b"inf", b"-inf", b"NaN", b"-5", b"9" * 30, b"1e-400", b"0x10", b"1,5,6"]
_DATES = [
    b"0001-01-01",
    b"9999-12-31",
    b"2025-02-30",
    b"Sep 2\xc2\xb9, 2025",
    b"99999999999999999999-01-01",
]


def _values(data: bytes, rng: random.Random) -> bytes:
    import re

    digits = list(re.finditer(rb"\d+(?:\.\d+)?", data))
    dates = list(re.finditer(rb"\d{4}-\d{2}-\d{2}", data))
    out = data
    for match in rng.sample(digits, min(len(digits), 3)) if digits else []:
        out = out.replace(match.group(0), rng.choice(_NUMBERS), 1)
    for match in rng.sample(dates, min(len(dates), 2)) if dates else []:
        out = out.replace(match.group(0), rng.choice(_DATES), 1)
    return out


MUTATIONS: dict[str, Mutation] = {
    "truncated": _truncate,
    "bytes flipped": _flip,
    "bytes inserted and deleted": _insert_delete,
    "re-encoded": _encoding,
    "other delimiter": _delimiter,
    "huge numbers and bad dates": _values,
}


def zip_bomb(data: bytes) -> bytes:
    """A workbook (a zip) with one more member that unpacks to 1.1 GiB of zeros: about a
    megabyte to read, more than any export to unpack."""
    import zipfile

    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for info in source.infolist():
            bomb.writestr(info, source.read(info))
        zeros = bytes(1 << 20)
        with bomb.open("xl/media/image1.bin", "w", force_zip64=True) as member:
            for _ in range(1100):
                member.write(zeros)
    return out.getvalue()


def cases(sources: list[Path], count: int, seed: int) -> list[tuple[str, Path, bytes]]:
    """*count* mutated files, spread over the sources and the mutations, and a zip bomb
    of the first workbook."""
    rng = random.Random(seed)
    names = sorted(MUTATIONS)
    made = []
    for i in range(count):
        source = sources[i % len(sources)]
        name = names[rng.randrange(len(names))]
        made.append((name, source, MUTATIONS[name](source.read_bytes(), rng)))
    workbooks = [s for s in sources if s.suffix == ".xlsx"]
    if workbooks:
        made.append(("zip bomb", workbooks[0], zip_bomb(workbooks[0].read_bytes())))
    return made
