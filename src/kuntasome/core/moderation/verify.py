"""``kuntasome moderation verify``: the hash chain and every evidence file, checked.

Reads the chain in id order straight from the database (no ORM objects, no timestamp
parsing), recomputes every hash and compares; hashes every evidence file on disk. The
first broken link is named, so the archivist knows where to look.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
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


def verify_log(
    engine: Engine, evidence_folder: Path, *, progress: Callable[[int, int], None] | None = None
) -> VerifyReport:
    """Check the whole chain and every evidence file. Changes nothing."""

    report = VerifyReport()
    columns = ", ".join(CHAINED_FIELDS)
    with engine.connect() as conn:
        total = int(conn.execute(text("SELECT count(*) FROM moderationentry")).scalar_one())
        evidence: dict[int, list[tuple[str, str]]] = defaultdict(list)
        files = []
        for entry_id, sha, pdf_sha, name, disposed_at in conn.execute(
            text(
                "SELECT entry_id, sha256, pdf_sha256, original_name, disposed_at FROM evidence"
                " ORDER BY entry_id, id"
            )
        ):
            evidence[entry_id].append((sha, pdf_sha))
            if disposed_at is None:  # disposed of: the chain keeps its hashes, not the files
                files.append((entry_id, sha, pdf_sha, name))
        head = conn.execute(
            text("SELECT value FROM setting WHERE key = :key"), {"key": CHAIN_LOCK_KEY}
        ).scalar()
        # Raw DB-API rows fetched in batches: no per-row result processing.
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        # PostgreSQL: a server-side cursor, so 300,000 rows never sit in memory at once.
        cursor = (
            dbapi.cursor(name="kuntasome_verify")
            if engine.dialect.name == "postgresql"
            else dbapi.cursor()
        )
        cursor.execute(
            f"SELECT {columns}, prev_hash, entry_hash, hash_version, salt, commitment,"
            " erased_at, erases FROM moderationentry ORDER BY id"
        )
        prev = GENESIS
        last_id = 0
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
            report.entries += 1
            if report.first_broken_entry is None:
                pairs = evidence.get(entry_id, ())
                if stored_prev != prev:
                    report.first_broken_entry = entry_id
                    report.problems.append(
                        Problem(
                            QT_TRANSLATE_NOOP(
                                "Verify",
                                "Entry {id} does not follow entry {previous}: an entry between"
                                " them was removed or the order was changed.",
                            ),
                            {"id": entry_id, "previous": last_id},
                        )
                    )
                elif (
                    version2.entry_hash(values, row[n + 3 :], prev, pairs)
                    if version == 2
                    else canonical_entry_hash(values, prev, pairs)
                ) != stored_hash:
                    report.first_broken_entry = entry_id
                    report.problems.append(_changed(entry_id))
            prev = stored_hash
            last_id = entry_id
            if progress is not None and report.entries % 20000 == 0:
                progress(report.entries, total + len(files))
    if report.first_broken_entry is None:
        for entry_id in version2.erased:
            if entry_id not in version2.recorded:
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
    for done, (entry_id, sha, pdf_sha, name) in enumerate(files, start=1):
        for expected, path in (
            (sha, original_path(evidence_folder, sha, name)),
            (pdf_sha, pdf_path(evidence_folder, pdf_sha)),
        ):
            report.evidence_files += 1
            if not path.is_file():
                report.problems.append(
                    Problem(
                        QT_TRANSLATE_NOOP(
                            "Verify", "The evidence file {file} of entry {id} is missing."
                        ),
                        {"file": path.name, "id": entry_id},
                    )
                )
                continue
            actual, size = _file_sha256(path)
            report.bytes_hashed += size
            if actual != expected:
                report.problems.append(
                    Problem(
                        QT_TRANSLATE_NOOP(
                            "Verify",
                            "The evidence file {file} of entry {id} has been changed: its"
                            " SHA-256 is no longer the one recorded.",
                        ),
                        {"file": path.name, "id": entry_id},
                    )
                )
        if progress is not None and done % 1000 == 0:
            progress(report.entries + done, total + len(files))
    return report
