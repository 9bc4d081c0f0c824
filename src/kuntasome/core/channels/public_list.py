"""The public list of the organisation's official channels, for the municipal website.

Authorities must tell where their public records are; this list is that for social media.
Only channels marked public and in use (active or dormant) are listed. Labels are in the
language asked for, whatever the user interface language is.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import col, select

from kuntasome.core.db import session_scope
from kuntasome.core.errors import Translate
from kuntasome.core.excel_csv import excel_csv
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, Unit
from kuntasome.core.organisation import load_organisation
from kuntasome.core.platforms import PLATFORMS

if TYPE_CHECKING:
    from sqlalchemy import Engine

LISTED_STATUSES = ("active", "dormant")
LANGUAGE_NAMES = {
    "fi": QT_TRANSLATE_NOOP("Languages", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("Languages", "Swedish"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
}
CONTEXT = "PublicList"
TITLE = QT_TRANSLATE_NOOP("PublicList", "Official social media channels of {organisation}")
INTRO = QT_TRANSLATE_NOOP(
    "PublicList",
    "These are the official accounts of {organisation}. Other accounts that use our name"
    " are not maintained by us. List updated on {date}.",
)
HEADERS = (
    QT_TRANSLATE_NOOP("PublicList", "Channel"),
    QT_TRANSLATE_NOOP("PublicList", "Service"),
    QT_TRANSLATE_NOOP("PublicList", "Maintained by"),
    QT_TRANSLATE_NOOP("PublicList", "Languages"),
    QT_TRANSLATE_NOOP("PublicList", "What we post there"),
)
CSV_EXTRA = (QT_TRANSLATE_NOOP("PublicList", "Address"),)


@dataclass(frozen=True)
class PublicChannel:
    name: str
    platform: str
    handle: str
    url: str
    unit: str
    languages: tuple[str, ...]
    purpose: str


def public_channels(engine: Engine, language: str) -> list[PublicChannel]:
    """Channels marked public and in use, with the unit's name in *language* where known."""

    with session_scope(engine) as s:
        units = {
            u.id: (u.name_sv if language == "sv" else u.name_en if language == "en" else "")
            or u.name
            for u in s.exec(select(Unit))
        }
        rows = s.exec(
            select(Channel)
            .where(col(Channel.is_public), col(Channel.status).in_(LISTED_STATUSES))
            .order_by(col(Channel.platform), col(Channel.display_name))
        ).all()
        return [
            PublicChannel(
                name=c.display_name or c.handle,
                platform=PLATFORMS[c.platform].name if c.platform in PLATFORMS else c.platform,
                handle=c.handle,
                url=c.url,
                unit=units.get(c.unit_id, "") if c.unit_id else "",
                languages=tuple(x for x in c.languages.split(",") if x),
                purpose=(
                    c.purpose_sv if language == "sv" else c.purpose_en if language == "en" else ""
                )
                or c.purpose,
            )
            for c in rows
        ]


def _languages(codes: tuple[str, ...], translate: Translate) -> str:
    return ", ".join(translate("Languages", LANGUAGE_NAMES.get(c, c)) for c in codes)


def public_list_html(
    channels: list[PublicChannel],
    *,
    organisation: str,
    language: str,
    translate: Translate,
    today: date,
) -> str:
    """An accessible HTML fragment (a section with a captioned table) for the website."""
    e = html.escape
    title = translate(CONTEXT, TITLE).format(organisation=organisation)
    intro = translate(CONTEXT, INTRO).format(
        organisation=organisation, date=f"{today.day}.{today.month}.{today.year}"
    )
    heads = "".join(f'<th scope="col">{e(translate(CONTEXT, h))}</th>' for h in HEADERS)
    body = "\n".join(
        "    <tr>"
        f'<th scope="row"><a href="{e(c.url)}">{e(c.name)}</a> <span>({e(c.handle)})</span></th>'
        f"<td>{e(c.platform)}</td><td>{e(c.unit)}</td>"
        f"<td>{e(_languages(c.languages, translate))}</td><td>{e(c.purpose)}</td></tr>"
        for c in channels
    )
    return (
        f'<section class="kuntasome-channels" lang="{e(language)}"'
        ' aria-labelledby="kuntasome-channels-title">\n'
        f'  <h2 id="kuntasome-channels-title">{e(title)}</h2>\n'
        f"  <p>{e(intro)}</p>\n"
        "  <table>\n"
        f"    <caption>{e(title)}</caption>\n"
        f"    <thead><tr>{heads}</tr></thead>\n"
        f"    <tbody>\n{body}\n    </tbody>\n"
        "  </table>\n"
        "</section>\n"
    )


def public_list_csv(channels: list[PublicChannel], *, translate: Translate) -> bytes:
    """CSV as Nordic Excel opens it."""
    return excel_csv(
        [
            [translate(CONTEXT, h) for h in (*HEADERS[:2], *CSV_EXTRA, *HEADERS[2:])],
            *(
                [c.name, c.platform, c.url, c.unit, _languages(c.languages, translate), c.purpose]
                for c in channels
            ),
        ]
    )


def render_public_list(
    engine: Engine, *, fmt: str, language: str, translate: Translate, today: date
) -> tuple[bytes, int]:
    """The list as the file to publish (``html`` or ``csv``), and how many channels it has."""

    channels = public_channels(engine, language)
    if fmt == "html":
        organisation = load_organisation(engine).name
        text = public_list_html(
            channels, organisation=organisation, language=language, translate=translate, today=today
        )
        return text.encode("utf-8"), len(channels)
    if fmt == "csv":
        return public_list_csv(channels, translate=translate), len(channels)
    raise ValueError(fmt)
