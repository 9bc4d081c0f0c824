"""What the moderation screens choose from: channels, handlers, reasons and settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import col, select

from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, Person
from kuntasome.core.moderation.removal_reasons import Reason, list_reasons, save_reasons
from kuntasome.core.moderation.settings import (
    ModerationSettings,
    load_moderation_settings,
    save_moderation_settings,
)
from kuntasome.core.organisation import OrganisationSettings, load_organisation
from kuntasome.core.people import has_left

if TYPE_CHECKING:
    from datetime import date

    from sqlalchemy import Engine


@dataclass(frozen=True)
class ChannelChoice:
    id: int
    label: str
    platform: str
    status: str


@dataclass(frozen=True)
class HandlerChoice:
    id: int
    name: str
    signature: str


@dataclass(frozen=True)
class ModerationSetup:
    channels: list[ChannelChoice]
    handlers: list[HandlerChoice]
    reasons: list[Reason]
    settings: ModerationSettings
    organisation: OrganisationSettings


def load_setup(engine: Engine, today: date) -> ModerationSetup:
    with session_scope(engine) as s:
        channels = [
            ChannelChoice(c.id or 0, c.display_name or c.handle, c.platform, c.status)
            for c in s.exec(
                select(Channel)
                .where(col(Channel.status).not_in(("requested", "rejected")))
                .order_by(col(Channel.display_name), col(Channel.handle))
            )
        ]
        handlers = [
            HandlerChoice(p.id or 0, p.name, p.signature)
            for p in s.exec(select(Person).order_by(col(Person.name)))
            if not has_left(p.left_on, today)
        ]
    return ModerationSetup(
        channels=channels,
        handlers=handlers,
        reasons=list_reasons(engine),
        settings=load_moderation_settings(engine),
        organisation=load_organisation(engine),
    )


def save_setup(
    engine: Engine,
    settings: ModerationSettings,
    reasons: list[Reason],
    *,
    actor_id: int | None = None,
) -> None:
    """What the moderation settings window saves: the rules and the removal reasons."""
    if not settings.valid():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The office must open before it closes."))
    save_moderation_settings(engine, settings, actor_id=actor_id)
    save_reasons(engine, reasons, actor_id=actor_id)
