"""Backup and restore on the demo town: everything comes back, byte for byte, or nothing moves."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kuntasome.core.archive.backup import (
    BackupError,
    automatic_backup,
    automatic_backup_due,
    backup_overdue,
    last_backup_at,
    list_backups,
    make_backup,
    table_counts,
)
from kuntasome.core.archive.restore import (
    RestoreError,
    read_manifest,
    restore_backup,
    verify_backup,
)
from kuntasome.core.cancel import Cancellation, OperationCancelled
from kuntasome.core.database import inspect_sqlite, prepare_database
from kuntasome.core.db import make_engine
from kuntasome.core.files import TEMPORARY_PREFIX, sweep_temporaries
from kuntasome.core.integrity import check_database
from kuntasome.core.paths import DataPaths
from kuntasome.core.schema import HEAD, REVISIONS

from tests.pictures import png


def sample_png(width: int = 64, height: int = 48, seed: int = 0) -> bytes:
    """A real PNG picture (the evidence PDF embeds it)."""
    return png(
        width,
        height,
        lambda y: b"".join(
            bytes(((x + seed) % 256, (y * 5) % 256, (x * y) % 256)) for x in range(width)
        ),
    )


def add_evidence_and_media(paths: DataPaths, tmp_path: Path) -> None:
    """A removal with two screenshots and a post picture: files the database points to."""
    from zoneinfo import ZoneInfo

    from sqlmodel import Session, select

    from kuntasome.core.calendar.media import add_media_file
    from kuntasome.core.models import Channel
    from kuntasome.core.moderation.log import EntryDraft
    from kuntasome.core.moderation.recording import record_entry

    from kuntasome.documents.evidence_pdf import render_evidence_pdf
    from kuntasome.documents.language import Writing

    shots = []
    for i in range(2):
        shot = tmp_path / f"kuvakaappaus-{i}.png"
        shot.write_bytes(sample_png(seed=i))
        shots.append(shot)
    picture = tmp_path / "joulutori.png"
    picture.write_bytes(sample_png(120, 80, seed=9))
    engine = make_engine(paths.database_url)
    try:
        with Session(engine) as s:
            channel_id = s.exec(select(Channel.id)).first()
        assert channel_id is not None
        tz = ZoneInfo("Europe/Helsinki")
        record_entry(
            engine,
            EntryDraft(
                channel_id=channel_id,
                kind="inappropriate",
                action="removed",
                seen_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                reason_code="spam",
                author_handle="@roskaposti",
                comment_text='=HYPERLINK("http://example.com")',
            ),
            evidence_files=shots,
            evidence_folder=paths.evidence,
            render_pdf=lambda source, meta: render_evidence_pdf(source, meta, tz, Writing("fi")),
            language="fi",
            actor_id=None,
        )
        add_media_file(engine, paths.media, picture, actor_id=None)
    finally:
        engine.dispose()


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def town(demo_paths: DataPaths, tmp_path: Path) -> DataPaths:
    add_evidence_and_media(demo_paths, tmp_path)
    demo_paths.settings_file.write_text("[General]\nlanguage=sv\n", encoding="utf-8")
    return demo_paths


def test_restore_gives_back_every_record_and_file(town: DataPaths, tmp_path: Path) -> None:
    from kuntasome.core.moderation.verify import verify_log

    before_counts = table_counts(town.database)
    before_files = {**hashes(town.evidence), **{"m/" + k: v for k, v in hashes(town.media).items()}}
    assert len(hashes(town.evidence)) == 4  # two originals, two PDF/As
    backup = make_backup(town, tmp_path / "out" / "backup.zip")
    assert backup.path.is_file()
    assert backup.files == 1 + 4 + 1 + 1  # database, evidence, media, settings
    assert backup.schema_revision == HEAD

    target = DataPaths(tmp_path / "restored")
    result = restore_backup(backup.path, target)
    assert result.set_aside is None and result.migrated_from is None
    assert result.manifest.organisation.startswith("Kalliorannan")
    assert table_counts(target.database) == before_counts
    restored = {**hashes(target.evidence), **{"m/" + k: v for k, v in hashes(target.media).items()}}
    assert restored == before_files
    assert target.settings_file.read_text(encoding="utf-8") == "[General]\nlanguage=sv\n"

    report = check_database(target.database_url, full=True)
    assert report.ok, [f.text for f in report.findings]
    assert all(f.level == "ok" for f in report.findings), [f.text for f in report.findings]
    engine = make_engine(target.database_url)
    try:
        verified = verify_log(engine, target.evidence)
    finally:
        engine.dispose()
    assert verified.ok and verified.evidence_files == 4


def test_backup_is_a_consistent_copy_while_another_connection_writes(
    town: DataPaths, tmp_path: Path
) -> None:
    writer = sqlite3.connect(town.database, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM post")  # not committed while the backup is taken
        backup = make_backup(town, tmp_path / "backup.zip")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    target = DataPaths(tmp_path / "restored")
    restore_backup(backup.path, target)
    assert table_counts(target.database)["post"] == table_counts(town.database)["post"] > 0


def test_one_changed_byte_is_found_and_nothing_is_restored(town: DataPaths, tmp_path: Path) -> None:
    backup = make_backup(town, tmp_path / "backup.zip")
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(backup.path) as source, zipfile.ZipFile(damaged, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "settings.ini":
                data = data.replace(b"sv", b"fi")  # a valid zip entry, other content
            out.writestr(info, data)
    with pytest.raises(RestoreError) as refused:
        verify_backup(damaged)
    assert refused.value.params["file"] == "settings.ini"
    target = DataPaths(tmp_path / "restored")
    with pytest.raises(RestoreError):
        restore_backup(damaged, target)
    assert not target.database.exists()
    assert [p.name for p in target.root.iterdir()] == []  # no staging folder left behind


def test_a_corrupted_byte_inside_the_zip_is_refused(town: DataPaths, tmp_path: Path) -> None:
    backup = make_backup(town, tmp_path / "backup.zip")
    data = bytearray(backup.path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside the (compressed) database
    backup.path.write_bytes(bytes(data))
    with pytest.raises(RestoreError) as refused:
        verify_backup(backup.path)
    assert "damaged" in refused.value.text


def test_a_folder_with_data_is_replaced_only_when_asked_and_kept_aside(
    town: DataPaths, tmp_path: Path
) -> None:
    backup = make_backup(town, tmp_path / "backup.zip")
    other = DataPaths(tmp_path / "other")
    prepare_database(other.database_url, create=True)
    original = other.database.read_bytes()
    with pytest.raises(RestoreError) as refused:
        restore_backup(backup.path, other)
    assert "already holds" in refused.value.text
    assert other.database.read_bytes() == original

    result = restore_backup(backup.path, other, replace=True)
    assert result.set_aside is not None
    assert (result.set_aside / "kuntasome.sqlite").read_bytes() == original
    assert table_counts(other.database) == table_counts(town.database)


def test_a_backup_from_a_newer_version_is_refused(town: DataPaths, tmp_path: Path) -> None:
    backup = make_backup(town, tmp_path / "backup.zip")
    newer = tmp_path / "newer.zip"
    with zipfile.ZipFile(backup.path) as source, zipfile.ZipFile(newer, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["schema_revision"] = "0099"
                manifest["app_version"] = "9.0.0"
                data = json.dumps(manifest).encode()
            out.writestr(info, data)
    with pytest.raises(RestoreError) as refused:
        restore_backup(newer, DataPaths(tmp_path / "restored"))
    assert "newer version" in refused.value.text
    assert refused.value.params["version"] == "9.0.0"
    assert not (tmp_path / "restored" / "kuntasome.sqlite").exists()


def test_a_backup_from_an_older_version_is_migrated(tmp_path: Path) -> None:
    from kuntasome.core.migrate import upgrade

    old = DataPaths(tmp_path / "old")
    old.root.mkdir()
    engine = make_engine(old.database_url)
    try:
        upgrade(engine, REVISIONS[-3])
    finally:
        engine.dispose()
    backup = make_backup(old, tmp_path / "backup.zip")
    assert read_manifest(backup.path).schema_revision == REVISIONS[-3]
    target = DataPaths(tmp_path / "restored")
    result = restore_backup(backup.path, target)
    assert result.migrated_from == REVISIONS[-3]
    assert inspect_sqlite(target.database).revision == HEAD
    assert len(list_backups(target.backups)) == 0  # the pre-migration copy is a .sqlite file
    assert any(target.backups.glob("*.sqlite"))


def test_cancel_leaves_no_file_and_no_temporary_copy(town: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cancel = Cancellation()

    def progress(done: int, total: int) -> None:
        if done > total // 3:
            cancel.cancel()

    with pytest.raises(OperationCancelled):
        make_backup(town, out / "backup.zip", progress=progress, cancel=cancel)
    assert list(out.iterdir()) == []

    backup = make_backup(town, out / "backup.zip")
    restore_cancel = Cancellation()
    restore_cancel.cancel()
    target = DataPaths(tmp_path / "restored")
    with pytest.raises(OperationCancelled):
        restore_backup(backup.path, target, cancel=restore_cancel)
    assert list(target.root.iterdir()) == []


def test_what_a_killed_run_left_is_swept_by_the_next(town: DataPaths, tmp_path: Path) -> None:
    """A backup killed mid-write (SIGKILL: nothing of ours runs) leaves its workspace; the next
    run removes it, but never the workspace of a backup another process is still making."""
    big = town.evidence / "ff" / "ffff-video.bin"
    big.parent.mkdir(parents=True, exist_ok=True)
    big.write_bytes(os.urandom(120 << 20))  # takes the writer long enough to be caught
    out = tmp_path / "usb"
    out.mkdir()
    writer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kuntasome",
            "--data-dir",
            str(town.root),
            "backup",
            "--out",
            str(out / "b.zip"),
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".partial") for p in out.rglob("*")):
        assert writer.poll() is None and time.monotonic() < deadline, "the backup ended first"
        time.sleep(0.005)
    running = list(out.glob(TEMPORARY_PREFIX + "*"))
    assert len(running) == 1
    assert sweep_temporaries(out) == 0  # its process holds the lock: left alone
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert not (out / "b.zip").exists()  # never a half file under the real name
    assert running[0].exists()  # what the kill left: a copy of the database
    big.unlink()
    make_backup(town, out / "b.zip")
    assert sorted(p.name for p in out.iterdir()) == ["b.zip"]


def test_not_a_backup_and_no_database_are_refused_in_words(tmp_path: Path) -> None:
    with pytest.raises(BackupError) as refused:
        make_backup(DataPaths(tmp_path / "empty"), tmp_path / "b.zip")
    assert "holds no KuntaSome database" in refused.value.text
    assert not (tmp_path / "b.zip").exists()
    text = tmp_path / "notes.zip"
    text.write_text("not a zip")
    with pytest.raises(RestoreError) as refused_restore:
        restore_backup(text, DataPaths(tmp_path / "restored"))
    assert "not a KuntaSome backup" in refused_restore.value.text
    traversal = tmp_path / "evil.zip"
    with zipfile.ZipFile(traversal, "w") as out:
        out.writestr("database/kuntasome.sqlite", b"x")
        out.writestr("../../outside.txt", b"x")
        out.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": "kuntasome-backup",
                    "format_version": 1,
                    "schema_revision": HEAD,
                    "created_at": "2026-12-01T10:00:00+00:00",
                    "files": [
                        {"path": "database/kuntasome.sqlite", "sha256": "0", "size": 1},
                        {"path": "../../outside.txt", "sha256": "0", "size": 1},
                    ],
                }
            ),
        )
    with pytest.raises(RestoreError):
        restore_backup(traversal, DataPaths(tmp_path / "restored"))
    assert not (tmp_path / "outside.txt").exists()


def test_automatic_backups_keep_the_last_n_and_copy_to_a_second_folder(
    town: DataPaths, tmp_path: Path
) -> None:
    second = tmp_path / "usb"
    start = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    assert automatic_backup_due(town.backups, date(2026, 11, 1))
    manual = make_backup(town, town.backups / "kuntasome-backup-20261031-120000.zip")
    for day in range(4):
        result = automatic_backup(town, keep=2, copy_to=second, now=start + timedelta(days=day))
        assert result.copied_to is not None and result.copy_error == ""
    kept = list_backups(town.backups)
    assert [b.automatic for b in kept] == [True, True, False]  # a person's backup is never pruned
    assert manual.path.exists()
    assert [b.path.name for b in list_backups(second)] == [b.path.name for b in kept[:2]]
    assert (second / kept[0].path.name).read_bytes() == kept[0].path.read_bytes()
    newest = kept[0].created_at.date()
    assert not automatic_backup_due(town.backups, newest)
    assert automatic_backup_due(town.backups, newest + timedelta(days=1))

    unplugged = tmp_path / "not-a-folder"
    unplugged.write_text("a file where the folder should be")
    result = automatic_backup(town, keep=2, copy_to=unplugged)
    assert result.path.exists() and result.copied_to is None and result.copy_error


def test_backup_age(tmp_path: Path) -> None:
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    assert backup_overdue(None, now)
    assert not backup_overdue(now - timedelta(days=6), now)
    assert backup_overdue(now - timedelta(days=8), now)
    recorded = now - timedelta(days=1)
    assert last_backup_at(tmp_path, recorded) == recorded
    assert last_backup_at(tmp_path) is None
