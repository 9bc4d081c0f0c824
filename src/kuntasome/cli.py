"""Command line: no command starts the GUI; commands run headless on the same services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from kuntasome.core.channel_secrets import KINDS as SECRET_KINDS
from kuntasome.core.errors import UserError
from kuntasome.core.paths import DataPaths

from kuntasome import __version__, cli_calendar, cli_moderation, cli_stats

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kuntasome.ui.translations import LanguageManager

translate = QCoreApplication.translate


def _pre_parse(argv: Sequence[str]) -> argparse.Namespace:
    """What must be known before the full (translated) parser exists."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=("fi", "sv", "en"))
    pre.add_argument("--data-dir")
    pre.add_argument("--db")
    pre.add_argument("command", nargs="?")
    args = pre.parse_known_args(list(argv))[0]
    args.gui = args.command is None and not {"-h", "--help", "--version"} & set(argv)
    # Commands that draw (PDF/A) need fonts, so a QGuiApplication, but never a window.
    args.draws = args.command == "moderation" and "pdf" in argv
    return args


def _install_language(
    lang: str | None, paths: DataPaths, gui: bool, draws: bool = False
) -> LanguageManager:
    """Catalogues for CLI output: --lang, else the saved choice, else the system's."""
    from PySide6.QtCore import QSettings

    from kuntasome.ui.translations import LanguageManager, guess_language

    if QCoreApplication.instance() is None:
        if gui:  # the window needs a QApplication; headless commands must not create one
            from PySide6.QtWidgets import QApplication

            QApplication(sys.argv[:1])
        elif draws:
            import os

            from PySide6.QtGui import QGuiApplication

            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            QGuiApplication(sys.argv[:1])
        else:
            QCoreApplication(sys.argv[:1])
    if lang is None and paths.settings_file.exists():
        saved = QSettings(str(paths.settings_file), QSettings.Format.IniFormat).value("language")
        lang = str(saved) if saved else None
    languages = LanguageManager()
    languages.apply(lang or guess_language())
    return languages  # the caller keeps it: its translators live as long as it does


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the result as JSON")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kuntasome",
        description=translate(
            "Cli",
            "KuntaSome: social media register, posting calendar, moderation log and"
            " statistics for a municipality. Without a command, the application window opens.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"KuntaSome {__version__}")
    parser.add_argument(
        "--lang", choices=("fi", "sv", "en"), help=translate("Cli", "language of the output")
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("Cli", "FOLDER"),
        help=translate(
            "Cli",
            "data folder (default: the per-user application data folder, or KUNTASOME_DATA_DIR)",
        ),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate(
            "Cli",
            "database URL, e.g. postgresql+psycopg://user@host/kuntasome"
            " (default: the SQLite file in the data folder)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))

    demo = commands.add_parser(
        "demo",
        help=translate("Cli", "fill an empty database with a fictional bilingual municipality"),
        description=translate(
            "Cli",
            "Fill an empty database with the fictional town of Kallioranta – Bergstrand:"
            " channels, people, posts, moderation entries, check-ins and statistics.",
        ),
    )
    demo.add_argument(
        "--seed", type=int, default=1, help=translate("Cli", "random seed (same seed, same data)")
    )
    demo.add_argument("--years", type=int, default=2, help=translate("Cli", "years of history"))
    demo.add_argument(
        "--scale",
        choices=("small", "large"),
        default="small",
        help=translate("Cli", "small: about 12 channels; large: the benchmark municipality"),
    )
    demo.add_argument(
        "--today",
        type=date.fromisoformat,
        metavar=translate("Cli", "DATE"),
        help=translate("Cli", "the date the demo is built around (default: today)"),
    )
    _json_option(demo)

    check = commands.add_parser(
        "check",
        help=translate("Cli", "check the database's integrity and migration state"),
        description=translate(
            "Cli", "Check the database's integrity and migration state. Changes nothing."
        ),
    )
    check.add_argument(
        "--full",
        action="store_true",
        help=translate("Cli", "also compare every index with its table (slower)"),
    )
    _json_option(check)
    channels = commands.add_parser(
        "channels",
        help=translate("Cli", "the channel register"),
        description=translate("Cli", "The channel register."),
    )
    channel_commands = channels.add_subparsers(
        dest="channels_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    channel_list = channel_commands.add_parser(
        "list", help=translate("Cli", "list every channel in the register")
    )
    _json_option(channel_list)

    channel_import = channel_commands.add_parser(
        "import",
        help=translate(
            "Cli", "import a channel inventory spreadsheet (CSV or XLSX), all or nothing"
        ),
    )
    channel_import.add_argument("file", metavar=translate("Cli", "FILE"))
    _json_option(channel_import)
    export = channel_commands.add_parser(
        "export-public",
        help=translate("Cli", "the public list of official channels for the website"),
    )
    export.add_argument("--format", choices=("html", "csv"), default="html")
    export.add_argument(
        "--lang",
        dest="content_lang",
        choices=("fi", "sv", "en"),
        default="fi",
        help=translate("Cli", "language of the list"),
    )
    export.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "file to write"),
    )

    secrets = commands.add_parser(
        "secrets",
        help=translate("Cli", "channel passwords and backup codes in the keyring"),
        description=translate(
            "Cli",
            "Channel passwords, backup codes, tokens and recovery notes live in the"
            " computer's password store (keyring), never in the database.",
        ),
    )
    secret_commands = secrets.add_subparsers(
        dest="secrets_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    secret_set = secret_commands.add_parser(
        "set", help=translate("Cli", "store a secret; the value is read from standard input")
    )
    secret_set.add_argument(
        "channel",
        metavar=translate("Cli", "CHANNEL"),
        help=translate("Cli", "channel id, handle or platform:handle"),
    )
    secret_set.add_argument("kind", choices=SECRET_KINDS)
    secret_list = secret_commands.add_parser(
        "list", help=translate("Cli", "which secrets a channel has (never their values)")
    )
    secret_list.add_argument(
        "channel",
        metavar=translate("Cli", "CHANNEL"),
        help=translate("Cli", "channel id, handle or platform:handle"),
    )
    _json_option(secret_list)
    people = commands.add_parser(
        "people",
        help=translate("Cli", "people and their access to channels"),
        description=translate("Cli", "People and their access to channels."),
    )
    people_commands = people.add_subparsers(
        dest="people_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    offboard = people_commands.add_parser(
        "offboard",
        help=translate("Cli", "what to revoke when a person leaves: every channel and role"),
    )
    offboard.add_argument(
        "person",
        metavar=translate("Cli", "PERSON"),
        help=translate("Cli", "person's number, e-mail address or name"),
    )
    _json_option(offboard)
    cli_calendar.add_parser(commands, _json_option)
    cli_moderation.add_parser(commands, _json_option)
    cli_stats.add_parser(commands, _json_option)
    return parser


def _open(args: argparse.Namespace, paths: DataPaths, *, create: bool = False) -> Engine:
    """The database for a command: migrated if needed (after a backup), created only if asked."""
    from kuntasome.core.database import prepare_database
    from kuntasome.core.db import make_engine

    url = _url(args, paths)
    prepare_database(url, create=create, backup_dir=paths.backups)
    return make_engine(url)


def _url(args: argparse.Namespace, paths: DataPaths) -> str:
    return str(args.db or paths.database_url)


def cmd_demo(args: argparse.Namespace, paths: DataPaths) -> int:
    from kuntasome.core.demo import generate_demo

    engine = _open(args, paths, create=True)
    try:
        summary = generate_demo(
            engine,
            seed=args.seed,
            years=args.years,
            scale=args.scale,
            today=args.today,
            progress=lambda msg: print(msg, file=sys.stderr) if not args.json else None,
        )
    finally:
        engine.dispose()
    if args.json:
        import json

        print(json.dumps(asdict(summary), indent=2))
        return 0
    print(
        translate("Cli", "Demo data created in %1 seconds:").replace("%1", f"{summary.seconds:.1f}")
    )
    lines = (
        (translate("Cli", "channels"), summary.channels),
        (translate("Cli", "people"), summary.people),
        (translate("Cli", "posts"), summary.posts),
        (translate("Cli", "post targets"), summary.targets),
        (translate("Cli", "moderation entries"), summary.moderation_entries),
        (translate("Cli", "blocked users"), summary.blocked_users),
        (translate("Cli", "monitoring check-ins"), summary.checkins),
        (translate("Cli", "metric values"), summary.metric_values),
    )
    for label, value in lines:
        print(f"  {value:>10,}  {label}".replace(",", "\u00a0"))
    return 0


def cmd_check(args: argparse.Namespace, paths: DataPaths) -> int:
    from kuntasome.core.integrity import check_database

    report = check_database(_url(args, paths), full=args.full)
    if args.json:
        import json

        data: dict[str, Any] = {
            "database": report.database,
            "revision": report.revision,
            "ok": report.ok,
            "findings": [
                {"level": f.level, "message": f.translated(translate)} for f in report.findings
            ],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(translate("Cli", "Database: %1").replace("%1", report.database))
        marks = {"ok": "✓", "warning": "!", "error": "✗"}
        for finding in report.findings:
            print(f"  {marks[finding.level]} {finding.translated(translate)}")
        print(
            translate("Cli", "No problems found.")
            if report.ok
            else translate("Cli", "Problems found.")
        )
    return 0 if report.ok else 1


def cmd_export_public(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from kuntasome.core.files import atomic_write_bytes
    from kuntasome.core.public_list import render_public_list

    from kuntasome.ui.translations import translator_for

    engine = _open(args, paths)
    try:
        data, count = render_public_list(
            engine,
            fmt=args.format,
            language=args.content_lang,
            translate=translator_for(args.content_lang),
            today=date.today(),
        )
    finally:
        engine.dispose()
    atomic_write_bytes(Path(args.out), data)
    print(translate("Cli", "%n channel(s)", "", count) + f" → {args.out}")
    return 0


def cmd_import(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from kuntasome.core.channel_import import (
        ImportFailed,
        import_channels,
        read_table,
        suggest_mapping,
    )

    table = read_table(Path(args.file))
    mapping = suggest_mapping(table.headers)
    engine = _open(args, paths)
    try:
        count = import_channels(engine, table, mapping)
    except ImportFailed as failure:
        print(failure.translated(translate), file=sys.stderr)
        for problem in failure.problems[:20]:
            row = translate("Cli", "row %1").replace("%1", str(problem.row))
            print(f"  {row}: {problem.error.translated(translate)}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    if args.json:
        import json

        print(json.dumps({"imported": count, "columns": mapping}))
    else:
        print(translate("Cli", "Imported %n channel(s).", "", count))
    return 0


def cmd_channels(args: argparse.Namespace, paths: DataPaths) -> int:
    from kuntasome.core.channel_register import list_channels

    if args.channels_command == "export-public":
        return cmd_export_public(args, paths)
    if args.channels_command == "import":
        return cmd_import(args, paths)
    engine = _open(args, paths)
    try:
        rows = list_channels(engine)
    finally:
        engine.dispose()
    if args.json:
        import json

        print(json.dumps([_plain(asdict(r)) for r in rows], indent=2, ensure_ascii=False))
        return 0
    for r in rows:
        review = r.next_review_on.isoformat() if r.next_review_on else "–"
        print(f"{r.id:>4}  {r.platform:<10} {r.handle:<32} {r.status:<10} {review}  {r.unit}")
    print(translate("Cli", "%n channel(s)", "", len(rows)))
    return 0


def _read_secret() -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(translate("Cli", "Secret (not shown): "))
    return sys.stdin.read().rstrip("\r\n")


def cmd_secrets(args: argparse.Namespace, paths: DataPaths) -> int:
    from kuntasome.core.channel_register import find_channel
    from kuntasome.core.channel_secrets import SecretStore

    engine = _open(args, paths)
    try:
        channel = find_channel(engine, args.channel)
        store = SecretStore(engine)
        if args.secrets_command == "set":
            store.set(channel.id, args.kind, _read_secret())
            print(
                translate("Cli", "Saved in the password store: %1 of %2.")
                .replace("%1", args.kind)
                .replace("%2", f"{channel.platform}:{channel.handle}")
            )
            return 0
        infos = store.kinds(channel.id)
    finally:
        engine.dispose()
    if args.json:
        import json

        print(json.dumps([{"kind": i.kind, "changed_at": i.changed_at.isoformat()} for i in infos]))
    else:
        for info in infos:
            print(f"{info.kind:<14} {info.changed_at.astimezone():%Y-%m-%d %H:%M}")
    return 0


def cmd_people(args: argparse.Namespace, paths: DataPaths) -> int:
    from kuntasome.core.access import find_person, offboarding

    engine = _open(args, paths)
    try:
        checklist = offboarding(engine, find_person(engine, args.person))
    finally:
        engine.dispose()
    if args.json:
        import json

        data = _plain(asdict(checklist))
        data["items"] = [_plain(asdict(i)) for i in checklist.items]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(translate("Cli", "Access to revoke for %1:").replace("%1", checklist.name))
    for item in checklist.items:
        mark = "[x]" if item.done else "[ ]"
        print(f"  {mark} {item.platform}:{item.handle}  {translate('AccessRole', item.role)}")
    if checklist.manager_of:
        print(translate("Cli", "Responsible manager of (choose a new one):"))
        for name in checklist.manager_of:
            print(f"  [ ] {name}")
    return 0


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}


COMMANDS = {
    "demo": cmd_demo,
    "check": cmd_check,
    "channels": cmd_channels,
    "secrets": cmd_secrets,
    "people": cmd_people,
    "calendar": lambda args, paths: cli_calendar.cmd_calendar(args, paths, _open),
    "moderation": lambda args, paths: cli_moderation.cmd_moderation(args, paths, _open),
    "stats": lambda args, paths: cli_stats.cmd_stats(args, paths, _open),
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = _pre_parse(argv)
    paths = DataPaths.resolve(pre.data_dir)
    languages = _install_language(pre.lang, paths, pre.gui, pre.draws)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from kuntasome.app import run_gui

        return run_gui(args, languages)
    from kuntasome.core.logsetup import configure_logging

    try:
        configure_logging(paths.log_file)
    except OSError:
        configure_logging(None)
    try:
        return COMMANDS[args.command](args, paths)
    except UserError as exc:
        print(exc.translated(translate), file=sys.stderr)
        return 2
