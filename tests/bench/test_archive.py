"""An archive snapshot with 2 GB of evidence: making the bag and verifying it, against
``sha256sum`` over the same bytes and ``bagit.py --validate`` on the same bag, in one run."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kuntasome.core.paths import DataPaths
from kuntasome.core.schema import HEAD

from tests.bench.conftest import CACHE

FILES = 200
FILE_BYTES = 10 << 20  # 200 × 10 MiB = 2 GiB, the size of a busy town's decade of screenshots
CREATE_SHARE = 0.70  # of sha256sum's throughput


@pytest.fixture(scope="session")
def evidence_town() -> DataPaths:
    """The small demo town with 2 GiB of evidence files on its removals of 2026-H2."""
    from kuntasome.core.database import prepare_database
    from kuntasome.core.db import make_engine
    from kuntasome.core.demo import generate_demo

    paths = DataPaths(CACHE / f"archive-{HEAD}-{FILES}x{FILE_BYTES}")
    if (paths.root / "complete").exists():
        return paths
    shutil.rmtree(paths.root, ignore_errors=True)
    paths.root.mkdir(parents=True)
    prepare_database(paths.database_url, create=True)
    engine = make_engine(paths.database_url)
    generate_demo(engine, seed=1, today=datetime(2026, 11, 22).date())
    with engine.begin() as conn:
        entries = [
            r[0]
            for r in conn.execute(
                text("SELECT id FROM moderationentry WHERE seen_at >= '2026-07-01' ORDER BY id")
            )
        ]
        rows = []
        for i in range(FILES):
            data = os.urandom(FILE_BYTES)
            sha = hashlib.sha256(data).hexdigest()
            target = paths.evidence / sha[:2] / f"{sha}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            rows.append(
                {
                    "entry": entries[i % len(entries)], "sha": sha, "name": f"kuva-{i}.png",
                    "size": FILE_BYTES,
                    "at": datetime(2026, 8, 1, tzinfo=UTC) + timedelta(hours=i),
                }
            )  # fmt: skip
        conn.execute(
            text(
                "INSERT INTO evidence (entry_id, sha256, pdf_sha256, original_name, mime_type,"
                " size_bytes, captured_at) VALUES (:entry, :sha, '', :name, 'image/png', :size,"
                " :at)"
            ),
            rows,
        )
    engine.dispose()
    (paths.root / "complete").write_text("ok")
    return paths


def _drop_caches_of(path: Path) -> None:
    """Read the files once so every contender starts from a warm page cache."""
    for file in path.rglob("*"):
        if file.is_file():
            with open(file, "rb") as fh:
                while fh.read(1 << 24):
                    pass


def test_snapshot_of_2_gb_of_evidence(evidence_town: DataPaths, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from kuntasome.core.archive.snapshot import SnapshotRequest, make_snapshot
    from kuntasome.core.archive.verify import verify_bag
    from kuntasome.core.db import make_engine
    from kuntasome.core.reports.periods import half

    _drop_caches_of(evidence_town.evidence)
    files = sorted(str(p) for p in evidence_town.evidence.rglob("*.png"))
    started = time.perf_counter()
    subprocess.run(["sha256sum", *files], check=True, capture_output=True)
    reference = time.perf_counter() - started
    total = FILES * FILE_BYTES

    engine = make_engine(evidence_town.database_url)
    out = tmp_path / "bag"
    started = time.perf_counter()
    result = make_snapshot(
        engine,
        evidence_town,
        SnapshotRequest(half(2026, 2)),
        out,
        translate=lambda context, source: QCoreApplication.translate(context, source),
    )
    create = time.perf_counter() - started
    engine.dispose()
    assert result.bytes >= total

    started = time.perf_counter()
    report = verify_bag(out)
    verify = time.perf_counter() - started
    started = time.perf_counter()
    validated = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(out)], capture_output=True, text=True
    )
    bagit_validate = time.perf_counter() - started
    assert validated.returncode == 0, validated.stderr
    assert report.files == result.files

    gib = total / (1 << 30)
    print(
        f"\n2 GiB evidence ({FILES} files), {os.cpu_count()} CPUs:"
        f"\n  sha256sum over the evidence   {reference:6.2f} s  ({gib / reference:.2f} GiB/s)"
        f"\n  make the bag (copy, SHA-256 + SHA-512 manifests, README, report-less)"
        f" {create:6.2f} s  ({gib / create:.2f} GiB/s, {reference / create:.0%} of sha256sum)"
        f"\n  kuntasome archive verify      {verify:6.2f} s"
        f"\n  bagit.py --validate           {bagit_validate:6.2f} s"
    )
    assert reference / create >= CREATE_SHARE
    assert verify <= bagit_validate
