"""What every command group shares: exit codes, the database, JSON output, argparse's words.

Exit codes (documented in the README, stable):

- ``0`` done (also when the reader of a pipe closed it early, e.g. ``| head -1``);
- ``1`` refused (a user error: bad input, unknown channel, a rule broken) or a check that
  found a problem (``check``, ``moderation verify``);
- ``2`` bad usage (argparse: unknown option, missing argument, a value of the wrong form).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from kuntasome.core.errors import DatabaseInUse
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg as arg  # the commands fill their messages with it
from kuntasome.core.paths import DataPaths

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kuntasome.ui.translations import LanguageManager

translate = QCoreApplication.translate

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_FAILED = 3  # an unexpected error: the details are in the log

Run = Callable[[argparse.Namespace, DataPaths], int]

#: The command's language (set by ``main``); the database's organisation adds its country.
languages: LanguageManager | None = None
if TYPE_CHECKING:
    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    SubParsers = argparse._SubParsersAction


def output_language() -> str:
    """The language the command speaks (--lang, the saved choice or the system's)."""
    language = QLocale().name()[:2]
    return language if language in ("fi", "sv") else "en"


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the result as JSON")
    )


def out_option(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    parser.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "FILE"),
        help=help_text or translate("Cli", "file to write"),
    )


def channel_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "channel",
        metavar=translate("Cli", "CHANNEL"),
        help=translate("Cli", "channel id, handle or platform:handle"),
    )


def database_url(args: argparse.Namespace, paths: DataPaths) -> str:
    return str(args.db or paths.database_url)


def writer_wait_s() -> float:
    """How long a command waits for another one writing the same SQLite database (two
    imports started at once): two minutes, or KUNTASOME_WAIT_S seconds."""
    try:
        return max(0.0, float(os.environ.get("KUNTASOME_WAIT_S", "120")))
    except ValueError:
        return 120.0


@contextmanager
def database(args: argparse.Namespace, paths: DataPaths) -> Iterator[Engine]:
    """The database of an existing register, migrated if needed (after a backup copy).

    A database another command is writing is waited for (saying so), for a bounded time;
    then the command ends with the application's own "in use" message."""
    # The window's start goes through this module: the ORM loads only when a command runs.
    from kuntasome.core.database import prepare_database
    from kuntasome.core.db import make_engine

    url = database_url(args, paths)
    wait = writer_wait_s()
    deadline = time.monotonic() + wait
    said = False
    while True:
        try:
            prepare_database(url, create=False, backup_dir=paths.backups)
            break
        except DatabaseInUse:
            if time.monotonic() >= deadline:
                raise
            if not said:
                print(
                    translate("Cli", "The database is in use by another command; waiting for it…"),
                    file=sys.stderr,
                    flush=True,
                )
                said = True
            time.sleep(0.25)
    engine = make_engine(url, busy_timeout=max(5.0, wait))
    try:
        if languages is not None:  # Sweden's Swedish for a Swedish kommun
            from kuntasome.core.organisation import load_organisation

            languages.set_country(load_organisation(engine).country)
        yield engine
    finally:
        engine.dispose()


def plain(value: Any) -> Any:
    """A value as JSON can hold it: dates as ISO text, dataclasses and tuples taken apart."""
    if is_dataclass(value) and not isinstance(value, type):
        return plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def print_json(data: Any) -> None:
    print(json.dumps(plain(data), indent=2, ensure_ascii=False))


def report(args: argparse.Namespace, data: Any, text: str) -> int:
    """A command's result: *data* as JSON under ``--json``, else the translated *text*."""
    if args.json:
        print_json(data)
    else:
        print(text)
    return EXIT_OK


# argparse's own words, translated through our catalogues (context "Argparse"). argparse
# looks them up through its module-level gettext functions; these are the texts of Python
# 3.11–3.13 that a user can meet.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
)


def translate_argparse() -> None:
    """Make argparse speak the installed language (it calls gettext at run time)."""

    def gettext(text: str) -> str:
        return translate("Argparse", text)

    def ngettext(singular: str, plural: str, n: int) -> str:
        if (singular, plural) == ("expected %s argument", "expected %s arguments"):
            # A plural message, seen as one by lupdate; argparse fills in the number itself.
            return translate("Argparse", "expected %n argument(s)", "", n).replace(str(n), "%s", 1)
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def quiet_broken_pipe() -> int:
    """The reader closed the pipe (``| head``): stop writing, quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK
