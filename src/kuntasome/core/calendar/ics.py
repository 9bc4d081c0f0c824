"""The posting plan as an iCalendar file (RFC 5545) for Outlook, Thunderbird and phones.

Each post on a channel is one event whose UID is built from the database's id and the
target's id, so importing a newer export updates the events instead of duplicating them;
SEQUENCE grows with every change and cancelled posts are exported as cancelled events.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from kuntasome.core.db import session_scope
from kuntasome.core.models import Channel, Post, PostTarget, PostText
from kuntasome.core.organisation import database_id
from kuntasome.core.platforms import PLATFORMS
from kuntasome.core.utc import as_utc, local_bounds

if TYPE_CHECKING:
    from sqlalchemy import Engine

# Words of the file itself, in the export's language (not the user interface's).
_WORDS = {
    "fi": {
        "calendar": "Julkaisukalenteri",
        "planned": "suunniteltu",
        "scheduled": "ajastettu",
        "paused": "keskeytetty (kriisi)",
        "published": "julkaistu",
        "cancelled": "peruttu",
        "status": "Tila",
        "channel": "Kanava",
    },
    "sv": {
        "calendar": "Publiceringskalender",
        "planned": "planerad",
        "scheduled": "schemalagd",
        "paused": "pausad (kris)",
        "published": "publicerad",
        "cancelled": "struken",  # as the window says it (struket inlägg)
        "status": "Status",
        "channel": "Kanal",
    },
    "en": {
        "calendar": "Publishing calendar",
        "planned": "planned",
        "scheduled": "scheduled",
        "paused": "paused (crisis)",
        "published": "published",
        "cancelled": "cancelled",
        "status": "Status",
        "channel": "Channel",
    },
}
EVENT_MINUTES = 15


@dataclass(frozen=True)
class IcsExport:
    data: bytes
    events: int


def export_ics(
    engine: Engine,
    first: date,
    last: date,
    *,
    tz: ZoneInfo,
    language: str = "fi",
    channel_ids: frozenset[int] | None = None,
    organisation: str = "",
    now: datetime | None = None,
) -> IcsExport:
    """Every post on the chosen channels from *first* to *last*, as .ics bytes."""
    # icalendar takes 0.1 s to import: only an export needs it.
    from icalendar import Calendar, Event

    words = _WORDS.get(language, _WORDS["en"])
    start, end = local_bounds(first, last, tz)
    uid_base = database_id(engine)
    with session_scope(engine) as s:
        rows = s.exec(
            select(PostTarget, Post, Channel)
            .join(Post, col(Post.id) == col(PostTarget.post_id))
            .join(Channel, col(Channel.id) == col(PostTarget.channel_id))
            .where(col(PostTarget.scheduled_at) >= start, col(PostTarget.scheduled_at) < end)
            .order_by(col(PostTarget.scheduled_at), col(PostTarget.id))
        ).all()
        if channel_ids is not None:
            rows = [r for r in rows if r[0].channel_id in channel_ids]
        texts: dict[int, dict[str, str]] = defaultdict(dict)
        post_ids = list({r[1].id for r in rows})
        for i in range(0, len(post_ids), 500):
            for text in s.exec(
                select(PostText).where(col(PostText.post_id).in_(post_ids[i : i + 500]))
            ):
                texts[text.post_id][text.language] = text.body

    calendar = Calendar()
    calendar.add("prodid", "-//KuntaSome//Publishing calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = words["calendar"] + (f" – {organisation}" if organisation else "")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(tz))
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    for target, post, channel in rows:
        assert target.scheduled_at is not None
        at = as_utc(target.scheduled_at)
        platform = PLATFORMS[channel.platform].name if channel.platform in PLATFORMS else ""
        channel_name = channel.display_name or channel.handle
        body = _text_in(texts.get(post.id or 0, {}), language)
        event = Event()
        event.add("uid", f"posttarget-{target.id}@{uid_base}.kuntasome")
        event.add("dtstamp", stamp)
        event.add("dtstart", at.astimezone(UTC))
        event.add("dtend", at.astimezone(UTC) + timedelta(minutes=EVENT_MINUTES))
        # Both versions only ever grow, so their sum tells calendars which copy is newer.
        event.add("sequence", target.version_id + post.version_id)
        event.add("summary", f"{platform} {channel_name}: {post.title}")
        description = [
            f"{words['channel']}: {platform} {channel.handle}",
            f"{words['status']}: {words.get(target.status, target.status)}",
        ]
        if body:
            description += ["", body]
        if target.published_url:
            description += ["", target.published_url]
            event.add("url", target.published_url)
        event.add("description", "\n".join(description))
        event.add("categories", [platform or channel.platform])
        event.add("status", _event_status(target.status))
        event.add("transp", "TRANSPARENT")  # a post does not make the team busy
        event.add("last-modified", as_utc(post.updated_at).astimezone(UTC))
        calendar.add_component(event)
    return IcsExport(calendar.to_ical(), len(rows))


def _text_in(texts: dict[str, str], language: str) -> str:
    """The post's text in *language*, or the first language it has."""
    for lang in (language, "fi", "sv", "en"):
        if texts.get(lang, "").strip():
            return texts[lang].strip()
    return ""


def _event_status(target_status: str) -> str:
    if target_status == "cancelled":
        return "CANCELLED"
    if target_status in ("planned", "paused"):
        return "TENTATIVE"
    return "CONFIRMED"
