"""The channel register: listing, finding, creating and moving channels through their lifecycle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.channels.colours import next_colour
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, Person, Unit, utcnow
from kuntasome.core.organisation import load_organisation
from kuntasome.core.platforms import PLATFORMS, normalise

if TYPE_CHECKING:
    from sqlalchemy import Engine


STATUSES = ("requested", "approved", "active", "dormant", "closed", "reserved")
LIVE_STATUSES = ("approved", "active", "dormant", "reserved")  # everything but requested/closed
# The statuses as people read them (translated in the "ChannelStatus" context).
STATUS_LABELS = {
    "requested": QT_TRANSLATE_NOOP("ChannelStatus", "requested"),
    "approved": QT_TRANSLATE_NOOP("ChannelStatus", "approved"),
    "active": QT_TRANSLATE_NOOP("ChannelStatus", "active"),
    "dormant": QT_TRANSLATE_NOOP("ChannelStatus", "dormant"),
    "closed": QT_TRANSLATE_NOOP("ChannelStatus", "closed"),
    "reserved": QT_TRANSLATE_NOOP("ChannelStatus", "reserved"),
}
# Which status may follow which: a closed channel keeps its record and may be reopened.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "requested": ("approved", "closed"),
    "approved": ("active", "reserved", "closed"),
    "active": ("dormant", "closed"),
    "dormant": ("active", "closed"),
    "reserved": ("active", "closed"),
    "closed": ("active", "reserved"),
}


class RegisterError(UserError):
    pass


def no_channel(ref: object) -> RegisterError:
    return RegisterError(QT_TRANSLATE_NOOP("Errors", "No channel {ref} in the register."), ref=ref)


@dataclass(frozen=True)
class ChannelRow:
    """A channel as the register lists it."""

    id: int
    platform: str
    handle: str
    display_name: str
    url: str
    status: str
    unit: str
    manager: str
    languages: str
    next_review_on: date | None
    is_public: bool


def list_channels(engine: Engine) -> list[ChannelRow]:
    with session_scope(engine) as s:
        units = {u.id: u.name for u in s.exec(select(Unit))}
        people = {p.id: p.name for p in s.exec(select(Person))}
        channels = s.exec(select(Channel).order_by(col(Channel.platform), col(Channel.handle)))
        return [
            ChannelRow(
                id=c.id or 0,
                platform=c.platform,
                handle=c.handle,
                display_name=c.display_name,
                url=c.url,
                status=c.status,
                unit=units.get(c.unit_id, "") if c.unit_id else "",
                manager=people.get(c.manager_id, "") if c.manager_id else "",
                languages=c.languages,
                next_review_on=c.next_review_on,
                is_public=c.is_public,
            )
            for c in channels
        ]


def find_channel(engine: Engine, ref: str) -> ChannelRow:
    """A channel by id, by ``platform:handle`` or by a handle that only one channel has."""
    rows = list_channels(engine)
    ref = ref.strip()

    def same(handle: str, written: str) -> bool:  # "@name" and "name" are the same handle
        return handle.lower().lstrip("@") == written.lower().lstrip("@")

    if ref.isdigit():
        matches = [r for r in rows if r.id == int(ref)]
    elif ":" in ref and ref.split(":", 1)[0] in PLATFORMS:
        platform, handle = ref.split(":", 1)
        matches = [r for r in rows if r.platform == platform and same(r.handle, handle)]
    else:
        matches = [r for r in rows if same(r.handle, ref)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise no_channel(ref)
    raise RegisterError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Several channels are called {ref}: write it as platform:handle, e.g. {example}.",
        ),
        ref=ref,
        example=f"{matches[0].platform}:{matches[0].handle}",
    )


def create_channel(
    engine: Engine,
    *,
    platform: str,
    address: str,
    display_name: str = "",
    status: str = "requested",
    actor_id: int | None = None,
    **fields: Any,
) -> Channel:
    """Add a channel; its handle and URL are normalised and duplicates refused. Unless told
    otherwise it posts in the organisation's languages (a bilingual town's channel is)."""

    if status not in STATUSES:
        raise ValueError(status)
    if "languages" not in fields:
        fields["languages"] = ",".join(load_organisation(engine).content_languages)
    normal = normalise(platform, address)
    with session_scope(engine) as s:
        refuse_duplicate(s, platform, normal.handle)
        fields.setdefault("colour", colour_for_new(s))
        channel = Channel(
            platform=platform,
            handle=normal.handle,
            url=normal.url,
            display_name=display_name,
            status=status,
            **fields,
        )
        s.add(channel)
        s.flush()
        assert channel.id is not None
        audit.record(
            s,
            "channel.create",
            entity="channel",
            entity_id=channel.id,
            actor_id=actor_id,
            status=status,
        )
        return channel


def refuse_duplicate(
    session: Any, platform: str, handle: str, exclude_id: int | None = None
) -> None:
    """Refuse a handle another channel on the platform has (handles ignore case)."""

    query = select(Channel).where(
        Channel.platform == platform, func.lower(Channel.handle) == handle.lower()
    )
    if exclude_id is not None:
        query = query.where(Channel.id != exclude_id)
    existing = session.exec(query).first()
    if existing is not None:
        raise RegisterError(
            QT_TRANSLATE_NOOP("Errors", "{platform} {handle} is already in the register ({name})."),
            platform=PLATFORMS[platform].name,
            handle=handle,
            name=existing.display_name or existing.handle,
        )


def change_status(
    engine: Engine,
    channel_id: int,
    status: str,
    *,
    actor_id: int | None = None,
    reason: str = "",
    today: date | None = None,
) -> Channel:
    """Move a channel to *status* if the lifecycle allows it; who and when go to the audit log."""

    with session_scope(engine) as s:
        channel = s.get(Channel, channel_id)
        if channel is None:
            raise no_channel(channel_id)
        if status not in TRANSITIONS.get(channel.status, ()):
            raise RegisterError(
                QT_TRANSLATE_NOOP("Errors", "A channel cannot go from {old} to {new}."),
                translate_params={"old": "ChannelStatus", "new": "ChannelStatus"},
                old=channel.status,
                new=status,
            )
        old = channel.status
        channel.status = status
        channel.status_changed_at = utcnow()
        channel.closed_on = (today or date.today()) if status == "closed" else None
        audit.record(
            s,
            "channel.status",
            entity="channel",
            entity_id=channel_id,
            actor_id=actor_id,
            **{"from": old, "to": status, "reason": reason},
        )
        return channel


def colour_for_new(session: Any) -> str:
    """A colour no open channel has, as far as the palette goes."""
    taken = session.exec(select(Channel.colour).where(Channel.status != "closed")).all()
    return next_colour(taken)
