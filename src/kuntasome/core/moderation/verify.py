"""``kuntasome moderation verify``: the hash chain and every evidence file, checked.

Reads the chain in id order straight from the database (no ORM objects, no timestamp
parsing), recomputes every hash and compares; hashes every evidence file on disk. The
first broken link is named, so the archivist knows where to look.

The hashing is cheap; the Python around each entry is not. So a long log is checked in
parts side by side, one process per processor (an entry's hash needs only the previous
hash it stores, and the links between the parts are checked afterwards), while a thread
hashes the evidence files (hashlib lets go of the interpreter while it hashes).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import Message, Translatable
from kuntasome.core.moderation.chain import (
    CHAINED_FIELDS,
    DATETIME_FIELDS,
    ERASABLE_FIELDS,
    GENESIS,
    KEPT_FIELDS,
    canonical_entry_hash,
    canonical_entry_hash_v2,
    canonical_stored_datetime,
    commitment,
)
from kuntasome.core.moderation.evidence import original_path, pdf_path
from kuntasome.core.moderation.log import CHAIN_LOCK_KEY

if TYPE_CHECKING:
    from sqlalchemy import Engine

#: A log shorter than this is checked in one process (starting another costs ~0.5 s).
PARALLEL_FROM = 60_000


@dataclass(frozen=True)
class Problem(Translatable):
    text: str
    params: dict[str, object]

    @property
    def message(self) -> Message:
        return Message("Verify", self.text, self.params)


@dataclass
class VerifyReport:
    entries: int = 0
    evidence_files: int = 0
    bytes_hashed: int = 0
    problems: list[Problem] = field(default_factory=list)
    first_broken_entry: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def _file_sha256(path: Path) -> tuple[str, int]:
    with open(path, "rb") as fh:
        digest = hashlib.file_digest(fh, "sha256")
    return digest.hexdigest(), path.stat().st_size


def _batches(cursor: Any, size: int = 5000) -> Iterator[Sequence[Any]]:
    while rows := cursor.fetchmany(size):
        yield from rows


def _changed(entry_id: int) -> Problem:
    return Problem(
        QT_TRANSLATE_NOOP(
            "Verify",
            "Entry {id} has been changed after it was saved (its content"
            " or its evidence no longer matches its hash).",
        ),
        {"id": entry_id},
    )


class _Version2:
    """Checks of a version 2 entry: its commitment, and what its erasure left."""

    def __init__(self) -> None:
        self.erasable = [CHAINED_FIELDS.index(name) for name in ERASABLE_FIELDS]
        self.kept = [CHAINED_FIELDS.index(name) for name in KEPT_FIELDS]
        self.erased: list[int] = []  # entries whose personal data was disposed of
        self.recorded: set[int] = set()  # the erasures the chain itself records

    def entry_hash(
        self,
        values: list[object],
        extra: Sequence[Any],
        prev: str,
        pairs: Sequence[tuple[str, str]],
    ) -> str | None:
        """The entry's hash, or None when its erasable fields do not match the commitment."""
        salt, committed, erased_at, erases = extra
        erasable = [values[i] for i in self.erasable]
        if erased_at is not None:
            if salt or any(erasable):
                return None  # erased means empty: a value here was put back later
            self.erased.append(int(values[0]))  # type: ignore[call-overload]
        elif commitment(salt, erasable) != committed:
            return None
        if erases:
            self.recorded.update(int(x) for x in erases.split(",") if x.strip().isdigit())
        kept = [values[i] for i in self.kept]
        return canonical_entry_hash_v2(kept, prev, pairs, committed, erases)


def _not_following(entry_id: int, previous: int) -> Problem:
    return Problem(
        QT_TRANSLATE_NOOP(
            "Verify",
            "Entry {id} does not follow entry {previous}: an entry between"
            " them was removed or the order was changed.",
        ),
        {"id": entry_id, "previous": previous},
    )


@dataclass
class _Part:
    """What checking the entries with ids first..last found (in one process)."""

    entries: int = 0
    first_id: int | None = None
    first_prev: str = ""
    last_id: int = 0
    last_hash: str = GENESIS
    # The first entry that fails, and how: "changed", or "order" (its stored previous hash
    # is not the one before it); for "order", the id of the entry before it.
    broken: tuple[int, str, int] | None = None
    erased: list[int] = field(default_factory=list)
    recorded: set[int] = field(default_factory=set)


