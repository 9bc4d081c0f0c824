"""The calendar's rules, shown as warnings in the post editor, the calendar and Today.

Rules never block saving: they tell the team what the guidelines and the law expect
(language versions, paid posts, rights and consent, captions and alt texts, text length,
posting frequency) so a person can decide.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, select

from kuntasome.core.calendar.posts import post_text_for
from kuntasome.core.calendar.text_length import check_length
from kuntasome.core.channels.colours import colour_or_default
from kuntasome.core.db import session_scope
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import Message, Translatable
from kuntasome.core.models import Channel

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kuntasome.core.calendar.media import MediaDetails
    from kuntasome.core.calendar.posts import PostDetails


@dataclass(frozen=True)
class RuleWarning(Translatable):
    """One broken rule: an untranslated message (context "Rules") and its parameters.

    ``channel_id`` is the channel it concerns (None: the whole post); ``day`` the day of a
    frequency warning.
    """

    code: str
    text: str
    params: tuple[tuple[str, str], ...] = ()
    channel_id: int | None = None
    day: date | None = None

    @property
    def message(self) -> Message:
        return Message("Rules", self.text, dict(self.params))


@dataclass(frozen=True)
class ChannelInfo:
    """What the rules and the calendar need to know of a channel."""

    id: int
    platform: str
    handle: str
    display_name: str
    status: str
    languages: tuple[str, ...]
    may_sponsor: bool = False
    is_crisis_channel: bool = False
    posts_per_week_min: int | None = None
    posts_per_day_min: int | None = None
    posts_per_day_max: int | None = None
    spread_busy_days: bool = False
    colour: str = ""

    @property
    def label(self) -> str:
        return self.display_name or self.handle


def load_channel_infos(engine: Engine) -> dict[int, ChannelInfo]:
    with session_scope(engine) as s:
        channels = s.exec(select(Channel).order_by(col(Channel.platform), col(Channel.handle)))
        return {
            c.id or 0: ChannelInfo(
                id=c.id or 0,
                platform=c.platform,
                handle=c.handle,
                display_name=c.display_name,
                status=c.status,
                languages=tuple(x for x in c.languages.split(",") if x),
                may_sponsor=c.may_sponsor,
                is_crisis_channel=c.is_crisis_channel,
                posts_per_week_min=c.posts_per_week_min,
                posts_per_day_min=c.posts_per_day_min,
                posts_per_day_max=c.posts_per_day_max,
                spread_busy_days=c.spread_busy_days,
                colour=colour_or_default(c.colour, c.id or 0),
            )
            for c in channels
        }


_MISSING_LANGUAGE = {
    "fi": QT_TRANSLATE_NOOP("Rules", "No Finnish text, though {channel} posts in Finnish."),
    "sv": QT_TRANSLATE_NOOP("Rules", "No Swedish text, though {channel} posts in Swedish."),
    "en": QT_TRANSLATE_NOOP("Rules", "No English text, though {channel} posts in English."),
}
_CHANNEL_STATUS = {
    "closed": QT_TRANSLATE_NOOP("Rules", "{channel} is closed: nothing is published there."),
    "dormant": QT_TRANSLATE_NOOP("Rules", "{channel} is dormant: nothing is published there."),
    "requested": QT_TRANSLATE_NOOP("Rules", "{channel} has not been approved yet."),
}


def _p(**params: object) -> tuple[tuple[str, str], ...]:
    return tuple((k, str(v)) for k, v in params.items())


def post_warnings(
    post: PostDetails, channels: dict[int, ChannelInfo], media: Iterable[MediaDetails], today: date
) -> list[RuleWarning]:
    """Everything the rules say about one post."""

    warnings: list[RuleWarning] = []
    open_targets = [t for t in post.targets if t.status != "cancelled"]
    if not open_targets and post.status not in ("idea", "cancelled"):
        warnings.append(
            RuleWarning("no_channel", QT_TRANSLATE_NOOP("Rules", "No channel chosen for the post."))
        )
    for target in open_targets:
        channel = channels.get(target.channel_id)
        if channel is None:
            continue
        name = _p(channel=channel.label)
        if channel.status in _CHANNEL_STATUS and target.status != "published":
            warnings.append(
                RuleWarning("channel_status", _CHANNEL_STATUS[channel.status], name, channel.id)
            )
        for lang in channel.languages:
            if lang in _MISSING_LANGUAGE and not post.text(lang):
                warnings.append(RuleWarning("language", _MISSING_LANGUAGE[lang], name, channel.id))
        if post.is_sponsored and not channel.may_sponsor:
            warnings.append(
                RuleWarning(
                    "sponsored",
                    QT_TRANSLATE_NOOP("Rules", "{channel} is not allowed to run paid posts."),
                    name,
                    channel.id,
                )
            )
        text = post_text_for(post, channel.languages)
        length = check_length(channel.platform, text)
        if length.too_long:
            warnings.append(
                RuleWarning(
                    "length",
                    QT_TRANSLATE_NOOP(
                        "Rules", "Too long for {channel}: {length} characters, at most {limit}."
                    ),
                    _p(channel=channel.label, length=length.length, limit=length.limit),
                    channel.id,
                )
            )
    written = [lang for lang in ("fi", "sv", "en") if post.text(lang)]
    for item in media:
        warnings.extend(media_warnings(item, written, today))
    return warnings


def media_warnings(item: MediaDetails, languages: list[str], today: date) -> list[RuleWarning]:
    """Rights, consent, alt texts and captions of one media file of a post."""
    found: list[RuleWarning] = []
    name = _p(file=item.file_name)
    if not item.owner or not item.licence:
        found.append(
            RuleWarning(
                "rights",
                QT_TRANSLATE_NOOP("Rules", "{file}: who owns it or under what licence is missing."),
                name,
            )
        )
    if item.kind in ("image", "video") and item.consent in ("", "refused"):
        text = (
            QT_TRANSLATE_NOOP("Rules", "{file}: consent of the people pictured is not recorded.")
            if item.consent == ""
            else QT_TRANSLATE_NOOP("Rules", "{file}: the people pictured refused consent.")
        )
        found.append(RuleWarning("consent", text, name))
    if item.kind == "image":
        missing = [lang for lang in languages if not item.alt_texts.get(lang, "").strip()]
        if missing:
            found.append(
                RuleWarning(
                    "alt_text",
                    QT_TRANSLATE_NOOP("Rules", "{file}: alternative text missing ({languages})."),
                    _p(file=item.file_name, languages=", ".join(missing)),
                )
            )
    if item.kind == "video" and not item.is_live_recording and not item.has_captions:
        found.append(
            RuleWarning(
                "captions", QT_TRANSLATE_NOOP("Rules", "{file}: the video has no captions."), name
            )
        )
    if item.is_live_recording and item.accessible_done_on is None and item.accessible_due_on:
        due = item.accessible_due_on
        text = (
            QT_TRANSLATE_NOOP(
                "Rules", "{file}: the live recording was due to be made accessible on {due}."
            )
            if due < today
            else QT_TRANSLATE_NOOP("Rules", "{file}: make the live recording accessible by {due}.")
        )
        found.append(
            RuleWarning("live_recording", text, _p(file=item.file_name, due=due.isoformat()))
        )
    return found


def frequency_warnings(
    counts: Counter[tuple[int, date]],
    channels: dict[int, ChannelInfo],
    first: date,
    last: date,
    today: date,
) -> list[RuleWarning]:
    """Posting-frequency targets per channel over whole ISO weeks from *first* to *last*.

    *counts* holds the posts (not cancelled, not paused) per (channel, day). Days and weeks
    that are over are not judged for minimums; a maximum is always checked.
    """
    warnings: list[RuleWarning] = []
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    for channel in (c for c in channels.values() if c.status == "active"):
        for day in days:
            warnings.extend(_day_warnings(channel, day, counts, today))
        if channel.posts_per_week_min:
            monday = first - timedelta(days=first.weekday())
            while monday <= last:
                warnings.extend(_week_warning(channel, monday, counts, today))
                monday += timedelta(days=7)
    return warnings


def _day_warnings(
    channel: ChannelInfo, day: date, counts: Counter[tuple[int, date]], today: date
) -> list[RuleWarning]:
    found: list[RuleWarning] = []
    n = counts.get((channel.id, day), 0)
    most, least = channel.posts_per_day_max, channel.posts_per_day_min
    if most and n > most:
        text = QT_TRANSLATE_NOOP("Rules", "{channel}: {count} posts in a day, at most {limit}.")
        found.append(
            RuleWarning(
                "per_day_max", text, _p(channel=channel.label, count=n, limit=most), channel.id, day
            )
        )
    if least and day >= today and n < least:
        text = QT_TRANSLATE_NOOP("Rules", "{channel}: {count} posts in a day, at least {limit}.")
        found.append(
            RuleWarning(
                "per_day_min",
                text,
                _p(channel=channel.label, count=n, limit=least),
                channel.id,
                day,
            )
        )
    yesterday = counts.get((channel.id, day - timedelta(days=1)), 0)
    if channel.spread_busy_days and n > 1 and yesterday > 1:
        text = QT_TRANSLATE_NOOP("Rules", "{channel}: several posts a day on consecutive days.")
        found.append(RuleWarning("spread", text, _p(channel=channel.label), channel.id, day))
    return found


def _week_warning(
    channel: ChannelInfo, monday: date, counts: Counter[tuple[int, date]], today: date
) -> list[RuleWarning]:
    """The weekly minimum of the ISO week starting *monday*, unless that week is over."""
    sunday = monday + timedelta(days=6)
    least = channel.posts_per_week_min or 0
    n = sum(counts.get((channel.id, monday + timedelta(days=i)), 0) for i in range(7))
    if sunday < today or n >= least:
        return []
    text = QT_TRANSLATE_NOOP("Rules", "{channel}: {count} posts in week {week}, at least {limit}.")
    params = _p(channel=channel.label, count=n, week=monday.isocalendar().week, limit=least)
    return [RuleWarning("per_week_min", text, params, channel.id, sunday)]
