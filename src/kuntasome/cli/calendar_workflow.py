"""`kuntasome calendar add | submit | approve | schedule | publish`: a post's way to publication.

A post is added with its texts per language and its channels and times (from options or a
JSON file), then moved along the same workflow as in the window, by the same services.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kuntasome.core.calendar.posts import (
    POST_STATUS_LABELS,
    PostDetails,
    PostError,
    TargetDetails,
    change_status,
    load_post,
    mark_published,
    save_post,
)
from kuntasome.core.channels.register import find_channel
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.organisation import load_organisation
from kuntasome.core.paths import DataPaths

from kuntasome.cli.common import (
    EXIT_OK,
    SubParsers,
    arg,
    database,
    json_option,
    print_json,
    translate,
)
from kuntasome.cli.options import local_time
from kuntasome.cli.people import actor_id, actor_option

LANGUAGES = ("fi", "sv", "en")


def _post_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "post", type=int, metavar=translate("Cli", "POST"), help=translate("Cli", "post number")
    )


def add_workflow_parsers(sub: SubParsers) -> None:
    add = sub.add_parser(
        "add",
        help=translate("Cli", "add a post: texts per language, channels and times"),
        description=translate(
            "Cli",
            "Add a post as a draft. Give the texts and channels as options, or everything as a"
            ' JSON file: {"title": …, "texts": {"fi": …, "sv": …}, "targets": [{"channel":'
            ' "facebook:kallioranta", "at": "2026-12-03T09:00"}]}. Times are local time.',
        ),
    )
    add.add_argument("--title", default="", help=translate("Cli", "the post's working title"))
    for language in LANGUAGES:
        add.add_argument(
            f"--text-{language}",
            default="",
            metavar=translate("Cli", "TEXT"),
            help=arg(translate("Cli", "the text in {language}"), language=language),
        )
    add.add_argument(
        "--channel",
        action="append",
        default=[],
        metavar=translate("Cli", "CHANNEL"),
        help=translate("Cli", "a channel to post on; repeatable"),
    )
    add.add_argument(
        "--at",
        metavar=translate("Cli", "TIME"),
        help=translate("Cli", "local date and time for every channel, e.g. 2026-12-03T09:00"),
    )
    add.add_argument("--crisis", action="store_true", help=translate("Cli", "a crisis post"))
    add.add_argument(
        "--file", metavar=translate("Cli", "FILE"), help=translate("Cli", "the post as JSON")
    )
    actor_option(add)
    json_option(add)
    add.set_defaults(run=run_add)

    for name, help_text, status in (
        ("submit", translate("Cli", "send a post for approval"), "in_review"),
        ("approve", translate("Cli", "approve a post (an approver only)"), "approved"),
        ("schedule", translate("Cli", "mark an approved post scheduled"), "scheduled"),
    ):
        command = sub.add_parser(name, help=help_text)
        _post_argument(command)
        actor_option(command)
        json_option(command)
        command.set_defaults(run=run_status, status=status)

    publish = sub.add_parser(
        "publish", help=translate("Cli", "record that a post was published on a channel")
    )
    _post_argument(publish)
    publish.add_argument("--channel", required=True, metavar=translate("Cli", "CHANNEL"))
    publish.add_argument(
        "--url", required=True, help=translate("Cli", "the published post's web address")
    )
    publish.add_argument(
        "--at",
        metavar=translate("Cli", "TIME"),
        help=translate("Cli", "when it was published, local time (default: now)"),
    )
    actor_option(publish)
    json_option(publish)
    publish.set_defaults(run=run_publish)


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise PostError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a post as JSON."), name=path.name
        ) from None
    if not isinstance(data, dict):
        raise PostError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a post as JSON."), name=path.name
        )
    return data


def _details(args: argparse.Namespace, engine: Engine) -> PostDetails:
    data = _from_file(Path(args.file)) if args.file else {}
    texts = {
        lang: str(text)
        for lang, text in dict(data.get("texts") or {}).items()
        if lang in LANGUAGES and str(text).strip()
    }
    texts.update(
        {
            lang: getattr(args, f"text_{lang}")
            for lang in LANGUAGES
            if getattr(args, f"text_{lang}").strip()
        }
    )
    targets = [
        (str(t.get("channel", "")), str(t["at"]) if t.get("at") else None)
        for t in data.get("targets") or []
        if isinstance(t, dict)
    ]
    targets += [(ref, args.at) for ref in args.channel]
    if not targets:
        raise PostError(QT_TRANSLATE_NOOP("Errors", "Choose at least one channel for the post."))
    tz = load_organisation(engine).time_zone
    return PostDetails(
        title=str(args.title or data.get("title") or ""),
        texts=texts,
        targets=tuple(
            TargetDetails(
                channel_id=find_channel(engine, ref).id,
                scheduled_at=local_time(at, tz) if at else None,
            )
            for ref, at in targets
        ),
        is_crisis=bool(args.crisis or data.get("crisis")),
        status="draft",
    )


def _show(args: argparse.Namespace, post: PostDetails) -> int:
    if args.json:
        print_json(
            {
                "id": post.id,
                "title": post.title,
                "status": post.status,
                "texts": post.texts,
                "targets": [
                    {
                        "id": t.id,
                        "channel_id": t.channel_id,
                        "at": t.scheduled_at,
                        "status": t.status,
                        "url": t.published_url,
                    }
                    for t in post.targets
                ],
            }
        )
    else:
        status = translate("PostStatus", POST_STATUS_LABELS[post.status])
        print(
            arg(
                translate("Cli", "Post {id} ({title}): {status}"),
                id=post.id,
                title=post.title,
                status=status,
            )
        )
    return EXIT_OK


def run_add(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        post = save_post(engine, _details(args, engine), actor_id=actor_id(engine, args))
    return _show(args, post)


def run_status(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        post = change_status(engine, args.post, args.status, actor_id=actor_id(engine, args))
    return _show(args, post)


def run_publish(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        channel = find_channel(engine, args.channel)
        post = load_post(engine, args.post)
        target = next((t for t in post.targets if t.channel_id == channel.id), None)
        if target is None:
            raise PostError(
                QT_TRANSLATE_NOOP("Errors", "The post is not planned for {channel}."),
                channel=f"{channel.platform}:{channel.handle}",
            )
        tz = load_organisation(engine).time_zone
        at = local_time(args.at, tz) if args.at else datetime.now(UTC)
        post = mark_published(
            engine, target.id, url=args.url, published_at=at, actor_id=actor_id(engine, args)
        )
    return _show(args, post)
