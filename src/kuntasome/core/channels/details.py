"""One channel with every field the register keeps, as the channel editor reads and saves it."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING

from kuntasome.core import audit
from kuntasome.core.channels.colours import is_colour
from kuntasome.core.channels.register import RegisterError, no_channel, refuse_duplicate
from kuntasome.core.db import session_scope
from kuntasome.core.errors import StaleRecord
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, utcnow
from kuntasome.core.platforms import normalise

if TYPE_CHECKING:
    from sqlalchemy import Engine


CONTENT_LANGUAGES = ("fi", "sv", "en")
TWO_FACTOR_METHODS = ("app", "security_key", "sms", "email")
# How the account's second factor works (translated in the "TwoFactor" context).
TWO_FACTOR_LABELS = {
    "": QT_TRANSLATE_NOOP("TwoFactor", "not in use"),
    "app": QT_TRANSLATE_NOOP("TwoFactor", "authenticator app"),
    "security_key": QT_TRANSLATE_NOOP("TwoFactor", "security key"),
    "sms": QT_TRANSLATE_NOOP("TwoFactor", "text message"),
    "email": QT_TRANSLATE_NOOP("TwoFactor", "e-mail"),
}


@dataclass(frozen=True)
class ChannelDetails:
    """Every editable field of a channel (status changes go through the lifecycle)."""

    platform: str
    address: str
    display_name: str = ""
    account_id: str = ""
    unit_id: int | None = None
    manager_id: int | None = None
    purpose: str = ""
    purpose_sv: str = ""
    purpose_en: str = ""
    audience: str = ""
    languages: tuple[str, ...] = ("fi",)
    tone_of_voice: str = ""
    review_interval_months: int = 12
    next_review_on: date | None = None
    posts_per_week_min: int | None = None
    posts_per_day_max: int | None = None
    posts_per_day_min: int | None = None
    spread_busy_days: bool = False
    may_sponsor: bool = False
    is_crisis_channel: bool = False
    is_public: bool = False
    two_factor_method: str = ""
    notes: str = ""
    colour: str = ""
    # Read only here: the lifecycle and reviews change these.
    id: int = 0
    status: str = "requested"
    url: str = ""
    last_reviewed_on: date | None = None
    closed_on: date | None = None
    version_id: int = 0


EDITABLE = tuple(
    f.name
    for f in fields(ChannelDetails)
    if f.name
    not in ("id", "status", "url", "last_reviewed_on", "closed_on", "version_id", "address")
)


def load_channel(engine: Engine, channel_id: int) -> ChannelDetails:
    with session_scope(engine) as s:
        c = s.get(Channel, channel_id)
        if c is None:
            raise no_channel(channel_id)
        return details_of(c)


def save_channel(
    engine: Engine, details: ChannelDetails, *, actor_id: int | None = None
) -> ChannelDetails:
    """Save an edited channel: the address is normalised, duplicates and stale copies refused.

    The audit log records which fields changed (never their values: notes may hold anything).
    """

    normal = normalise(details.platform, details.address)
    _check_values(details)
    with session_scope(engine) as s:
        channel = s.get(Channel, details.id)
        if channel is None:
            raise no_channel(details.id)
        if channel.version_id != details.version_id:
            raise StaleRecord()
        refuse_duplicate(s, details.platform, normal.handle, exclude_id=details.id)
        new = {name: getattr(details, name) for name in EDITABLE}
        new["languages"] = ",".join(x for x in CONTENT_LANGUAGES if x in details.languages)
        new["handle"], new["url"] = normal.handle, normal.url
        new["display_name"] = details.display_name.strip()
        new["colour"] = details.colour.upper() or channel.colour  # not chosen: kept
        changed = sorted(k for k, v in new.items() if getattr(channel, k) != v)
        if not changed:
            return details_of(channel)
        for key in changed:
            setattr(channel, key, new[key])
        channel.updated_at = utcnow()
        audit.record(
            s,
            "channel.update",
            entity="channel",
            entity_id=details.id,
            actor_id=actor_id,
            fields=",".join(changed),
        )
        s.flush()
        return details_of(channel)


def details_of(channel: Channel) -> ChannelDetails:
    """The details of a loaded channel row (inside its session)."""
    values = {name: getattr(channel, name) for name in EDITABLE if name != "languages"}
    return ChannelDetails(
        address=channel.handle,
        languages=tuple(x for x in channel.languages.split(",") if x),
        id=channel.id or 0,
        status=channel.status,
        url=channel.url,
        last_reviewed_on=channel.last_reviewed_on,
        closed_on=channel.closed_on,
        version_id=channel.version_id,
        **values,
    )


def _check_values(d: ChannelDetails) -> None:
    if not 1 <= d.review_interval_months <= 60:
        raise RegisterError(QT_TRANSLATE_NOOP("Errors", "The review interval must be 1–60 months."))
    if d.colour and not is_colour(d.colour):
        raise RegisterError(
            QT_TRANSLATE_NOOP("Errors", "A colour is written #RRGGBB, e.g. #0072B2.")
        )
    if not d.languages:
        raise RegisterError(QT_TRANSLATE_NOOP("Errors", "Choose at least one language."))
