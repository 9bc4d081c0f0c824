"""`kuntasome secrets …`: channel passwords and backup codes in the keyring, never shown."""

from __future__ import annotations

import argparse
import getpass
import sys

from kuntasome.core.channels.register import find_channel
from kuntasome.core.channels.secrets import KINDS, SecretStore
from kuntasome.core.paths import DataPaths

from kuntasome.cli.common import (
    EXIT_OK,
    SubParsers,
    arg,
    channel_argument,
    database,
    json_option,
    print_json,
    translate,
)


def add_parsers(commands: SubParsers) -> None:
    secrets = commands.add_parser(
        "secrets",
        help=translate("Cli", "channel passwords and backup codes in the keyring"),
        description=translate(
            "Cli",
            "Channel passwords, backup codes, tokens and recovery notes live in the"
            " computer's password store (keyring), never in the database.",
        ),
    )
    sub = secrets.add_subparsers(
        dest="secrets_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    secret_set = sub.add_parser(
        "set", help=translate("Cli", "store a secret; the value is read from standard input")
    )
    channel_argument(secret_set)
    secret_set.add_argument("kind", choices=KINDS)
    secret_set.set_defaults(run=run_set)
    secret_list = sub.add_parser(
        "list", help=translate("Cli", "which secrets a channel has (never their values)")
    )
    channel_argument(secret_list)
    json_option(secret_list)
    secret_list.set_defaults(run=run_list)


def _read_secret() -> str:
    if sys.stdin.isatty():
        return getpass.getpass(translate("Cli", "Secret (not shown): "))
    data = sys.stdin.buffer.read()
    # Bytes that are not UTF-8 stay visible as such (lone surrogates): the store refuses them.
    return data.decode("utf-8", errors="surrogateescape").rstrip("\r\n")


def run_set(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        channel = find_channel(engine, args.channel)
        SecretStore(engine).set(channel.id, args.kind, _read_secret())
    print(
        arg(
            translate("Cli", "Saved in the password store: {kind} of {handle}."),
            kind=args.kind,
            handle=f"{channel.platform}:{channel.handle}",
        )
    )
    return EXIT_OK


def run_list(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        channel = find_channel(engine, args.channel)
        infos = SecretStore(engine).kinds(channel.id)
    if args.json:
        print_json([{"kind": i.kind, "changed_at": i.changed_at} for i in infos])
    else:
        for info in infos:
            print(f"{info.kind:<14} {info.changed_at.astimezone():%Y-%m-%d %H:%M}")
    return EXIT_OK
