"""`kuntasome archive` and `kuntasome records`, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from kuntasome.core.paths import DataPaths

from tests.cli.test_cli import run


def test_snapshot_verify_and_a_changed_file_named(demo_paths: DataPaths, tmp_path: Path) -> None:
    data = str(demo_paths.root)
    out = tmp_path / "bag.zip"
    made = run("--data-dir", data, "--lang", "sv", "archive", "create", "--period", "2026-H1",
               "--as", "zip", "--out", str(out))  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "Arkivpaket för 2026-H1" in made.stdout
    ok = run("--lang", "fi", "archive", "verify", str(out), "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["ok"]
    again = run("--data-dir", data, "archive", "create", "--period", "2026-H1", "--out", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr

    folder = tmp_path / "bag"
    assert run("--data-dir", data, "archive", "create", "--period", "2026-H1", "--out",
               str(folder)).returncode == 0  # fmt: skip
    readme = (folder / "data" / "README.txt").read_text(encoding="utf-8")
    assert "Channel register" in readme  # the output language of the command: C → English
    (folder / "data" / "audit" / "audit-log.csv").write_text("id\n", encoding="utf-8")
    broken = run("--lang", "fi", "archive", "verify", str(folder))
    assert broken.returncode == 1
    assert "data/audit/audit-log.csv" in broken.stderr and "Traceback" not in broken.stderr

    listed = run("--data-dir", data, "archive", "list", "--json")
    assert [r["layout"] for r in json.loads(listed.stdout)] == ["dir", "zip"]
    due = run("--data-dir", data, "archive", "due", "--json")
    assert due.returncode == 0 and "due" in json.loads(due.stdout)


def test_records_plan_set_and_show(demo_paths: DataPaths) -> None:
    data = str(demo_paths.root)
    saved = run("--data-dir", data, "records", "plan", "set", "evidence", "--code", "00.01.09",
                "--retention", "12")  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    plan = {p["record_type"]: p for p in json.loads(
        run("--data-dir", data, "records", "plan", "--json").stdout)}  # fmt: skip
    assert plan["evidence"]["code"] == "00.01.09" and plan["evidence"]["retention_years"] == 12
    assert plan["report"]["permanent"]
    refused = run("--data-dir", data, "--lang", "en", "records", "plan", "set", "evidence",
                  "--retention", "500")  # fmt: skip
    assert refused.returncode == 1 and "1 to 200 years" in refused.stderr
    shown = run("--data-dir", data, "--lang", "fi", "records", "plan")
    assert "Poiston todiste" in shown.stdout and "00.01.09" in shown.stdout


def test_dispose_dry_run_then_approved_with_a_hold(demo_paths: DataPaths) -> None:
    data = str(demo_paths.root)
    held = run("--data-dir", data, "records", "hold", "add", "--channel", "facebook:kallioranta",
               "--reason", "Kantelu 12/2027", "--json")  # fmt: skip
    assert held.returncode == 0, held.stderr
    dry = run("--data-dir", data, "--lang", "fi", "records", "dispose", "--dry-run", "--on",
              "2027-06-01")  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    assert "Moderointimerkintä" in dry.stdout and "lakisääteisen" not in dry.stdout
    assert "Mitään ei muutettu" in dry.stdout
    refused = run("--data-dir", data, "--lang", "en", "records", "dispose", "--approve",
                  "--on", "2027-06-01")  # fmt: skip
    assert refused.returncode == 1 and "decision" in refused.stderr
    done = run("--data-dir", data, "records", "dispose", "--approve", "--on", "2027-06-01",
               "--decision", "Kunnanhallitus 12.5.2027 § 45", "--as", "1", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    groups = {g["record_type"]: g for g in result["groups"]}
    assert result["disposed"] and groups["moderation_entry"]["count"] > 0
    assert groups["moderation_entry"]["held"] > 0  # the held channel's comments stay
    assert run("--data-dir", data, "moderation", "verify").returncode == 0
    log = json.loads(run("--data-dir", data, "records", "disposals", "--json").stdout)
    assert {r["decision"] for r in log} == {"Kunnanhallitus 12.5.2027 § 45"}
    hold_id = json.loads(held.stdout)["hold"]
    lifted = run(
        "--data-dir", data, "records", "hold", "lift", str(hold_id), "--reason", "Ratkaistu"
    )
    assert lifted.returncode == 0, lifted.stderr
    holds = json.loads(run("--data-dir", data, "records", "holds", "--json").stdout)
    assert holds[0]["lifted_at"] is not None


def test_an_eark_package_from_the_command_line(demo_paths: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "sip.tar"
    made = run("--data-dir", str(demo_paths.root), "archive", "create", "--period", "2026-H1",
               "--format", "eark", "--as", "tar", "--out", str(out))  # fmt: skip
    assert made.returncode == 0, made.stderr
    verified = run("--lang", "sv", "archive", "verify", str(out), "--json")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["format"] == "eark"