def _check_part(url: str, first: int | None, last: int | None, follows: str | None) -> _Part:
    """Check the entries with *first* ≤ id ≤ *last* (None: no bound). *follows*: the hash
    the first of them must follow (None: whatever it stores; the caller checks that link)."""
    from kuntasome.core.db import make_engine

    engine = make_engine(url)
    try:
        return _check_entries(engine, first, last, follows)
    finally:
        engine.dispose()


def _check_entries(
    engine: Engine, first: int | None, last: int | None, follows: str | None
) -> _Part:
    part = _Part()
    prev = follows or ""
    limits = tuple(v for v in (first, last) if v is not None)

    def where(column: str, marker: str) -> str:
        """The id range as a WHERE clause on *column*, its values as *marker*s."""
        bounds = [
            f"{column} {op} {marker}" for v, op in ((first, ">="), (last, "<=")) if v is not None
        ]
        return (" WHERE " + " AND ".join(bounds)) if bounds else ""

    postgres = engine.dialect.name == "postgresql"
    with engine.connect() as conn:
        evidence: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for entry_id, sha, pdf_sha in conn.exec_driver_sql(
            "SELECT entry_id, sha256, pdf_sha256 FROM evidence"
            + where("entry_id", "%s" if postgres else "?")
            + " ORDER BY entry_id, id",
            limits,
        ):
            evidence[entry_id].append((sha, pdf_sha))
        # Raw DB-API rows fetched in batches: no per-row result processing.
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        # PostgreSQL: a server-side cursor, so 300,000 rows never sit in memory at once.
        cursor = dbapi.cursor(name="kuntasome_verify") if postgres else dbapi.cursor()
        cursor.execute(
            f"SELECT {', '.join(CHAINED_FIELDS)}, prev_hash, entry_hash, hash_version, salt,"
            f" commitment, erased_at, erases FROM moderationentry"
            f"{where('id', '%s' if postgres else '?')} ORDER BY id",
            limits,
        )
        n = len(CHAINED_FIELDS)
        datetime_positions = [i for i, name in enumerate(CHAINED_FIELDS) if name in DATETIME_FIELDS]
        version2 = _Version2()
        for row in _batches(cursor):
            values = list(row[:n])
            for i in datetime_positions:
                if values[i] is not None:
                    values[i] = canonical_stored_datetime(values[i])
            entry_id = int(values[0])
            stored_prev, stored_hash, version = row[n], row[n + 1], row[n + 2]
            if part.first_id is None:
                part.first_id, part.first_prev = entry_id, stored_prev
                if follows is None:
                    prev = stored_prev
            part.entries += 1
            if part.broken is None:
                pairs = evidence.get(entry_id, ())
                if stored_prev != prev:
                    part.broken = (entry_id, "order", part.last_id)
                elif (
                    version2.entry_hash(values, row[n + 3 :], prev, pairs)
                    if version == 2
                    else canonical_entry_hash(values, prev, pairs)
                ) != stored_hash:
                    part.broken = (entry_id, "changed", 0)
            prev = stored_hash
            part.last_id, part.last_hash = entry_id, stored_hash
        part.erased, part.recorded = version2.erased, version2.recorded
    return part


def _parts(engine: Engine, processes: int) -> list[tuple[int | None, int | None]]:
    """Id ranges of about equal numbers of entries, one per process."""
    if processes <= 1:
        return [(None, None)]
    with engine.connect() as conn:
        starts = [
            int(row[0])
            for row in conn.execute(
                text(
                    "SELECT min(id) FROM (SELECT id, ntile(:n) OVER (ORDER BY id) AS part"
                    " FROM moderationentry) AS parts GROUP BY part ORDER BY 1"
                ),
                {"n": processes},
            )
        ]
    if len(starts) <= 1:
        return [(None, None)]
    ends: list[int | None] = [s - 1 for s in starts[1:]]
    return [
        (None if i == 0 else s, ends[i] if i < len(ends) else None) for i, s in enumerate(starts)
    ]


