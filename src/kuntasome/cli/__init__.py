"""Command line: no command starts the window; commands run headless on the same services.

One module per command group (``database``, ``channels``, ``people``, ``secrets``,
``calendar``, ``moderation``, ``statistics``); each adds its parser and runs its commands
through core services. Exit codes: see :mod:`kuntasome.cli.common`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kuntasome.core.errors import UserError
from kuntasome.core.logsetup import configure_logging
from kuntasome.core.messages import arg
from kuntasome.core.paths import DataPaths
from kuntasome.core.settings import LANGUAGE

from kuntasome.ui.preferences import Preferences
from kuntasome.ui.translations import LanguageManager, guess_language

from kuntasome import __version__
from kuntasome.cli import common
from kuntasome.cli.common import (
    EXIT_FAILED,
    EXIT_REFUSED,
    EXIT_USAGE,
    Run,
    quiet_broken_pipe,
    translate_argparse,
)

if TYPE_CHECKING:
    from kuntasome.ui.translations import LanguageManager

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")


def _pre_parse(argv: Sequence[str]) -> argparse.Namespace:
    """What must be known before the full (translated) parser exists."""
    # Nothing is validated here: a bad value is for the full parser to refuse, translated.
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    pre.add_argument("--lang")
    pre.add_argument("--data-dir")
    pre.add_argument("--db")
    pre.add_argument("command", nargs="?")
    try:
        args = pre.parse_known_args(list(argv))[0]
    except argparse.ArgumentError:
        # argparse trips over a "--" after an option it does not know here ("stats list
        # --from --"): read what comes before it; the full parser refuses the rest.
        head = list(argv)[: list(argv).index("--")] if "--" in argv else []
        try:
            args = pre.parse_known_args(head)[0]
        except argparse.ArgumentError:
            args = argparse.Namespace(lang=None, data_dir=None, db=None, command=None)
        args.command = args.command or "?"  # not the window: the full parser says what is wrong
    if args.lang not in LANGUAGES:
        args.lang = None
    args.gui = args.command is None and not {"-h", "--help", "--version"} & set(argv)
    return args


def _install_language(lang: str | None, paths: DataPaths, gui: bool) -> LanguageManager:
    """Catalogues for CLI output: --lang, else the saved choice, else the system's."""
    if QCoreApplication.instance() is None:
        # QtWidgets load only for the window: a headless command starts faster without them,
        # and writes its PDFs with Typst, which needs no display.
        if gui:  # the window needs a QApplication; headless commands must not create one
            from PySide6.QtWidgets import QApplication

            QApplication(sys.argv[:1])
        else:
            QCoreApplication(sys.argv[:1])
    if lang is None and paths.settings_file.exists():
        lang = Preferences.open(paths).get(LANGUAGE) or None
    languages = LanguageManager()
    languages.apply(lang or guess_language())
    return languages  # the caller keeps it: its translators live as long as it does


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; without commands only the global options (for the window)."""
    translate_argparse()
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
        "--lang", choices=LANGUAGES, help=translate("Cli", "language of the output")
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
    # The installed program's self-test (kuntasome.ui.smoke): for installers and support.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    if with_commands:
        # Imported here, not at the top: the command modules import core services (and so
        # the ORM) at their top, and the window must paint before the ORM loads (start-up
        # measured in tests/bench/test_cold_start.py).
        from kuntasome.cli import (
            archive,
            backup,
            calendar,
            channels,
            database,
            moderation,
            people,
            reports,
            secrets,
            statistics,
        )

        for group in (
            database,
            channels,
            people,
            secrets,
            calendar,
            moderation,
            statistics,
            reports,
            archive,
            backup,
        ):
            group.add_parsers(commands)
    return parser


def _failed(exc: Exception, paths: DataPaths) -> int:
    """What the user reads when a command fails: a sentence, never a traceback."""
    from sqlalchemy.exc import OperationalError

    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, OperationalError) and ("locked" in text or "busy" in text):
        # A writer that outwaited the wait (SQLite "database is locked").
        print(
            translate(
                "Cli",
                "The database is in use by another command or window and stayed so too long."
                " Nothing was changed; try again when it has finished.",
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    # Anything else is a fault of ours or of the installation: its traceback goes to the log,
    # the user reads where it is.
    log.exception("The command failed")
    print(
        arg(
            translate(
                "Cli",
                "The command stopped on an unexpected error ({error}). What it had not"
                " finished was not saved. The details are in the log file {log}; please send"
                " it to whoever supports KuntaSome for you.",
            ),
            error=type(exc).__name__,
            log=str(paths.log_file),
        ),
        file=sys.stderr,
    )
    return EXIT_FAILED


def _runner(args: argparse.Namespace) -> Run:
    run: Run = args.run
    return run


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = _pre_parse(argv)
    paths = DataPaths.resolve(pre.data_dir)
    languages = common.languages = _install_language(pre.lang, paths, pre.gui)
    try:
        args = build_parser(with_commands=not pre.gui).parse_args(argv)
    except SystemExit as leaving:  # --help, --version (0) or bad usage (2)
        return leaving.code if isinstance(leaving.code, int) else EXIT_USAGE
    if args.command is None:
        # The window's modules load only when the window is wanted.
        from kuntasome.app import run_gui

        return run_gui(args, languages)

    try:
        configure_logging(paths.log_file)
    except OSError:
        configure_logging(None)
    try:
        return _runner(args)(args, paths)
    except UserError as exc:
        print(exc.translated(translate), file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        return quiet_broken_pipe()
    except OSError as exc:
        # A file or folder the user named that the system refuses (a name too long, no
        # permission, no space): the user's to fix, said in a sentence.
        log.info("The command stopped on a file error", exc_info=True)
        print(
            arg(
                translate("Cli", "The command stopped: {file}: {reason}."),
                file=str(exc.filename or "")[:120] or "?",
                reason=exc.strerror or type(exc).__name__,
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    except Exception as exc:
        return _failed(exc, paths)
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            quiet_broken_pipe()
