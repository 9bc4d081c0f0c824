"""``check`` finds what is wrong with a database and never changes it."""

from __future__ import annotations

import hashlib
import sqlite3

from kuntasome.core.integrity import check_database
from kuntasome.core.paths import DataPaths


def messages(report: object) -> list[str]:
    return [f.translated(lambda _c, t: t) for f in report.findings]  # type: ignore[attr-defined]


def test_healthy_demo_database_passes(demo_paths: DataPaths) -> None:
    report = check_database(demo_paths.database_url)
    assert report.ok, messages(report)
    assert report.revision is not None


def test_missing_database_fails(data_paths: DataPaths) -> None:
    report = check_database(data_paths.database_url)
    assert not report.ok
    assert "does not exist" in messages(report)[0]
    assert not data_paths.database.exists()


def test_broken_reference_is_reported(demo_paths: DataPaths) -> None:
    con = sqlite3.connect(demo_paths.database)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("UPDATE posttext SET post_id = 999999 WHERE id = 1")
    con.commit()
    con.close()
    report = check_database(demo_paths.database_url)
    assert not report.ok
    assert any("posttext" in m for m in messages(report))


def test_damaged_index_is_reported_and_file_untouched(demo_paths: DataPaths) -> None:
    con = sqlite3.connect(demo_paths.database)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    rootpage = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE name='ix_moderationentry_author_handle'"
    ).fetchone()[0]
    con.close()
    raw = bytearray(demo_paths.database.read_bytes())
    start = (rootpage - 1) * page_size
    raw[start : start + page_size] = b"\x00" * page_size  # wreck the index's root page
    demo_paths.database.write_bytes(bytes(raw))
    before = hashlib.sha256(demo_paths.database.read_bytes()).hexdigest()
    report = check_database(demo_paths.database_url, full=True)
    assert not report.ok
    assert any("damaged" in m for m in messages(report))
    assert hashlib.sha256(demo_paths.database.read_bytes()).hexdigest() == before