def _processes(total: int, processes: int | None) -> int:
    if processes is not None:
        return max(1, processes)
    if total < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _check_files(
    files: Sequence[tuple[int, str, str, str]], evidence_folder: Path, done: list[int]
) -> tuple[int, int, list[Problem]]:
    """Hash every evidence file; (files, bytes, problems). *done* counts files for progress."""
    count = hashed = 0
    problems: list[Problem] = []
    for entry_id, sha, pdf_sha, name in files:
        for expected, path in (
            (sha, original_path(evidence_folder, sha, name)),
            (pdf_sha, pdf_path(evidence_folder, pdf_sha)),
        ):
            count += 1
            if not path.is_file():
                problems.append(
                    Problem(
                        QT_TRANSLATE_NOOP(
                            "Verify", "The evidence file {file} of entry {id} is missing."
                        ),
                        {"file": path.name, "id": entry_id},
                    )
                )
                continue
            actual, size = _file_sha256(path)
            hashed += size
            if actual != expected:
                problems.append(
                    Problem(
                        QT_TRANSLATE_NOOP(
                            "Verify",
                            "The evidence file {file} of entry {id} has been changed: its"
                            " SHA-256 is no longer the one recorded.",
                        ),
                        {"file": path.name, "id": entry_id},
                    )
                )
        done[0] += 1
    return count, hashed, problems


def verify_log(
    engine: Engine,
    evidence_folder: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    processes: int | None = None,
) -> VerifyReport:
    """Check the whole chain and every evidence file. Changes nothing.

    *processes*: how many processes check the chain (None: one for a short log, one per
    processor for a long one).
    """

    report = VerifyReport()
    with engine.connect() as conn:
        total = int(conn.execute(text("SELECT count(*) FROM moderationentry")).scalar_one())
        files = [
            (entry_id, sha, pdf_sha, name)
            for entry_id, sha, pdf_sha, name, disposed_at in conn.execute(
                text(
                    "SELECT entry_id, sha256, pdf_sha256, original_name, disposed_at"
                    " FROM evidence ORDER BY entry_id, id"
                )
            )
            if disposed_at is None  # disposed of: the chain keeps its hashes, not the files
        ]
        head = conn.execute(
            text("SELECT value FROM setting WHERE key = :key"), {"key": CHAIN_LOCK_KEY}
        ).scalar()
    steps = total + len(files)
    done_files = [0]
    with ThreadPoolExecutor(max_workers=1) as hashing:
        checked_files = hashing.submit(_check_files, files, evidence_folder, done_files)
        parts = _check_chain(engine, _parts(engine, _processes(total, processes)))
        if progress is not None:
            progress(total + done_files[0], steps)
        report.evidence_files, report.bytes_hashed, file_problems = checked_files.result()
    report.entries = sum(p.entries for p in parts)
    prev, last_id = GENESIS, 0
    erased: list[int] = []
    recorded: set[int] = set()
    for part in parts:
        if part.first_id is None:
            continue
        if report.first_broken_entry is None:
            if part.first_prev != prev:  # the link between two parts
                report.first_broken_entry = part.first_id
                report.problems.append(_not_following(part.first_id, last_id))
            elif part.broken is not None:
                entry_id, how, previous = part.broken
                report.first_broken_entry = entry_id
                report.problems.append(
                    _changed(entry_id) if how == "changed" else _not_following(entry_id, previous)
                )
        erased += part.erased
        recorded |= part.recorded
        prev, last_id = part.last_hash, part.last_id
    if report.first_broken_entry is None:
        for entry_id in erased:
            if entry_id not in recorded:
                report.problems.append(
                    Problem(
                        QT_TRANSLATE_NOOP(
                            "Verify",
                            "The personal data of entry {id} was removed, but no disposal in"
                            " the log records it.",
                        ),
                        {"id": entry_id},
                    )
                )
                break
    if head and report.first_broken_entry is None:
        head_id, _, head_hash = str(head).partition(":")
        if head_id != str(last_id) or head_hash != prev:
            report.problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Verify",
                        "The log ends at entry {last}, but entry {head} was the last one saved:"
                        " entries have been removed from its end.",
                    ),
                    {"last": last_id, "head": head_id},
                )
            )
    report.problems += file_problems
    if progress is not None:
        progress(steps, steps)
    return report


def _check_chain(engine: Engine, ranges: list[tuple[int | None, int | None]]) -> list[_Part]:
    """Check each id range, the first here and the others in processes of their own."""
    if len(ranges) == 1:
        first, last = ranges[0]
        return [_check_entries(engine, first, last, GENESIS)]
    url = engine.url.render_as_string(hide_password=False)
    # Spawned, not forked: the window calls this from a thread, and a fork would copy it.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=len(ranges) - 1, mp_context=context) as pool:
        others: list[Future[_Part]] = [
            pool.submit(_check_part, url, first, last, None) for first, last in ranges[1:]
        ]
        first, last = ranges[0]
        parts = [_check_entries(engine, first, last, GENESIS)]
        parts += [f.result() for f in others]
    return parts
