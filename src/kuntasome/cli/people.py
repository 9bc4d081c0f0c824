"""`kuntasome people …` and `kuntasome access …`: the people register and who can log in."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from kuntasome.core.channels.access import (
    ACCESS_ROLES,
    AccessError,
    grant_access,
    list_grants,
    offboarding,
    offboarding_csv,
    revoke_access,
    verify_access,
)
from kuntasome.core.channels.register import find_channel
from kuntasome.core.files import write_export
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.organisation import load_organisation
from kuntasome.core.paths import DataPaths
from kuntasome.core.people import ROLES, PersonDetails, find_person, save_person

from kuntasome.cli.common import (
    EXIT_OK,
    SubParsers,
    arg,
    channel_argument,
    database,
    json_option,
    output_language,
    print_json,
    report,
    translate,
)
from kuntasome.cli.options import parse_date
from kuntasome.documents.language import Writing
from kuntasome.documents.offboarding_pdf import render_offboarding_pdf


def actor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="actor",
        metavar=translate("Cli", "PERSON"),
        help=translate("Cli", "who does this (number, e-mail address or name), for the audit log"),
    )


def actor_id(engine: Engine, args: argparse.Namespace) -> int | None:
    return find_person(engine, args.actor) if getattr(args, "actor", None) else None


def _person_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "person",
        metavar=translate("Cli", "PERSON"),
        help=translate("Cli", "person's number, e-mail address or name"),
    )


def on_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--on",
        type=parse_date,
        metavar=translate("Cli", "DATE"),
        help=translate("Cli", "the day (default: today)"),
    )


def add_parsers(commands: SubParsers) -> None:
    people = commands.add_parser(
        "people",
        help=translate("Cli", "people and their access to channels"),
        description=translate("Cli", "People and their access to channels."),
    )
    sub = people.add_subparsers(
        dest="people_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    add = sub.add_parser("add", help=translate("Cli", "add a person to the people register"))
    add.add_argument("name", metavar=translate("Cli", "NAME"))
    add.add_argument("--email", default="", help=translate("Cli", "e-mail address"))
    add.add_argument("--title", default="", help=translate("Cli", "job title"))
    add.add_argument("--unit", default="", help=translate("Cli", "the unit they work in"))
    add.add_argument(
        "--role",
        action="append",
        choices=ROLES,
        default=[],
        help=translate("Cli", "a role in the team; repeatable"),
    )
    add.add_argument(
        "--signature", default="", help=translate("Cli", "how they sign their answers")
    )
    actor_option(add)
    json_option(add)
    add.set_defaults(run=run_add)

    offboard = sub.add_parser(
        "offboard",
        help=translate("Cli", "what to revoke when a person leaves: every channel and role"),
    )
    _person_argument(offboard)
    offboard.add_argument(
        "--out",
        type=Path,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "also write the checklist to print, as PDF (.pdf) or CSV (.csv)"),
    )
    json_option(offboard)
    offboard.set_defaults(run=run_offboard)

    access = commands.add_parser(
        "access",
        help=translate("Cli", "who can log in to a channel: grant, verify, revoke"),
        description=translate("Cli", "Who can log in to a channel, in which role."),
    )
    asub = access.add_subparsers(
        dest="access_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    for name, help_text, run in (
        ("grant", translate("Cli", "record that a person was given access"), run_grant),
        (
            "verify",
            translate("Cli", "record that the access was checked on the platform"),
            run_verify,
        ),
        ("revoke", translate("Cli", "record that the access was removed"), run_revoke),
    ):
        command = asub.add_parser(name, help=help_text)
        channel_argument(command)
        _person_argument(command)
        command.add_argument(
            "--role",
            choices=ACCESS_ROLES,
            required=name == "grant",
            help=translate("Cli", "the role on the channel"),
        )
        on_option(command)
        actor_option(command)
        json_option(command)
        command.set_defaults(run=run)


def run_add(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        actor = actor_id(engine, args)
        person = save_person(
            engine,
            PersonDetails(
                name=args.name,
                title=args.title.strip(),
                email=args.email,
                signature=args.signature.strip(),
                roles=tuple(dict.fromkeys(args.role)),
            ),
            actor_id=actor,
            unit_name=args.unit,
        )
    return report(
        args,
        {"id": person.id, "name": person.name, "roles": list(person.roles)},
        arg(translate("Cli", "Person {id} added: {name}"), id=person.id, name=person.name),
    )


def run_offboard(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        checklist = offboarding(engine, find_person(engine, args.person))
        country = load_organisation(engine).country
    if args.out is not None:
        if args.out.suffix.lower() == ".csv":
            data = offboarding_csv(checklist, translate=translate)
        else:
            data = render_offboarding_pdf(checklist, Writing(output_language(), country))
        write_export(args.out, data, personal=True)
    if args.json:
        print_json(checklist)
        return EXIT_OK
    print(arg(translate("Cli", "Access to revoke for {name}:"), name=checklist.name))
    for item in checklist.items:
        mark = "[x]" if item.done else "[ ]"
        print(f"  {mark} {item.platform}:{item.handle}  {translate('AccessRole', item.role)}")
    if checklist.manager_of:
        print(translate("Cli", "Responsible manager of (choose a new one):"))
        for name in checklist.manager_of:
            print(f"  [ ] {name}")
    return EXIT_OK


def _grant_result(args: argparse.Namespace, grant_id: int, text: str) -> int:
    return report(args, {"grant": grant_id}, text)


def _active_grant(engine: Engine, channel_id: int, person_id: int, role: str | None) -> int:
    grants = [
        g
        for g in list_grants(engine, channel_id)
        if g.active and g.person_id == person_id and (role is None or g.role == role)
    ]
    if len(grants) == 1:
        return grants[0].id
    if not grants:
        raise AccessError(QT_TRANSLATE_NOOP("Errors", "No such access in the register."))
    raise AccessError(
        QT_TRANSLATE_NOOP("Errors", "The person has several roles on the channel: give --role.")
    )


def run_grant(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        channel = find_channel(engine, args.channel)
        person = find_person(engine, args.person)
        grant = grant_access(
            engine,
            channel.id,
            person,
            args.role,
            on=args.on or date.today(),
            actor_id=actor_id(engine, args),
        )
    return _grant_result(
        args,
        grant,
        arg(
            translate("Cli", "Access granted: {role} on {platform}:{handle}"),
            role=args.role,
            platform=channel.platform,
            handle=channel.handle,
        ),
    )


def _on_existing_grant(
    args: argparse.Namespace, paths: DataPaths, change: Callable[..., None], done: str
) -> int:
    """Verify or revoke the one active grant of the person on the channel."""
    with database(args, paths) as engine:
        channel = find_channel(engine, args.channel)
        grant = _active_grant(engine, channel.id, find_person(engine, args.person), args.role)
        change(engine, grant, on=args.on or date.today(), actor_id=actor_id(engine, args))
    return _grant_result(args, grant, arg(done, platform=channel.platform, handle=channel.handle))


def run_verify(args: argparse.Namespace, paths: DataPaths) -> int:
    done = translate("Cli", "Access verified on {platform}:{handle}")
    return _on_existing_grant(args, paths, verify_access, done)


def run_revoke(args: argparse.Namespace, paths: DataPaths) -> int:
    done = translate("Cli", "Access revoked on {platform}:{handle}")
    return _on_existing_grant(args, paths, revoke_access, done)
