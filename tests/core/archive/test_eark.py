"""Archive snapshots as E-ARK SIP 2.1 packages, checked with eark-validator (in its own
environment, offline) and by our own verifier, which names the file at fault."""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from kuntasome.core.archive.eark import PackageInvalid, is_package, verify_package_any
from kuntasome.core.archive.snapshot import SnapshotRequest, make_snapshot
from kuntasome.core.db import make_engine
from kuntasome.core.paths import DataPaths
from kuntasome.core.reports.periods import half

from tests.core.archive.test_backup import add_evidence_and_media
from tests.core.archive.test_snapshot import translate

ROOT = Path(__file__).parents[3]
IP_CHECK = ROOT / "tests" / "eark" / "ip_check.py"


def _validator() -> str:
    python = os.environ.get("KUNTASOME_EARK_PYTHON") or str(ROOT / ".venv-eark" / "bin" / "python")
    if not Path(python).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must check E-ARK packages with eark-validator (packaging/run-tests.sh)")
        pytest.skip("eark-validator's environment is not installed (packaging/run-tests.sh)")
    return python


def ip_check(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [_validator(), str(IP_CHECK), str(path)], capture_output=True, text=True, timeout=300
    )
    verdict = json.loads(result.stdout)
    verdict["returncode"] = result.returncode
    return verdict


@pytest.fixture
def town(demo_paths: DataPaths, tmp_path: Path) -> DataPaths:
    add_evidence_and_media(demo_paths, tmp_path)
    return demo_paths


def _make(town: DataPaths, out: Path, layout: str = "dir") -> int:
    engine = make_engine(town.database_url)
    try:
        return make_snapshot(
            engine, town, SnapshotRequest(half(2026, 2), "sv", layout, "eark"), out,
            translate=translate,
        ).files  # fmt: skip
    finally:
        engine.dispose()


def test_the_package_passes_eark_validator_and_our_verifier(
    town: DataPaths, tmp_path: Path
) -> None:
    out = tmp_path / "sip"
    files = _make(town, out)
    assert (out / "METS.xml").is_file() and (out / "representations/rep1/METS.xml").is_file()
    assert (out / "metadata/preservation/premis.xml").is_file()
    assert (out / "metadata/descriptive/dc.xml").is_file()
    assert (out / "metadata/other/records-plan.csv").is_file()
    readme = (out / "documentation/README.txt").read_text(encoding="utf-8")
    assert readme.startswith("Social media records of Kalliorannan") and "E-ARK SIP" in readme
    assert list((out / "representations/rep1/data/moderation/evidence").iterdir())
    mets = (out / "METS.xml").read_text(encoding="utf-8")
    assert 'csip:OAISPACKAGETYPE="SIP"' in mets and "SOFTWARE VERSION" in mets
    verdict = ip_check(out)
    assert verdict["returncode"] == 0 and verdict["errors"] == [], verdict
    assert is_package(out) and verify_package_any(out) > files


def test_the_validator_is_not_a_rubber_stamp(town: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "sip"
    _make(town, out)
    mets = out / "METS.xml"
    mets.write_text(
        mets.read_text(encoding="utf-8").replace('csip:OAISPACKAGETYPE="SIP"', ""), encoding="utf-8"
    )
    verdict = ip_check(out)
    assert verdict["returncode"] == 1 and any("OAISPACKAGETYPE" in e for e in verdict["errors"])


def test_a_changed_added_or_removed_file_is_named(town: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "sip"
    _make(town, out)
    target = out / "representations/rep1/data/register/channels.csv"
    original = target.read_bytes()
    target.write_bytes(original + b"x")
    with pytest.raises(PackageInvalid) as changed:
        verify_package_any(out)
    assert changed.value.params["file"] == "representations/rep1/data/register/channels.csv"
    target.write_bytes(original)
    (out / "documentation" / "extra.txt").write_text("x")
    with pytest.raises(PackageInvalid) as added:
        verify_package_any(out)
    assert added.value.params["file"] == "documentation/extra.txt"
    (out / "documentation" / "extra.txt").unlink()
    (out / "metadata/preservation/premis.xml").unlink()
    with pytest.raises(PackageInvalid) as removed:
        verify_package_any(out)
    assert removed.value.params["file"] == "metadata/preservation/premis.xml"


def test_a_zipped_package_validates_and_verifies(town: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "sip.zip"
    _make(town, out, "zip")
    assert is_package(out)
    assert verify_package_any(out) > 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kuntasome")]  # tidied
    verdict = ip_check(out)
    assert verdict["returncode"] == 0, verdict
    with zipfile.ZipFile(out) as archive:
        assert all(n.split("/", 1)[0] == archive.namelist()[0].split("/", 1)[0]
                   for n in archive.namelist())  # fmt: skip
