"""The large benchmark municipality, generated once and cached by schema and generator."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from kuntasome.core.paths import DataPaths
from kuntasome.core.schema import HEAD

CACHE = Path(__file__).resolve().parent / ".data"
TODAY = date(2026, 11, 22)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _generator_digest() -> str:
    digest = hashlib.sha256()
    demo = resources.files("kuntasome.core") / "demo"
    for name in sorted(p.name for p in demo.iterdir() if p.name.endswith(".py")):
        digest.update((demo / name).read_bytes())
    return digest.hexdigest()[:12]


@pytest.fixture(scope="session")
def large_paths() -> DataPaths:
    from kuntasome.core.database import prepare_database
    from kuntasome.core.db import make_engine
    from kuntasome.core.demo import generate_demo

    paths = DataPaths(CACHE / f"large-{HEAD}-{_generator_digest()}")
    done = paths.root / "complete"
    if not done.exists():
        paths.root.mkdir(parents=True, exist_ok=True)
        paths.database.unlink(missing_ok=True)
        prepare_database(paths.database_url, create=True)
        engine = make_engine(paths.database_url)
        summary = generate_demo(
            engine, seed=1, years=10, scale="large", today=TODAY, progress=print
        )
        engine.dispose()
        print(f"generated the large municipality in {summary.seconds:.0f} s: {summary}")
        done.write_text(repr(summary))
    paths.settings_file.write_text("[General]\nlanguage=fi\ncountry=FI\n")
    return paths
